import { countWords, type NewsDocument, type Sentence } from '../../document/document.js';
import { roundScore } from '../../shared/scores.js';
import { partGroups, type PartName } from '../../shared/parts.js';
import { sentenceSentiment } from '../../shared/sentence-sentiment/reading.js';
import { layerKey } from '../../document/layers.js';
import { sentenceMarkers } from './markers.js';
import { biasFeatures, biasScore, CATEGORIES } from './score.js';
import type { BiasCategory, BiasMarker, BiasReport, SentenceBias } from './types.js';

/** A part of the article (title, subtitle, a heading, a section's body) with its own report. */
export interface PartBias {
  part: PartName;
  section: number | null;
  start: number;
  end: number;
  text: string;
  score: number;
  counts: Record<BiasCategory, number>;
  rates: Record<BiasCategory, number>;
}

export interface ArticleBias extends BiasReport {
  parts: PartBias[];
}

/**
 * A sentence's markers, word count and score features (markers per category, sentiment
 * strength, subjectivity: the share of its words a sentiment lexicon scores). Its sentiment
 * comes from the sentiment stage when that ran. scripts/fit-bias.ts fits on these features.
 */
export function sentenceEvidence(doc: NewsDocument, sentence: Sentence): { markers: BiasMarker[]; words: number; features: number[] } {
  const markers = sentenceMarkers(doc, sentence);
  const sentiment = sentenceSentiment(doc, sentence);
  const words = countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
  const scored = new Set(sentiment.evidence.map((item) => item.start)).size;
  return { markers, words, features: biasFeatures(markers, Math.abs(sentiment.score), words > 0 ? scored / words : 0) };
}

/** One sentence's markers and score. */
export function sentenceBias(doc: NewsDocument, sentence: Sentence): SentenceBias & { words: number } {
  const { markers, words, features } = sentenceEvidence(doc, sentence);
  return { start: sentence.start, end: sentence.end, text: sentence.text, sentence: sentence.index, score: roundScore(biasScore(features)), markers, words };
}

/** The report over some sentences: their mean score, every marker, and counts and rates per category. */
export function report(sentences: readonly (SentenceBias & { words: number })[]): BiasReport {
  const counts = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<BiasCategory, number>;
  const markers: BiasMarker[] = [];
  let words = 0;
  let score = 0;
  for (const sentence of sentences) {
    words += sentence.words;
    score += sentence.score / sentences.length;
    for (const marker of sentence.markers) {
      counts[marker.category] += 1;
      markers.push(marker);
    }
  }
  const rates = Object.fromEntries(CATEGORIES.map((category) => [category, words > 0 ? Math.round((counts[category] / words) * 1e6) / 1e4 : 0])) as Record<BiasCategory, number>;
  return { score: roundScore(score), markers, counts, rates, sentences: sentences.map(({ words: _, ...sentence }) => sentence) };
}

/** Bias markers and scores of a whole text read sentence by sentence, without the article's parts. */
export function textBias(doc: NewsDocument): BiasReport {
  return report(doc.analysedSentences().map((sentence) => sentenceBias(doc, sentence)));
}

/** The article's bias markers and scores. */
export const BIAS = layerKey<ArticleBias>('bias');

/** Bias stage: markers and a score for every sentence outside boilerplate, then each part and the article. */
export function biasStage(doc: NewsDocument): void {
  const sentences = doc.analysedSentences().map((sentence) => sentenceBias(doc, sentence));
  const parts = partGroups(doc, sentences, (sentence) => doc.sentences[sentence.sentence] as Sentence).map(({ part, section, items }): PartBias => {
    const { score, counts, rates } = report(items);
    const start = (items[0] as SentenceBias).start;
    const end = (items[items.length - 1] as SentenceBias).end;
    return { part, section, start, end, text: doc.text.slice(start, end), score, counts, rates };
  });
  doc.setLayer(BIAS, { ...report(sentences), parts });
}
