import { loadOnce, readDataFile } from '../../data/load.js';
import type { LexiconInfo } from '../../data/lexicon.js';
import { PatternIndex } from '../../shared/patterns.js';
import { entryOfOrigin, shippedPatterns } from '../../shared/patterns-file.js';
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
export const BIAS_LEXICON_FILES = ['bias-reporting.json', 'bias-vague-attribution.json', 'bias-loaded-labels.json', 'bias-informal.json', 'bias-epistemological.json', 'bias-speculation.json', 'bias-evaluative.json', 'bias-word-families.json', 'bias-boosters.json', 'bias-packages.json'];

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

/** The category entry `entry` of `file` reports, or undefined where the list does not mark it. */
function categoryOf(file: BiasLexiconFile, entry: BiasEntry): BiasCategory | undefined {
  const category = file.category ?? file.categories?.[entry.type];
  return category && entry.use !== false ? category : undefined;
}

/**
 * The patterns of the entries that mark, in the lists' order, each with its origin (the entry's
 * number among the lists' entries, numbered on from list to list): the patterns of
 * bias-patterns.bin (scripts/pack-patterns.ts).
 */
export function markingEntries(files: readonly BiasLexiconFile[]): { match: string; origin: number }[] {
  const marking: { match: string; origin: number }[] = [];
  let origin = 0;
  for (const file of files) for (const entry of file.entries) {
    if (categoryOf(file, entry)) marking.push({ match: entry.match, origin });
    origin += 1;
  }
  return marking;
}

/** The marked entry of origin `origin` (markingEntries). */
function matchOf(files: readonly BiasLexiconFile[], origin: number): BiasMatch {
  const { list, entry } = entryOfOrigin(files, origin);
  const file = files[list] as BiasLexiconFile;
  const written = file.entries[entry] as BiasEntry;
  return { file, entry: written, category: categoryOf(file, written) as BiasCategory, order: list };
}

/** The bias lexicons and their pattern index, read on first use and shared. */
export function biasLexicons(): BiasLexicons {
  return loadOnce('bias-lexicons', () => {
    const files = mapPacked(BIAS_LEXICON_FILES, (name) => readDataFile<BiasLexiconFile>(`lexicons/${name}`));
    const { compiled, origins } = shippedPatterns('bias-patterns.bin', files);
    return {
      files,
      index: new PatternIndex(compiled, (pattern) => matchOf(files, origins[pattern] as number)),
      attributionCues: PatternIndex.of(files.flatMap((file) => mapPacked((file.attributionCues ?? []), (match) => ({ match, entry: true as const })))),
    };
  });
}

export function biasLexiconInfo(): LexiconInfo[] {
  return mapPacked(biasLexicons().files, ({ id, version, source, licence }) => ({ id, version, source, licence }));
}
