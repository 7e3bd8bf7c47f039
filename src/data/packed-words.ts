import { hashOf } from './text-hash.js';

/**
 * A list of distinct words, read and looked up in place: the words end to end in one string,
 * where word i starts (`starts`, in UTF-16 code units), and an open-addressing hash table of
 * `index + 1` (0 for an empty slot) by hashOf. All three are made once, by a build script, and
 * read from a data file: a process builds no string, array or object per word until it asks
 * for that word.
 */
export class PackedWords {
  private readonly mask: number;

  constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  word(index: number): string {
    return this.text.slice(this.starts[index] as number, this.starts[index + 1] as number);
  }

  /** The index of `word`, or -1. */
  indexOf(word: string): number {
    for (let slot = hashOf(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = (this.slots[slot] as number) - 1;
      if (index < 0) return -1;
      const start = this.starts[index] as number;
      if ((this.starts[index + 1] as number) - start === word.length && this.text.startsWith(word, start)) return index;
    }
  }
}

/** The parts of a PackedWords for `words` (distinct), its table at most half full. */
export function packWords(words: readonly string[]): { text: string; starts: Int32Array; slots: Int32Array } {
  if (new Set(words).size !== words.length) throw new Error("newslens: packed words must be distinct");
  const starts = new Int32Array(words.length + 1);
  words.forEach((word, i) => (starts[i + 1] = (starts[i] as number) + word.length));
  let size = 1;
  while (size < 2 * words.length) size *= 2;
  const slots = new Int32Array(size);
  words.forEach((word, i) => {
    let slot = hashOf(word) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  });
  return { text: words.join(''), starts, slots };
}
