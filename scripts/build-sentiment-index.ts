/**
 * Writes src/data/lexicons/sentiment-index.bin, the valence lexicons' rows as a process reads
 * them (src/shared/sentence-sentiment/index-file.ts), from AFINN-165's entries in the installed
 * `sentiment` package and sentiment-vader.json, sentiment-wink.json and sentiment-news.json:
 *
 *   npx tsx scripts/build-sentiment-index.ts
 *
 * (rerun it after changing a list or the `sentiment` package; test/sentiment-index.test.ts fails when the file is out of date.)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDataFile } from '../src/data/load.js';
import type { Lexicon } from '../src/data/lexicon.js';
import { packValenceIndexFile } from '../src/shared/sentence-sentiment/index-file.js';
import { afinnEntries, SCORERS, SHIPPED_VALENCE_FILES, valenceRows } from '../src/shared/sentence-sentiment/lexicons.js';

export const VALENCE_INDEX_FILE = new URL('../src/data/lexicons/sentiment-index.bin', import.meta.url);

export function builtValenceIndex(): Buffer {
  const afinn = afinnEntries();
  const lists = SHIPPED_VALENCE_FILES.map((file) => readDataFile<Lexicon<[string, number]>>(file));
  const { entries, values } = valenceRows([Object.entries(afinn.entries), ...lists.map((list) => list.entries)]);
  const afinnCount = Object.keys(afinn.entries).length;
  // AFINN's column is read from its package at run time.
  for (let row = 0; row < afinnCount; row += 1) values[row * SCORERS.length] = Number.NaN;
  return packValenceIndexFile(
    {
      id: 'newslens/sentiment-index',
      version: '1',
      source: `the rows of ${SHIPPED_VALENCE_FILES.join(', ')} and the entries of AFINN-165 (sentiment ${afinn.version}), by scripts/build-sentiment-index.ts`,
      licence: 'MIT',
      builtFrom: `${SHIPPED_VALENCE_FILES.join(', ')} and sentiment ${afinn.version} languages/en/labels.json, by scripts/build-sentiment-index.ts`,
      lexicons: lists.map(({ id, version, source, licence }) => ({ id, version, source, licence })),
      afinnEntries: afinnCount,
      width: SCORERS.length,
    },
    entries,
    values,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(VALENCE_INDEX_FILE, builtValenceIndex());
