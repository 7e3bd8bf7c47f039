import type { Span } from './span.js';

/**
 * What every finding shares, after retext's messages: the words (`start`, `end`, `text`), what
 * kind of finding it is, why it counts, and the word list that says so (its full provenance is
 * in `analysis.meta.lexicons` under the same id). Bias markers and frame cues extend it.
 */
export interface Finding extends Span {
  category: string;
  explanation: string;
  lexicon: { id: string; source: string };
}
