// Statistics and data readers shared by the evaluation harness and the scripts that fit weights.
import { readFileSync } from 'node:fs';

/** The rows of a JSONL file. */
export const readJsonl = (path) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));

/** Rows of `id<TAB>rating<TAB>text` (the VADER and SemEval-2007 rating files). */
export const readRatings = (path) =>
  readFileSync(path, 'utf8').trim().split('\n').map((line) => {
    const [id, rating, ...text] = line.split('\t');
    return { id, rating: Number(rating), text: text.join('\t') };
  });

/** Pearson's correlation coefficient of two equally long lists of numbers. */
export function pearson(x, y) {
  const mean = (v) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    sxy += (xi - mx) * (y[i] - my);
    sxx += (xi - mx) ** 2;
    syy += (y[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/** ROC AUC of `scores` for binary `labels` (1 positive): the chance a positive outranks a negative, ties half. */
export function auc(scores, labels) {
  const order = scores.map((score, i) => ({ score, label: labels[i] })).sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].score === order[i].score) j += 1;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k += 1) if (order[k].label === 1) (rankSum += rank), (positives += 1);
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** True positives, false positives and false negatives of yes/no predictions against gold. */
export function confusion(gold, predicted) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => (g && predicted[i] ? (tp += 1) : predicted[i] ? (fp += 1) : g ? (fn += 1) : 0));
  return { tp, fp, fn };
}

/** F1 from confusion counts; 0 when nothing is right. */
export const f1 = ({ tp, fp, fn }) => (tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0);

/** Ranks 1..n of `values`, ties given their mean rank. */
function ranks(values) {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const rank = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].value === order[i].value) j += 1;
    for (let k = i; k < j; k += 1) rank[order[k].index] = (i + j + 1) / 2;
    i = j;
  }
  return rank;
}

/** Spearman's rank correlation: Pearson's over the ranks, ties given their mean rank. */
export const spearman = (x, y) => pearson(ranks(x), ranks(y));
