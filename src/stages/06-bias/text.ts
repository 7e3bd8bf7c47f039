import { runPipeline } from '../../pipeline.js';
import { report, sentenceBias } from './index.js';
import type { BiasReport } from './types.js';

/** Bias markers and scores of a text of any length, read sentence by sentence. */
export function detectText(text: string): BiasReport {
  const doc = runPipeline(text, 'tokens');
  return report(doc.analysedSentences().map((sentence) => sentenceBias(doc, sentence)));
}
