import { NEIGHBOUR_FEATURES_END, OWN_FEATURES_END, tagFeatures } from './features.js';
import { AFTER_GAP } from './continuation.js';
import { bestOf, bestUnlessTied, followersOf, O, TAGS, TIED } from './tags.js';
import { SortedLines } from '../../data/sorted-lines.js';
import type { PerceptronTables } from './model-file.js';

/** Index of the sentence start among the tags of the tokens before ("<s>" in tag features). */
const START = TAGS.length;
const TAG_NAMES: readonly string[] = [...TAGS, '<s>'];
/** How many rows rowsAfterTags() gives: one per tag of the token before, and one for none. */
export const AFTER_TAG_ROWS = TAG_NAMES.length;
/** A row of weights: an index into the perceptron's row store, or undefined for an unknown feature. */
export type Row = number | undefined;
/**
 * A row as the scorer keeps it: where its weights start in the store × 32 + how many there are
 * (a row holds at most TAGS.length), so that adding it reads no table of row starts, one cache
 * miss fewer per row at every token; NO_REF for no row.
 */
export type RowRef = number;
export const NO_REF = -1;
const COUNT_BITS = 5;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

/**
 * The weights as sparse rows, packed: row r's non-zero weights are `integers[k]` for tag
 * `tags[k]`, k from `starts[r]` to `starts[r + 1]`, as whole multiples of 1 / scale (the model
 * file's integers): the real weight is integers[k] / scale. Leaving out a zero weight changes
 * no sum (x + 0 is x), and the rows sit together in memory.
 */
interface RowStore {
  starts: Int32Array;
  tags: Uint8Array;
  integers: Int32Array;
  scale: number;
}

/**
 * The largest integer weight the tagger takes: a cached sum of up to five rows (the scorer's
 * prefix sums) stays an int32, and a token's real-valued sum of rows stays within a twentieth
 * of 1 / scale of the exact one (see Perceptron.tag) for up to MOST_ROWS rows a token.
 */
const LARGEST_WEIGHT = 2 ** 24;

const NO_FEATURES: ReadonlyMap<string, number> = new Map();

/**
 * Whether the scale is a positive number (so that dividing by it keeps the order of the integer
 * sums, which Perceptron.tag relies on), every byte names a tag and every weight is within
 * LARGEST_WEIGHT. A plain loop: it runs once, cold, over every pair of the model, where a
 * callback per pair cost as much as reading the model file.
 */
function isSound(tags: Uint8Array, integers: Int32Array, scale: number): boolean {
  if (!(scale > 0 && Number.isFinite(scale))) return false;
  for (let k = 0; k < tags.length; k += 1) if ((tags[k] as number) >= TAGS.length || Math.abs(integers[k] as number) > LARGEST_WEIGHT) return false;
  return true;
}

/** A sentence's static scores as the tagger reads them (scoring.ts), token by token. */
export interface SentenceScores {
  /**
   * Per token, where Perceptron.rowsAfterTags(its lower-cased word) starts in afterTagRows, or
   * NO_REF for none.
   */
  afterTags: Int32Array;
  afterTagRows: Int32Array;
  /**
   * Writes token i's static score for each tag of `tags` at scores[tag], in integer weights
   * (RowStore); the other tags' slots are left holding anything (only `tags` are compared).
   * Returns whether the token has at most MOST_ROWS rows (see Perceptron.tag).
   */
  scoreToken(i: number, tags: Uint8Array, scores: Float64Array): boolean;
  /** Token i's static features (staticFeatures()) and lower-cased word, for the rare token scored again in real numbers. */
  staticFeaturesAt(i: number): { features: readonly string[]; lower: string };
}

/** The most rows a token's integer scores may add up for their order to be that of the real-valued scores (LARGEST_WEIGHT). */
export const MOST_ROWS = 5000;

/**
 * An averaged perceptron over BILOU tags, decoded greedily left to right (Collins 2002;
 * the design of Honnibal's and spaCy v1's taggers). Weights are a sparse table from feature
 * string to per-tag weights, read from the model file with its provenance (model-file.ts).
 */
export class Perceptron {
  /**
   * The feature lines (sorted, one per row, in row order), searched in place: a row is found by
   * its feature string without a Map of every feature, whose building took most of the tagger's
   * start-up and megabytes of heap; a lookup is made once per word by the scorer's caches.
   */
  private readonly features: SortedLines;
  private readonly store: RowStore;
  /** The templates asked for whole (template()), by value, made on first use. */
  private readonly templates = new Map<string, ReadonlyMap<string, number>>();
  /**
   * The first two rows of tagFeatures(), `t-1=P` and `t-2|t-1=Q|P`, summed (integer sums, exact
   * in any order) into one block of TAGS.length weights by Q and P (indexes, START for "<s>"):
   * one read per tag instead of two rows found and added.
   */
  private readonly previousTagBlocks: Int32Array;
  private reals: Float64Array | undefined;
  /** One token's scores by tag, while tag() reads it. */
  private readonly tokenScores = new Float64Array(TAGS.length);

  constructor(features: SortedLines, store: RowStore) {
    this.features = features;
    this.store = store;
    this.previousTagBlocks = new Int32Array(TAG_NAMES.length * TAG_NAMES.length * TAGS.length);
    TAG_NAMES.forEach((beforePrevious, q) =>
      TAG_NAMES.forEach((previous, p) => {
        const block = (q * TAG_NAMES.length + p) * TAGS.length;
        this.add(this.previousTagBlocks, block, this.refOf(this.row(`t-1=${previous}`)));
        this.add(this.previousTagBlocks, block, this.refOf(this.row(`t-2|t-1=${beforePrevious}|${previous}`)));
      }),
    );
  }

  static fromTables(model: PerceptronTables): Perceptron {
    if (model.tags.join() !== TAGS.join()) throw new Error(`newslens: model ${model.id} was trained for other tags`);
    const { pairCounts: counts, weights: integers, scale } = model;
    // A copy: the bytes may be a view of the whole model file, which is let go once read.
    const tags = model.pairTags.slice();
    const features = new SortedLines(model.features, model.lineStarts);
    const rowCount = features.length;
    const starts = new Int32Array(rowCount + 1);
    for (let row = 0; row < rowCount; row += 1) starts[row + 1] = (starts[row] as number) + (counts[row] as number);
    if (counts.length !== rowCount || starts[rowCount] !== tags.length || tags.length >= 2 ** (31 - COUNT_BITS) || integers.length !== tags.length || !isSound(tags, integers, scale)) throw new Error(`newslens: model ${model.id} is damaged`);
    return new Perceptron(features, { starts, tags, integers, scale });
  }

  /** The rows of one template's features, by value (empty for a template the model lacks). */
  template(name: string): ReadonlyMap<string, number> {
    let values = this.templates.get(name);
    if (!values) {
      const prefix = `${name}=`;
      const byValue = new Map<string, number>();
      for (let row = this.features.lowerBound(prefix); row < this.features.length && this.features.startsWith(row, prefix); row += 1) byValue.set(this.features.line(row, prefix.length), row);
      this.templates.set(name, (values = byValue.size > 0 ? byValue : NO_FEATURES));
    }
    return values;
  }

  /** The rows of `t-1|w=P|lower` for every previous tag P (by index, START for "<s>"), if any. */
  rowsAfterTags(lower: string): Int32Array | undefined {
    let rows: Int32Array | undefined;
    for (let p = 0; p < TAG_NAMES.length; p += 1) {
      const row = this.row(`t-1|w=${TAG_NAMES[p] as string}|${lower}`);
      if (row === undefined) continue;
      rows ??= new Int32Array(TAG_NAMES.length).fill(NO_REF);
      rows[p] = this.refOf(row);
    }
    return rows;
  }

  /** The row of a feature string. */
  row(feature: string): Row {
    const row = this.features.indexOf(feature);
    return row < 0 ? undefined : row;
  }

  /** A row's RowRef. */
  refOf(row: Row): RowRef {
    if (row === undefined) return NO_REF;
    const start = this.store.starts[row] as number;
    return (start << COUNT_BITS) | ((this.store.starts[row + 1] as number) - start);
  }

  /** Adds a RowRef's integer weights to the record of TAGS.length sums at `at` (the scorer's stores, previousTagBlocks). */
  add(scores: Int32Array, at: number, ref: RowRef): void {
    if (ref < 0) return;
    const { tags, integers } = this.store;
    const start = ref >>> COUNT_BITS;
    const end = start + (ref & COUNT_MASK);
    for (let k = start; k < end; k += 1) scores[at + (tags[k] as number)] = (scores[at + (tags[k] as number)] as number) + (integers[k] as number);
  }

  /**
   * Adds a RowRef's integer weights to token scores at scores[tag], for the tags of `tags` (in tag
   * order): a row of every tag is read at those tags only (a row's weights are in tag order,
   * packPerceptron sees to it), a sparser row is added whole, the other tags' slots being never read.
   */
  addTo(scores: Float64Array, ref: RowRef, tags: Uint8Array): void {
    if (ref < 0) return;
    const integers = this.store.integers;
    const start = ref >>> COUNT_BITS;
    const count = ref & COUNT_MASK;
    if (count === TAGS.length) {
      for (let k = 0; k < tags.length; k += 1) scores[tags[k] as number] = (scores[tags[k] as number] as number) + (integers[start + (tags[k] as number)] as number);
      return;
    }
    const rowTags = this.store.tags;
    for (let k = start; k < start + count; k += 1) scores[rowTags[k] as number] = (scores[rowTags[k] as number] as number) + (integers[k] as number);
  }

  /** The real-valued weights, made on first use (realScores: the rare tie in tag(), and the tests): integer ÷ scale, as the JSON form's reader divides. */
  private get realWeights(): Float64Array {
    const { integers, scale } = this.store;
    this.reals ??= Float64Array.from(integers, (integer) => integer / scale);
    return this.reals;
  }

  /** Adds the real-valued weights of `features` to `scores`, one after the other. */
  private addWeights(scores: Float64Array, features: readonly string[]): void {
    const { tags, starts } = this.store;
    const values = this.realWeights;
    for (const feature of features) {
      const row = this.row(feature);
      if (row === undefined) continue;
      for (let k = starts[row] as number; k < (starts[row + 1] as number); k += 1) scores[tags[k] as number] = (scores[tags[k] as number] as number) + (values[k] as number);
    }
  }

  /**
   * Token scores in real numbers, as the scorer summed them before it summed integers: the
   * context features (staticFeatures() after the neighbours'), then the word's own summed
   * apart, then its neighbours', then the tag features.
   */
  realScores(staticFeatures: readonly string[], tagFeatures: readonly string[]): Float64Array {
    const own = new Float64Array(TAGS.length);
    this.addWeights(own, staticFeatures.slice(0, OWN_FEATURES_END));
    const scores = new Float64Array(TAGS.length);
    this.addWeights(scores, staticFeatures.slice(NEIGHBOUR_FEATURES_END));
    for (let t = 0; t < TAGS.length; t += 1) scores[t] = (scores[t] as number) + (own[t] as number);
    this.addWeights(scores, staticFeatures.slice(OWN_FEATURES_END, NEIGHBOUR_FEATURES_END));
    this.addWeights(scores, tagFeatures);
    return scores;
  }

  /**
   * Tags a sentence given its tokens' static scores (scoring.ts) and which tokens may continue a
   * name (continuation.ts), adding the rows of tagFeatures(). Only the tags that may
   * follow the token before are scored and compared (followersOf: 5 of 17 at most tokens), the
   * others' scores being never read. A token after a gap in the line starts afresh, as after a
   * word outside any name: the name before it had to close, and another may open.
   *
   * The scores are sums of integer weights (thousandths), exact in any order, so that the
   * scorer may keep sums of rows and read half the bytes; the tags are those of the real-valued
   * sums (integer ÷ scale) the scorer made before it summed integers (realScores). Two integer
   * scores differ by at least 1, their exact real sums by 1 / scale, and a real sum of at most
   * MOST_ROWS weights below LARGEST_WEIGHT / scale strays by less than a twentieth of 1 / scale
   * from the exact one (n² × weight × 2⁻⁵³), so the best integer score is the best real one,
   * unless two tie for best (or the token has more rows): such a token is scored again in real
   * numbers, the order of their sums deciding the tie as it always has.
   */
  tag(sentence: SentenceScores, continues: Uint8Array): number[] {
    const { afterTags, afterTagRows } = sentence;
    const scores = this.tokenScores;
    const previousTagBlocks = this.previousTagBlocks;
    const tags = new Array<number>(afterTags.length);
    let previous = START;
    let beforePrevious = START;
    for (let i = 0; i < afterTags.length; i += 1) {
      if (continues[i] === AFTER_GAP) previous = beforePrevious = O;
      const candidates = followersOf(previous === START ? O : previous, continues[i + 1] === 1);
      const fewRows = sentence.scoreToken(i, candidates, scores);
      const previousTags = (beforePrevious * TAG_NAMES.length + previous) * TAGS.length;
      for (let k = 0; k < candidates.length; k += 1) scores[candidates[k] as number] = (scores[candidates[k] as number] as number) + (previousTagBlocks[previousTags + (candidates[k] as number)] as number);
      const rows = afterTags[i] as number;
      if (rows !== NO_REF) this.addTo(scores, afterTagRows[rows + previous] as number, candidates);
      let tag = fewRows ? bestUnlessTied(scores, candidates) : TIED;
      if (tag === TIED) {
        const { features, lower } = sentence.staticFeaturesAt(i);
        tag = bestOf(this.realScores(features, tagFeatures(lower, TAG_NAMES[previous] as string, TAG_NAMES[beforePrevious] as string)), candidates);
      }
      tags[i] = tag;
      beforePrevious = previous;
      previous = tag;
    }
    return tags;
  }
}

const tagName = (tags: readonly number[], k: number): string => (k < 0 ? '<s>' : (TAGS[tags[k] as number] as string));

/** All features of token `i`, given the tags chosen for the tokens before it. */
export function featuresAt(staticFeatures: readonly string[], lowers: readonly string[], tags: readonly number[], i: number): string[] {
  return [...staticFeatures, ...tagFeatures(lowers[i] ?? '', tagName(tags, i - 1), tagName(tags, i - 2))];
}
