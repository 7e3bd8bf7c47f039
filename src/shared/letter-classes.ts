import { regexpOnFirstUse } from './lazy-regexp.js';
import { isAsciiDigit, isAsciiLower, isAsciiUpper } from './text.js';

const LETTER_OR_NUMBER = regexpOnFirstUse(String.raw`^[\p{L}\p{N}]$`, 'u');

/**
 * Whether a code point is a letter or a number, as `[\p{L}\p{N}]` reads it (a lone surrogate is
 * neither). ASCII and General Punctuation (U+2000–U+206F: spaces, dashes, curly quotes, bullets;
 * none a letter or number) are read by code; the rest by the pattern, made on first use, whose
 * compiling for two-byte text costs more than a short article's other work with letters.
 */
export function isLetterOrNumberCode(code: number): boolean {
  if (code < 0x80) return isAsciiLower(code) || isAsciiUpper(code) || isAsciiDigit(code);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER_OR_NUMBER().test(String.fromCodePoint(code));
}
