import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data/load.js';
import type { Lexicon } from '../src/data/lexicon.js';
import { packValenceIndexFile, readValenceIndexFile } from '../src/shared/sentence-sentiment/index-file.js';
import { afinnEntries, readValenceLexicons, SCORERS, SHIPPED_VALENCE_FILES, valenceRows } from '../src/shared/sentence-sentiment/lexicons.js';
import { builtValenceIndex, VALENCE_INDEX_FILE } from '../scripts/build-sentiment-index.js';

describe("the valence lexicons' pre-built rows", () => {
  it('are what scripts/build-sentiment-index.ts makes of the lists and the installed sentiment package (rerun it after changing either)', () => {
    expect(readFileSync(VALENCE_INDEX_FILE).equals(builtValenceIndex())).toBe(true);
  });

  it("hold the lists' rows as the lists themselves give them once AFINN's column is read from its package, bit for bit", () => {
    const afinn = afinnEntries();
    const lists = SHIPPED_VALENCE_FILES.map((file) => readDataFile<Lexicon<[string, number]>>(file));
    const fromLists = valenceRows([Object.entries(afinn.entries), ...lists.map((list) => list.entries)]);
    const { header, entries, values } = readValenceIndexFile(readFileSync(VALENCE_INDEX_FILE));
    Object.keys(afinn.entries).forEach((word, row) => (values[row * SCORERS.length] = afinn.entries[word] as number));
    expect(entries).toEqual(fromLists.entries);
    expect(Buffer.from(values.buffer).equals(Buffer.from(fromLists.values.buffer))).toBe(true);
    expect(header.lexicons.map((info) => info.id)).toEqual(lists.map((list) => list.id));
    expect(entries[header.afinnEntries - 1]).toBe(Object.keys(afinn.entries).at(-1));
  });

  it('are not used with another AFINN than they were built with: the lists are indexed instead, to the same index', () => {
    const afinn = afinnEntries();
    const shipped = readFileSync(VALENCE_INDEX_FILE);
    const { header, entries, values } = readValenceIndexFile(shipped);
    const { rows, entryBytes, ...rest } = header;
    const stale = packValenceIndexFile({ ...rest, afinnEntries: header.afinnEntries - 1 }, entries, values);
    expect(readValenceLexicons(afinn, stale)).toEqual(readValenceLexicons(afinn, shipped));
    expect(rows).toBe(entries.length);
    expect(entryBytes).toBeGreaterThan(0);
  });

  it('is refused when cut short', () => {
    const bytes = readFileSync(VALENCE_INDEX_FILE);
    expect(() => readValenceIndexFile(bytes.subarray(0, bytes.length - 8))).toThrow(/damaged/);
  });
});
