import { readDataBytes } from '../data/load.js';
import { int32Section, linesOf, linesSection, littleEndianNumbers, packFile, readPackedFile } from '../data/packed-file.js';
import type { CompiledPatterns } from './compiled-patterns.js';

/**
 * A list's patterns compiled (compiled-patterns.ts) as bytes. The bias and frame lexicons ship
 * theirs as bias-patterns.bin and frames-patterns.bin, made by scripts/pack-patterns.ts from
 * the lexicons' JSON files (which stay the source, and hold each entry's explanation); a test
 * fails when a file is not what the script makes of them.
 *
 * Layout (src/data/packed-file.ts): the JSON header (PatternsFileHeader), then the words and
 * the texts, UTF-8, one a line, and the item and pattern tables, each pattern's anchor and
 * next word, and each pattern's origin, little-endian int32s. A pattern's origin is the number
 * of the entry it is written in among the lists' entries, numbered on from list to list: an
 * entry is made for a pattern when the pattern is first read, not for every entry at start.
 */
export interface PatternsFileHeader {
  id: string;
  /** What the file was made from and by which script. */
  builtFrom: string;
  /** The lists the patterns come from, in order, with their versions. */
  lists: { id: string; version: string }[];
  /** How many entries the lists have (some may not be patterns here). */
  entries: number;
  patterns: number;
  words: number;
  wordBytes: number;
  texts: number;
  textBytes: number;
  items: number;
  itemNumbers: number;
  patternItems: number;
}

/** The file of `compiled`, the patterns of `lists`, pattern `p` written in entry `origins[p]`. */
export function packPatternsFile(compiled: CompiledPatterns, origins: Int32Array, header: Pick<PatternsFileHeader, 'id' | 'builtFrom' | 'lists' | 'entries'>): Buffer {
  const words = linesSection(compiled.words, 'a pattern word');
  const texts = linesSection(compiled.texts, 'a pattern prefix or part of speech');
  const sizes = {
    patterns: compiled.patternStarts.length - 1,
    words: compiled.words.length,
    wordBytes: words.bytes.length,
    texts: compiled.texts.length,
    textBytes: texts.bytes.length,
    items: compiled.itemStarts.length - 1,
    itemNumbers: compiled.items.length,
    patternItems: compiled.patternItems.length,
  };
  return packFile({ ...header, ...sizes }, [words, texts, int32Section(compiled.itemStarts), int32Section(compiled.items), int32Section(compiled.patternStarts), int32Section(compiled.patternItems), int32Section(compiled.anchors), int32Section(compiled.nextWords), int32Section(origins)]);
}

/** The header and compiled patterns of a patterns file. */
export function readPatternsFile(bytes: Buffer): { header: PatternsFileHeader; compiled: CompiledPatterns; origins: Int32Array } {
  const { header, sections } = readPackedFile<PatternsFileHeader>(bytes, (h) => [
    { length: h.wordBytes, align: 1 },
    { length: h.textBytes, align: 1 },
    { length: 4 * (h.items + 1), align: 4 },
    { length: 4 * h.itemNumbers, align: 4 },
    { length: 4 * (h.patterns + 1), align: 4 },
    { length: 4 * h.patternItems, align: 4 },
    { length: 4 * h.patterns, align: 4 },
    { length: 4 * h.patterns, align: 4 },
    { length: 4 * h.patterns, align: 4 },
  ]);
  const [words, texts, itemStarts, items, patternStarts, patternItems, anchors, nextWords, origins] = sections as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  return {
    header,
    compiled: {
      words: linesOf(words, header.words),
      texts: linesOf(texts, header.texts),
      itemStarts: littleEndianNumbers(itemStarts, Int32Array),
      items: littleEndianNumbers(items, Int32Array),
      patternStarts: littleEndianNumbers(patternStarts, Int32Array),
      patternItems: littleEndianNumbers(patternItems, Int32Array),
      anchors: littleEndianNumbers(anchors, Int32Array),
      nextWords: littleEndianNumbers(nextWords, Int32Array),
    },
    origins: littleEndianNumbers(origins, Int32Array),
  };
}

/**
 * The compiled patterns shipped as `lexicons/${name}` and their origins, made from `lists` (the
 * lists' JSON files as read): a file made from other lists, other versions of them or another
 * number of entries is refused (test/patterns-file.test.ts compares the patterns themselves).
 */
export function shippedPatterns(name: string, lists: readonly { id: string; version: string; entries: readonly unknown[] }[]): { compiled: CompiledPatterns; origins: Int32Array } {
  const { header, compiled, origins } = readPatternsFile(readDataBytes(`lexicons/${name}`));
  let entries = 0;
  for (const list of lists) entries += list.entries.length;
  const madeFrom = header.lists.map(({ id, version }) => `${id} ${version}`).join(', ');
  const read = lists.map(({ id, version }) => `${id} ${version}`).join(', ');
  if (madeFrom !== read) throw new Error(`newslens: lexicons/${name} was made from ${madeFrom} where the lists read are ${read}: rerun scripts/pack-patterns.ts`);
  if (header.entries !== entries) throw new Error(`newslens: lexicons/${name} was made from ${header.entries} entries where its lists have ${entries}: rerun scripts/pack-patterns.ts`);
  return { compiled, origins };
}

/** The list (its place in `lists`) and the entry in it (its place in the list's entries) of origin `origin`. */
export function entryOfOrigin(lists: readonly { entries: readonly unknown[] }[], origin: number): { list: number; entry: number } {
  let list = 0;
  let entry = origin;
  while (entry >= (lists[list] as { entries: readonly unknown[] }).entries.length) entry -= (lists[list++] as { entries: readonly unknown[] }).entries.length;
  return { list, entry };
}
