import { countWords, type Token } from '../../document/document.js';
import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { SCORERS, type ScorerId, type ValenceLexicon } from './lexicons.js';
import { RULES } from './rules.js';
import type { SentimentLabel } from './types.js';
import type { ValenceHit } from './valence.js';

/**
 * Per lexicon (in the given order), the sum of its hits' shifted valences on VADER's -4..4
 * scale, negative ones times `negativeWeight`, into `sums`, and their number into `counts`: one
 * pass over the hits, each added to its lexicon's sum in hit order (as a pass per lexicon
 * would), and no object built: this runs for every sentence, every voice of a mixed sentence
 * and every target. `sums` and `counts` are the module's own, read before the next call.
 */
function scaledSums(hits: readonly Pick<ValenceHit, 'scorer' | 'weight'>[], lexicons: readonly ValenceLexicon[], negativeWeight: number): void {
  if (sums.length < lexicons.length) (sums = new Float64Array(lexicons.length)), (counts = new Int32Array(lexicons.length));
  sums.fill(0, 0, lexicons.length);
  counts.fill(0, 0, lexicons.length);
  for (let h = 0; h < hits.length; h += 1) {
    const hit = hits[h] as Pick<ValenceHit, 'scorer' | 'weight'>;
    for (let i = 0; i < lexicons.length; i += 1) {
      const lexicon = lexicons[i] as ValenceLexicon;
      if (hit.scorer !== lexicon.scorer) continue;
      sums[i] = (sums[i] as number) + ((hit.weight < 0 ? hit.weight * negativeWeight : hit.weight) / lexicon.maximum) * 4;
      counts[i] = (counts[i] as number) + 1;
      break;
    }
  }
}

let sums = new Float64Array(SCORERS.length);
let counts = new Int32Array(SCORERS.length);

/**
 * What a sentence's hits say, per scorer, on VADER's -4..4 scale, negative valences weighing
 * more (readers weigh bad news more than good: Taboada et al. 2011): the sum of the shifted
 * valences divided by the square root of the sentence's word count (so a long sentence does
 * not score higher just for having more words), and the mean valence of the hits (how strong
 * the words are, whatever their number). Two numbers per scorer, in SCORERS order.
 */
export function sentenceFeatures(tokens: readonly Token[], from: number, to: number, hits: readonly ValenceHit[], lexicons: readonly ValenceLexicon[], negativeWeight = RULES.negativeWeight): number[] {
  return wordsFeatures(countWords(tokens, from, to), hits, lexicons, negativeWeight);
}

/** `sentenceFeatures` of some words, given their count and their hits (or evidence: a scorer and a weight each); `negativeWeight` 1 reads praise and blame alike (entity tone). */
export function wordsFeatures(words: number, hits: readonly Pick<ValenceHit, 'scorer' | 'weight'>[], lexicons: readonly ValenceLexicon[], negativeWeight = RULES.negativeWeight): number[] {
  scaledSums(hits, lexicons, negativeWeight);
  const features: number[] = [];
  for (let i = 0; i < lexicons.length; i += 1) {
    const sum = sums[i] as number;
    const count = counts[i] as number;
    features.push(sum / Math.sqrt(words + 1), count > 0 ? sum / count / 4 : 0);
  }
  return features;
}

/** One scorer's own reading: its valence sum squashed into -1..1 as VADER's compound score is. */
export function scorerScores(hits: readonly ValenceHit[], lexicons: readonly ValenceLexicon[]): Record<ScorerId, number> {
  scaledSums(hits, lexicons, 1);
  const scores = {} as Record<ScorerId, number>;
  for (let i = 0; i < lexicons.length; i += 1) {
    const sum = sums[i] as number;
    scores[(lexicons[i] as ValenceLexicon).scorer] = sum / Math.sqrt(sum * sum + COMPOUND_ALPHA);
  }
  return scores;
}

/** VADER's normalisation constant: a valence sum of ±15 reads as ±0.97. */
const COMPOUND_ALPHA = 15;

interface WeightsFile extends LexiconInfo {
  /** Per scorer, the weight of its length-normalised sum and of its mean hit valence. */
  weights: Record<ScorerId, { sum: number; mean: number }>;
}

function weightsFile(): WeightsFile {
  return loadOnce('sentiment-weights', () => readDataFile<WeightsFile>('models/sentiment-weights.json'));
}

/** The combined score of a sentence: the fitted weighting of its features, within -1..1. */
export function combinedScore(features: readonly number[]): number {
  const { weights } = weightsFile();
  let score = 0;
  for (let k = 0; k < SCORERS.length; k += 1) {
    const { sum, mean } = weights[SCORERS[k] as ScorerId];
    score += sum * (features[2 * k] as number) + mean * (features[2 * k + 1] as number);
  }
  return Math.max(-1, Math.min(1, score));
}

export function sentimentWeightsInfo(): LexiconInfo {
  const { id, version, source, licence } = weightsFile();
  return { id, version, source, licence };
}

/** Scores within ±NEUTRAL_BAND are neutral: the VADER paper's cut-off of 0.05. */
const NEUTRAL_BAND = 0.05;

export function labelOf(score: number): SentimentLabel {
  return score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}

/** 1 for a score labelled positive, -1 for negative, 0 for neutral: a sentence's share in an article's net tone. */
export function labelSign(score: number): number {
  return score >= NEUTRAL_BAND ? 1 : score <= -NEUTRAL_BAND ? -1 : 0;
}
