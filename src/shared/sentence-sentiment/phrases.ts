/** Phrases of one or more lower-case words, looked up by their first word, longest first. */
export class PhraseSet<Value> {
  private readonly byFirst = new Map<string, { words: string[]; value: Value }[]>();

  constructor(entries: Iterable<[string, Value]>) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0] as string) ?? [];
      list.push({ words, value });
      this.byFirst.set(words[0] as string, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The words some phrase starts with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Every phrase starting with `word`, longest first. */
  startingWith(word: string): readonly { words: string[]; value: Value }[] | undefined {
    return this.byFirst.get(word);
  }

  /** The longest phrase starting at `words[at]`, with how many words it spans. */
  match(words: readonly string[], at: number): { value: Value; length: number } | undefined {
    const candidates = this.byFirst.get(words[at] as string);
    if (!candidates) return undefined;
    for (const { words: phrase, value } of candidates) if (spells(phrase, words, at)) return { value, length: phrase.length };
    return undefined;
  }
}

/** Whether `phrase` is spelled by `words` from `at` on (its first word already matched). */
export function spells(phrase: readonly string[], words: readonly string[], at: number): boolean {
  for (let k = 1; k < phrase.length; k += 1) if (words[at + k] !== phrase[k]) return false;
  return true;
}
