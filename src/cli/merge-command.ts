// The `newslens merge` command: its help, options, and what it says on standard error.
import { count } from '../report/wording.js';
import { runMerge, type MergeSummary } from './merge.js';
import { UsageError } from './records.js';

export const MERGE_HELP = `Usage: newslens merge SHARD... --input INPUT... [options]

Joins the outputs of \`newslens batch --shard K/N\` runs into what one batch over the whole
INPUT writes, byte for byte: the JSONL lines and, with --tables, the tables' rows, in input
order. SHARD is a shard's --out file, a table it wrote, or a directory holding them (searched
below it for .jsonl/.ndjson files and TABLE.csv). Every input id must have its lines in exactly
one shard: an id missing (its task failed: rerun it with --resume), analysed twice or not in the
input is listed on standard error, nothing is written, and the status is 1.

Options:
      --input INPUT     the INPUT the shards read (repeat it, as batch takes several): the ids
                        expected and their order; required
  -o, --out FILE        the merged JSONL (default: standard output; also --output)
      --tables DIR      also merge the tables (every shard must have written them) into DIR
  -h, --help            this help`;

export const MERGE_OPTIONS = { input: { type: 'string', multiple: true }, tables: { type: 'string' } } as const;

/** At most five ids, quoted, and how many more. */
function some(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/** Runs `merge` and says on standard error what it merged or what is wrong; the exit status. */
export async function mergeCommand(shards: string[], inputs: string[] | undefined, out: string | undefined, tables: string | undefined): Promise<number> {
  if (shards.length === 0) throw new UsageError('merge needs at least one SHARD: the --out files of batch --shard runs, or directories holding them');
  if (!inputs || inputs.length === 0) throw new UsageError('merge needs --input, the INPUT the shards read: it gives the ids expected and their order');
  const summary: MergeSummary = await runMerge({ shards, inputs, out, tables });
  const say = (line: string): boolean => process.stderr.write(`newslens merge: ${line}\n`);
  if (summary.missing.length) say(`${count(summary.missing.length, 'input id')} in no shard output (a task that failed or is unfinished: rerun it with --resume): ${some(summary.missing)}`);
  if (summary.duplicated.length) say(`${count(summary.duplicated.length, 'id')} with lines in more than one place (overlapping shards, or a file given twice?): ${some(summary.duplicated)}`);
  if (summary.unexpected.length) say(`${count(summary.unexpected.length, 'id')} in the shards but not in --input (another corpus?): ${some(summary.unexpected)}`);
  for (const file of summary.cutOff) say(`${file} ends in a cut-off line, from a task killed while writing: rerun it with --resume`);
  if (summary.missing.length + summary.duplicated.length + summary.unexpected.length + summary.cutOff.length > 0) {
    say('nothing written');
    return 1;
  }
  const errors = summary.errorLines ? ` (${count(summary.errorLines, 'error line')})` : '';
  say(`${count(summary.lines, 'line')}${errors} from ${count(summary.files, 'shard file')}`);
  return 0;
}
