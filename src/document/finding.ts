import type { Span } from './span.js';

/**
 * Whose words a finding is in: the writer's own (`writer`), or words the article reports someone
 * saying (`quoted`: inside a quote's content, direct or indirect). docs/QUOTES.md.
 */
export type Voice = 'writer' | 'quoted';

/** A span of the text and whose voice it is in: a finding's start decides. */
export interface VoicedSpan extends Span {
  voice: Voice;
  /** The id of the quote (`q3`) whose content holds the start; absent in the writer's voice. */
  quote?: string;
}

/**
 * What every finding shares, after retext's messages: the words (`start`, `end`, `text`), whose
 * voice they are in, what kind of finding it is, why it counts, and the word list that says so
 * (its full provenance is in `analysis.meta.lexicons` under the same id). Bias markers and frame
 * cues extend it; sentiment evidence is a `VoicedSpan` whose `scorer` names its list.
 */
export interface Finding extends VoicedSpan {
  category: string;
  explanation: string;
  lexicon: { id: string; source: string };
}
