import { isAsciiLower, isAsciiUpper } from '../../shared/text.js';

/**
 * Case tests of a word's first letter, asked of almost every token by the tagger's features and
 * the rules after it: ASCII is read by code, anything else left to the pattern it stands for.
 */
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** CAPITAL_FIRST.test(text): "Iran", "Élysée". */
export function upperFirst(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? isAsciiUpper(code) : CAPITAL_FIRST.test(text);
}

/** LOWER_FIRST.test(text): "said", "über". */
export function lowerFirst(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? isAsciiLower(code) : LOWER_FIRST.test(text);
}
