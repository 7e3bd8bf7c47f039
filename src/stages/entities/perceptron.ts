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

export class Perceptron {
  readonly weights: Map<string, Float64Array>;

  constructor(weights: Map<string, Float64Array>) {
    this.weights = weights;
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

  /** Tags a sentence given each token's static scores (see scoring.ts) and lower-cased word. */
  tag(staticScores: readonly Float64Array[], lowers: readonly string[]): number[] {
    const tags: number[] = [];
    staticScores.forEach((scores, i) => {
      const total = Float64Array.from(scores);
      this.addWeights(total, tagFeatures(lowers[i] ?? '', tagName(tags, i - 1), tagName(tags, i - 2)));
      tags.push(this.best(total, tags[i - 1] ?? O, i === staticScores.length - 1));
    });
    return tags;
  }
}

const tagName = (tags: readonly number[], k: number): string => (k < 0 ? '<s>' : (TAGS[tags[k] as number] as string));

/** All features of token `i`, given the tags chosen for the tokens before it. */
export function featuresAt(staticFeatures: readonly string[], lowers: readonly string[], tags: readonly number[], i: number): string[] {
  return [...staticFeatures, ...tagFeatures(lowers[i] ?? '', tagName(tags, i - 1), tagName(tags, i - 2))];
}
