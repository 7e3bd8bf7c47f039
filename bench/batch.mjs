// The batch row of npm run bench: `newslens batch` over a generated corpus with one worker and
// with two, wall time, throughput and the process's peak memory (worker threads included), at
// 2,000 and 6,000 articles, so a flat memory line shows as equal peaks.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const article = readFileSync(new URL('../fixtures/soleimani-us-israel.txt', import.meta.url), 'utf8');
const corpus = readFileSync(new URL('../examples/corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((line) => { try { return JSON.parse(line); } catch { return null; } }).filter((row) => row?.text);
const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-'));

/** n articles: the bundled article and the example corpus, in turn, each with its own id. */
function corpusOf(n) {
  const path = join(dir, `corpus-${n}.jsonl`);
  const texts = [article, ...corpus.map((row) => row.text)];
  writeFileSync(path, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, outlet: `outlet${i % 3}`, text: texts[i % texts.length] })).join('\n'));
  return path;
}

/** Runs the batch under /usr/bin/time-like sampling of /proc: wall seconds and peak RSS in MB. */
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

const lines = ['| articles | workers | seconds | articles/s | speed-up | peak RSS MB |', '|---:|---:|---:|---:|---:|---:|'];
for (const n of [2000, 6000]) {
  const path = corpusOf(n);
  const one = await run(path, 1);
  const two = await run(path, 2);
  lines.push(`| ${n} | 1 | ${one.seconds.toFixed(1)} | ${(n / one.seconds).toFixed(1)} | 1.00 | ${one.peak.toFixed(0)} |`);
  lines.push(`| ${n} | 2 | ${two.seconds.toFixed(1)} | ${(n / two.seconds).toFixed(1)} | ${(one.seconds / two.seconds).toFixed(2)} | ${two.peak.toFixed(0)} |`);
  console.error(`done: batch of ${n}`);
}
console.log(`\nnewslens batch, ${corpus.length + 1} different articles in turn (the bundled one and examples/corpus.jsonl):\n`);
console.log(lines.join('\n'));
