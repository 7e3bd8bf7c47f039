import type { LexiconInfo } from '../../data/lexicon.js';
import { float64Section, linesOf, linesSection, littleEndianNumbers, packFile, readPackedFile } from '../../data/packed-file.js';

/**
 * The valence lexicons' rows, pre-built (sentiment-index.bin, made by
 * scripts/build-sentiment-index.ts from AFINN-165's entries and the three lists newslens ships):
 * the rows' entries, one a line, and their valences as little-endian float64s, `width` a row, NaN
 * where a list lacks the entry. AFINN's entries are the first rows, in the package's order, and
 * its column is left NaN: its valences are read from the `sentiment` package at run time. Reading
 * this instead of the lists' JSON spares 23,000 small arrays to parse and a Map of 13,000 entries
 * to build at every start.
 */
export interface ValenceIndexHeader extends LexiconInfo {
  builtFrom: string;
  /** The provenance of the lists newslens ships, in the index's column order after AFINN. */
  lexicons: LexiconInfo[];
  /** How many of the first rows are AFINN's entries. */
  afinnEntries: number;
  rows: number;
  width: number;
  entryBytes: number;
}

export function packValenceIndexFile(header: Omit<ValenceIndexHeader, 'rows' | 'entryBytes'>, entries: readonly string[], values: Float64Array): Buffer {
  const text = linesSection(entries, 'a lexicon entry');
  return packFile({ ...header, rows: entries.length, entryBytes: text.bytes.length }, [text, float64Section(values)]);
}

export function readValenceIndexFile(bytes: Buffer): { header: ValenceIndexHeader; entries: string[]; values: Float64Array } {
  const { header, sections } = readPackedFile<ValenceIndexHeader>(bytes, (h) => [
    { length: h.entryBytes, align: 1 },
    { length: 8 * h.rows * h.width, align: 8 },
  ]);
  const [text, doubles] = sections as [Uint8Array, Uint8Array];
  return { header, entries: linesOf(text, header.rows), values: littleEndianNumbers(doubles, Float64Array) };
}
