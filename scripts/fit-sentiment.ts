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
 * 2014, MIT; mean of at least 20 raters, -4..4, put on -1..1). The SemEval-2007 Task 14
 * headlines (valence -100..100) are licensed for evaluation only: the fit is scored on them,
 * never fitted to them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pearson, readRatings } from '../eval/stats.mjs';
import { runPipeline } from '../src/pipeline.js';
import { roundScore } from '../src/shared/scores.js';
import { SCORERS, valenceLexicons } from '../src/shared/sentence-sentiment/lexicons.js';
import { sentenceFeatures } from '../src/shared/sentence-sentiment/score.js';
import { valenceHits } from '../src/shared/sentence-sentiment/valence.js';

const data = (file: string): string => new URL(`../../shared/data/sentiment/${file}`, import.meta.url).pathname;
const { values } = parseArgs({ options: { nyt: { type: 'string', default: data('nyt-editorials-dev.tsv') }, semeval2007: { type: 'string', default: data('semeval2007-headlines-dev.tsv') } } });

/** Rows of `id<TAB>rating<TAB>text`, the rating divided by the scale's maximum. */
const ratings = (path: string, maximum: number): { text: string; rating: number }[] => (readRatings(path) as { text: string; rating: number }[]).map(({ text, rating }) => ({ text, rating: rating / maximum }));

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

/** Solves (XᵀX + λnI) w = Xᵀy by Gaussian elimination; a dozen features need nothing more. */
function ridge(rows: number[][], targets: number[], lambda: number): number[] {
  const d = (rows[0] as number[]).length;
  const a = Array.from({ length: d }, () => new Array<number>(d + 1).fill(0));
  rows.forEach((x, i) => {
    for (let p = 0; p < d; p += 1) {
      const row = a[p] as number[];
      row[d] = (row[d] as number) + (x[p] as number) * (targets[i] as number);
      for (let q = 0; q < d; q += 1) row[q] = (row[q] as number) + (x[p] as number) * (x[q] as number);
    }
  });
  for (let p = 0; p < d; p += 1) (a[p] as number[])[p] = ((a[p] as number[])[p] as number) + lambda * rows.length;
  for (let c = 0; c < d; c += 1) {
    const pivot = a[c] as number[];
    for (let r = 0; r < d; r += 1) {
      if (r === c) continue;
      const row = a[r] as number[];
      const factor = (row[c] as number) / (pivot[c] as number);
      for (let q = c; q <= d; q += 1) row[q] = (row[q] as number) - factor * (pivot[q] as number);
    }
  }
  return a.map((row, p) => (row[d] as number) / (row[p] as number));
}

const sets = { nyt: ratings(values.nyt as string, 4), semeval2007: ratings(values.semeval2007 as string, 100) };
const features = { nyt: sets.nyt.map((row) => textFeatures(row.text)), semeval2007: sets.semeval2007.map((row) => textFeatures(row.text)) };
const weights = ridge(features.nyt, sets.nyt.map((row) => row.rating), 1e-3);
const predict = (x: number[]): number => x.reduce((sum, value, k) => sum + value * (weights[k] as number), 0);
const fit = { nyt: pearson(features.nyt.map(predict), sets.nyt.map((row) => row.rating)), semeval2007: pearson(features.semeval2007.map(predict), sets.semeval2007.map((row) => row.rating)) };

const file = {
  id: 'newslens/sentiment-weights',
  version: '1.0.0',
  source: `Fitted by scripts/fit-sentiment.ts on NYT editorial sentences (VADER release, Hutto & Gilbert 2014, MIT; ${sets.nyt.length} sentences, r ${fit.nyt.toFixed(3)}); scored, not fitted, on SemEval-2007 Task 14 headlines (${sets.semeval2007.length}, r ${fit.semeval2007.toFixed(3)})`,
  licence: 'MIT',
  weights: Object.fromEntries(SCORERS.map((scorer, k) => [scorer, { sum: roundScore(weights[2 * k] as number), mean: roundScore(weights[2 * k + 1] as number) }])),
};
writeFileSync(new URL('../src/data/models/sentiment-weights.json', import.meta.url), `${JSON.stringify(file, null, 1)}\n`);
console.log(file.source);
console.log(JSON.stringify(file.weights));
