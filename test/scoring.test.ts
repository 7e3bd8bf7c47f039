import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { staticFeatures, tagFeatures } from '../src/stages/04-entities/features.js';
import { wordLexicon } from '../src/stages/04-entities/lexicon.js';
import { nameTagger, staticScorer } from '../src/stages/04-entities/model.js';
import { AFTER_TAG_ROWS, NO_REF, type SentenceScores } from '../src/stages/04-entities/perceptron.js';
import { annotatedSentences } from '../src/stages/04-entities/sentences.js';
import { bestTag, O, TAGS } from '../src/stages/04-entities/tags.js';
import { AFTER_GAP } from '../src/stages/04-entities/continuation.js';
import { readDataFile } from '../src/data/load.js';
import type { PerceptronData } from '../src/stages/04-entities/model-file.js';
import { article, fixture } from './helpers.js';

/**
 * The run-time scorer and tagger look weights up through indexes and caches, and add integer
 * weights (thousandths); training sees the feature strings, and the scorer used to add the
 * real-valued weights (integer ÷ 1000). These tests expect the very same integer sums as the
 * strings' rows, and the very same tags as the real sums of the strings' weights (in the order
 * the scorer summed them before it summed integers: context features, then the word's own,
 * then its neighbours', then the tag features).
 */
const texts: [string, string][] = [
  ['the bundled article', article],
  ['a wire story', fixture('layouts/wire.txt')],
  ['a scraped page', fixture('layouts/scraped.txt')],
  ['capitals, pipes and odd words', 'IRAN AND THE US TRADE BLOWS\n\nTehran | Iran’s A|B "Quds" force met U.S. officials in New York on 1996-08-30; P&G, AT&T and ÉLYSÉE said |x| so.'],
  ['gaps in a line', 'Paris Hilton  Obama met John Kerry   New York Times in Washington.'],
];

const tagger = nameTagger();
const scorer = staticScorer();
const size = TAGS.length;
const name = (tags: number[], k: number): string => (k < 0 ? '<s>' : (TAGS[tags[k] as number] as string));
const ALL_TAGS = Uint8Array.from(TAGS.keys());

/** The integer sum of the rows of `features` (exact, in any order). */
function integerSum(features: readonly string[]): Int32Array {
  const sum = new Int32Array(size);
  for (const feature of features) tagger.add(sum, 0, tagger.refOf(tagger.row(feature)));
  return sum;
}

/** The tags the real-valued sums of a text's feature strings choose, and the tagger's, sentence by sentence. */
function realAndRunTimeTags(text: string): { real: number[][]; runTime: number[][] } {
  const { sentences, docView } = annotatedSentences(runPipeline(text, 'tokens'));
  const real = sentences.map(({ view, continues }) => {
    const tags: number[] = [];
    // A token after a gap is tagged as after two words outside any name (Perceptron.tag).
    let afresh = -1;
    const before = (k: number): string => (afresh >= 0 && k < afresh ? 'O' : name(tags, k));
    staticFeatures(view, docView).forEach((features, i) => {
      if (continues[i] === AFTER_GAP) afresh = i;
      const vector = tagger.realScores(features, tagFeatures(view.lowers[i] as string, before(i - 1), before(i - 2)));
      tags.push(bestTag(vector, i === afresh ? O : (tags[i - 1] ?? O), continues[i + 1] === 1));
    });
    return tags;
  });
  return { real, runTime: sentences.map(({ view, continues }) => tagger.tag(scorer.score(view, docView), continues)) };
}

describe('run-time scoring equals the weights of the training features', () => {
  it.each(texts)('on %s', (_, text) => {
    const { sentences, docView } = annotatedSentences(runPipeline(text, 'tokens'));
    for (const { view } of sentences) {
      const scored = scorer.score(view, docView);
      const { afterTags, afterTagRows } = scored;
      const scores = new Float64Array(view.tokens.length * size);
      for (let i = 0; i < view.tokens.length; i += 1) expect(scored.scoreToken(i, ALL_TAGS, scores.subarray(i * size))).toBe(true);
      const expected = new Float64Array(view.tokens.length * size);
      staticFeatures(view, docView).forEach((features, i) => expected.set(integerSum(features), i * size));
      expect(scores).toEqual(expected);
      const rowsAfterTags = Array.from(afterTags, (start) => (start === NO_REF ? undefined : afterTagRows.slice(start, start + AFTER_TAG_ROWS)));
      expect(rowsAfterTags).toEqual(view.lowers.map((lower) => tagger.rowsAfterTags(lower)));
    }
    const { real, runTime } = realAndRunTimeTags(text);
    expect(runTime).toEqual(real);
  });

  it('chooses the tags of the real-valued sums on any words', () => {
    const word = fc.constantFrom('Obama', 'the', 'New', 'York', 'said', 'Iran', 'US', 'of', 'Bank', 'AT&T', 'met', 'in', '1996', 'Quds', 'and', '|', 'Paris', 'Mr.', 'ÉLYSÉE', 'x', '.', ',');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const { real, runTime } = realAndRunTimeTags(words.join(' '));
        expect(runTime).toEqual(real);
      }),
      { numRuns: 200 },
    );
  });

  it('scores a token again in real numbers where two integer scores tie for best', () => {
    const { sentences, docView } = annotatedSentences(runPipeline('Obama met the press.', 'tokens'));
    const { view, continues } = sentences[0] as (typeof sentences)[number];
    const features = staticFeatures(view, docView)[0] as string[];
    const real = tagger.realScores(features, tagFeatures(view.lowers[0] as string, '<s>', '<s>'));
    // Every candidate of the first token at 1000, once the tagger adds its tag rows (its word's t-1|w rows left out).
    const tagRows = integerSum(['t-1=<s>', 't-2|t-1=<s>|<s>']);
    let rescored = 0;
    const tied: SentenceScores = {
      afterTags: Int32Array.of(NO_REF),
      afterTagRows: new Int32Array(0),
      scoreToken: (_, tags, scores) => {
        for (const t of tags) scores[t] = 1000 - (tagRows[t] as number);
        return true;
      },
      staticFeaturesAt: () => ((rescored += 1), { features, lower: view.lowers[0] as string }),
    };
    const [tag] = tagger.tag(tied, continues.subarray(0, 1));
    expect(rescored).toBe(1);
    expect(tag).toBe(bestTag(real, 0, false));
    // Not the first of the tied tags, which the integer comparison alone would have chosen.
    expect(TAGS[tag as number]).toBe('U-PER');
  });
});

describe('the word lexicon', () => {
  it('gives the same tags after it forgets its ids, and with other articles read before', () => {
    const scorer = staticScorer();
    const tagger = nameTagger();
    const tagsOf = (text: string): number[][] => {
      const { sentences, docView } = annotatedSentences(runPipeline(text, 'tokens'));
      return sentences.map(({ view, continues }) => {
        return tagger.tag(scorer.score(view, docView), continues);
      });
    };
    const [, capitals] = texts[3] as [string, string];
    const first = tagsOf(capitals);
    wordLexicon().forget();
    expect(tagsOf(capitals)).toEqual(first);
    tagsOf(article);
    expect(tagsOf(capitals)).toEqual(first);
  });
});

describe("the tagger's tables", () => {
  it('find every feature of the shipped model at its own row, and nothing for a feature it lacks', () => {
    const data = readDataFile<PerceptronData>('models/ner-perceptron.json');
    const tagger = nameTagger();
    const lines = data.features.split('\n');
    const lastRow = new Map(lines.map((feature, row) => [feature, row]));
    const misses = lines.filter((feature) => tagger.row(feature) !== lastRow.get(feature));
    expect(misses).toEqual([]);
    for (const absent of ['w=no-such-word-here', 't-1|w=O|no-such-word-here', 't-1|w=NOT-A-TAG|the', 'W=', 'sh=', 'no-template']) expect(tagger.row(absent)).toBeUndefined();
  });

  it('give each word its t-1|w rows by previous tag, and none for a word no such feature names', () => {
    const tagger = nameTagger();
    const rows = tagger.rowsAfterTags('the');
    expect(rows).toEqual(Int32Array.from([...TAGS, '<s>'], (previous) => tagger.refOf(tagger.row(`t-1|w=${previous}|the`))));
    expect(tagger.rowsAfterTags('no-such-word-here')).toBeUndefined();
  });
});
