import { endianness } from 'node:os';

/**
 * The container of newslens's packed data files (ner-perceptron.bin, target-sentiment.bin,
 * sentiment-index.bin, wink-core.bin, bias-patterns.bin, frames-patterns.bin): a little-endian uint32 header length H; H bytes of JSON
 * header (provenance, `builtFrom`, and the sizes of the sections); then the sections, raw bytes, each after zero bytes up to a multiple of
 * its alignment, so that a table of 4- or 8-byte numbers starts on a boundary of its size. A
 * process reads one Buffer instead of parsing and collecting thousands of small JSON arrays.
 */
export interface PackedSection {
  bytes: Uint8Array;
  /** Its offset from the start of the file is a multiple of this. */
  align: number;
}

const padding = (at: number, align: number): number => (align - (at % align)) % align;

/** The file of a header and its sections. */
export function packFile(header: object, sections: readonly PackedSection[]): Buffer {
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const parts: Uint8Array[] = [length, head];
  let at = 4 + head.length;
  for (const { bytes, align } of sections) {
    const pad = padding(at, align);
    parts.push(Buffer.alloc(pad), bytes);
    at += pad + bytes.length;
  }
  return Buffer.concat(parts);
}

/**
 * The header and sections of a packed file; `layout` gives each section's byte length and
 * alignment from the header. The sections are plain Uint8Array views of `bytes` (a Buffer's
 * slice() is a view too, so what is kept must be copied, not to hold the file).
 */
export function readPackedFile<H extends { id: string }>(bytes: Buffer, layout: (header: H) => readonly { length: number; align: number }[]): { header: H; sections: Uint8Array[] } {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as H;
  let at = 4 + headerLength;
  const sections = layout(header).map(({ length, align }) => {
    at += padding(at, align);
    if (at + length > bytes.length) throw new Error(`newslens: data file ${header.id} is damaged`);
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length;
    return view;
  });
  if (at !== bytes.length) throw new Error(`newslens: data file ${header.id} is damaged`);
  return { header, sections };
}

/**
 * The numbers of little-endian bytes (a section of float64s or int32s), in a copy that does not
 * hold the file: one copy of the bytes on a little-endian host (read number by number, a cold
 * loop took 5–10 ms), a DataView on a big-endian one.
 */
export function littleEndianNumbers<T extends Float64Array | Int32Array>(bytes: Uint8Array, type: { new (buffer: ArrayBuffer): T; new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  if (endianness() === 'LE') return new type(bytes.slice().buffer);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const size = type.BYTES_PER_ELEMENT;
  const numbers = new type(bytes.length / size);
  for (let i = 0; i < numbers.length; i += 1) numbers[i] = size === 8 ? view.getFloat64(i * 8, true) : view.getInt32(i * 4, true);
  return numbers;
}

/** A section of lines, one a line, as UTF-8; `what` names them in the error for a line that holds a line break. */
export function linesSection(lines: readonly string[], what: string): PackedSection {
  if (lines.some((line) => line.includes('\n'))) throw new Error(`newslens: ${what} holds a line break and cannot be packed`);
  return { bytes: Buffer.from(lines.join('\n'), 'utf8'), align: 1 };
}

/** A section's bytes read as UTF-8 text. */
export function sectionText(section: Uint8Array): string {
  return Buffer.from(section.buffer, section.byteOffset, section.length).toString('utf8');
}

/** The `count` lines of a section made by linesSection. */
export function linesOf(section: Uint8Array, count: number): string[] {
  return count === 0 ? [] : sectionText(section).split('\n');
}

/** A section of float64s, little-endian, as readers take them back with littleEndianNumbers. */
export function float64Section(values: Float64Array): PackedSection {
  const bytes = Buffer.alloc(values.length * 8);
  values.forEach((value, i) => bytes.writeDoubleLE(value, i * 8));
  return { bytes, align: 8 };
}

/** A section of int32s, little-endian, as readers take them back with littleEndianNumbers. */
export function int32Section(values: Int32Array): PackedSection {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => bytes.writeInt32LE(value, i * 4));
  return { bytes, align: 4 };
}
