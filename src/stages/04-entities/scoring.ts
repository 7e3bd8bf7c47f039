import type { Token } from '../../document/document.js';
import { BOUNDARY, NEIGHBOURS, neighbourFeature, shapeOf, wordFeatures, type DocumentView, type SentenceView } from './features.js';
import type { Perceptron, Row } from './perceptron.js';
import { TAGS } from './tags.js';

const NO_HITS: readonly string[] = [];

/**
 * Run-time scoring of the static features, equal to summing the weights of
 * `staticFeatures()` (what training sees) but faster, and without building a string per
 * feature:
 *  - the weights of each feature template are indexed by the template's values (a word, a
 *    shape, a part of speech, a gazetteer hit), and two-valued templates ("w-1|sh=iran|Xx") by
 *    one value then the other, so every lookup hashes a string that already exists;
 *  - what depends on one word only (its shape, its `W=` row, the summed word-identity
 *    features, its rows as a neighbour or as the word after a tag) is computed once per
 *    distinct word and cached, and the sum of the first five context features once per shape
 *    and parts of speech; the cached weights sit end to end in two stores (WeightStore).
 * Rows are added in the order of contextFeatures(), then the word's own features, then its
 * neighbours — the order the scorer has always used — and a cached sum is only ever a prefix
 * of that order, so the floating-point sums are the same bits (zero weights, left out of the
 * sparse rows or written as zeros in the dense blocks, change no sum: no score is ever -0).
 * test/scoring.test.ts checks the scores and the tags against the strings of staticFeatures()
 * and tagFeatures().
 */
const MAX_CACHED_WORDS = 50_000;
const SIZE = TAGS.length;
const WORD_BLOCKS = (1 + NEIGHBOURS.length) * SIZE;

/**
 * Where the summed rows of `bias`, `sh=`, `pos=`, `pos-1=`, `pos+1=` (the first context features,
 * in their order) stand in the prefix store, for one shape, by part of speech, then that of the
 * token before, then after.
 */
type PosTree = Map<string, Map<string, Map<string, number>>>;

/**
 * Records of `size` weights end to end in one Float64Array: reading a record is one array and an
 * offset, where a Float64Array per record (off the V8 heap at this size) is two more pointers to
 * chase. A record's offset holds until clear().
 */
class WeightStore {
  values: Float64Array;
  private used = 0;

  constructor(private readonly size: number) {
    this.values = new Float64Array(1024 * size);
  }

  /** A new record, all zeros. */
  add(): number {
    if (this.used + this.size > this.values.length) {
      const grown = new Float64Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
    }
    const at = this.used;
    this.used += this.size;
    this.values.fill(0, at, this.used);
    return at;
  }

  clear(): void {
    this.used = 0;
  }
}

/** Per distinct token text. */
interface TextInfo {
  shape: string;
  /** The prefix sums for this shape. */
  prefix: PosTree;
  /** `W=text` */
  textRow: Row;
  /** The lower-cased text's. */
  lower: LowerInfo;
}

/** Per distinct lower-cased word (or the boundary marker). */
interface LowerInfo {
  /**
   * The word's record in the block store: dense blocks of SIZE weights, zeros where a tag has
   * none (x + 0 is x); block 0 the summed wordFeatures(lower), blocks 1–4 its rows as the
   * neighbour at each NEIGHBOURS offset. A token reads its window's words from one array.
   */
  blocks: number;
  /** `w-1|sh=lower|shape` by shape: the word before a token of that shape. */
  beforeShape: ReadonlyMap<string, number> | undefined;
  /** `sh|w+1=shape|lower` by shape: the word after a token of that shape. */
  afterShape: ReadonlyMap<string, number> | undefined;
  /** The tagger's `t-1|w=P|lower` rows (Perceptron.rowsAfterTags). */
  afterTags: readonly Row[] | undefined;
}

/** What the tagger needs of a sentence's static features. */
export interface StaticScores {
  /** Token i's score for tag t at i × TAGS.length + t; overwritten by the scorer's next call. */
  scores: Float64Array;
  /** Per token, Perceptron.rowsAfterTags(its lower-cased word). */
  wordRows: (readonly Row[] | undefined)[];
}

/**
 * Rows of the features `${template}=${value}`, by template then value, in one pass over the
 * table (templates hold no "="; a value may, as the word "=" does). Reading the 78,000
 * features once rather than once per template saves a tenth of a second at every start.
 */
function byTemplate(weights: ReadonlyMap<string, number>, templates: readonly string[]): Map<string, Map<string, number>> {
  const tables = new Map(templates.map((template) => [template, new Map<string, number>()]));
  for (const [feature, row] of weights) {
    const equals = feature.indexOf('=');
    if (equals >= 0) tables.get(feature.slice(0, equals))?.set(feature.slice(equals + 1), row);
  }
  return tables;
}

/**
 * Rows of the features whose value is `${a}|${b}`, by a then b. A value may itself hold "|"
 * (the word "|", or its shape), so every split of the string is indexed: a lookup finds a row
 * exactly when the concatenated string would.
 */
function byPair(values: ReadonlyMap<string, number>, secondFirst = false): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const [value, row] of values) {
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const a = value.slice(0, bar);
      const b = value.slice(bar + 1);
      const [outer, key] = secondFirst ? [b, a] : [a, b];
      let inner = table.get(outer);
      if (!inner) table.set(outer, (inner = new Map()));
      inner.set(key, row);
    }
  }
  return table;
}

export class StaticScorer {
  private readonly texts = new Map<string, TextInfo>();
  private readonly lowerInfos = new Map<string, LowerInfo>();
  private readonly prefixes = new Map<string, PosTree>();
  private readonly prefixStore = new WeightStore(SIZE);
  private prefixCount = 0;
  private readonly blockStore = new WeightStore(WORD_BLOCKS);
  private buffer = new Float64Array(64 * SIZE);
  private boundary: LowerInfo;
  // The templates of contextFeatures(), in its order.
  private readonly bias: Row;
  private readonly shape: Map<string, number>;
  private readonly pos: Map<string, number>;
  private readonly posBefore: Map<string, number>;
  private readonly posAfter: Map<string, number>;
  private readonly shapeBeforeShape: Map<string, Map<string, number>>;
  private readonly shapeShapeAfter: Map<string, Map<string, number>>;
  private readonly wordBeforeShape: Map<string, Map<string, number>>;
  /** By the word after, then the shape. */
  private readonly shapeWordAfter: Map<string, Map<string, number>>;
  private readonly text: Map<string, number>;
  private readonly capsline: Row;
  private readonly firstShape: Map<string, number>;
  private readonly seenLowerShape: Map<string, number>;
  private readonly hit: Map<string, number>;
  /** `g=${hit}|caps=${caps}`: by hit, then "caps=true" or "caps=false". */
  private readonly hitCaps: Map<string, Map<string, number>>;
  private readonly hitBefore: Map<string, number>;
  private readonly hitAfter: Map<string, number>;

  constructor(private readonly tagger: Perceptron) {
    const weights = tagger.features;
    this.bias = weights.get('bias');
    const templates = byTemplate(weights, ['sh', 'pos', 'pos-1', 'pos+1', 'sh-1|sh', 'sh|sh+1', 'w-1|sh', 'sh|w+1', 'W', 'first|sh', 'seen-lower|sh', 'g', 'g-1', 'g+1']);
    const byValue = (template: string): Map<string, number> => templates.get(template) as Map<string, number>;
    this.shape = byValue('sh');
    this.pos = byValue('pos');
    this.posBefore = byValue('pos-1');
    this.posAfter = byValue('pos+1');
    this.shapeBeforeShape = byPair(byValue('sh-1|sh'));
    this.shapeShapeAfter = byPair(byValue('sh|sh+1'));
    this.wordBeforeShape = byPair(byValue('w-1|sh'));
    this.shapeWordAfter = byPair(byValue('sh|w+1'), true);
    this.text = byValue('W');
    this.capsline = weights.get('capsline');
    this.firstShape = byValue('first|sh');
    this.seenLowerShape = byValue('seen-lower|sh');
    this.hit = byValue('g');
    this.hitCaps = byPair(byValue('g'));
    this.hitBefore = byValue('g-1');
    this.hitAfter = byValue('g+1');
    this.boundary = this.lowerInfo(BOUNDARY.lower);
  }

  private prefix(shape: string): PosTree {
    let tree = this.prefixes.get(shape);
    if (!tree) this.prefixes.set(shape, (tree = new Map()));
    return tree;
  }

  /** bias + sh + pos + pos-1 + pos+1, summed in that order: the record's offset in the prefix store. */
  private prefixSum(tree: PosTree, shape: string, pos: string, before: string, after: string): number {
    let byBefore = tree.get(pos);
    if (!byBefore) tree.set(pos, (byBefore = new Map()));
    let byAfter = byBefore.get(before);
    if (!byAfter) byBefore.set(before, (byAfter = new Map()));
    let sum = byAfter.get(after);
    if (sum === undefined) {
      this.prefixCount += 1;
      sum = this.prefixStore.add();
      for (const row of [this.bias, this.shape.get(shape), this.pos.get(pos), this.posBefore.get(before), this.posAfter.get(after)]) this.tagger.addRow(this.prefixStore.values, sum, row);
      byAfter.set(after, sum);
    }
    return sum;
  }

  private textInfo(text: string): TextInfo {
    let info = this.texts.get(text);
    if (!info) {
      const shape = shapeOf(text);
      info = { shape, prefix: this.prefix(shape), textRow: this.text.get(text), lower: this.lowerInfo(text.toLowerCase()) };
      this.texts.set(text, info);
    }
    return info;
  }

  private lowerInfo(lower: string): LowerInfo {
    let info = this.lowerInfos.get(lower);
    if (!info) {
      const blocks = this.blockStore.add();
      const store = this.blockStore.values;
      this.tagger.addWeights(store.subarray(blocks, blocks + SIZE), wordFeatures(lower));
      NEIGHBOURS.forEach((offset, n) => this.tagger.addRow(store, blocks + (1 + n) * SIZE, this.tagger.row(neighbourFeature(offset, lower))));
      info = { blocks, beforeShape: this.wordBeforeShape.get(lower), afterShape: this.shapeWordAfter.get(lower), afterTags: this.tagger.rowsAfterTags(lower) };
      this.lowerInfos.set(lower, info);
    }
    return info;
  }

  /**
   * Empties every cache when a sentence of `count` tokens could take one past MAX_CACHED_WORDS
   * (a token adds at most one text, one word and one prefix sum). Only ever between sentences:
   * the infos of the sentence being scored point into the stores.
   */
  private makeRoom(count: number): void {
    if (Math.max(this.texts.size, this.lowerInfos.size, this.prefixCount) + count <= MAX_CACHED_WORDS) return;
    this.texts.clear();
    this.lowerInfos.clear();
    this.prefixes.clear();
    this.prefixCount = 0;
    this.prefixStore.clear();
    this.blockStore.clear();
    this.boundary = this.lowerInfo(BOUNDARY.lower);
  }

  /** The static scores of a sentence, and the tagger's rows for its words. */
  score(sentence: SentenceView, doc: DocumentView): StaticScores {
    const { tokens, lowers, caseless: caps, gazetteer } = sentence;
    const count = tokens.length;
    this.makeRoom(count);
    const scores = this.scoresFor(count);
    const infos = tokens.map((token) => this.textInfo(token.text));
    const capsValue = caps ? 'caps=true' : 'caps=false';
    const tagger = this.tagger;
    const capsPrefix = caps ? this.prefix('caps') : undefined;
    // Indexes are bounds-checked rather than read out of range: a read at -1 is a slow property lookup.
    const infoAt = (i: number): TextInfo | undefined => (i >= 0 && i < count ? infos[i] : undefined);
    for (let i = 0; i < count; i += 1) {
      const token = tokens[i] as Token;
      const info = infos[i] as TextInfo;
      const before = infoAt(i - 1);
      const after = infoAt(i + 1);
      const at = i * SIZE;
      const lower = lowers[i] as string;
      const shape = caps ? 'caps' : info.shape;
      const shapeBefore = caps ? 'caps' : (before?.shape ?? BOUNDARY.shape);
      const shapeAfter = caps ? 'caps' : (after?.shape ?? BOUNDARY.shape);
      const posBefore = i > 0 ? (tokens[i - 1] as Token).pos : BOUNDARY.pos;
      const posAfter = i + 1 < count ? (tokens[i + 1] as Token).pos : BOUNDARY.pos;
      const prefix = this.prefixSum(capsPrefix ?? info.prefix, shape, token.pos, posBefore, posAfter);
      const prefixes = this.prefixStore.values;
      for (let t = 0; t < SIZE; t += 1) scores[at + t] = prefixes[prefix + t] as number;
      tagger.addRow(scores, at, this.shapeBeforeShape.get(shapeBefore)?.get(shape));
      tagger.addRow(scores, at, this.shapeShapeAfter.get(shape)?.get(shapeAfter));
      tagger.addRow(scores, at, (before?.lower ?? this.boundary).beforeShape?.get(shape));
      tagger.addRow(scores, at, (after?.lower ?? this.boundary).afterShape?.get(shape));
      if (!caps) tagger.addRow(scores, at, info.textRow);
      if (caps) tagger.addRow(scores, at, this.capsline);
      if (i === 0) tagger.addRow(scores, at, this.firstShape.get(shape));
      if (doc.lowerWords.has(lower) && token.text !== lower) tagger.addRow(scores, at, this.seenLowerShape.get(shape));
      const hits = gazetteer[i] ?? NO_HITS;
      for (let h = 0; h < hits.length; h += 1) {
        tagger.addRow(scores, at, this.hit.get(hits[h] as string));
        tagger.addRow(scores, at, this.hitCaps.get(hits[h] as string)?.get(capsValue));
      }
      const hitsBefore = i > 0 ? (gazetteer[i - 1] ?? NO_HITS) : NO_HITS;
      for (let h = 0; h < hitsBefore.length; h += 1) tagger.addRow(scores, at, this.hitBefore.get(hitsBefore[h] as string));
      const hitsAfter = i + 1 < count ? (gazetteer[i + 1] ?? NO_HITS) : NO_HITS;
      for (let h = 0; h < hitsAfter.length; h += 1) tagger.addRow(scores, at, this.hitAfter.get(hitsAfter[h] as string));
      this.addWordBlocks(scores, at, info.lower, infoAt(i - 2)?.lower, before?.lower, after?.lower, infoAt(i + 2)?.lower);
    }
    return { scores, wordRows: infos.map((info) => info.lower.afterTags) };
  }

  /**
   * A view of a buffer kept from call to call: allocating a typed array per sentence costs more
   * than filling it, and score() writes every slot (the prefix sums) before adding to it.
   */
  private scoresFor(count: number): Float64Array {
    if (this.buffer.length < count * SIZE) this.buffer = new Float64Array(Math.max(count, 2 * (this.buffer.length / SIZE)) * SIZE);
    return this.buffer.subarray(0, count * SIZE);
  }

  /**
   * Adds the word's own block, then its neighbours' blocks in NEIGHBOURS order (-2, -1, +1, +2),
   * each tag's sum in that order, so the bits are those of adding the rows one by one.
   */
  private addWordBlocks(scores: Float64Array, at: number, own: LowerInfo, twoBefore = this.boundary, oneBefore = this.boundary, oneAfter = this.boundary, twoAfter = this.boundary): void {
    const store = this.blockStore.values;
    const ownBlock = own.blocks;
    const a = twoBefore.blocks + SIZE;
    const b = oneBefore.blocks + 2 * SIZE;
    const c = oneAfter.blocks + 3 * SIZE;
    const d = twoAfter.blocks + 4 * SIZE;
    for (let t = 0; t < SIZE; t += 1) {
      scores[at + t] = (scores[at + t] as number) + (store[ownBlock + t] as number) + (store[a + t] as number) + (store[b + t] as number) + (store[c + t] as number) + (store[d + t] as number);
    }
  }
}

