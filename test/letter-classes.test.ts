import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spaceHyphens } from '../src/shared/compiled-patterns.js';
import { isLetterOrNumberCode } from '../src/shared/letter-classes.js';

describe('letter classes read by code', () => {
  it('isLetterOrNumberCode agrees with [\\p{L}\\p{N}] on every code point, lone surrogates included', () => {
    const pattern = /^[\p{L}\p{N}]$/u;
    const differing: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) if (isLetterOrNumberCode(code) !== pattern.test(String.fromCodePoint(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('spaceHyphens spaces exactly the hyphens the Unicode pattern does', () => {
    const piece = fc.constantFrom('-', '--', 'a', 'Z', '9', 'é', '٣', '²', '𝐀', '😀', '\ud835', '\udc00', ' ', '’', '“', '\u2010', 'ß', 'arch-rival', 'so-called');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(spaceHyphens(text)).toBe(text.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1 - '));
      }),
      { numRuns: 5000 },
    );
    expect(spaceHyphens('arch-rival 𝐀-1 x--y')).toBe('arch - rival 𝐀 - 1 x--y');
  });
});
