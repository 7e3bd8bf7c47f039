import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Pool } from '../src/cli/pool.js';

// A worker that answers each text upper-cased, and dies with an uncaught error on "crash", as
// a batch worker does when a huge text runs it out of memory; on "exit" it calls process.exit,
// and on "quit" it stops listening, so that its thread ends without a word.
const script = join(mkdtempSync(join(tmpdir(), 'newslens-pool-')), 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (text) => {
  if (text === 'crash') throw new Error('out of memory');
  if (text === 'exit') process.exit(3);
  if (text === 'quit') return parentPort.close();
  parentPort.postMessage({ text: text.toUpperCase() });
});
`,
);

// A worker that cannot even start, as in a broken install.
const broken = join(dirname(script), 'broken.mjs');
writeFileSync(broken, `throw new Error('cannot load newslens');\n`);

describe('the batch worker pool', () => {
  it('answers every task, fails only the one whose worker died, and gives the rest to a new worker', async () => {
    const pool = new Pool<string, { text?: string; error?: string }>(pathToFileURL(script), 1, 2, (message) => ({ error: `stopped: ${message}` }));
    const results = await Promise.all(['one', 'two', 'crash', 'three', 'four'].map((text) => pool.run(text)));
    await pool.close();
    expect(results).toEqual([{ text: 'ONE' }, { text: 'TWO' }, { error: 'stopped: out of memory' }, { text: 'THREE' }, { text: 'FOUR' }]);
  });

  it('fails the task of a worker that exits without an error, and gives the rest to a new worker', async () => {
    const pool = new Pool<string, { text?: string; error?: string }>(pathToFileURL(script), 1, 2, (message) => ({ error: `stopped: ${message}` }));
    const results = await Promise.all(['one', 'exit', 'two', 'quit', 'three'].map((text) => pool.run(text)));
    await pool.close();
    expect(results).toEqual([{ text: 'ONE' }, { error: 'stopped: exited with code 3' }, { text: 'TWO' }, { error: 'stopped: exited with code 0' }, { text: 'THREE' }]);
  });

  it('spreads tasks over its workers and keeps each answer with its task', async () => {
    const pool = new Pool<string, { text?: string }>(pathToFileURL(script), 3, 2, () => ({}));
    const texts = Array.from({ length: 40 }, (_, k) => `article ${k}`);
    const results = await Promise.all(texts.map((text) => pool.run(text)));
    await pool.close();
    expect(results.map((result) => result.text)).toEqual(texts.map((text) => text.toUpperCase()));
  });

  it('fails every task, without hanging or starting workers for ever, when no worker can start', async () => {
    const pool = new Pool<string, { error?: string }>(pathToFileURL(broken), 2, 2, (message) => ({ error: message }));
    const failed = (result: { error?: string }) => /cannot load newslens|no worker could be started/.test(result.error ?? '');
    const results = await Promise.all(['one', 'two', 'three'].map((text) => pool.run(text)));
    expect(results.every(failed)).toBe(true);
    // Later tasks still get an answer: from the last replacements, then from the pool itself.
    for (const text of ['four', 'five', 'six', 'seven']) expect(failed(await pool.run(text))).toBe(true);
    expect(await pool.run('last')).toEqual({ error: 'no worker could be started' });
    await pool.close();
  });
});
