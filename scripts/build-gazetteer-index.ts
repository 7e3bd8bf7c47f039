/**
 * Builds src/data/lexicons/gazetteer-index.json, the form of the gazetteers the name tagger
 * reads at run time, from the gazetteer lists and the hand-kept cue lists beside it:
 *
 *   npx tsx scripts/build-gazetteer-index.ts
 *
 * (scripts/build-gazetteers.ts runs it after writing the lists; test/gazetteer-index.test.ts
 * fails when the index is not what this script makes of the lists.) Every phrase key with its
 * kinds, sorted, as lines of one string that a process searches in place (data/sorted-lines.ts)
 * instead of parsing six lists and filling a Map of 60,000 keys at every start; the lists'
 * provenance records travel in it, as `analysis.meta.lexicons` reports them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lexicon, LexiconInfo } from '../src/data/lexicon.js';
import { lexiconInfo } from '../src/data/lexicon.js';
import type { GazetteerIndex, GazetteerKind } from '../src/stages/04-entities/gazetteer.js';
import { stateKey } from '../src/stages/04-entities/gazetteer.js';

type Keyed = { keys: string[] };
type CountryEntry = Keyed & { code: string; name: string };
/** Cue lists: gazetteer kinds, and two lists that are not gazetteers (no tagger feature reads them). */
type CueEntry = { kind: GazetteerKind | 'function-word' | 'us-state'; phrases: string[] };
type NameEntry = { kind: 'given' | 'surname'; names: string[] };

export interface GazetteerLists {
  countries: Lexicon<CountryEntry>;
  demonyms: Lexicon<Keyed & { code: string }>;
  cities: Lexicon<Keyed>;
  regions: Lexicon<Keyed>;
  names: Lexicon<NameEntry>;
  cues: Lexicon<CueEntry>;
}

const FILES: Record<keyof GazetteerLists, string> = {
  countries: 'gazetteer-countries.json',
  demonyms: 'gazetteer-demonyms.json',
  cities: 'gazetteer-cities.json',
  regions: 'gazetteer-regions.json',
  names: 'gazetteer-person-names.json',
  cues: 'entity-cues.json',
};

const LEXICONS = new URL('../src/data/lexicons/', import.meta.url);
export const INDEX_FILE = new URL('gazetteer-index.json', LEXICONS);

export function readGazetteerLists(): GazetteerLists {
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, LEXICONS), 'utf8'));
  return Object.fromEntries(Object.entries(FILES).map(([list, file]) => [list, read(file)])) as unknown as GazetteerLists;
}

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

/** The index of the lists: each key's kinds in the order the lists give them. */
export function buildGazetteerIndex(lists: GazetteerLists): GazetteerIndex {
  /** Each key's kinds, in the order the lists add them (the order of a token's gazetteer hits). */
  const kindsOfKey = new Map<string, GazetteerKind[]>();
  const canonical = new Map<string, string>();
  const functionWords: string[] = [];
  const usStates = new Map<string, string>();
  const add = (written: string, kind: GazetteerKind): void => {
    // "The Netherlands", "The Gambia": the article's "the" is not part of the name.
    const key = written.startsWith('the ') ? written.slice(4) : written;
    const kinds = kindsOfKey.get(key);
    if (!kinds) kindsOfKey.set(key, [kind]);
    else if (!kinds.includes(kind)) kinds.push(kind);
  };
  for (const country of lists.countries.entries) {
    for (const key of country.keys) {
      add(key, 'country');
      canonical.set(key, country.name);
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
      if (kind === 'function-word') functionWords.push(phrase);
      else if (kind === 'us-state') {
        const [code, ...forms] = phrase.split('=') as [string, ...string[]];
        for (const form of [code, ...forms]) usStates.set(stateKey(form), code);
      } else {
        const titleKinds = TITLE_KINDS.get(kind);
        if (titleKinds) {
          for (const form of stopVariants(phraseKey(phrase))) for (const titleKind of titleKinds) add(form, titleKind);
          continue;
        }
        for (const form of phrase.split('=').map(phraseKey)) {
          add(form, kind);
          if (kind === 'organization' || kind === 'institution') canonical.set(form, phrase.split('=')[0] as string);
        }
      }
    }
  }
  const keys = [...kindsOfKey.keys()].sort((a, b) => (a < b ? -1 : 1));
  if (keys.some((key) => key.includes('\n'))) throw new Error('newslens: a gazetteer key holds a line break');
  const setIds = new Map<string, number>();
  const sets: GazetteerKind[][] = [];
  const setOf = Buffer.alloc(2 * keys.length);
  keys.forEach((key, k) => {
    const kinds = kindsOfKey.get(key) as GazetteerKind[];
    let id = setIds.get(kinds.join());
    if (id === undefined) {
      setIds.set(kinds.join(), (id = sets.length));
      sets.push(kinds);
    }
    setOf.writeUInt16LE(id, 2 * k);
  });
  return {
    id: 'newslens/gazetteer-index',
    version: '1.0.0',
    source: `Built by scripts/build-gazetteer-index.ts from ${Object.values(FILES).join(', ')} (src/data/lexicons/), whose records are in \`lists\``,
    licence: 'That of each list it is built from (`lists`)',
    description: 'Every gazetteer phrase key (lower-cased tokens joined by single spaces), sorted by UTF-16 code unit, one a line; each key\'s kinds as an index into `kindSets` (base64, little-endian 16-bit, in key order); canonical names of country and organisation aliases; the function words and US state forms of entity-cues.json.',
    lists: Object.values(lists).map((list: Lexicon<unknown>): LexiconInfo => lexiconInfo(list)),
    kindSets: sets,
    keys: keys.join('\n'),
    keyKinds: setOf.toString('base64'),
    canonical: [...canonical],
    functionWords,
    usStates: [...usStates],
  };
}

export function writeGazetteerIndex(): void {
  writeFileSync(INDEX_FILE, `${JSON.stringify(buildGazetteerIndex(readGazetteerLists()))}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeGazetteerIndex();
