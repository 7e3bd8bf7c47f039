import type { NewsDocument } from '../../document/document.js';
import { layerKey } from '../../document/layers.js';
import { roundScore } from '../../shared/scores.js';
import { aggregate, readSentence, SENTENCE_SENTIMENT, voiceScore, type SentenceReading } from '../../shared/sentence-sentiment/reading.js';
import { labelOf, labelSign } from '../../shared/sentence-sentiment/score.js';
import { partGroups } from '../../shared/parts.js';
import { targetTokens } from './target.js';
import { targetSentiment } from './tone.js';
import { entityTones, type VoicedReading } from './entity-tone.js';
import type { SentimentScore, VoiceTones } from '../../shared/sentence-sentiment/types.js';
import { sentenceVoiceWords, VoiceMean, VOICES } from '../../shared/voices.js';
import type { Voice } from '../../document/finding.js';
import type { ArticleSentiment, PartSentiment } from './types.js';
import { mapPacked } from '../../shared/arrays.js';

export { ENTITY_SENTIMENT, ENTITY_VOICE_TONES } from './entity-tone.js';

/** Aggregates (sections, the article) keep this many of their strongest pieces of evidence; entities keep as many (tone.ts). */
const AGGREGATE_EVIDENCE = 10;

/** The sentiment of a whole text: the mean of its sentences' scores, with all their evidence. */
export function textSentiment(doc: NewsDocument): SentimentScore {
  return aggregate(mapPacked(doc.analysedSentences(), (sentence) => readSentence(doc, sentence)));
}

/** The sentiment toward the words at `start..end`, read in the sentence of their first word; undefined when they cover no word. */
export function spanSentiment(doc: NewsDocument, start: number, end: number): SentimentScore | undefined {
  const at = targetTokens(doc, start, end);
  return at && targetSentiment(doc, readSentence(doc, at.sentence), start, end, 'sentence')?.sentiment;
}

/** The sentiment of the article, its headline, body and parts. */
export const SENTIMENT = layerKey<ArticleSentiment>('sentiment');

/**
 * Sentiment stage: scores every sentence outside boilerplate, then each part of the article,
 * the article, the headline against the body, and each named entity over its mentions.
 */
export function sentimentStage(doc: NewsDocument): void {
  const readings = new Map<number, VoicedReading>();
  const sentences: (SentimentScore | undefined)[] = new Array(doc.sentences.length).fill(undefined);
  for (const sentence of doc.analysedSentences()) {
    const { hits, sentiment } = readSentence(doc, sentence);
    const words = sentenceVoiceWords(doc, sentence);
    // Field by field, as the mentions' targets below: no spread followed by a new key.
    const reading: VoicedReading = { sentence, hits, sentiment, words, signs: { writer: voiceSign(sentiment, 'writer', words), quoted: voiceSign(sentiment, 'quoted', words) } };
    sentences[sentence.index] = reading.sentiment;
    readings.set(sentence.index, reading);
  }
  doc.setLayer(SENTENCE_SENTIMENT, sentences);
  doc.setLayer(SENTIMENT, articleSentiment(doc, [...readings.values()]));
  entityTones(doc, readings);
}

/** The sign of the label of a sentence's stretch in `voice` (voiceScore), read once for the article and its part; 0 where the voice has no words. */
function voiceSign(sentiment: SentimentScore, voice: Voice, words: Record<Voice, number>): number {
  return words[voice] > 0 ? labelSign(voiceScore(sentiment, voice, words[voice], words.writer + words.quoted)) : 0;
}

/**
 * The net tone of each voice over some sentences (docs/SENTIMENT.md): each sentence's stretch
 * in that voice counts +1, -1 or 0 by its label, weighing its share of the sentence's words.
 */
function voiceTones(readings: readonly VoicedReading[]): VoiceTones {
  const tones = {} as VoiceTones;
  for (const voice of VOICES) {
    const mean = new VoiceMean();
    for (const { signs, words } of readings) if (words[voice] > 0) mean.add(signs[voice], words[voice], words.writer + words.quoted);
    const score = mean.mean();
    tones[voice] = score === null ? null : { score: roundScore(score), label: labelOf(score), words: mean.words };
  }
  return tones;
}

function articleSentiment(doc: NewsDocument, readings: VoicedReading[]): ArticleSentiment {
  const parts: PartSentiment[] = mapPacked(partGroups(doc, readings, (reading) => reading.sentence), ({ part, section, items }) => {
    const start = (items[0] as SentenceReading).sentence.start;
    const end = (items[items.length - 1] as SentenceReading).sentence.end;
    return { part, section, start, end, text: doc.text.slice(start, end), sentiment: aggregate(items, AGGREGATE_EVIDENCE, 'net'), voices: voiceTones(items) };
  });
  const headline = readings.filter((r) => r.sentence.part === 'title');
  const body = readings.filter((r) => r.sentence.part === 'body');
  const scored = readings.filter((r) => SCORED_PARTS.has(r.sentence.part));
  const headlineScore = headline.length > 0 ? aggregate(headline, AGGREGATE_EVIDENCE, 'net') : null;
  const bodyScore = body.length > 0 ? aggregate(body, AGGREGATE_EVIDENCE, 'net') : null;
  return {
    article: aggregate(scored, AGGREGATE_EVIDENCE, 'net'),
    headline: headlineScore,
    body: bodyScore,
    headlineVsBody: headlineScore && bodyScore ? roundScore(headlineScore.score - bodyScore.score) : null,
    voices: voiceTones(scored),
    parts,
  };
}

const SCORED_PARTS = new Set(['title', 'subtitle', 'heading', 'body']);
