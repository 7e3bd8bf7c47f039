import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import type { BiasCategory, BiasMarker } from './types.js';

export const CATEGORIES: readonly BiasCategory[] = ['epistemological', 'reporting', 'vague_attribution', 'loaded_label', 'evaluative', 'booster', 'speculation', 'agentless_passive', 'scare_quotes', 'informal'];

/**
 * A sentence's features for its bias score: per category, log(1 + markers); the strength of
 * its sentiment (|score|); and its subjectivity, the share of its words a sentiment lexicon
 * scores. In CATEGORIES order, then strength, then subjectivity.
 */
export function biasFeatures(markers: readonly BiasMarker[], sentimentStrength: number, subjectivity: number): number[] {
  const counts = new Array<number>(CATEGORIES.length).fill(0);
  for (const marker of markers) counts[CATEGORIES.indexOf(marker.category)] = (counts[CATEGORIES.indexOf(marker.category)] as number) + 1;
  return [...counts.map(Math.log1p), sentimentStrength, subjectivity];
}

interface WeightsFile extends LexiconInfo {
  intercept: number;
  /** One weight per feature, by name: the categories, then `sentimentStrength`, `subjectivity`. */
  weights: Record<string, number>;
}

export const FEATURE_NAMES: readonly string[] = [...CATEGORIES, 'sentimentStrength', 'subjectivity'];

const weightsFile = (): WeightsFile => loadOnce('bias-weights', () => readDataFile<WeightsFile>('models/bias-weights.json'));

/** 0..1: the fitted logistic model's probability that the sentence reads as biased. */
export function biasScore(features: readonly number[]): number {
  const { intercept, weights } = weightsFile();
  let z = intercept;
  FEATURE_NAMES.forEach((name, k) => (z += (weights[name] ?? 0) * (features[k] as number)));
  return 1 / (1 + Math.exp(-z));
}

export function biasWeightsInfo(): LexiconInfo {
  const { id, version, source, licence } = weightsFile();
  return { id, version, source, licence };
}
