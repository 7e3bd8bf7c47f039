import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisForm, AnalyzeOptions } from 'newslens';
import { checkNotInput, OutputStream, write } from './outputs.js';
import { Pool } from './pool.js';
import { Progress } from './progress.js';
import { inputFiles, isJsonl, jsonlLines, readRecords, reason, UsageError, type InputFile, type InputRecord } from './records.js';
import { analysedIds, trimTable } from './resume.js';
import { inShard, type Shard } from './shard.js';
import { TABLE_NAMES, tableCsv, type TableName } from '../report/tables.js';
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
  /** What `analyze()` is asked for: analyses to skip, tokens. */
  analysis: AnalyzeOptions;
  /** Only the records whose id falls in this shard (shard.ts); all of them when absent. */
  shard?: Shard;
}

export interface BatchSummary {
  analysed: number;
  failed: number;
  skipped: number;
  /** Ids that more than one record has. */
  duplicates: number;
  interrupted: boolean;
}

/**
 * One CSV file per table; the header is written once, also across `--resume` runs, which append
 * to the tables in place after cutting off an article a killed run left half-written. The
 * workers write the rows' CSV.
 */
class Tables {
  private constructor(readonly files: Map<TableName, OutputStream>) {}

  static async open(directory: string, resume: boolean, analysed: ReadonlySet<string> | null, stderr: NodeJS.WritableStream): Promise<Tables> {
    try {
      mkdirSync(directory, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot write ${directory}: ${reason(error)}`);
    }
    // Rows appended under another version's header would be read against the wrong columns.
    if (resume) {
      for (const name of TABLE_NAMES) {
        const path = join(directory, `${name}.csv`);
        const header = existsSync(path) ? firstLine(path) : '';
        if (header !== '' && header !== tableCsv(name, [], true).trimEnd()) throw new UsageError(`--resume: ${path} has other columns than this version of newslens writes; write the tables to a new directory`);
      }
    }
    const files = new Map<TableName, OutputStream>();
    for (const name of TABLE_NAMES) {
      const path = join(directory, `${name}.csv`);
      if (analysed && existsSync(path)) await trimTable(path, analysed, stderr);
      const file = new OutputStream(path, resume);
      if (!resume || statSync(path).size === 0) file.stream.write(tableCsv(name, [], true));
      files.set(name, file);
    }
    return new Tables(files);
  }

  async write(csv: Record<TableName, Uint8Array>): Promise<void> {
    for (const [name, file] of this.files) if (csv[name].length > 0) await write(file.stream, csv[name]);
  }
}

/** The first line of a file (a CSV header), read without the rest of it. */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    return text.split(/\r?\n/, 1)[0] as string;
  } finally {
    closeSync(fd);
  }
}

/** How many articles the files hold, for the progress bar; unknown when reading standard input. */
async function countArticles(files: readonly InputFile[]): Promise<number | null> {
  let total = 0;
  for (const { path } of files) {
    if (path === '-') return null;
    if (!isJsonl(path)) total += 1;
    else for await (const _ of jsonlLines(createReadStream(path))) total += 1;
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
 * `jobs * IN_FLIGHT_PER_WORKER` articles are in flight, so memory does not grow with the corpus.
 * The inputs are found and checked before any output is opened, and new output files are put in
 * place only when the batch ends (outputs.ts). Ctrl-C stops reading, finishes and writes the
 * articles in flight, and closes every file on a whole line; a second Ctrl-C stops at once,
 * leaving the old files as they were.
 */
export async function runBatch(options: BatchOptions, stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WriteStream = process.stderr): Promise<BatchSummary> {
  const files = await inputFiles(options.inputs);
  if (options.out) checkNotInput(options.out, files.map(({ path }) => path));
  // Until the outputs are put in place, a failure leaves them to outputs.ts, which removes new files when the process exits.
  const earlier = options.resume && options.out && existsSync(options.out) ? await analysedIds(options.out, stderr) : null;
  const summary: BatchSummary = { analysed: 0, failed: 0, skipped: 0, duplicates: 0, interrupted: false };
  const stop = (): void => {
    if (summary.interrupted) process.exit(130);
    summary.interrupted = true;
    process.stdin.destroy();
  };
  // Before any output is opened: a Ctrl-C from here on ends the batch on whole lines and puts the files in place.
  process.on('SIGINT', stop);
  const out = options.out ? new OutputStream(options.out, options.resume) : null;
  const tables = options.tables ? await Tables.open(options.tables, options.resume, earlier, stderr) : null;
  const outputs = [...(out ? [out] : []), ...(tables?.files.values() ?? [])];
  const lines = out?.stream ?? stdout;
  // A shard's share of the articles is known only once read: its bar counts without a total.
  const progress = new Progress(stderr, stderr.isTTY && !options.shard ? await countArticles(files) : null);
  const pool = new Pool<Task, Done>(new URL('./cli-worker.js', import.meta.url), options.jobs, POSTED_PER_WORKER, (message) => ({ error: `analysis failed: the worker stopped (${message})` }));

  const emit = async (record: InputRecord, done: Done): Promise<void> => {
    if (done.line !== undefined) {
      // The rows before the line: a run killed between them leaves rows that --resume cuts off (resume.ts), never a line without its rows.
      if (tables && done.csv) await tables.write(done.csv);
      await write(lines, done.line);
      summary.analysed += 1;
    } else {
      await write(lines, `${errorLine(record, done.error ?? 'unknown error')}\n`);
      summary.failed += 1;
    }
    progress.update(summary.analysed + summary.failed, summary.failed);
  };
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const inFlight: { record: InputRecord; done: Promise<Done> }[] = [];
  const limit = options.jobs * IN_FLIGHT_PER_WORKER;
  try {
    const { shard } = options;
    for await (const record of readRecords(files, shard ? (id) => inShard(id, shard) : undefined)) {
      if (summary.interrupted) break;
      const { id } = record.meta;
      if (!seen.has(id)) seen.add(id);
      else if (!repeated.has(id)) {
        repeated.add(id);
        summary.duplicates += 1;
        progress.note(`newslens: duplicate id ${JSON.stringify(id)} (${record.source === '-' ? 'standard input' : record.source}${record.line ? `, line ${record.line}` : ''}): ids should be unique, as --resume and the tables tell articles apart by them`);
      }
      if (earlier?.has(id)) {
        summary.skipped += 1;
        continue;
      }
      const done = record.error !== undefined || record.text === undefined ? Promise.resolve({ error: record.error ?? 'missing text' }) : pool.run({ meta: record.meta, text: record.text, tables: tables !== null, form: options.form, options: options.analysis });
      inFlight.push({ record, done });
      while (inFlight.length >= limit) {
        const head = inFlight.shift() as (typeof inFlight)[number];
        await emit(head.record, await head.done);
      }
    }
    for (const { record, done } of inFlight.splice(0)) await emit(record, await done);
  } catch (error) {
    await Promise.all(outputs.map((output) => output.abort()));
    throw error;
  } finally {
    process.removeListener('SIGINT', stop);
    progress.finish();
    await pool.close();
  }
  await Promise.all(outputs.map((output) => output.commit()));
  return summary;
}
