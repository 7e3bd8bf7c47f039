import type { LexiconInfo } from '../../data/lexicon.js';
import { float64Section, int32Section, linesOf, linesSection, littleEndianNumbers, packFile, readPackedFile } from '../../data/packed-file.js';
import { tableOfWeights, type SoftmaxData } from './softmax.js';
import { wordFeaturesOf, type WordFeatures } from './word-features.js';

/**
 * A softmax model as bytes: what SoftmaxModel's constructor reads. The shipped form is
 * target-sentiment.bin, made by scripts/pack-target-sentiment.ts from target-sentiment.json
 * (what scripts/train-target-sentiment.ts writes, and the readable record of the model): the
 * same weights, read as one Buffer instead of 7,600 JSON arrays to parse and collect at start.
 *
 * Layout (src/data/packed-file.ts): the JSON header (SoftmaxFileHeader), then the feature
 * names (UTF-8, one a line, in the JSON form's order, featureBytes long); the weights as
 * little-endian float64, row after row (aligned to 8): the very doubles JSON.parse makes; then
 * the rows' word features (word-features.ts): the words, one a line (wordBytes long), and per
 * row its word's number and its slot, little-endian int32s.
 */
export interface SoftmaxFileHeader extends LexiconInfo {
  /** What the file was made from and by which script. */
  builtFrom: string;
  description: string;
  classes: string[];
  featureBytes: number;
  rows: number;
  /** The word features' words: how many, and their bytes. */
  words: number;
  wordBytes: number;
}

/** The file of a model's JSON form. */
export function packSoftmaxFile(data: SoftmaxData, builtFrom: string): Buffer {
  const { names, table } = tableOfWeights(data.classes.length, data.weights);
  const features = linesSection(names, 'a feature name');
  const { id, version, source, licence, description, classes } = data;
  const { words, rowWords, rowSlots } = wordFeaturesOf(names);
  const wordLines = linesSection(words, 'a word');
  const header: SoftmaxFileHeader = { id, version, source, licence, builtFrom, description, classes, featureBytes: features.bytes.length, rows: names.length, words: words.length, wordBytes: wordLines.bytes.length };
  return packFile(header, [features, float64Section(table), wordLines, int32Section(rowWords), int32Section(rowSlots)]);
}

/** The header, feature names, weight table and word features of a softmax file. */
export function readSoftmaxFile(bytes: Buffer): { header: SoftmaxFileHeader; names: string[]; table: Float64Array; wordFeatures: WordFeatures } {
  const { header, sections } = readPackedFile<SoftmaxFileHeader>(bytes, (h) => [
    { length: h.featureBytes, align: 1 },
    { length: 8 * h.rows * h.classes.length, align: 8 },
    { length: h.wordBytes, align: 1 },
    { length: 4 * h.rows, align: 4 },
    { length: 4 * h.rows, align: 4 },
  ]);
  const [featureBytes, weightBytes, wordBytes, rowWords, rowSlots] = sections as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const wordFeatures = { words: linesOf(wordBytes, header.words), rowWords: littleEndianNumbers(rowWords, Int32Array), rowSlots: littleEndianNumbers(rowSlots, Int32Array) };
  return { header, names: linesOf(featureBytes, header.rows), table: littleEndianNumbers(weightBytes, Float64Array), wordFeatures };
}
