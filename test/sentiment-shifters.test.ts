import { describe, expect, it } from 'vitest';
import { scoreSentiment } from '../src/index.js';

/** `word:scorer:weight`, with `!` when negated. */
const brief = (text: string): string[] => scoreSentiment(text).evidence.map((e) => `${e.text}:${e.scorer}:${e.weight}${e.negated ? '!' : ''}`);

describe('valence shifters beyond negation of praise', () => {
  it('reads a negated negative word as neutral, not as praise', () => {
    expect(brief('The plan is not terrible.')).toEqual(['terrible:afinn:0!', 'terrible:vader:0!', 'terrible:wink:0!']);
    expect(scoreSentiment('The plan is not terrible.').label).toBe('neutral');
  });

  it('weighs the words after a modal or "if" in their clause less: what is not the case', () => {
    expect(brief('The deal could be wonderful.')).toEqual(['wonderful:afinn:2.8', 'wonderful:vader:1.89', 'wonderful:wink:3.5']);
    expect(brief('If the deal is wonderful, we will sign it.')[0]).toBe('wonderful:afinn:2.8');
    expect(scoreSentiment('The deal could be wonderful.').score).toBeLessThan(scoreSentiment('The deal will be wonderful.').score);
  });

  it('does not take a capitalised "May" inside a sentence for the modal', () => {
    expect(brief('In May the deal was wonderful.')[0]).toBe('wonderful:afinn:4');
  });

  it('weighs the words of a question half', () => {
    expect(brief('Is the deal wonderful?')[0]).toBe('wonderful:afinn:2');
    expect(brief('"Is the deal wonderful?"')[0]).toBe('wonderful:afinn:2');
  });

  it('reads "no wonder" and "no doubt" as the set phrases they are', () => {
    expect(brief('It is no wonder that prices rose.').some((item) => item.startsWith('wonder'))).toBe(false);
    expect(brief('There is no doubt the plan works.').some((item) => item.startsWith('doubt'))).toBe(false);
  });
});
