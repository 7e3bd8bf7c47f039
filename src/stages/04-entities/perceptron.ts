import { tagFeatures } from './features.js';
import { AFTER_GAP } from './continuation.js';
import { bestTag, O, TAGS } from './tags.js';
import { NO_WORD_ROW, WordRows } from './word-rows.js';

/**
 * An averaged perceptron over BILOU tags, decoded greedily left to right (Collins 2002;
 * the design of Honnibal's and spaCy v1's taggers). Weights are a sparse table from feature
 * string to per-tag weights, shipped as a JSON data file with its provenance.
 *
 * The table is packed rather than written as one JSON array per feature: 78,000 small arrays
 * took half a second to parse and build, and left the collector 78,000 objects to trace, in
 * every process and every batch worker. Packed, it reads in about half the time (docs/ENTITIES.md).
 */
export interface PerceptronData {
  id: string;
  version: string;
  source: string;
  licence: string;
  tags: string[];
  /** Weights are stored as integers: real weight × `scale`. */
  scale: number;
  /** The features, one a line, in row order. */
  features: string;
  /** Base64 of one byte per row: how many (tag, weight) pairs the row has. */
  pairCounts: string;
  /** Base64 of one byte per pair, row after row: the pair's tag index. */
  pairTags: string;
  /** Base64 of a little-endian 32-bit integer per pair: the pair's weight × `scale`. */
  pairWeights: string;
}

/** The packed form of `feature → [tag, weight, tag, weight, …]` rows with integer weights (scripts/train-ner.ts). */
export function packPerceptron(meta: Omit<PerceptronData, 'features' | 'pairCounts' | 'pairTags' | 'pairWeights'>, rows: [feature: string, pairs: number[]][]): PerceptronData {
  const size = rows.reduce((sum, [, pairs]) => sum + (pairs.length >> 1), 0);
  const counts = Buffer.alloc(rows.length);
  const tags = Buffer.alloc(size);
  const weights = Buffer.alloc(size * 4);
  let k = 0;
  rows.forEach(([feature, pairs], row) => {
    if (feature.includes('\n') || pairs.length >> 1 > 255) throw new Error(`newslens: feature ${JSON.stringify(feature)} cannot be packed`);
    counts[row] = pairs.length >> 1;
    for (let p = 0; p + 1 < pairs.length; p += 2, k += 1) {
      tags[k] = pairs[p] as number;
      weights.writeInt32LE(pairs[p + 1] as number, k * 4);
    }
  });
  return { ...meta, features: rows.map(([feature]) => feature).join('\n'), pairCounts: counts.toString('base64'), pairTags: tags.toString('base64'), pairWeights: weights.toString('base64') };
}

/** Index of the sentence start among the tags of the tokens before ("<s>" in tag features). */
const START = TAGS.length;
const TAG_NAMES: readonly string[] = [...TAGS, '<s>'];
/** A row of weights: an index into the perceptron's row store, or undefined for an unknown feature. */
export type Row = number | undefined;

/**
 * The weights as sparse rows, packed: row r's non-zero weights are `values[k]` for tag
 * `tags[k]`, k from `starts[r]` to `starts[r + 1]`. Leaving out a zero weight changes no sum
 * (x + 0 is x), and the rows sit together in memory.
 */
interface RowStore {
  starts: Int32Array;
  tags: Uint8Array;
  values: Float64Array;
}

const NO_FEATURES: ReadonlyMap<string, number> = new Map();

/** The templates keyed by one lower-cased word, as columns of WordRows; `t-1|w=P|word` takes column WORD_TEMPLATES.length + P's index. */
const WORD_TEMPLATES: ReadonlyMap<string, number> = new Map(['w', 'w-2', 'w-1', 'w+1', 'w+2'].map((template, column) => [template, column]));
const AFTER_TAG = 't-1|w';
const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAG_NAMES.map((name, p) => [name, p]));

interface FeatureTables {
  /** The rows of the other `${template}=${value}` features, by template, then value. */
  templates: Map<string, Map<string, number>>;
  /** The rows of the features without a value ("bias", "capsline"). */
  plain: Map<string, number>;
  words: WordRows;
  rowCount: number;
}

/** The column of `t-1|w=${value}` in WordRows, and its word, when the value is a tag, a bar and a word. */
function afterTagColumn(value: string): [column: number, word: string] | undefined {
  const bar = value.indexOf('|');
  const p = bar < 0 ? undefined : TAG_INDEX.get(value.slice(0, bar));
  return p === undefined ? undefined : [WORD_TEMPLATES.size + p, value.slice(bar + 1)];
}

/**
 * The packed features (one a line, in row order, sorted, so a template's lines run together)
 * by template and value, cutting each line once; the template string is made once per run.
 */
function readFeatureLines(lines: string): FeatureTables {
  const tables: FeatureTables = { templates: new Map(), plain: new Map(), words: new WordRows(WORD_TEMPLATES.size + TAG_NAMES.length), rowCount: 0 };
  let template = '';
  let values: Map<string, number> | undefined;
  let wordColumn: number | undefined;
  let row = 0;
  for (let start = 0; start <= lines.length; row += 1) {
    let end = lines.indexOf('\n', start);
    if (end < 0) end = lines.length;
    const equals = lines.indexOf('=', start);
    if (equals < 0 || equals > end) tables.plain.set(lines.slice(start, end), row);
    else {
      if (!values || equals - start !== template.length || !lines.startsWith(template, start)) {
        template = lines.slice(start, equals);
        wordColumn = WORD_TEMPLATES.get(template);
        values = tables.templates.get(template);
        if (!values) tables.templates.set(template, (values = new Map()));
      }
      const value = lines.slice(equals + 1, end);
      const afterTag = template === AFTER_TAG ? afterTagColumn(value) : undefined;
      if (wordColumn !== undefined) tables.words.set(value, wordColumn, row);
      else if (afterTag) tables.words.set(afterTag[1], afterTag[0], row);
      else values.set(value, row);
    }
    start = end + 1;
  }
  tables.rowCount = row;
  return tables;
}

export class Perceptron {
  /**
   * The rows of the features, read straight from the packed feature lines: those of one word by
   * word, the others by template, then value (templates hold no "="; a value may, as the word
   * "=" does). No Map of every feature string, which took a tenth of a second and megabytes of
   * heap at every start.
   */
  private readonly tables: FeatureTables;
  private readonly store: RowStore;
  /** The rows of tagFeatures(), found without building their strings: `t-1=P` by P's index, `t-2|t-1=Q|P` by Q and P. */
  private readonly previousRows: Row[];
  private readonly pairRows: Row[];

  constructor(tables: FeatureTables, store: RowStore) {
    this.tables = tables;
    this.store = store;
    this.previousRows = TAG_NAMES.map((previous) => this.row(`t-1=${previous}`));
    this.pairRows = TAG_NAMES.flatMap((beforePrevious) => TAG_NAMES.map((previous) => this.row(`t-2|t-1=${beforePrevious}|${previous}`)));
  }

  static fromData(data: PerceptronData): Perceptron {
    if (data.tags.join() !== TAGS.join()) throw new Error(`newslens: model ${data.id} was trained for other tags`);
    const counts = Buffer.from(data.pairCounts, 'base64');
    const tags = new Uint8Array(Buffer.from(data.pairTags, 'base64'));
    const weights = Buffer.from(data.pairWeights, 'base64');
    const tables = readFeatureLines(data.features);
    const { rowCount } = tables;
    const starts = new Int32Array(rowCount + 1);
    for (let row = 0; row < rowCount; row += 1) starts[row + 1] = (starts[row] as number) + (counts[row] as number);
    if (counts.length !== rowCount || starts[rowCount] !== tags.length || weights.length !== tags.length * 4 || tags.some((tag) => tag >= TAGS.length)) throw new Error(`newslens: model ${data.id} is damaged`);
    const integers = new DataView(weights.buffer, weights.byteOffset, weights.byteLength);
    const values = new Float64Array(tags.length);
    for (let k = 0; k < values.length; k += 1) values[k] = integers.getInt32(k * 4, true) / data.scale;
    return new Perceptron(tables, { starts, tags, values });
  }

  /** The rows of one template's features, by value (empty for a template the model lacks). */
  template(name: string): ReadonlyMap<string, number> {
    return this.tables.templates.get(name) ?? NO_FEATURES;
  }

  /** The rows of `t-1|w=P|lower` for every previous tag P (by index, START for "<s>"), if any. */
  rowsAfterTags(lower: string): readonly Row[] | undefined {
    const { words } = this.tables;
    const record = words.recordOf(lower);
    if (record === NO_WORD_ROW) return undefined;
    let rows: Row[] | undefined;
    for (let p = 0; p < TAG_NAMES.length; p += 1) {
      const row = words.at(record, WORD_TEMPLATES.size + p);
      if (row === NO_WORD_ROW) continue;
      rows ??= TAG_NAMES.map(() => undefined);
      rows[p] = row;
    }
    return rows;
  }

  /** The row of a feature string. */
  row(feature: string): Row {
    const { templates, plain, words } = this.tables;
    const equals = feature.indexOf('=');
    if (equals < 0) return plain.get(feature);
    const template = feature.slice(0, equals);
    const value = feature.slice(equals + 1);
    const afterTag = template === AFTER_TAG ? afterTagColumn(value) : undefined;
    const [column, word] = afterTag ?? [WORD_TEMPLATES.get(template), value];
    if (column === undefined) return templates.get(template)?.get(value);
    const record = words.recordOf(word);
    const row = record === NO_WORD_ROW ? NO_WORD_ROW : words.at(record, column);
    return row === NO_WORD_ROW ? undefined : row;
  }

  /** Adds a row's weights to the scores of the token whose first tag is at `at`. */
  addRow(scores: Float64Array, at: number, row: Row): void {
    if (row === undefined) return;
    const { starts, tags, values } = this.store;
    const end = starts[row + 1] as number;
    for (let k = starts[row] as number; k < end; k += 1) scores[at + (tags[k] as number)] = (scores[at + (tags[k] as number)] as number) + (values[k] as number);
  }

  /** Adds the weights of `features` to `scores`. */
  addWeights(scores: Float64Array, features: readonly string[]): void {
    for (const feature of features) this.addRow(scores, 0, this.row(feature));
  }

  /**
   * Tags a sentence given its tokens' static scores (see scoring.ts; token i's score for tag t
   * at i × TAGS.length + t), each token's rowsAfterTags(lower-cased word) and which tokens may
   * continue a name (continuation.ts). Adds the rows of tagFeatures() in its order, so the sums
   * are those of addWeights(scores, tagFeatures(…)); it adds them to `staticScores` in place (the
   * scorer's buffer, which its next call overwrites) rather than to a copy. A token after a gap in
   * the line starts afresh, as after a word outside any name: the name before it had to close, and another may open.
   */
  tag(staticScores: Float64Array, wordRows: readonly (readonly Row[] | undefined)[], continues: Uint8Array): number[] {
    const size = TAGS.length;
    const tags = new Array<number>(wordRows.length);
    let previous = START;
    let beforePrevious = START;
    for (let i = 0; i < wordRows.length; i += 1) {
      if (continues[i] === AFTER_GAP) previous = beforePrevious = O;
      const at = i * size;
      this.addRow(staticScores, at, this.previousRows[previous]);
      this.addRow(staticScores, at, this.pairRows[beforePrevious * TAG_NAMES.length + previous]);
      this.addRow(staticScores, at, wordRows[i]?.[previous]);
      const tag = bestTag(staticScores, previous === START ? O : previous, continues[i + 1] === 1, at);
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
