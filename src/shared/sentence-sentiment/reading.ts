import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import { layerKey } from '../../document/layers.js';
import { loadOnce } from '../../data/load.js';
import { roundScore } from '../scores.js';
import { valenceLexicons, type ScorerId, type ValenceLexicon } from './lexicons.js';
import { combinedScore, labelOf, labelSign, scorerScores, sentenceFeatures, wordsFeatures } from './score.js';
import type { Voice } from '../../document/finding.js';
import { tokenQuote } from '../voices.js';
import type { SentimentEvidence, SentimentScore } from './types.js';
import { valenceHits, type ValenceHit } from './valence.js';
import { mapPacked } from '../arrays.js';

/** One sentence read for sentiment: its hits (which target sentiment reuses) and its score, whose `evidence[i]` is `hits[i]`'s. */
export interface SentenceReading {
  sentence: Sentence;
  hits: ValenceHit[];
  sentiment: SentimentScore;
}

/** The evidence of each hit, in the hits' (text) order, so `evidence[i]` is `hits[i]`'s. */
function evidenceOf(doc: NewsDocument, hits: readonly ValenceHit[]): SentimentEvidence[] {
  return mapPacked(hits, (hit) => {
    const start = (doc.tokens[hit.first] as Token).start;
    const end = (doc.tokens[hit.last] as Token).end;
    const quote = tokenQuote(doc, hit.first);
    const evidence: SentimentEvidence = { start, end, text: doc.text.slice(start, end), voice: quote ? 'quoted' : 'writer', weight: Math.round(hit.weight * 1000) / 1000, scorer: hit.scorer, negated: hit.negated };
    if (quote) evidence.quote = quote.id;
    return evidence;
  });
}

/** Each sentence's sentiment by sentence index, set by the sentiment stage (undefined for boilerplate). */
export const SENTENCE_SENTIMENT = layerKey<(SentimentScore | undefined)[]>('sentenceSentiment');

/** A sentence's sentiment: the sentiment stage's when it ran, else read now (the stage may be skipped). */
export function sentenceSentiment(doc: NewsDocument, sentence: Sentence): SentimentScore {
  return doc.layer(SENTENCE_SENTIMENT)?.[sentence.index] ?? readSentence(doc, sentence).sentiment;
}

export function readSentence(doc: NewsDocument, sentence: Sentence, lexicons: readonly ValenceLexicon[] = valenceLexicons()): SentenceReading {
  const hits = valenceHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, lexicons);
  const score = combinedScore(sentenceFeatures(doc.tokens, sentence.tokenStart, sentence.tokenEnd, hits, lexicons));
  return { sentence, hits, sentiment: { score: roundScore(score), label: labelOf(score), scorers: roundAll(scorerScores(hits, lexicons)), evidence: evidenceOf(doc, hits) } };
}

/**
 * A sentence's score in one voice, given how many of its words are in that voice: the sentence's
 * own score when they are all of it, else its evidence in that voice read over those words.
 */
export function voiceScore(sentiment: SentimentScore, voice: Voice, words: number, sentenceWords: number): number {
  if (words === sentenceWords) return sentiment.score;
  let known = voiceScores.get(sentiment);
  const cached = known?.[voice];
  if (cached?.words === words) return cached.score;
  // Plain pairs, not the evidence: objects of the evidence's shapes as well as the hits' made
  // scoring every sentence's hits (the same code) several times slower.
  const weights: Pick<ValenceHit, 'scorer' | 'weight'>[] = [];
  for (const item of sentiment.evidence) if (item.voice === voice) weights.push({ scorer: item.scorer, weight: item.weight });
  const score = roundScore(combinedScore(wordsFeatures(words, weights, valenceLexicons())));
  if (!known) voiceScores.set(sentiment, (known = {}));
  known[voice] = { words, score };
  return score;
}

/** A sentence's score in each voice, read once though the sentiment stage (for each part and the article) and the bias stage all ask. */
const voiceScores = new WeakMap<SentimentScore, Partial<Record<Voice, { words: number; score: number }>>>();

/**
 * How several sentences' scores add up: `mean`, the mean of their scores (a paragraph given to
 * `scoreSentiment`), or `net`, the share of them labelled positive less the share labelled
 * negative (an article and its parts: docs/SENTIMENT.md, "Article tone").
 */
export type Tally = 'mean' | 'net';

/**
 * The sentiment of several sentences (a section, the article): their score tallied as asked,
 * and each scorer's mean reading, so a long text is judged by how its sentences read, never
 * saturated by its length. `evidenceLimit` keeps the strongest pieces of evidence (by valence
 * relative to the scorer's range); the sentences themselves keep all of theirs.
 */
export function aggregate(readings: readonly SentenceReading[], evidenceLimit = Infinity, tally: Tally = 'mean'): SentimentScore {
  const lexicons = valenceLexicons();
  const scorers = {} as Record<ScorerId, number>;
  for (const lexicon of lexicons) scorers[lexicon.scorer] = 0;
  let score = 0;
  for (const { sentiment } of readings) {
    score += tally === 'net' ? labelSign(sentiment.score) : sentiment.score;
    for (const lexicon of lexicons) scorers[lexicon.scorer] += sentiment.scorers[lexicon.scorer];
  }
  const n = Math.max(1, readings.length);
  for (const lexicon of lexicons) scorers[lexicon.scorer] /= n;
  score /= n;
  const evidence = mapPacked(readings, (reading) => reading.sentiment.evidence);
  return { score: roundScore(score), label: labelOf(score), scorers: roundAll(scorers), evidence: strongest(evidence, evidenceLimit) };
}

/**
 * The evidence of the `limit` strongest words or phrases (each with every lexicon's reading of
 * it), strength being the largest valence relative to its lexicon's range; in the order given
 * (text order). One pass keeps the running top few, so an article's thousands of words are
 * never sorted; ties go to the earlier word.
 */
export function strongest(groups: readonly (readonly SentimentEvidence[])[], limit: number): SentimentEvidence[] {
  // No limit keeps every piece, in text order: no ranking to do (and none to pay for on a long text).
  if (limit === Infinity) return groups.flat();
  const maximum = maxima();
  // The spans kept, strongest first, each once, and their strengths: parallel arrays, so that
  // ranking an article's evidence allocates no object (nor a boxed number) per piece.
  const top: SentimentEvidence[] = [];
  const strengths: number[] = [];
  for (const group of groups) {
    for (const item of group) {
      const strength = Math.abs(item.weight) / maximum[item.scorer];
      // No stronger than the weakest of a full list: not kept, and not stronger than its own span's piece if that is in it.
      if (top.length >= limit && strength <= (strengths[top.length - 1] as number)) continue;
      const known = spanIndex(top, item);
      if (known >= 0) {
        if (strength <= (strengths[known] as number)) continue;
        removeAt(top, strengths, known);
      }
      let at = top.length;
      while (at > 0 && (strengths[at - 1] as number) < strength) at -= 1;
      insertAt(top, strengths, at, item, strength);
      if (top.length > limit) top.pop(), strengths.pop();
    }
  }
  const evidence: SentimentEvidence[] = [];
  for (const group of groups) for (const item of group) if (spanIndex(top, item) >= 0) evidence.push(item);
  return evidence;
}

// Places moved by hand, not by splice: each splice made an array of the pieces it removed, for every piece ranked.

/** Removes place `i` of a ranking (`top` and `strengths` side by side). */
function removeAt(top: SentimentEvidence[], strengths: number[], i: number): void {
  for (let j = i + 1; j < top.length; j += 1) (top[j - 1] = top[j] as SentimentEvidence), (strengths[j - 1] = strengths[j] as number);
  top.pop();
  strengths.pop();
}

/** Puts `item`, of `strength`, at place `i` of a ranking, the places from `i` on moving down one. */
function insertAt(top: SentimentEvidence[], strengths: number[], i: number, item: SentimentEvidence, strength: number): void {
  top.push(item);
  strengths.push(strength);
  for (let j = top.length - 1; j > i; j -= 1) (top[j] = top[j - 1] as SentimentEvidence), (strengths[j] = strengths[j - 1] as number);
  top[i] = item;
  strengths[i] = strength;
}

/** Each scorer's largest valence, read once: the lexicons do not change once loaded, and every aggregate and entity ranks evidence by it. */
function maxima(): Record<ScorerId, number> {
  return loadOnce('sentiment-scorer-maxima', () => {
    const byScorer = {} as Record<ScorerId, number>;
    for (const lexicon of valenceLexicons()) byScorer[lexicon.scorer] = lexicon.maximum;
    return byScorer;
  });
}

/** Where `spans` holds a span of `span`'s start and end, or -1 (a dozen spans at most: a walk). */
function spanIndex(spans: readonly SentimentEvidence[], span: SentimentEvidence): number {
  for (let i = 0; i < spans.length; i += 1) {
    const other = spans[i] as SentimentEvidence;
    if (other.start === span.start && other.end === span.end) return i;
  }
  return -1;
}

export function roundAll(scores: Record<ScorerId, number>): Record<ScorerId, number> {
  // for…in, in the same order as Object.keys, makes no array of keys: this runs for every sentence and target.
  for (const scorer in scores) scores[scorer as ScorerId] = roundScore(scores[scorer as ScorerId]);
  return scores;
}
