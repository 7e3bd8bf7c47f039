/**
 * A regular expression made on its first use. V8 parses a regex literal when it parses the
 * code around it and again when it makes the object, and each Unicode property class
 * (`\p{Lu}`) costs it a look-up of some 0.3M instructions every time; a pattern written as a
 * string and made on first use costs nothing in a run that never needs it (the heavy patterns
 * that most texts are kept from by a cheap test first).
 */
export function regexpOnFirstUse(source: string, flags: string): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= new RegExp(source, flags));
}
