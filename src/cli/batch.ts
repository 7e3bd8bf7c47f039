import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisForm } from 'newslens';
import { Pool } from './pool.js';
import { Progress } from './progress.js';
import { readBatchLine } from './compare.js';
import { filesOf, isJsonl, jsonlLines, readRecords, type InputRecord } from './records.js';
import { TABLE_NAMES, tableCsv, type TableName } from './tables.js';
import type { Done, Task } from './worker.js';

export interface BatchOptions {
  inputs: string[];
  /** JSONL of full analyses; standard output when absent. */
  out?: string;
  /** Directory for the tidy CSV tables. */
  tables?: string;
  jobs: number;
  /** Skip articles whose id already has an analysis in `out`, and append. */
  resume: boolean;
  /** The form each analysis is written in (the tables are made from the full one). */
  form: AnalysisForm;
}

export interface BatchSummary {
  analysed: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
}

/** Writes whole lines, waiting when the stream's buffer is full, so memory stays flat. */
async function write(stream: NodeJS.WritableStream, lines: string | Uint8Array): Promise<void> {
  if (!stream.write(lines)) await new Promise((resolve) => stream.once('drain', resolve));
}

const closed = (stream: WriteStream): Promise<void> => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));

/** One CSV file per table; the header is written once, also across `--resume` runs. The workers write the rows' CSV. */
class Tables {
  private readonly files = new Map<TableName, WriteStream>();

  constructor(directory: string, append: boolean) {
    mkdirSync(directory, { recursive: true });
    for (const name of TABLE_NAMES) {
      const path = join(directory, `${name}.csv`);
      const continuing = append && existsSync(path) && statSync(path).size > 0;
      const file = createWriteStream(path, { flags: continuing ? 'a' : 'w' });
      if (!continuing) file.write(tableCsv(name, [], true));
      this.files.set(name, file);
    }
  }

  async write(csv: Record<TableName, Uint8Array>): Promise<void> {
    for (const [name, file] of this.files) if (csv[name].length > 0) await write(file, csv[name]);
  }

  async close(): Promise<void> {
    await Promise.all([...this.files.values()].map(closed));
  }
}

/** The ids a previous run analysed: lines of `out` that hold an analysis. Error lines and a torn last line are passed over. */
async function analysedIds(out: string): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!existsSync(out)) return ids;
  for await (const { line, number } of jsonlLines(createReadStream(out))) {
    try {
      const record = readBatchLine(line, number);
      if (record) ids.add(record.id);
    } catch {
      // a torn line
    }
  }
  return ids;
}

/** How many articles the inputs hold, for the progress bar; unknown when reading standard input. */
async function countArticles(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    for (const { path } of await filesOf(input)) {
      if (path === '-') return null;
      if (!isJsonl(path)) total += 1;
      else for await (const _ of jsonlLines(createReadStream(path))) total += 1;
    }
  }
  return total;
}

const errorLine = (record: InputRecord, error: string): string => JSON.stringify({ id: record.meta.id, source: record.source, line: record.line ?? null, error });

/** Articles posted to each worker: the one it analyses and the next. */
const POSTED_PER_WORKER = 2;
/** Articles in flight per worker: those posted, and as many read and waiting, or done and waiting for their turn to be written. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Streams the inputs through the worker pool and writes each result in input order: at most
 * `jobs * IN_FLIGHT_PER_WORKER` articles are in flight, so memory does not grow with the corpus. Ctrl-C stops
 * reading, finishes and writes the articles in flight, and closes every file on a whole line.
 */
export async function runBatch(options: BatchOptions, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Promise<BatchSummary> {
  const skip = options.resume && options.out ? await analysedIds(options.out) : new Set<string>();
  const out = options.out ? createWriteStream(options.out, { flags: options.resume ? 'a' : 'w' }) : null;
  const lines = out ?? stdout;
  const tables = options.tables ? new Tables(options.tables, options.resume) : null;
  const progress = new Progress(stderr, stderr.isTTY ? await countArticles(options.inputs) : null);
  const pool = new Pool<Task, Done>(new URL('./cli-worker.js', import.meta.url), options.jobs, POSTED_PER_WORKER, (message) => ({ error: `analysis failed: the worker stopped (${message})` }));
  const summary: BatchSummary = { analysed: 0, failed: 0, skipped: 0, interrupted: false };
  const stop = (): void => {
    summary.interrupted = true;
    process.stdin.destroy();
  };
  process.once('SIGINT', stop);

  const emit = async (record: InputRecord, done: Done): Promise<void> => {
    if (done.line !== undefined) {
      await write(lines, done.line);
      if (tables && done.csv) await tables.write(done.csv);
      summary.analysed += 1;
    } else {
      await write(lines, `${errorLine(record, done.error ?? 'unknown error')}\n`);
      summary.failed += 1;
    }
    progress.update(summary.analysed + summary.failed, summary.failed);
  };
  const inFlight: { record: InputRecord; done: Promise<Done> }[] = [];
  const limit = options.jobs * IN_FLIGHT_PER_WORKER;
  try {
    for await (const record of readRecords(options.inputs)) {
      if (summary.interrupted) break;
      if (skip.has(record.meta.id)) {
        summary.skipped += 1;
        continue;
      }
      const done = record.error !== undefined || record.text === undefined ? Promise.resolve({ error: record.error ?? 'missing text' }) : pool.run({ meta: record.meta, text: record.text, tables: tables !== null, form: options.form });
      inFlight.push({ record, done });
      while (inFlight.length >= limit) {
        const head = inFlight.shift() as (typeof inFlight)[number];
        await emit(head.record, await head.done);
      }
    }
    for (const { record, done } of inFlight.splice(0)) await emit(record, await done);
  } finally {
    process.removeListener('SIGINT', stop);
    progress.finish();
    await pool.close();
    await tables?.close();
    if (out) await closed(out);
  }
  return summary;
}
