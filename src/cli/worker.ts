// A batch worker thread: analyses the articles the main thread sends, one at a time, and sends
// back the JSONL line and, when asked, the table rows, so the main thread only writes.
import { parentPort } from 'node:worker_threads';
import { analyze } from 'newslens';
import { tableRows, type ArticleMeta } from './tables.js';

export interface Task {
  meta: ArticleMeta;
  text: string;
  tables: boolean;
}

export interface Done {
  line?: string;
  rows?: ReturnType<typeof tableRows>;
  error?: string;
}

parentPort?.on('message', ({ meta, text, tables }: Task) => {
  let done: Done;
  try {
    const analysis = analyze(text);
    done = { line: JSON.stringify({ ...meta, analysis }), rows: tables ? tableRows(meta, analysis) : undefined };
  } catch (error) {
    done = { error: `analysis failed: ${(error as Error).message}` };
  }
  parentPort?.postMessage(done);
});
