/**
 * Fits the combined sentiment score's weights in src/data/models/sentiment-weights.json, reproducibly:
 *
 *   npx tsx scripts/fit-sentiment.ts [--nyt PATH] [--semeval2007 PATH]
 *
 * Each sentence gives two features per scorer (src/shared/sentence-sentiment/score.ts): its
 * length-normalised valence sum and its mean hit valence. A text's features are the mean over
 * its sentences, as `scoreSentiment` averages sentence scores. The weights are the ridge
 * least-squares fit, with no intercept (a text without evidence scores 0), of those features
 * to the human ratings of the NYT editorial sentences of the VADER release (Hutto & Gilbert
 * 2014, MIT; mean of at least 20 raters, -4..4, put on -1..1).
 *
 * The ridge penalty is chosen by 10-fold cross-validation with folds by article (the id's
 * part before "_"), so no editorial has sentences on both sides of a fold; the CV r, the
 * in-sample r and each half's r (articles split by id, fitted on the other half) are written
 * into the file's `fit`. The SemEval-2007 Task 14 headlines (valence -100..100) are licensed
 * for evaluation only: the fit is scored on them, never fitted to them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pearson, readRatings } from '../eval/stats.mjs';
import { runPipeline } from '../src/pipeline.js';
import { roundScore } from '../src/shared/scores.js';
import { SCORERS, valenceLexicons } from '../src/shared/sentence-sentiment/lexicons.js';
import { sentenceFeatures } from '../src/shared/sentence-sentiment/score.js';
import { valenceHits } from '../src/shared/sentence-sentiment/valence.js';
import { solve } from './cross-validation.js';

const data = (file: string): string => new URL(`../../shared/data/sentiment/${file}`, import.meta.url).pathname;
const { values } = parseArgs({ options: { nyt: { type: 'string', default: data('nyt-editorials-dev.tsv') }, semeval2007: { type: 'string', default: data('semeval2007-headlines-dev.tsv') } } });

interface Row {
  id: string;
  text: string;
  rating: number;
}

/** Rows of `id<TAB>rating<TAB>text`, the rating divided by the scale's maximum. */
const ratings = (path: string, maximum: number): Row[] => (readRatings(path) as Row[]).map(({ id, text, rating }) => ({ id, text, rating: rating / maximum }));

const lexicons = valenceLexicons();
function textFeatures(text: string): number[] {
  const doc = runPipeline(text, 'tokens');
  const total = new Array<number>(2 * SCORERS.length).fill(0);
  for (const sentence of doc.sentences) {
    const hits = valenceHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, lexicons);
    sentenceFeatures(doc.tokens, sentence.tokenStart, sentence.tokenEnd, hits, lexicons).forEach((value, k) => (total[k] = (total[k] as number) + value / doc.sentences.length));
  }
  return total;
}

/** Solves (XᵀX + λnI) w = Xᵀy; a dozen features need nothing more. */
function ridge(rows: number[][], targets: number[], lambda: number): number[] {
  const d = (rows[0] as number[]).length;
  const gram = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const moment = new Array<number>(d).fill(0);
  rows.forEach((x, i) => {
    for (let p = 0; p < d; p += 1) {
      moment[p] = (moment[p] as number) + (x[p] as number) * (targets[i] as number);
      const row = gram[p] as number[];
      for (let q = 0; q < d; q += 1) row[q] = (row[q] as number) + (x[p] as number) * (x[q] as number);
    }
  });
  for (let p = 0; p < d; p += 1) (gram[p] as number[])[p] = ((gram[p] as number[])[p] as number) + lambda * rows.length;
  return solve(gram, moment);
}

/** The score `combinedScore` gives: the weighted features, clipped to -1..1. */
const predict = (weights: number[], x: number[]): number => Math.max(-1, Math.min(1, x.reduce((sum, value, k) => sum + value * (weights[k] as number), 0)));

const FOLDS = 10;
const LAMBDAS = [1e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1];

const sets = { nyt: ratings(values.nyt as string, 4), semeval2007: ratings(values.semeval2007 as string, 100) };
const features = { nyt: sets.nyt.map((row) => textFeatures(row.text)), semeval2007: sets.semeval2007.map((row) => textFeatures(row.text)) };
const targets = sets.nyt.map((row) => row.rating);
/** NYT ids are `article_sentence`; the development rows hold the even article ids. */
const article = sets.nyt.map((row) => Number(row.id.split('_')[0]));
const articles = [...new Set(article)].sort((a, b) => a - b);
const foldOf = new Map(articles.map((id, k) => [id, k % FOLDS]));

/** Pearson r of the rows in `test` scored by weights fitted on `train`, pooled over the given splits. */
function heldOut(splits: { train: number[]; test: number[] }[], lambda: number): number {
  const predicted: number[] = [];
  const gold: number[] = [];
  for (const { train, test } of splits) {
    const weights = ridge(
      train.map((i) => features.nyt[i] as number[]),
      train.map((i) => targets[i] as number),
      lambda,
    );
    for (const i of test) predicted.push(predict(weights, features.nyt[i] as number[])), gold.push(targets[i] as number);
  }
  return pearson(predicted, gold);
}

const indices = targets.map((_, i) => i);
const folds = Array.from({ length: FOLDS }, (_, fold) => ({ train: indices.filter((i) => foldOf.get(article[i] as number) !== fold), test: indices.filter((i) => foldOf.get(article[i] as number) === fold) }));
const byLambda = LAMBDAS.map((lambda) => ({ lambda, r: heldOut(folds, lambda) }));
const chosen = byLambda.reduce((best, candidate) => (candidate.r > best.r ? candidate : best));
/** The two halves of the articles (even ids: id / 2 odd or even), each scored by a fit on the other. */
const halfOf = (i: number): number => ((article[i] as number) / 2) % 2;
const halves = [0, 1].map((half) => heldOut([{ train: indices.filter((i) => halfOf(i) !== half), test: indices.filter((i) => halfOf(i) === half) }], chosen.lambda));
const weights = ridge(features.nyt, targets, chosen.lambda);
const inSample = { nyt: pearson(features.nyt.map((x) => predict(weights, x)), targets), semeval2007: pearson(features.semeval2007.map((x) => predict(weights, x)), sets.semeval2007.map((row) => row.rating)) };

const file = {
  id: 'newslens/sentiment-weights',
  version: '1.1.0',
  source: `Fitted by scripts/fit-sentiment.ts on NYT editorial sentences (VADER release, Hutto & Gilbert 2014, MIT; ${sets.nyt.length} sentences of ${articles.length} articles, ridge λ ${chosen.lambda} chosen by ${FOLDS}-fold cross-validation by article: CV r ${chosen.r.toFixed(3)}, in-sample r ${inSample.nyt.toFixed(3)}); scored, not fitted, on SemEval-2007 Task 14 headlines (${sets.semeval2007.length}, r ${inSample.semeval2007.toFixed(3)})`,
  licence: 'MIT',
  fit: {
    lambda: chosen.lambda,
    folds: FOLDS,
    nyt: { sentences: sets.nyt.length, articles: articles.length, crossValidatedR: roundScore(chosen.r), inSampleR: roundScore(inSample.nyt), halvesR: halves.map(roundScore) },
    semeval2007: { headlines: sets.semeval2007.length, r: roundScore(inSample.semeval2007) },
  },
  weights: Object.fromEntries(SCORERS.map((scorer, k) => [scorer, { sum: roundScore(weights[2 * k] as number), mean: roundScore(weights[2 * k + 1] as number) }])),
};
writeFileSync(new URL('../src/data/models/sentiment-weights.json', import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
console.log(file.source);
console.log(`CV r by λ: ${byLambda.map(({ lambda, r }) => `${lambda}: ${r.toFixed(3)}`).join(', ')}`);
console.log(`halves (article id / 2 even, odd), each fitted on the other: ${halves.map((r) => r.toFixed(3)).join(', ')}`);
console.log(JSON.stringify(file.weights));
