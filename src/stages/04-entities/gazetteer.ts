import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { SortedLines } from '../../data/sorted-lines.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * Gazetteers: countries (with aliases), demonyms, cities, first-level regions, given names and
 * surnames built by scripts/build-gazetteers.ts from openly licensed packages, and the
 * hand-kept cue lists of src/data/lexicons/entity-cues.json. Phrases are looked up as newslens
 * tokens, lower-cased and joined by single spaces.
 */
export type GazetteerKind =
  | 'country'
  | 'demonym'
  | 'city'
  | 'region'
  | 'given'
  | 'surname'
  | 'organization'
  | 'institution'
  | 'org-cue'
  | 'place-cue'
  | 'facility-cue'
  | 'event-cue'
  | 'law-cue'
  | 'person-title'
  | 'honorific'
  | 'org-descriptor'
  | 'team-verb'
  | 'norp-group'
  | 'place';

/** What the gazetteers hold under one key: lower-cased tokens joined by spaces. */
interface Phrase {
  /** The kinds of the phrase, if the key is one. */
  kinds: ReadonlySet<GazetteerKind> | undefined;
  /** The most tokens of a phrase whose first word is the key (0: none starts with it, or the key has a space). */
  longest: number;
  /** Whether a longer phrase starts with the key's words: where none does, a reading stops. */
  goesOn: boolean;
  /**
   * Where goesOn, the keys one word longer by that word (longerPhrase): reading a phrase on
   * word by word hashes each word (its hash kept by the string) instead of a new joined key.
   */
  next: Map<string, Phrase> | undefined;
  /** The phrase's hits by part, made on first use (phraseHits). */
  hits: PhraseHits | undefined;
}

/** The gazetteers as scripts/build-gazetteer-index.ts writes them (gazetteer-index.json). */
export interface GazetteerIndex extends LexiconInfo {
  description: string;
  /** The provenance of the lists the index is built from. */
  lists: LexiconInfo[];
  /** The distinct kind lists of the keys, each in the order its kinds were added. */
  kindSets: GazetteerKind[][];
  /** Every key, sorted by code unit, one a line. */
  keys: string;
  /** Base64 of a little-endian 16-bit index into kindSets per key, in key order. */
  keyKinds: string;
  /** The canonical name of a country or organization alias ("u.s." → "United States"). */
  canonical: [key: string, name: string][];
  /** English closed-class words, lower-cased: never the first word of a name. */
  functionWords: string[];
  /** US states' names and abbreviations (stateKey) → USPS code. */
  usStates: [key: string, code: string][];
}

interface Gazetteer {
  keys: SortedLines;
  /** By key line, its kinds: one shared set per distinct list. */
  keyKinds: Uint16Array;
  kindSets: ReadonlySet<GazetteerKind>[];
  /** The phrases of the first words asked for so far, each with the phrases it starts (firstWordPhrase). */
  phrases: Map<string, Phrase>;
  canonical: Map<string, string>;
  functionWords: Set<string>;
  usStates: Map<string, string>;
  info: LexiconInfo[];
}

const load = (): Gazetteer => loadOnce('gazetteer', readGazetteer);

function readGazetteer(): Gazetteer {
  const index = readDataFile<GazetteerIndex>('lexicons/gazetteer-index.json');
  const kinds = Buffer.from(index.keyKinds, 'base64');
  return {
    keys: new SortedLines(index.keys),
    keyKinds: new Uint16Array(kinds.buffer.slice(kinds.byteOffset, kinds.byteOffset + kinds.byteLength)),
    kindSets: mapPacked(index.kindSets, (set) => new Set(set)),
    phrases: new Map(),
    canonical: new Map(index.canonical),
    functionWords: new Set(index.functionWords),
    usStates: new Map(index.usStates),
    info: index.lists,
  };
}

/**
 * The phrase of a first word, with every longer phrase it starts linked word by word (made on
 * its first lookup and kept); undefined when the word neither is a key nor starts one. What
 * reading the keys into one Map of every key and its prefixes gave, for the words a process meets.
 */
function firstWordPhrase(gazetteer: Gazetteer, word: string): Phrase | undefined {
  const known = gazetteer.phrases.get(word);
  if (known) return known;
  const { keys } = gazetteer;
  const own = keys.indexOf(word);
  const prefix = `${word} `;
  let longer = keys.lowerBound(prefix);
  if (own < 0 && !(longer < keys.length && keys.startsWith(longer, prefix))) return undefined;
  const phrase: Phrase = { kinds: own < 0 ? undefined : gazetteer.kindSets[gazetteer.keyKinds[own] as number], longest: own < 0 ? 0 : 1, goesOn: false, next: undefined, hits: undefined };
  for (; longer < keys.length && keys.startsWith(longer, prefix); longer += 1) {
    const words = keys.line(longer, prefix.length).split(' ');
    let shorter = phrase;
    for (const next of words) {
      shorter.goesOn = true;
      let child = (shorter.next ??= new Map()).get(next);
      if (!child) shorter.next.set(next, (child = { kinds: undefined, longest: 0, goesOn: false, next: undefined, hits: undefined }));
      shorter = child;
    }
    shorter.kinds = gazetteer.kindSets[gazetteer.keyKinds[longer] as number];
    phrase.longest = Math.max(phrase.longest, 1 + words.length);
  }
  gazetteer.phrases.set(word, phrase);
  return phrase;
}

/** The phrase of a key, found word by word from its first word's. */
function phraseOf(key: string): Phrase | undefined {
  const space = key.indexOf(' ');
  const first = firstWordPhrase(load(), space < 0 ? key : key.slice(0, space));
  return space < 0 || !first ? first : longerPhrase(first, key.slice(space + 1));
}

/**
 * The phrase whose key is `phrase`'s key, a space, and `lower` (what phrases.get of the joined
 * key gives); a token holding spaces is read on word by word.
 */
function longerPhrase(phrase: WordPhrase, lower: string): WordPhrase | undefined {
  if (!lower.includes(' ')) return phrase.next?.get(lower);
  let longer: WordPhrase | undefined = phrase;
  for (const word of lower.split(' ')) longer = longer?.next?.get(word);
  return longer;
}

export function gazetteerInfo(): LexiconInfo[] {
  return load().info;
}

/** Whether a phrase's kinds include one of `wanted`; asked at almost every token, so a plain loop. */
export function hasKind(kinds: ReadonlySet<GazetteerKind> | undefined, ...wanted: GazetteerKind[]): boolean {
  if (kinds === undefined) return false;
  for (const kind of wanted) if (kinds.has(kind)) return true;
  return false;
}

/** What the gazetteers hold under one lower-cased word (see WordLexicon): its kinds, and the phrases it starts. */
export type WordPhrase = Readonly<Phrase>;

/** The gazetteers' entry for one lower-cased word, if it is or starts a phrase. */
export function wordPhrase(lower: string): WordPhrase | undefined {
  return phraseOf(lower);
}

/** The kinds a phrase (lower-cased tokens joined by spaces) belongs to. */
export function kindsOf(key: string): ReadonlySet<GazetteerKind> | undefined {
  return phraseOf(key)?.kinds;
}

/** Whether a lower-cased word is an English closed-class word ("such", "however", "yes"). */
export function isFunctionWord(lower: string): boolean {
  return load().functionWords.has(lower);
}

/** A state's name or abbreviation as looked up: lower case, without dots or spaces ("N.Y." → "ny"). */
export const stateKey = (form: string): string => form.toLowerCase().replace(/[.\s]/g, '');

/** The USPS code of a US state written as a name or an abbreviation ("Wisc." → "WI"), if it is one. */
export function usStateCode(form: string): string | undefined {
  return load().usStates.get(stateKey(form));
}

export function canonicalName(key: string): string | undefined {
  return load().canonical.get(key);
}

/**
 * The lower-cased words of tokens first..last, joined by spaces: a phrase's key. A one-word key
 * is the lexicon's own string, whose hash the string keeps.
 */
export function spanKey(sentence: PhraseIndex, first: number, last: number): string {
  const lowers = sentence.lowers;
  let key = lowers[first] as string;
  for (let i = first + 1; i <= last; i += 1) key += ` ${lowers[i] as string}`;
  return key;
}

const PARTS = ['B', 'I', 'L', 'U'] as const;
type Part = (typeof PARTS)[number];
/** The hit strings, built once: `country:B`, …, so that no token builds its own. */
const HITS = new Map<GazetteerKind, Record<Part, string>>();
function hitOf(kind: GazetteerKind, part: Part): string {
  let parts = HITS.get(kind);
  if (!parts) HITS.set(kind, (parts = { B: `${kind}:B`, I: `${kind}:I`, L: `${kind}:L`, U: `${kind}:U` }));
  return parts[part];
}

/** A phrase's hits by part, its kinds in their order. */
type PhraseHits = Record<Part, readonly string[]>;

/** The hits of a phrase with `kinds`, made once per phrase rather than once per token that reads it. */
function phraseHits(phrase: WordPhrase, kinds: ReadonlySet<GazetteerKind>): PhraseHits {
  if (!phrase.hits) {
    const parts = (part: Part): string[] => Array.from(kinds, (kind) => hitOf(kind, part));
    (phrase as Phrase).hits = { B: parts('B'), I: parts('I'), L: parts('L'), U: parts('U') };
  }
  return phrase.hits as PhraseHits;
}

const NO_HITS: readonly string[] = Object.freeze([]);

/**
 * Every gazetteer phrase in a sentence of lower-cased tokens, as hits on the tokens it covers;
 * `words` holds each token's wordPhrase(), looked up once per word by the lexicon.
 */
export function gazetteerHits(lowers: readonly string[], words: readonly (WordPhrase | undefined)[] = mapPacked(lowers, wordPhrase)): (readonly string[])[] {
  const hits: (readonly string[])[] = new Array<readonly string[]>(lowers.length).fill(NO_HITS);
  // A token's hits in the order of the phrases' lengths, then of their kinds. Most tokens are in
  // one phrase at most: they share its list, and a token gets a list of its own at its second.
  const ownsList = new Uint8Array(lowers.length);
  const hit = (k: number, values: readonly string[]): void => {
    const list = hits[k] as readonly string[];
    if (list === NO_HITS) hits[k] = values;
    else if (ownsList[k] === 1) (list as string[]).push(...values);
    else {
      hits[k] = [...list, ...values];
      ownsList[k] = 1;
    }
  };
  for (let i = 0; i < lowers.length; i += 1) {
    const word = words[i];
    const maxLength = Math.min(word?.longest ?? 0, lowers.length - i);
    if (maxLength === 0) continue;
    if (word?.kinds) hit(i, phraseHits(word, word.kinds).U);
    let phrase = word;
    for (let length = 2; length <= maxLength && phrase?.goesOn; length += 1) {
      phrase = longerPhrase(phrase, lowers[i + length - 1] as string);
      if (!phrase?.kinds) continue;
      const parts = phraseHits(phrase, phrase.kinds);
      hit(i, parts.B);
      for (let k = i + 1; k < i + length - 1; k += 1) hit(k, parts.I);
      hit(i + length - 1, parts.L);
    }
  }
  return hits;
}

/**
 * Whether a phrase of one of `kinds` starts at a token with these hits (gazetteerHits): where
 * none does, kindsOfSpan() from that token holds none of them, and the spans need not be read.
 */
export function startsPhraseOf(hits: readonly string[] | undefined, ...kinds: GazetteerKind[]): boolean {
  if (hits === undefined || hits.length === 0) return false;
  for (const kind of kinds) if (hits.includes(hitOf(kind, 'U')) || hits.includes(hitOf(kind, 'B'))) return true;
  return false;
}

/** A sentence's lower-cased tokens with their gazetteer entries. */
export interface PhraseIndex {
  lowers: readonly string[];
  /** Per token, its wordPhrase(). */
  words: readonly (WordPhrase | undefined)[];
}

/** kindsOf(lowers[i]): the kinds of token i's word alone. */
export function kindsAt(sentence: PhraseIndex, i: number): ReadonlySet<GazetteerKind> | undefined {
  return sentence.words[i]?.kinds;
}

/** kindsOf(spanKey(sentence, first, last)), without building the key when no phrase can match. */
export function kindsOfSpan(sentence: PhraseIndex, first: number, last: number): ReadonlySet<GazetteerKind> | undefined {
  // No phrase of more words than the longest its first word starts: a phrase's first word is the
  // token's text, and it has at least as many words as tokens; a token holding a space could start anything.
  const length = last - first + 1;
  if (first < 0 || length > sentence.lowers.length - first || (length > (sentence.words[first]?.longest ?? 0) && !(sentence.lowers[first] as string).includes(' '))) return undefined;
  if (first === last) return kindsAt(sentence, first);
  let phrase = sentence.words[first];
  for (let i = first + 1; i <= last && phrase; i += 1) phrase = longerPhrase(phrase, sentence.lowers[i] as string);
  return phrase?.kinds;
}
