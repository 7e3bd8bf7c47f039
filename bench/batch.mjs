// The batch rows of npm run bench: `newslens batch` over a generated corpus with one worker and
// with two, at 2,000 and 6,000 articles: wall time, throughput and the process's peak memory
// (worker threads included), so a flat memory line shows as equal peaks. One and two workers
// run in turn, three times each, and the median counts: on a shared machine one run can be a
// third slower than the next. Then what the machine itself allows two threads (bench/machine.mjs).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const article = readFileSync(new URL('../fixtures/soleimani-us-israel.txt', import.meta.url), 'utf8');
const corpus = readFileSync(new URL('../examples/corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((line) => { try { return JSON.parse(line); } catch { return null; } }).filter((row) => row?.text);
const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-'));
const RUNS = 3;

/** n articles: the bundled article and the example corpus, in turn, each with its own id. */
function corpusOf(n) {
  const path = join(dir, `corpus-${n}.jsonl`);
  const texts = [article, ...corpus.map((row) => row.text)];
  writeFileSync(path, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, outlet: `outlet${i % 3}`, text: texts[i % texts.length] })).join('\n'));
  return path;
}

/** Runs the batch, sampling /proc for memory: wall seconds and peak RSS in MB. */
function run(path, jobs) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'batch', path, '--jobs', String(jobs), '--out', join(dir, `out-${jobs}.jsonl`)], { stdio: 'ignore' });
    let peak = 0;
    const sample = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (rss) peak = Math.max(peak, Number(rss) / 1024);
      } catch {
        // the process has just ended
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) reject(new Error(`batch exited ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peak });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const lines = ['| articles | workers | seconds (median of 3; all three) | articles/s | speed-up | peak RSS MB |', '|---:|---:|---|---:|---:|---:|'];
for (const n of [2000, 6000]) {
  const path = corpusOf(n);
  const runs = { 1: [], 2: [] };
  for (let r = 0; r < RUNS; r += 1) for (const jobs of [1, 2]) runs[jobs].push(await run(path, jobs));
  const one = median(runs[1].map((x) => x.seconds));
  for (const jobs of [1, 2]) {
    const seconds = median(runs[jobs].map((x) => x.seconds));
    const all = runs[jobs].map((x) => x.seconds.toFixed(1)).join(', ');
    lines.push(`| ${n} | ${jobs} | ${seconds.toFixed(1)} (${all}) | ${(n / seconds).toFixed(1)} | ${(one / seconds).toFixed(2)} | ${Math.max(...runs[jobs].map((x) => x.peak)).toFixed(0)} |`);
  }
  console.error(`done: batch of ${n}`);
}
console.log(`\nnewslens batch, ${corpus.length + 1} different articles in turn (the bundled one and examples/corpus.jsonl):\n`);
console.log(lines.join('\n'));
execFileSync(process.execPath, [new URL('./machine.mjs', import.meta.url).pathname], { stdio: 'inherit' });
