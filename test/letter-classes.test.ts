/**
 * The letter classes and shapes read by code stand for Unicode patterns; these tests hold them to
 * the patterns: each class on every code point, and each shape, as the rules use it, on strings
 * of letters of every case and script, numbers, marks, full stops, hyphens and lone surrogates.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spaceHyphens } from '../src/shared/compiled-patterns.js';
import { possessiveStemLength } from '../src/stages/03-tokens/tokens.js';
import {
  dottedLetterCount,
  firstLetterOrNumber,
  hasUpper,
  isLetterCode,
  isLetterOrMarkCode,
  isLetterOrNumberCode,
  isLowerCode,
  isNumberCode,
  isUpperCode,
  lettersAndStops,
  lowerFirst,
  someCodePoint,
  unitsOf,
  upperFirst,
  upperHyphenUpper,
} from '../src/shared/letter-classes.js';

const CLASSES: [string, (code: number) => boolean, RegExp][] = [
  ['\\p{L}', isLetterCode, /^\p{L}$/u],
  ['\\p{Lu}', isUpperCode, /^\p{Lu}$/u],
  ['\\p{Ll}', isLowerCode, /^\p{Ll}$/u],
  ['\\p{N}', isNumberCode, /^\p{N}$/u],
  ['[\\p{L}\\p{N}]', isLetterOrNumberCode, /^[\p{L}\p{N}]$/u],
  ['[\\p{L}\\p{M}]', isLetterOrMarkCode, /^[\p{L}\p{M}]$/u],
];

// Capitals and small letters in and beyond ASCII (Latin, Greek, title case ǅ, modifier ʰ, an astral
// bold capital and small letter), numbers (Arabic-Indic, superscript, Roman numeral), a combining mark,
// punctuation from ASCII and General Punctuation, and both halves of a surrogate pair alone.
const piece = fc.constantFrom('A', 'Z', 'a', 'z', 'É', 'é', 'Ω', 'ω', 'ǅ', 'ʰ', '𝐀', '𝐚', '7', '٣', '²', 'Ⅻ', '\u0301', '.', '-', '‐', '’', '“', ' ', '\ud835', '\udc00', '😀', 'ß');
const word = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));

describe('letter classes read by code', () => {
  it.each(CLASSES)('%s agrees with its pattern on every code point, lone surrogates included', (_, inClass, pattern) => {
    const differing: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) if (inClass(code) !== pattern.test(String.fromCodePoint(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('each shape agrees with the pattern it stands for, in the forms the rules use', () => {
    fc.assert(
      fc.property(word, (text) => {
        const letters = dottedLetterCount(text);
        expect(upperFirst(text)).toBe(/^\p{Lu}/u.test(text));
        expect(lowerFirst(text)).toBe(/^\p{Ll}/u.test(text));
        expect(hasUpper(text)).toBe(/\p{Lu}/u.test(text));
        expect(someCodePoint(text, isLetterCode)).toBe(/\p{L}/u.test(text));
        expect(upperHyphenUpper(text)).toBe(/^\p{Lu}-\p{Lu}/u.test(text));
        expect(letters > 0 && !text.endsWith('.')).toBe(/^(?:\p{L}\.)*\p{L}$/u.test(text));
        expect(letters === 1).toBe(/^\p{L}\.?$/u.test(text));
        expect(letters === 2).toBe(/^\p{L}\.\p{L}\.?$/u.test(text));
        expect(letters === 1 && text.endsWith('.')).toBe(/^\p{L}\.$/u.test(text));
        expect(letters === 1 && text.endsWith('.') && upperFirst(text)).toBe(/^\p{Lu}\.$/u.test(text));
        expect(firstLetterOrNumber(text)).toBe(/\p{L}|\p{N}/u.exec(text)?.[0]?.codePointAt(0) ?? -1);
        expect(lettersAndStops(text)).toBe(text.replace(/[^\p{L}.]/gu, ''));
        const next = text === '' ? 0 : unitsOf(text.codePointAt(0) as number);
        expect(upperFirst(text) && next < text.length && isLowerCode(text.codePointAt(next) as number)).toBe(/^\p{Lu}\p{Ll}/u.test(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('spaceHyphens spaces exactly the hyphens the Unicode pattern does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.constantFrom('arch-rival', 'so-called', '--')), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(spaceHyphens(text)).toBe(text.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1 - '));
      }),
      { numRuns: 5000 },
    );
    expect(spaceHyphens('arch-rival 𝐀-1 x--y')).toBe('arch - rival 𝐀 - 1 x--y');
  });
});

describe('possessive endings read by code', () => {
  it('possessiveStemLength finds the stem the possessive pattern finds', () => {
    const POSSESSIVE = /^(.*?[\p{L}\p{M}])((?:['’]s?)+)$/u;
    const possessivePiece = fc.constantFrom("'", '’', 's', "'s", '’s', 'S', 'Trump', 'James', 'x', 'É', '\u0301', '𝐀', '\ud835', '\udc00', '7', '.', '\n', '\u2028', ' ', '“');
    fc.assert(
      fc.property(fc.array(possessivePiece, { maxLength: 8 }), (pieces) => {
        const word = pieces.join('');
        expect(possessiveStemLength(word)).toBe(POSSESSIVE.exec(word)?.[1]?.length ?? 0);
      }),
      { numRuns: 20000 },
    );
    expect(possessiveStemLength('Trump’s')).toBe(5);
    expect(possessiveStemLength("x's's")).toBe(1);
  });
});

describe('Unicode classes in the library', () => {
  it('are never written as a regex literal, which V8 parses at load whether or not it runs (String.raw sources made on first use instead)', () => {
    const root = new URL('../src/', import.meta.url);
    const library = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !/^(?:cli|report)\//.test(file));
    const literals = library.flatMap((file) =>
      readFileSync(new URL(file, root), 'utf8')
        .split('\n')
        .filter((line) => line.includes('\\p{') && !line.includes('String.raw') && !/^\s*(?:\/\/|\*|\/\*\*)/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(library.length).toBeGreaterThan(50);
    expect(literals).toEqual([]);
  });
});
