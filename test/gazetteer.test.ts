import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteerHits, kindsOf, kindsOfSpan, startsPhraseOf, wordPhrase, type GazetteerKind } from '../src/stages/04-entities/gazetteer.js';

/**
 * gazetteerHits() stops reading at a token once no longer phrase starts with the words so far,
 * and the person-name rules skip tokens where no phrase of the kind they want starts: both must
 * find exactly what trying every span would.
 */
const WORDS = ['new', 'york', 'city', 'united', 'states', 'of', 'america', 'bank', 'nova', 'scotia', 'mr', 'president', 'prime', 'minister', 'sri', 'lanka', 'the', 'said', 'and', 'maj', '.', 'gen.', 'rio', 'de', 'janeiro', 'san', 'francisco'];

/** Every phrase of every span, as hits on its tokens, lengths then kinds in order. */
function everySpan(lowers: readonly string[]): string[][] {
  const hits: string[][] = lowers.map(() => []);
  for (let i = 0; i < lowers.length; i += 1) {
    for (let last = i; last < lowers.length; last += 1) {
      for (const kind of kindsOf(lowers.slice(i, last + 1).join(' ')) ?? []) {
        if (last === i) (hits[i] as string[]).push(`${kind}:U`);
        else {
          (hits[i] as string[]).push(`${kind}:B`);
          for (let k = i + 1; k < last; k += 1) (hits[k] as string[]).push(`${kind}:I`);
          (hits[last] as string[]).push(`${kind}:L`);
        }
      }
    }
  }
  return hits;
}

describe('gazetteer hits', () => {
  const sentences = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 });

  it('are those of trying every span', () => {
    fc.assert(
      fc.property(sentences, (lowers) => {
        expect(gazetteerHits(lowers).map((hits) => [...hits])).toEqual(everySpan(lowers));
      }),
    );
  });

  it('start a phrase of a kind exactly where some span from the token is one', () => {
    const kinds: GazetteerKind[] = ['person-title', 'honorific', 'city', 'country'];
    fc.assert(
      fc.property(sentences, (lowers) => {
        const hits = gazetteerHits(lowers);
        const words = lowers.map(wordPhrase);
        lowers.forEach((_, i) => {
          for (const kind of kinds) {
            const spans = lowers.slice(i).map((__, length) => kindsOfSpan({ lowers, words }, i, i + length));
            expect(startsPhraseOf(hits[i], kind)).toBe(spans.some((found) => found?.has(kind) === true));
          }
        });
      }),
    );
  });

  it('give each span the kinds of its words joined by spaces, tokens holding spaces too', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, 'new york', 'de janeiro', 'prime minister'), { minLength: 1, maxLength: 12 }), (lowers) => {
        const words = lowers.map(wordPhrase);
        lowers.forEach((_, first) => {
          for (let last = first; last < lowers.length; last += 1) expect(kindsOfSpan({ lowers, words }, first, last)).toBe(kindsOf(lowers.slice(first, last + 1).join(' ')));
        });
      }),
    );
    const lowers = ['in', 'rio', 'de janeiro'];
    expect(kindsOfSpan({ lowers, words: lowers.map(wordPhrase) }, 1, 2)?.has('city')).toBe(true);
  });

  it('read "Rio de Janeiro" and "New York" whole, and "city" after them as no part of them', () => {
    const hits = gazetteerHits(['said', 'rio', 'de', 'janeiro', 'and', 'new', 'york', 'city']);
    expect(hits.map((found) => [...found])).toEqual([['surname:U'], ['surname:U', 'city:B', 'region:B'], ['city:I', 'region:I'], ['city:L', 'region:L'], [], ['surname:U', 'city:B', 'region:B'], ['city:L', 'region:L', 'city:U', 'surname:U'], []]);
  });
});
