import { loadOnce, readDataFile } from '../../data/load.js';
import type { Token } from '../../document/document.js';
import type { Lexicon, LexiconInfo } from '../../data/lexicon.js';
import { lexiconInfo } from '../../data/lexicon.js';
import { InternedSets } from './interned-sets.js';

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
  /** The most tokens of a phrase whose first word is the key (0: none starts with it). */
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

interface Gazetteer {
  /** One lookup per key gives both its kinds and how far a phrase starting with it can reach. */
  phrases: Map<string, Phrase>;
  /** The canonical name of a country or organization alias ("u.s." → "United States"). */
  canonical: Map<string, string>;
  /** English closed-class words, lower-cased: never the first word of a name. */
  functionWords: Set<string>;
  /** US states' names and abbreviations (stateKey) → USPS code. */
  usStates: Map<string, string>;
  info: LexiconInfo[];
}

type Keyed = { keys: string[] };
type CountryEntry = Keyed & { code: string; name: string };
/** Cue lists: gazetteer kinds, and two lists that are not gazetteers (no tagger feature reads them). */
type CueEntry = { kind: GazetteerKind | 'function-word' | 'us-state'; phrases: string[] };
type NameEntry = { kind: 'given' | 'surname'; names: string[] };

/** A hand-written phrase as newslens tokenizes it: hyphens and spaces split tokens. */
function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ').trim();
}

/**
 * A title's key with each abbreviation's full stop kept on or split off, as wink-nlp tokenizes
 * one abbreviation whole ("Gen.") and another in two ("Maj", "."): "maj. gen.", "maj . gen.", …
 */
function stopVariants(key: string): string[] {
  return key.split(' ').reduce<string[]>((keys, word) => {
    const forms = /^\p{L}+\.$/u.test(word) ? [word, `${word.slice(0, -1)} .`] : [word];
    return keys.flatMap((head) => forms.map((form) => (head ? `${head} ${form}` : form)));
  }, ['']);
}

/** Titles are written before names, where wink may split an abbreviation's stop off; honorifics are titles. */
const TITLE_KINDS: ReadonlyMap<CueEntry['kind'], GazetteerKind[]> = new Map([
  ['person-title', ['person-title']],
  ['honorific', ['honorific', 'person-title']],
]);

const load = (): Gazetteer => loadOnce('gazetteer', buildGazetteer);

function buildGazetteer(): Gazetteer {
  const gazetteer: Gazetteer = { phrases: new Map(), canonical: new Map(), functionWords: new Set(), usStates: new Map(), info: [] };
  const kindSets = new InternedSets<GazetteerKind>();
  const phraseOf = (key: string): Phrase => {
    let phrase = gazetteer.phrases.get(key);
    if (!phrase) gazetteer.phrases.set(key, (phrase = { kinds: undefined, longest: 0, goesOn: false, next: undefined, hits: undefined }));
    return phrase;
  };
  const add = (written: string, kind: GazetteerKind): void => {
    // "The Netherlands", "The Gambia": the article's "the" is not part of the name.
    const key = written.startsWith('the ') ? written.slice(4) : written;
    const phrase = phraseOf(key);
    phrase.kinds = kindSets.with(phrase.kinds, kind);
    // The phrase's first word reaches as many words as the key has; each shorter prefix goes on.
    let words = 1;
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1), words += 1) phraseOf(key.slice(0, space)).goesOn = true;
    const first = words === 1 ? phrase : phraseOf(key.slice(0, key.indexOf(' ')));
    first.longest = Math.max(first.longest, words);
  };
  const lists = {
    countries: readDataFile<Lexicon<CountryEntry>>('lexicons/gazetteer-countries.json'),
    demonyms: readDataFile<Lexicon<Keyed & { code: string }>>('lexicons/gazetteer-demonyms.json'),
    cities: readDataFile<Lexicon<Keyed>>('lexicons/gazetteer-cities.json'),
    regions: readDataFile<Lexicon<Keyed>>('lexicons/gazetteer-regions.json'),
    names: readDataFile<Lexicon<NameEntry>>('lexicons/gazetteer-person-names.json'),
    cues: readDataFile<Lexicon<CueEntry>>('lexicons/entity-cues.json'),
  };
  for (const country of lists.countries.entries) {
    for (const key of country.keys) {
      add(key, 'country');
      gazetteer.canonical.set(key, country.name);
    }
  }
  for (const demonym of lists.demonyms.entries) {
    for (const key of demonym.keys) {
      add(key, 'demonym');
      // Plural people nouns: "Iranians", "Israelis".
      if (/(an|i)$/.test(key)) add(`${key}s`, 'demonym');
    }
  }
  for (const city of lists.cities.entries) for (const key of city.keys) add(key, 'city');
  for (const region of lists.regions.entries) for (const key of region.keys) add(key, 'region');
  for (const { kind, names } of lists.names.entries) for (const name of names) add(name, kind);
  for (const { kind, phrases } of lists.cues.entries) {
    for (const phrase of phrases) {
      if (kind === 'function-word') gazetteer.functionWords.add(phrase);
      else if (kind === 'us-state') {
        const [code, ...forms] = phrase.split('=') as [string, ...string[]];
        for (const form of [code, ...forms]) gazetteer.usStates.set(stateKey(form), code);
      } else {
        const titleKinds = TITLE_KINDS.get(kind);
        if (titleKinds) {
          for (const form of stopVariants(phraseKey(phrase))) for (const titleKind of titleKinds) add(form, titleKind);
          continue;
        }
        for (const form of phrase.split('=').map(phraseKey)) {
          add(form, kind);
          if (kind === 'organization' || kind === 'institution') gazetteer.canonical.set(form, phrase.split('=')[0] as string);
        }
      }
    }
  }
  gazetteer.info = Object.values(lists).map((list: Lexicon<unknown>) => lexiconInfo(list));
  shareEqualPhrases(gazetteer.phrases, kindSets);
  linkLongerPhrases(gazetteer.phrases);
  return gazetteer;
}

/** Links each key with a space to its key without the last word (always a key: add() makes every prefix one). */
function linkLongerPhrases(phrases: Map<string, Phrase>): void {
  for (const [key, phrase] of phrases) {
    const space = key.lastIndexOf(' ');
    if (space < 0) continue;
    const shorter = phrases.get(key.slice(0, space)) as Phrase;
    (shorter.next ??= new Map()).set(key.slice(space + 1), phrase);
  }
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

/**
 * Makes keys whose phrases hold the same kinds (in the same order) and reach, and go on to no
 * longer phrase, share one phrase: a few hundred objects and sets instead of one of each per key (tens of thousands the
 * collector traces in every process), and a phrase's hits are made once for all of them.
 */
function shareEqualPhrases(phrases: Map<string, Phrase>, kindSets: InternedSets<GazetteerKind>): void {
  const shared = new Map<number, Phrase>();
  for (const [key, phrase] of phrases) {
    // A phrase that goes on keeps its own object: its next words are its own.
    if (phrase.goesOn) continue;
    const id = kindSets.idOf(phrase.kinds) * 1e6 + phrase.longest;
    const same = shared.get(id);
    if (!same) shared.set(id, phrase);
    else phrases.set(key, same);
  }
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
  return load().phrases.get(lower);
}

/** The kinds a phrase (lower-cased tokens joined by spaces) belongs to. */
export function kindsOf(key: string): ReadonlySet<GazetteerKind> | undefined {
  return load().phrases.get(key)?.kinds;
}

/** Whether a lower-cased word is an English closed-class word ("such", "however", "yes"). */
export function isFunctionWord(lower: string): boolean {
  return load().functionWords.has(lower);
}

/** A state's name or abbreviation as looked up: lower case, without dots or spaces ("N.Y." → "ny"). */
const stateKey = (form: string): string => form.toLowerCase().replace(/[.\s]/g, '');

/** The USPS code of a US state written as a name or an abbreviation ("Wisc." → "WI"), if it is one. */
export function usStateCode(form: string): string | undefined {
  return load().usStates.get(stateKey(form));
}

export function canonicalName(key: string): string | undefined {
  return load().canonical.get(key);
}

export function spanKey(tokens: readonly Token[], first: number, last: number): string {
  let key = '';
  for (let i = first; i <= last; i += 1) key += (i > first ? ' ' : '') + (tokens[i] as Token).text.toLowerCase();
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

export interface SentenceGazetteer {
  /** Gazetteer hits per token, as `kind:B|I|L|U` strings. */
  hits: (readonly string[])[];
  /**
   * Per token, the most tokens a gazetteer phrase starting there can have: no phrase of more
   * tokens starts there (a phrase's first word is the token's text, and it has at least as
   * many words as tokens). A token holding a space could start anything.
   */
  reach: Int32Array;
}

const NO_HITS: readonly string[] = Object.freeze([]);

/**
 * Every gazetteer phrase in a sentence of lower-cased tokens, as hits on the tokens it covers;
 * `words` holds each token's wordPhrase(), looked up once per word by the lexicon.
 */
export function gazetteerHits(lowers: readonly string[], words: readonly (WordPhrase | undefined)[] = lowers.map(wordPhrase)): SentenceGazetteer {
  const hits: (readonly string[])[] = new Array<readonly string[]>(lowers.length).fill(NO_HITS);
  const reach = new Int32Array(lowers.length);
  // A token's hits in the order of the phrases' lengths, then of their kinds.
  const hit = (k: number, values: readonly string[]): void => {
    const list = hits[k];
    if (list === NO_HITS) hits[k] = values.slice();
    else (list as string[]).push(...values);
  };
  for (let i = 0; i < lowers.length; i += 1) {
    const lower = lowers[i] as string;
    const word = words[i];
    const maxLength = Math.min(word?.longest ?? 0, lowers.length - i);
    reach[i] = lower.includes(' ') ? lowers.length - i : maxLength;
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
  return { hits, reach };
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

/** A sentence's lower-cased tokens with the reach of its gazetteer phrases. */
export interface PhraseIndex {
  lowers: readonly string[];
  /** Per token, its wordPhrase(). */
  words: readonly (WordPhrase | undefined)[];
  reach: Int32Array;
}

/** kindsOf(lowers[i]): the kinds of token i's word alone. */
export function kindsAt(sentence: PhraseIndex, i: number): ReadonlySet<GazetteerKind> | undefined {
  return sentence.words[i]?.kinds;
}

/** kindsOf(spanKey(tokens, first, last)), without building the key when no phrase can match. */
export function kindsOfSpan(sentence: PhraseIndex, first: number, last: number): ReadonlySet<GazetteerKind> | undefined {
  if (first < 0 || last - first + 1 > (sentence.reach[first] ?? 0)) return undefined;
  if (first === last) return kindsAt(sentence, first);
  let phrase = sentence.words[first];
  for (let i = first + 1; i <= last && phrase; i += 1) phrase = longerPhrase(phrase, sentence.lowers[i] as string);
  return phrase?.kinds;
}
