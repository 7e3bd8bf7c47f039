// `newslens merge`: joins the outputs of `batch --shard K/N` runs into what one batch over the
// whole input writes, byte for byte: the JSONL lines, and the table rows, in input order. The
// input gives that order and the ids expected; the shard files are indexed by byte offset and
// copied from, so memory holds offsets and ids, never analyses.
import { closeSync, createReadStream, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { TABLE_NAMES, tableCsv, type TableName } from '../report/tables.js';
import { checkNotInput, checkWritable, OutputStream, write } from './outputs.js';
import { inputFiles, isJsonl, reason, recordIds, UsageError } from './records.js';
import { csvRows, lineSpans, type Span } from './spans.js';

export interface MergeOptions {
  /** Shard outputs: directories (searched for JSONL and table files) or the files themselves. */
  shards: string[];
  /** The batch's INPUT, which gives the ids expected and their order. */
  inputs: string[];
  /** The merged JSONL; standard output when absent. */
  out?: string;
  /** Directory for the merged tables. */
  tables?: string;
}

/** What merging found wrong; nothing is written unless every list is empty. */
export interface MergeProblems {
  /** Input ids that no shard has a line for (or fewer lines than the input has records). */
  missing: string[];
  /** Ids with lines in more than one place: two shard files, or analysed twice in one. */
  duplicated: string[];
  /** Ids of shard lines that are not in the input. */
  unexpected: string[];
  /** Shard files whose last line is cut off, by a task killed mid-write. */
  cutOff: string[];
}

export interface MergeSummary extends MergeProblems {
  lines: number;
  errorLines: number;
  files: number;
}

/** A line of a shard's JSONL: where it is, and whether it holds an analysis or an error. */
interface Line extends Span {
  file: number;
  analysed: boolean;
  /** False for a last line without its newline, which the merged output gives one. */
  whole: boolean;
}

const TABLE_FILE = new RegExp(`^(${TABLE_NAMES.join('|')})\\.csv$`);

/** The shard files the arguments name: every JSONL file and table, under directories or given, each once. */
async function shardFiles(paths: readonly string[]): Promise<{ jsonl: string[]; tables: Map<TableName, string[]> }> {
  const found: string[] = [];
  for (const path of paths) {
    let directory;
    try {
      directory = statSync(path).isDirectory();
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${reason(error)}`);
    }
    if (!directory) found.push(path);
    else for (const file of (await glob(['**/*.{jsonl,ndjson}', `**/{${TABLE_NAMES.join(',')}}.csv`], { cwd: path, onlyFiles: true })).sort()) found.push(join(path, file));
  }
  const jsonl: string[] = [];
  const tables = new Map<TableName, string[]>();
  const seen = new Set<string>();
  for (const path of found) {
    if (seen.has(resolve(path))) continue;
    seen.add(resolve(path));
    const table = TABLE_FILE.exec(basename(path))?.[1] as TableName | undefined;
    if (isJsonl(path)) jsonl.push(path);
    else if (table) tables.set(table, [...(tables.get(table) ?? []), path]);
    else throw new UsageError(`${path} is not a shard's output: expected a directory, a .jsonl file, or a table (${TABLE_NAMES.join(', ')}.csv)`);
  }
  if (jsonl.length === 0) throw new UsageError(`no .jsonl file in ${paths.join(', ')}: merge joins the --out files of batch --shard runs`);
  return { jsonl, tables };
}

/** A batch output line's id and whether it holds an analysis; a string says why it is not one. */
function batchLine(text: string): { id: string; analysed: boolean } | string {
  let value;
  try {
    value = JSON.parse(text) as { id?: unknown; analysis?: unknown; error?: unknown } | null;
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof value?.id !== 'string') return 'expected a JSON object with an id';
  if (value.analysis !== null && typeof value.analysis === 'object') return { id: value.id, analysed: true };
  return typeof value.error === 'string' ? { id: value.id, analysed: false } : 'expected an analysis or an error';
}

/** Every line of the shards' JSONL, by id, in file order; a cut-off last line is noted in `cutOff`. */
async function indexLines(files: readonly string[], cutOff: string[]): Promise<Map<string, Line[]>> {
  const lines = new Map<string, Line[]>();
  for (const [file, path] of files.entries()) {
    let bad: string | undefined;
    let number = 0;
    for await (const span of lineSpans(createReadStream(path))) {
      number += 1;
      if (bad) throw new UsageError(`${path} is not the output of newslens batch: ${bad}`);
      if (span.text.trim() === '') continue;
      const line = batchLine(span.text);
      if (typeof line === 'string') bad = `line ${number}: ${line}`;
      else lines.set(line.id, [...(lines.get(line.id) ?? []), { file, start: span.start, end: span.end, analysed: line.analysed, whole: span.whole }]);
    }
    if (bad) cutOff.push(`${path} (${bad})`);
  }
  return lines;
}

/**
 * The lines each id of the input takes, as many as the input has records with that id: the
 * last ones of its shard file. Earlier lines are error lines that `--resume` tried again; an
 * earlier analysis, or lines in two files, mean the id was analysed twice.
 */
function chooseLines(expected: ReadonlyMap<string, number>, lines: ReadonlyMap<string, Line[]>, problems: MergeProblems): Map<string, Line[]> {
  const chosen = new Map<string, Line[]>();
  for (const [id, records] of expected) {
    const found = lines.get(id) ?? [];
    const last = found.slice(Math.max(0, found.length - records));
    const earlier = found.slice(0, found.length - last.length);
    if (new Set(found.map((line) => line.file)).size > 1 || earlier.some((line) => line.analysed)) problems.duplicated.push(id);
    else if (last.length < records) problems.missing.push(id);
    else chosen.set(id, last);
  }
  for (const id of lines.keys()) if (!expected.has(id)) problems.unexpected.push(id);
  return chosen;
}

/** The bytes `span` of the open file `fd`. */
function bytesOf(fd: number, span: Span): Buffer {
  const bytes = Buffer.allocUnsafe(span.end - span.start);
  readSync(fd, bytes, 0, bytes.length, span.start);
  return bytes;
}

/** Runs of consecutive rows of one article in one table file. */
interface Rows extends Span {
  file: number;
}

/** A table's rows in the shards, by article id, after checking each file's header is this version's. */
async function indexRows(name: TableName, files: readonly string[]): Promise<Map<string, Rows[]>> {
  const header = tableCsv(name, [], true);
  const rows = new Map<string, Rows[]>();
  for (const [file, path] of files.entries()) {
    let first = true;
    for await (const row of csvRows(createReadStream(path))) {
      if (first) {
        first = false;
        const fd = openSync(path, 'r');
        const text = bytesOf(fd, row).toString('utf8');
        closeSync(fd);
        if (text !== header) throw new UsageError(`${path} has other columns than this version of newslens writes`);
        continue;
      }
      const runs = rows.get(row.id) ?? [];
      const last = runs.at(-1);
      if (last && last.file === file && last.end === row.start) last.end = row.end;
      else rows.set(row.id, [...runs, { file, start: row.start, end: row.end }]);
    }
  }
  return rows;
}

/** Copies `spans`, in order, from the files `fds` to `stream`. */
async function copy(stream: NodeJS.WritableStream, fds: readonly number[], spans: Iterable<Span & { file: number; whole?: boolean }>): Promise<void> {
  for (const span of spans) {
    await write(stream, bytesOf(fds[span.file] as number, span));
    if (span.whole === false) await write(stream, '\n');
  }
}

/**
 * Merges the shard outputs when every input id has its lines in exactly one place; otherwise
 * writes nothing and returns what is wrong. With `tables`, every table must come from as many
 * shard outputs as there are JSONL files. Outputs are put in place only when whole (outputs.ts).
 */
export async function runMerge(options: MergeOptions, stdout: NodeJS.WritableStream = process.stdout): Promise<MergeSummary> {
  const inputs = await inputFiles(options.inputs);
  const shards = await shardFiles(options.shards);
  const tableFiles = [...shards.tables.values()].flat();
  // First, so that the outputs of an earlier merge, found among the shards, are named as such.
  const read = [...inputs.map(({ path }) => path), ...shards.jsonl, ...tableFiles];
  const targets: [path: string, option: string][] = [...(options.out ? [[options.out, `--out ${options.out}`] as [string, string]] : []), ...(options.tables ? TABLE_NAMES.map((name): [string, string] => [join(options.tables as string, `${name}.csv`), `--tables ${options.tables}`]) : [])];
  for (const [path, option] of targets) checkNotInput(path, read, option);
  if (options.tables) {
    if (tableFiles.length === 0) throw new UsageError(`--tables: no table among ${options.shards.join(', ')}: were the shards run with --tables?`);
    for (const name of TABLE_NAMES) {
      const files = shards.tables.get(name)?.length ?? 0;
      if (files !== shards.jsonl.length) throw new UsageError(`--tables: found ${name}.csv for ${files} of the ${shards.jsonl.length} shard outputs`);
    }
    try {
      mkdirSync(options.tables, { recursive: true });
    } catch (error) {
      throw new UsageError(`cannot write ${options.tables}: ${reason(error)}`);
    }
  }
  for (const [path] of targets) checkWritable(path);

  const order: string[] = [];
  const expected = new Map<string, number>();
  for await (const id of recordIds(inputs)) {
    order.push(id);
    expected.set(id, (expected.get(id) ?? 0) + 1);
  }
  const problems: MergeProblems = { missing: [], duplicated: [], unexpected: [], cutOff: [] };
  const chosen = chooseLines(expected, await indexLines(shards.jsonl, problems.cutOff), problems);
  const summary: MergeSummary = { ...problems, lines: 0, errorLines: 0, files: shards.jsonl.length };
  if (Object.values(problems).some((list) => list.length > 0)) return summary;

  const outputs: OutputStream[] = [];
  const open = (path: string): OutputStream => {
    const output = new OutputStream(path, false);
    outputs.push(output);
    return output;
  };
  const fds: number[] = [];
  try {
    const lines = options.out ? open(options.out).stream : stdout;
    for (const path of shards.jsonl) fds.push(openSync(path, 'r'));
    const taken = new Map<string, number>();
    for (const id of order) {
      const index = taken.get(id) ?? 0;
      taken.set(id, index + 1);
      const line = (chosen.get(id) as Line[])[index] as Line;
      await copy(lines, fds, [line]);
      summary.lines += 1;
      if (!line.analysed) summary.errorLines += 1;
    }
    for (const fd of fds.splice(0)) closeSync(fd);
    if (options.tables) await mergeTables(options.tables, shards.tables, order, open, fds);
  } catch (error) {
    await Promise.all(outputs.map((output) => output.abort()));
    throw error;
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  await Promise.all(outputs.map((output) => output.commit()));
  return summary;
}

/**
 * Each table's rows in input order: an article's rows where its first record comes, as one
 * batch writes them (for an id that several records share, all their rows come there).
 */
async function mergeTables(directory: string, files: ReadonlyMap<TableName, string[]>, order: readonly string[], open: (path: string) => OutputStream, fds: number[]): Promise<void> {
  for (const name of TABLE_NAMES) {
    const paths = files.get(name) as string[];
    const rows = await indexRows(name, paths);
    const stream = open(join(directory, `${name}.csv`)).stream;
    await write(stream, tableCsv(name, [], true));
    for (const path of paths) fds.push(openSync(path, 'r'));
    const written = new Set<string>();
    for (const id of order) {
      if (written.has(id)) continue;
      written.add(id);
      await copy(stream, fds, rows.get(id) ?? []);
    }
    for (const fd of fds.splice(0)) closeSync(fd);
  }
}
