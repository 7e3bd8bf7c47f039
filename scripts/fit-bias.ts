/**
 * Fits the bias score's weights in src/data/models/bias-weights.json, reproducibly:
 *
 *   npx tsx scripts/fit-bias.ts [--babe ../shared/data/bias/babe-dev.jsonl]
 *
 * BABE (Spinde et al., EMNLP Findings 2021; expert labels, evaluation-only licence: a handful of
 * weights is fitted, no text or word is kept) labels news sentences biased or not. Each sentence's
 * features (src/stages/07-bias/score.ts) are fitted by L2-regularised logistic regression
 * (scripts/cross-validation.ts), the penalty chosen by 5-fold cross-validated ROC AUC. The file
 * records the figures a reader needs to trust it (issue 18), none scored on the rows fitted:
 * the 5-fold cross-validated AUC with the penalty chosen again inside each training fold (nested),
 * the same out-of-fold scores on the odd and the even rows, and each half's model scored on the
 * other half; the in-sample AUC beside them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { auc, readJsonl } from '../eval/stats.mjs';
import { runPipeline } from '../src/pipeline.js';
import { roundScore } from '../src/shared/scores.js';
import { sentenceEvidence } from '../src/stages/07-bias/index.js';
import { FEATURE_NAMES } from '../src/stages/07-bias/score.js';
import { halves } from '../eval/folds.mjs';
import { chooseStrength, linearScore, outOfFold, ridgeLogistic } from './cross-validation.js';

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

const FOLDS = 5;
/** Penalties on the mean log-loss over standardised features, weakest first. */
const L2_GRID = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3];
const aucOf = (subset: readonly number[], scores: number[]): number => auc(scores, subset.map((i) => y[i] as number));
const trainAt = (subset: number[], l2: number) => {
  const model = ridgeLogistic(X, y, subset, l2);
  return (i: number): number => linearScore(model, X[i] as number[]);
};
/** A model for `subset` with its penalty chosen by cross-validation inside `subset` only. */
const trainTuned = (subset: number[]) => trainAt(subset, chooseStrength(L2_GRID, subset, FOLDS, trainAt, aucOf).strength);

const all = rows.map((_, i) => i);
const chosen = chooseStrength(L2_GRID, all, FOLDS, trainAt, aucOf);
const model = ridgeLogistic(X, y, all, chosen.strength);
const inSample = aucOf(all, all.map((i) => linearScore(model, X[i] as number[])));
const nested = outOfFold(all, FOLDS, trainTuned);
const { odd, even } = halves(rows.length);
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const crossValidated = {
  rows: rows.length,
  folds: FOLDS,
  l2: chosen.strength,
  auc: r3(aucOf(all, nested)),
  oddRows: r3(aucOf(odd, odd.map((i) => nested[i] as number))),
  evenRows: r3(aucOf(even, even.map((i) => nested[i] as number))),
  oddFittedOnEven: r3(aucOf(odd, odd.map(trainTuned(even)))),
  evenFittedOnOdd: r3(aucOf(even, even.map(trainTuned(odd)))),
  inSample: r3(inSample),
};

const file = {
  id: 'newslens/bias-weights',
  version: '2.0.0',
  source: `Fitted by scripts/fit-bias.ts on BABE dev (Spinde et al. 2021): ${rows.length} sentences, ROC AUC ${crossValidated.auc.toFixed(3)} 5-fold cross-validated (${inSample.toFixed(3)} in-sample), L2 ${chosen.strength} chosen by cross-validation`,
  licence: 'MIT (weights); BABE: evaluation-only, no text kept',
  crossValidated,
  intercept: roundScore(model.intercept),
  weights: Object.fromEntries(FEATURE_NAMES.map((name, k) => [name, roundScore(model.weights[k] as number)])),
};
writeFileSync(new URL('../src/data/models/bias-weights.json', import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
console.log(file.source);
console.log(JSON.stringify(crossValidated));
console.log(JSON.stringify(file.weights));
