import { spawnSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fnv1a32, inShard, parseShard } from '../src/cli/shard.js';
import { csvRows } from '../src/cli/spans.js';
import { shardCorpus } from './shard-corpus.js';

// The built command line, as `npx newslens` runs it (npm test builds before it tests).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const newslens = (args: string[], cwd?: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
const idsOf = (jsonl: string): string[] => jsonl.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
const SHARDS = 3;

describe('--shard K/N: which records a shard takes', () => {
  it('hashes ids with FNV-1a over their UTF-8 bytes, the published test values, so every machine agrees', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    // UTF-8, not UTF-16 code units: "é" is the two bytes C3 A9.
    expect(fnv1a32('é')).toBe(Math.imul(Math.imul(0x811c9dc5 ^ 0xc3, 0x01000193) ^ 0xa9, 0x01000193) >>> 0);
  });

  it('puts every id in exactly one of N shards, the same one every time', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 64 }), (id, count) => {
        const taking = Array.from({ length: count }, (_, k) => k + 1).filter((index) => inShard(id, { index, count }));
        expect(taking).toHaveLength(1);
        expect(inShard(id, { index: taking[0] as number, count })).toBe(true);
      }),
    );
  });

  it('reads K/N with K counted from 1, and refuses anything else', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '2', '1/2/3', '-1/4', 'a/4', ' 1/4', '1.5/4']) expect(() => parseShard(bad), bad).toThrow(/--shard must be K\/N, shard K of N counted from 1/);
  });

  it('is bad usage on the command line: one line saying what K/N must be, status 2, nothing written', () => {
    const run = newslens(['batch', new URL('../examples/corpus.jsonl', import.meta.url).pathname, '--shard', '5/4']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('newslens: --shard must be K/N, shard K of N counted from 1 (1 ≤ K ≤ N, as sbatch --array=1-N numbers tasks), received "5/4"');
  });
});

describe('batch --shard and merge over a corpus', () => {
  let dir: string;
  const tableFiles = (directory: string): string[] => readdirSync(directory).filter((name) => name.endsWith('.csv')).sort();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newslens-shard-'));
    writeFileSync(join(dir, 'corpus.jsonl'), shardCorpus(6));
    expect(newslens(['batch', 'corpus.jsonl', '--jobs', '1', '-o', 'single.jsonl', '--tables', 'single'], dir).status).toBe(1);
    for (let k = 1; k <= SHARDS; k += 1) {
      mkdirSync(join(dir, `shards/${k}`), { recursive: true });
      // Shard 1 starts as a long run should, with --resume: there is nothing to resume yet.
      const resume = k === 1 ? ['--resume'] : [];
      const run = newslens(['batch', 'corpus.jsonl', '--jobs', '1', '--shard', `${k}/${SHARDS}`, '-o', `shards/${k}/analyses.jsonl`, '--tables', `shards/${k}`, ...resume], dir);
      expect(run.status, run.stderr).toBeLessThanOrEqual(1);
    }
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('splits the corpus into disjoint shards that cover it, error lines and the id-less FILE:LINE record included', () => {
    const single = idsOf(readFileSync(join(dir, 'single.jsonl'), 'utf8'));
    expect(single).toContain('corpus.jsonl:14');
    const shards = Array.from({ length: SHARDS }, (_, k) => idsOf(readFileSync(join(dir, `shards/${k + 1}/analyses.jsonl`), 'utf8')));
    for (const ids of shards) expect(ids.length).toBeGreaterThan(0);
    expect(shards.flat().sort()).toEqual([...single].sort());
    // Each shard keeps input order.
    for (const ids of shards) expect(ids).toEqual(single.filter((id) => ids.includes(id)));
  });

  it('merges the shards into the bytes one batch writes: the JSONL and every table', () => {
    const run = newslens(['merge', 'shards', '--input', 'corpus.jsonl', '-o', 'merged.jsonl', '--tables', 'merged'], dir);
    expect(run.stderr).toBe('newslens merge: 16 lines (4 error lines) from 3 shard files\n');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'merged.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single.jsonl'), 'utf8'));
    expect(tableFiles(join(dir, 'merged'))).toEqual(tableFiles(join(dir, 'single')));
    for (const name of tableFiles(join(dir, 'single'))) expect(readFileSync(join(dir, 'merged', name), 'utf8'), name).toBe(readFileSync(join(dir, 'single', name), 'utf8'));
  });

  it('reports the ids of a missing shard, exits 1 and writes nothing', () => {
    const run = newslens(['merge', 'shards/1', 'shards/2', '--input', 'corpus.jsonl', '-o', 'partial.jsonl'], dir);
    expect(run.status).toBe(1);
    const missing = idsOf(readFileSync(join(dir, 'shards/3/analyses.jsonl'), 'utf8'));
    expect(run.stderr).toContain(`newslens merge: ${missing.length} input ids in no shard output (a task that failed or is unfinished: rerun it with --resume): ${JSON.stringify(missing[0])}`);
    expect(run.stderr).toMatch(/nothing written\n$/);
    expect(existsSync(join(dir, 'partial.jsonl'))).toBe(false);
  });

  it('reports ids that two shard outputs hold, and ids the input does not have', () => {
    cpSync(join(dir, 'shards/2/analyses.jsonl'), join(dir, 'copy-of-2.jsonl'));
    const twice = newslens(['merge', 'shards', 'copy-of-2.jsonl', '--input', 'corpus.jsonl'], dir);
    expect(twice.status).toBe(1);
    expect(twice.stdout).toBe('');
    const ids = idsOf(readFileSync(join(dir, 'shards/2/analyses.jsonl'), 'utf8'));
    expect(twice.stderr).toContain(`newslens merge: ${ids.length} ids with lines in more than one place (overlapping shards, or a file given twice?): ${JSON.stringify(ids[0])}`);
    // Another corpus, its first article's id changed (in a file of the same name, as FILE:LINE ids are named after it).
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other/corpus.jsonl'), readFileSync(join(dir, 'corpus.jsonl'), 'utf8').replace('"id": "harbour-1"', '"id": "harbour-one"'));
    const other = newslens(['merge', 'shards', '--input', 'other/corpus.jsonl'], dir);
    expect(other.status).toBe(1);
    expect(other.stderr).toBe(
      [
        'newslens merge: 1 input id in no shard output (a task that failed or is unfinished: rerun it with --resume): "harbour-one"',
        'newslens merge: 1 id in the shards but not in --input (another corpus?): "harbour-1"',
        'newslens merge: nothing written\n',
      ].join('\n'),
    );
  });

  it('merges byte for byte, tables too, after a shard killed mid-write is rerun with --resume, its retried error line appended out of order', async () => {
    const corpus = readFileSync(join(dir, 'corpus.jsonl'), 'utf8');
    // The shard holding the empty article's error line, killed half-way through the line after it.
    const shard = [1, 2, 3].find((k) => inShard('empty-1', { index: k, count: SHARDS })) as number;
    cpSync(join(dir, 'shards'), join(dir, 'resumed'), { recursive: true });
    const out = join(dir, `resumed/${shard}/analyses.jsonl`);
    const lines = readFileSync(out, 'utf8').split('\n');
    const errorLine = lines.findIndex((line) => line.startsWith('{"id":"empty-1"'));
    expect(errorLine).toBeGreaterThanOrEqual(0);
    expect(lines[errorLine + 1]?.length).toBeGreaterThan(40);
    truncateSync(out, Buffer.byteLength(lines.slice(0, errorLine + 1).join('\n')) + 1 + 40);
    // As batch writes an article's rows before its line, the tables end half-way through a row of the next article.
    const finished = new Set(lines.slice(0, errorLine + 1).map((line) => (JSON.parse(line) as { id: string }).id));
    for (const table of tableFiles(join(dir, `resumed/${shard}`))) {
      const path = join(dir, `resumed/${shard}`, table);
      let header = true;
      for await (const row of csvRows(createReadStream(path))) {
        if (header) header = false;
        else if (!finished.has(row.id)) {
          truncateSync(path, row.start + Math.floor((row.end - row.start) / 2));
          break;
        }
      }
    }

    const cut = newslens(['merge', 'resumed', '--input', 'corpus.jsonl'], dir);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toContain(`resumed/${shard}/analyses.jsonl (line ${errorLine + 2}: not JSON`);
    expect(cut.stderr).toContain('ends in a cut-off line, from a task killed while writing: rerun it with --resume');

    const resumed = newslens(['batch', 'corpus.jsonl', '--jobs', '1', '--shard', `${shard}/${SHARDS}`, '-o', out, '--tables', `resumed/${shard}`, '--resume'], dir);
    expect(resumed.status).toBe(1);
    expect(readFileSync(out, 'utf8').match(/\{"id":"empty-1"/g)).toHaveLength(2);
    const merged = newslens(['merge', 'resumed', '--input', 'corpus.jsonl', '--tables', 'resumed-tables'], dir);
    expect(merged.stderr).toBe('newslens merge: 16 lines (4 error lines) from 3 shard files\n');
    expect(merged.stdout).toBe(readFileSync(join(dir, 'single.jsonl'), 'utf8'));
    for (const name of tableFiles(join(dir, 'single'))) expect(readFileSync(join(dir, 'resumed-tables', name), 'utf8'), name).toBe(readFileSync(join(dir, 'single', name), 'utf8'));
    expect(corpus).toBe(readFileSync(join(dir, 'corpus.jsonl'), 'utf8'));
  }, 60_000);

  it('refuses to write over one of its inputs, and needs --input', () => {
    const over = newslens(['merge', 'shards', '--input', 'corpus.jsonl', '-o', 'shards/1/analyses.jsonl'], dir);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('newslens: --out shards/1/analyses.jsonl is also an input: name another file');
    const noInput = newslens(['merge', 'shards'], dir);
    expect(noInput.status).toBe(2);
    expect(noInput.stderr).toContain('merge needs --input');
  });
});
