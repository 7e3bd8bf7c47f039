import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../src/index.js';
import { article } from './helpers.js';

/** What a reader cannot see, and so what may lie between tokens. */
const BLANK = /[\s\0-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]/;

function expectOffsetsTrue(text: string, tokens: Token[]): void {
  let previousEnd = 0;
  for (const token of tokens) {
    expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(token.start).toBeGreaterThanOrEqual(previousEnd);
    expect(token.end).toBeGreaterThan(token.start);
    previousEnd = token.end;
  }
}

/** Nothing visible is lost: every character outside the tokens is blank. */
function expectNothingLost(text: string, tokens: Token[]): void {
  let cursor = 0;
  for (const token of [...tokens, { start: text.length, end: text.length }]) {
    for (const char of text.slice(cursor, token.start)) expect(char).toMatch(BLANK);
    cursor = token.end;
  }
}

/** Awkward characters, weighted so that they meet each other often. */
const awkward = fc.string({
  unit: fc.constantFrom(
    'a', 'B', 'word', 'Title', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u2003', '\u200b', '\ufeff', '\u2028',
    '\0', '\f', '\v', '.', '!', '?', ',', ';', ':', '-', '—', '’', "'", '"', '“', '”', '(', ')', '$', '%', '&',
    '1', '2020', '3rd', '😀', '👩‍👩‍👧', 'e\u0301', '\ud800', '\udc00', 'U.S.', "don't", 'http://x.org/a', 'a@b.co', '@user', '#tag', ':)',
    'Also Read : ', 'By Jane Doe', 'WASHINGTON (Reuters) - ',
  ),
  maxLength: 60,
});

describe('tokenize()', () => {
  it('anchors every token of the bundled article at its offset, losing nothing', () => {
    const tokens = tokenize(article);
    expect(tokens.length).toBeGreaterThan(600);
    expectOffsetsTrue(article, tokens);
    expectNothingLost(article, tokens);
  });

  it('round-trips offsets for arbitrary strings, including lone surrogates and markup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), awkward), (text) => {
        expectOffsetsTrue(text, tokenize(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('covers every visible character of text without markup', () => {
    // '<' and '#' are excluded: tags and markdown markers are masked on purpose (tested below).
    const noMarkup = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), awkward).map((text) => text.replace(/[<#*_]/g, 'x'));
    fc.assert(
      fc.property(noMarkup, (text) => {
        expectNothingLost(text, tokenize(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives each token its sentence, kind, POS and lemma', () => {
    const text = 'Iran fired missiles.\r\n\r\nNo casualties were reported.';
    expect(tokenize(text).map(({ text, kind, pos, lemma, sentence }) => [text, kind, pos, lemma, sentence])).toEqual([
      ['Iran', 'word', 'PROPN', 'iran', 0],
      ['fired', 'word', 'VERB', 'fire', 0],
      ['missiles', 'word', 'NOUN', 'missile', 0],
      ['.', 'punctuation', 'PUNCT', undefined, 0],
      ['No', 'word', 'DET', 'no', 1],
      ['casualties', 'word', 'NOUN', 'casualty', 1],
      ['were', 'word', 'AUX', 'be', 1],
      ['reported', 'word', 'VERB', 'report', 1],
      ['.', 'punctuation', 'PUNCT', undefined, 1],
    ]);
  });

  it('splits a possessive off its word, even where wink leaves it on (before punctuation)', () => {
    const tokens = tokenize('It was President Trump’s. Iran’s, Israel’s and the US’ plans.');
    expect(tokens.filter((token) => token.pos === 'PART').map((token) => [token.text, token.start])).toEqual([
      ['’s', 22],
      ['’s', 30],
      ['’s', 40],
    ]);
    expect(tokens.slice(3, 6).map((token) => token.text)).toEqual(['Trump', '’s', '.']);
    expect(tokens.slice(13, 15).map((token) => token.text)).toEqual(['US', '’']);
  });

  it('keeps exact offsets across CRLF, tabs, NBSP, curly quotes, emoji and combining marks', () => {
    const text = 'He said:\r\n\t“Cafe\u0301\u00a0😀 isn’t open.”';
    const tokens = tokenize(text);
    expect(tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ['He', 0, 2],
      ['said', 3, 7],
      [':', 7, 8],
      ['“', 11, 12],
      ['Cafe\u0301', 12, 17],
      ['😀', 18, 20],
      ['is', 21, 23],
      ['n’t', 23, 26],
      ['open', 27, 31],
      ['.', 31, 32],
      ['”', 32, 33],
    ]);
  });

  it('does not tokenize HTML tags, script bodies or markdown heading markers', () => {
    const tokens = tokenize('<h1>Vote Today</h1><script>alert("x")</script><p>Polls open at <b>nine</b>.</p>\n\n## Results Tonight\n\nCount starts.');
    const words = tokens.map((token) => token.text);
    expect(words).toEqual(['Vote', 'Today', 'Polls', 'open', 'at', 'nine', '.', 'Results', 'Tonight', 'Count', 'starts', '.']);
  });
});
