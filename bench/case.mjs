// One benchmark case in its own process, so its peak memory is its own.
// Usage: node bench/case.mjs <row> <text>   (prints one JSON line)
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
const once = (fn) => {
  const start = performance.now();
  documents.forEach((text) => fn(text));
  return performance.now() - start;
};
let ours;
let baseline;
const run = rows[row];
if (before[row]) {
  // The two analyses and readDoc run in alternation, round after round; the stage's cost is
  // the median of each round's difference. Timing one for seconds and then the other lets the
  // machine's load and garbage collection fall unevenly on the two.
  const rounds = textName === 'fixture' ? 400 : 25;
  const differences = [];
  const readDocs = [];
  for (let i = 0; i < rounds + Math.ceil(rounds / 5); i += 1) {
    const whole = once(run);
    const upToStage = once(before[row]);
    const wink = once(readDoc);
    if (i < Math.ceil(rounds / 5)) continue; // warm-up
    differences.push(whole - upToStage);
    readDocs.push(wink);
  }
  ours = median(differences);
  baseline = median(readDocs);
} else {
  const bench = new Bench({ time: textName === 'fixture' ? 2000 : 6000, warmupTime: 500 });
  bench.add('newslens', () => documents.forEach((text) => run(text)));
  bench.add('wink-nlp readDoc', () => documents.forEach(readDoc));
  await bench.run();
  [ours, baseline] = bench.tasks.map((task) => task.result.latency.mean);
}
const chars = documents.reduce((sum, text) => sum + text.length, 0);
console.log(JSON.stringify({ row, text: textName, chars, tokens, ms: ours, winkMs: baseline, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
