/**
 * Exact and prefix lookup in one string of lines sorted by UTF-16 code unit (JavaScript's `<`),
 * by binary search on the string itself. Loading is one scan for the line ends into an
 * Int32Array (or none, where the data file ships them: ner-perceptron.bin): no string is cut and no Map is filled for the tens of thousands of lines a
 * process never asks for, where a Map of them all took most of the start-up of the name tagger
 * and the gazetteers, and megabytes of heap in every process.
 */
export class SortedLines {
  /** Line i runs from starts[i] to starts[i + 1] − 1 (its newline). */
  private readonly starts: Int32Array;

  /** `starts`: the text's lineStarts(), when a data file ships them (the scan is then not made at load). */
  constructor(
    readonly text: string,
    starts?: Int32Array,
  ) {
    this.starts = starts ?? lineStarts(text);
    if (this.starts.length < 2 || this.starts[this.starts.length - 1] !== text.length + 1) throw new Error('newslens: line starts do not fit their text');
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** Line `line`'s text, from its character `from` on (a value after its key, cut once). */
  line(line: number, from = 0): string {
    return this.text.slice((this.starts[line] as number) + from, (this.starts[line + 1] as number) - 1);
  }

  /** The index of the line equal to `key`, or −1. */
  indexOf(key: string): number {
    const at = this.lowerBound(key);
    return at < this.length && this.compare(key, at) === 0 ? at : -1;
  }

  /** The first line not below `key`: where the lines starting with `key` begin, when there are any. */
  lowerBound(key: string): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(key, middle) > 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether line `line` starts with `prefix`. */
  startsWith(line: number, prefix: string): boolean {
    const start = this.starts[line] as number;
    return (this.starts[line + 1] as number) - 1 - start >= prefix.length && this.text.startsWith(prefix, start);
  }

  /** `key` against line `line`, by code unit: negative, zero or positive, as `key` sorts before, equal or after. */
  private compare(key: string, line: number): number {
    const text = this.text;
    const start = this.starts[line] as number;
    const length = (this.starts[line + 1] as number) - 1 - start;
    const shorter = Math.min(key.length, length);
    for (let k = 0; k < shorter; k += 1) {
      const difference = key.charCodeAt(k) - text.charCodeAt(start + k);
      if (difference !== 0) return difference;
    }
    return key.length - length;
  }
}

/**
 * Where each line of `text` starts, and one more place, text.length + 1 (see SortedLines). One
 * scan, into a buffer that doubles: a first scan to count the lines took as long as this one.
 */
export function lineStarts(text: string): Int32Array {
  let found = new Int32Array(1024);
  let count = 1;
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', end + 1)) {
    if (count === found.length) {
      const larger = new Int32Array(2 * found.length);
      larger.set(found);
      found = larger;
    }
    found[count++] = end + 1;
  }
  const starts = new Int32Array(count + 1);
  starts.set(found.subarray(0, count));
  starts[count] = text.length + 1;
  return starts;
}
