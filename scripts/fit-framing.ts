/**
 * Fits the frame models in src/data/models/framing-weights.json, reproducibly:
 *
 *   npx tsx scripts/fit-framing.ts [--narrative PATH]
 *
 * The generic frames are fitted on the narrative-frames development file (Frermann et al., ACL
 * 2023; MIT), with `responsibility` against its `resolution`. Policy frames have no weights
 * (src/stages/08-framing/score.ts shareScore): their one labelled set, SemEval-2023, is licensed for
 * evaluation only. Each frame is an L2-regularised logistic regression over standardised
 * features (src/stages/08-framing/features.ts): its items' cue rates and the analysis features
 * that bear on it. Full-batch gradient descent from zero, so a rerun gives
 * the same file. The threshold that maximises F1 on the training articles is folded into the
 * intercept, so every frame is present from 0.5. Five-fold cross-validated F1 (thresholds chosen
 * inside the training folds, three shuffles) is written beside the weights.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/pipeline.js';
import { countCues, sentenceFacts, spanFeatures } from '../src/stages/08-framing/features.js';
import { readCues } from '../src/stages/08-framing/index.js';
import { frameLexicons, keyOf } from '../src/stages/08-framing/lexicons.js';
import { type FrameModel, frameScore } from '../src/stages/08-framing/score.js';
import { NARRATIVE_LABEL } from '../eval/framing.mjs';
import { confusion, f1, readJsonl } from '../eval/stats.mjs';

const data = (name: string): string => new URL(`../../shared/data/framing/${name}`, import.meta.url).pathname;
const { values } = parseArgs({ options: { narrative: { type: 'string', default: data('narrative-frames-dev.jsonl') } } });

const lexicons = frameLexicons();
function features(text: string): Record<string, number> {
  const doc = runPipeline(text, 'sentiment');
  const { sentences, cues } = readCues(doc, lexicons);
  const facts = sentenceFacts(doc);
  return spanFeatures(sentences, facts, countCues(facts, sentences, cues), lexicons.keys);
}

const L2 = 5;
const STEPS = 600;
const RATE = 0.5;
const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Logistic regression on standardised features, with the F1-best threshold folded into the intercept. */
function fit(names: string[], X: Record<string, number>[], y: boolean[]): FrameModel {
  const n = X.length;
  const columns = names.map((name) => X.map((x) => x[name] ?? 0));
  const mean = columns.map((column) => column.reduce((a, b) => a + b, 0) / n);
  const scale = columns.map((column, j) => Math.sqrt(column.reduce((a, b) => a + (b - (mean[j] as number)) ** 2, 0) / n) || 1);
  const Z = X.map((_, i) => columns.map((column, j) => ((column[i] as number) - (mean[j] as number)) / (scale[j] as number)));
  const weights = new Array<number>(names.length).fill(0);
  let intercept = 0;
  for (let step = 0; step < STEPS; step += 1) {
    let gradIntercept = 0;
    const grad = new Array<number>(names.length).fill(0);
    Z.forEach((z, i) => {
      const error = sigmoid(intercept + z.reduce((sum, v, j) => sum + v * (weights[j] as number), 0)) - (y[i] ? 1 : 0);
      gradIntercept += error;
      z.forEach((v, j) => (grad[j] = (grad[j] as number) + error * v));
    });
    intercept -= (RATE * gradIntercept) / n;
    weights.forEach((w, j) => (weights[j] = w - RATE * ((grad[j] as number) + L2 * w) / n));
  }
  const model: FrameModel = { features: names, mean, scale, weights, intercept };
  const threshold = bestThreshold(X.map((x) => frameScore(model, x)), y);
  const round = (x: number): number => Math.round(x * 1e6) / 1e6;
  return { features: names, mean: mean.map(round), scale: scale.map(round), weights: weights.map(round), intercept: round(intercept - logit(threshold)) };
}
/** F1 of yes/no predictions against gold. */
const f1Of = (gold: boolean[], predicted: boolean[]): number => f1(confusion(gold, predicted));
/** The midpoint between adjacent scores that gives the best F1 (the lowest, if every article is called present). */
function bestThreshold(scores: number[], gold: boolean[]): number {
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  let best = { threshold: Math.max(1e-6, (sorted[0] as number) / 2), f1: f1Of(gold, scores.map(() => true)) };
  for (let k = 0; k + 1 < sorted.length; k += 1) {
    const threshold = ((sorted[k] as number) + (sorted[k + 1] as number)) / 2;
    const value = f1Of(gold, scores.map((s) => s > threshold));
    if (value > best.f1) best = { threshold, f1: value };
  }
  return Math.min(1 - 1e-6, best.threshold);
}

/** Out-of-fold predictions: 5 folds of a seeded shuffle; a frame is present only with a cue of its own (`own` rates). */
function crossValidated(names: string[], own: string[], X: Record<string, number>[], y: boolean[], seed: number): boolean[] {
  const order = X.map((_, i) => i);
  let state = seed;
  for (let i = order.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const predicted = new Array<boolean>(X.length).fill(false);
  for (let fold = 0; fold < 5; fold += 1) {
    const test = order.filter((_, r) => r % 5 === fold);
    const train = order.filter((_, r) => r % 5 !== fold);
    const model = fit(names, train.map((i) => X[i] as Record<string, number>), train.map((i) => y[i] as boolean));
    for (const i of test) predicted[i] = frameScore(model, X[i] as Record<string, number>) >= 0.5 && own.some((name) => ((X[i] as Record<string, number>)[name] ?? 0) > 0);
  }
  return predicted;
}
const SEEDS = [1, 2, 3];
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The analysis features each generic frame reads, for the items its cues cannot see: the
 * parties, voices and tone of a conflict; the people, voices and feeling of human interest;
 * the amounts and firms of economic consequences; the tone and voices of morality.
 * Responsibility's items (who can solve, who is to blame, solutions, urgency) are all worded,
 * so it reads its cues alone.
 */
const ANALYSIS: Record<string, string[]> = {
  conflict: ['people', 'organisations', 'places', 'quoted', 'negative'],
  human_interest: ['people', 'quoted', 'tone'],
  economic_consequences: ['organisations', 'amounts'],
  morality: ['quoted', 'tone', 'negative'],
  responsibility: [],
};

const narrative = readJsonl(values.narrative as string) as { text: string; frames: Record<string, boolean> }[];
const NX = narrative.map((row) => features(row.text));
const generic: Record<string, FrameModel> = {};
const genericCv: Record<string, number> = {};
for (const frame of lexicons.generic.frames) {
  const own = (frame.items ?? []).map((item) => `rate:${keyOf('generic', frame.id, item.id)}`);
  const names = [...own, ...(ANALYSIS[frame.id] ?? [])];
  const y = narrative.map((row) => row.frames[(NARRATIVE_LABEL as Record<string, string>)[frame.id] as string] === true);
  generic[frame.id] = fit(names, NX, y);
  genericCv[frame.id] = r3(mean(SEEDS.map((seed) => f1Of(y, crossValidated(names, own, NX, y, seed)))));
}

const crossValidated5 = { narrativeFrames: { articles: narrative.length, f1: genericCv, macroF1: r3(mean(Object.values(genericCv))) } };
const file = {
  id: 'newslens/framing-weights',
  version: '1.0.0',
  source: `Fitted by scripts/fit-framing.ts on narrative-frames dev (Frermann et al. 2023, MIT; ${narrative.length} articles)`,
  licence: 'MIT',
  crossValidated: crossValidated5,
  generic,
};
writeFileSync(new URL('../src/data/models/framing-weights.json', import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
console.log(JSON.stringify(crossValidated5, null, 1));
