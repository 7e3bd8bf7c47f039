// npm run bench: each row's mean time as a ratio to wink-nlp's readDoc on the same text (wall
// time, and the process's CPU time, which other load on a shared machine does not lengthen), its
// throughput, and the peak memory of the process that ran it. A report, never a test: it
// always exits 0. A stage row ("quotes stage", "sentiment stage", "bias stage", "framing stage") times the analysis with the
// stage less the analysis without it, round by round. Rows whose data set is not beside the repository are skipped.
import { execFileSync } from 'node:child_process';

const cases = [
  ['analyze()', 'fixture'],
  ['analyze()', 'fixture x100'],
  ['extractEntities()', 'CoNLL-2003 dev'],
  ['quotes stage', 'fixture'],
  ['quotes stage', 'fixture x100'],
  ['sentiment stage', 'fixture'],
  ['sentiment stage', 'fixture x100'],
  ['bias stage', 'fixture'],
  ['bias stage', 'fixture x100'],
  ['framing stage', 'fixture'],
  ['framing stage', 'fixture x100'],
];

const lines = ['| row | text | chars | newslens ms | wink readDoc ms | ratio | CPU ms | readDoc CPU ms | CPU ratio | tokens/s | peak RSS MB |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
for (const [row, text] of cases) {
  const out = execFileSync(process.execPath, [new URL('./case.mjs', import.meta.url).pathname, row, text], { encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').at(-1));
  if (r.skipped) lines.push(`| ${r.row} | ${r.text} | skipped: ${r.skipped} | | | | | | | | |`);
  else lines.push(`| ${r.row} | ${r.text} | ${r.chars} | ${r.ms.toFixed(2)} | ${r.winkMs.toFixed(2)} | ${(r.ms / r.winkMs).toFixed(2)} | ${r.cpuMs.toFixed(2)} | ${r.winkCpuMs.toFixed(2)} | ${(r.cpuMs / r.winkCpuMs).toFixed(2)} | ${Math.round(r.tokens / (r.ms / 1000))} | ${r.peakRssMb.toFixed(0)} |`);
  console.error(`done: ${row} on ${text}`);
}
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(lines.join('\n'));
// Large input: 1x and 10x of real news in one process, and their time ratio.
execFileSync(process.execPath, [new URL('./large.mjs', import.meta.url).pathname], { stdio: 'inherit' });
// The batch rows: the command line over a generated corpus, one worker against two.
execFileSync(process.execPath, [new URL('./batch.mjs', import.meta.url).pathname], { stdio: 'inherit' });
