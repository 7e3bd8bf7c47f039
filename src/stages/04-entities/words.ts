import type { Token } from '../../document/document.js';
import { hasKind as has, isFunctionWord, kindsAt, type GazetteerKind } from './gazetteer.js';
import { upperFirst } from '../../shared/letter-classes.js';
import type { AnnotatedSentence } from './sentences.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';
import type { SentenceView } from './features.js';
import { wordLexicon } from './lexicon.js';
import { UPPER_FIRST } from './text-flags.js';

/** What a word's form and class say about whether it can be, or start, a name. */
export const startsUpper = (token: Token | undefined): boolean => token !== undefined && upperFirst(token.text);
/** startsUpper(view.tokens[i]), from the text's flags (text-flags.ts): asked of every token by the person names and refine. */
export const startsUpperAt = (view: SentenceView, i: number): boolean => i >= 0 && i < view.textIds.length && (wordLexicon().flags(view.textIds[i] as number) & UPPER_FIRST) !== 0;
export const PLACE_KINDS: GazetteerKind[] = ['country', 'city', 'region', 'place'];
export const GAZETTEER_NAMES: GazetteerKind[] = [...PLACE_KINDS, 'organization', 'demonym', 'norp-group'];
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT']);

/** Tokens first..last hold a word that can name something: not only "The", "In", "’s" or "N". */
export function canName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last === first && (tokens[first] as Token).text.length <= 1) return false;
  for (let k = first; k <= last; k += 1) {
    const token = tokens[k] as Token;
    if (!FUNCTION_POS.has(token.pos) && token.kind !== 'punctuation') return true;
  }
  return false;
}
/** A verb contracted onto a word ("I’m", "we're", "don’t"): no name is written so. */
const CONTRACTION = regexpOnFirstUse(String.raw`^\p{L}+['’](?:m|re|ve|ll|d)$|n['’]t$`, 'iu');
/** Contracted forms wink splits off: "’s" as "us" ("Let’s"), "’m", "’re", "’ve", "’ll", "’d", "n’t". */
const CLITIC = /^(?:['’](?:m|re|ve|ll|d)|n['’]t)$/iu;
/** Whether a text holds an apostrophe, as every CONTRACTION does: a test far cheaper than the pattern's, asked first. */
const hasApostrophe = (text: string): boolean => text.includes("'") || text.includes('’');
const ARTICLES = new Set(['the', 'a', 'an']);
/** Opening punctuation a sentence may start with ("“Yes, …", "(Still, …"). */
const OPENING = /^[“"‘'(\[—–-]$/u;

/**
 * Whether token i, the first of a name running to `last`, is a function word and no part of it:
 * a word with a verb contracted onto it ("I’m", "Let’s"); or a closed-class word ("Such",
 * "However", "Yes", "Given") that starts the sentence, where capitals say nothing, or that is
 * the whole name and not read by wink as a proper noun. At a sentence's start a given name
 * that a name goes on from stays ("Will Smith"), and so does a word joined to the next
 * ("All-England Club").
 */
export function isFunctionWordAt({ view, phrases }: AnnotatedSentence, i: number, last: number): boolean {
  const tokens = view.tokens;
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (hasApostrophe(token.text) && CONTRACTION().test(token.text)) return true;
  if (next !== undefined && next.start === token.end && (CLITIC.test(next.text) || (next.pos === 'PRON' && /^['’]s$/u.test(next.text)))) return true;
  const lower = phrases.lowers[i] as string;
  // Names are written with their article ("The Hague", "The Oval").
  if (!isFunctionWord(lower) || ARTICLES.has(lower)) return false;
  let k = i - 1;
  while (k >= 0 && OPENING.test((tokens[k] as Token).text)) k -= 1;
  if (k < 0) return i === last || (!has(kindsAt(phrases, i), 'given') && next?.start !== token.end);
  // Inside a sentence, capitals make such a word part of a longer name ("the All Blacks").
  return i === last && token.pos !== 'PROPN';
}
