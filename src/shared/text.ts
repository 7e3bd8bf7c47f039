/**
 * "Blank" is what a reader does not see: whitespace (JavaScript's `\s`, so NBSP and the
 * Unicode spaces too), control characters (NUL, form feed, vertical tab) and zero-width
 * format characters. wink-nlp skips the same characters between tokens. Tested by char
 * code because it runs once per character on hot paths.
 */
export function isBlankCode(code: number): boolean {
  if (code <= 0x20) return true;
  if (code < 0x7f) return false;
  return (
    code <= 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isBlank(char: string): boolean {
  return char.length > 0 && isBlankCode(char.charCodeAt(0));
}

export function isAllBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/** Offsets of `text.slice(start, end)` with blank characters trimmed off both ends. */
export function trimBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && isBlankCode(text.charCodeAt(from))) from += 1;
  while (to > from && isBlankCode(text.charCodeAt(to - 1))) to -= 1;
  return [from, to];
}

/**
 * ASCII letter and digit tests by char code: the hot per-word paths read ASCII this way and
 * leave other characters to the Unicode patterns they stand for.
 */
export const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;
export const isAsciiUpper = (code: number): boolean => code >= 65 && code <= 90;
export const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Lower case with typographic apostrophes made plain, as word lists spell words ("don’t" → "don't"). */
export function plainLower(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The two halves of a character outside the Basic Multilingual Plane, by char code. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
