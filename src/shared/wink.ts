import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItsHelpers, Model, ModelAddons, PartOfSpeech } from 'wink-nlp';
import { winkModel } from '../data/wink-model.js';
import { grown, mapPacked } from './arrays.js';
import { plainLower } from './text.js';
import { WordSpellings } from './vocabulary.js';

type Nlp = ReturnType<typeof winkNLP>;

/**
 * What wink keeps of a text it read (its "raw document data"), as far as newslens reads it:
 * token i's numbers start at `tokens[i * 4]`; a sentence or an entity is `[first, last, …]`
 * token indexes, an entity's third item its type.
 */
interface RawDocument {
  tokens: number[];
  numOfTokens: number;
  sentences: number[][];
  entities: [number, number, string][];
}

/** Where wink packs a token's numbers (its constants.js): 4 numbers a token; the third holds its part of speech above its lemma's bits. */
const TOKEN_SIZE = 4;
const POS_MASK = 0x3f00000;
const LEMMA_BITS = 20;
/** A second number above this marks a contraction's expansion, whose lemma wink keeps in the token itself. */
const CONTRACTION = 65535;

/** wink's lemma of `token`, or the word itself where wink has none (its typings promise a string; it can give undefined), in lower case. */
function lowerCaseLemma(its: ItsHelpers, addons: ModelAddons, token: number, raw: RawDocument): string {
  return ((its.lemma(token, raw, addons) as string | undefined) ?? its.value(token, raw)).toLowerCase();
}

/** How many parts of speech LexemeFacts remembers a word's lemma for: "state" is a noun and a verb. */
const LEMMA_SLOTS = 2;
/** The bits of a LexemeFacts code that hold the word's type (wink has 20). */
const TYPE_BITS = 5;

/**
 * What a wink instance's tokens read the same in every document: a lexeme id names one word with
 * the same properties for the life of the instance (forgetLearned never reuses an id), so its
 * text, token type, and lemma for a part of speech are wink's answers remembered by id; the
 * lemma in lower case, as newslens keeps lemmas (lower-casing every word's took a sixth of the
 * token stage's own time). Their cost is reading memory scattered by id, so an id has one code
 * (its type, and the number of its word in the order first seen) and the rest is kept by that
 * number, where the words news uses most sit side by side, not spread over the model's 87,600
 * ids (the stage's own time some 4% less). A word's spellings as the word lists read them
 * (lower-case text and lemma, with their vocabulary ids) are numbered in `spellings`, each pair
 * of a word once, so a document's tokens carry them as numbers. Belongs to one instance and goes with it.
 */
class LexemeFacts {
  /** Per lexeme id, 0 (not seen yet) or 1 + its word's number, above TYPE_BITS bits of the index of its type in `typeNames`. */
  private codes = new Int32Array(1 << 17);
  private readonly typeNames: string[] = [];
  /** LEMMA_SLOTS per word number: 1 + a part of speech (0: empty slot), and the number of the word's spelling with the lemma for it. */
  private lemmaTags = new Uint8Array(LEMMA_SLOTS << 14);
  private lemmaSpellings = new Int32Array(LEMMA_SLOTS << 14);
  /** The words by number. */
  private readonly words: string[] = [];
  /** By word number, 1 + the number of its first spelling (0: none yet); by spelling number, 1 + the next spelling of the same word. */
  private firstSpellings = new Int32Array(1 << 14);
  private nextSpellings = new Int32Array(1 << 14);
  readonly spellings = new WordSpellings();

  constructor(
    private readonly its: ItsHelpers,
    private readonly addons: ModelAddons,
    /** The lexicon's words by id. */
    private readonly lexemes: readonly string[],
    /** The part-of-speech tags by the number wink packs. */
    readonly tags: readonly PartOfSpeech[],
  ) {}

  /** The code of `id`, token `token`'s word, made now if the word is new. */
  private code(id: number, token: number, raw: RawDocument): number {
    if (id >= this.codes.length) this.codes = grown(this.codes, id + 1);
    const known = this.codes[id] as number;
    if (known !== 0) return known;
    const type = this.its.type(token, raw);
    let index = this.typeNames.indexOf(type);
    if (index < 0) index = this.typeNames.push(type) - 1;
    const number = this.words.length;
    this.words.push(this.lexemes[id] as string);
    if (LEMMA_SLOTS * this.words.length > this.lemmaTags.length) {
      this.lemmaTags = grown(this.lemmaTags, LEMMA_SLOTS * this.words.length);
      this.lemmaSpellings = grown(this.lemmaSpellings, LEMMA_SLOTS * this.words.length);
    }
    if (this.words.length > this.firstSpellings.length) this.firstSpellings = grown(this.firstSpellings, this.words.length);
    return (this.codes[id] = ((number + 1) << TYPE_BITS) | index);
  }

  /** `id`, token `token`'s word. */
  word(id: number, token: number, raw: RawDocument): string {
    return this.words[(this.code(id, token, raw) >>> TYPE_BITS) - 1] as string;
  }

  /** wink's token type of `id`, token `token`'s word: word, number, punctuation, tabCRLF… */
  type(id: number, token: number, raw: RawDocument): string {
    return this.typeNames[this.code(id, token, raw) & ((1 << TYPE_BITS) - 1)] as string;
  }

  /** lowerCaseLemma of a contraction's expansion: wink keeps its lemma in the token itself. */
  expansionLemma(token: number, raw: RawDocument): string {
    return lowerCaseLemma(this.its, this.addons, token, raw);
  }

  /** The number of the spelling of `id`, token `token`'s word, with no lemma of its own (its lemma is its lower-case text). */
  plainSpelling(id: number, token: number, raw: RawDocument): number {
    return this.spellingOf((this.code(id, token, raw) >>> TYPE_BITS) - 1, undefined);
  }

  /**
   * The number of the spelling of a token that is no contraction's expansion (`id` its word,
   * `tag` its part of speech), with lowerCaseLemma as its lemma. A third part of speech takes
   * the last slot.
   */
  lemmaSpelling(id: number, tag: number, token: number, raw: RawDocument): number {
    const word = (this.code(id, token, raw) >>> TYPE_BITS) - 1;
    const first = word * LEMMA_SLOTS;
    const tags = this.lemmaTags;
    let slot = first;
    while (tags[slot] !== 0 && tags[slot] !== tag + 1 && slot < first + LEMMA_SLOTS - 1) slot += 1;
    if (tags[slot] === tag + 1) return this.lemmaSpellings[slot] as number;
    const spelling = this.spellingOf(word, lowerCaseLemma(this.its, this.addons, token, raw));
    this.lemmaSpellings[slot] = spelling;
    tags[slot] = tag + 1;
    return spelling;
  }

  /** The number of word `word`'s spelling with `lemma` (none: its lower-case text), made now if new. */
  private spellingOf(word: number, lemma: string | undefined): number {
    const { spellings } = this;
    let last = -1;
    for (let s = (this.firstSpellings[word] as number) - 1; s >= 0; s = (this.nextSpellings[s] as number) - 1) {
      if (spellings.lemma[s] === (lemma ?? spellings.lower[s])) return s;
      last = s;
    }
    const lower = last < 0 ? plainLower(this.words[word] as string) : (spellings.lower[last] as string);
    const spelling = spellings.add(lower, lemma ?? lower);
    if (spelling >= this.nextSpellings.length) this.nextSpellings = grown(this.nextSpellings, spelling + 1);
    if (last < 0) this.firstSpellings[word] = spelling + 1;
    else this.nextSpellings[last] = spelling + 1;
    return spelling;
  }
}

/**
 * One text as wink read it, read from its raw token numbers (the part of speech) or as
 * LexemeFacts remembers its words (the word, its type and lemma), instead of through
 * `doc.tokens().out(…)`, which builds an array per column and a lemma for every token, or
 * wink's `its` helpers, which look each property up again at every token.
 */
export class WinkReading {
  constructor(
    private readonly raw: RawDocument,
    private readonly facts: LexemeFacts,
  ) {}

  get tokenCount(): number {
    return this.raw.numOfTokens;
  }

  value(token: number): string {
    return this.facts.word(this.raw.tokens[token * TOKEN_SIZE] as number, token, this.raw);
  }

  /** wink's token type: word, number, punctuation, tabCRLF… */
  type(token: number): string {
    return this.facts.type(this.raw.tokens[token * TOKEN_SIZE] as number, token, this.raw);
  }

  pos(token: number): PartOfSpeech {
    return this.facts.tags[this.tag(token)] as PartOfSpeech;
  }

  /** The spellings of the words of the instance that read the text. */
  get spellings(): WordSpellings {
    return this.facts.spellings;
  }

  /**
   * The number in `spellings` of token `token` read as a word, whose lemma is wink's lemma (or
   * the word itself where wink has none) in lower case; -1 for a contraction's expansion, whose
   * lemma wink keeps in the token itself (expansionLemma).
   */
  wordSpelling(token: number): number {
    const at = token * TOKEN_SIZE;
    return (this.raw.tokens[at + 1] as number) > CONTRACTION ? -1 : this.facts.lemmaSpelling(this.raw.tokens[at] as number, this.tag(token), token, this.raw);
  }

  /** wink's lemma of a contraction's expansion, in lower case. */
  expansionLemma(token: number): string {
    return this.facts.expansionLemma(token, this.raw);
  }

  /** The number in `spellings` of token `token` read as no word: its lemma is its lower-case text. */
  plainSpelling(token: number): number {
    return this.facts.plainSpelling(this.raw.tokens[token * TOKEN_SIZE] as number, token, this.raw);
  }

  /** The number wink packs for token `token`'s part of speech. */
  private tag(token: number): number {
    return ((this.raw.tokens[token * TOKEN_SIZE + 2] as number) & POS_MASK) >>> LEMMA_BITS;
  }

  /** wink's sentences, each `[first, last, …]` token indexes. */
  get sentences(): readonly (readonly number[])[] {
    return this.raw.sentences;
  }

  /** wink's entities (dates, amounts…), each `[first, last, type]`. */
  get entities(): readonly (readonly [number, number, string])[] {
    return this.raw.entities;
  }
}

/** Reads one text with the shared wink instance. */
export type ReadText = (text: string) => WinkReading;

/** One of the decoded model's value tables (`features[name]`): values, their indexes, and how many the model shipped. */
interface ValueTable {
  hash: Record<string, number>;
  list: string[];
  index: number;
  intrinsicSize?: number;
  /** The most values its bit field in a lexicon entry can index. */
  maxIndex?: number;
}

/** What wink's `core()` gives, as far as newslens reads it. */
interface CoreModel {
  features: Record<string, ValueTable>;
  /** The tokenizer's patterns: `rtc` are [source, flags, token category] for splitting an unknown run. */
  trex: { rtc: [string, string, number][] };
  tcat: { hash: Record<string, number> };
}

/** wink's entity model, as far as newslens touches it: a token transformer per machine (none for some). */
interface NerModel {
  transformers: (TokenTransform | undefined)[];
}

/** A transformer of wink's machines: a token's id to the symbol the machine reads. */
type TokenTransform = (token: number, cache: unknown) => number;

/**
 * The entity model's transformer remembering its answers: it maps a word's id to a symbol
 * (number, year, date, time…) from the word and its lexicon properties alone, testing regular
 * expressions and copying the word on every token; an id names the same word for the life of the
 * instance (forgetLearned takes words out of the hash, never out of the list), so one instance's
 * answers hold for every later document it reads. They are kept by id in a typed array, 1 + the
 * answer (0: not asked yet), which grows with the lexicon (at most some 2 MB: the instance is
 * replaced at MAX_ADDED_WORDS); a Map of the same saved a third as much.
 */
function rememberedTransform(transform: TokenTransform): TokenTransform {
  let byToken = new Int32Array(1 << 16);
  return (token, cache) => {
    if (token >= byToken.length) byToken = grown(byToken, token + 1);
    let mapped = byToken[token] as number;
    if (mapped === 0) byToken[token] = mapped = transform(token, cache) + 1;
    return mapped - 1;
  };
}

/** wink's part-of-speech model, as far as newslens touches it: the setter that writes the tags into a text's raw data. */
interface PosModel {
  setter: (raw: RawDocument, ...rest: unknown[]) => void;
}

interface Reader {
  read: ReadText;
  /** The lexicon: every word, the model's own first. */
  lexeme: ValueTable;
  /** The other tables that grow as wink reads: the prefixes, suffixes and shapes of the words it adds. */
  grown: ValueTable[];
  /** The patterns that give a piece of an unknown run another category than word (e.g. "USD", currency). */
  nonWordPatterns: RegExp[];
}

/**
 * Once wink's lexicon holds this many words it added (some 80 an article, 5 kB of memory), the
 * instance is replaced (see readWithWink): loading one takes about 250 ms.
 */
const MAX_ADDED_WORDS = 250_000;

let shared: Reader | undefined;
/** The model's custom-entity machines (unused by newslens, but wink loads them), read once. */
let metaCER: unknown;

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** The most lemmas rememberedLemmas holds before it starts afresh (a few MB). */
const MAX_REMEMBERED_LEMMAS = 100_000;

/**
 * The model's lemmatizer, remembering its answers: it strips suffixes and looks each candidate
 * up among the model's own words (learned words never count), so a word's lemma depends on the
 * word and its part of speech alone, and news repeats both.
 */
function rememberedLemmas(lemmatize: Lemmatize): Lemmatize {
  // Maps by part of speech, then by the word as wink holds it: no key string to build and hash.
  const byPos = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    let lemmas = byPos.get(pos);
    if (lemmas === undefined) byPos.set(pos, (lemmas = new Map()));
    let lemma = lemmas.get(value);
    if (lemma === undefined) {
      if (size >= MAX_REMEMBERED_LEMMAS) {
        for (const each of byPos.values()) each.clear();
        size = 0;
      }
      lemma = lemmatize(value, pos, cache);
      lemmas.set(value, lemma);
      size += 1;
    }
    return lemma;
  };
}

/**
 * wink-nlp and its English model, loaded on first use, because loading them takes tens of
 * milliseconds (the model's core read from newslens's packed copy: data/wink-model.ts) and
 * importing newslens should cost nothing until it is used. Pipes: sentence boundaries, part of
 * speech (which lemmas need) and wink's numeric and temporal entities.
 */
function load(): Reader {
  const require = createRequire(import.meta.url);
  const winkNlp = require('wink-nlp') as typeof winkNLP;
  const model = winkModel() as unknown as Model & { core: () => CoreModel; metaCER: () => unknown; ner: () => NerModel; pos: () => PosModel; addons: { lemmatize: Lemmatize } };
  let core: CoreModel | undefined;
  // wink decodes its model once, with core(); catching what it returns keeps the tables in reach.
  // metaCER() JSON-encodes its own last result again at every call, so an instance made after a
  // few dozen others would fail to load: every instance gets the first one's.
  metaCER ??= model.metaCER();
  const addons = { ...model.addons, lemmatize: rememberedLemmas(model.addons.lemmatize) };
  // wink hands a text's raw data to the part-of-speech setter, the last pipe newslens runs, and
  // keeps it to itself otherwise: the setter is wrapped to catch it.
  let raw: RawDocument | undefined;
  const pos = (): PosModel => {
    const loaded = model.pos();
    return { ...loaded, setter: (document, ...rest) => loaded.setter((raw = document), ...rest) };
  };
  const ner = (): NerModel => {
    const loaded = model.ner();
    return { ...loaded, transformers: mapPacked(loaded.transformers, (transform) => transform && rememberedTransform(transform)) };
  };
  const nlp: Nlp = winkNlp({ ...model, addons, ner, pos, core: () => (core = model.core()), metaCER: () => metaCER }, ['sbd', 'pos', 'ner']);
  const { features, trex, tcat } = core as CoreModel;
  const { lexeme, ...others } = features;
  const facts = new LexemeFacts(nlp.its, addons, (lexeme as ValueTable).list, (features.pos as ValueTable).list as PartOfSpeech[]);
  const read = (text: string): WinkReading => {
    raw = undefined;
    nlp.readDoc(text);
    if (raw === undefined) throw new Error('wink-nlp did not hand its raw document data to the part-of-speech setter');
    return new WinkReading(raw, facts);
  };
  // With wink's own flags, so that V8 finds the regexes wink compiled (and ran on the text) in its cache rather than compiling a copy of each.
  const nonWordPatterns = mapPacked(trex.rtc.filter(([, , category]) => category !== tcat.hash.word), ([source, flags]) => new RegExp(source, flags));
  return {
    read,
    lexeme: lexeme as ValueTable,
    grown: Object.values(others).filter((table) => table.intrinsicSize !== undefined),
    nonWordPatterns,
  };
}

/** The letters of wink's word pattern (Latin-1), without the combining marks its last splitting pattern lacks. */
const PLAIN_WORD = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/i;

/**
 * Whether a word wink learned can stay in its lexicon for later documents without changing how
 * they are read. wink looks a piece of text up before splitting it and keeps it whole when it is
 * known, with the category it was learned with; a word that wink would in any case read as one
 * word token, wherever it stands, reads the same learned or not. A word of plain letters is such
 * a word: wink's first pattern makes it a word on its own; with punctuation around it the
 * punctuation is split off and it is a word again; inside a longer unknown run the splitting
 * patterns find it as a word, unless another pattern (currency codes: "USD") claims it. Anything
 * with an apostrophe, period, hyphen or digit can be kept whole or split depending on the
 * lexicon ("Rubio’s"), so it goes.
 */
function keepsAsLearned(reader: Reader, word: string): boolean {
  if (!PLAIN_WORD.test(word)) return false;
  for (const pattern of reader.nonWordPatterns) {
    // The patterns are global: each test starts at lastIndex.
    pattern.lastIndex = 0;
    if (pattern.test(word)) return false;
  }
  return true;
}

/**
 * Takes the words wink learned from the last document (list positions `from` on) out of its
 * lexicon's hash, but those that keepsAsLearned, so the next documents need not learn them again
 * (news is full of names the model lacks). Kept words point at the prefixes, suffixes and shapes
 * they brought, so those tables are left as they are (wink reads those values back as strings, so
 * where a value sits does not matter) until one of them is half full of what its bit field in a
 * lexicon entry can index; then every learned word goes and the tables are cut back to the model's.
 */
function forgetLearned(reader: Reader, from: number): void {
  const { lexeme, grown } = reader;
  const { hash, list } = lexeme;
  for (let i = from; i < list.length; i += 1) {
    const word = list[i] as string;
    if (!keepsAsLearned(reader, word)) delete hash[word];
  }
  if (!grown.some((table) => table.list.length * 2 > (table.maxIndex as number))) return;
  for (let i = lexeme.intrinsicSize as number; i < list.length; i += 1) delete hash[list[i] as string];
  for (const table of grown) {
    const size = table.intrinsicSize as number;
    for (let i = size; i < table.list.length; i += 1) delete table.hash[table.list[i] as string];
    table.list.length = size;
    table.index = size;
  }
}

/**
 * Lends the shared wink-nlp instance to `read`, which reads one document with it; when `read`
 * is done, wink's lexicon holds only the model's words and learned words that read the same
 * whether known or not (see keepsAsLearned).
 *
 * wink adds every word its model lacks to the lexicon, and its tokenizer keeps a piece of text
 * whole when the lexicon holds it: after "Rubio’s," every later "Rubio’s" came out as one token
 * instead of "Rubio" and "’s", and was tagged differently, so an article's analysis depended on
 * what the process had read before it. So the words a document added are taken out of the
 * lexicon's hash afterwards (forgetLearned), but the lexicon's list keeps its words, in step with
 * a table of their properties that wink keeps to itself and never shortens, which is why the
 * instance is replaced once it holds MAX_ADDED_WORDS of them.
 */
export function readWithWink<T>(read: (readText: ReadText) => T): T {
  shared ??= load();
  const reader = shared;
  const from = reader.lexeme.list.length;
  try {
    return read(reader.read);
  } finally {
    forgetLearned(reader, from);
    if (reader.lexeme.list.length - (reader.lexeme.intrinsicSize as number) > MAX_ADDED_WORDS) shared = undefined;
  }
}
