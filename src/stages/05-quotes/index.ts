import type { NewsDocument } from '../../document/document.js';
import { QUOTES, type Quote } from '../../shared/quotes.js';
import { indexVoices, VOICE_INDEX } from '../../shared/voices.js';
import { AttributionReader } from './reader.js';
import { Speakers } from './speakers.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * The quotation stage: every attribution of the document, direct (in quotation marks),
 * indirect (reported speech and thought) and mixed, with its cue, its source and the entity
 * that source names. One pass over the tokens finds the quoted stretches (across sentences and
 * paragraphs); one pass over each sentence's reporting cues reads the construction around each
 * (source-first, quote-first, split, "according to", a headline's colon); a quoted stretch no cue
 * claims is a quotation without a source. Every look-around is bounded, so the stage is linear.
 */
export function quotesStage(doc: NewsDocument): void {
  const quotes = findQuotes(doc);
  doc.setLayer(QUOTES, quotes);
  // Each token's voice, once, for every later stage's findings and measures (src/shared/voices.ts).
  doc.setLayer(VOICE_INDEX, indexVoices(doc, quotes));
}

function findQuotes(doc: NewsDocument): Quote[] {
  const reader = new AttributionReader(doc);
  const drafts = reader.read();
  const speakers = new Speakers(doc, (offset) => reader.quotedAt(offset));
  return mapPacked(mapPacked(drafts, (draft) => reader.toQuote(draft, speakers))
    .filter((quote): quote is Omit<Quote, 'id'> => quote !== undefined)
    .sort((a, b) => a.start - b.start), (quote, index) => Object.assign({ id: `q${index + 1}` }, quote));
}

