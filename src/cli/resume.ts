// What `batch --resume` finds of an earlier run: the ids it analysed, and files that a run
// killed mid-write (kill -9, a power cut) left ending in half a line, mended before appending.
import { appendFileSync, closeSync, createReadStream, fstatSync, openSync, readSync, statSync, truncateSync } from 'node:fs';
import { readBatchLine } from './records.js';
import { jsonlLines, UsageError } from './records.js';
import { csvRows } from './spans.js';

const NEWLINE = 0x0a;

/** Where the whole lines of a file end: its size, or where a last line without a newline starts. */
function wholeLinesEnd(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 16);
    for (let stop = fstatSync(fd).size, first = true; stop > 0; first = false) {
      const start = Math.max(0, stop - chunk.length);
      const bytes = chunk.subarray(0, readSync(fd, chunk, 0, stop - start, start));
      if (first && bytes.at(-1) === NEWLINE) return stop;
      const newline = bytes.lastIndexOf(NEWLINE);
      if (newline >= 0) return start + newline + 1;
      stop = start;
    }
    return 0;
  } finally {
    closeSync(fd);
  }
}

/**
 * The ids an earlier run analysed: lines of `out` that hold an analysis (error lines are tried
 * again). A last line without its newline, from a run killed mid-write, gets its newline when it
 * is a whole line, and is dropped when it is cut off (its article is then analysed again), so
 * that appending goes on on a line of its own; `stderr` hears which. A file that is not batch
 * output is bad usage, and is left as it was.
 */
export async function analysedIds(out: string, stderr: NodeJS.WritableStream): Promise<Set<string>> {
  const ids = new Set<string>();
  const read = (line: string, number: number): void => {
    let record;
    try {
      record = readBatchLine(line, number);
    } catch (error) {
      throw new UsageError(`--resume: ${out} is not the output of newslens batch: ${(error as Error).message}`);
    }
    if (record) ids.add(record.id);
  };
  const end = wholeLinesEnd(out);
  let lines = 0;
  if (end > 0) {
    for await (const { line, number } of jsonlLines(createReadStream(out, { end: end - 1 }))) {
      read(line, number);
      lines = number;
    }
  }
  const size = statSync(out).size;
  if (end === size) return ids;
  const last = Buffer.alloc(size - end);
  const fd = openSync(out, 'r');
  readSync(fd, last, 0, last.length, end);
  closeSync(fd);
  try {
    read(last.toString('utf8'), lines + 1);
    appendFileSync(out, '\n');
    stderr.write(`newslens: ${out}: its last line had no newline; added one\n`);
  } catch {
    truncateSync(out, end);
    stderr.write(`newslens: ${out}: dropped its last line, cut off by an interrupted run (${size - end} bytes); its article is analysed again\n`);
  }
  return ids;
}

/**
 * Cuts a table of an earlier run back to whole rows of articles it finished. A batch writes an
 * article's table rows before its JSONL line, so when the table ends with the rows of an article
 * that `analysed` (the ids in the JSONL) lacks, a killed run was writing that article: its rows
 * go, perhaps with half a row, and resuming writes them once. Reads the CSV as csv-stringify
 * writes it: a row ends at a newline outside quotes, and starts with `article_id`.
 */
export async function trimTable(path: string, analysed: ReadonlySet<string>, stderr: NodeJS.WritableStream): Promise<void> {
  /** The last whole row's article, where its rows start, and where they end. */
  let lastArticle: string | null = null;
  let lastArticleStart = 0;
  let rowsEnd = 0;
  let header = true;
  for await (const row of csvRows(createReadStream(path))) {
    rowsEnd = row.end;
    if (header) header = false;
    else if (row.id !== lastArticle) {
      lastArticle = row.id;
      lastArticleStart = row.start;
    }
  }
  const keep = lastArticle !== null && !analysed.has(lastArticle) ? lastArticleStart : rowsEnd;
  const dropped = statSync(path).size - keep;
  if (dropped === 0) return;
  truncateSync(path, keep);
  stderr.write(`newslens: ${path}: dropped its last ${dropped} bytes, the rows of an article an interrupted run did not finish\n`);
}
