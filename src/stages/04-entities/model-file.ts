import type { LexiconInfo } from '../../data/lexicon.js';
import type { PerceptronData } from './perceptron.js';

/**
 * The name tagger's tables as bytes: what Perceptron.fromTables reads. The shipped form is
 * ner-perceptron.bin, made by scripts/pack-ner-model.ts from ner-perceptron.json (what
 * scripts/train-ner.ts writes, and the readable record of the model): the same rows, read as
 * one Buffer instead of three base64 strings inside 3.2 MB of JSON, whose reading, parsing and
 * decoding took about 75 ms of every process's start and left 5 MB of strings to collect.
 *
 * Layout: a uint32 (little-endian) header length H; H bytes of JSON header (ModelFileHeader);
 * the feature lines (UTF-8, featureBytes long); one byte per row, its pair count; one byte per
 * pair, its tag index; zero bytes up to a multiple of 4; a little-endian int32 per pair, its
 * weight × scale.
 */
export interface ModelFileHeader extends LexiconInfo {
  /** What the file was made from and by which script. */
  builtFrom: string;
  tags: string[];
  scale: number;
  featureBytes: number;
  rows: number;
  pairs: number;
}

/** The tagger's tables, decoded to strings and bytes. */
export interface PerceptronTables extends LexiconInfo {
  tags: string[];
  scale: number;
  /** The features, one a line, sorted, in row order. */
  features: string;
  /** Per row, how many (tag, weight) pairs it has. */
  pairCounts: Uint8Array;
  /** Per pair, row after row: its tag index. */
  pairTags: Uint8Array;
  /** Per pair: its weight × scale as a little-endian int32. */
  pairWeights: Uint8Array;
}

/** The tables of the JSON form. */
export function tablesOfData(data: PerceptronData): PerceptronTables {
  const { id, version, source, licence, tags, scale, features } = data;
  const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));
  return { id, version, source, licence, tags, scale, features, pairCounts: bytes(data.pairCounts), pairTags: bytes(data.pairTags), pairWeights: bytes(data.pairWeights) };
}

const padding = (length: number): number => (4 - (length % 4)) % 4;

/** The file of the JSON form's tables. */
export function packModelFile(data: PerceptronData, builtFrom: string): Buffer {
  const tables = tablesOfData(data);
  const features = Buffer.from(tables.features, 'utf8');
  const header: ModelFileHeader = { id: data.id, version: data.version, source: data.source, licence: data.licence, builtFrom, tags: data.tags, scale: data.scale, featureBytes: features.length, rows: tables.pairCounts.length, pairs: tables.pairTags.length };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const before = 4 + head.length + features.length + tables.pairCounts.length + tables.pairTags.length;
  return Buffer.concat([length, head, features, tables.pairCounts, tables.pairTags, Buffer.alloc(padding(before)), tables.pairWeights]);
}

/** The header and tables of a model file; the byte arrays are views of `bytes`, to copy what is kept. */
export function readModelFile(bytes: Buffer): { header: ModelFileHeader; tables: PerceptronTables } {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as ModelFileHeader;
  let at = 4 + headerLength;
  // Plain Uint8Arrays, not Buffers: a Buffer's slice() is a view, and a copy must not hold the file.
  const next = (length: number): Uint8Array => {
    if (at + length > bytes.length) throw new Error(`newslens: model file ${header.id} is damaged`);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length;
    return view;
  };
  const features = bytes.toString('utf8', at, at + header.featureBytes);
  at += header.featureBytes;
  const pairCounts = next(header.rows);
  const pairTags = next(header.pairs);
  at += padding(at);
  const pairWeights = next(4 * header.pairs);
  if (at !== bytes.length) throw new Error(`newslens: model file ${header.id} is damaged`);
  const { id, version, source, licence, tags, scale } = header;
  return { header, tables: { id, version, source, licence, tags, scale, features, pairCounts, pairTags, pairWeights } };
}
