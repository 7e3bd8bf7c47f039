import type { Span } from '../../document/document.js';
import type { ScorerId } from './lexicons.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** A word or phrase that moved a score: which list scored it, and how much after the shifters. */
export interface SentimentEvidence extends Span {
  /** The valence after negation, intensifiers and contrast, on the scorer's own scale. */
  weight: number;
  scorer: ScorerId;
  /** A negator reached the word, so its valence was turned round. */
  negated: boolean;
}

export interface SentimentScore {
  /** -1 (most negative) .. 1 (most positive); see docs/SENTIMENT.md. */
  score: number;
  label: SentimentLabel;
  /** Each list's own reading of the same text, -1..1. */
  scorers: Record<ScorerId, number>;
  evidence: SentimentEvidence[];
}
