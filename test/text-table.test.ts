import { describe, expect, it } from 'vitest';
import { TextTable } from '../src/stages/04-entities/text-table.js';

describe('the text table', () => {
  it('gives each distinct text one id, in order, through growth and after clearing', () => {
    const table = new TextTable();
    const texts = Array.from({ length: 20_000 }, (_, k) => (k % 3 === 0 ? `w${k}` : k % 3 === 1 ? `Ω${k}’s` : `${k}`));
    texts.push('', 'a', 'A', 'ab', 'ba');
    expect(texts.map((text) => table.add(text))).toEqual(texts.map((_, k) => k));
    // Fresh strings, as a token's text is: equal by their characters, not by identity.
    const fresh = texts.map((text) => ` ${text}`.slice(1));
    expect(fresh.map((text) => table.idOf(text))).toEqual(texts.map((_, k) => k));
    expect(['w1', 'Ω0’s', 'b', 'aa', 'w0 '].map((text) => table.idOf(text))).toEqual([-1, -1, -1, -1, -1]);
    table.clear();
    expect(table.idOf('w0')).toBe(-1);
    expect(table.add('ba')).toBe(0);
    expect(table.idOf('ba')).toBe(0);
  });
});
