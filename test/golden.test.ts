import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { article } from './helpers.js';

// The analysis of the bundled article and of every readable article of examples/corpus.jsonl,
// byte for byte: a change of layout or speed must not change a result. When a change means to
// change results, `npx vitest run test/golden.test.ts -u` rewrites the files, and the diff shows
// what changed.
const corpus = readFileSync(new URL('../examples/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .flatMap((line) => {
    try {
      const record = JSON.parse(line) as { id?: string; text?: unknown };
      return typeof record.text === 'string' && record.id ? [{ id: record.id, text: record.text }] : [];
    } catch {
      return [];
    }
  });

describe('golden analyses', () => {
  it.each([{ id: 'soleimani-us-israel', text: article }, ...corpus])('$id analyses exactly as recorded', async ({ id, text }) => {
    await expect(`${JSON.stringify(analyze(text), null, 1)}\n`).toMatchFileSnapshot(`./golden/${id}.json`);
  });
});
