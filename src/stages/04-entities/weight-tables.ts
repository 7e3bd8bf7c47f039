import { NO_REF, type Row } from './perceptron.js';
import { grown } from '../../shared/arrays.js';

// The weight tables the run-time scorer (scoring.ts) reads: stores of summed weights, and the
// tagger's rows (as RowRefs) re-indexed by template value, by small integer ids where the values
// are few (shapes, parts of speech).

/** No row, in the scorer's integer tables. */
export const NO_ROW = NO_REF;

/**
 * Records of `size` integer weights (Perceptron.add) end to end in one Int32Array: reading a
 * record is one array and an offset, where an array per record (off the V8 heap at this size)
 * is two more pointers to chase; and int32s are half the bytes of float64s, for stores of
 * megabytes read at every token. A record's offset holds until clear().
 */
export class WeightStore {
  values: Int32Array<ArrayBuffer>;
  private used = 0;

  constructor(private readonly size: number) {
    this.values = new Int32Array(1024 * size);
  }

  /** A new record, all zeros. */
  add(): number {
    if (this.used + this.size > this.values.length) this.values = grown(this.values, this.used + this.size);
    const at = this.used;
    this.used += this.size;
    this.values.fill(0, at, this.used);
    return at;
  }

  clear(): void {
    this.used = 0;
  }
}

/** The second parts and rows of one first part's pairs (byPair), end to end: second, row, second, row, … */
export type PairedRows = (string | number)[];

/**
 * Rows of the features whose value is `${a}|${b}`, by a, then as b, row pairs end to end (a
 * list is a fraction of a Map's heap, and there are thousands). A value may itself hold "|"
 * (the word "|", or its shape), so every split of the string is indexed: a lookup finds a row
 * exactly when the concatenated string would, and no (a, b) comes from two values.
 */
export function byPair(values: ReadonlyMap<string, number>, secondFirst = false): Map<string, PairedRows> {
  const table = new Map<string, PairedRows>();
  // Run once per process over thousands of values, mostly before the code is optimised: no
  // destructuring, whose iterator calls took most of the time.
  values.forEach((row, value) => {
    for (let bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', bar + 1)) {
      const a = value.slice(0, bar);
      const b = value.slice(bar + 1);
      const outer = secondFirst ? b : a;
      const key = secondFirst ? a : b;
      const pairs = table.get(outer);
      if (pairs) pairs.push(key, row);
      else table.set(outer, [key, row]);
    }
  });
  return table;
}

/** The row paired with `second`, if any. */
export function pairedRow(pairs: PairedRows | undefined, second: string): Row {
  if (pairs === undefined) return undefined;
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === second) return pairs[k + 1] as number;
  return undefined;
}

/**
 * Shapes and parts of speech as small integers, so that the tables over them are arrays. Only
 * the strings some feature names get an id; every other one is UNKNOWN, which no table has a
 * row for, just as no string table has a key for it.
 */
export class SmallIds {
  readonly ids = new Map<string, number>();

  constructor(values: Iterable<string>) {
    this.addAll(values);
  }

  /** Gives each value not yet named the next id. */
  addAll(values: Iterable<string>): void {
    for (const value of values) this.add(value);
  }

  /**
   * Names the second parts of pairs (byPair), read in place: there are tens of thousands. Run
   * when the model is packed (scorer-index.ts), whose shape order the scorer then reads.
   */
  addSecondParts(byFirst: ReadonlyMap<string, PairedRows>): void {
    byFirst.forEach((pairs) => {
      for (let k = 0; k < pairs.length; k += 2) this.add(pairs[k] as string);
    });
  }

  private add(value: string): void {
    if (!this.ids.has(value)) this.ids.set(value, this.ids.size);
  }

  /** The id of one of `values`, or UNKNOWN (this.size). */
  of(value: string): number {
    return this.ids.get(value) ?? this.ids.size;
  }

  /** Ids 0..size − 1 name values, size is UNKNOWN. */
  get size(): number {
    return this.ids.size;
  }
}

/** A table by id (UNKNOWN included) of what `rowOf` makes of the rows of `values` (a RowRef, a block), NO_ROW for none. */
export function rowsById(rowOf: (row: Row) => number, ids: SmallIds, values: ReadonlyMap<string, number>): Int32Array {
  const rows = new Int32Array(ids.size + 1).fill(NO_ROW);
  for (const [value, row] of values) rows[ids.of(value)] = rowOf(row);
  return rows;
}

/** A table by (first id × (size + 1) + second id) of what `rowOf` makes of the rows of pairs `byFirst`: by first, then second. */
export function pairRowsById(rowOf: (row: Row) => number, ids: SmallIds, byFirst: ReadonlyMap<string, PairedRows>): Int32Array {
  const stride = ids.size + 1;
  const rows = new Int32Array(stride * stride).fill(NO_ROW);
  for (const [first, pairs] of byFirst) for (let k = 0; k < pairs.length; k += 2) rows[ids.of(first) * stride + ids.of(pairs[k] as string)] = rowOf(pairs[k + 1] as number);
  return rows;
}

/**
 * Longest shape id, row list scanned: a word with more pairs (the commonest words have a few
 * dozen, and are read at every other token) gets a table by shape id, NO_ROW where none, always
 * longer than this, which is how rowOf tells the two apart.
 */
const LONGEST_SCANNED = 16;

/**
 * Words' rows by shape, end to end in one Int32Array: a record is its length, then as shape id,
 * row pairs where a word has a few (reading them in a row is quicker than hashing), else rows
 * by shape id (see LONGEST_SCANNED). One array for every word, so a lookup reads no typed array
 * of the word's own (two more pointers to chase, at two tokens in three). A record's offset
 * holds until clear().
 */
export class ShapeRowStore {
  values = new Int32Array(4096);
  private used = 0;

  /** The record of one word's rows by shape ((shape id, row) pairs: scorer-index.ts), each as what `blockOf` makes of it, or NO_ROW for none. */
  add(blockOf: (row: Row) => number, shapes: SmallIds, byShape: Int32Array | undefined): number {
    if (byShape === undefined) return NO_ROW;
    const length = byShape.length <= LONGEST_SCANNED ? byShape.length : Math.max(shapes.size + 1, LONGEST_SCANNED + 1);
    const record = this.used;
    this.used += 1 + length;
    if (this.used > this.values.length) this.values = grown(this.values, 2 * this.used, 0);
    const values = this.values;
    values[record] = length;
    if (length === byShape.length) byShape.forEach((value, k) => (values[record + 1 + k] = k % 2 === 0 ? value : blockOf(value)));
    else {
      values.fill(NO_ROW, record + 1, this.used);
      // The first pair of a shape is the one a scan finds.
      for (let k = byShape.length - 2; k >= 0; k -= 2) values[record + 1 + (byShape[k] as number)] = blockOf(byShape[k + 1] as number);
    }
    return record;
  }

  /** What the record holds for `shape` (see add), or NO_ROW. */
  rowOf(record: number, shape: number): number {
    if (record === NO_ROW) return NO_ROW;
    const values = this.values;
    const length = values[record] as number;
    if (length > LONGEST_SCANNED) return values[record + 1 + shape] as number;
    for (let k = record + 1; k < record + length; k += 2) if (values[k] === shape) return values[k + 1] as number;
    return NO_ROW;
  }

  clear(): void {
    this.used = 0;
  }
}
