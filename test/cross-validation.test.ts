import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldsOf, halves } from '../eval/folds.mjs';
import { chooseStrength, linearScore, outOfFold, ridgeLogistic } from '../scripts/cross-validation.js';

describe('k-fold splits (eval/folds.mjs)', () => {
  it('puts every row in one of k folds whose sizes differ by at most one, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 1000 }), (n, k, seed) => {
        const fold = foldsOf(n, k, seed);
        expect(fold).toHaveLength(n);
        expect(fold.every((f) => Number.isInteger(f) && f >= 0 && f < k)).toBe(true);
        const sizes = Array.from({ length: k }, (_, f) => fold.filter((g) => g === f).length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(foldsOf(n, k, seed)).toEqual(fold);
      }),
    );
  });

  it('splits a file into rows 1, 3, 5 … and 2, 4, 6 …', () => {
    expect(halves(5)).toEqual({ odd: [0, 2, 4], even: [1, 3] });
  });
});

describe('out-of-fold predictions and the regularisation chosen by cross-validation', () => {
  it('never predicts a row with a model trained on it', () => {
    const rows = Array.from({ length: 23 }, (_, i) => 100 + i);
    const predicted = outOfFold(rows, 5, (training) => (row) => training.includes(row));
    expect(predicted).toHaveLength(rows.length);
    expect(predicted.some(Boolean)).toBe(false);
  });

  it('chooses the strength whose held-out predictions score best, the stronger one on a tie', () => {
    const rows = Array.from({ length: 20 }, (_, i) => i);
    const best = chooseStrength([0.01, 0.1, 1], rows, 4, (_, strength) => () => strength, (_, predicted) => -Math.abs((predicted[0] as number) - 0.1));
    expect(best.strength).toBe(0.1);
    expect(chooseStrength([0.01, 0.1], rows, 4, () => () => 0, () => 1).strength).toBe(0.1);
  });
});

describe('ridge logistic regression', () => {
  // A feature that separates the classes with some overlap, and one that is noise.
  const X = Array.from({ length: 200 }, (_, i) => [(i % 10) + (i % 2) * 4, (i * 7919) % 13]);
  const y = X.map((_, i) => i % 2);
  const rows = X.map((_, i) => i);

  it('weighs the separating feature up and shrinks every weight as the penalty grows', () => {
    const weak = ridgeLogistic(X, y, rows, 0.001);
    const strong = ridgeLogistic(X, y, rows, 1);
    expect(weak.weights[0]).toBeGreaterThan(0);
    expect(Math.abs(strong.weights[0] as number)).toBeLessThan(Math.abs(weak.weights[0] as number));
    expect(linearScore(weak, [13, 0])).toBeGreaterThan(linearScore(weak, [0, 0]));
  });

  it('penalises standardised weights, so a feature in other units gets the same fit', () => {
    const model = ridgeLogistic(X, y, rows, 0.1);
    const rescaled = ridgeLogistic(X.map(([a, b]) => [(a as number) * 100, b as number]), y, rows, 0.1);
    expect((rescaled.weights[0] as number) * 100).toBeCloseTo(model.weights[0] as number, 6);
    expect(rescaled.intercept).toBeCloseTo(model.intercept, 6);
  });
});
