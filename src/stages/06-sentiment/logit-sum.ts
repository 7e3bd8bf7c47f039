/**
 * The target model's logits of the features target-features.ts emits, summed as they come: each
 * feature's row of weights found by the numbers it comes as (FeatureSink), never by its name.
 */
import { wordId } from '../../shared/vocabulary.js';
import type { SoftmaxModel } from './softmax.js';
import { FEATURE_NAMES, UNSPELLED, WORD_KINDS, WORD_MARKS, type FeatureSink } from './target-features.js';

/** Where a feature's name ends its kind: after its first ':' or '=' (a word feature), or -1. */
function kindEnd(name: string): number {
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code === 58 || code === 61) return i + 1;
  }
  return -1;
}

/** Word features' kinds times their marks: the slots of one word's features. */
const SLOTS = WORD_KINDS.length * WORD_MARKS.length;
const slotOf = (kind: number, mark: number): number => kind * WORD_MARKS.length + mark;

/**
 * A FeatureSink that adds each feature's weights to `logits`, in the order the features come.
 * Every word the model names is given an id in the shared vocabulary when the sink is made, so
 * a word feature's row is found by its word's id, and a word without one is in no row.
 */
export class LogitSum implements FeatureSink {
  /** The sum so far, one logit per class: a new array at each `begin`. */
  logits: number[] = [];
  /** The row of each named feature (FEATURE_NAMES), -1 for one the model does not weigh. */
  private readonly namedRows: Int32Array;
  /** The rows of word features, by word id * SLOTS + slotOf(kind, mark). */
  private readonly wordRows = new Map<number, number>();
  /** Rows by name, made on first need: for the few words whose id is not known (UNSPELLED). */
  private rowsByName: Map<string, number> | undefined;

  constructor(private readonly model: SoftmaxModel) {
    this.namedRows = new Int32Array(FEATURE_NAMES.length).fill(-1);
    model.names.forEach((name, row) => {
      const end = kindEnd(name);
      if (end < 0) {
        const feature = FEATURE_NAMES.indexOf(name);
        if (feature >= 0) this.namedRows[feature] = row;
        return;
      }
      const kind = (WORD_KINDS as readonly string[]).indexOf(name.slice(0, end));
      if (kind < 0) return;
      let word = name.slice(end);
      let mark = 0;
      for (let m = 1; m < WORD_MARKS.length && mark === 0; m += 1) {
        if (word.endsWith(WORD_MARKS[m] as string)) (mark = m), (word = word.slice(0, -(WORD_MARKS[m] as string).length));
      }
      this.wordRows.set(wordId(word) * SLOTS + slotOf(kind, mark), row);
    });
  }

  /** Starts a new sum, every logit 0. */
  begin(): void {
    this.logits = new Array<number>(this.model.classes.length).fill(0);
  }

  named(feature: number, value: number): void {
    const row = this.namedRows[feature] as number;
    if (row >= 0) this.model.addRow(this.logits, row, value);
  }

  word(kind: number, word: string, mark: number, id: number): void {
    const row = id >= 0 ? this.wordRows.get(id * SLOTS + slotOf(kind, mark)) : id === UNSPELLED ? this.rowByName(`${WORD_KINDS[kind] as string}${word}${WORD_MARKS[mark] as string}`) : undefined;
    if (row !== undefined) this.model.addRow(this.logits, row, 1);
  }

  private rowByName(name: string): number | undefined {
    this.rowsByName ??= new Map(this.model.names.map((feature, row) => [feature, row]));
    return this.rowsByName.get(name);
  }
}
