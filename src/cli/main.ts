#!/usr/bin/env node
// The newslens command line (docs/CLI.md). Data goes to standard output or the named files;
// progress, summaries and errors go to standard error. Exit status: 0 when everything was
// analysed, 1 when some records failed, 2 on bad usage, 130 after Ctrl-C, 141 when standard
// output closed early.
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { analysisInForm, analyze, type AnalysisForm, type AnalyzeOptions, type SkippableStage, version } from 'newslens';
import { runBatch } from './batch.js';
import { MERGE_HELP, MERGE_OPTIONS, mergeCommand } from './merge-command.js';
import { parseShard } from './shard.js';
import { MAX_RESAMPLES, MAX_SEED } from '../report/bootstrap.js';
import { type CompareOptions, Comparison, DEFAULT_COMPARE_OPTIONS, noEntityCompared } from '../report/compare.js';
import { compareMarkdown } from '../report/compare-markdown.js';
import { renderCompare } from '../report/compare-page.js';
import { toMarkdown } from '../report/markdown.js';
import { renderReport } from '../report/report.js';
import { TABLE_NAMES, tableCsv, tableRows, type TableName } from '../report/tables.js';
import { count } from '../report/wording.js';
import { checkWritable, writeWhole } from './outputs.js';
import { inCommandLineWords } from './messages.js';
import { articleProblem } from './language.js';
import { jsonlLines, readArticle, readBatchLine, reason, UsageError } from './records.js';

/** docs/CLI.md, shipped in the package beside dist/. */
const DOCUMENTATION = fileURLToPath(new URL('../docs/CLI.md', import.meta.url));

/** The analyses `--skip` can leave out; a record, so that the type checker notices one the library adds. */
const SKIPPABLE: Record<SkippableStage, true> = { sentiment: true, bias: true, framing: true };
const SKIP_HELP = `analyses to leave out, comma-separated: ${Object.keys(SKIPPABLE).join(', ')}`;

const HELP: Record<string, string> = {
  main: `newslens ${version}: read news articles the way a media-studies researcher does

Usage:
  newslens analyze FILE|-      analyse one article; JSON by default
  newslens batch INPUT...      analyse a corpus: files, directories, globs, JSONL, or - for JSONL on stdin
  newslens report FILE|-       one self-contained HTML page of an article's findings
  newslens compare BATCH.jsonl compare outlets (or any field) over batch output
  newslens merge SHARD...      join the outputs of batch --shard runs (--input INPUT...)

Options:
  -h, --help                   this help; \`newslens COMMAND --help\` for a command's
  -v, --version                the version

Exit status: 0 all analysed, 1 some records failed, 2 bad usage, 130 interrupted,
141 standard output closed early (\`| head\`).
Documentation: ${DOCUMENTATION}`,
  analyze: `Usage: newslens analyze FILE|- [options]

Analyses one article (a text, Markdown or HTML file, or standard input with -) and prints it.
An empty or non-English article exits 1; for JSONL, one article a line, use \`newslens batch\`.

Options:
  -f, --format FORMAT   json (default: the whole analysis), markdown (a report to read),
                        csv (one tidy table, see --table) or html (as \`newslens report\`)
  -t, --table NAME      with --format csv: ${TABLE_NAMES.join(', ')} (default sentences)
      --skip LIST       ${SKIP_HELP}
      --tokens          with --format json: add every token (offsets, kind, POS, lemma)
      --max-length N    the longest text read, in characters (default 1000000; Infinity for no limit)
      --compact         with --format json: the compact form (word lists by id, section cues by index)
      --lean            with --format json: the lean form (scores, counts, offsets; no evidence text)
  -o, --output FILE     write to FILE instead of standard output (also --out)
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
  -o, --out FILE        write the JSONL to FILE (default: standard output; also --output)
      --tables DIR      also write tidy CSV tables to DIR: ${TABLE_NAMES.map((name) => `${name}.csv`).join(', ')}
  -j, --jobs N          worker threads (default: the number of cores, here ${availableParallelism()})
      --skip LIST       ${SKIP_HELP}
      --tokens          add every token to each analysis
      --max-length N    the longest text read, in characters (default 1000000; a longer one is an error line)
      --resume          skip ids that already have an analysis in --out, and append to it
      --shard K/N       only the articles whose id hashes to shard K of N (K from 1), for N
                        independent tasks (a Slurm array); \`newslens merge\` joins their outputs
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
  -o, --output FILE     the HTML file (default: standard output; also --out)
      --max-length N    the longest text read, in characters (default 1000000; Infinity for no limit)
  -h, --help            this help`,
  merge: MERGE_HELP,
  compare: `Usage: newslens compare BATCH.jsonl [options]

Compares groups of articles in batch output: per outlet (or --by any field), the share of
articles each frame is present in, bias markers per 100 words by category, the tone toward the
entities every group mentions at least K times, the mean article tone and bias score, the
share of the words quoted and of the quoted words by anonymous and other types of speaker, and
the bias of the writer's own words, each with a 95% percentile bootstrap interval over the
group's articles (none from one article). Writes a tidy CSV (group, measure, name, value,
articles, low, high, n) and, with --html, a page of charts, with --markdown, tables.

Options:
      --by FIELD          group by this field of each line (default outlet)
  -o, --output FILE       the CSV (default: standard output; also --out)
      --html FILE         also write the charts to FILE
      --markdown FILE     also write the tables to FILE
      --min-mentions K    entity tone for the named entities every group mentions at least K
                          times (default ${DEFAULT_COMPARE_OPTIONS.minMentions})
      --resamples B       bootstrap resamples per interval, 1 to ${MAX_RESAMPLES} (default ${DEFAULT_COMPARE_OPTIONS.resamples})
      --seed S            the bootstrap's seed, 0 to ${MAX_SEED} (default ${DEFAULT_COMPARE_OPTIONS.seed});
                          the same seed gives the same intervals
  -h, --help              this help`,
};

// Every command that writes a file takes --out and --output alike.
const OUTPUT = { output: { type: 'string', short: 'o' }, out: { type: 'string' } } as const;
const LENGTH = { 'max-length': { type: 'string' } } as const;
const ANALYSIS = { skip: { type: 'string', multiple: true }, tokens: { type: 'boolean' }, ...LENGTH } as const;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
const FORMS = { compact: { type: 'boolean' }, lean: { type: 'boolean' } } as const;
const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  analyze: { format: { type: 'string', short: 'f', default: 'json' }, table: { type: 'string', short: 't', default: 'sentences' }, ...ANALYSIS, ...FORMS, ...OUTPUT, ...HELP_OPTION },
  batch: { ...OUTPUT, tables: { type: 'string' }, jobs: { type: 'string', short: 'j' }, ...ANALYSIS, ...FORMS, resume: { type: 'boolean' }, shard: { type: 'string' }, ...HELP_OPTION },
  merge: { ...MERGE_OPTIONS, ...OUTPUT, ...HELP_OPTION },
  report: { ...OUTPUT, ...LENGTH, ...HELP_OPTION },
  compare: { by: { type: 'string', default: 'outlet' }, ...OUTPUT, html: { type: 'string' }, markdown: { type: 'string' }, 'min-mentions': { type: 'string' }, resamples: { type: 'string' }, seed: { type: 'string' }, ...HELP_OPTION },
};

type Values = Record<string, string | string[] | boolean | undefined>;

/** The file to write, from --out or --output. */
function outputOf(values: Values): string | undefined {
  const { out, output } = values as { out?: string; output?: string };
  if (out !== undefined && output !== undefined && out !== output) throw new UsageError('--out and --output are one option, and name two files here: give one of them');
  return out ?? output;
}

/** The form `--compact` or `--lean` asks for (docs/CLI.md, Output forms); the full form without either. */
function formOf(values: Record<string, unknown>): AnalysisForm {
  if (values.compact && values.lean) throw new UsageError('--compact and --lean are two forms of the output: give one');
  if (values.lean && values.tokens) throw new UsageError('--tokens adds the tokens, which the lean form leaves out: give one of them');
  return values.compact ? 'compact' : values.lean ? 'lean' : 'full';
}

/** `analyze()`'s options from --skip, --tokens and --max-length. */
function analysisOf(values: Values): AnalyzeOptions {
  const skip = ((values.skip as string[] | undefined) ?? []).flatMap((list) => list.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  for (const name of skip) if (!Object.hasOwn(SKIPPABLE, name)) throw new UsageError(`--skip: unknown analysis ${JSON.stringify(name)}: expected ${Object.keys(SKIPPABLE).join(', ')}`);
  return { skip: [...new Set(skip)] as SkippableStage[], includeTokens: values.tokens === true, ...maxLengthOf(values) };
}

/** `{ maxLength }` from --max-length: a whole number of characters, or Infinity; nothing when not given. */
function maxLengthOf(values: Values): { maxLength?: number } {
  const given = values['max-length'] as string | undefined;
  if (given === undefined) return {};
  const maxLength = given === 'Infinity' ? Number.POSITIVE_INFINITY : /^\d+$/.test(given) ? Number(given) : Number.NaN;
  if (!(maxLength >= 1)) throw new UsageError(`--max-length must be a whole number of characters or Infinity, received ${JSON.stringify(given)}`);
  return { maxLength };
}

/** The whole text to `output`, put in place only once written, or to standard output. */
function emit(text: string, output: string | undefined): void {
  if (output) writeWhole(output, text);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Whether `text`, read from `path`, is empty or not English, as batch would fail it; standard error says which (exit status 1). */
function refused(path: string, text: string): boolean {
  const problem = articleProblem(text);
  if (problem) process.stderr.write(`newslens: ${path === '-' ? 'standard input' : path}: ${problem}\n`);
  return problem !== undefined;
}

const FORMATS = ['json', 'markdown', 'csv', 'html'];

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
  if (!options) throw new UsageError(`unknown command ${JSON.stringify(command)}: expected analyze, batch, report, compare or merge`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed as { values: Values; positionals: string[] };
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return 0;
  }
  const output = outputOf(values);
  if (command === 'analyze') {
    if (positionals.length !== 1) throw new UsageError('analyze takes one FILE, or - for standard input');
    const format = values.format as string;
    const table = values.table as TableName;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format ${JSON.stringify(format)}: expected json, markdown, csv or html`);
    if (format === 'csv' && !TABLE_NAMES.includes(table)) throw new UsageError(`unknown table ${JSON.stringify(table)}: expected ${TABLE_NAMES.join(', ')}`);
    const options = analysisOf(values);
    if (options.includeTokens && format !== 'json') throw new UsageError('--tokens adds the tokens to the JSON: it needs --format json');
    const form = formOf(values);
    if (form !== 'full' && format !== 'json') throw new UsageError(`--${form} is a form of the JSON output: it does not go with --format ${format}`);
    const text = readArticle(positionals[0]);
    if (output) checkWritable(output);
    if (refused(positionals[0] as string, text)) return 1;
    const analysis = analyze(text, options);
    if (format === 'json') emit(JSON.stringify(analysisInForm(analysis, form), null, 2), output);
    else if (format === 'markdown') emit(toMarkdown(analysis), output);
    else if (format === 'html') emit(renderReport(text, analysis), output);
    else emit(tableCsv(table, tableRows({ id: positionals[0] === '-' ? 'stdin' : (positionals[0] as string) }, analysis)[table], true), output);
    return 0;
  }
  if (command === 'batch') {
    if (positionals.length === 0) throw new UsageError('batch needs at least one INPUT: files, a directory, a glob, JSONL, or - for standard input');
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, received ${JSON.stringify(values.jobs)}`);
    if (values.resume && !output) throw new UsageError('--resume needs --out: the file whose ids to skip');
    const shard = values.shard === undefined ? undefined : parseShard(values.shard as string);
    const summary = await runBatch({ inputs: positionals, out: output, tables: values.tables as string | undefined, jobs, resume: values.resume === true, analysis: analysisOf(values), form: formOf(values), shard });
    const skipped = summary.skipped ? `, ${summary.skipped} skipped (already in ${output})` : '';
    const duplicates = summary.duplicates ? `, ${count(summary.duplicates, 'duplicate id')}` : '';
    process.stderr.write(`newslens batch: ${summary.analysed} analysed, ${summary.failed} failed${skipped}${duplicates}${summary.interrupted ? ', interrupted' : ''}\n`);
    if (summary.interrupted) return 130;
    return summary.failed > 0 ? 1 : 0;
  }
  if (command === 'merge') return mergeCommand(positionals, values.input as string[] | undefined, output, values.tables as string | undefined);
  if (command === 'report') {
    if (positionals.length !== 1) throw new UsageError('report takes one FILE, or - for standard input');
    const text = readArticle(positionals[0]);
    if (output) checkWritable(output);
    if (refused(positionals[0] as string, text)) return 1;
    emit(renderReport(text, analyze(text, maxLengthOf(values))), output);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('compare takes one BATCH.jsonl, the output of newslens batch');
  return compare(positionals[0] as string, values.by as string, compareOptionsOf(values), { csv: output, html: values.html as string | undefined, markdown: values.markdown as string | undefined });
}

/** A whole number option of compare from `least` to `most`; `fallback` where not given. */
function wholeNumber(values: Values, name: string, [least, most]: [number, number], fallback: number): number {
  const given = values[name] as string | undefined;
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!/^\d+$/.test(given) || value < least || value > most) throw new UsageError(`--${name} must be a whole number from ${least} to ${most}, received ${JSON.stringify(given)}`);
  return value;
}

function compareOptionsOf(values: Values): CompareOptions {
  const defaults = DEFAULT_COMPARE_OPTIONS;
  return {
    minMentions: wholeNumber(values, 'min-mentions', [1, Number.MAX_SAFE_INTEGER], defaults.minMentions),
    resamples: wholeNumber(values, 'resamples', [1, MAX_RESAMPLES], defaults.resamples),
    seed: wholeNumber(values, 'seed', [0, MAX_SEED], defaults.seed),
  };
}

/** Streams batch output into per-group articles, then writes the tidy CSV and, if asked, the charts and the tables. */
async function compare(path: string, by: string, options: CompareOptions, outputs: { csv?: string; html?: string; markdown?: string }): Promise<number> {
  if (by === '') throw new UsageError('--by names a field of the batch lines (outlet, date, or one of your own)');
  const comparison = new Comparison(by, options);
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
  for (const file of [outputs.csv, outputs.html, outputs.markdown]) if (file) checkWritable(file);
  // A line that is not JSON is bad input, unless it is the last one: a killed batch leaves its last line cut off.
  let cutOff: string | undefined;
  for await (const { line, number } of jsonlLines(input)) {
    if (cutOff) throw new UsageError(`${path}: ${cutOff}`);
    try {
      const record = readBatchLine(line, number);
      if (record) comparison.add(record);
    } catch (error) {
      if (error instanceof SyntaxError) cutOff = error.message;
      else throw new UsageError(`${path}: ${(error as Error).message}`);
    }
  }
  if (cutOff) process.stderr.write(`newslens: ${path}: ${cutOff}: the last line, left out (a batch stopped while writing it?)\n`);
  const rows = comparison.rows();
  if (comparison.comparedEntities().length === 0) process.stderr.write(`newslens compare: ${noEntityCompared(options.minMentions)}\n`);
  emit(stringify(rows, { header: true, columns: ['group', 'measure', 'name', 'value', 'articles', 'low', 'high', 'n'] }), outputs.csv);
  if (outputs.html) writeWhole(outputs.html, renderCompare(rows, by, options));
  if (outputs.markdown) writeWhole(outputs.markdown, compareMarkdown(rows, by, options));
  return 0;
}

// A reader that stops early (\`newslens analyze a.txt | head -1\`) is no error: stop at once and
// quietly, with the status a shell shows for coreutils killed by SIGPIPE (128 + 13), so that
// \`set -o pipefail\` treats newslens as it treats them. Unwritten new files are removed (outputs.ts).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`newslens: cannot write standard output: ${reason(error)}\n`);
  process.exit(error.code === 'EPIPE' ? 141 : 2);
});
// A warning that cannot be written (standard error closed) is lost, not a crash.
process.stderr.on('error', () => {});

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`newslens: ${error.message}\nRun \`newslens --help\` for usage.\n`);
      process.exitCode = 2;
    } else if (error instanceof RangeError && error.message.startsWith('newslens.')) {
      // The library's own refusal of a text (over maxLength): one line, in the command line's words.
      process.stderr.write(`newslens: ${inCommandLineWords(error.message)}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`newslens: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
