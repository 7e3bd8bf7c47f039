// A batch worker thread: checks and analyses the articles the main thread sends, one at a time,
// and sends back the JSONL line and, when asked, each table's CSV rows, as UTF-8 bytes it hands
// over rather than copies: the main thread only writes, so it does not compete with the workers.
import { parentPort } from 'node:worker_threads';
import { analysisInForm, analyze, type AnalysisForm, type AnalyzeOptions } from 'newslens';
import { TABLE_NAMES, tableCsv, tableRows, type ArticleMeta, type TableName } from '../report/tables.js';
import { articleProblem } from './language.js';
import { jsonLineBytes } from './json-bytes.js';
import { inCommandLineWords } from './messages.js';

export interface Task {
  meta: ArticleMeta;
  text: string;
  tables: boolean;
  form: AnalysisForm;
  options: AnalyzeOptions;
}

export interface Done {
  /** The JSONL line, newline included. */
  line?: Uint8Array;
  /** Each table's CSV rows, without the header. */
  csv?: Record<TableName, Uint8Array>;
  /** Why the article has no analysis: its text is empty or not English, or the analysis threw. */
  error?: string;
}

// The worker hands its results' buffers over, and V8 deoptimizes all code compiled while no
// buffer had ever been handed over (it left out the check that a typed array's buffer is still
// there) the first time one is. Handing one over now, before the first article, spares the
// recompiling of the hot functions optimized during it: the code they get is the same.
const handedOver = new ArrayBuffer(0);
structuredClone(handedOver, { transfer: [handedOver] });

/**
 * `text` as UTF-8 in a buffer of its own: never a slice of Node's shared pool, which handing over
 * would detach. Sized first and written in place, a fraction of the cost of TextEncoder's encode.
 */
function ownBytes(text: string): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}

function analysed({ meta, text, tables, form, options }: Task): Done {
  const problem = articleProblem(text);
  if (problem) return { error: problem };
  try {
    const analysis = analyze(text, options);
    const done: Done = { line: jsonLineBytes({ ...meta, analysis: analysisInForm(analysis, form) }) };
    if (tables) {
      const rows = tableRows(meta, analysis);
      done.csv = Object.fromEntries(TABLE_NAMES.map((name) => [name, ownBytes(tableCsv(name, rows[name], false))])) as Record<TableName, Uint8Array>;
    }
    return done;
  } catch (error) {
    return { error: `analysis failed: ${inCommandLineWords((error as Error).message)}` };
  }
}

parentPort?.on('message', (task: Task) => {
  const done = analysed(task);
  parentPort?.postMessage(done, [done.line, ...Object.values(done.csv ?? {})].flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : [])));
});
