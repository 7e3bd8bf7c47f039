import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadOnce, readDataBytes, readDataFile } from '../../data/load.js';
import { readValenceIndexFile } from './index-file.js';
import type { Lexicon, LexiconInfo } from '../../data/lexicon.js';
import { PhraseSet } from './phrases.js';
import { wordId } from '../vocabulary.js';
import { mapPacked } from '../arrays.js';

/** The word lists newslens scores with, each kept apart so every score says which list moved it. */
export type ScorerId = 'afinn' | 'vader' | 'wink' | 'news';
export const SCORERS: readonly ScorerId[] = ['afinn', 'vader', 'wink', 'news'];

/** A valence lexicon: which scorer it is, its provenance, and the scale of its valences. */
export interface ValenceLexicon {
  scorer: ScorerId;
  info: LexiconInfo;
  /** The largest valence the list uses, so each scorer's score lands on -1..1. */
  maximum: number;
}

/**
 * Every lexicon's entries in one index, so a word is looked up once rather than once per
 * lexicon: entry row r's valence in lexicon i is `values[r * width + i]`, or NaN where it has
 * none. An entry is a word or a multi-word phrase (lower case); valence 0 marks a neutral
 * phrase, whose words do not count ("kind of", "for good"). One table rather than a typed
 * array per entry, and one-word entries (most of the 16,000) by their word's id in the shared
 * vocabulary (shared/vocabulary.ts) rather than as phrases of one word: each typed array or
 * phrase costs a hundred bytes or more of heap, and the loader's time, for four numbers; and a
 * token's id is read once a document, where a word's string was looked up here for every token.
 */
export interface ValenceIndex {
  /**
   * Entries of two or more words by the vocabulary id of their first and then by their second
   * word (`phrasesAt`), longest first; values are rows. By the second word too: a common first
   * word ("the", "to") starts several phrases, and nearly all of them fail there.
   */
  phrases: (ReadonlyMap<string, readonly ValencePhrase[]> | undefined)[];
  /** Entries of one word: their rows by the word's vocabulary id, -1 for none (`wordRow`). */
  wordRows: Int32Array;
  values: Float64Array;
  /** How many lexicons: the length of a row. */
  width: number;
}

/** An entry of two or more words: its words and its row. */
export interface ValencePhrase {
  words: string[];
  value: number;
}

/** The entries of two or more words whose first word's vocabulary id is `id` (-1 for a word no list names) and whose second word is `second`, or undefined. */
export function phrasesAt(index: ValenceIndex, id: number, second: string | undefined): readonly ValencePhrase[] | undefined {
  return id >= 0 && id < index.phrases.length && second !== undefined ? index.phrases[id]?.get(second) : undefined;
}

/** The row of the one-word entry whose vocabulary id is `id`, or -1 (for -1, a word no list names, too). */
export function wordRow(index: ValenceIndex, id: number): number {
  return id >= 0 && id < index.wordRows.length ? (index.wordRows[id] as number) : -1;
}

/**
 * The lists' entries as rows, in one pass: an entry's row is the order it is first met; its
 * valence in list i at `row * width + i`, NaN where the list lacks it. The first list's entries
 * (distinct keys of an object) are its first rows, in its order.
 */
export function valenceRows(lists: readonly (readonly [string, number][])[]): { entries: string[]; values: Float64Array } {
  const width = lists.length;
  let most = 0;
  for (const entries of lists) most += entries.length;
  const table = new Float64Array(most * width).fill(Number.NaN);
  const rows = new Map<string, number>();
  lists.forEach((entries, i) => {
    // Each pair read by index: destructuring it calls the array iterator, which in this cold
    // loop over 16,000 entries took most of the load.
    for (let k = 0; k < entries.length; k += 1) {
      const entry = (entries[k] as [string, number])[0];
      let row = rows.get(entry);
      if (row === undefined) rows.set(entry, (row = rows.size));
      table[row * width + i] = (entries[k] as [string, number])[1];
    }
  });
  return { entries: [...rows.keys()], values: table.slice(0, rows.size * width) };
}

/** The index of rows (valenceRows): phrases (entries with a space) by their first and second words, words by their vocabulary id. */
function indexOfRows(entries: readonly string[], values: Float64Array, width: number): ValenceIndex {
  const phraseRows = new Map<string, number>();
  const wordRowList = new Int32Array(entries.length);
  let count = 0;
  for (let row = 0; row < entries.length; row += 1) {
    if ((entries[row] as string).includes(' ')) phraseRows.set(entries[row] as string, row);
    else wordRowList[count++] = row;
  }
  // Phrases' first words take their vocabulary ids before the words do: the ids' order is the
  // order the lists were first indexed in.
  const phrases = new PhraseSet(phraseRows);
  // An array by id, not a Map: every word of every sentence asks, and an array is read where a map is probed.
  const byFirst: ValenceIndex['phrases'] = [];
  for (const first of phrases.firstWords()) {
    const id = wordId(first);
    while (byFirst.length <= id) byFirst.push(undefined);
    const bySecond = new Map<string, ValencePhrase[]>();
    // Each second word's phrases in the order of all of them: longest first.
    for (const phrase of phrases.startingWith(first) as ValencePhrase[]) {
      const second = phrase.words[1] as string;
      const list = bySecond.get(second);
      if (list) list.push(phrase);
      else bySecond.set(second, [phrase]);
    }
    byFirst[id] = bySecond;
  }
  // The words' ids and rows side by side, then the table by id: no Map of ids.
  const ids = new Int32Array(count);
  let size = 0;
  for (let n = 0; n < count; n += 1) {
    const id = wordId(entries[wordRowList[n] as number] as string);
    ids[n] = id;
    size = Math.max(size, id + 1);
  }
  const wordRows = new Int32Array(size).fill(-1);
  for (let n = 0; n < count; n += 1) wordRows[ids[n] as number] = wordRowList[n] as number;
  return { phrases: byFirst, wordRows, values, width };
}

/** The lexicons newslens ships as data files (AFINN-165 is read from the `sentiment` package), in the index's order after AFINN. */
export const SHIPPED_VALENCE_FILES = ['lexicons/sentiment-vader.json', 'lexicons/sentiment-wink.json', 'lexicons/sentiment-news.json'] as const;

/** AFINN-165's entries, from the `sentiment` package, and its version. */
export function afinnEntries(): { entries: Record<string, number>; version: string } {
  const require = createRequire(import.meta.url);
  const entries = JSON.parse(readFileSync(require.resolve('sentiment/languages/en/labels.json'), 'utf8')) as Record<string, number>;
  return { entries, version: (require('sentiment/package.json') as { version: string }).version };
}

const lexicon = (scorer: ScorerId, { id, version, source, licence }: LexiconInfo, maximum: number): ValenceLexicon => ({ scorer, info: { id, version, source, licence }, maximum });

/**
 * The lexicons and their index, read on first use and shared. The rows of the lists newslens
 * ships come from their pre-built form (sentiment-index.bin, scripts/build-sentiment-index.ts),
 * with AFINN-165's valences read from the `sentiment` package into its column; where the
 * installed package's entries are not those the file was built with, from the lists themselves.
 * AFINN's entries are read rather than required so that Node's module cache does not keep a
 * second copy; its provenance is in sentiment-afinn.json like every other list's.
 */
const loaded = (): { lexicons: ValenceLexicon[]; index: ValenceIndex } => loadOnce('sentiment-lexicons', () => readValenceLexicons(afinnEntries(), readDataBytes('lexicons/sentiment-index.bin')));

/** The lexicons and their index, from AFINN-165's entries and the bytes of sentiment-index.bin (see `loaded`). */
export function readValenceLexicons(afinn: { entries: Record<string, number>; version: string }, indexFile: Buffer): { lexicons: ValenceLexicon[]; index: ValenceIndex } {
  const afinnInfo = { ...readDataFile<LexiconInfo>('lexicons/sentiment-afinn.json'), version: afinn.version };
  const packed = readValenceIndexFile(indexFile);
  const afinnWords = Object.keys(afinn.entries);
  if (afinnWords.length !== packed.header.afinnEntries || !afinnWords.every((word, row) => word === packed.entries[row])) {
    const lists = mapPacked(SHIPPED_VALENCE_FILES, (file) => readDataFile<Lexicon<[string, number]>>(file));
    return valenceLexiconsOf(afinnInfo, lists, valenceRows([Object.entries(afinn.entries), ...mapPacked(lists, (list) => list.entries)]));
  }
  afinnWords.forEach((word, row) => (packed.values[row * SCORERS.length] = afinn.entries[word] as number));
  return valenceLexiconsOf(afinnInfo, packed.header.lexicons, packed);
}

function valenceLexiconsOf(afinnInfo: LexiconInfo, shipped: readonly LexiconInfo[], rows: { entries: readonly string[]; values: Float64Array }): { lexicons: ValenceLexicon[]; index: ValenceIndex } {
  const [vader, wink, news] = shipped as [LexiconInfo, LexiconInfo, LexiconInfo];
  return {
    lexicons: [lexicon('afinn', afinnInfo, 5), lexicon('vader', vader, 4), lexicon('wink', wink, 5), lexicon('news', news, 4)],
    index: indexOfRows(rows.entries, rows.values, SCORERS.length),
  };
}

export const valenceIndex = (): ValenceIndex => loaded().index;

export const valenceLexicons = (): ValenceLexicon[] => loaded().lexicons;
