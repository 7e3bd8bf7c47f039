import { createRequire } from 'node:module';
import { loadOnce, readDataFile } from '../../data/load.js';
import type { Lexicon, LexiconInfo } from '../../data/lexicon.js';
import { PhraseSet } from './phrases.js';

/** The word lists newslens scores with, each kept apart so every score says which list moved it. */
export type ScorerId = 'afinn' | 'vader' | 'wink' | 'news';
export const SCORERS: readonly ScorerId[] = ['afinn', 'vader', 'wink', 'news'];

/**
 * A valence lexicon: words and multi-word phrases (lower case) with their valence. A phrase
 * with valence 0 is read as neutral, so its words do not count ("kind of", "for good").
 */
export interface ValenceLexicon {
  scorer: ScorerId;
  info: LexiconInfo;
  entries: [string, number][];
  /** The largest valence the list uses, so each scorer's score lands on -1..1. */
  maximum: number;
}

/**
 * Every lexicon's phrases in one index, so a word is looked up once rather than once per
 * lexicon: `values[i]` is lexicon i's valence for the phrase, or NaN where it has none.
 */
export type ValenceIndex = PhraseSet<Float64Array>;

export function valenceIndex(): ValenceIndex {
  return loadOnce('sentiment-index', () => {
    const lexicons = valenceLexicons();
    const byPhrase = new Map<string, Float64Array>();
    lexicons.forEach((lexicon, i) => {
      for (const [phrase, valence] of lexicon.entries) {
        let values = byPhrase.get(phrase);
        if (!values) byPhrase.set(phrase, (values = new Float64Array(lexicons.length).fill(Number.NaN)));
        values[i] = valence;
      }
    });
    return new PhraseSet(byPhrase);
  });
}

/**
 * The lexicons, read on first use and shared. AFINN-165's entries come from the `sentiment`
 * package itself; its provenance is in sentiment-afinn.json like every other list's.
 */
export function valenceLexicons(): ValenceLexicon[] {
  return loadOnce('sentiment-lexicons', () => {
    const require = createRequire(import.meta.url);
    const afinn = require('sentiment/languages/en/labels.json') as Record<string, number>;
    const vader = readDataFile<Lexicon<[string, number]>>('lexicons/sentiment-vader.json');
    const wink = readDataFile<Lexicon<[string, number]>>('lexicons/sentiment-wink.json');
    const news = readDataFile<Lexicon<[string, number]>>('lexicons/sentiment-news.json');
    const afinnInfo = { ...readDataFile<LexiconInfo>('lexicons/sentiment-afinn.json'), version: (require('sentiment/package.json') as { version: string }).version };
    const lexicon = (scorer: ScorerId, { id, version, source, licence }: LexiconInfo, entries: [string, number][], maximum: number): ValenceLexicon => ({ scorer, info: { id, version, source, licence }, entries, maximum });
    return [lexicon('afinn', afinnInfo, Object.entries(afinn), 5), lexicon('vader', vader, vader.entries, 4), lexicon('wink', wink, wink.entries, 5), lexicon('news', news, news.entries, 4)];
  });
}
