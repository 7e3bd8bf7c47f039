import { describe, expect, it } from 'vitest';
import type { Token } from '../src/document/document.js';
import { PatternIndex } from '../src/shared/patterns.js';
import { spelledTokens } from '../src/shared/vocabulary.js';

/** Word tokens of `words` ("text/lemma" where the lemma differs), one space apart. */
function tokensOf(...words: string[]): Token[] {
  let start = 0;
  return words.map((word) => {
    const [text, lemma] = word.split('/') as [string, string | undefined];
    const token: Token = { text, start, end: start + text.length, kind: 'word', pos: 'NOUN', sentence: 0, lemma: lemma ?? text.toLowerCase() };
    start = token.end + 1;
    return token;
  });
}

/** Every match from the first token, as `entry:last`, in the order the index gives them. */
function matchesAtStart(index: PatternIndex<string>, tokens: Token[]): string[] {
  return index.matchAt(tokens, spelledTokens(tokens), 0, tokens.length).map(({ entry, last }) => `${entry}:${last}`);
}

describe('PatternIndex', () => {
  // Five patterns open on "the"; each carries the words its second item needs, if it needs any.
  // Those whose second item is a word ("rich", "rich|wealthy") are tried only where the next
  // token is one of its words; the others ("*", an optional item) wherever "the" stands.
  const index = PatternIndex.of([
    { match: 'the rich', entry: 'rich' },
    { match: 'the * elite', entry: 'any-elite' },
    { match: 'the rich|wealthy elite', entry: 'elite' },
    { match: 'the very? rich', entry: 'very-rich' },
    { match: 'the fact that', entry: 'fact' },
  ]);

  it('gives every pattern that matches, in the order the patterns were written, whatever index found it', () => {
    expect(matchesAtStart(index, tokensOf('the', 'rich', 'elite'))).toEqual(['rich:1', 'any-elite:2', 'elite:2', 'very-rich:1']);
    expect(matchesAtStart(index, tokensOf('the', 'wealthy', 'elite'))).toEqual(['any-elite:2', 'elite:2']);
    expect(matchesAtStart(index, tokensOf('the', 'very', 'rich'))).toEqual(['very-rich:2']);
    expect(matchesAtStart(index, tokensOf('The', 'fact', 'that'))).toEqual(['fact:2']);
  });

  it('reads the next word by its lemma as well as its spelling', () => {
    expect(matchesAtStart(index, tokensOf('the', 'richest/rich', 'elite'))).toEqual(['rich:1', 'any-elite:2', 'elite:2', 'very-rich:1']);
  });

  it('matches nothing where the first word stands last', () => {
    expect(matchesAtStart(index, tokensOf('the'))).toEqual([]);
  });
});
