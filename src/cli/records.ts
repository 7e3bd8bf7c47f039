import { createReadStream, readFileSync, statSync } from 'node:fs';
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

/** Files whose whole content is one article; `.jsonl` files hold one article a line. */
const ARTICLE_FILES = '**/*.{txt,text,md,markdown,html,htm}';
export const isJsonl = (path: string): boolean => /\.(jsonl|ndjson)$/i.test(path);

/**
 * The files an INPUT names, each with the id its article takes when it is one article: itself,
 * every article or JSONL file under a directory (ids relative to it), or a glob's matches.
 */
export async function filesOf(input: string): Promise<{ path: string; id: string }[]> {
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

/** One JSONL line as a record: `id` and `text`, optionally `title`, `outlet`, `date`, `url`. */
export function parseLine(line: string, source: string, number: number): InputRecord {
  const fallbackId = `${source === '-' ? 'stdin' : basename(source)}:${number}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { source, line: number, meta: { id: fallbackId }, error: `bad JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { source, line: number, meta: { id: fallbackId }, error: 'a line must be a JSON object with id and text' };
  const object = value as Record<string, unknown>;
  const id = typeof object.id === 'string' || typeof object.id === 'number' ? String(object.id) : fallbackId;
  const meta: ArticleMeta = { id };
  for (const field of FIELDS) if (typeof object[field] === 'string') meta[field] = object[field] as string;
  if (typeof object.text !== 'string') return { source, line: number, meta, error: object.text === undefined ? 'missing text' : `text must be a string, received ${typeof object.text}` };
  return checked({ source, line: number, meta, text: object.text });
}

const ENGLISH = new Set('the of and to a in is that for on with as by was it at from he she they his her are be has have said not this but an or were their which who will would had its been'.split(' '));

/**
 * An empty text or one that is not English becomes an error row, not an analysis of nothing:
 * newslens's lexicons and models are English. A text of 20 words or more with under 5% English
 * function words is not English (news prose runs at 35-45%).
 */
export function checked(record: InputRecord): InputRecord {
  const text = record.text ?? '';
  if (text.trim() === '') return { ...record, text: undefined, error: 'empty text' };
  // Markup is not prose: tag and attribute names would read as foreign words.
  const words = text.slice(0, 20_000).replace(/<[^>]*>/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20 && words.filter((word) => ENGLISH.has(word)).length < 0.05 * words.length) return { ...record, text: undefined, error: 'not English: newslens reads English news' };
  return record;
}

/** Why a file could not be read: its error code, else the message. */
export const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The lines of JSONL input, numbered from 1, blank ones left out; read as a stream, so a file of any size fits. */
export async function* jsonlLines(input: NodeJS.ReadableStream): AsyncGenerator<{ line: string; number: number }> {
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    if (line.trim() !== '') yield { line, number };
  }
}

/** Every record of the inputs, in order: JSONL line by line, other files whole. */
export async function* readRecords(inputs: readonly string[]): AsyncGenerator<InputRecord> {
  for (const input of inputs) {
    for (const { path, id } of await filesOf(input)) {
      if (path === '-' || isJsonl(path)) {
        for await (const { line, number } of jsonlLines(path === '-' ? process.stdin : createReadStream(path))) yield parseLine(line, path, number);
      } else {
        let text: string;
        try {
          text = readFileSync(path, 'utf8');
        } catch (error) {
          yield { source: path, meta: { id }, error: `cannot read: ${reason(error)}` };
          continue;
        }
        yield checked({ source: path, meta: { id }, text });
      }
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
    throw new Error(`line ${number}: not JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`line ${number}: expected a JSON object from newslens batch`);
  const record = value as Record<string, unknown>;
  if (record.analysis === undefined && typeof record.error === 'string') return null;
  if (typeof record.id !== 'string' || record.analysis === null || typeof record.analysis !== 'object') throw new Error(`line ${number}: expected an id and an analysis, or an error`);
  return record as BatchRecord;
}
