import type { VoicedSpan } from '../../document/finding.js';
import type { ScorerId } from './lexicons.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/**
 * A word or phrase that moved a score: whose voice it is in, which list scored it (its
 * `scorer`, the finding's list), and how much after the shifters.
 */
export interface SentimentEvidence extends VoicedSpan {
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

/** The tone of one voice's words (docs/SENTIMENT.md): their mean score, its label, and how many words were read. */
export interface VoiceTone {
  score: number;
  label: SentimentLabel;
  words: number;
}

/** The tone of the writer's words and of quoted words; null for a voice with no words there. */
export interface VoiceTones {
  writer: VoiceTone | null;
  quoted: VoiceTone | null;
}
