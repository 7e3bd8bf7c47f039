/**
 * The target model's word features, worked out from its feature names: which word and which
 * slot (kind and mark) each row weighs. scripts/pack-target-sentiment.ts works them out once and
 * target-sentiment.bin ships them (softmax-file.ts), so that a process does not cut and compare
 * 7,600 names at start (issue 19: about 10 ms of a cold start, run cold); LogitSum reads them.
 */
import { WORD_KINDS, WORD_MARKS } from './target-features.js';

/** A row's slot that is no word feature: a name with no kind, one of FEATURE_NAMES or none. */
export const NAMED = -1;
/** A row's slot whose kind is not one of WORD_KINDS: weighed by no feature. */
const UNREAD = -2;

export interface WordFeatures {
  /** The words, each once, in the order the rows first name them. */
  words: string[];
  /** Per row, the number of its word in `words`, or -1 for a row that is no word feature. */
  rowWords: Int32Array;
  /** Per row, its word feature's slot (slotOf), or NAMED or UNREAD. */
  rowSlots: Int32Array;
}

/** The slot of a word feature's kind and mark among a word's features. */
export const slotOf = (kind: number, mark: number): number => kind * WORD_MARKS.length + mark;

/** Where a feature's name ends its kind: after its first ':' or '=' (a word feature), or -1. */
function kindEnd(name: string): number {
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code === 58 || code === 61) return i + 1;
  }
  return -1;
}

/** The word features of the rows named `names`. */
export function wordFeaturesOf(names: readonly string[]): WordFeatures {
  const numbers = new Map<string, number>();
  const rowWords = new Int32Array(names.length).fill(-1);
  const rowSlots = new Int32Array(names.length).fill(NAMED);
  names.forEach((name, row) => {
    const end = kindEnd(name);
    if (end < 0) return;
    const kind = (WORD_KINDS as readonly string[]).indexOf(name.slice(0, end));
    if (kind < 0) {
      rowSlots[row] = UNREAD;
      return;
    }
    let word = name.slice(end);
    let mark = 0;
    for (let m = 1; m < WORD_MARKS.length && mark === 0; m += 1) {
      if (word.endsWith(WORD_MARKS[m] as string)) (mark = m), (word = word.slice(0, -(WORD_MARKS[m] as string).length));
    }
    if (!numbers.has(word)) numbers.set(word, numbers.size);
    rowWords[row] = numbers.get(word) as number;
    rowSlots[row] = slotOf(kind, mark);
  });
  return { words: [...numbers.keys()], rowWords, rowSlots };
}
