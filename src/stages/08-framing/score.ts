import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';

/** One frame's logistic model over named, standardised features. */
export interface FrameModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  /** Already shifted by the logit of the F1-best threshold, so the frame is present at 0.5. */
  intercept: number;
}

export interface FramingWeightsFile extends LexiconInfo {
  generic: Record<string, FrameModel>;
  /** The fit's own figures: 5-fold cross-validated F1 on the development file. */
  crossValidated: Record<string, unknown>;
}

export const framingWeights = (): FramingWeightsFile => loadOnce('framing-weights', () => readDataFile<FramingWeightsFile>('models/framing-weights.json'));

/** 0..1: the frame model's score for a span's features; the frame is present from 0.5. */
export function frameScore(model: FrameModel, features: Readonly<Record<string, number>>): number {
  let z = model.intercept;
  model.features.forEach((name, j) => (z += ((model.weights[j] as number) * ((features[name] ?? 0) - (model.mean[j] as number))) / (model.scale[j] as number)));
  return 1 / (1 + Math.exp(-z));
}

/**
 * A policy frame's score from its share s of the span's different policy cue words among n
 * frames: s / (s + 1/n), so 0.5 when the frame has exactly its even share and present from it. No
 * weights: the one data set with these labels (SemEval-2023) is licensed for evaluation only.
 */
export const shareScore = (share: number, frames: number): number => share / (share + 1 / frames);

/** A user's frame of its own: cues per 100 words d scored d / (1 + d), so present from one cue per 100 words. */
export const densityScore = (rate: number): number => rate / (1 + rate);

export function framingWeightsInfo(): LexiconInfo {
  const { id, version, source, licence } = framingWeights();
  return { id, version, source, licence };
}
