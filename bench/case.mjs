// One benchmark case in its own process, so its peak memory is its own.
// Usage: node bench/case.mjs <row> <text>   (prints one JSON line)
import { existsSync, readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, extractEntities } from 'newslens';
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
const rows = { 'analyze()': analyze, 'extractEntities()': extractEntities };

const documents = texts[textName]();
if (documents.length === 0) {
  console.log(JSON.stringify({ row, text: textName, skipped: 'data not found' }));
  process.exit(0);
}
const run = rows[row];
const wink = winkNLP(model);
const tokens = documents.reduce((sum, text) => sum + wink.readDoc(text).tokens().length(), 0);
const bench = new Bench({ time: textName === 'fixture' ? 2000 : 6000, warmupTime: 500 });
bench.add('newslens', () => documents.forEach((text) => run(text)));
bench.add('wink-nlp readDoc', () => documents.forEach((text) => wink.readDoc(text)));
await bench.run();
const [ours, baseline] = bench.tasks.map((task) => task.result.latency.mean);
const chars = documents.reduce((sum, text) => sum + text.length, 0);
console.log(JSON.stringify({ row, text: textName, chars, tokens, ms: ours, winkMs: baseline, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
