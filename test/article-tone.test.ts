import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, scoreSentiment } from '../src/index.js';

const POSITIVE = ['The garden looks beautiful and peaceful.', 'The rescue was a success.'];
const NEGATIVE = ['Critics condemned the cruel attack.', 'The firm collapsed.'];
const NEUTRAL = ['The report was published on Monday.', 'The meeting is at noon.'];

describe('article tone: the share of positive sentences less the share of negative ones', () => {
  it('counts each sentence by its label, whatever its strength', () => {
    const text = `${POSITIVE[0]} ${POSITIVE[1]} ${NEGATIVE[1]} ${NEUTRAL[0]}`;
    const { sentiment } = analyze(text, { skip: ['bias', 'framing'] });
    expect(sentiment?.article.score).toBe(0.25);
    expect(sentiment?.article.label).toBe('positive');
    // No quotes: the writer's tone is the article's.
    expect(sentiment?.voices.writer?.score).toBe(0.25);
  });

  it('reaches the ends of the scale when every sentence leans one way, as a mean of sentence scores never does', () => {
    const { sentiment } = analyze(NEGATIVE.join(' '), { skip: ['bias', 'framing'] });
    expect(sentiment?.article.score).toBe(-1);
    expect(scoreSentiment(NEGATIVE.join(' ')).score).toBeGreaterThan(-1);
  });

  it('holds for any mix of sentences: the score is (positive - negative) / sentences', () => {
    const pool = [...POSITIVE, ...NEGATIVE, ...NEUTRAL];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 8 }), (sentences) => {
        const analysis = analyze(sentences.join(' '), { skip: ['bias', 'framing'] });
        const labels = analysis.sentences.map((sentence) => sentence.sentiment?.label);
        const expected = (labels.filter((label) => label === 'positive').length - labels.filter((label) => label === 'negative').length) / labels.length;
        expect(analysis.sentiment?.article.score).toBeCloseTo(expected, 4);
        expect(analysis.sentiment?.body?.score).toBeCloseTo(expected, 4);
      }),
      { numRuns: 25 },
    );
  });
});
