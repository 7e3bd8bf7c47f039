import { NUMERIC_TYPES, type NewsDocument } from '../../document/document.js';
import { layerKey } from '../../document/layers.js';
import { roundScore } from '../../shared/scores.js';
import { aggregate, readSentence, SENTENCE_SENTIMENT, voiceScore, type SentenceReading } from '../../shared/sentence-sentiment/reading.js';
import { labelOf, labelSign } from '../../shared/sentence-sentiment/score.js';
import { partGroups } from '../../shared/parts.js';
import { targetTokens } from './target.js';
import { combineTargets, targetSentiment, targetsTone, type TargetSentiment } from './tone.js';
import type { SentimentScore, VoiceTone, VoiceTones } from '../../shared/sentence-sentiment/types.js';
import { sentenceVoiceWords, voiceAt, VoiceMean, VOICES } from '../../shared/voices.js';
import type { Voice } from '../../document/finding.js';
import type { ArticleSentiment, EntitySentiment, PartSentiment } from './types.js';

/** Aggregates (sections, the article) keep this many of their strongest pieces of evidence; entities keep as many (tone.ts). */
const AGGREGATE_EVIDENCE = 10;

/** The sentiment of a whole text: the mean of its sentences' scores, with all their evidence. */
export function textSentiment(doc: NewsDocument): SentimentScore {
  return aggregate(doc.analysedSentences().map((sentence) => readSentence(doc, sentence)));
}

/** The sentiment toward the words at `start..end`, read in the sentence of their first word; undefined when they cover no word. */
export function spanSentiment(doc: NewsDocument, start: number, end: number): SentimentScore | undefined {
  const at = targetTokens(doc, start, end);
  return at && targetSentiment(doc, readSentence(doc, at.sentence), start, end, 'sentence')?.sentiment;
}

/** The sentiment of the article, its headline, body and parts. */
export const SENTIMENT = layerKey<ArticleSentiment>('sentiment');

/** How the article speaks of each entity, by index into `doc.entities` (undefined where no mention was read). */
export const ENTITY_SENTIMENT = layerKey<(EntitySentiment | undefined)[]>('entitySentiment');

/** The tone toward each named entity in the writer's words and in quoted words, by index into `doc.entities` (undefined for numeric entities). */
export const ENTITY_VOICE_TONES = layerKey<(VoiceTones | undefined)[]>('entityVoiceTones');

/** An entity's mention read for sentiment: its tone, its sentence and its voice. */
interface MentionTarget extends TargetSentiment {
  sentence: number;
  voice: Voice;
}

/** A sentence's reading and its words in each voice. */
interface VoicedReading extends SentenceReading {
  words: Record<Voice, number>;
}

/**
 * Sentiment stage: scores every sentence outside boilerplate, then each part of the article,
 * the article, the headline against the body, and each named entity over its mentions.
 */
export function sentimentStage(doc: NewsDocument): void {
  const readings = new Map<number, VoicedReading>();
  const sentences: (SentimentScore | undefined)[] = new Array(doc.sentences.length).fill(undefined);
  for (const sentence of doc.analysedSentences()) {
    const { hits, sentiment } = readSentence(doc, sentence);
    // Field by field, as the mentions' targets below: no spread followed by a new key.
    const reading: VoicedReading = { sentence, hits, sentiment, words: sentenceVoiceWords(doc, sentence) };
    sentences[sentence.index] = reading.sentiment;
    readings.set(sentence.index, reading);
  }
  doc.setLayer(SENTENCE_SENTIMENT, sentences);
  doc.setLayer(SENTIMENT, articleSentiment(doc, [...readings.values()]));
  const entityTargets = doc.entities.map((entity) => {
    if (NUMERIC_TYPES.has(entity.type)) return undefined;
    const targets: MentionTarget[] = [];
    for (const mention of entity.mentions) {
      const reading = mention.boilerplate ? undefined : readings.get(mention.sentence);
      if (!reading) continue;
      const target = targetSentiment(doc, reading, mention.start, mention.end, 'clause');
      // Written out field by field: a spread followed by new keys takes V8's slow path (docs/ARCHITECTURE.md, NewsDocument.span).
      if (target) targets.push({ sentiment: target.sentiment, probabilities: target.probabilities, sentence: mention.sentence, voice: voiceAt(doc, mention.start) });
    }
    return targets;
  });
  const combined = entityTargets.map((targets) => (targets && targets.length > 0 ? combineTargets(targets) : undefined));
  doc.setLayer(ENTITY_SENTIMENT, combined);
  doc.setLayer(
    ENTITY_VOICE_TONES,
    entityTargets.map((targets, k) => targets && entityVoiceTones(targets, combined[k], readings)),
  );
}

/**
 * The tone toward an entity in each voice: its mentions in that voice combined as all of them
 * are (`all`, when every mention is in that voice), over the words in that voice of the
 * sentences that mention it.
 */
function entityVoiceTones(targets: readonly MentionTarget[], all: EntitySentiment | undefined, readings: ReadonlyMap<number, VoicedReading>): VoiceTones {
  const tone = (voice: Voice): VoiceTone | null => {
    const own: MentionTarget[] = [];
    let words = 0;
    let lastSentence = -1;
    // Mentions come in text order, so a sentence's mentions in one voice are next to each other in `own`.
    for (const target of targets) {
      if (target.voice !== voice) continue;
      own.push(target);
      if (target.sentence !== lastSentence) words += (readings.get(target.sentence) as VoicedReading).words[voice];
      lastSentence = target.sentence;
    }
    if (own.length === 0) return null;
    const { score, label } = own.length === targets.length ? (all as EntitySentiment) : targetsTone(own);
    return { score, label, words };
  };
  return { writer: tone('writer'), quoted: tone('quoted') };
}

/**
 * The net tone of each voice over some sentences (docs/SENTIMENT.md): each sentence's stretch
 * in that voice counts +1, -1 or 0 by its label, weighing its share of the sentence's words.
 */
function voiceTones(readings: readonly VoicedReading[]): VoiceTones {
  const tones = {} as VoiceTones;
  for (const voice of VOICES) {
    const mean = new VoiceMean();
    for (const { sentiment, words } of readings) {
      const sentenceWords = words.writer + words.quoted;
      if (words[voice] > 0) mean.add(labelSign(voiceScore(sentiment, voice, words[voice], sentenceWords)), words[voice], sentenceWords);
    }
    const score = mean.mean();
    tones[voice] = score === null ? null : { score: roundScore(score), label: labelOf(score), words: mean.words };
  }
  return tones;
}

function articleSentiment(doc: NewsDocument, readings: VoicedReading[]): ArticleSentiment {
  const parts: PartSentiment[] = partGroups(doc, readings, (reading) => reading.sentence).map(({ part, section, items }) => {
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
