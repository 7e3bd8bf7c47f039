// Compares the outlets of a corpus: runs `newslens batch` on it, then `newslens compare`, and
// prints each outlet's frame shares, bias-marker rates and tone, with the 95% intervals of the
// tone, read from the tidy CSV.
// Run with `node examples/compare-outlets.mjs [corpus.jsonl] [output directory]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCsv } from './read-csv.mjs';

const require = createRequire(import.meta.url);
const newslens = join(dirname(require.resolve('newslens/package.json')), require('newslens/package.json').bin.newslens);
const corpus = process.argv[2] ?? fileURLToPath(new URL('./corpus.jsonl', import.meta.url));
const out = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'newslens-compare-'));
const run = (args) => {
  try {
    execFileSync(process.execPath, [newslens, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    if (error.status !== 1) throw error; // 1: some records failed and are error lines
  }
};

run(['batch', corpus, '--out', join(out, 'analyses.jsonl'), '--jobs', '2']);
// The example corpus is small: its outlets name the same entities once or twice, so --min-mentions 1
// (3 by default) compares the tone toward them.
run(['compare', join(out, 'analyses.jsonl'), '--by', 'outlet', '--min-mentions', '1', '--output', join(out, 'compare.csv'), '--html', join(out, 'compare.html')]);
// low and high are empty where one article gives no interval.
const bound = (text) => (text === '' ? null : Number(text));
const rows = readCsv(join(out, 'compare.csv')).map((row) => ({ ...row, value: Number(row.value), articles: Number(row.articles), low: bound(row.low), high: bound(row.high), n: Number(row.n) }));
const withInterval = (row) => `${row.value.toFixed(2)} ${row.low === null ? `(n = ${row.n}, no interval)` : `[${row.low.toFixed(2)}, ${row.high.toFixed(2)}]`}`;
// "1 article", "3 articles": every count agrees with its noun.
const count = (n, noun, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

for (const group of [...new Set(rows.map((row) => row.group))]) {
  const own = rows.filter((row) => row.group === group);
  const pick = (measure) => own.filter((row) => row.measure === measure);
  const articles = own[0]?.articles ?? 0;
  console.log(`${group} (${count(articles, 'article')})`);
  console.log(`  tone ${withInterval(pick('article_tone')[0])}, bias score ${withInterval(pick('bias_score')[0])}`);
  console.log(`  generic frames: ${pick('frame_share').filter((row) => row.name.startsWith('generic:') && row.value > 0).map((row) => `${row.name.slice(8)} ${row.value.toFixed(2)}`).join(', ')}`);
  console.log(`  markers per 100 words: ${pick('marker_rate').filter((row) => row.value > 0).map((row) => `${row.name} ${row.value.toFixed(2)}`).join(', ')}`);
  console.log(`  tone toward: ${pick('entity_tone').slice(0, 4).map((row) => `${row.name} ${withInterval(row)}`).join(', ')}`);
}
console.log(`\ncharts: ${join(out, 'compare.html')}`);
