// What a second thread buys on this machine just now, one thread against two doing twice the
// work (median of three turns each), for work that touches no memory and for random reads over
// 64 MB: the conditions the batch rows were measured in. On a quiet 2-core machine both come
// near 2; other processes' load, or cores that share a physical core, pull them down.
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const kinds = {
  arithmetic() {
    let a = 1, b = 2, c = 3, d = 4;
    for (let i = 0; i < 4e8; i += 1) {
      a = (a + i) | 0;
      b = (b ^ a) | 0;
      c = (c + b) | 0;
      d = (d ^ c) | 0;
    }
    return a + b + c + d;
  },
  memory() {
    const next = new Int32Array(16 << 20);
    for (let i = 0; i < next.length; i += 1) next[i] = ((i * 2654435761) >>> 8) & (next.length - 1);
    let at = 0;
    for (let i = 0; i < 4e7; i += 1) at = next[at];
    return at;
  },
};

if (!isMainThread) {
  parentPort.postMessage(await kinds[workerData]());
} else {
  /** Wall seconds and cores kept busy for `threads` workers doing one unit of `kind` each. */
  const turn = async (kind, threads) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: kind }).on('message', resolve).on('error', reject))));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return { seconds, cores: (used.user + used.system) / 1e6 / seconds };
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const lines = ['| work | one thread, s | cores busy | two threads (twice the work), s | speed-up |', '|---|---:|---:|---:|---:|'];
  const names = { arithmetic: 'integer arithmetic, no memory', memory: 'random reads over 64 MB' };
  for (const kind of Object.keys(kinds)) {
    const runs = { 1: [], 2: [] };
    for (let r = 0; r < 3; r += 1) for (const threads of [1, 2]) runs[threads].push(await turn(kind, threads));
    const one = median(runs[1].map((x) => x.seconds));
    const two = median(runs[2].map((x) => x.seconds));
    lines.push(`| ${names[kind]} | ${one.toFixed(2)} | ${median(runs[1].map((x) => x.cores)).toFixed(2)} | ${two.toFixed(2)} | ${((2 * one) / two).toFixed(2)} |`);
  }
  console.log(`\nWhat two threads get on this machine (${availableParallelism()} cores seen, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}), each row one thread against two doing twice the work:\n`);
  console.log(lines.join('\n'));
}
