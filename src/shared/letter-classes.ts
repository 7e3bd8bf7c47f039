import { regexpOnFirstUse } from './lazy-regexp.js';
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isHighSurrogate, isLowSurrogate } from './text.js';

/**
 * Unicode letter classes of one code point (a lone surrogate is in none), read without
 * compiling a Unicode pattern where possible: V8 compiles each `\p{…}` pattern for two-byte text
 * at a cost of a fraction of a millisecond to milliseconds, a large share of a cold start when
 * every rule has its own. ASCII and General Punctuation (U+2000–U+206F: spaces, dashes, curly
 * quotes, bullets; no letter, number or mark) are read by code; any other code point by the
 * class's one pattern, made on first use. Each class is written out, not made by one function,
 * so that the hot per-token callers each call one function V8 can inline.
 */
const LETTER = regexpOnFirstUse(String.raw`^\p{L}$`, 'u');
const UPPER = regexpOnFirstUse(String.raw`^\p{Lu}$`, 'u');
const LOWER = regexpOnFirstUse(String.raw`^\p{Ll}$`, 'u');
const NUMBER = regexpOnFirstUse(String.raw`^\p{N}$`, 'u');
const LETTER_OR_NUMBER = regexpOnFirstUse(String.raw`^[\p{L}\p{N}]$`, 'u');
const LETTER_OR_MARK = regexpOnFirstUse(String.raw`^[\p{L}\p{M}]$`, 'u');

/** Outside ASCII and General Punctuation: a code point only the class's pattern can tell. */
const outsidePunctuation = (code: number): boolean => code < 0x2000 || code > 0x206f;

/** `\p{L}` */
export const isLetterCode = (code: number): boolean =>
  code < 0x80 ? isAsciiLower(code) || isAsciiUpper(code) : outsidePunctuation(code) && LETTER().test(String.fromCodePoint(code));
/** `\p{Lu}` */
export const isUpperCode = (code: number): boolean => (code < 0x80 ? isAsciiUpper(code) : outsidePunctuation(code) && UPPER().test(String.fromCodePoint(code)));
/** `\p{Ll}` */
export const isLowerCode = (code: number): boolean => (code < 0x80 ? isAsciiLower(code) : outsidePunctuation(code) && LOWER().test(String.fromCodePoint(code)));
/** `\p{N}` */
export const isNumberCode = (code: number): boolean => (code < 0x80 ? isAsciiDigit(code) : outsidePunctuation(code) && NUMBER().test(String.fromCodePoint(code)));
/** `[\p{L}\p{N}]` */
export const isLetterOrNumberCode = (code: number): boolean =>
  code < 0x80
    ? isAsciiLower(code) || isAsciiUpper(code) || isAsciiDigit(code)
    : outsidePunctuation(code) && LETTER_OR_NUMBER().test(String.fromCodePoint(code));
/** `[\p{L}\p{M}]` */
export const isLetterOrMarkCode = (code: number): boolean =>
  code < 0x80 ? isAsciiLower(code) || isAsciiUpper(code) : outsidePunctuation(code) && LETTER_OR_MARK().test(String.fromCodePoint(code));

/** How many code units the code point `code` takes. */
export const unitsOf = (code: number): number => (code > 0xffff ? 2 : 1);

/** The code point that ends just before `at`: a surrogate pair read whole. */
export function codePointBefore(text: string, at: number): number {
  const last = text.charCodeAt(at - 1);
  return at > 1 && isLowSurrogate(last) && isHighSurrogate(text.charCodeAt(at - 2)) ? (text.codePointAt(at - 2) as number) : last;
}

/** `/^\p{Lu}/u.test(text)`: "Iran", "Élysée". */
export const upperFirst = (text: string): boolean => text !== '' && isUpperCode(text.codePointAt(0) as number);

/** `/^\p{Ll}/u.test(text)`: "said", "über". */
export const lowerFirst = (text: string): boolean => text !== '' && isLowerCode(text.codePointAt(0) as number);

/** Whether some code point of `text` is in a class: `/\p{Lu}/u.test(text)` is `someCodePoint(text, isUpperCode)`. */
export function someCodePoint(text: string, inClass: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (inClass(code)) return true;
    i += unitsOf(code);
  }
  return false;
}

/** `/\p{Lu}/u.test(text)`: a capital anywhere. */
export const hasUpper = (text: string): boolean => someCodePoint(text, isUpperCode);

/**
 * How many letters `text` is when it is letters each followed by a full stop, the last one's
 * optional ("U.S.", "U.S", "p.m.", "A"), or 0: the shapes of initials and dotted abbreviations
 * (`/^(?:\p{L}\.)*\p{L}\.?$/u` and its narrower forms), read by code.
 */
export function dottedLetterCount(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (!isLetterCode(code)) return 0;
    letters += 1;
    i += unitsOf(code);
    if (i === text.length) break;
    if (text.charCodeAt(i) !== 0x2e) return 0;
    i += 1;
  }
  return letters;
}

/** `/^\p{Lu}-\p{Lu}/u.test(text)`: "R-Wisc.", "D-N.Y.". */
export function upperHyphenUpper(text: string): boolean {
  if (!upperFirst(text)) return false;
  const hyphen = unitsOf(text.codePointAt(0) as number);
  return text.charCodeAt(hyphen) === 0x2d && hyphen + 1 < text.length && isUpperCode(text.codePointAt(hyphen + 1) as number);
}

/** The first letter or number of a word (`/\p{L}|\p{N}/u`), as a code point, or -1. */
export function firstLetterOrNumber(word: string): number {
  for (let i = 0; i < word.length; ) {
    const code = word.codePointAt(i) as number;
    if (isLetterOrNumberCode(code)) return code;
    i += unitsOf(code);
  }
  return -1;
}

/** The letters and full stops of a text: `text.replace(/[^\p{L}.]/gu, '')`. */
export function lettersAndStops(text: string): string {
  let kept = '';
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    if (code === 0x2e || isLetterCode(code)) kept += String.fromCodePoint(code);
    i += unitsOf(code);
  }
  return kept;
}
