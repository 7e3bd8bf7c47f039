import type { Token } from '../document/document.js';
import { plainLower } from './text.js';
import { grown } from './arrays.js';

/**
 * Every word a word list or model names (the bias and frame patterns' words, the sentiment
 * lexicons' entries and rule words, the target classifier's words), with an integer id, and each document's tokens spelled as those lists read them,
 * with their ids. A token's spellings are read once a document, here (from the numbers the token
 * stage recorded where wink read it as a word, else from its text), and the lists then
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

/**
 * The spellings of the words one wink instance read (its LexemeFacts numbers them: shared/wink.ts),
 * each pair of a lower-case text and a lemma once, by number, with their vocabulary ids: a
 * token read as such a pair is spelled, and its ids found, by reading arrays, where spelling it
 * lower-cased its text and looked both spellings up in the vocabulary at every token of every
 * document. A pair's ids are read again when it is next read after the vocabulary grew (a model
 * loaded, a user's dictionary), so a growing vocabulary costs only the pairs documents use.
 */
export class WordSpellings {
  /** By spelling number: the lower-case text, typographic apostrophes made plain. */
  readonly lower: string[] = [];
  /** By spelling number: the lemma, or the lower-case text where the word has none. */
  readonly lemma: string[] = [];
  /** By spelling number: the ids of the lower-case text and of the lemma (-1: no list names it), read when the vocabulary held `idsKnown` - 1 words. */
  private lowerIds = new Int32Array(0);
  private lemmaIds = new Int32Array(0);
  private idsKnown = new Int32Array(0);

  constructor() {
    // These tables grow later. Stored here a second time, they are mutable fields to V8 from the
    // start, so their first growth deoptimises no function optimised to read them as constants.
    this.lowerIds = new Int32Array(4096);
    this.lemmaIds = new Int32Array(4096);
    this.idsKnown = new Int32Array(4096);
  }

  /** A new spelling's number. */
  add(lower: string, lemma: string): number {
    const number = this.lower.length;
    if (number === this.lowerIds.length) [this.lowerIds, this.lemmaIds, this.idsKnown] = [grown(this.lowerIds, number + 1), grown(this.lemmaIds, number + 1), grown(this.idsKnown, number + 1)];
    this.lower.push(lower);
    this.lemma.push(lemma);
    return number;
  }

  /** Copies spelling `number`'s ids, current with the vocabulary, to place `at` of `lowerIds` and `lemmaIds`. */
  copyIds(number: number, lowerIds: Int32Array, lemmaIds: Int32Array, at: number): void {
    if (this.idsKnown[number] !== vocabulary.size + 1) {
      readIds(this.lower[number] as string, this.lemma[number] as string, this.lowerIds, this.lemmaIds, number);
      this.idsKnown[number] = vocabulary.size + 1;
    }
    lowerIds[at] = this.lowerIds[number] as number;
    lemmaIds[at] = this.lemmaIds[number] as number;
  }
}

/** The ids of `lower` and `lemma`, into place `at` of `lowerIds` and `lemmaIds`. */
function readIds(lower: string, lemma: string, lowerIds: Int32Array, lemmaIds: Int32Array, at: number): void {
  const lowerId = vocabulary.get(lower) ?? -1;
  lowerIds[at] = lowerId;
  // Most words are spelled as their lemma: one lookup.
  lemmaIds[at] = lemma === lower ? lowerId : (vocabulary.get(lemma) ?? -1);
}

/** Per token of a document, the number of its spelling in `spellings`, or -1 where it is spelled from its text (not a word as wink read it). */
export interface TokenSpellings {
  spellings: WordSpellings;
  numbers: Int32Array;
}

const spellingsByTokens = new WeakMap<readonly Token[], TokenSpellings>();

/** Records what the token stage knew of `tokens`' spellings. */
export function setTokenSpellings(tokens: readonly Token[], spellings: TokenSpellings): void {
  spellingsByTokens.set(tokens, spellings);
}

/** The spellings the token stage recorded for `tokens`, if it made them. */
export function tokenSpellings(tokens: readonly Token[]): TokenSpellings | undefined {
  return spellingsByTokens.get(tokens);
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
  /** The token stage's spellings of the tokens, where it made them. */
  from: TokenSpellings | undefined;
}

const spelledByTokens = new WeakMap<readonly Token[], SpelledTokens>();

/** `spelled` with ids read again if the vocabulary grew since they were read (a list loaded on first use, a user dictionary). */
export function currentIds(spelled: SpelledTokens): SpelledTokens {
  if (spelled.known === vocabulary.size) return spelled;
  const { from, lowerId, lemmaId } = spelled;
  for (let t = 0; t < spelled.lemma.length; t += 1) {
    const number = from === undefined ? -1 : (from.numbers[t] as number);
    if (number < 0) readIds(spelled.lower[t] as string, spelled.lemma[t] as string, lowerId, lemmaId, t);
    else (from as TokenSpellings).spellings.copyIds(number, lowerId, lemmaId, t);
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
    const from = spellingsByTokens.get(tokens);
    const lower: string[] = [];
    const lemma: string[] = [];
    for (let t = 0; t < tokens.length; t += 1) {
      const number = from === undefined ? -1 : (from.numbers[t] as number);
      if (number >= 0) {
        lower.push((from as TokenSpellings).spellings.lower[number] as string);
        lemma.push((from as TokenSpellings).spellings.lemma[number] as string);
      } else {
        const token = tokens[t] as Token;
        const plain = plainLower(token.text);
        lower.push(plain);
        lemma.push(token.lemma ?? plain);
      }
    }
    // No ids read yet (known -1): currentIds reads them, the one place that does.
    spelled = { lemma, lower, lemmaId: new Int32Array(tokens.length), lowerId: new Int32Array(tokens.length), known: -1, from };
    spelledByTokens.set(tokens, spelled);
  }
  return currentIds(spelled);
}
