/**
 * Tone toward a target and toward an entity, under one rule: no evidence, no tone. A mention
 * whose clause holds no lexicon word is neutral at 0 whatever the classifier's context words
 * and bias say, and an entity none of whose mentions bears evidence is neutral with confidence 0
 * (docs/SENTIMENT.md).
 */
import type { NewsDocument } from '../../document/document.js';
import { valenceLexicons, type ScorerId } from '../../shared/sentence-sentiment/lexicons.js';
import { roundAll, strongest, type SentenceReading } from '../../shared/sentence-sentiment/reading.js';
import { scorerScores } from '../../shared/sentence-sentiment/score.js';
import type { SentimentEvidence, SentimentLabel, SentimentScore } from '../../shared/sentence-sentiment/types.js';
import type { ValenceHit } from '../../shared/sentence-sentiment/valence.js';
import { roundScore } from '../../shared/scores.js';
import { readTarget, targetTokens } from './target.js';
import type { EntitySentiment } from './types.js';

/** An entity keeps this many of its strongest pieces of evidence. */
const ENTITY_EVIDENCE = 10;

/** A target's sentiment, and the classifier's probabilities behind it (all on `neutral` when nothing bears on the target). */
export interface TargetSentiment {
  sentiment: SentimentScore;
  probabilities: Record<SentimentLabel, number>;
}

const NO_TONE: Record<SentimentLabel, number> = { negative: 0, neutral: 1, positive: 0 };

/**
 * Where a target's evidence may come from: its own clause only (an entity's mentions), or, when
 * the clause has none, the rest of its sentence, whose words the classifier read too
 * (`scoreTargetSentiment`, one target in one sentence).
 */
export type EvidenceScope = 'clause' | 'sentence';

/**
 * The sentiment toward the words at `start`..`end` of a sentence, or undefined when the span
 * covers no token: the target classifier's call, with the lexicon evidence of `scope`.
 * `score` is P(positive) - P(negative); without evidence it is 0 and the label neutral.
 */
export function targetSentiment(doc: NewsDocument, { sentence, hits, sentiment }: SentenceReading, start: number, end: number, scope: EvidenceScope): TargetSentiment | undefined {
  const at = targetTokens(doc, start, end, sentence);
  if (!at) return undefined;
  const reading = readTarget(doc, sentence, at.first, at.last, hits);
  const inScope: ValenceHit[] = [];
  const evidence: SentimentEvidence[] = [];
  hits.forEach((hit, i) => {
    // The target's own words say nothing about it ("Lowe" read as "low", "Progress" in a name).
    if (hit.first < reading.clauseStart || hit.last >= reading.clauseEnd || (hit.last >= at.first && hit.first <= at.last)) return;
    inScope.push(hit);
    evidence.push(sentiment.evidence[i] as SentimentEvidence);
  });
  if (evidence.length === 0 && scope === 'sentence') {
    inScope.push(...hits);
    evidence.push(...sentiment.evidence);
  }
  const scorers = roundAll(scorerScores(inScope, valenceLexicons()));
  if (evidence.length === 0) return { sentiment: { score: 0, label: 'neutral', scorers, evidence }, probabilities: { ...NO_TONE } };
  const score = reading.probabilities.positive - reading.probabilities.negative;
  return { sentiment: { score: roundScore(score), label: reading.label, scorers, evidence }, probabilities: reading.probabilities };
}

/**
 * The score and label of the mentions with evidence (`toned`, at least one): the mean score, and
 * the class with the highest mean probability (ties go to neutral), with those probabilities.
 */
function meanTone(toned: readonly TargetSentiment[]): { score: number; label: SentimentLabel; probabilities: Record<SentimentLabel, number> } {
  const n = toned.length;
  const probabilities: Record<SentimentLabel, number> = { negative: 0, neutral: 0, positive: 0 };
  let score = 0;
  for (const { sentiment, probabilities: p } of toned) {
    score += sentiment.score / n;
    for (const label of LABELS) probabilities[label] += p[label] / n;
  }
  const label = LABELS.reduce((best, next) => (probabilities[next] > probabilities[best] ? next : best));
  return { score: roundScore(score), label, probabilities };
}

/**
 * The score and label `combineTargets` gives the same targets, without the scorers and evidence
 * it also gathers and ranks (an entity's tone in one voice needs only these).
 */
export function targetsTone(targets: readonly TargetSentiment[]): { score: number; label: SentimentLabel } {
  const toned = targets.filter((target) => target.sentiment.evidence.length > 0);
  if (toned.length === 0) return { score: 0, label: 'neutral' };
  const { score, label } = meanTone(toned);
  return { score, label };
}

/**
 * An entity's sentiment over its mentions. Only mentions with evidence carry tone: the score and
 * lexicon readings are their mean, the label the class with the highest mean probability over
 * them (ties go to neutral). `confidence` is that label's mean probability times the share of
 * mentions with evidence, so 0 when no mention has any.
 */
export function combineTargets(targets: readonly TargetSentiment[]): EntitySentiment {
  const toned = targets.filter((target) => target.sentiment.evidence.length > 0);
  const n = toned.length;
  const scorers = {} as Record<ScorerId, number>;
  for (const lexicon of valenceLexicons()) scorers[lexicon.scorer] = 0;
  if (n === 0) return { score: 0, label: 'neutral', confidence: 0, scorers, evidence: [], mentions: targets.length };
  const { score, label, probabilities } = meanTone(toned);
  // Mentions in one clause share its evidence objects: each is kept once.
  const evidence = new Set<SentimentEvidence>();
  for (const { sentiment } of toned) {
    for (const [scorer, value] of Object.entries(sentiment.scorers) as [ScorerId, number][]) scorers[scorer] += value / n;
    for (const item of sentiment.evidence) evidence.add(item);
  }
  const confidence = (probabilities[label] * n) / targets.length;
  return { score, label, confidence: roundScore(confidence), scorers: roundAll(scorers), evidence: strongest([[...evidence]], ENTITY_EVIDENCE), mentions: targets.length };
}

const LABELS: readonly SentimentLabel[] = ['neutral', 'negative', 'positive'];
