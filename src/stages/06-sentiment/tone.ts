/**
 * Tone toward a target and toward an entity, under one rule: no evidence, no tone. A mention
 * whose clause holds no lexicon word is neutral at 0 whatever the classifier's context words
 * and bias say, and an entity none of whose mentions bears evidence is neutral with confidence 0
 * (docs/SENTIMENT.md).
 */
import type { NewsDocument } from '../../document/document.js';
import { valenceLexicons, type ScorerId } from '../../shared/sentence-sentiment/lexicons.js';
import { roundAll, strongest, type SentenceReading } from '../../shared/sentence-sentiment/reading.js';
import { combinedScore, scorerScores, sentenceFeatures } from '../../shared/sentence-sentiment/score.js';
import type { SentimentEvidence, SentimentLabel, SentimentScore } from '../../shared/sentence-sentiment/types.js';
import type { ValenceHit } from '../../shared/sentence-sentiment/valence.js';
import { roundScore } from '../../shared/scores.js';
import { readTarget, TARGET_LABELS, targetTokens } from './target.js';
import { targetClause } from './target-features.js';
import { possessedSign } from './companions.js';
import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import type { Coreference, EntitySentiment } from './types.js';

/** An entity keeps this many of its strongest pieces of evidence. */
const ENTITY_EVIDENCE = 10;

/** A target's sentiment, and the classifier's probabilities behind it (all on `neutral` when nothing bears on the target). */
export interface TargetSentiment {
  sentiment: SentimentScore;
  probabilities: Record<SentimentLabel, number>;
  /** The fitted sentence score (shared/sentence-sentiment) of the evidence alone, over the words of its scope; 0 without evidence. */
  lexicon: number;
}

/** A target nothing bears on: neutral at 0, every scorer at 0, no evidence, all probability on neutral. */
function noTone(): TargetSentiment {
  const scorers = {} as Record<ScorerId, number>;
  for (const lexicon of valenceLexicons()) scorers[lexicon.scorer] = 0;
  return { sentiment: { score: 0, label: 'neutral', scorers, evidence: [] }, probabilities: { negative: 0, neutral: 1, positive: 0 }, lexicon: 0 };
}

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
  // Without lexicon words in the sentence, or for an entity mention in its clause, there is no
  // evidence and so no tone: the classifier is not run.
  if (hits.length === 0) return noTone();
  if (scope === 'clause') {
    const { clauseStart, clauseEnd } = targetClause(doc, sentence, at.first, at.last, hits);
    let any = false;
    for (let i = 0; i < hits.length && !any; i += 1) any = bears(hits[i] as ValenceHit, clauseStart, clauseEnd, at.first, at.last);
    if (!any) return noTone();
  }
  const reading = readTarget(doc, sentence, at.first, at.last, hits);
  const inScope: ValenceHit[] = [];
  const evidence: SentimentEvidence[] = [];
  for (let i = 0; i < hits.length; i += 1) {
    const hit = hits[i] as ValenceHit;
    if (!bears(hit, reading.clauseStart, reading.clauseEnd, at.first, at.last)) continue;
    inScope.push(hit);
    evidence.push(sentiment.evidence[i] as SentimentEvidence);
  }
  if (evidence.length === 0 && scope === 'sentence') {
    inScope.push(...hits);
    evidence.push(...sentiment.evidence);
  }
  if (evidence.length === 0) return noTone();
  const scorers = roundAll(scorerScores(inScope, valenceLexicons()));
  const read = inScope.length === hits.length ? sentence : { tokenStart: reading.clauseStart, tokenEnd: reading.clauseEnd };
  // Praise and blame of a person weigh alike: the sentence scorer's extra weight on negative
  // words (how readers feel a sentence) would tilt every person's tone negative.
  let lexicon = combinedScore(sentenceFeatures(doc.tokens, read.tokenStart, read.tokenEnd, inScope, valenceLexicons(), 1));
  let probabilities = reading.probabilities;
  // An entity mention's direction: a judgement of what it owns or leads ("and his cronies"), or
  // negated evidence that all points one way, overrules the classifier's sign. A single target
  // (`scoreTargetSentiment`, scope 'sentence') keeps the classifier's call, as NewsMTSC measures it.
  const direction = scope === 'clause' ? possessedSign(doc.tokens, at.last, sentence.tokenEnd, inScope) || negatedSign(inScope) : 0;
  if (direction !== 0 && Math.sign(probabilities.positive - probabilities.negative) === -direction) probabilities = { negative: probabilities.positive, neutral: probabilities.neutral, positive: probabilities.negative };
  if (direction !== 0 && Math.sign(lexicon) === -direction) lexicon = -lexicon;
  const score = probabilities.positive - probabilities.negative;
  return { sentiment: { score: roundScore(score), label: likeliest(probabilities), scorers, evidence }, probabilities, lexicon };
}

/**
 * Whether a hit lies in the clause (document tokens clauseStart..clauseEnd) and outside the
 * target (first..last): the target's own words say nothing about it ("Lowe" read as "low",
 * "Progress" in a name). A module-level function: a closure made at every target loses its
 * optimised code at each mark-compact (docs/ARCHITECTURE.md).
 */
function bears(hit: ValenceHit, clauseStart: number, clauseEnd: number, first: number, last: number): boolean {
  return hit.first >= clauseStart && hit.last < clauseEnd && (hit.last < first || hit.first > last);
}

/**
 * The sign of the evidence when a negator turned some of it and all of it points one way
 * ("never been a friend of the workers"), else 0. The classifier learned from NewsMTSC, where
 * negated praise is rare, and reads "friend" as praise; the lexicon's negation rule does not.
 * A negated negative word, which the sentence scorer reads as 0, points to the person's favour:
 * the charge denied ("was not guilty") speaks for them.
 */
function negatedSign(hits: readonly ValenceHit[]): number {
  let sign = 0;
  let negated = false;
  for (const hit of hits) {
    const own = hit.negated && hit.weight === 0 ? -Math.sign(hit.valence) : Math.sign(hit.weight);
    if (own === 0) continue;
    if (sign !== 0 && own !== sign) return 0;
    sign = own;
    negated ||= hit.negated;
  }
  return negated ? sign : 0;
}

/** The most probable class; of equals, the first of negative, neutral, positive (the classifier's order). */
function likeliest(probabilities: Record<SentimentLabel, number>): SentimentLabel {
  return TARGET_LABELS.reduce((best, next) => (probabilities[next] > probabilities[best] ? next : best));
}

/**
 * A mention's tone, -1..1: the mean of the classifier's score (P(positive) - P(negative)) and
 * the fitted lexicon score of its evidence, two readers trained on different data (NewsMTSC,
 * NYT) that err differently; 0 when nothing in its clause bears on it.
 */
function mentionTone({ sentiment, probabilities, lexicon }: TargetSentiment): number {
  return sentiment.evidence.length === 0 ? 0 : (probabilities.positive - probabilities.negative + lexicon) / 2;
}

interface EntityCuts extends LexiconInfo {
  description: string;
  /** An entity's score at or below `negative` is labelled negative, at or above `positive` positive. */
  negative: number;
  positive: number;
}

const entityCuts = (): EntityCuts => loadOnce('entity-tone', () => readDataFile<EntityCuts>('models/entity-tone.json'));

/** Provenance of the entity label's cut-offs, for `analysis.meta`. */
export function entityCutsInfo(): LexiconInfo {
  const { id, version, source, licence } = entityCuts();
  return { id, version, source, licence };
}

/** The label of an entity's score: the cut-offs of models/entity-tone.json (docs/SENTIMENT.md). */
export function entityLabel(score: number): SentimentLabel {
  const { negative, positive } = entityCuts();
  return score <= negative ? 'negative' : score >= positive ? 'positive' : 'neutral';
}

/**
 * The tone toward an entity over its mentions (names and pronouns): the mean of their tones,
 * a mention with no evidence counting 0, so that a person the article mostly names without
 * judging reads near neutral; labelled by the entity cut-offs. Neutral at 0 when no mention
 * has evidence.
 */
export function targetsTone(targets: readonly TargetSentiment[]): { score: number; label: SentimentLabel } {
  let sum = 0;
  let toned = 0;
  for (const target of targets) if (target.sentiment.evidence.length > 0) (sum += mentionTone(target)), (toned += 1);
  if (toned === 0) return { score: 0, label: 'neutral' };
  const score = roundScore(sum / targets.length);
  return { score, label: entityLabel(score) };
}

/**
 * An entity's sentiment over its mentions: `targetsTone`'s score and label, the lexicon
 * readings' mean and the strongest evidence over the mentions with evidence. `confidence` is
 * the share of mentions with evidence times the classifier's mean probability of the label
 * over them, so 0 when no mention has any.
 */
export function combineTargets(targets: readonly TargetSentiment[], coreferences: Coreference[]): EntitySentiment {
  const toned = targets.filter((target) => target.sentiment.evidence.length > 0);
  const n = toned.length;
  const lexicons = valenceLexicons();
  const scorers = {} as Record<ScorerId, number>;
  for (const lexicon of lexicons) scorers[lexicon.scorer] = 0;
  if (n === 0) return { score: 0, label: 'neutral', confidence: 0, scorers, evidence: [], mentions: targets.length, coreferences };
  const { score, label } = targetsTone(targets);
  // Mentions in one clause share its evidence objects: each is kept once.
  const evidence = new Set<SentimentEvidence>();
  let probability = 0;
  for (const { sentiment, probabilities } of toned) {
    for (const { scorer } of lexicons) scorers[scorer] += sentiment.scorers[scorer] / n;
    for (const item of sentiment.evidence) evidence.add(item);
    probability += probabilities[label] / n;
  }
  const confidence = (probability * n) / targets.length;
  return { score, label, confidence: roundScore(confidence), scorers: roundAll(scorers), evidence: strongest([[...evidence]], ENTITY_EVIDENCE), mentions: targets.length, coreferences };
}
