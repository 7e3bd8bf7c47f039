import type { Token } from '../../document/document.js';
import { wordPhrase, type WordPhrase } from './gazetteer.js';
import { TextTable } from './text-table.js';
import { IN_LOWER_CASE, textFlagsOf } from './text-flags.js';
import { grown } from '../../shared/arrays.js';
import { tokenSpellings, type WordSpellings } from '../../shared/vocabulary.js';

/**
 * Above this many texts the lexicon forgets them all before the next article: a token adds at
 * most one text and one word, and the scorer's caches grow with them.
 */
const MAX_TEXTS = 50_000;

/**
 * The token texts and lower-cased words the entity stage has read, each interned to an integer
 * id, kept from article to article. A token's text is hashed once an article (one TextTable
 * lookup), or, where the token stage read it as one of wink's words, once per word (its id is
 * remembered by the word's spelling number); what the stage knows of a word (its lower case and gazetteer entry here, its shape and weights
 * in the scorer) is then read from arrays by id, with no string built or hashed again. Ids are
 * only ever forgotten between articles (idsOf), and `generation` tells the caches kept by id.
 */
export class WordLexicon {
  private readonly textIds = new TextTable();
  private readonly lowerIds = new Map<string, number>();
  /** By text id. */
  readonly texts: string[] = [];
  /** By text id: the id of its lower-cased word. */
  private lowerOfText = new Int32Array(0);
  /** By text id: its text-flags.ts bits (tests of the text's characters a token would otherwise make). */
  private textFlags = new Uint8Array(0);
  /** By lower id. */
  readonly lowers: string[] = [];
  /** By lower id: the gazetteer's entry for the word alone (what phrases starting with it reach). */
  readonly phrases: (WordPhrase | undefined)[] = [];
  /** Counts the times every id was forgotten. */
  generation = 0;
  /**
   * By the number of a spelling in `spellingsRead` (a wink instance's: the token stage's
   * TokenSpellings), 1 + the id of the text of the word it spells (0: not read yet), so a token
   * read as such a word has its text's id read from an array, not hashed.
   */
  private textOfSpelling = new Int32Array(4096);
  private spellingsRead: WordSpellings | undefined;

  constructor() {
    // These tables grow later. Stored here a second time, they are mutable fields to V8 from the
    // start, so their first growth deoptimises no function optimised to read them as constants.
    this.lowerOfText = new Int32Array(1024);
    this.textFlags = new Uint8Array(1024);
  }

  /** The text ids of an article's tokens; forgets every id first if the article could overfill the lexicon. */
  idsOf(tokens: readonly Token[]): Int32Array {
    if (this.texts.length + tokens.length > MAX_TEXTS) this.forget();
    const ids = new Int32Array(tokens.length);
    const spelled = tokenSpellings(tokens);
    if (spelled === undefined) {
      for (let i = 0; i < tokens.length; i += 1) ids[i] = this.textId((tokens[i] as Token).text);
      return ids;
    }
    const { spellings, numbers } = spelled;
    if (spellings !== this.spellingsRead) [this.spellingsRead, this.textOfSpelling] = [spellings, new Int32Array(Math.max(4096, spellings.lower.length))];
    if (spellings.lower.length > this.textOfSpelling.length) this.textOfSpelling = grown(this.textOfSpelling, spellings.lower.length);
    const textOfSpelling = this.textOfSpelling;
    for (let i = 0; i < tokens.length; i += 1) {
      const number = numbers[i] as number;
      if (number < 0) ids[i] = this.textId((tokens[i] as Token).text);
      else {
        let id = (textOfSpelling[number] as number) - 1;
        if (id < 0) textOfSpelling[number] = (id = this.textId((tokens[i] as Token).text)) + 1;
        ids[i] = id;
      }
    }
    return ids;
  }

  /** The id of a text's lower-cased word. */
  lowerId(textId: number): number {
    return this.lowerOfText[textId] as number;
  }

  /** Whether a text is written in lower case: text === text.toLowerCase(). */
  inLowerCase(textId: number): boolean {
    return ((this.textFlags[textId] as number) & IN_LOWER_CASE) !== 0;
  }

  /** A text's text-flags.ts bits. */
  flags(textId: number): number {
    return this.textFlags[textId] as number;
  }

  get textCount(): number {
    return this.texts.length;
  }

  get lowerCount(): number {
    return this.lowers.length;
  }

  private textId(text: string): number {
    let id = this.textIds.idOf(text);
    if (id < 0) {
      id = this.textIds.add(text);
      this.texts.push(text);
      if (id === this.lowerOfText.length) {
        this.lowerOfText = grown(this.lowerOfText, id + 1);
        this.textFlags = grown(this.textFlags, id + 1);
      }
      const lower = text.toLowerCase();
      this.lowerOfText[id] = this.lowerIdOf(lower);
      this.textFlags[id] = textFlagsOf(text, lower);
    }
    return id;
  }

  private lowerIdOf(lower: string): number {
    let id = this.lowerIds.get(lower);
    if (id === undefined) {
      id = this.lowers.length;
      this.lowerIds.set(lower, id);
      this.lowers.push(lower);
      this.phrases.push(wordPhrase(lower));
    }
    return id;
  }

  /** Forgets every id (what idsOf does when the lexicon is full). */
  forget(): void {
    this.textIds.clear();
    this.lowerIds.clear();
    this.texts.length = 0;
    this.lowers.length = 0;
    this.phrases.length = 0;
    this.textOfSpelling.fill(0);
    this.generation += 1;
  }
}

let shared: WordLexicon | undefined;

/** The process's lexicon, shared by every article (its ids mean nothing outside this process). */
export function wordLexicon(): WordLexicon {
  return (shared ??= new WordLexicon());
}
