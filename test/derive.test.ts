import { describe, expect, it } from 'vitest';
import { adverbOf, nounOf } from '../src/stages/07-bias/derive.js';

describe('derived evaluative words', () => {
  it('spells the manner adverb of an adjective', () => {
    expect(['brutal', 'hysteric', 'feeble', 'sloppy', 'full', 'coy', 'callous'].map(adverbOf)).toEqual(['brutally', 'hysterically', 'feebly', 'sloppily', 'fully', 'coyly', 'callously']);
  });

  it('spells the quality noun of an adjective', () => {
    expect(['callous', 'sloppy', 'coy'].map(nounOf)).toEqual(['callousness', 'sloppiness', 'coyness']);
  });
});
