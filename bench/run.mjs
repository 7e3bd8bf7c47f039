// npm run bench: the rows of issue 19's table, each as a ratio to wink-nlp's readDoc measured
// in the same process (or, for cold start and heap, in fresh processes taken in turn), in wall
// time and in CPU time, with the target beside it; then the stages' own costs on the 200 articles
// and on the bundled article, large input, the batch rows and what the machine allows two threads. A report, never
// a test: it always exits 0. On a shared machine, compare the CPU columns: other processes'
// load lengthens wall time, not this process's CPU time.
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { caseRows } from './rows.mjs';

const started = performance.now();
const node = (script, args = []) => execFileSync(process.execPath, [new URL(script, import.meta.url).pathname, ...args], { encoding: 'utf8' });
const json = (out) => JSON.parse(out.trim().split('\n').at(-1));
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

const loadBefore = load();
// The real articles in three fresh processes, whose rounds are pooled: one process's median can
// stray by a tenth either way on a shared machine (see bench/rows.mjs).
const REAL_PROCESSES = 3;
const real = caseRows(Array.from({ length: REAL_PROCESSES }, () => json(node('./case.mjs', ['real']))));
console.error('done: 200 real articles');
const bundled = caseRows([json(node('./case.mjs', ['bundled']))]);
console.error('done: the bundled article');
const cold = json(node('./cold.mjs'));
console.error('done: cold start and heap');

const x = (ratio) => `${ratio.toFixed(2)}×`;
const [realAnalyze, , realEntities, , realSentiment] = real.rows;
const [bundledAnalyze] = bundled.rows;
const table = [
  '| measure | wall: newslens / readDoc | ratio | CPU: newslens / readDoc | CPU ratio | target |',
  '|---|---:|---:|---:|---:|---:|',
  `| \`analyze()\` / \`readDoc\`, ${real.documents} articles | ${realAnalyze.ms.toFixed(0)} / ${realAnalyze.winkMs.toFixed(0)} ms | ${x(realAnalyze.ratio)} | ${realAnalyze.cpuMs.toFixed(0)} / ${realAnalyze.winkCpuMs.toFixed(0)} ms | ${x(realAnalyze.cpuRatio)} | ≤ 3× |`,
  `| \`analyze()\` / \`readDoc\`, the bundled article | ${bundledAnalyze.ms.toFixed(2)} / ${bundledAnalyze.winkMs.toFixed(2)} ms | ${x(bundledAnalyze.ratio)} | ${bundledAnalyze.cpuMs.toFixed(2)} / ${bundledAnalyze.winkCpuMs.toFixed(2)} ms | ${x(bundledAnalyze.cpuRatio)} | ≤ 4× |`,
  `| entities stage / \`readDoc\`, ${real.documents} articles (${((100 * realEntities.cpuMs) / realAnalyze.cpuMs).toFixed(0)}% of \`analyze()\`'s CPU time) | ${realEntities.ms.toFixed(0)} / ${realEntities.winkMs.toFixed(0)} ms | ${x(realEntities.ratio)} | ${realEntities.cpuMs.toFixed(0)} / ${realEntities.winkCpuMs.toFixed(0)} ms | ${x(realEntities.cpuRatio)} | ≤ 1× |`,
  `| sentiment stage / \`readDoc\`, ${real.documents} articles | ${realSentiment.ms.toFixed(0)} / ${realSentiment.winkMs.toFixed(0)} ms | ${x(realSentiment.ratio)} | ${realSentiment.cpuMs.toFixed(0)} / ${realSentiment.winkCpuMs.toFixed(0)} ms | ${x(realSentiment.cpuRatio)} | ≤ 1.3× (issue 18) |`,
  `| cold start: import + first \`analyze()\` vs wink load + first \`readDoc\` (fresh processes, ${cold.pairs} pairs) | ${cold.wall.newslens.toFixed(0)} / ${cold.wall.wink.toFixed(0)} ms | ${x(cold.wall.ratio)} | ${cold.cpu.newslens.toFixed(0)} / ${cold.cpu.wink.toFixed(0)} ms | ${x(cold.cpu.ratio)} | ≤ 1.5× |`,
  `| heap after load vs wink alone (heapUsed after gc; tables in ArrayBuffers are not in it: arrayBuffers ${cold.arrayBuffers.newslens.toFixed(1)} / ${cold.arrayBuffers.wink.toFixed(1)} MB, all external ${cold.external.newslens.toFixed(1)} / ${cold.external.wink.toFixed(1)} MB) | ${cold.heap.newslens.toFixed(1)} / ${cold.heap.wink.toFixed(1)} MB | ${x(cold.heap.ratio)} | | | ≤ 2× |`,
];
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${availableParallelism()} cores seen, load average ${loadBefore} at the start\n`);
console.log(`Issue 19's table. In-process rows: medians of ${real.rounds} rounds (${real.processes} fresh processes, ${real.rounds / real.processes} rounds each) over ${real.source}, and of ${bundled.rounds} rounds on the bundled article; each round calls newslens and readDoc in turn, text by text, and a ratio is the median of the rounds' ratios.\n`);
if (real.documents < 200) console.log(`Note: ../shared/data is absent; the "articles" rows read ${real.source}.\n`);
console.log(table.join('\n'));
const perProcess = (key) => real.firstRowByProcess.map((each) => x(each[key])).join(', ');
console.log(`\nThe first row in each of the ${real.processes} processes alone (median of its rounds): ${perProcess('ratio')} (CPU: ${perProcess('cpuRatio')}).`);

/** Each stage's own cost in one case, as a table. */
const stageTable = (what, { chars, tokens, rounds, rows }, digits) => {
  console.log(`\nEach stage's own cost on ${what} (${chars} characters, ${tokens} wink tokens), medians of ${rounds} rounds:\n`);
  console.log('| row | ms | readDoc ms | ratio | CPU ms | readDoc CPU ms | CPU ratio |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.row} | ${r.ms.toFixed(digits)} | ${r.winkMs.toFixed(digits)} | ${r.ratio.toFixed(2)} | ${r.cpuMs.toFixed(digits)} | ${r.winkCpuMs.toFixed(digits)} | ${r.cpuRatio.toFixed(2)} |`);
};
stageTable(`the ${real.documents} articles`, real, 0);
stageTable('the bundled article', bundled, 2);
console.log(`\nPeak RSS: ${real.peakRssMb.toFixed(0)} MB over the ${real.documents} articles, ${bundled.peakRssMb.toFixed(0)} MB on the bundled article.`);

// Large input: 1x and 10x of real news in one process, and their time ratio.
execFileSync(process.execPath, [new URL('./large.mjs', import.meta.url).pathname], { stdio: 'inherit' });
// The batch rows: the command line over generated articles, one worker against two.
execFileSync(process.execPath, [new URL('./batch.mjs', import.meta.url).pathname], { stdio: 'inherit' });
// The conditions: what a second thread gets on this machine just now.
execFileSync(process.execPath, [new URL('./machine.mjs', import.meta.url).pathname], { stdio: 'inherit' });
console.log(`\nnpm run bench took ${((performance.now() - started) / 60000).toFixed(1)} minutes; load average ${load()} at the end.`);
