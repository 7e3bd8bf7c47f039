/**
 * Trains the target-sentiment model that ships in src/data/models/target-sentiment.json (and its packed
 * form target-sentiment.bin, which a process loads: scripts/pack-target-sentiment.ts), reproducibly:
 *
 *   npx tsx scripts/train-target-sentiment.ts [--train ../shared/data/sentiment/newsmtsc-train.jsonl]
 *
 * Data: NewsMTSC (Hamborg & Donnay, EACL 2021, MIT), train split only; its dev splits are for
 * measuring. Each sentence goes through the same pipeline as at run time (markup, structure,
 * tokens) and the same valence hits, so training and reading see identical features.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { NewsDocument, Sentence } from '../src/document/document.js';
import { runPipeline } from '../src/pipeline.js';
import { valenceLexicons } from '../src/shared/sentence-sentiment/lexicons.js';
import { fitSoftmax, type Features, type FitOptions, type SoftmaxData } from '../src/stages/06-sentiment/softmax.js';
import { namingSink, targetFeatures } from '../src/stages/06-sentiment/target-features.js';
import { TARGET_LABELS, targetTokens } from '../src/stages/06-sentiment/target.js';
import { valenceHits, type ValenceHit } from '../src/shared/sentence-sentiment/valence.js';
import { writePackedTargetModel } from './pack-target-sentiment.js';

const { values } = parseArgs({
  options: {
    train: { type: 'string', default: new URL('../../shared/data/sentiment/newsmtsc-train.jsonl', import.meta.url).pathname },
    out: { type: 'string', default: new URL('../src/data/models/target-sentiment.json', import.meta.url).pathname },
  },
});

/** Chosen by 5-fold cross-validation on the train split. */
const FIT: FitOptions = { classes: 3, l2: 1e-4, epochs: 5, learningRate: 0.1, seed: 1, minCount: 3 };
/** A feature whose class weights all lie this close to their mean is dropped: in CV this cost nothing and a tenth of the features. */
const PRUNE = 0.05;
const FOLDS = 5;
/** NewsMTSC polarity codes. */
const LABEL_OF_POLARITY: Record<number, number> = { 2: 0, 4: 1, 6: 2 };

interface Example {
  sentence: string;
  features: Features;
  y: number;
}

/** Reads a NewsMTSC jsonl file into one example per target the tokens cover. */
function readExamples(path: string): Example[] {
  const lexicons = valenceLexicons();
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { sentence_normalized: string; targets: { from: number; to: number; polarity: number }[] };
    const doc: NewsDocument = runPipeline(row.sentence_normalized, 'tokens');
    const hitsOf = new Map<Sentence, ValenceHit[]>();
    for (const target of row.targets) {
      const at = targetTokens(doc, target.from, target.to);
      if (!at) throw new Error(`no token under target ${target.from}-${target.to} in: ${row.sentence_normalized}`);
      let hits = hitsOf.get(at.sentence);
      if (!hits) hitsOf.set(at.sentence, (hits = valenceHits(doc.tokens, at.sentence.tokenStart, at.sentence.tokenEnd, lexicons)));
      const features = new Map<string, number>();
      targetFeatures(doc, at.sentence, at.first, at.last, hits, namingSink((name, value) => features.set(name, value)));
      out.push({ sentence: row.sentence_normalized, features, y: LABEL_OF_POLARITY[target.polarity] as number });
    }
  }
  return out;
}

function macroF1(gold: readonly number[], predicted: readonly number[]): number {
  let sum = 0;
  for (let c = 0; c < 3; c += 1) {
    let tp = 0;
    let wrong = 0;
    gold.forEach((y, i) => {
      if (predicted[i] === c && y === c) tp += 1;
      else if (predicted[i] === c || y === c) wrong += 1;
    });
    sum += tp ? (2 * tp) / (2 * tp + wrong) : 0;
  }
  return sum / 3;
}

function logitsOf(weights: ReadonlyMap<string, Float64Array>, x: Features): number[] {
  const z = [0, 0, 0];
  for (const [name, value] of x) {
    const row = weights.get(name);
    if (row) for (let c = 0; c < 3; c += 1) z[c] = (z[c] as number) + (row[c] as number) * value;
  }
  return z;
}

function argmax(z: readonly number[], offsets: readonly number[]): number {
  let best = 0;
  for (let c = 1; c < z.length; c += 1) if ((z[c] as number) + (offsets[c] as number) > (z[best] as number) + (offsets[best] as number)) best = c;
  return best;
}

/** A fold per sentence (by a hash of its text), so targets of one sentence never straddle train and test. */
function foldOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h % FOLDS;
}

/**
 * Out-of-fold predictions, and the offsets to the negative and positive logits (neutral stays)
 * that maximise their macro-F1: class weighting alone leaves the model slightly off balance.
 */
function crossValidate(examples: readonly Example[]): { plain: number; tuned: number; offsets: number[] } {
  const folds = examples.map((e) => foldOf(e.sentence));
  const logits: number[][] = new Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const part = examples.filter((_, i) => folds[i] !== fold);
    const weights = fitSoftmax(part.map((e) => e.features), part.map((e) => e.y), FIT);
    examples.forEach((e, i) => {
      if (folds[i] === fold) logits[i] = logitsOf(weights, e.features);
    });
  }
  const gold = examples.map((e) => e.y);
  const score = (offsets: number[]): number => macroF1(gold, logits.map((z) => argmax(z, offsets)));
  let best = { tuned: score([0, 0, 0]), offsets: [0, 0, 0] };
  const plain = best.tuned;
  for (let a = -10; a <= 10; a += 1) {
    for (let b = -10; b <= 10; b += 1) {
      const offsets = [a / 10, 0, b / 10];
      const f1 = score(offsets);
      if (f1 > best.tuned + 1e-9) best = { tuned: f1, offsets };
    }
  }
  return { plain, ...best };
}

/** Four significant digits are far finer than the fit's own noise. */
const round = (x: number): number => Number(x.toPrecision(4));

const examples = readExamples(values.train as string);
const cv = crossValidate(examples);
console.error(`${examples.length} targets; ${FOLDS}-fold CV macro-F1 ${cv.plain.toFixed(3)}, ${cv.tuned.toFixed(3)} with offsets ${cv.offsets.join(', ')}`);

const fitted = fitSoftmax(examples.map((e) => e.features), examples.map((e) => e.y), FIT);
const bias = fitted.get('bias') as Float64Array;
cv.offsets.forEach((offset, c) => (bias[c] = (bias[c] as number) + offset));
const weights: Record<string, number[]> = {};
for (const [name, row] of fitted) {
  // Adding one number to all of a feature's class weights changes no probability: centre them, so
  // a feature that does not tell the classes apart shows as all zeros and can go.
  const mean = row.reduce((a, b) => a + b, 0) / row.length;
  const centred = [...row].map((w) => w - mean);
  if (centred.some((w) => Math.abs(w) >= PRUNE)) weights[name] = centred.map(round);
}

const data: SoftmaxData = {
  id: 'newslens/target-sentiment',
  version: '1.0.0',
  source: `Trained by scripts/train-target-sentiment.ts on NewsMTSC train (Hamborg & Donnay, EACL 2021): ${examples.length} targets, 5-fold CV macro-F1 ${cv.tuned.toFixed(3)}`,
  licence: 'MIT (weights); MIT (NewsMTSC, data trained on)',
  description: 'Softmax regression over lexicon evidence around a target (sentence, clause, windows, verb, predicate, quotes) and nearby words; one weight per class (negative, neutral, positive) for each feature.',
  classes: [...TARGET_LABELS],
  weights,
};
writeFileSync(values.out as string, `${JSON.stringify(data)}\n`);
// The packed form beside it is what a process loads.
writePackedTargetModel(values.out as string);
console.error(`wrote ${values.out}: ${Object.keys(weights).length} of ${fitted.size} features`);
