import type { Span } from '../../document/document.js';
import type { Finding } from '../../document/finding.js';

/** The kinds of wording that slant a news text (docs/BIAS.md defines each, with its reference). */
export type BiasCategory =
  | 'epistemological'
  | 'reporting'
  | 'vague_attribution'
  | 'loaded_label'
  | 'evaluative'
  | 'booster'
  | 'speculation'
  | 'agentless_passive'
  | 'scare_quotes'
  | 'informal';

/** One wording choice in the text, retext-style: where, in whose voice, what, why, and which list says so. */
export interface BiasMarker extends Finding {
  category: BiasCategory;
  /** The finer kind within the category ("factive", "attack_verb", "government_label" …). */
  type: string;
  /** A loaded label the text attributes to someone ("is listed as a terrorist organization"). */
  attributed?: true;
  /** A negator stands just before it ("not a thug"); the marker still applies. */
  negated?: true;
}

export interface SentenceBias extends Span {
  /** Index into `analysis.sentences`. */
  sentence: number;
  /** 0..1: how likely the sentence reads as biased (docs/BIAS.md). */
  score: number;
  markers: BiasMarker[];
}

/** The markers and score of one voice's words (docs/BIAS.md). */
export interface VoiceBias {
  /** Word tokens in this voice. */
  words: number;
  /** 0..1: the mean score of the sentences' stretches in this voice, each weighted by its share of its sentence's words; 0 without words. */
  score: number;
  /** How many markers are in this voice. */
  markers: number;
  counts: Record<BiasCategory, number>;
  /** Markers per 100 words of this voice, per category. */
  rates: Record<BiasCategory, number>;
  /**
   * Distinct lexical terms (the lemmas of evaluative, loaded-label, reporting-verb,
   * epistemological but hedge and plain implicative, informal, booster, scare-quote and
   * vague-attribution markers, each counted once, none negated) per 100 words of this
   * voice's wording. A source's wording is a stretch of more than three words inside a quote's
   * quotation marks; the writer's is every other word: narration, reported speech the writer
   * paraphrases, and quoted fragments of one to three words the writer sets in a sentence. For
   * the writer, this is the article's lexical bias (docs/BIAS.md).
   */
  lexical: number;
}

export interface BiasReport {
  /** 0..1: the mean of the sentences' scores. */
  score: number;
  markers: BiasMarker[];
  /** Markers per category. */
  counts: Record<BiasCategory, number>;
  /** Markers per 100 words, per category. */
  rates: Record<BiasCategory, number>;
  /** The same measures in the writer's own words and in quoted words: `voices.writer` is the writer's slant (docs/BIAS.md). */
  voices: { writer: VoiceBias; quoted: VoiceBias };
  sentences: SentenceBias[];
}
