import { describe, expect, it } from 'vitest';
import type { Token } from '../src/document/document.js';
import { runPipeline } from '../src/pipeline.js';
import { wordLexicon } from '../src/stages/04-entities/lexicon.js';
import { currentIds, spelledTokens, tokenSpellings, wordId, type SpelledTokens } from '../src/shared/vocabulary.js';

// A file of its own: it adds a word to the process's vocabulary.

/** The spellings and ids as read from each token's text: a copy of the tokens has none recorded by the token stage. */
function fromTexts(tokens: readonly Token[]): SpelledTokens {
  return spelledTokens([...tokens]);
}

function expectSpelledAlike(spelled: SpelledTokens, expected: SpelledTokens): void {
  expect(spelled.lower).toEqual(expected.lower);
  expect(spelled.lemma).toEqual(expected.lemma);
  expect([...spelled.lowerId]).toEqual([...expected.lowerId]);
  expect([...spelled.lemmaId]).toEqual([...expected.lemmaId]);
}

// A word under several parts of speech ("back"), a possessive ending wink splits off and one it
// leaves on ("the State’s."), contractions' expansions, and markup around and inside words.
const PLAIN = "The State’s lawyers can’t state it plainly: the state will back the plan, back it fully, and go back. Critics didn't praise the State’s.";
const MARKED = "<p>The <b>State</b>’s lawyers can’t <i>state</i> it plainly: the state will back the plan.</p><p>Critics didn't praise the State’s.</p>";

describe("a document's spelled tokens", () => {
  it('are the spellings and ids read from the tokens’ texts, with and without markup', () => {
    for (const text of [PLAIN, MARKED, PLAIN]) {
      const doc = runPipeline(text, 'tokens');
      const recorded = tokenSpellings(doc.tokens);
      expect(recorded?.numbers.length).toBe(doc.tokens.length);
      expectSpelledAlike(spelledTokens(doc.tokens), fromTexts(doc.tokens));
    }
  });

  it('have the ids of words the vocabulary gains after they were first read, in the same document and the next', () => {
    const text = 'The zorblatic plan drew zorblatic praise.';
    const first = runPipeline(text, 'tokens');
    const spelled = spelledTokens(first.tokens);
    const at = first.tokens.findIndex((token) => token.text === 'zorblatic');
    expect(spelled.lowerId[at]).toBe(-1);
    const id = wordId('zorblatic');
    expect(currentIds(spelled).lowerId[at]).toBe(id);
    expect(spelled.lemmaId[at]).toBe(id);
    const next = runPipeline(text, 'tokens');
    expectSpelledAlike(spelledTokens(next.tokens), fromTexts(next.tokens));
    expect(spelledTokens(next.tokens).lowerId[at]).toBe(id);
  });
});

describe("the entity lexicon's text ids", () => {
  it('are the ids of the tokens’ texts, read through the spellings or not, from document to document', () => {
    const lexicon = wordLexicon();
    for (const text of [PLAIN, MARKED, PLAIN]) {
      const doc = runPipeline(text, 'tokens');
      const ids = lexicon.idsOf(doc.tokens);
      expect([...ids]).toEqual([...lexicon.idsOf([...doc.tokens])]);
      expect(doc.tokens.map((_, t) => lexicon.texts[ids[t]!])).toEqual(doc.tokens.map((token) => token.text));
    }
  });

  it('stay right after the lexicon forgets its texts', () => {
    const lexicon = wordLexicon();
    const doc = runPipeline(PLAIN, 'tokens');
    lexicon.idsOf(doc.tokens);
    lexicon.forget();
    const again = runPipeline(PLAIN, 'tokens');
    const ids = lexicon.idsOf(again.tokens);
    expect(again.tokens.map((_, t) => lexicon.texts[ids[t]!])).toEqual(again.tokens.map((token) => token.text));
  });
});
