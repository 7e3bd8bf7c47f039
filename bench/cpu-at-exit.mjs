// Preloaded into a batch run by bench/batch.mjs (node --import): at exit, the process's CPU
// time (all its threads: the workers, the compiler's and the collector's helpers) on standard
// error, where bench/batch.mjs reads it.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    process.stderr.write(`\nbench-cpu-ms ${(user + system) / 1000}\n`);
  });
}
