// One benchmark case in its own process, so its peak memory is its own.
// Usage: node bench/case.mjs <row> <text>   (prints one JSON line)
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from 'newslens';

const [row, textName] = process.argv.slice(2);
const article = readFileSync(new URL('../fixtures/soleimani-us-israel.txt', import.meta.url), 'utf8');
const texts = { fixture: article, 'fixture x100': `${article}\n\n`.repeat(100) };
const rows = { 'analyze()': (text) => analyze(text) };

const text = texts[textName];
const run = rows[row];
const wink = winkNLP(model);
const bench = new Bench({ time: textName === 'fixture' ? 2000 : 6000, warmupTime: 500 });
bench.add('newslens', () => run(text));
bench.add('wink-nlp readDoc', () => wink.readDoc(text));
await bench.run();
const [ours, baseline] = bench.tasks.map((task) => task.result.latency.mean);
console.log(JSON.stringify({ row, text: textName, chars: text.length, ms: ours, winkMs: baseline, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
