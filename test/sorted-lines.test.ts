import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data/load.js';
import { SortedLines } from '../src/data/sorted-lines.js';
import type { PerceptronData } from '../src/stages/04-entities/model-file.js';

describe('sorted lines', () => {
  // Letters below and above the space, a two-byte letter and a surrogate pair, so that order by code unit is tested.
  const word = fc.array(fc.constantFrom('a', 'b', ' ', '!', 'é', '😀', '|'), { maxLength: 5 }).map((chars) => chars.join(''));

  it('find exactly the lines equal to a key, and where the lines starting with it begin', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 20 }), word, (words, key) => {
        const sorted = [...words].sort((a, b) => (a < b ? -1 : 1));
        const lines = new SortedLines(sorted.join('\n'));
        expect(lines.length).toBe(sorted.length);
        expect(lines.indexOf(key)).toBe(sorted.indexOf(key));
        const from = lines.lowerBound(key);
        expect(from).toBe(sorted.filter((line) => line < key).length);
        sorted.forEach((line, k) => expect(lines.startsWith(k, key)).toBe(line.startsWith(key)));
        sorted.forEach((line, k) => expect(lines.line(k)).toBe(line));
      }),
    );
  });

  it("hold the name tagger's features in ascending order, as its lookups need", () => {
    const features = readDataFile<PerceptronData>('models/ner-perceptron.json').features.split('\n');
    expect(features.every((feature, k) => k === 0 || (features[k - 1] as string) < feature)).toBe(true);
  });
});
