import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import type { BiasMarker } from './types.js';

/**
 * The term a lexical marker uses: the lemmas of its words ("slammed" and "slams" are one
 * term). The lexical measure counts each term once per voice, so a loaded word that names the
 * story's subject ("the massacre" ten times) is one choice of words, not ten.
 */
export function markerTerm(doc: NewsDocument, sentence: Sentence, marker: BiasMarker): string {
  const lemmas: string[] = [];
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    const token = doc.tokens[t] as Token;
    if (token.kind === 'word' && token.start >= marker.start && token.end <= marker.end) lemmas.push(token.lemma ?? token.text.toLowerCase());
  }
  return lemmas.join(' ');
}
