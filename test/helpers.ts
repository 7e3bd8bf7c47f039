import { readFileSync } from 'node:fs';
import type { Span } from '../src/index.js';

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

export const article = fixture('soleimani-us-israel.txt');

/** The span of the only occurrence of `needle` in `text`; fails the test when it is not unique. */
export function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0 || text.indexOf(needle, start + 1) >= 0) throw new Error(`"${needle}" does not occur exactly once`);
  return { start, end: start + needle.length, text: needle };
}
