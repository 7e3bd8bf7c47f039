/**
 * Fits the bias score's weights in src/data/models/bias-weights.json, reproducibly:
 *
 *   npx tsx scripts/fit-bias.ts [--babe ../shared/data/bias/babe-dev.jsonl]
 *
 * BABE (Spinde et al., EMNLP Findings 2021; expert labels, evaluation-only licence: the weights
 * are fitted, no text is kept) labels news sentences biased or not. Each sentence's features
 * (src/stages/07-bias/score.ts: markers per category, sentiment strength, subjectivity) are fitted
 * by L2-regularised logistic regression, full-batch gradient descent from zero, so a rerun gives
 * the same file. Five-fold cross-validated ROC AUC is reported beside the fitted one.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { auc, readJsonl } from '../eval/stats.mjs';
import { runPipeline } from '../src/pipeline.js';
import { roundScore } from '../src/shared/scores.js';
import { sentenceEvidence } from '../src/stages/07-bias/index.js';
import { FEATURE_NAMES } from '../src/stages/07-bias/score.js';

const { values } = parseArgs({ options: { babe: { type: 'string', default: new URL('../../shared/data/bias/babe-dev.jsonl', import.meta.url).pathname } } });
const rows = readJsonl(values.babe as string) as { text: string; label_bias: string }[];

/** A text's features: the mean over its sentences (BABE rows are one sentence, a few are split). */
function features(text: string): number[] {
  // Up to quotes, as detectBias() reads: a scare quote needs to know the attributions.
  const doc = runPipeline(text, 'quotes');
  const sentences = doc.analysedSentences();
  const total = new Array<number>(FEATURE_NAMES.length).fill(0);
  for (const sentence of sentences) sentenceEvidence(doc, sentence).features.forEach((value, k) => (total[k] = (total[k] as number) + value / sentences.length));
  return total;
}

const X = rows.map((row) => features(row.text));
const y = rows.map((row) => (row.label_bias === 'Biased' ? 1 : 0));

const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;
function fit(indexes: number[]): { intercept: number; weights: number[] } {
  let intercept = 0;
  const weights = new Array<number>(FEATURE_NAMES.length).fill(0);
  for (let step = 0; step < STEPS; step += 1) {
    let gradIntercept = 0;
    const grad = new Array<number>(weights.length).fill(0);
    for (const i of indexes) {
      const x = X[i] as number[];
      const p = 1 / (1 + Math.exp(-(intercept + x.reduce((sum, value, k) => sum + value * (weights[k] as number), 0))));
      const error = p - (y[i] as number);
      gradIntercept += error;
      x.forEach((value, k) => (grad[k] = (grad[k] as number) + error * value));
    }
    intercept -= (RATE * gradIntercept) / indexes.length;
    weights.forEach((w, k) => (weights[k] = w - RATE * ((grad[k] as number) / indexes.length + L2 * w)));
  }
  return { intercept, weights };
}
const predict = (model: { intercept: number; weights: number[] }, x: number[]): number => model.intercept + x.reduce((sum, value, k) => sum + value * (model.weights[k] as number), 0);

const all = rows.map((_, i) => i);
const folds = 5;
const cvScores = new Array<number>(rows.length).fill(0);
for (let fold = 0; fold < folds; fold += 1) {
  const model = fit(all.filter((i) => i % folds !== fold));
  for (const i of all.filter((i) => i % folds === fold)) cvScores[i] = predict(model, X[i] as number[]);
}
const model = fit(all);
const fitted = auc(all.map((i) => predict(model, X[i] as number[])), y);
const crossValidated = auc(cvScores, y);

const file = {
  id: 'newslens/bias-weights',
  version: '1.0.0',
  source: `Fitted by scripts/fit-bias.ts on BABE dev (Spinde et al. 2021): ${rows.length} sentences, ROC AUC ${fitted.toFixed(3)} (5-fold cross-validated ${crossValidated.toFixed(3)})`,
  licence: 'MIT (weights); BABE: evaluation-only, no text kept',
  intercept: roundScore(model.intercept),
  weights: Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, roundScore(model.weights[k] as number)])),
};
writeFileSync(new URL('../src/data/models/bias-weights.json', import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
console.log(file.source);
console.log(JSON.stringify(file.weights));
