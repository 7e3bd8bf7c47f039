import type { NewsDocument, Sentence } from '../../document/document.js';
import { nameContinuations } from './continuation.js';
import { documentView, sentenceView, type DocumentView, type SentenceView } from './features.js';
import { gazetteerHits, type PhraseIndex, type WordPhrase } from './gazetteer.js';
import { wordLexicon, type WordLexicon } from './lexicon.js';
import { mapPacked } from '../../shared/arrays.js';

// Related-link lines are other articles' headlines.
const HEADLINE_PARTS = new Set(['kicker', 'title', 'subtitle', 'heading', 'boilerplate']);

export interface AnnotatedSentence {
  sentence: Sentence;
  view: SentenceView;
  /** For gazetteer lookups of spans (kindsOfSpan). */
  phrases: PhraseIndex;
  /** Which tokens may continue a name (continuation.ts). */
  continues: Uint8Array;
}

/**
 * Every sentence with everything the tagger reads, computed once. Boilerplate is read too, so
 * that the entities of related-link lines can be listed (flagged, and never counted).
 */
export function annotatedSentences(doc: NewsDocument): { sentences: AnnotatedSentence[]; docView: DocumentView } {
  const sentences = doc.sentences;
  const lexicon = wordLexicon();
  const ids = lexicon.idsOf(doc.tokens);
  // A plain loop and a module-level function, not a per-call callback: V8 drops a new closure's
  // optimised code at each mark-compact and compiles it again.
  const annotated: AnnotatedSentence[] = [];
  for (const sentence of sentences) annotated.push(annotatedSentence(doc, lexicon, ids, sentence));
  return { sentences: annotated, docView: documentView(mapPacked(annotated, ({ view }) => view)) };
}

/** One sentence of `doc` annotated; `ids` are the lexicon's ids of all the document's tokens. */
function annotatedSentence(doc: NewsDocument, lexicon: WordLexicon, ids: Int32Array, sentence: Sentence): AnnotatedSentence {
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const textIds = ids.subarray(sentence.tokenStart, sentence.tokenEnd);
  const lowers = new Array<string>(tokens.length);
  const words = new Array<WordPhrase | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) {
    const lower = lexicon.lowerId(textIds[i] as number);
    lowers[i] = lexicon.lowers[lower] as string;
    words[i] = lexicon.phrases[lower];
  }
  const view = sentenceView(tokens, lowers, gazetteerHits(lowers, words), HEADLINE_PARTS.has(sentence.part), textIds);
  return { sentence, view, phrases: { lowers, words }, continues: nameContinuations(view, doc.text) };
}
