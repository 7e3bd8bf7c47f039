import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import { sourceWordingReader } from '../../shared/voices.js';
import { SHORT_QUOTATION_WORDS } from './structures.js';
import type { BiasMarker } from './types.js';

/**
 * Whether the word at an offset is a source's own wording for the lexical measure (docs/BIAS.md,
 * `lexical`): inside a quote's quotation marks, in a quoted stretch of more than
 * SHORT_QUOTATION_WORDS words. A shorter quoted fragment set in the writer's sentence
 * (`called the plan "reckless"`) is the writer's choice of which of the source's words to show,
 * as scare quotes are, so it is the writer's wording; so is reported speech outside the marks.
 */
export type SourceWording = (offset: number) => boolean;

/**
 * The document's source wording: its words are read once in text order, consecutive words in
 * quotation marks form a stretch, and the stretches longer than a fragment are kept.
 */
export function sourceWording(doc: NewsDocument): SourceWording {
  const inMarks = sourceWordingReader(doc);
  const starts: number[] = [];
  const ends: number[] = [];
  let run: Token[] = [];
  const close = (): void => {
    if (run.length > SHORT_QUOTATION_WORDS) {
      starts.push((run[0] as Token).start);
      ends.push((run[run.length - 1] as Token).end);
    }
    run = [];
  };
  for (const token of doc.tokens) {
    if (token.kind !== 'word') continue;
    if (inMarks(token.start)) run.push(token);
    else close();
  }
  close();
  return (offset) => {
    // The last stretch starting at or before the offset, by binary search.
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) <= offset) low = middle + 1;
      else high = middle;
    }
    return low > 0 && offset < (ends[low - 1] as number);
  };
}

/**
 * The term a word-choice marker uses: the lemmas of its words ("slammed" and "slams" are one
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
