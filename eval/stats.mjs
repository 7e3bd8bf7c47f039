// Statistics shared by the evaluation harness and the scripts that fit weights.

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
