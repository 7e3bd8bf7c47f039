// Large input: analyze() on 100 KB and on 1 MB (the default maxLength) of real news, BASIL and
// narrative-frames articles one after another, against wink-nlp's readDoc on the same text, in
// one process after a warm-up. The ratio of the two sizes' times shows whether the cost is
// linear (10) or worse. Prints a markdown table; skipped when the data sets are not beside the
// repository.
import { existsSync, readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from 'newslens';

const SMALL = 100_000;
const ROUNDS = { [SMALL]: 5, [10 * SMALL]: 3 };
const data = (path) => new URL(`../../shared/data/${path}`, import.meta.url);
const basilPath = data('bias/basil-dev.jsonl');
const framesPath = data('framing/narrative-frames-dev.jsonl');

if (!existsSync(basilPath) || !existsSync(framesPath)) {
  console.log('\nLarge input: skipped, the BASIL and narrative-frames data sets are not beside the repository.');
  process.exit(0);
}

const records = (url) => readFileSync(url, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
/** BASIL's sentences grouped into articles (title, blank line, paragraphs), taken in turn with narrative-frames articles. */
function articles() {
  const basil = new Map();
  for (const { article, text } of records(basilPath)) basil.set(article, [...(basil.get(article) ?? []), text]);
  const fromBasil = [...basil.values()].map(([title, ...paragraphs]) => `${title}\n\n${paragraphs.join('\n\n')}`);
  const fromFrames = records(framesPath).map((record) => record.text);
  return Array.from({ length: Math.max(fromBasil.length, fromFrames.length) }, (_, i) => [fromBasil[i], fromFrames[i]]).flat().filter(Boolean);
}
const news = articles().join('\n\n');
const text = (chars) => news.slice(0, chars);

const wink = winkNLP(model);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

analyze(text(SMALL));
analyze(text(SMALL));
const rows = [];
for (const chars of [SMALL, 10 * SMALL]) {
  const sample = text(chars);
  const ours = [];
  const theirs = [];
  // In alternation, so that the machine's load falls evenly on both.
  for (let round = 0; round < ROUNDS[chars]; round += 1) {
    ours.push(ms(() => analyze(sample)));
    theirs.push(ms(() => wink.readDoc(sample)));
  }
  rows.push({ chars, ms: median(ours), winkMs: median(theirs), peakRssMb: process.resourceUsage().maxRSS / 1024 });
}

const [small, large] = rows;
console.log('\nLarge input: real news (BASIL and narrative-frames articles one after another), one process, median of 5 and 3 runs after a warm-up.\n');
console.log('| text | chars | analyze() ms | wink readDoc ms | ratio | peak RSS MB |\n|---|---:|---:|---:|---:|---:|');
for (const [name, row] of [['news 1x', small], ['news 10x', large]]) {
  console.log(`| ${name} | ${row.chars} | ${row.ms.toFixed(0)} | ${row.winkMs.toFixed(0)} | ${(row.ms / row.winkMs).toFixed(2)} | ${row.peakRssMb.toFixed(0)} |`);
}
console.log(`\nanalyze() time, 10x the text against 1x: ${(large.ms / small.ms).toFixed(2)} (linear is 10); wink readDoc: ${(large.winkMs / small.winkMs).toFixed(2)}`);
