// One benchmark case in its own process, so its peak memory is its own.
// Usage: node bench/case.mjs <row> <text>   (prints one JSON line: wall ms and CPU ms, for the
// row and for wink-nlp's readDoc on the same text)
import { existsSync, readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, extractEntities, extractQuotes } from 'newslens';
import { readConll } from '../eval/conll.mjs';

const [row, textName] = process.argv.slice(2);
const article = readFileSync(new URL('../fixtures/soleimani-us-israel.txt', import.meta.url), 'utf8');
const conllPath = new URL('../../shared/data/ner/conll2003-dev.txt', import.meta.url);

/** Each text is a list of documents; a row's function runs once per document. */
const texts = {
  fixture: () => [article],
  'fixture x100': () => [`${article}\n\n`.repeat(100)],
  'CoNLL-2003 dev': () => (existsSync(conllPath) ? readConll(conllPath.pathname).map((document) => document.text) : []),
};
const upToSentiment = (text) => analyze(text, { skip: ['bias', 'framing'] });
const upToBias = (text) => analyze(text, { skip: ['framing'] });
const rows = { 'analyze()': analyze, 'extractEntities()': extractEntities, 'quotes stage': extractQuotes, 'sentiment stage': upToSentiment, 'bias stage': upToBias, 'framing stage': analyze };
/**
 * A stage's own cost, garbage collection included: the analysis with the stage less the
 * analysis without it.
 */
const before = { 'quotes stage': extractEntities, 'sentiment stage': extractQuotes, 'bias stage': upToSentiment, 'framing stage': upToBias };

const documents = texts[textName]();
if (documents.length === 0) {
  console.log(JSON.stringify({ row, text: textName, skipped: 'data not found' }));
  process.exit(0);
}
const wink = winkNLP(model);
const tokens = documents.reduce((sum, text) => sum + wink.readDoc(text).tokens().length(), 0);
const readDoc = (text) => wink.readDoc(text);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// This process's CPU time (user + system, so the collector's threads count too): on a shared
// machine other processes' load lengthens wall time but not this.
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Wall and CPU milliseconds of `fn` over the documents. */
const once = (fn) => {
  const wall = performance.now();
  const cpu = cpuNow();
  documents.forEach((text) => fn(text));
  return { wall: performance.now() - wall, cpu: cpuNow() - cpu };
};
/**
 * Medians over rounds in which `ours` and readDoc run in alternation; `ours` returns the
 * round's { wall, cpu } time. Timing one for seconds and then the other lets the machine's load
 * and garbage collection fall unevenly on the two.
 */
const alternate = (rounds, ours) => {
  const times = { ms: [], winkMs: [], cpuMs: [], winkCpuMs: [] };
  for (let i = 0; i < rounds + Math.ceil(rounds / 5); i += 1) {
    const own = ours();
    const wink = once(readDoc);
    if (i < Math.ceil(rounds / 5)) continue; // warm-up
    times.ms.push(own.wall);
    times.cpuMs.push(own.cpu);
    times.winkMs.push(wink.wall);
    times.winkCpuMs.push(wink.cpu);
  }
  return Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values)]));
};
const rounds = textName === 'fixture' ? 400 : 25;
let times;
const run = rows[row];
if (before[row]) {
  // The stage's cost is the median of each round's difference between the two analyses.
  times = alternate(rounds, () => {
    const whole = once(run);
    const upToStage = once(before[row]);
    return { wall: whole.wall - upToStage.wall, cpu: whole.cpu - upToStage.cpu };
  });
} else {
  const bench = new Bench({ time: textName === 'fixture' ? 2000 : 6000, warmupTime: 500 });
  bench.add('newslens', () => documents.forEach((text) => run(text)));
  bench.add('wink-nlp readDoc', () => documents.forEach(readDoc));
  await bench.run();
  const [ms, winkMs] = bench.tasks.map((task) => task.result.latency.mean);
  // tinybench reads wall time only: CPU time comes from alternating rounds after it.
  const { cpuMs, winkCpuMs } = alternate(textName === 'fixture' ? 200 : 5, () => once(run));
  times = { ms, winkMs, cpuMs, winkCpuMs };
}
const chars = documents.reduce((sum, text) => sum + text.length, 0);
console.log(JSON.stringify({ row, text: textName, chars, tokens, ...times, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
