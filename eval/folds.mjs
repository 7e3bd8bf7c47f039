// k-fold splits shared by the evaluation harness and the fit scripts (scripts/cross-validation.ts),
// and the cross-validated figures those scripts record beside the weights they write.
import { readFileSync } from 'node:fs';

/** The fold (0..k-1) of each of n rows: a seeded shuffle dealt round, so folds differ in size by at most one. */
export function foldsOf(n, k, seed = 1) {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed;
  for (let i = n - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const fold = new Array(n).fill(0);
  order.forEach((row, rank) => (fold[row] = rank % k));
  return fold;
}

/** Rows 1, 3, 5 … (`odd`) and 2, 4, 6 … (`even`) of a file, as indexes: the halves every figure is also given on. */
export const halves = (n) => ({ odd: Array.from({ length: Math.ceil(n / 2) }, (_, k) => 2 * k), even: Array.from({ length: Math.floor(n / 2) }, (_, k) => 2 * k + 1) });

/** A shipped model file (src/data/models/NAME.json) with the figures its fit script recorded, read from the source tree the package was built from. */
export const fittedModel = (name) => JSON.parse(readFileSync(new URL(`../src/data/models/${name}.json`, import.meta.url), 'utf8'));
