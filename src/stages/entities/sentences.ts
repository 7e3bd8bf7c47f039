import type { NewsDocument, Sentence } from '../../document.js';
import { documentView, sentenceView, type DocumentView, type SentenceView } from './features.js';
import { gazetteerHits } from './gazetteer.js';

// Related-link lines are other articles' headlines.
const HEADLINE_PARTS = new Set(['kicker', 'title', 'subtitle', 'heading', 'boilerplate']);

export interface AnnotatedSentence {
  sentence: Sentence;
  view: SentenceView;
}

/**
 * Every sentence with everything the tagger reads, computed once. Boilerplate is read too, so
 * that the entities of related-link lines can be listed (flagged, and never counted).
 */
export function annotatedSentences(doc: NewsDocument): { sentences: AnnotatedSentence[]; docView: DocumentView } {
  const sentences = doc.sentences;
  const views = sentences.map((sentence) => {
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const lowers = tokens.map((token) => token.text.toLowerCase());
    return sentenceView(tokens, lowers, gazetteerHits(lowers), HEADLINE_PARTS.has(sentence.part));
  });
  return { sentences: sentences.map((sentence, i) => ({ sentence, view: views[i] as SentenceView })), docView: documentView(views) };
}
