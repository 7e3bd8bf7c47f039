// Cold start and heap after load, newslens against wink-nlp alone. Each side runs in a fresh
// process (node --expose-gc bench/cold.mjs newslens|wink): import newslens and analyze() the
// bundled article, or load wink-nlp with its model and readDoc() it. The child reports the
// time since its process began (Node's own start-up counts on both sides), its CPU time, and
// heapUsed after a full collection. heapUsed leaves out the backing stores of ArrayBuffers
// (typed-array tables, Buffers), so the child also reports them (`arrayBuffers`) and all memory
// outside the V8 heap that V8 knows of (`external`, which includes them), shown beside the heap
// row. The parent runs PAIRS pairs, the two sides in turn, and each ratio is the median of the
// pairs' ratios.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PAIRS = 5;
const side = process.argv[2];

if (side) {
  const text = readFileSync(new URL('../fixtures/soleimani-us-israel.txt', import.meta.url), 'utf8');
  if (side === 'newslens') {
    const { analyze } = await import('newslens');
    analyze(text);
  } else {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    winkNLP(model).readDoc(text);
  }
  const wallMs = performance.now();
  const { user, system } = process.cpuUsage();
  globalThis.gc();
  globalThis.gc();
  const memory = process.memoryUsage();
  console.log(JSON.stringify({ wallMs, cpuMs: (user + system) / 1000, heapMb: memory.heapUsed / 2 ** 20, externalMb: memory.external / 2 ** 20, arrayBuffersMb: memory.arrayBuffers / 2 ** 20 }));
} else {
  const run = (name) => JSON.parse(execFileSync(process.execPath, ['--expose-gc', new URL(import.meta.url).pathname, name], { encoding: 'utf8' }));
  const pairs = Array.from({ length: PAIRS }, () => ({ newslens: run('newslens'), wink: run('wink') }));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const of = (key) => ({
    newslens: median(pairs.map((pair) => pair.newslens[key])),
    wink: median(pairs.map((pair) => pair.wink[key])),
    ratio: median(pairs.map((pair) => pair.newslens[key] / pair.wink[key])),
  });
  console.log(JSON.stringify({ pairs: PAIRS, wall: of('wallMs'), cpu: of('cpuMs'), heap: of('heapMb'), external: of('externalMb'), arrayBuffers: of('arrayBuffersMb') }));
}
