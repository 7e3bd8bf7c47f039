import { describe, expect, it } from 'vitest';
import { jsonLineBytes } from '../src/cli/json-bytes.js';

const asLine = (value: Record<string, unknown>) => Buffer.from(jsonLineBytes(value)).toString('utf8');

class Point {
  constructor(readonly x: number) {}
  get doubled(): number {
    return 2 * this.x;
  }
}

describe('jsonLineBytes', () => {
  it('writes what JSON.stringify writes, and a newline, through every kind of member', () => {
    const value = {
      id: 'a1',
      skipped: undefined,
      call: () => 1,
      analysis: {
        empty: {},
        allSkipped: { a: undefined },
        numbers: [1, -0, 0.1 + 0.2, Number.NaN, Infinity],
        list: [undefined, () => 1, { b: undefined }, null],
        nested: { deeper: { deepest: { leaf: 'x', none: undefined } }, after: true },
        date: new Date(0),
        custom: { toJSON: () => 'mine' },
        instance: new Point(3),
        bare: Object.assign(Object.create(null), { '2': 'two', '1': 'one', z: 'z' }),
        text: 'quotes “curly” and "straight", a tab\t, an emoji 😀 and a lone \ud800 surrogate',
      },
      last: 0,
    };
    expect(asLine(value)).toBe(`${JSON.stringify(value)}\n`);
  });

  it('writes long members and many short ones whole and in order', () => {
    const long = 'é'.repeat(40_000);
    const value = { meta: { title: long }, parts: Object.fromEntries(Array.from({ length: 3000 }, (_, k) => [`k${k}`, { text: `part ${k} “${k}”` }])), tail: [long, long] };
    const bytes = jsonLineBytes(value);
    expect(Buffer.from(bytes).equals(Buffer.from(`${JSON.stringify(value)}\n`))).toBe(true);
  });

  it('writes an empty object', () => {
    expect(asLine({})).toBe('{}\n');
    expect(asLine({ gone: undefined })).toBe('{}\n');
  });

  it('is a buffer of its own, not a slice of a shared pool', () => {
    const bytes = jsonLineBytes({ a: 1 });
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });
});
