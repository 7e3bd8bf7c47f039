// A batch worker thread: analyses the articles the main thread sends, one at a time, and sends
// back the JSONL line and, when asked, each table's CSV rows, as UTF-8 bytes it hands over
// rather than copies: the main thread only writes, so it does not compete with the workers.
import { parentPort } from 'node:worker_threads';
import { analysisInForm, analyze, type AnalysisForm, type AnalyzeOptions } from 'newslens';
import { TABLE_NAMES, tableCsv, tableRows, type ArticleMeta, type TableName } from '../report/tables.js';
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
  error?: string;
}

const utf8 = new TextEncoder();

parentPort?.on('message', ({ meta, text, tables, form, options }: Task) => {
  let done: Done;
  try {
    const analysis = analyze(text, options);
    done = { line: utf8.encode(`${JSON.stringify({ ...meta, analysis: analysisInForm(analysis, form) })}\n`) };
    if (tables) {
      const rows = tableRows(meta, analysis);
      done.csv = Object.fromEntries(TABLE_NAMES.map((name) => [name, utf8.encode(tableCsv(name, rows[name], false))])) as Record<TableName, Uint8Array>;
    }
  } catch (error) {
    done = { error: `analysis failed: ${inCommandLineWords((error as Error).message)}` };
  }
  // TextEncoder gives each array a buffer of its own, so handing them over detaches nothing shared.
  parentPort?.postMessage(done, [done.line, ...Object.values(done.csv ?? {})].flatMap((bytes) => (bytes ? [bytes.buffer as ArrayBuffer] : [])));
});
