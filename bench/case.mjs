// One in-process case of npm run bench, in its own process so that its peak memory is its own.
// Usage: node bench/case.mjs real|bundled   (prints one JSON line: the case and its rounds)
//
// Each round calls, for every document in turn, a chain of newslens functions and then
// wink-nlp's readDoc on the same text, timing every call in wall time and in CPU time
// (process.cpuUsage: user + system of all this process's threads, so the compiler's and the
// collector's helpers count; other processes' load lengthens wall time but not this). A stage's
// cost is the difference of two calls in the chain (extractEntities less tokenize is the
// entities stage). bench/rows.mjs turns the rounds of one or more such processes into rows.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze, extractEntities, extractQuotes, tokenize } from 'newslens';
import { bundledArticle, realArticles } from './articles.mjs';

const [textName] = process.argv.slice(2);
const wink = winkNLP(model);
const readDoc = (text) => wink.readDoc(text);
const upToSentiment = (text) => analyze(text, { skip: ['bias', 'framing'] });
const upToBias = (text) => analyze(text, { skip: ['framing'] });

/** The chain both cases call, in pipeline order: each call runs the stages of the one before it, and one more. */
const chain = { tokenize, extractEntities, extractQuotes, upToSentiment, upToBias, analyze };

const cases = {
  real: () => ({ ...realArticles(), warmup: 1, rounds: 5 }),
  bundled: () => ({ texts: [bundledArticle], source: 'the bundled article (fixtures/soleimani-us-israel.txt)', warmup: 50, rounds: 300 }),
};

const { texts, source, warmup, rounds } = cases[textName]();
const calls = { ...chain, readDoc };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** One round: each call's total wall and CPU milliseconds over the documents. */
function round() {
  const wall = Object.fromEntries(Object.keys(calls).map((name) => [name, 0]));
  const cpu = { ...wall };
  for (const text of texts) {
    for (const [name, call] of Object.entries(calls)) {
      const cpuStart = cpuMs();
      const wallStart = performance.now();
      call(text);
      wall[name] += performance.now() - wallStart;
      cpu[name] += cpuMs() - cpuStart;
    }
  }
  return { wall, cpu };
}

for (let r = 0; r < warmup; r += 1) round();
const measured = Array.from({ length: rounds }, round);

console.log(
  JSON.stringify({
    text: textName,
    source,
    documents: texts.length,
    chars: texts.reduce((sum, text) => sum + text.length, 0),
    tokens: texts.reduce((sum, text) => sum + wink.readDoc(text).tokens().length(), 0),
    measured,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
