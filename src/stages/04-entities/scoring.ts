import type { Token } from '../../document/document.js';
import { BOUNDARY, NEIGHBOURS, neighbourFeature, shapeOf, staticFeatures, wordFeatures, type DocumentView, type SentenceView } from './features.js';
import { AFTER_TAG_ROWS, MOST_ROWS, type Perceptron, type Row, type RowRef, type SentenceScores } from './perceptron.js';
import { wordLexicon } from './lexicon.js';
import { TAGS } from './tags.js';
import { byPair, NO_ROW, pairedRow, pairRowsById, rowsById, ShapeRowStore, SmallIds, WeightStore, type PairedRows } from './weight-tables.js';
import { pairsOf } from './scorer-index.js';
import type { ScorerIndex, WordPairs } from './model-file.js';
import { grown } from '../../shared/arrays.js';

const NO_HITS: readonly string[] = [];

/**
 * Run-time scoring of the static features, equal to summing the weights of
 * `staticFeatures()` (what training sees) but faster, and without building a string per
 * feature:
 *  - tokens come as ids of the word lexicon (lexicon.ts), shapes and parts of speech as small
 *    ids, so that most templates are read from integer tables: a shape's row, a pair of shapes'
 *    row, and the prefix sums are one array read each;
 *  - what depends on one word only (its shape, its `W=` row, the summed word-identity
 *    features, its rows as a neighbour or as the word after a tag) is computed once per
 *    distinct word and kept by id, and the sum of the first five context features once per
 *    shape and parts of speech; the kept weights sit end to end in three stores (WeightStore: prefix sums, blocks, rows);
 *  - a gazetteer hit's five rows are found with one lookup of its (shared) string.
 * The weights are integers (thousandths, Perceptron.tag), whose sums are exact in any order,
 * so rows are summed ahead wherever that saves reads at every token (zero weights, left out of
 * the sparse rows or written as zeros in the dense blocks, change no sum). test/scoring.test.ts
 * checks the scores against the rows of the strings of staticFeatures(), and the tags against
 * the real-valued sums of staticFeatures() and tagFeatures().
 */
const SIZE = TAGS.length;
/** The first block of the block store and of the row store, all zeros. */
const ZERO_BLOCK = 0;
/** A block, or ZERO_BLOCK for none (NO_ROW): adding it changes no sum. */
const orZero = (block: number): number => (block === NO_ROW ? ZERO_BLOCK : block);

/**
 * What the scorer knows of one lower-cased word (or the boundary marker): a record of
 * WORD_FIELDS integers in one Int32Array (the scorer's `words`, by lower id + 1, the boundary's at 0),
 * so that a token's window of five words is read from one array, not from five objects:
 *  - offsets in the block store of the word's dense blocks of SIZE weights, zeros where a tag
 *    has none (x + 0 is x): its summed wordFeatures(lower) (OWN), and its rows as the neighbour at
 *    each NEIGHBOURS offset. A neighbour row the model lacks is the one shared block of zeros
 *    (ZERO_BLOCK): three words in four have none, and five blocks a word made the store several
 *    times the size of the processor's cache;
 *  - BEFORE_SHAPE, `w-1|sh=lower|shape`, a record in the shape row store: the word before a token
 *    of that shape; AFTER_SHAPE, `sh|w+1=shape|lower`: the word after a token of that shape; each
 *    block with the word's row as the neighbour on that side added (AS_ONE_BEFORE, AS_ONE_AFTER),
 *    read in its stead (one block read per tag where there were two);
 *  - AFTER_TAGS, where the tagger's `t-1|w=P|lower` rows (Perceptron.rowsAfterTags) start in the
 *    scorer's afterTagRows, or NO_ROW where the model has none.
 */
const OWN = 0;
const AS_TWO_BEFORE = 1;
const AS_ONE_BEFORE = 2;
const AS_ONE_AFTER = 3;
const AS_TWO_AFTER = 4;
const BEFORE_SHAPE = 5;
const AFTER_SHAPE = 6;
const AFTER_TAGS = 7;
const WORD_FIELDS = 8;
/** The boundary marker's record, before and after every sentence. */
const BOUNDARY_RECORD = 0;
/** Where a token's window starts in the sentence's records: two boundary records come first. */
const WINDOW = 2;
/** The rows in the sums of every token, the tagger's three included: five in its prefix sum, three in its OWN block, and twelve more. */
const ROWS_OF_EVERY_TOKEN = 20;

/**
 * The rows a gazetteer hit adds: as the token's own (then with the line's caps), and as its
 * neighbours'; blocks in the scorer's row store, NO_ROW for none.
 */
interface HitRows {
  own: number;
  caps: number;
  notCaps: number;
  before: number;
  after: number;
}

export class StaticScorer implements SentenceScores {
  private readonly lexicon = wordLexicon();
  private readonly shapes: SmallIds;
  private readonly partsOfSpeech: SmallIds;
  private readonly caps: number;
  private readonly boundaryShape: number;
  private readonly boundaryPos: number;
  /** The lexicon's generation the caches by text and lower id were made in. */
  private generation: number;
  /** By text id: its shape id, and its `W=` row's block in the block store (NO_ROW for none); NO_ROW before the text's first use. */
  private textShapes: Int32Array<ArrayBuffer> = new Int32Array(1024).fill(NO_ROW);
  private textRows: Int32Array<ArrayBuffer> = new Int32Array(1024).fill(NO_ROW);
  /** The word records (see OWN), at lower id + 1, the boundary marker's at 0; -1 before a word's first use. */
  private words: Int32Array<ArrayBuffer> = new Int32Array(1024 * WORD_FIELDS).fill(-1);
  /** The words' rowsAfterTags() end to end (see AFTER_TAGS), and how many slots are used. */
  afterTagRows = new Int32Array(1024 * AFTER_TAG_ROWS);
  private afterTagsUsed = 0;
  /** Per token of the sentence being scored, after two boundary records and followed by two: its word's record. */
  private records = new Int32Array(64 + 2 * WINDOW);
  /**
   * The offsets in the prefix store of bias + sh + pos + pos-1 + pos+1, summed in that order
   * (the first context features), by shape id, then one slot per parts of speech of the token,
   * the token before and after; 0 where not summed yet, else offset + 1. A shape's slots are
   * made on its first use, and kept: there are a few hundred shapes and about twenty parts of speech.
   */
  private readonly prefixes: (Int32Array | undefined)[] = [];
  private readonly prefixStore = new WeightStore(SIZE);
  private readonly blockStore = new WeightStore(SIZE);
  /**
   * The rows of the templates by shape and of the gazetteer hits, as dense blocks made once and
   * kept (the tables below hold their offsets): reading a token's few candidate tags from a block
   * beats walking a sparse row's every tag.
   */
  private readonly rowStore = new WeightStore(SIZE);
  private readonly shapeRows = new ShapeRowStore();
  /** Per token of the sentence being scored: shape ids, part-of-speech ids and AFTER_TAGS, kept from call to call. */
  private shapeIds = new Int32Array(64);
  private posIds = new Int32Array(64);
  private afterTagsByToken = new Int32Array(64);
  /** The row store's blocks scoreToken adds for the token being scored after the five every token has, and how many. */
  private queuedBlocks = new Int32Array(32);
  private queued = 0;
  /** The sentence being scored (score()). */
  private sentence: SentenceView = { tokens: [], lowers: [], caseless: false, gazetteer: [], textIds: new Int32Array(0) };
  private doc: DocumentView = { lowerWords: new Uint8Array(0) };
  afterTags = new Int32Array(0);
  private readonly hitRows = new Map<string, HitRows>();
  // The templates of contextFeatures(), in its order.
  private readonly bias: RowRef;
  private readonly shape: Int32Array;
  private readonly pos: Int32Array;
  private readonly posBefore: Int32Array;
  private readonly posAfter: Int32Array;
  /** By shape before × (shapes + 1) + shape; RowRefs, or blocks once read (rowBlockAt), as are firstShape and seenLowerShape. */
  private readonly shapeBeforeShape: Int32Array;
  /** By shape × (shapes + 1) + shape after. */
  private readonly shapeShapeAfter: Int32Array;
  private readonly wordBeforeShape: WordPairs;
  /** By the word after, then the shape. */
  private readonly shapeWordAfter: WordPairs;
  /** Its block in the row store. */
  private readonly capsline: number;
  private readonly firstShape: Int32Array;
  private readonly seenLowerShape: Int32Array;
  private readonly hit: ReadonlyMap<string, number>;
  /** `g=${hit}|caps=${caps}`: by hit, then "caps=true" or "caps=false". */
  private readonly hitCaps: Map<string, PairedRows>;
  private readonly hitBefore: ReadonlyMap<string, number>;
  private readonly hitAfter: ReadonlyMap<string, number>;

  /** `index`: what the tagger's model file holds of its largest templates (scorer-index.ts). */
  constructor(
    private readonly tagger: Perceptron,
    index: ScorerIndex,
  ) {
    // The row store's ZERO_BLOCK, made before any row's block.
    this.rowStore.add();
    this.bias = tagger.refOf(tagger.row('bias'));
    const byValue = (template: string): ReadonlyMap<string, number> => tagger.template(template);
    const shapeBeforeShape = byPair(byValue('sh-1|sh'));
    const shapeShapeAfter = byPair(byValue('sh|sh+1'));
    this.wordBeforeShape = index.wordBeforeShape;
    this.shapeWordAfter = index.shapeWordAfter;
    this.shapes = new SmallIds(index.shapes);
    this.partsOfSpeech = new SmallIds([BOUNDARY.pos, ...byValue('pos').keys(), ...byValue('pos-1').keys(), ...byValue('pos+1').keys()]);
    this.caps = this.shapes.of('caps');
    this.boundaryShape = this.shapes.of(BOUNDARY.shape);
    this.boundaryPos = this.partsOfSpeech.of(BOUNDARY.pos);
    const refOf = (row: Row): RowRef => tagger.refOf(row);
    this.shape = rowsById(refOf, this.shapes, byValue('sh'));
    this.pos = rowsById(refOf, this.partsOfSpeech, byValue('pos'));
    this.posBefore = rowsById(refOf, this.partsOfSpeech, byValue('pos-1'));
    this.posAfter = rowsById(refOf, this.partsOfSpeech, byValue('pos+1'));
    this.shapeBeforeShape = pairRowsById(refOf, this.shapes, shapeBeforeShape);
    this.shapeShapeAfter = pairRowsById(refOf, this.shapes, shapeShapeAfter);
    this.capsline = this.rowBlock(tagger.row('capsline'));
    this.firstShape = rowsById(refOf, this.shapes, byValue('first|sh'));
    this.seenLowerShape = rowsById(refOf, this.shapes, byValue('seen-lower|sh'));
    this.hit = byValue('g');
    this.hitCaps = byPair(byValue('g'));
    this.hitBefore = byValue('g-1');
    this.hitAfter = byValue('g+1');
    this.clearWordStores();
    this.generation = this.lexicon.generation;
  }

  /** bias + sh + pos + pos-1 + pos+1, summed in that order: the record's offset in the prefix store. */
  private prefixSum(shape: number, pos: number, before: number, after: number): number {
    const count = this.partsOfSpeech.size + 1;
    let slots = this.prefixes[shape];
    if (!slots) this.prefixes[shape] = slots = new Int32Array(count * count * count);
    const slot = (pos * count + before) * count + after;
    let sum = (slots[slot] as number) - 1;
    if (sum < 0) {
      sum = this.prefixStore.add();
      for (const row of [this.bias, this.shape[shape] as number, this.pos[pos] as number, this.posBefore[before] as number, this.posAfter[after] as number]) this.tagger.add(this.prefixStore.values, sum, row);
      slots[slot] = sum + 1;
    }
    return sum;
  }

  /** Empties the stores of word records (the block store but for ZERO_BLOCK), and makes the boundary marker's record anew. */
  private clearWordStores(): void {
    this.words.fill(-1);
    this.afterTagsUsed = 0;
    this.blockStore.clear();
    this.shapeRows.clear();
    this.blockStore.add();
    this.makeWord(BOUNDARY_RECORD, BOUNDARY.lower);
  }

  /** Fills a word's record (see OWN). */
  private makeWord(record: number, lower: string): void {
    const words = this.words;
    const at = record * WORD_FIELDS;
    const own = this.blockStore.add();
    for (const feature of wordFeatures(lower)) this.tagger.add(this.blockStore.values, own, this.tagger.refOf(this.tagger.row(feature)));
    words[at + OWN] = own;
    NEIGHBOURS.forEach((offset, k) => {
      const block = this.wordBlock(this.tagger.row(neighbourFeature(offset, lower)));
      words[at + AS_TWO_BEFORE + k] = orZero(block);
    });
    words[at + BEFORE_SHAPE] = this.shapeRows.add((row) => this.withRow(words[at + AS_ONE_BEFORE] as number, row), this.shapes, pairsOf(this.wordBeforeShape, lower));
    words[at + AFTER_SHAPE] = this.shapeRows.add((row) => this.withRow(words[at + AS_ONE_AFTER] as number, row), this.shapes, pairsOf(this.shapeWordAfter, lower));
    const afterTags = this.tagger.rowsAfterTags(lower);
    words[at + AFTER_TAGS] = afterTags === undefined ? NO_ROW : this.afterTagsUsed;
    if (afterTags === undefined) return;
    this.afterTagRows = grown(this.afterTagRows, this.afterTagsUsed + AFTER_TAG_ROWS, NO_ROW);
    this.afterTagRows.set(afterTags, this.afterTagsUsed);
    this.afterTagsUsed += AFTER_TAG_ROWS;
  }

  /** A row's weights as a dense block in `store`, zeros where it has none (x + 0 is x); NO_ROW for no row. */
  private blockIn(store: WeightStore, row: RowRef): number {
    if (row === NO_ROW) return NO_ROW;
    const block = store.add();
    this.tagger.add(store.values, block, row);
    return block;
  }

  /** A row's block in the row store, kept for good (see rowStore), or NO_ROW. */
  private readonly rowBlock = (row: Row): number => this.blockIn(this.rowStore, this.tagger.refOf(row));

  /**
   * The block in the row store of the row in a slot of a table of RowRefs, made on the slot's
   * first read (the slot then holds -2 − block), or NO_ROW: the tables by shape name thousands
   * of rows, an article reads a few hundred, and making them all would slow the first call.
   */
  private rowBlockAt(table: Int32Array, slot: number): number {
    const value = table[slot] as number;
    if (value === NO_ROW) return NO_ROW;
    if (value < 0) return -2 - value;
    const block = this.blockIn(this.rowStore, value);
    table[slot] = -2 - block;
    return block;
  }

  /** A row's block in the block store, kept until the lexicon forgets its ids, or NO_ROW. */
  private readonly wordBlock = (row: Row): number => this.blockIn(this.blockStore, this.tagger.refOf(row));

  /** A new block of the block store: `block` with a row added. */
  private withRow(block: number, row: Row): number {
    const sum = this.blockStore.add();
    const values = this.blockStore.values;
    values.copyWithin(sum, block, block + SIZE);
    this.tagger.add(values, sum, this.tagger.refOf(row));
    return sum;
  }

  private hitRowsOf(hit: string): HitRows {
    let rows = this.hitRows.get(hit);
    if (!rows) {
      const caps = this.hitCaps.get(hit);
      rows = {
        own: this.rowBlock(this.hit.get(hit)),
        caps: this.rowBlock(pairedRow(caps, 'caps=true')),
        notCaps: this.rowBlock(pairedRow(caps, 'caps=false')),
        before: this.rowBlock(this.hitBefore.get(hit)),
        after: this.rowBlock(this.hitAfter.get(hit)),
      };
      this.hitRows.set(hit, rows);
    }
    return rows;
  }

  /**
   * Fills `records` with each token's word record between the boundary's, learning the texts and
   * words the scorer has not seen; forgets what it knew by id when the lexicon has forgotten its
   * ids (only ever between articles).
   */
  private wordsOf(textIds: Int32Array): void {
    const lexicon = this.lexicon;
    if (lexicon.generation !== this.generation) {
      this.generation = lexicon.generation;
      this.textShapes.fill(NO_ROW);
      this.clearWordStores();
    }
    this.textShapes = grown(this.textShapes, lexicon.textCount, NO_ROW);
    this.textRows = grown(this.textRows, lexicon.textCount, NO_ROW);
    this.words = grown(this.words, (lexicon.lowerCount + 1) * WORD_FIELDS, -1);
    const count = textIds.length;
    if (this.records.length < count + 2 * WINDOW) this.records = new Int32Array(2 * count + 2 * WINDOW);
    const records = this.records;
    records.fill(BOUNDARY_RECORD, 0, WINDOW);
    records.fill(BOUNDARY_RECORD, count + WINDOW, count + 2 * WINDOW);
    for (let i = 0; i < count; i += 1) {
      const id = textIds[i] as number;
      if (this.textShapes[id] === NO_ROW) {
        const text = lexicon.texts[id] as string;
        this.textShapes[id] = this.shapes.of(shapeOf(text));
        // Looked up per text rather than from a Map of the template's thousands of values, built at load.
        this.textRows[id] = this.wordBlock(this.tagger.row(`W=${text}`));
      }
      const lower = lexicon.lowerId(id);
      if ((this.words[(lower + 1) * WORD_FIELDS] as number) < 0) {
        this.makeWord(lower + 1, lexicon.lowers[lower] as string);
      }
      records[WINDOW + i] = lower + 1;
    }
  }

  /**
   * Makes ready to score a sentence's tokens (scoreToken), and to give the tagger its words'
   * rows (afterTags, afterTagRows); good until the next call.
   */
  score(sentence: SentenceView, doc: DocumentView): SentenceScores {
    const { tokens, caseless: caps, textIds } = sentence;
    const count = tokens.length;
    this.sentence = sentence;
    this.doc = doc;
    this.wordsOf(textIds);
    const records = this.records;
    const words = this.words;
    if (this.shapeIds.length < count) {
      this.shapeIds = new Int32Array(2 * count);
      this.posIds = new Int32Array(2 * count);
      this.afterTagsByToken = new Int32Array(2 * count);
    }
    const shapeIds = this.shapeIds;
    const posIds = this.posIds;
    for (let i = 0; i < count; i += 1) {
      shapeIds[i] = caps ? this.caps : (this.textShapes[textIds[i] as number] as number);
      posIds[i] = this.partsOfSpeech.of((tokens[i] as Token).pos);
      this.afterTagsByToken[i] = words[(records[WINDOW + i] as number) * WORD_FIELDS + AFTER_TAGS] as number;
    }
    this.afterTags = this.afterTagsByToken.subarray(0, count);
    return this;
  }

  /** Token i's static scores for `tags`, at scores[tag] (see SentenceScores). */
  scoreToken(i: number, tags: Uint8Array, scores: Float64Array): boolean {
    const { caseless: caps, gazetteer, textIds } = this.sentence;
    const count = textIds.length;
    const shapeIds = this.shapeIds;
    const posIds = this.posIds;
    const records = this.records;
    const words = this.words;
    const stride = this.shapes.size + 1;
    const shape = shapeIds[i] as number;
    const shapeBefore = i > 0 ? (shapeIds[i - 1] as number) : caps ? this.caps : this.boundaryShape;
    const shapeAfter = i + 1 < count ? (shapeIds[i + 1] as number) : caps ? this.caps : this.boundaryShape;
    const posBefore = i > 0 ? (posIds[i - 1] as number) : this.boundaryPos;
    const posAfter = i + 1 < count ? (posIds[i + 1] as number) : this.boundaryPos;
    const prefix = this.prefixSum(shape, posIds[i] as number, posBefore, posAfter);
    const before = (records[WINDOW + i - 1] as number) * WORD_FIELDS;
    const after = (records[WINDOW + i + 1] as number) * WORD_FIELDS;
    // The blocks to add to the prefix sum, all found (which may grow a store) before any is read:
    // those every token has, ZERO_BLOCK standing for a row the model lacks (x + 0 is x), and the
    // rows only some tokens have.
    const shapePairBefore = orZero(this.rowBlockAt(this.shapeBeforeShape, shapeBefore * stride + shape));
    const shapePairAfter = orZero(this.rowBlockAt(this.shapeShapeAfter, shape * stride + shapeAfter));
    const wordBefore = this.shapeRows.rowOf(words[before + BEFORE_SHAPE] as number, shape);
    const wordAfter = this.shapeRows.rowOf(words[after + AFTER_SHAPE] as number, shape);
    const text = caps ? ZERO_BLOCK : orZero(this.textRows[textIds[i] as number] as number);
    this.queued = 0;
    if (caps) this.queue(this.capsline);
    if (i === 0) this.queue(this.rowBlockAt(this.firstShape, shape));
    if (!this.lexicon.inLowerCase(textIds[i] as number) && this.doc.lowerWords[this.lexicon.lowerId(textIds[i] as number)] === 1) this.queue(this.rowBlockAt(this.seenLowerShape, shape));
    const hits = gazetteer[i] ?? NO_HITS;
    for (let h = 0; h < hits.length; h += 1) {
      const rows = this.hitRowsOf(hits[h] as string);
      this.queue(rows.own);
      this.queue(caps ? rows.caps : rows.notCaps);
    }
    const hitsBefore = i > 0 ? (gazetteer[i - 1] ?? NO_HITS) : NO_HITS;
    for (let h = 0; h < hitsBefore.length; h += 1) this.queue(this.hitRowsOf(hitsBefore[h] as string).before);
    const hitsAfter = i + 1 < count ? (gazetteer[i + 1] ?? NO_HITS) : NO_HITS;
    for (let h = 0; h < hitsAfter.length; h += 1) this.queue(this.hitRowsOf(hitsAfter[h] as string).after);
    // The word's own block, then its neighbours' in NEIGHBOURS order (-2, -1, +1, +2), the nearest two with their rows by shape.
    const window = WINDOW + i;
    const own = words[(records[window] as number) * WORD_FIELDS + OWN] as number;
    const a = words[(records[window - 2] as number) * WORD_FIELDS + AS_TWO_BEFORE] as number;
    const b = wordBefore === NO_ROW ? (words[before + AS_ONE_BEFORE] as number) : wordBefore;
    const c = wordAfter === NO_ROW ? (words[after + AS_ONE_AFTER] as number) : wordAfter;
    const d = words[(records[window + 2] as number) * WORD_FIELDS + AS_TWO_AFTER] as number;
    // Each tag's score summed in a register, block after block, and written once: a pass over
    // the tags per block read and wrote every score a dozen times.
    const prefixes = this.prefixStore.values;
    const rowStore = this.rowStore.values;
    const blockStore = this.blockStore.values;
    const queue = this.queuedBlocks;
    const queued = this.queued;
    for (let k = 0; k < tags.length; k += 1) {
      const t = tags[k] as number;
      let score = (prefixes[prefix + t] as number) + (rowStore[shapePairBefore + t] as number) + (rowStore[shapePairAfter + t] as number) + (blockStore[text + t] as number);
      for (let q = 0; q < queued; q += 1) score += rowStore[(queue[q] as number) + t] as number;
      scores[t] = score + (blockStore[own + t] as number) + (blockStore[a + t] as number) + (blockStore[b + t] as number) + (blockStore[c + t] as number) + (blockStore[d + t] as number);
    }
    return queued <= MOST_ROWS - ROWS_OF_EVERY_TOKEN;
  }

  staticFeaturesAt(i: number): { features: readonly string[]; lower: string } {
    return { features: staticFeatures(this.sentence, this.doc)[i] as string[], lower: this.sentence.lowers[i] as string };
  }

  /** Queues a block of the row store (NO_ROW for none) for scoreToken to add. */
  private queue(block: number): void {
    if (block === NO_ROW) return;
    if (this.queued === this.queuedBlocks.length) this.queuedBlocks = grown(this.queuedBlocks, 2 * this.queued);
    this.queuedBlocks[this.queued] = block;
    this.queued += 1;
  }
}
