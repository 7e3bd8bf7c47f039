#!/usr/bin/env node
// The newslens command line (docs/CLI.md). Data goes to standard output or the named files;
// progress, summaries and errors go to standard error. Exit status: 0 when everything was
// analysed, 1 when some records failed, 2 on bad usage, 130 after Ctrl-C.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { analysisInForm, analyze, type AnalysisForm, version } from 'newslens';
import { runBatch } from './batch.js';
import { Comparison, readBatchLine, renderCompare } from './compare.js';
import { toMarkdown } from './markdown.js';
import { jsonlLines, reason, UsageError } from './records.js';
import { renderReport } from './report.js';
import { TABLE_NAMES, tableCsv, tableRows, type TableName } from './tables.js';

const HELP: Record<string, string> = {
  main: `newslens ${version}: read news articles the way a media-studies researcher does

Usage:
  newslens analyze FILE|-      analyse one article; JSON by default
  newslens batch INPUT...      analyse a corpus: files, directories, globs, JSONL, or - for JSONL on stdin
  newslens report FILE|-       one self-contained HTML page of an article's findings
  newslens compare BATCH.jsonl compare outlets (or any field) over batch output

Options:
  -h, --help                   this help; \`newslens COMMAND --help\` for a command's
  -v, --version                the version

Exit status: 0 all analysed, 1 some records failed, 2 bad usage, 130 interrupted.
Documentation: docs/CLI.md in the package.`,
  analyze: `Usage: newslens analyze FILE|- [options]

Analyses one article (a text, Markdown or HTML file, or standard input with -) and prints it.

Options:
  -f, --format FORMAT   json (default: the whole analysis), markdown (a report to read),
                        csv (one tidy table, see --table) or html (as \`newslens report\`)
  -t, --table NAME      with --format csv: ${TABLE_NAMES.join(', ')} (default sentences)
      --compact         with --format json: the compact form (word lists by id, section cues by index)
      --lean            with --format json: the lean form (scores, counts, offsets; no evidence text)
  -o, --output FILE     write to FILE instead of standard output
  -h, --help            this help`,
  batch: `Usage: newslens batch INPUT... [options]

INPUT is a file, a directory (every .txt, .text, .md, .markdown, .html, .htm, .jsonl and
.ndjson file under it), a glob
("corpus/**/*.txt", quoted), a JSONL file (.jsonl or .ndjson: one article a line, with "id",
"text" and optionally "title", "outlet", "date", "url"), or - for JSONL on standard input.
Each article becomes one JSONL line, {"id", "title", "outlet", "date", "url", "analysis"}, in
input order. A record that fails (bad JSON, missing, empty or non-English text) becomes an
error line {"id", "source", "line", "error"} and the batch goes on.

Options:
  -o, --out FILE        write the JSONL to FILE (default: standard output)
      --tables DIR      also write tidy CSV tables to DIR: ${TABLE_NAMES.map((name) => `${name}.csv`).join(', ')}
  -j, --jobs N          worker threads (default: the number of cores, here ${availableParallelism()})
      --resume          skip ids that already have an analysis in --out, and append to it
      --compact         write each analysis in the compact form (word lists by id, section cues by index)
      --lean            write each analysis in the lean form (scores, counts, offsets; no evidence text)
  -h, --help            this help

Reading JSONL on stdin and writing JSONL on stdout in the same order makes newslens a filter for
GNU parallel (--pipe), Hadoop Streaming and Spark's RDD.pipe: see docs/CLI.md.`,
  report: `Usage: newslens report FILE|- -o report.html

Writes one self-contained HTML page (no network): the article with its entities, bias markers
and frame cues highlighted (hover or click for the category, explanation and source list), a
sentiment-by-section chart, an entity table, and frame bars for the article and each section.

Options:
  -o, --output FILE     the HTML file (default: standard output)
  -h, --help            this help`,
  compare: `Usage: newslens compare BATCH.jsonl [options]

Compares groups of articles in batch output: per outlet (or --by any field), the share of
articles each frame is present in, bias markers per 100 words by category, the tone of the top
entities, the mean article tone and bias score. Writes a tidy CSV (group, measure, name, value,
articles) and, with --html, a page of charts.

Options:
      --by FIELD        group by this field of each line (default outlet)
  -o, --output FILE     the CSV (default: standard output)
      --html FILE       also write the charts to FILE
  -h, --help            this help`,
};

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  analyze: { format: { type: 'string', short: 'f', default: 'json' }, table: { type: 'string', short: 't', default: 'sentences' }, output: { type: 'string', short: 'o' }, compact: { type: 'boolean' }, lean: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  batch: { out: { type: 'string', short: 'o' }, tables: { type: 'string' }, jobs: { type: 'string', short: 'j' }, resume: { type: 'boolean' }, compact: { type: 'boolean' }, lean: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  report: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  compare: { by: { type: 'string', default: 'outlet' }, output: { type: 'string', short: 'o' }, html: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
};

/** One article's text: a file, or all of standard input for `-`. */
function readArticle(path: string | undefined): string {
  if (path === undefined) throw new UsageError('expected a FILE, or - for standard input');
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${reason(error)}`);
  }
}

/** The form `--compact` or `--lean` asks for (docs/CLI.md, Output forms); the full form without either. */
function formOf(values: Record<string, unknown>): AnalysisForm {
  if (values.compact && values.lean) throw new UsageError('--compact and --lean are two forms of the output: give one');
  return values.compact ? 'compact' : values.lean ? 'lean' : 'full';
}

function emit(text: string, output: string | undefined): void {
  if (output) writeFileSync(output, text);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${HELP.main}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const options = OPTIONS[command];
  if (!options) throw new UsageError(`unknown command ${JSON.stringify(command)}: expected analyze, batch, report or compare`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  const output = values.output as string | undefined;
  if (command === 'analyze') {
    if (positionals.length !== 1) throw new UsageError('analyze takes one FILE, or - for standard input');
    const text = readArticle(positionals[0]);
    const format = values.format as string;
    const form = formOf(values);
    if (form !== 'full' && format !== 'json') throw new UsageError(`--${form} is a form of the JSON output: it does not go with --format ${format}`);
    const analysis = analyze(text);
    if (format === 'json') emit(JSON.stringify(analysisInForm(analysis, form), null, 2), output);
    else if (format === 'markdown') emit(toMarkdown(analysis), output);
    else if (format === 'html') emit(renderReport(text, analysis), output);
    else if (format === 'csv') {
      const table = values.table as string;
      if (!TABLE_NAMES.includes(table as TableName)) throw new UsageError(`unknown table ${JSON.stringify(table)}: expected ${TABLE_NAMES.join(', ')}`);
      const id = positionals[0] === '-' ? 'stdin' : (positionals[0] as string);
      emit(tableCsv(table as TableName, tableRows({ id }, analysis)[table as TableName], true), output);
    } else throw new UsageError(`unknown format ${JSON.stringify(format)}: expected json, markdown, csv or html`);
    return 0;
  }
  if (command === 'batch') {
    if (positionals.length === 0) throw new UsageError('batch needs at least one INPUT: files, a directory, a glob, JSONL, or - for standard input');
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, received ${JSON.stringify(values.jobs)}`);
    if (values.resume && !values.out) throw new UsageError('--resume needs --out: the file whose ids to skip');
    const form = formOf(values);
    const summary = await runBatch({ inputs: positionals, out: values.out as string | undefined, tables: values.tables as string | undefined, jobs, resume: values.resume === true, form });
    const skipped = summary.skipped ? `, ${summary.skipped} skipped (already in ${values.out})` : '';
    process.stderr.write(`newslens batch: ${summary.analysed} analysed, ${summary.failed} failed${skipped}${summary.interrupted ? ', interrupted' : ''}\n`);
    if (summary.interrupted) return 130;
    return summary.failed > 0 ? 1 : 0;
  }
  if (command === 'report') {
    if (positionals.length !== 1) throw new UsageError('report takes one FILE, or - for standard input');
    const text = readArticle(positionals[0]);
    emit(renderReport(text, analyze(text)), output);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('compare takes one BATCH.jsonl, the output of newslens batch');
  return compare(positionals[0] as string, values.by as string, output, values.html as string | undefined);
}

/** Streams batch output into per-group totals, then writes the tidy CSV and, if asked, the charts. */
async function compare(path: string, by: string, output: string | undefined, html: string | undefined): Promise<number> {
  const comparison = new Comparison(by);
  let input: NodeJS.ReadableStream = process.stdin;
  if (path !== '-') {
    const file = createReadStream(path);
    try {
      await new Promise((resolve, reject) => file.once('open', resolve).once('error', reject));
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${reason(error)}`);
    }
    input = file;
  }
  for await (const { line, number } of jsonlLines(input)) {
    let record;
    try {
      record = readBatchLine(line, number);
    } catch (error) {
      throw new UsageError(`${path}: ${(error as Error).message}`);
    }
    if (record) comparison.add(record);
  }
  const rows = comparison.rows();
  emit(stringify(rows, { header: true, columns: ['group', 'measure', 'name', 'value', 'articles'] }), output);
  if (html) writeFileSync(html, renderCompare(rows, by));
  return 0;
}

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`newslens: ${error.message}\nRun \`newslens --help\` for usage.\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`newslens: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
