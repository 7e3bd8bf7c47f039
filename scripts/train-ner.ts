/**
 * Trains the name tagger that ships in src/data/models/ner-perceptron.json, reproducibly:
 *
 *   npx tsx scripts/train-ner.ts [--data ../shared/data/ner] [--epochs 8]
 *
 * Training data, both CC BY 4.0 (attributed in the README and in the model file):
 *  - WikiGold (Balasuriya et al. 2009): Wikipedia articles, PER/ORG/LOC/MISC;
 *  - Broad Twitter Corpus (Derczynski et al. 2016): tweets, PER/ORG/LOC only, so a MISC
 *    guess on a BTC token is never counted as a mistake (the corpus does not annotate MISC).
 * CoNLL-2003 is Reuters' and is used for measuring only, never here.
 *
 * Each document goes through the same pipeline as at run time (markup, structure, tokens),
 * and the gold spans are projected onto newslens tokens, so training and tagging see
 * identical tokens and features.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConll } from '../eval/conll.mjs';
import { runPipeline } from '../src/pipeline.js';
import { staticFeatures } from '../src/stages/04-entities/features.js';
import { annotatedSentences } from '../src/stages/04-entities/sentences.js';
import { packPerceptron } from '../src/stages/04-entities/model-file.js';
import { featuresAt } from '../src/stages/04-entities/perceptron.js';
import { writePackedModel } from './pack-ner-model.js';
import { bestTag, CLASSES, O, TAGS, tagsOf, type EntityClass, type TagSpan } from '../src/stages/04-entities/tags.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: new URL('../../shared/data/ner', import.meta.url).pathname }, epochs: { type: 'string', default: '8' }, out: { type: 'string', default: new URL('../src/data/models/ner-perceptron.json', import.meta.url).pathname } },
});

interface Example {
  features: string[][];
  lowers: string[];
  gold: number[];
  /** The corpus does not annotate MISC: a MISC guess on an O token is not an error. */
  noMisc: boolean;
}

function examples(path: string, noMisc: boolean, sentencesPerDocument?: number): Example[] {
  const out: Example[] = [];
  let skipped = 0;
  for (const document of readConll(path, sentencesPerDocument ? { sentencesPerDocument } : {})) {
    const doc = runPipeline(document.text, 'tokens');
    const { sentences, docView } = annotatedSentences(doc);
    for (const sentence of sentences) {
      const tokens = sentence.view.tokens;
      const spans: TagSpan[] = [];
      for (const gold of document.gold as { start: number; end: number; type: string }[]) {
        const first = tokens.findIndex((token) => token.start === gold.start);
        const last = tokens.findIndex((token) => token.end === gold.end);
        if (first < 0 || last < 0) {
          if (tokens.some((token) => token.start < gold.end && gold.start < token.end)) skipped += 1;
          continue;
        }
        spans.push({ first, last, cls: gold.type as EntityClass });
      }
      out.push({ features: staticFeatures(sentence.view, docView), lowers: tokens.map((token) => token.text.toLowerCase()), gold: tagsOf(tokens.length, spans), noMisc });
    }
  }
  console.error(`${path}: ${out.length} sentences, ${skipped} gold spans not on token boundaries`);
  return out;
}

/** Averaged perceptron training (Collins 2002) with lazy averaging by timestamps. */
class Trainer {
  weights = new Map<string, Float64Array>();
  totals = new Map<string, Float64Array>();
  stamps = new Map<string, Float64Array>();
  instances = 0;

  row(map: Map<string, Float64Array>, feature: string): Float64Array {
    let row = map.get(feature);
    if (!row) map.set(feature, (row = new Float64Array(TAGS.length)));
    return row;
  }

  scores(features: readonly string[]): Float64Array {
    const scores = new Float64Array(TAGS.length);
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (row) for (let t = 0; t < scores.length; t += 1) scores[t] = (scores[t] as number) + (row[t] as number);
    }
    return scores;
  }

  update(truth: number, guess: number, features: readonly string[]): void {
    for (const feature of features) {
      const weights = this.row(this.weights, feature);
      const totals = this.row(this.totals, feature);
      const stamps = this.row(this.stamps, feature);
      for (const [tag, delta] of [[truth, 1], [guess, -1]] as const) {
        totals[tag] = (totals[tag] as number) + (this.instances - (stamps[tag] as number)) * (weights[tag] as number);
        stamps[tag] = this.instances;
        weights[tag] = (weights[tag] as number) + delta;
      }
    }
  }

  averaged(): Map<string, Float64Array> {
    const averaged = new Map<string, Float64Array>();
    for (const [feature, weights] of this.weights) {
      const totals = this.totals.get(feature) as Float64Array;
      const stamps = this.stamps.get(feature) as Float64Array;
      const row = new Float64Array(TAGS.length);
      for (let t = 0; t < row.length; t += 1) row[t] = ((totals[t] as number) + (this.instances - (stamps[t] as number)) * (weights[t] as number)) / this.instances;
      averaged.set(feature, row);
    }
    return averaged;
  }
}

const MISC = new Set(TAGS.flatMap((tag, t) => (tag.endsWith('-MISC') ? [t] : [])));

/** Deterministic shuffle (mulberry32), so training is reproducible. */
function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const data = values.data as string;
// All of BTC (its train, dev and test splits): nothing here is measured on it.
const train = [...examples(`${data}/wikigold/wikigold.conll`, false), ...['train', 'dev', 'test'].flatMap((split) => examples(`${data}/broad-twitter-corpus/split/btc.${split}.conll`, true, 1))];

// A feature seen once in training says more about that sentence than about names: drop it.
const MIN_FEATURE_COUNT = 2;
const counts = new Map<string, number>();
for (const example of train) for (const features of example.features) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
for (const example of train) example.features = example.features.map((features) => features.filter((feature) => (counts.get(feature) ?? 0) >= MIN_FEATURE_COUNT));
const trainer = new Trainer();
const epochs = Number(values.epochs);
for (let epoch = 0; epoch < epochs; epoch += 1) {
  let correct = 0;
  let total = 0;
  for (const example of shuffle(train, epoch + 1)) {
    const tags: number[] = [];
    example.features.forEach((staticFeatures, i) => {
      const features = featuresAt(staticFeatures, example.lowers, tags, i);
      // Training decodes without the run-time continuation rule (continuation.ts): tweets write
      // names in lower case, and the rule would hide those names' tags from the updates.
      const guess = bestTag(trainer.scores(features), tags[i - 1] ?? O, i < example.features.length - 1);
      const truth = example.gold[i] as number;
      trainer.instances += 1;
      const excused = example.noMisc && truth === O && MISC.has(guess);
      if (guess !== truth && !excused) trainer.update(truth, guess, features);
      correct += guess === truth || excused ? 1 : 0;
      total += 1;
      tags.push(guess);
    });
  }
  console.error(`epoch ${epoch + 1}: ${((100 * correct) / total).toFixed(2)}% of tokens tagged right`);
}

// Keep weights that matter, as integers, to keep the shipped file small.
const SCALE = 1000;
const MIN_WEIGHT = 20; // 0.02: smaller weights change almost no decision
const rows: [string, number[]][] = [];
for (const [feature, row] of [...trainer.averaged()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const pairs: number[] = [];
  row.forEach((weight, tag) => {
    const rounded = Math.round(weight * SCALE);
    if (Math.abs(rounded) >= MIN_WEIGHT) pairs.push(tag, rounded);
  });
  if (pairs.length) rows.push([feature, pairs]);
}
const model = packPerceptron(
  {
    id: 'newslens/ner-perceptron',
    version: '1.0.0',
    source: `Averaged perceptron trained by scripts/train-ner.ts (${epochs} epochs) on WikiGold (Balasuriya et al. 2009) and the Broad Twitter Corpus train split (Derczynski et al. 2016), both CC BY 4.0.`,
    licence: 'CC BY 4.0 (training data); model MIT',
    tags: [...TAGS],
    scale: SCALE,
  },
  rows,
);
writeFileSync(values.out as string, `${JSON.stringify(model)}\n`);
// The form a process reads: the same tables as bytes.
writePackedModel(values.out as string);
console.error(`wrote ${rows.length} features for ${CLASSES.join('/')} to ${values.out}`);
