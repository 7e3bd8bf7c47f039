import { describe, expect, it } from 'vitest';
import { grown, mapPacked } from '../src/shared/arrays.js';

describe('mapPacked', () => {
  it('maps like Array.prototype.map, passing each item and its index', () => {
    expect(mapPacked(['a', 'b', 'c'], (item, index) => `${item}${index}`)).toEqual(['a0', 'b1', 'c2']);
    expect(mapPacked([], (item: number) => item + 1)).toEqual([]);
  });
});

describe('grown', () => {
  it('keeps a table long enough as it is', () => {
    const table = new Int32Array([1, 2, 3]);
    expect(grown(table, 3)).toBe(table);
  });

  it('copies a short table into one of its kind at least twice as long, the new places filled', () => {
    const longer = grown(new Int32Array([1, 2]), 3, -1);
    expect(longer).toBeInstanceOf(Int32Array);
    expect([...longer]).toEqual([1, 2, -1, -1]);
    expect([...grown(new Uint8Array([7]), 5)]).toEqual([7, 0, 0, 0, 0]);
    expect(grown(new Float64Array(2), 3)).toBeInstanceOf(Float64Array);
  });
});
