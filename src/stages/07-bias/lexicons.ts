import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { PatternIndex } from '../../shared/patterns.js';
import type { BiasCategory } from './types.js';
import { mapPacked } from '../../shared/arrays.js';

/** One entry of a bias lexicon: a word pattern, its finer kind, and why it slants. */
export interface BiasEntry {
  match: string;
  type: string;
  /** The marker's explanation, with `{text}` where the marked words go as the text has them. */
  why: string;
  /** The neutral word a reporter could have used. */
  neutral?: string;
  /** In a list taken whole from a package: false for words newslens does not mark. */
  use?: boolean;
  /** In the word families: the list's word this one is derived from, and the WordNet relation. */
  from?: string;
  relation?: string;
}

export interface BiasLexiconFile extends LexiconInfo {
  description: string;
  /** Every entry's category; or, in a list taken from packages, `categories` by entry type. */
  category?: BiasCategory;
  categories?: Record<string, BiasCategory>;
  /** `drop`: a negated marker is no marker ("not very"); `keep`: negation changes nothing. */
  negation?: 'keep' | 'drop';
  /** Loaded labels only: words that attribute a label to someone ("listed as", "so-called"). */
  attributionCues?: string[];
  entries: BiasEntry[];
}

/**
 * The lexicon files, most specific first: where two match the same words at the same length,
 * the earlier one names the marker (a reporting verb before an evaluative word). The word
 * families (scripts/build-word-families.ts) follow the lists they derive from, so a word a list
 * comes to spell keeps that list's entry until the families are rebuilt.
 */
const FILES = ['bias-reporting.json', 'bias-vague-attribution.json', 'bias-loaded-labels.json', 'bias-informal.json', 'bias-epistemological.json', 'bias-speculation.json', 'bias-evaluative.json', 'bias-word-families.json', 'bias-boosters.json', 'bias-packages.json'];

/** A marked entry with the category it reports and the list it comes from. */
export interface BiasMatch {
  file: BiasLexiconFile;
  entry: BiasEntry;
  category: BiasCategory;
  /** The lexicon's place in PRIORITY: at equal length the earlier one wins. */
  order: number;
}

export interface BiasLexicons {
  files: BiasLexiconFile[];
  index: PatternIndex<BiasMatch>;
  attributionCues: PatternIndex<true>;
}

/**
 * The entries of the lists that mark, with their category and list, in the lists' order. Plain
 * loops: this runs once, cold, over 3,600 entries, where nested flatMaps with an array per entry
 * cost a sixth as much again as parsing the lists.
 */
function markingEntries(files: readonly BiasLexiconFile[]): { match: string; entry: BiasMatch }[] {
  const marking: { match: string; entry: BiasMatch }[] = [];
  for (let order = 0; order < files.length; order += 1) {
    const file = files[order] as BiasLexiconFile;
    for (let k = 0; k < file.entries.length; k += 1) {
      const entry = file.entries[k] as BiasEntry;
      const category = file.category ?? file.categories?.[entry.type];
      if (category && entry.use !== false) marking.push({ match: entry.match, entry: { file, entry, category, order } });
    }
  }
  return marking;
}

/** The bias lexicons and their pattern index, read on first use and shared. */
export function biasLexicons(): BiasLexicons {
  return loadOnce('bias-lexicons', () => {
    const files = mapPacked(FILES, (name) => readDataFile<BiasLexiconFile>(`lexicons/${name}`));
    return {
      files,
      index: new PatternIndex(markingEntries(files)),
      attributionCues: new PatternIndex(files.flatMap((file) => mapPacked((file.attributionCues ?? []), (match) => ({ match, entry: true as const })))),
    };
  });
}

export function biasLexiconInfo(): LexiconInfo[] {
  return mapPacked(biasLexicons().files, ({ id, version, source, licence }) => ({ id, version, source, licence }));
}
