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

/** The sentiment of one part of the article: the title, the subtitle, a heading, or a section's body. */
export interface PartSentiment extends Span {
  part: 'title' | 'subtitle' | 'heading' | 'body';
  /** Index into `structure.sections` for a heading or a section body; null for the title and subtitle. */
  section: number | null;
  sentiment: SentimentScore;
}

export interface ArticleSentiment {
  /** Title, subtitle, headings and body; boilerplate, kicker, byline and dateline left out. */
  article: SentimentScore;
  headline: SentimentScore | null;
  body: SentimentScore | null;
  /** `headline.score - body.score`: below 0 the headline is harsher than the body. */
  headlineVsBody: number | null;
  parts: PartSentiment[];
}

/** How the article speaks of an entity, over its mentions outside boilerplate. */
export interface EntitySentiment extends SentimentScore {
  /** How many mentions were read. */
  mentions: number;
}
