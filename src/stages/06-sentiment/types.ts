import type { Span } from '../../document/span.js';
import type { SentimentScore, VoiceTones } from '../../shared/sentence-sentiment/types.js';

/** The sentiment of one part of the article: the title, the subtitle, a heading, or a section's body. */
export interface PartSentiment extends Span {
  part: 'title' | 'subtitle' | 'heading' | 'body';
  /** Index into `structure.sections` for a heading or a section body; null for the title and subtitle. */
  section: number | null;
  sentiment: SentimentScore;
  /** The part's tone in the writer's words and in quoted words. */
  voices: VoiceTones;
}

export interface ArticleSentiment {
  /**
   * Title, subtitle, headings and body; boilerplate, kicker, byline and dateline left out. Its
   * `score`, as every part's, is the net tone: the share of sentences labelled positive less
   * the share labelled negative (docs/SENTIMENT.md).
   */
  article: SentimentScore;
  headline: SentimentScore | null;
  body: SentimentScore | null;
  /** `headline.score - body.score`: below 0 the headline is harsher than the body. */
  headlineVsBody: number | null;
  /** The article's tone (the same parts as `article`) in the writer's words and in quoted words. */
  voices: VoiceTones;
  parts: PartSentiment[];
}

/** How the article speaks of an entity, over its mentions outside boilerplate. */
export interface EntitySentiment extends SentimentScore {
  /**
   * How sure the tone is, 0..1: the label's mean probability over the mentions with evidence,
   * times their share of the mentions read; 0 when no mention has evidence (the tone is then
   * neutral at 0).
   */
  confidence: number;
  /** How many mentions were read: names and pronouns. */
  mentions: number;
  /** The pronouns read as mentions of a person (he, his, herself …), each with its sentence; names are the entity's `mentions`. */
  coreferences: Coreference[];
}

/** A pronoun that refers to a named person, with the index of its sentence. */
export interface Coreference extends Span {
  sentence: number;
}
