import { BOUNDARY, lowerAt, NEIGHBOURS, neighbourFeature, shapeOf, wordFeatures, type DocumentView, type SentenceView } from './features.js';
import type { Perceptron } from './perceptron.js';
import { TAGS } from './tags.js';

/**
 * Run-time scoring of the static features, equal to summing the weights of
 * `staticFeatures()` (what training sees) but faster, and without building a string per
 * feature:
 *  - the weights of each feature template are indexed by the template's values (a word, a
 *    shape, a part of speech, a gazetteer hit), and two-valued templates ("w-1|sh=iran|Xx") by
 *    one value then the other, so every lookup hashes a string that already exists;
 *  - what depends on one word only (its shape, its `W=` row, the summed word-identity
 *    features, its rows as a neighbour) is computed once per distinct word and cached.
 * Rows are added in the order of contextFeatures(), then the word's own features, then its
 * neighbours, exactly as before this indexing, so the floating-point sums are the same bits.
 * test/entities.test.ts checks the scores against the strings of staticFeatures().
 */
const MAX_CACHED_WORDS = 50_000;
const SIZE = TAGS.length;

type Row = Float64Array | undefined;

/** Per distinct token text. */
interface TextInfo {
  shape: string;
  /** `sh=shape` */
  shapeRow: Row;
  /** `W=text` */
  textRow: Row;
}

/** Per distinct lower-cased word (or the boundary marker). */
interface LowerInfo {
  /** Summed weights of wordFeatures(lower). */
  own: Float64Array;
  /** `w-2=lower`, `w-1=lower`, `w+1=lower`, `w+2=lower`: the word as each neighbour (NEIGHBOURS order). */
  neighbours: Row[];
}

/** Rows of the features `${prefix}${value}`, by value. */
function byValue(weights: ReadonlyMap<string, Float64Array>, prefix: string): Map<string, Float64Array> {
  const table = new Map<string, Float64Array>();
  for (const [feature, row] of weights) if (feature.startsWith(prefix)) table.set(feature.slice(prefix.length), row);
  return table;
}

/**
 * Rows of the features `${prefix}${a}|${b}`, by a then b. A value may itself hold "|" (the
 * word "|", or its shape), so every split of the string is indexed: a lookup finds a row exactly
 * when the concatenated string would.
 */
function byPair(weights: ReadonlyMap<string, Float64Array>, prefix: string): Map<string, Map<string, Float64Array>> {
  const table = new Map<string, Map<string, Float64Array>>();
  for (const [feature, row] of weights) {
    if (!feature.startsWith(prefix)) continue;
    for (let bar = feature.indexOf('|', prefix.length); bar >= 0; bar = feature.indexOf('|', bar + 1)) {
      const a = feature.slice(prefix.length, bar);
      let inner = table.get(a);
      if (!inner) table.set(a, (inner = new Map()));
      inner.set(feature.slice(bar + 1), row);
    }
  }
  return table;
}

export class StaticScorer {
  private readonly texts = new Map<string, TextInfo>();
  private readonly lowerInfos = new Map<string, LowerInfo>();
  // The templates of contextFeatures(), in its order.
  private readonly bias: Row;
  private readonly shape: Map<string, Float64Array>;
  private readonly pos: Map<string, Float64Array>;
  private readonly posBefore: Map<string, Float64Array>;
  private readonly posAfter: Map<string, Float64Array>;
  private readonly shapeBeforeShape: Map<string, Map<string, Float64Array>>;
  private readonly shapeShapeAfter: Map<string, Map<string, Float64Array>>;
  private readonly wordBeforeShape: Map<string, Map<string, Float64Array>>;
  private readonly shapeWordAfter: Map<string, Map<string, Float64Array>>;
  private readonly text: Map<string, Float64Array>;
  private readonly capsline: Row;
  private readonly firstShape: Map<string, Float64Array>;
  private readonly seenLowerShape: Map<string, Float64Array>;
  private readonly hit: Map<string, Float64Array>;
  /** `g=${hit}|caps=${caps}`: by hit, then "caps=true" or "caps=false". */
  private readonly hitCaps: Map<string, Map<string, Float64Array>>;
  private readonly hitBefore: Map<string, Float64Array>;
  private readonly hitAfter: Map<string, Float64Array>;

  constructor(private readonly tagger: Perceptron) {
    const weights = tagger.weights;
    this.bias = weights.get('bias');
    this.shape = byValue(weights, 'sh=');
    this.pos = byValue(weights, 'pos=');
    this.posBefore = byValue(weights, 'pos-1=');
    this.posAfter = byValue(weights, 'pos+1=');
    this.shapeBeforeShape = byPair(weights, 'sh-1|sh=');
    this.shapeShapeAfter = byPair(weights, 'sh|sh+1=');
    this.wordBeforeShape = byPair(weights, 'w-1|sh=');
    this.shapeWordAfter = byPair(weights, 'sh|w+1=');
    this.text = byValue(weights, 'W=');
    this.capsline = weights.get('capsline');
    this.firstShape = byValue(weights, 'first|sh=');
    this.seenLowerShape = byValue(weights, 'seen-lower|sh=');
    this.hit = byValue(weights, 'g=');
    this.hitCaps = byPair(weights, 'g=');
    this.hitBefore = byValue(weights, 'g-1=');
    this.hitAfter = byValue(weights, 'g+1=');
  }

  private textInfo(text: string): TextInfo {
    let info = this.texts.get(text);
    if (!info) {
      if (this.texts.size >= MAX_CACHED_WORDS) this.texts.clear();
      const shape = shapeOf(text);
      info = { shape, shapeRow: this.shape.get(shape), textRow: this.text.get(text) };
      this.texts.set(text, info);
    }
    return info;
  }

  private lowerInfo(lower: string): LowerInfo {
    let info = this.lowerInfos.get(lower);
    if (!info) {
      if (this.lowerInfos.size >= MAX_CACHED_WORDS) this.lowerInfos.clear();
      const own = new Float64Array(SIZE);
      this.tagger.addWeights(own, wordFeatures(lower));
      info = { own, neighbours: NEIGHBOURS.map((offset) => this.tagger.weights.get(neighbourFeature(offset, lower))) };
      this.lowerInfos.set(lower, info);
    }
    return info;
  }

  /** The static scores of a sentence: token i's score for tag t at i × TAGS.length + t. */
  score(sentence: SentenceView, doc: DocumentView): Float64Array {
    const { tokens, lowers, caseless: caps, gazetteer } = sentence;
    const scores = new Float64Array(tokens.length * SIZE);
    const infos = tokens.map((token) => this.textInfo(token.text));
    const capsValue = caps ? 'caps=true' : 'caps=false';
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      const info = infos[i];
      if (!token || !info) continue;
      const at = i * SIZE;
      const lower = lowerAt(lowers, i);
      const shape = caps ? 'caps' : info.shape;
      const shapeBefore = caps ? 'caps' : (infos[i - 1]?.shape ?? BOUNDARY.shape);
      const shapeAfter = caps ? 'caps' : (infos[i + 1]?.shape ?? BOUNDARY.shape);
      add(scores, at, this.bias);
      add(scores, at, caps ? this.shape.get(shape) : info.shapeRow);
      add(scores, at, this.pos.get(token.pos));
      add(scores, at, this.posBefore.get(tokens[i - 1]?.pos ?? BOUNDARY.pos));
      add(scores, at, this.posAfter.get(tokens[i + 1]?.pos ?? BOUNDARY.pos));
      add(scores, at, this.shapeBeforeShape.get(shapeBefore)?.get(shape));
      add(scores, at, this.shapeShapeAfter.get(shape)?.get(shapeAfter));
      add(scores, at, this.wordBeforeShape.get(lowerAt(lowers, i - 1))?.get(shape));
      add(scores, at, this.shapeWordAfter.get(shape)?.get(lowerAt(lowers, i + 1)));
      if (!caps) add(scores, at, info.textRow);
      if (caps) add(scores, at, this.capsline);
      if (i === 0) add(scores, at, this.firstShape.get(shape));
      if (doc.lowerWords.has(lower) && token.text !== lower) add(scores, at, this.seenLowerShape.get(shape));
      for (const hit of gazetteer[i] ?? []) {
        add(scores, at, this.hit.get(hit));
        add(scores, at, this.hitCaps.get(hit)?.get(capsValue));
      }
      for (const hit of gazetteer[i - 1] ?? []) add(scores, at, this.hitBefore.get(hit));
      for (const hit of gazetteer[i + 1] ?? []) add(scores, at, this.hitAfter.get(hit));
      add(scores, at, this.lowerInfo(lower).own);
      NEIGHBOURS.forEach((offset, k) => add(scores, at, this.lowerInfo(lowerAt(lowers, i + offset)).neighbours[k]));
    }
    return scores;
  }
}

function add(scores: Float64Array, at: number, row: Row): void {
  if (row) for (let t = 0; t < SIZE; t += 1) scores[at + t] = (scores[at + t] as number) + (row[t] as number);
}
