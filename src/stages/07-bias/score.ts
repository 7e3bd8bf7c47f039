import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import type { BiasCategory, BiasMarker } from './types.js';
import { mapPacked } from '../../shared/arrays.js';

export const CATEGORIES: readonly BiasCategory[] = ['epistemological', 'reporting', 'vague_attribution', 'loaded_label', 'evaluative', 'booster', 'speculation', 'agentless_passive', 'scare_quotes', 'informal'];

/**
 * The word classes whose share of a stretch's words the score reads: adjectives and adverbs are
 * the classic clues of subjective language (Hatzivassiloglou & Wiebe 2000; Wiebe et al. 2004),
 * numbers and proper nouns mark factual reporting, pronouns a personal, involved register (Biber 1988).
 */
export const WORD_CLASSES = ['ADJ', 'ADV', 'NUM', 'PROPN', 'PRON'] as const;

/** What the score reads in a sentence, or in one voice's stretch of it, besides its markers. */
export interface StretchReading {
  /** Word tokens. */
  words: number;
  /** |sentiment score| of the stretch (docs/SENTIMENT.md). */
  sentimentStrength: number;
  /** Distinct words a sentiment lexicon scores, and of those the negative and the positive ones. */
  scoredWords: number;
  negativeWords: number;
  positiveWords: number;
  /** Word tokens of each WORD_CLASSES class, in its order. */
  classWords: number[];
}

/**
 * A stretch's features for its bias score, in FEATURE_NAMES order: per category, log(1 + markers);
 * its sentiment strength; its subjectivity (the share of its words a sentiment lexicon scores);
 * log(1 + words), since the same markers weigh less in a longer sentence; the share of its words
 * in each word class; log(1 + negative words) and log(1 + positive words).
 */
export function biasFeatures(markers: readonly BiasMarker[], reading: StretchReading): number[] {
  // One array appended to in order, with no spread or closure: this runs for every sentence and
  // every voice of a mixed one, and a holey array filled, then grown, was copied twice per call.
  const features: number[] = [];
  for (const category of CATEGORIES) {
    let count = 0;
    for (const marker of markers) if (marker.category === category) count += 1;
    features.push(Math.log1p(count));
  }
  const { words } = reading;
  features.push(reading.sentimentStrength, words > 0 ? reading.scoredWords / words : 0, Math.log1p(words));
  for (const count of reading.classWords) features.push(words > 0 ? count / words : 0);
  features.push(Math.log1p(reading.negativeWords), Math.log1p(reading.positiveWords));
  return features;
}

interface WeightsFile extends LexiconInfo {
  intercept: number;
  /** One weight per feature, by name (FEATURE_NAMES). */
  weights: Record<string, number>;
}

export const FEATURE_NAMES: readonly string[] = [...CATEGORIES, 'sentimentStrength', 'subjectivity', 'words', ...mapPacked(WORD_CLASSES, (name) => `share:${name}`), 'negativeWords', 'positiveWords'];

const weightsFile = (): WeightsFile => loadOnce('bias-weights', () => readDataFile<WeightsFile>('models/bias-weights.json'));

/** The weights in FEATURE_NAMES order (0 for a feature the file leaves out), read by place rather than by name for every sentence. */
const weightVector = (): number[] => loadOnce('bias-weight-vector', () => mapPacked(FEATURE_NAMES, (name) => weightsFile().weights[name] ?? 0));

/** 0..1: the fitted logistic model's probability that the sentence reads as biased. */
export function biasScore(features: readonly number[]): number {
  const weights = weightVector();
  let z = weightsFile().intercept;
  for (let k = 0; k < weights.length; k += 1) z += (weights[k] as number) * (features[k] as number);
  return 1 / (1 + Math.exp(-z));
}

export function biasWeightsInfo(): LexiconInfo {
  const { id, version, source, licence } = weightsFile();
  return { id, version, source, licence };
}
