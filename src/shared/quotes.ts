import type { NewsDocument } from '../document/document.js';
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

interface ContentIndex {
  starts: number[];
  ends: number[];
  quotes: Quote[];
}

const indexes = new WeakMap<readonly Quote[], ContentIndex>();

/** The content spans of the quotes, sorted by start (they never overlap), built once per layer. */
function contentIndex(quotes: readonly Quote[]): ContentIndex {
  let index = indexes.get(quotes);
  if (!index) {
    const spans = quotes.flatMap((quote) => quote.content.map((span) => ({ span, quote })));
    spans.sort((a, b) => a.span.start - b.span.start);
    index = { starts: spans.map(({ span }) => span.start), ends: spans.map(({ span }) => span.end), quotes: spans.map(({ quote }) => quote) };
    indexes.set(quotes, index);
  }
  return index;
}

/**
 * The quote whose content holds the character at `offset`: whose voice the words there are
 * in. Undefined in the narrator's own words, or when the quotation stage did not run.
 */
export function quoteAt(doc: NewsDocument, offset: number): Quote | undefined {
  const quotes = doc.layer(QUOTES);
  if (!quotes) return undefined;
  const { starts, ends, quotes: owners } = contentIndex(quotes);
  // The last content span starting at or before `offset`.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) <= offset) low = mid + 1;
    else high = mid;
  }
  const at = low - 1;
  return at >= 0 && offset < (ends[at] as number) ? owners[at] : undefined;
}
