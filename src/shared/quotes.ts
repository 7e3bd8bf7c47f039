import { layerKey } from '../document/layers.js';
import type { Span } from '../document/span.js';

/** `direct`: in quotation marks; `indirect`: reported speech or thought; `mixed`: reported speech with a quoted stretch. */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** Who the source is: a named person or organisation, an unnamed one ("a source", "officials"), a document ("the report"), or not known. */
export type SpeakerType = 'person' | 'organization' | 'anonymous' | 'document' | 'unknown';

/** The reporting verb or phrase ("said", "according to", "slammed", a headline's colon). */
export interface QuoteCue extends Span {
  /** The cue as the reporting-cue list has it ("say", "according to", ":"). */
  lemma: string;
  /** A loaded reporting verb ("admitted", "slammed", listed in bias-reporting.json); "said" is not. */
  loaded: boolean;
}

/** An attribution: who said or thought what (the words, their source and the cue joining them). */
export interface Quote extends Span {
  /** `q1`, `q2`, … in text order. */
  id: string;
  kind: QuoteKind;
  /** What was said, in text order: more than one span when the attribution splits it (`"We will win," he said, "and soon."`). Quotation marks are outside. */
  content: Span[];
  /** Null for a quotation nothing attributes. */
  cue: QuoteCue | null;
  /** The words naming the speaker ("he", "a White House official", "the report"), or null. */
  source: Span | null;
  /** The id of the entity the source names or refers to (`PERSON:donald-trump`), or null. */
  speaker: string | null;
  speakerType: SpeakerType;
}

/** The quotation stage's layer: every attribution, in text order. */
export const QUOTES = layerKey<Quote[]>('quotes');
