// The batch rows of npm run bench: `newslens batch` over generated multi-paragraph articles
// (bench/articles.mjs), with one worker and then two, one pair of runs per size. Each run
// reports its wall time, its CPU time (all threads, bench/cpu-at-exit.mjs), split by thread from
// /proc: the main thread, the workers (the `jobs` busiest other threads) and the rest (V8's
// compiler and collector helpers). Wall time on a shared machine falls with other load; the
// split does not, and estimates what an idle 2-core machine would give: there a run takes about
// the CPU time of its busiest thread, or half its CPU time if that is more. Also its peak memory (worker
// threads included) and the machine's load average when it began. The two runs' outputs are
// compared byte for byte. And the most two workers could give on 2 cores: two workers do all of
// one worker's work (and start up twice), so they need at least its CPU time, which 2 cores take
// at least half as long to run; their speed-up is at most 2 × wall ÷ CPU of the one-worker run,
// less than 2 by as much as V8's helper threads and the main thread keep a second core busy.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** CPU seconds of each thread of process `pid` so far, by thread id. */
function threadSeconds(pid) {
  const seconds = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100); // utime + stime, in clock ticks of 1/100 s
  }
  return seconds;
}

/** One batch run, sampling /proc for memory and threads: wall and CPU seconds, the CPU split, peak RSS in MB, its output. */
function run(path, jobs) {
  return new Promise((resolve, reject) => {
    const out = join(dir, `out-${jobs}.jsonl`);
    const load = loadavg()[0];
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', cpuAtExit, cli, 'batch', path, '--jobs', String(jobs), '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const threads = new Map();
    const sample = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (rss) peak = Math.max(peak, Number(rss) / 1024);
        for (const [tid, seconds] of threadSeconds(child.pid)) threads.set(tid, seconds);
      } catch {
        // the process has just ended
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(sample);
      const seconds = (performance.now() - started) / 1000;
      const cpuMs = /bench-cpu-ms ([\d.]+)/.exec(stderr)?.[1];
      const main = threads.get(child.pid) ?? 0;
      const others = [...threads].filter(([tid]) => tid !== child.pid).map(([, cpu]) => cpu).sort((a, b) => b - a);
      const workers = others.slice(0, jobs);
      const split = { main, workers: workers.reduce((a, b) => a + b, 0), busiest: Math.max(main, ...workers), helpers: others.slice(jobs).reduce((a, b) => a + b, 0) };
      if (code !== 0 || !cpuMs) reject(new Error(`batch exited ${code}: ${stderr}`));
      else resolve({ seconds, cpu: Number(cpuMs) / 1000, split, peak, load, output: readFileSync(out) });
    });
  });
}

const lines = [
  '| articles | jobs | wall s | articles/s | wall speed-up (target ≥ 1.75) | most 2 cores allow: 2 × wall ÷ CPU of jobs 1 | CPU s | CPU vs jobs 1 | CPU s: main / workers / V8 helpers | speed-up on an idle 2-core machine, estimated | peak RSS MB | load avg at start |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|',
];
/** About the wall time a run takes on an idle 2-core machine: its busiest thread's CPU time, or half its CPU time if more. */
const idleSeconds = (r) => Math.max(r.split.busiest, r.cpu / 2);
const identical = [];
for (const n of SIZES) {
  const path = corpusOf(n);
  const one = await run(path, 1);
  const two = await run(path, 2);
  identical.push(one.output.equals(two.output));
  for (const [jobs, r] of [[1, one], [2, two]]) {
    const split = `${r.split.main.toFixed(1)} / ${r.split.workers.toFixed(1)} / ${r.split.helpers.toFixed(1)}`;
    lines.push(`| ${n} | ${jobs} | ${r.seconds.toFixed(1)} | ${(n / r.seconds).toFixed(1)} | ${jobs === 1 ? '' : (one.seconds / r.seconds).toFixed(2)} | ${jobs === 1 ? '' : ((2 * one.seconds) / one.cpu).toFixed(2)} | ${r.cpu.toFixed(1)} | ${(r.cpu / one.cpu).toFixed(2)} | ${split} | ${jobs === 1 ? '' : (idleSeconds(one) / idleSeconds(r)).toFixed(2)} | ${r.peak.toFixed(0)} | ${r.load.toFixed(1)} |`);
  }
  console.error(`done: batch of ${n}`);
}
rmSync(dir, { recursive: true, force: true });
const chars = Array.from({ length: 100 }, (_, k) => generatedArticle(k).length).sort((a, b) => a - b);
console.log(`\nnewslens batch --jobs 1 and --jobs 2, one pair of runs per size, over generated multi-paragraph articles (${chars[0]}–${chars.at(-1)} characters, median ${chars[50]}); outputs byte-identical between the two: ${identical.every(Boolean) ? 'yes' : 'NO'}.\n`);
console.log(lines.join('\n'));
