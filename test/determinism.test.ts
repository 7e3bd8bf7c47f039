import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, tokenize } from '../src/index.js';
import { article } from './helpers.js';

/*
 * This file runs in a worker of its own, so the first analysis here is the first of the process.
 * wink-nlp adds every word it does not know to its lexicon, and its tokenizer keeps a word
 * whole once the lexicon holds it: "Trump’s." at the end of a paragraph put "Trump’s" there,
 * and from then on "Trump’s administration" was one token instead of two, which moved the
 * US entity's sentiment from -0.0689 to -0.0695 on every call after the first.
 */
const mutated = article.replace('Friendship Between The US And Israel\n\n', 'Friendship Between The US And Israel\n\nIn the end, the decision was Trump’s.\n\n');
const harbour = (JSON.parse(readFileSync(new URL('../examples/corpus.jsonl', import.meta.url), 'utf8').split('\n')[0] as string) as { text: string }).text;

/** JSON.stringify(analyze(text)) of each text in turn, in a new Node process running the build. */
function analysedInNewProcess(texts: string[]): string[] {
  const dist = new URL('../dist/index.js', import.meta.url).href;
  const script = `import { analyze } from ${JSON.stringify(dist)};
let input = '';
for await (const chunk of process.stdin) input += chunk;
process.stdout.write(JSON.stringify(JSON.parse(input).map((text) => JSON.stringify(analyze(text)))));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(texts), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(output) as string[];
}

/** Byte for byte; where they differ, the JSON around the first difference says what moved. */
function expectSameJson(actual: string, expected: string, what: string): void {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at += 1;
  const around = (json: string): string => json.slice(Math.max(0, at - 120), at + 120);
  expect(around(actual), what).toBe(around(expected));
}

describe('the same text gives the same analysis', () => {
  it('whatever was analysed before it, in this process or in a new one', () => {
    const first = JSON.stringify(analyze(mutated));
    const between = JSON.stringify(analyze(harbour));
    const again = JSON.stringify(analyze(mutated));
    expectSameJson(again, first, 'the mutated article, analysed again after the harbour article');
    // The other order, harbour first: a leak from whichever text comes first shows.
    const [harbourFirst, mutatedSecond] = analysedInNewProcess([harbour, mutated]);
    expectSameJson(harbourFirst as string, between, 'the harbour article, first in a new process');
    expectSameJson(mutatedSecond as string, first, 'the mutated article, after the harbour article in a new process');
  });

  it('gives every entity the same tone on the first call of a process as on later calls', () => {
    const text = [
      'Mayor Ellen Park defends the harbour plan',
      '',
      'Mayor Ellen Park said on Monday that the plan was a wonderful chance for the town. Critics called Park’s plan reckless.',
      '',
      'Councillor Tom Reyes does not think the mayor has done a good job. Reyes and his cronies blocked the vote, Park said.',
      '',
      // A possessive before a full stop once taught wink a word that later calls kept whole.
      'In the end, the choice was Park’s.',
    ].join('\n');
    const tones = (json: string): string => JSON.stringify((JSON.parse(json) as ReturnType<typeof analyze>).entities.map((entity) => [entity.id, entity.sentiment]));
    const [firstInProcess, secondInProcess] = analysedInNewProcess([text, text]);
    const later = JSON.stringify(analyze(text));
    expect(tones(later)).toContain('"confidence"');
    expectSameJson(tones(firstInProcess as string), tones(later), 'entity tones, first call of a new process against a later call here');
    expectSameJson(tones(secondInProcess as string), tones(later), 'entity tones, second call of a new process against a later call here');
    expectSameJson(firstInProcess as string, later, 'the whole analysis, first call of a new process against a later call here');
  });

  it('splits a possessive the same way after reading the same word before punctuation', () => {
    const sentence = 'Just as stunning is Marco Rubio’s collapse in his home state.';
    const before = tokenize(sentence);
    tokenize('Every campaign took the money except Rubio’s, the filings show.');
    const after = tokenize(sentence);
    expect(after).toEqual(before);
    expect(after.slice(4, 7)).toEqual([
      { text: 'Marco', start: 20, end: 25, kind: 'word', pos: 'PROPN', sentence: 0, lemma: 'marco' },
      { text: 'Rubio', start: 26, end: 31, kind: 'word', pos: 'PROPN', sentence: 0, lemma: 'rubio' },
      { text: '’s', start: 31, end: 33, kind: 'word', pos: 'PART', sentence: 0, lemma: '’s' },
    ]);
  });

  /*
   * wink keeps the words it learned that are plain letters from one text to the next. Made-up
   * words and numbers (wink knows none of them) in the places where a known word is kept whole and an unknown
   * one split or given another category: before an apostrophe or a period, joined by a period or
   * a hyphen, glued to digits or to a currency code.
   */
  const madeUpWord = fc.stringMatching(/^[QZ][qzxv]{2,4}$|^[qzxv]{3,5}$|^[6-9]{5}$/);
  const placings = [
    (w: string): string => w,
    (w: string): string => `${w}’s`,
    (w: string): string => `${w}'s,`,
    (w: string): string => `${w}’s.`,
    (w: string): string => `${w}.`,
    (w: string): string => `(${w})`,
    (w: string): string => `“${w}”`,
    (w: string): string => `${w}-${w}`,
    (w: string): string => `${w}.${w}`,
    (w: string): string => `a.${w}`,
    (w: string): string => `${w}2008`,
    (w: string): string => `2008${w}`,
    (w: string): string => `USD${w}`,
    (w: string): string => `${w}USD`,
  ];
  /** Texts of the words in `pool`, each in one of the placings, ending as a sentence. */
  const textsOf = (pool: string[], count: number): fc.Arbitrary<string[]> => {
    const placed = fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...placings)).map(([word, place]) => place(word));
    const text = fc.array(placed, { minLength: 1, maxLength: 6 }).map((words) => `${words.join(' ')} said.`);
    return fc.array(text, { minLength: count, maxLength: count });
  };
  const sentenceAndOthers = fc.array(madeUpWord, { minLength: 1, maxLength: 3 }).chain((pool) => fc.tuple(textsOf(pool, 1), textsOf(pool, 3)));

  it('tokenizes made-up words the same whatever texts with the same words were read before', () => {
    fc.assert(
      fc.property(sentenceAndOthers, ([[sentence], others]) => {
        const before = tokenize(sentence as string);
        for (const other of others) tokenize(other);
        expect(tokenize(sentence as string)).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
