import { closeSync, createReadStream, openSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { glob } from 'tinyglobby';
import type { BatchRecord } from '../report/compare.js';
import type { ArticleMeta } from '../report/tables.js';

/** One input record: an article to analyse, or the reason it cannot be (an error row). */
export interface InputRecord {
  /** Where it came from: a file path, or `-` for standard input. */
  source: string;
  /** 1-based line in a JSONL source. */
  line?: number;
  meta: ArticleMeta;
  text?: string;
  error?: string;
}

export interface InputFile {
  path: string;
  /** The id of its article, when the file is one article. */
  id: string;
}

/** Files whose whole content is one article; `.jsonl` files hold one article a line. */
const ARTICLE_FILES = '**/*.{txt,text,md,markdown,html,htm}';
export const isJsonl = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

/**
 * The files an INPUT names, each with the id its article takes when it is one article: itself,
 * every article or JSONL file under a directory (ids relative to it), or a glob's matches.
 */
async function filesOf(input: string): Promise<InputFile[]> {
  if (input === '-') return [{ path: '-', id: 'stdin' }];
  let stat;
  try {
    stat = statSync(input);
  } catch {
    const matches = (await glob(input, { onlyFiles: true, absolute: isAbsolute(input) })).sort();
    if (matches.length === 0) throw new UsageError(`no file matches ${input}`);
    return matches.map((path) => ({ path, id: path }));
  }
  if (!stat.isDirectory()) return [{ path: input, id: input }];
  const files = (await glob([ARTICLE_FILES, '**/*.{jsonl,ndjson}'], { cwd: input, onlyFiles: true })).sort();
  return files.map((file) => ({ path: join(input, file), id: file }));
}

/** A mistake in how newslens was called: exit status 2. */
export class UsageError extends Error {}

const FIELDS = ['title', 'outlet', 'date', 'url'] as const;

/**
 * The id of the record a JSONL line holds (`value`, parsed; undefined when it is not JSON): its
 * `id`, else `FILE:LINE`, which depends only on where the line is, never on which lines a run
 * kept (`--shard` and `merge` rely on that).
 */
function idOf(value: unknown, source: string, number: number): string {
  const id = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `${source === '-' ? 'stdin' : basename(source)}:${number}`;
}

/** One JSONL line as a record: `id` and `text`, optionally `title`, `outlet`, `date`, `url`; the batch worker checks its text (`articleProblem`). */
export function parseLine(line: string, source: string, number: number): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { source, line: number, meta: { id: idOf(undefined, source, number) }, error: `bad JSON: ${(error as Error).message}` };
  }
  const id = idOf(value, source, number);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { source, line: number, meta: { id }, error: 'a line must be a JSON object with id and text' };
  const object = value as Record<string, unknown>;
  const meta: ArticleMeta = { id };
  for (const field of FIELDS) if (typeof object[field] === 'string') meta[field] = object[field] as string;
  if (typeof object.text !== 'string') return { source, line: number, meta, error: object.text === undefined ? 'missing text' : `text must be a string, received ${typeof object.text}` };
  return { source, line: number, meta, text: object.text };
}

/** Bytes that are not text: a NUL in the first 8 KB, the test git and grep use (UTF-16 counts as not text). */
const isBinary = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0);
const NOT_TEXT = 'not text (it has NUL bytes): newslens reads UTF-8 text';

/** Whether a text is JSONL batch input rather than an article: its first line is a JSON object with a text. */
function looksLikeJsonl(text: string): boolean {
  try {
    const first: unknown = JSON.parse(text.trimStart().split('\n', 1)[0] as string);
    return typeof first === 'object' && first !== null && typeof (first as { text?: unknown }).text === 'string';
  } catch {
    return false;
  }
}

/**
 * The text of the one article `analyze` and `report` read: a file, or all of standard input for
 * `-`. A file that cannot be read, is not text, or is JSONL (a batch's input) is bad usage.
 */
export function readArticle(path: string | undefined): string {
  if (path === undefined) throw new UsageError('expected a FILE, or - for standard input');
  const name = path === '-' ? 'standard input' : path;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${reason(error)}`);
  }
  if (isBinary(bytes)) throw new UsageError(`${name} is ${NOT_TEXT}`);
  const text = bytes.toString('utf8');
  if (isJsonl(path) || looksLikeJsonl(text)) throw new UsageError(`${name} is JSONL, one article a line: use \`newslens batch ${path}\``);
  return text;
}

/** Why a file could not be read: its error code, else the message. */
export const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The lines of JSONL input, numbered from 1, blank ones left out; read as a stream, so a file of any size fits. */
export async function* jsonlLines(input: NodeJS.ReadableStream): AsyncGenerator<{ line: string; number: number }> {
  let number = 0;
  for await (const read of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    // A byte-order mark some editors put before the first line is no part of its JSON.
    const line = number === 1 && read.startsWith('\uFEFF') ? read.slice(1) : read;
    if (line.trim() !== '') yield { line, number };
  }
}

/**
 * The files the inputs name, in order, each checked to open for reading: a missing or unreadable
 * input is bad usage, found before any output is touched.
 */
export async function inputFiles(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const input of inputs) {
    for (const file of await filesOf(input)) {
      if (file.path !== '-') {
        try {
          closeSync(openSync(file.path, 'r'));
        } catch (error) {
          throw new UsageError(`cannot read ${file.path}: ${reason(error)}`);
        }
      }
      files.push(file);
    }
  }
  return files;
}

/**
 * Every record of the files whose id is `wanted`, in order: JSONL line by line, other files
 * whole. The others are left unread (`--shard`). Whether a text is an article newslens can
 * analyse is the worker's check, so that the main thread does no per-article work but reading.
 */
export async function* readRecords(files: readonly InputFile[], wanted: (id: string) => boolean = () => true): AsyncGenerator<InputRecord> {
  for (const { path, id } of files) {
    if (path === '-' || isJsonl(path)) {
      for await (const { line, number } of jsonlLines(path === '-' ? process.stdin : createReadStream(path))) {
        const record = parseLine(line, path, number);
        if (wanted(record.meta.id)) yield record;
      }
      continue;
    }
    if (!wanted(id)) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      yield { source: path, meta: { id }, error: `cannot read: ${reason(error)}` };
      continue;
    }
    if (isBinary(bytes)) yield { source: path, meta: { id }, error: NOT_TEXT };
    else yield { source: path, meta: { id }, text: bytes.toString('utf8') };
  }
}

/** The id of every record of the files, in order, as `readRecords` gives them, without reading the texts' language. */
export async function* recordIds(files: readonly InputFile[]): AsyncGenerator<string> {
  for (const { path, id } of files) {
    if (path !== '-' && !isJsonl(path)) {
      yield id;
      continue;
    }
    for await (const { line, number } of jsonlLines(path === '-' ? process.stdin : createReadStream(path))) {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      yield idOf(value, path, number);
    }
  }
}

/**
 * One line of batch output: its record, or null for a failure line (`{ id, line, error }`) or a
 * blank line. Anything else is an error naming the line.
 */
export function readBatchLine(line: string, number: number): BatchRecord | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new SyntaxError(`line ${number}: not JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`line ${number}: expected a JSON object from newslens batch`);
  const record = value as Record<string, unknown>;
  if (record.analysis === undefined && typeof record.error === 'string') return null;
  if (typeof record.id !== 'string' || record.analysis === null || typeof record.analysis !== 'object') throw new Error(`line ${number}: expected an id and an analysis, or an error`);
  return record as BatchRecord;
}
