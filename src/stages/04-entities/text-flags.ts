import { isAsciiDigit, isAsciiLower, isAsciiUpper } from '../../shared/text.js';
import { isLetterCode, lowerFirst, someCodePoint, upperFirst } from '../../shared/letter-classes.js';

/**
 * What the entity stage asks of a token's text alone, as bits the word lexicon works out once
 * per distinct text (lexicon.ts `flags`): the sentence views, the name continuations, the
 * person names and the results tables read them for every token, and one byte by text id is
 * read where the text's characters were read again at each token.
 */
/** text === text.toLowerCase() */
export const IN_LOWER_CASE = 1;
/** text === text.toUpperCase() */
export const IN_UPPER_CASE = 2;
/** `/\p{L}/u.test(text)` */
export const HAS_LETTER = 4;
/** `/^\p{Lu}/u.test(text)` (upperFirst) */
export const UPPER_FIRST = 8;
/** `/^\p{Ll}/u.test(text)` (lowerFirst) */
export const LOWER_FIRST = 16;
/** `/^[+-]?[\d.]*\d/.test(text)`: a score or a number in a results table. */
export const NUMBER_LIKE = 32;

/** `/\p{L}/u.test(text)` */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return someCodePoint(text.slice(i), isLetterCode);
    if (isAsciiLower(code) || isAsciiUpper(code)) return true;
  }
  return false;
}

/** text === text.toUpperCase(), reading ASCII by code. */
function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text === text.toUpperCase();
    if (isAsciiLower(code)) return false;
  }
  return true;
}

const NUMBER = /^[+-]?[\d.]*\d/;
/** NUMBER.test(text): only a sign, a digit or a point can start one. */
function isNumberLike(text: string): boolean {
  const code = text.charCodeAt(0);
  return (isAsciiDigit(code) || code === 43 || code === 45 || code === 46) && NUMBER.test(text);
}

/** The bits of a text, given its lower case. */
export function textFlagsOf(text: string, lower: string): number {
  return (
    (text === lower ? IN_LOWER_CASE : 0) |
    (isUpperCase(text) ? IN_UPPER_CASE : 0) |
    (hasLetter(text) ? HAS_LETTER : 0) |
    (upperFirst(text) ? UPPER_FIRST : 0) |
    (lowerFirst(text) ? LOWER_FIRST : 0) |
    (isNumberLike(text) ? NUMBER_LIKE : 0)
  );
}
