import type { Token } from '../document/document.js';
import { plainLower } from './text.js';
import { mapPacked } from './arrays.js';

/**
 * Every word a word list or model names (the bias and frame patterns' words, the sentiment
 * lexicons' entries and rule words, the target classifier's words), with an integer id, and each document's tokens spelled as those lists read them,
 * with their ids. A token's spellings are hashed once a document, here, and the lists then
 * read arrays and maps by id: a word looked up in the sentiment lexicons' 16,000 entries, then
 * in the patterns' words, was a string hashed and a large table probed several times over.
 * The vocabulary only grows (a user dictionary adds its words) and is shared by every list.
 */
const vocabulary = new Map<string, number>();

/** How many words have ids: what was read with fewer may be missing a word's id. */
export function vocabularySize(): number {
  return vocabulary.size;
}

/** The id of `word`, which a list names: given on first use. */
export function wordId(word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) vocabulary.set(word, (id = vocabulary.size));
  return id;
}

/** A document's tokens as the word lists read them: each token's two spellings (lemma, lower-case text) and their ids. */
export interface SpelledTokens {
  /** The lemma, or the lower-case text where the token has none. */
  lemma: string[];
  /** The lower-case text, typographic apostrophes made plain. */
  lower: string[];
  /** Their ids in the vocabulary; -1 for a word no list or model names (most words). */
  lemmaId: Int32Array;
  lowerId: Int32Array;
  /** The vocabulary's size when the ids were read: a list loaded since may name words that had none. */
  known: number;
}

const spelledByTokens = new WeakMap<readonly Token[], SpelledTokens>();

/** `spelled` with ids read again if the vocabulary grew since they were read (a list loaded on first use, a user dictionary). */
export function currentIds(spelled: SpelledTokens): SpelledTokens {
  if (spelled.known === vocabulary.size) return spelled;
  for (let t = 0; t < spelled.lemma.length; t += 1) {
    const lower = spelled.lower[t] as string;
    const lemma = spelled.lemma[t] as string;
    spelled.lowerId[t] = vocabulary.get(lower) ?? -1;
    // Most tokens are spelled as their lemma: one lookup.
    spelled.lemmaId[t] = lemma === lower ? (spelled.lowerId[t] as number) : (vocabulary.get(lemma) ?? -1);
  }
  spelled.known = vocabulary.size;
  return spelled;
}

/**
 * Every token's spellings and their ids, worked out once per document (the sentiment, bias and
 * framing stages all read them), with the ids of every list loaded so far.
 */
export function spelledTokens(tokens: readonly Token[]): SpelledTokens {
  let spelled = spelledByTokens.get(tokens);
  if (!spelled) {
    const lower = mapPacked(tokens, (token) => plainLower(token.text));
    const lemma = mapPacked(tokens, (token, t) => token.lemma ?? (lower[t] as string));
    spelled = { lemma, lower, lemmaId: new Int32Array(tokens.length), lowerId: new Int32Array(tokens.length), known: -1 };
    spelledByTokens.set(tokens, spelled);
  }
  return currentIds(spelled);
}
