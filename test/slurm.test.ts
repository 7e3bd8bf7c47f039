// The job-array recipe of docs/SCALE.md on a real, one-node Slurm cluster started for the test
// (test/slurm/cluster.sh): examples/slurm-array.sh as a 4-task array, a failed task rerun on its
// own, and `newslens merge`, whose output must be byte for byte what one batch writes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs, slurm, SLURM_CLUSTER } from './requirements.js';
import { shardCorpus } from './shard-corpus.js';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const arrayScript = new URL('../examples/slurm-array.sh', import.meta.url).pathname;
const TASKS = 4;

describe('examples/slurm-array.sh on a one-node Slurm cluster', needs(slurm), () => {
  let dir: string;
  let cluster: string;
  const env = (): NodeJS.ProcessEnv => ({ ...process.env, SLURM_CONF: join(cluster, 'slurm.conf'), NEWSLENS: `${process.execPath} ${cli}` });
  /** Submits the array script for `indices` and waits for every task; the tasks' logs on failure. */
  const submit = (indices: string): void => {
    const run = spawnSync('sbatch', ['--wait', `--array=${indices}`, '--cpus-per-task=1', `--chdir=${dir}`, `--output=${dir}/log-%a.txt`, arrayScript, 'corpus.jsonl', 'out', String(TASKS)], { env: env(), encoding: 'utf8' });
    const logs = readdirSync(dir).filter((name) => name.startsWith('log-')).map((name) => `${name}:\n${readFileSync(join(dir, name), 'utf8')}`);
    expect(run.status, `${run.stderr}\n${logs.join('\n')}`).toBe(0);
  };
  const newslens = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newslens-slurm-'));
    cluster = join(dir, 'cluster');
    mkdirSync(cluster);
    execFileSync(SLURM_CLUSTER, ['start', cluster], { stdio: 'inherit', timeout: 90_000 });
    writeFileSync(join(dir, 'corpus.jsonl'), shardCorpus(20));
  }, 120_000);

  afterAll(() => {
    if (cluster) spawnSync(SLURM_CLUSTER, ['stop', cluster], { stdio: 'inherit' });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs a 4-task array, reruns a failed task, and merges into the bytes one batch writes', { timeout: 600_000 }, () => {
    expect(newslens(['batch', 'corpus.jsonl', '--jobs', '1', '-o', 'single.jsonl', '--tables', 'single']).status).toBe(1);
    submit(`1-${TASKS}`);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['shard-1', 'shard-2', 'shard-3', 'shard-4']);

    // Task 3 failed (its node was lost, say): merge names what is missing and writes nothing.
    const lost = readFileSync(join(dir, 'out/shard-3/analyses.jsonl'), 'utf8').trim().split('\n').length;
    rmSync(join(dir, 'out/shard-3'), { recursive: true });
    const incomplete = newslens(['merge', 'out', '--input', 'corpus.jsonl', '-o', 'analyses.jsonl', '--tables', 'tables']);
    expect(incomplete.status).toBe(1);
    expect(incomplete.stderr).toContain(`newslens merge: ${lost} input ids in no shard output`);

    // The recipe: rerun that index alone, still shard 3 of 4.
    submit('3');
    const merged = newslens(['merge', 'out', '--input', 'corpus.jsonl', '-o', 'analyses.jsonl', '--tables', 'tables']);
    expect(merged.stderr).toBe('newslens merge: 30 lines (4 error lines) from 4 shard files\n');
    expect(merged.status).toBe(0);
    expect(readFileSync(join(dir, 'analyses.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single.jsonl'), 'utf8'));
    const tables = readdirSync(join(dir, 'single')).sort();
    expect(readdirSync(join(dir, 'tables')).sort()).toEqual(tables);
    for (const name of tables) expect(readFileSync(join(dir, 'tables', name), 'utf8'), name).toBe(readFileSync(join(dir, 'single', name), 'utf8'));
  });
});
