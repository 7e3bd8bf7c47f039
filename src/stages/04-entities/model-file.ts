import type { LexiconInfo } from '../../data/lexicon.js';
import { int32Section, linesOf, linesSection, littleEndianNumbers, packFile, readPackedFile, sectionText } from '../../data/packed-file.js';
import { lineStarts, SortedLines } from '../../data/sorted-lines.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * The name tagger's tables as the tagger reads them: what Perceptron.fromTables takes. The
 * shipped form is ner-perceptron.bin, made by scripts/pack-ner-model.ts from
 * ner-perceptron.json (what scripts/train-ner.ts writes, and the readable record of the model):
 * the same rows, read as one Buffer instead of three base64 strings inside 3.2 MB of JSON, whose
 * reading, parsing and decoding took about 75 ms of every process's start and left 5 MB of
 * strings to collect. The file holds what the tagger would otherwise work out at every start
 * (issue 19, cold start): where each feature line starts; a scan of 78,000 lines, run cold, took
 * about a tenth of the tagger's load. The weights stay integers (× scale), which the tagger adds
 * as they are (Perceptron.tag): read without a pass over its 299,000 pairs.
 *
 * Layout (src/data/packed-file.ts): the JSON header (ModelFileHeader), then the feature lines
 * (UTF-8, featureBytes long); a little-endian int32 per line and one more (aligned to 4), where
 * it starts in the features' text (lineStarts); one byte per row, its pair count; one byte per
 * pair, its tag index; a little-endian int32 per pair (aligned to 4), its weight × scale. Then the
 * scorer's index of the largest templates (scorer-index.ts), which pack-ner-model.ts works out
 * from those rows: the shapes, one a line; and for `w-1|sh`, then `sh|w+1`, the words, one a
 * line, where each word's pairs start (int32s), and the pairs, shape id and row (int32s).
 */
export interface ModelFileHeader extends LexiconInfo {
  /** What the file was made from and by which script. */
  builtFrom: string;
  tags: string[];
  scale: number;
  featureBytes: number;
  rows: number;
  pairs: number;
  /** The scorer index's sizes: how many shapes, and their bytes; per table, how many words, their bytes, and how many pairs. */
  shapes: number;
  shapeBytes: number;
  wordBeforeShape: WordPairsSize;
  shapeWordAfter: WordPairsSize;
}

interface WordPairsSize {
  words: number;
  wordBytes: number;
  pairs: number;
}

/** The tagger's tables, decoded. */
export interface PerceptronTables extends LexiconInfo {
  tags: string[];
  /** The features, one a line, sorted, in row order. */
  features: string;
  /** Where each line of `features` starts, in UTF-16 code units, and features.length + 1 (SortedLines). */
  lineStarts: Int32Array;
  /** Per row, how many (tag, weight) pairs it has. */
  pairCounts: Uint8Array;
  /** Per pair, row after row: its tag index. */
  pairTags: Uint8Array;
  /** Per pair: its weight × scale, an integer (the JSON form's), which is what the tagger adds (Perceptron.tag). */
  weights: Int32Array;
  /** What the weights were multiplied by to make integers. */
  scale: number;
}

/**
 * What the run-time scorer (scoring.ts) needs of the tagger's largest templates, worked out by
 * scripts/pack-ner-model.ts (scorer-index.ts) and shipped in ner-perceptron.bin rather than at
 * every start, where cutting the 10,400 values of `w-1|sh` and `sh|w+1` into maps of pairs and
 * naming their shapes took most of the scorer's load (issue 19, cold start):
 *  - the shapes, in the order of their small ids;
 *  - the rows of `w-1|sh` by the word before, and of `sh|w+1` by the word after, as byPair
 *    pairs them (by the word, every split of a value that holds "|", in row order), each pair
 *    a shape id and a row.
 */
export interface ScorerIndex {
  shapes: string[];
  wordBeforeShape: WordPairs;
  shapeWordAfter: WordPairs;
}

/** (shape id, row) pairs by word: word i's pairs are pairs[2 × starts[i] .. 2 × starts[i + 1]). */
export interface WordPairs {
  /** The words, one a line, sorted (SortedLines). */
  words: SortedLines;
  starts: Int32Array;
  pairs: Int32Array;
}

/** The tables of the JSON form. */
export function tablesOfData(data: PerceptronData): PerceptronTables {
  const { id, version, source, licence, tags, scale, features } = data;
  const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
  const weights = littleEndianNumbers(bytes(data.pairWeights), Int32Array);
  return { id, version, source, licence, tags, features, lineStarts: lineStarts(features), pairCounts: bytes(data.pairCounts), pairTags: bytes(data.pairTags), weights, scale };
}

/**
 * The JSON form of the name tagger, as scripts/train-ner.ts writes it. The table is packed
 * rather than written as one JSON array per feature: 78,000 small arrays took half a second to
 * parse and build, and left the collector 78,000 objects to trace, in every process and every
 * batch worker (docs/ENTITIES.md).
 */
export interface PerceptronData {
  id: string;
  version: string;
  source: string;
  licence: string;
  tags: string[];
  /** Weights are stored as integers: real weight × `scale`. */
  scale: number;
  /** The features, one a line, in row order. */
  features: string;
  /** Base64 of one byte per row: how many (tag, weight) pairs the row has. */
  pairCounts: string;
  /** Base64 of one byte per pair, row after row: the pair's tag index. */
  pairTags: string;
  /** Base64 of a little-endian 32-bit integer per pair: the pair's weight × `scale`. */
  pairWeights: string;
}

/** The packed form of `feature → [tag, weight, tag, weight, …]` rows with integer weights (scripts/train-ner.ts). */
export function packPerceptron(meta: Omit<PerceptronData, 'features' | 'pairCounts' | 'pairTags' | 'pairWeights'>, rows: [feature: string, pairs: number[]][]): PerceptronData {
  const size = rows.reduce((sum, [, pairs]) => sum + (pairs.length >> 1), 0);
  const counts = Buffer.alloc(rows.length);
  const tags = Buffer.alloc(size);
  const weights = Buffer.alloc(size * 4);
  let k = 0;
  rows.forEach(([feature, pairs], row) => {
    if (feature.includes('\n') || pairs.length >> 1 > 255) throw new Error(`newslens: feature ${JSON.stringify(feature)} cannot be packed`);
    // The tagger finds a feature's row by binary search (SortedLines).
    if (row > 0 && !((rows[row - 1] as [string, number[]])[0] < feature)) throw new Error(`newslens: features must be packed in ascending order, ${JSON.stringify(feature)} is not`);
    counts[row] = pairs.length >> 1;
    // In tag order: the tagger reads a row of every tag by tag (Perceptron.addTo).
    for (let p = 2; p + 1 < pairs.length; p += 2) if (!((pairs[p - 2] as number) < (pairs[p] as number))) throw new Error(`newslens: the weights of feature ${JSON.stringify(feature)} must be packed in ascending tag order`);
    for (let p = 0; p + 1 < pairs.length; p += 2, k += 1) {
      tags[k] = pairs[p] as number;
      weights.writeInt32LE(pairs[p + 1] as number, k * 4);
    }
  });
  return { ...meta, features: mapPacked(rows, ([feature]) => feature).join('\n'), pairCounts: counts.toString('base64'), pairTags: tags.toString('base64'), pairWeights: weights.toString('base64') };
}

const wordPairsSize = (table: WordPairs, wordBytes: number): WordPairsSize => ({ words: table.words.length, wordBytes, pairs: table.pairs.length / 2 });

/** The file of the JSON form's tables and the scorer index made from them. */
export function packModelFile(data: PerceptronData, index: ScorerIndex, builtFrom: string): Buffer {
  const tables = tablesOfData(data);
  const features = Buffer.from(tables.features, 'utf8');
  const shapes = linesSection(index.shapes, 'a shape');
  const before = Buffer.from(index.wordBeforeShape.words.text, 'utf8');
  const after = Buffer.from(index.shapeWordAfter.words.text, 'utf8');
  const header: ModelFileHeader = {
    ...{ id: data.id, version: data.version, source: data.source, licence: data.licence, builtFrom, tags: data.tags, scale: data.scale },
    ...{ featureBytes: features.length, rows: tables.pairCounts.length, pairs: tables.pairTags.length },
    ...{ shapes: index.shapes.length, shapeBytes: shapes.bytes.length, wordBeforeShape: wordPairsSize(index.wordBeforeShape, before.length), shapeWordAfter: wordPairsSize(index.shapeWordAfter, after.length) },
  };
  return packFile(header, [
    ...[{ bytes: features, align: 1 }, int32Section(tables.lineStarts), { bytes: tables.pairCounts, align: 1 }, { bytes: tables.pairTags, align: 1 }, int32Section(tables.weights)],
    ...[shapes, { bytes: before, align: 1 }, int32Section(index.wordBeforeShape.starts), int32Section(index.wordBeforeShape.pairs)],
    ...[{ bytes: after, align: 1 }, int32Section(index.shapeWordAfter.starts), int32Section(index.shapeWordAfter.pairs)],
  ]);
}

/** The sections of a WordPairs table. */
const wordPairsLayout = (size: WordPairsSize): { length: number; align: number }[] => [
  { length: size.wordBytes, align: 1 },
  { length: 4 * (size.words + 1), align: 4 },
  { length: 8 * size.pairs, align: 4 },
];

const wordPairsOf = ([words, starts, pairs]: Uint8Array[]): WordPairs => ({ words: new SortedLines(sectionText(words as Uint8Array)), starts: littleEndianNumbers(starts as Uint8Array, Int32Array), pairs: littleEndianNumbers(pairs as Uint8Array, Int32Array) });

/** The header, tables and scorer index of a model file; the byte arrays are views of `bytes`, to copy what is kept, the numbers copies. */
export function readModelFile(bytes: Buffer): { header: ModelFileHeader; tables: PerceptronTables; index: ScorerIndex } {
  const { header, sections } = readPackedFile<ModelFileHeader>(bytes, (h) => [
    { length: h.featureBytes, align: 1 },
    { length: 4 * (h.rows + 1), align: 4 },
    { length: h.rows, align: 1 },
    { length: h.pairs, align: 1 },
    { length: 4 * h.pairs, align: 4 },
    { length: h.shapeBytes, align: 1 },
    ...wordPairsLayout(h.wordBeforeShape),
    ...wordPairsLayout(h.shapeWordAfter),
  ]);
  const [featureBytes, starts, pairCounts, pairTags, weights, shapes] = sections as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const { id, version, source, licence, tags, scale } = header;
  return {
    header,
    tables: { id, version, source, licence, tags, features: sectionText(featureBytes), lineStarts: littleEndianNumbers(starts, Int32Array), pairCounts, pairTags, weights: littleEndianNumbers(weights, Int32Array), scale },
    index: { shapes: linesOf(shapes, header.shapes), wordBeforeShape: wordPairsOf(sections.slice(6, 9)), shapeWordAfter: wordPairsOf(sections.slice(9, 12)) },
  };
}
