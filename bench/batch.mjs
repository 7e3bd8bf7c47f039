// The batch rows of npm run bench: `newslens batch` over generated multi-paragraph articles
// (bench/articles.mjs), with one worker and then two, one pair of runs per size. Each run
// reports its wall time, its CPU time (all threads, bench/cpu-at-exit.mjs), how many cores it
// kept busy, its peak memory (worker threads included) and the machine's load average when it
// began: on a shared machine the wall-time speed-up falls with other load, the CPU time does
// not. The two runs' outputs are compared byte for byte.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedArticle } from './articles.mjs';

const SIZES = [500, 2000];
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const cpuAtExit = new URL('./cpu-at-exit.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-'));

function corpusOf(n) {
  const path = join(dir, `corpus-${n}.jsonl`);
  writeFileSync(path, `${Array.from({ length: n }, (_, k) => JSON.stringify({ id: `a${k}`, outlet: `outlet${k % 3}`, text: generatedArticle(k) })).join('\n')}\n`);
  return path;
}

/** One batch run, sampling /proc for memory: wall and CPU seconds, peak RSS in MB, its output. */
function run(path, jobs) {
  return new Promise((resolve, reject) => {
    const out = join(dir, `out-${jobs}.jsonl`);
    const load = loadavg()[0];
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', cpuAtExit, cli, 'batch', path, '--jobs', String(jobs), '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
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
      const seconds = (performance.now() - started) / 1000;
      const cpuMs = /bench-cpu-ms ([\d.]+)/.exec(stderr)?.[1];
      if (code !== 0 || !cpuMs) reject(new Error(`batch exited ${code}: ${stderr}`));
      else resolve({ seconds, cpu: Number(cpuMs) / 1000, peak, load, output: readFileSync(out) });
    });
  });
}

const lines = [
  '| articles | jobs | wall s | CPU s | cores busy | articles/s | wall speed-up (target ≥ 1.75) | CPU time vs jobs 1 | peak RSS MB | load avg at start |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
const identical = [];
for (const n of SIZES) {
  const path = corpusOf(n);
  const one = await run(path, 1);
  const two = await run(path, 2);
  identical.push(one.output.equals(two.output));
  for (const [jobs, r] of [[1, one], [2, two]]) {
    lines.push(`| ${n} | ${jobs} | ${r.seconds.toFixed(1)} | ${r.cpu.toFixed(1)} | ${(r.cpu / r.seconds).toFixed(2)} | ${(n / r.seconds).toFixed(1)} | ${jobs === 1 ? '' : (one.seconds / r.seconds).toFixed(2)} | ${(r.cpu / one.cpu).toFixed(2)} | ${r.peak.toFixed(0)} | ${r.load.toFixed(1)} |`);
  }
  console.error(`done: batch of ${n}`);
}
rmSync(dir, { recursive: true, force: true });
const chars = Array.from({ length: 100 }, (_, k) => generatedArticle(k).length).sort((a, b) => a - b);
console.log(`\nnewslens batch --jobs 1 and --jobs 2, one pair of runs per size, over generated multi-paragraph articles (${chars[0]}–${chars.at(-1)} characters, median ${chars[50]}); outputs byte-identical between the two: ${identical.every(Boolean) ? 'yes' : 'NO'}.\n`);
console.log(lines.join('\n'));
