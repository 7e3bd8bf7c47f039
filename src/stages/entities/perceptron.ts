import { tagFeatures } from './features.js';
import { allowed, canEnd, O, TAGS } from './tags.js';

/**
 * An averaged perceptron over BILOU tags, decoded greedily left to right (Collins 2002;
 * the design of Honnibal's and spaCy v1's taggers). Weights are a sparse table from feature
 * string to per-tag weights, shipped as a JSON data file with its provenance.
 */
export interface PerceptronData {
  id: string;
  version: string;
  source: string;
  licence: string;
  tags: string[];
  /** Weights are stored as integers: real weight × `scale`. */
  scale: number;
  /** feature → [tag, weight, tag, weight, …] */
  weights: Record<string, number[]>;
}

/** Index of the sentence start among the tags of the tokens before ("<s>" in tag features). */
const START = TAGS.length;
const TAG_NAMES: readonly string[] = [...TAGS, '<s>'];
type Row = Float64Array | undefined;

export class Perceptron {
  readonly weights: Map<string, Float64Array>;
  /**
   * The rows of tagFeatures(), found without building their strings: `t-1=P` by P's index,
   * `t-2|t-1=Q|P` by Q and P, `t-1|w=P|word` by word then P (START for "<s>").
   */
  private readonly previousRows: Row[];
  private readonly pairRows: Row[];
  private readonly previousWordRows = new Map<string, Row[]>();

  constructor(weights: Map<string, Float64Array>) {
    this.weights = weights;
    this.previousRows = TAG_NAMES.map((previous) => weights.get(`t-1=${previous}`));
    this.pairRows = TAG_NAMES.flatMap((beforePrevious) => TAG_NAMES.map((previous) => weights.get(`t-2|t-1=${beforePrevious}|${previous}`)));
    const prefix = 't-1|w=';
    for (const [feature, row] of weights) {
      if (!feature.startsWith(prefix)) continue;
      TAG_NAMES.forEach((previous, p) => {
        if (!feature.startsWith(`${previous}|`, prefix.length)) return;
        const word = feature.slice(prefix.length + previous.length + 1);
        let rows = this.previousWordRows.get(word);
        if (!rows) this.previousWordRows.set(word, (rows = TAG_NAMES.map(() => undefined)));
        rows[p] = row;
      });
    }
  }

  static fromData(data: PerceptronData): Perceptron {
    if (data.tags.join() !== TAGS.join()) throw new Error(`newslens: model ${data.id} was trained for other tags`);
    const weights = new Map<string, Float64Array>();
    for (const [feature, pairs] of Object.entries(data.weights)) {
      const row = new Float64Array(TAGS.length);
      for (let k = 0; k + 1 < pairs.length; k += 2) row[pairs[k] as number] = (pairs[k + 1] as number) / data.scale;
      weights.set(feature, row);
    }
    return new Perceptron(weights);
  }

  /** Adds the weights of `features` to `scores`. */
  addWeights(scores: Float64Array, features: readonly string[]): void {
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (row) for (let t = 0; t < scores.length; t += 1) scores[t] = (scores[t] as number) + (row[t] as number);
    }
  }

  /** The best tag that may follow `previous` (and may end the sentence when `last`). */
  best(scores: Float64Array, previous: number, last: boolean): number {
    let bestTag = O;
    let bestScore = -Infinity;
    for (let t = 0; t < scores.length; t += 1) {
      if (!allowed(previous, t) || (last && !canEnd(t))) continue;
      if ((scores[t] as number) > bestScore) {
        bestScore = scores[t] as number;
        bestTag = t;
      }
    }
    return bestTag;
  }

  /**
   * Tags a sentence given its tokens' static scores (see scoring.ts; token i's score for tag t
   * at i × TAGS.length + t) and lower-cased words. Adds the rows of tagFeatures() in its order,
   * so the sums are those of addWeights(scores, tagFeatures(…)).
   */
  tag(staticScores: Float64Array, lowers: readonly string[]): number[] {
    const size = TAGS.length;
    const tags = new Array<number>(lowers.length);
    const total = new Float64Array(size);
    let previous = START;
    let beforePrevious = START;
    for (let i = 0; i < lowers.length; i += 1) {
      for (let t = 0; t < size; t += 1) total[t] = staticScores[i * size + t] as number;
      addRow(total, this.previousRows[previous]);
      addRow(total, this.pairRows[beforePrevious * TAG_NAMES.length + previous]);
      addRow(total, this.previousWordRows.get(lowers[i] ?? '')?.[previous]);
      const tag = this.best(total, previous === START ? O : previous, i === lowers.length - 1);
      tags[i] = tag;
      beforePrevious = previous;
      previous = tag;
    }
    return tags;
  }
}

function addRow(scores: Float64Array, row: Row): void {
  if (row) for (let t = 0; t < scores.length; t += 1) scores[t] = (scores[t] as number) + (row[t] as number);
}

const tagName = (tags: readonly number[], k: number): string => (k < 0 ? '<s>' : (TAGS[tags[k] as number] as string));

/** All features of token `i`, given the tags chosen for the tokens before it. */
export function featuresAt(staticFeatures: readonly string[], lowers: readonly string[], tags: readonly number[], i: number): string[] {
  return [...staticFeatures, ...tagFeatures(lowers[i] ?? '', tagName(tags, i - 1), tagName(tags, i - 2))];
}
