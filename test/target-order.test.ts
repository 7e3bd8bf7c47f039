import { expect, it } from 'vitest';
import { runPipeline } from '../src/pipeline.js';
import { valenceLexicons } from '../src/shared/sentence-sentiment/lexicons.js';
import { valenceHits } from '../src/shared/sentence-sentiment/valence.js';
import { namingSink, targetFeatures } from '../src/stages/06-sentiment/target-features.js';
import { readTarget } from '../src/stages/06-sentiment/target.js';

// A file of its own: the target model must not be loaded before the first read below.
const SENTENCE = 'Critics said the mayor did not deserve praise for the disastrous budget.';

/** The target classifier's probabilities for "mayor", after `before` has run on the sentence's hits. */
function mayorTone(before: (read: Parameters<typeof targetFeatures>) => void): ReturnType<typeof readTarget>["probabilities"] {
  const doc = runPipeline(SENTENCE, 'tokens');
  const sentence = doc.sentences[0]!;
  const hits = valenceHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, valenceLexicons());
  const mayor = doc.tokens.findIndex((token) => token.text === 'mayor');
  before([doc, sentence, mayor, mayor, hits, namingSink(() => {})]);
  return readTarget(doc, sentence, mayor, mayor, hits).probabilities;
}

it("reads a target the same whether or not its sentence's features were asked for before the model loaded", () => {
  // The model gives its words vocabulary ids as it loads; a sentence read before that must not keep ids without them.
  const featuresFirst = mayorTone((read) => targetFeatures(...read));
  const modelFirst = mayorTone(() => {});
  expect(featuresFirst).toEqual(modelFirst);
});
