import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { staticFeatures, tagFeatures } from '../src/stages/04-entities/features.js';
import { wordLexicon } from '../src/stages/04-entities/lexicon.js';
import { nameTagger, staticScorer } from '../src/stages/04-entities/model.js';
import { AFTER_TAG_ROWS, NO_REF } from '../src/stages/04-entities/perceptron.js';
import { annotatedSentences } from '../src/stages/04-entities/sentences.js';
import { bestTag, TAGS } from '../src/stages/04-entities/tags.js';
import { readDataFile } from '../src/data/load.js';
import type { PerceptronData } from '../src/stages/04-entities/model-file.js';
import { article, fixture } from './helpers.js';

/**
 * The run-time scorer and tagger look weights up through indexes and caches; training sees
 * the feature strings. These tests add up the weights of the strings (in the run-time order:
 * context features, then the word's own, then its neighbours', then the tag features) and
 * expect the very same bits and the very same tags.
 */
const texts: [string, string][] = [
  ['the bundled article', article],
  ['a wire story', fixture('layouts/wire.txt')],
  ['a scraped page', fixture('layouts/scraped.txt')],
  ['capitals, pipes and odd words', 'IRAN AND THE US TRADE BLOWS\n\nTehran | Iran’s A|B "Quds" force met U.S. officials in New York on 1996-08-30; P&G, AT&T and ÉLYSÉE said |x| so.'],
];

describe('run-time scoring equals the weights of the training features', () => {
  const tagger = nameTagger();
  const scorer = staticScorer();
  const size = TAGS.length;
  const name = (tags: number[], k: number): string => (k < 0 ? '<s>' : (TAGS[tags[k] as number] as string));
  const ALL_TAGS = Uint8Array.from(TAGS.keys());

  it.each(texts)('on %s', (_, text) => {
    const { sentences, docView } = annotatedSentences(runPipeline(text, 'tokens'));
    for (const { view, continues } of sentences) {
      const scored = scorer.score(view, docView);
      const { afterTags, afterTagRows } = scored;
      const scores = new Float64Array(view.tokens.length * size);
      for (let i = 0; i < view.tokens.length; i += 1) scored.scoreToken(i, ALL_TAGS, scores.subarray(i * size));
      const expected = new Float64Array(view.tokens.length * size);
      const tags: number[] = [];
      staticFeatures(view, docView).forEach((features, i) => {
        const own = new Float64Array(size);
        tagger.addWeights(own, features.slice(0, 3));
        const vector = new Float64Array(size);
        tagger.addWeights(vector, features.slice(7));
        for (let t = 0; t < size; t += 1) vector[t] = (vector[t] as number) + (own[t] as number);
        tagger.addWeights(vector, features.slice(3, 7));
        expected.set(vector, i * size);
        tagger.addWeights(vector, tagFeatures(view.lowers[i] as string, name(tags, i - 1), name(tags, i - 2)));
        tags.push(bestTag(vector, tags[i - 1] ?? 0, continues[i + 1] === 1));
      });
      expect(scores).toEqual(expected);
      const rowsAfterTags = Array.from(afterTags, (start) => (start === NO_REF ? undefined : afterTagRows.slice(start, start + AFTER_TAG_ROWS)));
      expect(rowsAfterTags).toEqual(view.lowers.map((lower) => tagger.rowsAfterTags(lower)));
      expect(tagger.tag(scorer.score(view, docView), continues)).toEqual(tags);
    }
  });
});

describe('the word lexicon', () => {
  it('gives the same scores and tags after it forgets its ids, and with other articles read before', () => {
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
