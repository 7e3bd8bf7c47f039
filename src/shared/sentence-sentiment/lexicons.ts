import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadOnce, readDataFile } from '../../data/load.js';
import type { Lexicon, LexiconInfo } from '../../data/lexicon.js';
import { PhraseSet } from './phrases.js';
import { wordId } from '../vocabulary.js';

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
  /** Entries of two or more words, by the vocabulary id of their first, longest first; values are rows. */
  phrases: Map<number, readonly { words: string[]; value: number }[]>;
  /** Entries of one word: their rows by the word's vocabulary id, -1 for none (`wordRow`). */
  wordRows: Int32Array;
  values: Float64Array;
  /** How many lexicons: the length of a row. */
  width: number;
}

/** The row of the one-word entry whose vocabulary id is `id`, or -1 (for -1, a word no list names, too). */
export function wordRow(index: ValenceIndex, id: number): number {
  return id >= 0 && id < index.wordRows.length ? (index.wordRows[id] as number) : -1;
}

/** The index of the lists' entries, in one pass: an entry's row is the order it is first met. */
function indexOf(lists: readonly (readonly [string, number][])[]): ValenceIndex {
  const width = lists.length;
  let most = 0;
  for (const entries of lists) most += entries.length;
  const table = new Float64Array(most * width).fill(Number.NaN);
  const words = new Map<string, number>();
  const phraseRows = new Map<string, number>();
  let rows = 0;
  lists.forEach((entries, i) => {
    // Each pair read by index: destructuring it calls the array iterator, which in this cold
    // loop over 16,000 entries took most of the load.
    for (let k = 0; k < entries.length; k += 1) {
      const entry = (entries[k] as [string, number])[0];
      const valence = (entries[k] as [string, number])[1];
      const byEntry = entry.includes(' ') ? phraseRows : words;
      let row = byEntry.get(entry);
      if (row === undefined) byEntry.set(entry, (row = rows++));
      table[row * width + i] = valence;
    }
  });
  const phrases = new PhraseSet(phraseRows);
  const byFirst = new Map<number, readonly { words: string[]; value: number }[]>();
  for (const first of phrases.firstWords()) byFirst.set(wordId(first), phrases.startingWith(first) as { words: string[]; value: number }[]);
  // The words' ids and rows side by side, then the table by id: no Map of ids, and no
  // destructuring of Map entries, whose iterator calls took most of this cold pass.
  const ids = new Int32Array(words.size);
  const rowsOfIds = new Int32Array(words.size);
  let size = 0;
  let k = 0;
  words.forEach((row, word) => {
    const id = wordId(word);
    ids[k] = id;
    rowsOfIds[k] = row;
    size = Math.max(size, id + 1);
    k += 1;
  });
  const wordRows = new Int32Array(size).fill(-1);
  for (let n = 0; n < ids.length; n += 1) wordRows[ids[n] as number] = rowsOfIds[n] as number;
  return { phrases: byFirst, wordRows, values: table.slice(0, rows * width), width };
}

/**
 * The lexicons and their index, read on first use and shared; the lists' own entries are
 * dropped once indexed. AFINN-165's entries come from the `sentiment` package itself, read
 * rather than required so that Node's module cache does not keep a second copy; its provenance
 * is in sentiment-afinn.json like every other list's.
 */
const loaded = (): { lexicons: ValenceLexicon[]; index: ValenceIndex } =>
  loadOnce('sentiment-lexicons', () => {
    const require = createRequire(import.meta.url);
    const afinn = JSON.parse(readFileSync(require.resolve('sentiment/languages/en/labels.json'), 'utf8')) as Record<string, number>;
    const vader = readDataFile<Lexicon<[string, number]>>('lexicons/sentiment-vader.json');
    const wink = readDataFile<Lexicon<[string, number]>>('lexicons/sentiment-wink.json');
    const news = readDataFile<Lexicon<[string, number]>>('lexicons/sentiment-news.json');
    const afinnInfo = { ...readDataFile<LexiconInfo>('lexicons/sentiment-afinn.json'), version: (require('sentiment/package.json') as { version: string }).version };
    const lexicon = (scorer: ScorerId, { id, version, source, licence }: LexiconInfo, maximum: number): ValenceLexicon => ({ scorer, info: { id, version, source, licence }, maximum });
    return {
      lexicons: [lexicon('afinn', afinnInfo, 5), lexicon('vader', vader, 4), lexicon('wink', wink, 5), lexicon('news', news, 4)],
      index: indexOf([Object.entries(afinn), vader.entries, wink.entries, news.entries]),
    };
  });

export const valenceIndex = (): ValenceIndex => loaded().index;

export const valenceLexicons = (): ValenceLexicon[] => loaded().lexicons;
