/**
 * Honest fitting for the fit scripts (issue 18): k-fold splits, a regularisation strength chosen
 * by cross-validation inside the training rows only, and ridge logistic regression.
 */
import { foldsOf } from '../eval/folds.mjs';

/**
 * Out-of-fold predictions over `rows`: each fold predicted by a model trained on the other folds.
 * `train(rows)` returns a predictor; returned predictions are in `rows` order.
 */
export function outOfFold<P>(rows: readonly number[], k: number, train: (rows: number[]) => (row: number) => P, seed = 1): P[] {
  const fold = foldsOf(rows.length, k, seed);
  const predicted = new Array<P>(rows.length);
  for (let f = 0; f < k; f += 1) {
    const predict = train(rows.filter((_, r) => fold[r] !== f));
    rows.forEach((row, r) => {
      if (fold[r] === f) predicted[r] = predict(row);
    });
  }
  return predicted;
}

/**
 * The strength from `grid` whose out-of-fold predictions over `rows` score best (`score`, higher
 * is better); ties go to the stronger regularisation, the later in a grid sorted weakest first.
 */
export function chooseStrength<P>(grid: readonly number[], rows: readonly number[], k: number, train: (rows: number[], strength: number) => (row: number) => P, score: (rows: readonly number[], predicted: P[]) => number): { strength: number; score: number } {
  let best = { strength: grid[0] as number, score: -Infinity };
  for (const strength of grid) {
    const value = score(rows, outOfFold(rows, k, (training) => train(training, strength)));
    if (value >= best.score) best = { strength, score: value };
  }
  return best;
}

export interface LinearModel {
  intercept: number;
  /** On the features' own scale, so a score is intercept + Σ weight × feature. */
  weights: number[];
}

/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares) on
 * standardised features; `l2` is the penalty on the mean log-loss, (l2 / 2)·|w|² with the
 * intercept unpenalised. Deterministic: the same rows give the same model.
 */
export function ridgeLogistic(X: readonly (readonly number[])[], y: readonly number[], rows: readonly number[], l2: number): LinearModel {
  const d = (X[0] as readonly number[]).length;
  const n = rows.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const i of rows) (X[i] as number[]).forEach((v, j) => (mean[j] = (mean[j] as number) + v / n));
  for (const i of rows) (X[i] as number[]).forEach((v, j) => (scale[j] = (scale[j] as number) + (v - (mean[j] as number)) ** 2 / n));
  scale.forEach((v, j) => (scale[j] = Math.sqrt(v) || 1));
  // Column 0 is the intercept.
  const Z = rows.map((i) => [1, ...(X[i] as number[]).map((v, j) => (v - (mean[j] as number)) / (scale[j] as number))]);
  const beta = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    Z.forEach((z, r) => {
      const p = 1 / (1 + Math.exp(-z.reduce((sum, v, j) => sum + v * (beta[j] as number), 0)));
      const error = p - (y[rows[r] as number] as number);
      const weight = p * (1 - p);
      for (let a = 0; a <= d; a += 1) {
        gradient[a] = (gradient[a] as number) + (error * (z[a] as number)) / n;
        const row = hessian[a] as number[];
        for (let b = 0; b <= d; b += 1) row[b] = (row[b] as number) + (weight * (z[a] as number) * (z[b] as number)) / n;
      }
    });
    for (let j = 1; j <= d; j += 1) {
      gradient[j] = (gradient[j] as number) + l2 * (beta[j] as number);
      (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] as number) + l2;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    step.forEach((s, j) => {
      beta[j] = (beta[j] as number) - s;
      change = Math.max(change, Math.abs(s));
    });
    if (change < 1e-10) break;
  }
  const weights = mean.map((_, j) => (beta[j + 1] as number) / (scale[j] as number));
  return { intercept: (beta[0] as number) - weights.reduce((sum, w, j) => sum + w * (mean[j] as number), 0), weights };
}

export const linearScore = (model: LinearModel, x: readonly number[]): number => model.weights.reduce((sum, w, j) => sum + w * (x[j] as number), model.intercept);

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c += 1) {
    let pivot = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[pivot] as number[])[c] as number)) pivot = r;
    [M[c], M[pivot]] = [M[pivot] as number[], M[c] as number[]];
    const top = M[c] as number[];
    for (let r = c + 1; r < n; r += 1) {
      const row = M[r] as number[];
      const factor = (row[c] as number) / (top[c] as number);
      for (let k = c; k <= n; k += 1) row[k] = (row[k] as number) - factor * (top[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    const row = M[r] as number[];
    let sum = row[n] as number;
    for (let k = r + 1; k < n; k += 1) sum -= (row[k] as number) * (x[k] as number);
    x[r] = sum / (row[r] as number);
  }
  return x;
}
