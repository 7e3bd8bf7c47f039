import type { Span } from '../../document/document.js';

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

/** One wording choice in the text, retext-style: where, what, why, and which list says so. */
export interface BiasMarker extends Span {
  category: BiasCategory;
  /** The finer kind within the category ("factive", "attack_verb", "government_label" …). */
  type: string;
  explanation: string;
  lexicon: { id: string; source: string };
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

export interface BiasReport {
  /** 0..1: the mean of the sentences' scores. */
  score: number;
  markers: BiasMarker[];
  /** Markers per category. */
  counts: Record<BiasCategory, number>;
  /** Markers per 100 words, per category. */
  rates: Record<BiasCategory, number>;
  sentences: SentenceBias[];
}
