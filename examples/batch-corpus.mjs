// Analyses a small corpus with the command line, as a research pipeline would: JSONL in, JSONL
// of full analyses and tidy CSV tables out, then reads the articles table back.
// Run with `node examples/batch-corpus.mjs [corpus.jsonl] [output directory]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './read-csv.mjs';

// The `newslens` command of the installed package (what `npx newslens` runs).
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('newslens/package.json'));
const newslens = join(packageDir, require('newslens/package.json').bin.newslens);

const corpus = process.argv[2] ?? fileURLToPath(new URL('./corpus.jsonl', import.meta.url));
const out = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'newslens-batch-'));
// "1 article", "5 articles": every count agrees with its noun.
const count = (n, noun, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;
const run = (args) => {
  try {
    execFileSync(process.execPath, [newslens, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    return 0;
  } catch (error) {
    if (error.status === 1) return 1; // some records failed: they are error lines, the rest is written
    throw error;
  }
};

const status = run(['batch', corpus, '--out', join(out, 'analyses.jsonl'), '--tables', join(out, 'tables'), '--jobs', '2']);
const lines = readFileSync(join(out, 'analyses.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const failed = lines.filter((line) => line.error);
console.log(`${count(lines.length - failed.length, 'article')} analysed, ${failed.length} failed (exit status ${status}), written to ${out}`);
for (const line of failed) console.log(`  line ${line.line}: ${line.error}`);

const articles = readCsv(join(out, 'tables', 'articles.csv'));
console.log('\nid          outlet          tone    bias  generic frames');
for (const row of articles) console.log(`${row.article_id.padEnd(11)} ${row.outlet.padEnd(15)} ${Number(row.sentiment_score).toFixed(2).padStart(5)}   ${Number(row.bias_score).toFixed(2)}  ${row.generic_frames.replaceAll('|', ', ')}`);
const entities = readCsv(join(out, 'tables', 'entities.csv'));
console.log(`\n${count(entities.length, 'entity row')}; the most salient: ${[...new Set(entities.filter((row) => Number(row.salience) > 0.8).map((row) => row.name))].join(', ')}`);
