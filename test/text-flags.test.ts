import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAS_LETTER, IN_LOWER_CASE, IN_UPPER_CASE, LOWER_FIRST, NUMBER_LIKE, textFlagsOf, UPPER_FIRST } from '../src/stages/04-entities/text-flags.js';

/** Each bit as text-flags.ts defines it, by the tests it stands for. */
function expectedFlags(text: string): number {
  return (
    (text === text.toLowerCase() ? IN_LOWER_CASE : 0) |
    (text === text.toUpperCase() ? IN_UPPER_CASE : 0) |
    (/\p{L}/u.test(text) ? HAS_LETTER : 0) |
    (/^\p{Lu}/u.test(text) ? UPPER_FIRST : 0) |
    (/^\p{Ll}/u.test(text) ? LOWER_FIRST : 0) |
    (/^[+-]?[\d.]*\d/.test(text) ? NUMBER_LIKE : 0)
  );
}

const flagsOf = (text: string): number => textFlagsOf(text, text.toLowerCase());

describe("a text's character bits (text-flags.ts)", () => {
  it('are those of the tests they stand for, on ASCII and beyond', () => {
    const texts = ['Iran', 'IRAN', 'iran', 'US', 'A|B', "Iran's", 'ÉLYSÉE', 'Élysée', 'über', 'ß', 'ǅ', 'İstanbul', 'Ωmega', '東京', '1996-08-30', '-3.9', '+1', '.5', '.', '+', '3-1', '$5', '’s', '', '42nd'];
    expect(texts.map(flagsOf)).toEqual(texts.map(expectedFlags));
    expect(flagsOf('Iran')).toBe(HAS_LETTER | UPPER_FIRST);
    expect(flagsOf('-3.9')).toBe(IN_LOWER_CASE | IN_UPPER_CASE | NUMBER_LIKE);
    expect(flagsOf('東京')).toBe(IN_LOWER_CASE | IN_UPPER_CASE | HAS_LETTER);
  });

  it('are those of the tests they stand for on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 8 }), (text) => {
        expect(flagsOf(text)).toBe(expectedFlags(text));
      }),
      { numRuns: 1000 },
    );
  });
});
