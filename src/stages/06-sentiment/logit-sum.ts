/**
 * The target model's logits of the features target-features.ts emits, summed as they come: each
 * feature's row of weights found by the numbers it comes as (FeatureSink), never by its name.
 */
import { wordId } from '../../shared/vocabulary.js';
import type { SoftmaxModel } from './softmax.js';
import { FEATURE_NAMES, UNSPELLED, WORD_KINDS, WORD_MARKS, type FeatureSink } from './target-features.js';
import { NAMED, slotOf, wordFeaturesOf, type WordFeatures } from './word-features.js';

/**
 * A FeatureSink that adds each feature's weights to the logits it is given, in the order the features come.
 * Every word the model names is given an id in the shared vocabulary when the sink is made, so
 * a word feature's row is found by its word's id, and a word without one is in no row.
 */
export class LogitSum implements FeatureSink {
  /** Where the sum goes, one logit per class (`begin`). */
  private logits: Float64Array = new Float64Array(0);
  /** The row of each named feature (FEATURE_NAMES), -1 for one the model does not weigh. */
  private readonly namedRows: Int32Array;
  /** Per vocabulary id, 1 + the number of the model's word it is, or 0 (arrays read rather than a map probed for every word of every target). */
  private readonly wordNumbers: Int32Array;
  /** Per (kind, mark) slot, its column in `wordRows`, or -1 where the model has no such feature. */
  private readonly columns: Int32Array;
  private readonly width: number;
  /** Per model word, a row of `width` columns: 1 + the row of its feature of that kind and mark, or 0. */
  private readonly wordRows: Int32Array;
  /** Rows by name, made on first need: for the few words whose id is not known (UNSPELLED). */
  private rowsByName: Map<string, number> | undefined;

  /** `features`: the model's word features, as its packed file holds them (by default worked out from its names). */
  constructor(
    private readonly model: SoftmaxModel,
    features: WordFeatures = wordFeaturesOf(model.names),
  ) {
    const { words, rowWords, rowSlots } = features;
    this.namedRows = new Int32Array(FEATURE_NAMES.length).fill(-1);
    this.columns = new Int32Array(WORD_KINDS.length * WORD_MARKS.length).fill(-1);
    // The words take their ids in the order the rows first name them, as when the names were read here.
    const ids = new Int32Array(words.length);
    let largest = 0;
    for (let number = 0; number < words.length; number += 1) largest = Math.max(largest, (ids[number] = wordId(words[number] as string)));
    let width = 0;
    for (let row = 0; row < rowSlots.length; row += 1) {
      const slot = rowSlots[row] as number;
      if (slot === NAMED) {
        const feature = FEATURE_NAMES.indexOf(model.names[row] as string);
        if (feature >= 0) this.namedRows[feature] = row;
      } else if (slot >= 0 && this.columns[slot] === -1) this.columns[slot] = width++;
    }
    this.width = width;
    this.wordNumbers = new Int32Array(largest + 1);
    for (let number = 0; number < words.length; number += 1) this.wordNumbers[ids[number] as number] = number + 1;
    this.wordRows = new Int32Array(words.length * width);
    for (let row = 0; row < rowSlots.length; row += 1) {
      const slot = rowSlots[row] as number;
      if (slot >= 0) this.wordRows[(rowWords[row] as number) * width + (this.columns[slot] as number)] = row + 1;
    }
  }

  /** Starts a new sum into `logits` (one per class), every logit 0. */
  begin(logits: Float64Array): void {
    this.logits = logits.fill(0);
  }

  named(feature: number, value: number): void {
    const row = this.namedRows[feature] as number;
    if (row >= 0) this.model.addRow(this.logits, row, value);
  }

  word(kind: number, word: string, mark: number, id: number): void {
    const row = id >= 0 ? this.wordRow(id, slotOf(kind, mark)) : id === UNSPELLED ? this.rowByName(`${WORD_KINDS[kind] as string}${word}${WORD_MARKS[mark] as string}`) : -1;
    if (row >= 0) this.model.addRow(this.logits, row, 1);
  }

  /** The row of the word feature of vocabulary id `id` in `slot`, or -1. */
  private wordRow(id: number, slot: number): number {
    const number = id < this.wordNumbers.length ? (this.wordNumbers[id] as number) : 0;
    const column = this.columns[slot] as number;
    return number === 0 || column < 0 ? -1 : (this.wordRows[(number - 1) * this.width + column] as number) - 1;
  }

  private rowByName(name: string): number {
    this.rowsByName ??= new Map(this.model.names.map((feature, row) => [feature, row]));
    return this.rowsByName.get(name) ?? -1;
  }
}
