/**
 * `items.map(each)` as a packed array, always. Once TurboFan inlines `Array.prototype.map` into
 * an optimised caller, the array it returns is holey, where the interpreter's is packed; every
 * function that reads such arrays then meets a second elements kind it was optimised without and
 * is deoptimised and compiled again (issue 19: most of the batch's recompiling). Appending keeps
 * the array packed in both tiers.
 */
export function mapPacked<T, U>(items: readonly T[], each: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let index = 0; index < items.length; index += 1) mapped.push(each(items[index] as T, index));
  return mapped;
}

/** The typed arrays tables by id are kept in. */
type TypedTable = Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/**
 * `table`, or a copy of it at least `length` long and at least twice as long, its new places
 * `fill`: a table by id that grows as ids come. Hot callers test the length themselves and call
 * this only to grow, so that their test stays on one kind of array.
 */
export function grown<Table extends TypedTable>(table: Table, length: number, fill = 0): Table {
  if (table.length >= length) return table;
  const larger = new (table.constructor as new (length: number) => Table)(Math.max(length, 2 * table.length));
  if (fill !== 0) larger.fill(fill);
  larger.set(table as never);
  return larger;
}
