import { describe, expect, it } from 'vitest';
import { mapPacked } from '../src/shared/arrays.js';

describe('mapPacked', () => {
  it('maps like Array.prototype.map, passing each item and its index', () => {
    expect(mapPacked(['a', 'b', 'c'], (item, index) => `${item}${index}`)).toEqual(['a0', 'b1', 'c2']);
    expect(mapPacked([], (item: number) => item + 1)).toEqual([]);
  });
});
