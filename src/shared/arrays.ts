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
