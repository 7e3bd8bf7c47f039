import { runPipeline } from '../../pipeline.js';
import { aggregate, readSentence } from '../../shared/sentence-sentiment/reading.js';
import { targetSentiment } from './index.js';
import { targetTokens } from './target.js';
import type { SentimentScore } from '../../shared/sentence-sentiment/types.js';

/** The sentiment of a text of any length: the mean of its sentences' scores, with all their evidence. */
export function scoreText(text: string): SentimentScore {
  const doc = runPipeline(text, 'tokens');
  return aggregate(doc.analysedSentences().map((sentence) => readSentence(doc, sentence)));
}

/**
 * The sentiment toward `target` in `text`, read in the sentence of the target's first word.
 * Throws a RangeError when the target covers no word of the text.
 */
export function scoreTarget(text: string, target: { start: number; end: number }): SentimentScore {
  const doc = runPipeline(text, 'tokens');
  const at = targetTokens(doc, target.start, target.end);
  const found = at && targetSentiment(doc, readSentence(doc, at.sentence), target.start, target.end);
  if (!found) throw new RangeError(`newslens.scoreTargetSentiment(text, target): target ${target.start}..${target.end} covers no word of the text`);
  return found.sentiment;
}
