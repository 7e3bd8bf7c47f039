/**
 * Tools outside Node that a few tests need. A test that needs one declares it with
 * `needs(tool)` as its (or its suite's) options: where the tool is missing, the test is skipped and
 * carries the reason in its meta, which test/not-run-reporter.ts prints at the end of the run.
 * On CI (CI set and not "false"/"0") a missing tool fails the test file instead, so CI never leaves
 * a test out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestOptions } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** Why the test did not run: a tool it needs is missing. */
    notRun?: string;
  }
}

export interface Tool {
  /** Whether the tool is there; looked at once, when a test first asks. */
  readonly present: () => boolean;
  /** What is missing and how to install it. */
  readonly missing: string;
}

function tool(isPresent: () => boolean, missing: string): Tool {
  let present: boolean | undefined;
  return { present: () => (present ??= isPresent()), missing };
}

/** The report's browser test drives Debian's Chromium at exactly this path. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const debianChromium = tool(() => existsSync(CHROMIUM_PATH), `${CHROMIUM_PATH} is not installed (apt-get install chromium; .ci/run installs it)`);

// moreutils also ships a `parallel`, with other options: only GNU parallel's --version names it.
export const gnuParallel = tool(
  () => spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') === true,
  'GNU parallel is not on PATH (apt-get install parallel; .ci/run installs it)',
);

const SLURM_COMMANDS = ['sbatch', 'sinfo', 'slurmctld', 'slurmd', 'munged'];
export const SLURM_CLUSTER = new URL('./slurm/cluster.sh', import.meta.url).pathname;

/** Whether test/slurm/cluster.sh starts a one-node cluster here (stopped again at once): Slurm and munge installed, root, daemons that come up. */
function slurmStarts(): boolean {
  if (process.getuid?.() !== 0 || !SLURM_COMMANDS.every((command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0)) return false;
  const dir = mkdtempSync(join(tmpdir(), 'newslens-slurm-check-'));
  try {
    return spawnSync(SLURM_CLUSTER, ['start', dir], { stdio: 'ignore', timeout: 90_000 }).status === 0;
  } finally {
    spawnSync(SLURM_CLUSTER, ['stop', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

export const slurm = tool(
  slurmStarts,
  'a one-node Slurm cluster cannot be started: it needs slurm-wlm and munge (apt-get install slurm-wlm munge; .ci/run installs them), root, and daemons that start (test/slurm/cluster.sh start DIR says why not)',
);

const ciSetting = (process.env.CI ?? '').toLowerCase();
const onCI = ciSetting !== '' && ciSetting !== 'false' && ciSetting !== '0';

/** Options for a test or suite that needs `required`: run it, skip it saying why, or (on CI) fail. */
export function needs(required: Tool): TestOptions {
  if (required.present()) return {};
  if (onCI) throw new Error(`CI runs every test, but ${required.missing}`);
  return { skip: true, meta: { notRun: required.missing } };
}

/**
 * Options for a test that reads a development data set in ../shared/data (never copied into the
 * repository): skipped, saying why, where that folder is not beside the checkout. Not a failure on
 * CI either: no install step can bring data that lives outside the repository.
 */
export function needsData(path: URL): TestOptions {
  if (existsSync(path)) return {};
  return { skip: true, meta: { notRun: `${path.pathname} is not there (the development data lies in ../shared/data beside the repository)` } };
}
