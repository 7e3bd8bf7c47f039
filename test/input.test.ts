import { describe, expect, it } from 'vitest';
import { analyze, segment, tokenize } from '../src/index.js';
import { article } from './helpers.js';

describe('bad input', () => {
  it.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{ text: 'x' }, 'object'],
    [['x'], 'array'],
    [Buffer.from('x'), 'object'],
  ])('rejects %o with a TypeError naming the function and the type', (value, type) => {
    expect(() => analyze(value as never)).toThrow(new TypeError(`newslens.analyze(text): expected text to be a string, received ${type}`));
    expect(() => tokenize(value as never)).toThrow(new TypeError(`newslens.tokenize(text): expected text to be a string, received ${type}`));
    expect(() => segment(value as never)).toThrow(new TypeError(`newslens.segment(text): expected text to be a string, received ${type}`));
  });

  it('rejects options that are not an object', () => {
    expect(() => analyze('Text.', 'tokens' as never)).toThrow(
      new TypeError('newslens.analyze(text, options): expected options to be an object, received string'),
    );
  });

  it.each(['', '   ', '\n\n\r\n\t', '\u00a0\u2003\ufeff', '\0\0'])('gives an empty analysis for blank text %j', (text) => {
    const analysis = analyze(text);
    expect(analysis.structure).toEqual({ sections: [], boilerplate: [] });
    expect(analysis.sentences).toEqual([]);
    expect(analysis.stats).toEqual({ characters: text.length, words: 0, sentences: 0, paragraphs: 0, sections: 0, boilerplate: 0 });
    expect(tokenize(text)).toEqual([]);
  });

  it('reads text with NUL bytes, treating them as blank', () => {
    const text = 'Talks\0 resumed\0on Monday.';
    expect(tokenize(text).map((token) => [token.text, token.start])).toEqual([
      ['Talks', 0],
      ['resumed', 7],
      ['on', 15],
      ['Monday', 18],
      ['.', 24],
    ]);
  });

  it('analyses a 5 MB article whole, keeping every paragraph and offset', () => {
    const big = `${article}\n\n`.repeat(Math.ceil(5_000_000 / (article.length + 2)));
    expect(big.length).toBeGreaterThan(5_000_000);
    const analysis = analyze(big);
    const copies = big.length / (article.length + 2);
    // After the first copy, each copy's title and subtitle lines are too long for headings: paragraphs.
    expect(analysis.stats.paragraphs).toBe(7 + 9 * (copies - 1));
    expect(analysis.stats.boilerplate).toBe(2 * copies);
    const last = analysis.sentences.at(-1);
    expect(last && big.slice(last.start, last.end)).toBe(last?.text);
  }, 60_000);

  it.each([
    ['a million #', '#'.repeat(1_000_000)],
    ['unclosed tags', '<a'.repeat(300_000)],
    ['unclosed comments', '<!--'.repeat(200_000)],
    ['capitals and a dash', `${'AAAA '.repeat(100_000)}- x`],
    ['a line of "By"', 'By '.repeat(200_000)],
    ['Title Case lines', 'Short Title Line\n'.repeat(50_000)],
  ])('finishes on pathological input: %s', (_name, text) => {
    const tokens = tokenize(text);
    expect(tokens.filter((token) => text.slice(token.start, token.end) !== token.text)).toEqual([]);
  }, 60_000);

  it('masks a run of unclosed <script> tags as tags, leaving no tokens', () => {
    expect(tokenize('<script>'.repeat(10_000))).toEqual([]);
  });
});
