// Two cut-offs that turn a score into three labels (negative at or below the first, positive at
// or above the second), chosen for macro-F1 on some rows and scored, by k-fold cross-validation,
// only on rows they were not chosen on.
export const CLASSES = ['negative', 'neutral', 'positive'];

/** Macro-F1 over the three classes, and accuracy. */
export function classification(gold, predicted) {
  const f1s = CLASSES.map((c) => {
    const tp = gold.filter((g, i) => g === c && predicted[i] === c).length;
    const p = tp / Math.max(1, predicted.filter((x) => x === c).length);
    const r = tp / Math.max(1, gold.filter((x) => x === c).length);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  });
  return { macroF1: f1s.reduce((s, f) => s + f, 0) / 3, accuracy: gold.filter((g, i) => g === predicted[i]).length / gold.length };
}

/** The label of `score` under cut-offs; a missing score (null) has none and counts as wrong. */
export const cutLabel = (score, { negative, positive }) => (score === null ? 'none' : score <= negative ? 'negative' : score >= positive ? 'positive' : 'neutral');

/** The grid of cut-offs: every 0.005 over -1..1. */
const STEPS = Array.from({ length: 401 }, (_, k) => (k - 200) / 200);

/** Macro-F1 of a confusion table `counts[gold][predicted]` (3×4: the fourth column is no label). */
function macroF1Of(counts) {
  let sum = 0;
  for (let c = 0; c < 3; c += 1) {
    const tp = counts[c][c];
    const predicted = counts[0][c] + counts[1][c] + counts[2][c];
    const actual = counts[c][0] + counts[c][1] + counts[c][2] + counts[c][3];
    sum += tp > 0 ? (2 * tp) / (predicted + actual) : 0;
  }
  return sum / 3;
}

/**
 * The cut-offs with the best macro-F1 on these scores (ties: the first pair on the grid, the
 * negative cut-off before the positive). Every pair on the grid is scored from counts per class
 * of scores at or below, and at or above, each step, so a pair costs no pass over the rows.
 */
export function fitCutoffs(scores, gold) {
  const atOrBelow = [0, 1, 2].map(() => new Array(STEPS.length).fill(0));
  const atOrAbove = [0, 1, 2].map(() => new Array(STEPS.length).fill(0));
  const total = [0, 0, 0];
  const unscored = [0, 0, 0];
  scores.forEach((score, i) => {
    const c = CLASSES.indexOf(gold[i]);
    if (c < 0) return;
    total[c] += 1;
    if (score === null) return void (unscored[c] += 1);
    STEPS.forEach((step, k) => {
      if (score <= step) atOrBelow[c][k] += 1;
      if (score >= step) atOrAbove[c][k] += 1;
    });
  });
  let best;
  const counts = [0, 1, 2].map(() => [0, 0, 0, 0]);
  for (let n = 0; n < STEPS.length; n += 1) {
    for (let p = n; p < STEPS.length; p += 1) {
      for (let c = 0; c < 3; c += 1) {
        const negative = atOrBelow[c][n];
        // A score on both cut-offs (n = p) is negative: the negative test comes first.
        const positive = p > n ? atOrAbove[c][p] : total[c] - unscored[c] - negative;
        counts[c][0] = negative;
        counts[c][2] = positive;
        counts[c][1] = total[c] - unscored[c] - negative - positive;
        counts[c][3] = unscored[c];
      }
      const macroF1 = macroF1Of(counts);
      if (!best || macroF1 > best.macroF1) best = { negative: STEPS[n], positive: STEPS[p], macroF1 };
    }
  }
  return { negative: best.negative, positive: best.positive };
}

/**
 * Labels for every row from cut-offs fitted on the other folds (row i is in fold i mod k), and
 * the cut-offs of each fold.
 */
export function crossValidatedLabels(scores, gold, k = 5) {
  const labels = new Array(scores.length);
  const folds = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train = scores.map((_, i) => i).filter((i) => i % k !== fold);
    const cuts = fitCutoffs(train.map((i) => scores[i]), train.map((i) => gold[i]));
    folds.push(cuts);
    scores.forEach((score, i) => {
      if (i % k === fold) labels[i] = cutLabel(score, cuts);
    });
  }
  return { labels, folds };
}
