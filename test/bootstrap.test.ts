import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, mulberry32, quantile } from '../src/report/bootstrap.js';

describe('mulberry32()', () => {
  it('gives the reference sequence (Tommy Ettinger’s mulberry32, seed 1)', () => {
    const random = mulberry32(1);
    expect(Array.from({ length: 4 }, () => random())).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741]);
  });

  it('keeps its state to 32 bits: three steps on from a seed is where the seed three steps on starts (the reference’s unmasked sum drifts after millions of steps)', () => {
    const random = mulberry32(0xffffffff);
    const after = mulberry32(0xffffffff + 0x6d2b79f5 * 3);
    random();
    random();
    random();
    expect(random()).toBe(after());
  });
});

describe('quantile()', () => {
  it('interpolates between the nearest values, as R’s quantile() type 7 and numpy’s percentile()', () => {
    expect(quantile([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
    expect(quantile([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(quantile([5], 0.5)).toBe(5);
  });
});

describe('bootstrapInterval()', () => {
  const options = { resamples: 2000, seed: 1 };

  it('reads the percentiles of the resampled means: a hand-worked case', () => {
    // Seed 1's first nine numbers pick articles 1 0 1 | 2 2 0 | 1 2 1 of three: means 2, 4, 4;
    // type 7 puts the 2.5th percentile at 2 + 0.05 × (4 − 2) and the 97.5th at 4.
    expect(bootstrapInterval([0, 3, 6], undefined, { resamples: 3, seed: 1 })).toEqual({ low: 2.1, high: 4 });
  });

  it('pools a rate over the drawn articles: Σ numerators / Σ denominators, a hand-worked case', () => {
    // Articles 1 0 | 1 1 | 1 0 | 1 1 | 0 1 of two: 1/4, 0/6, 1/4, 0/6, 1/4.
    expect(bootstrapInterval([1, 0], [1, 3], { resamples: 5, seed: 1 })).toEqual({ low: 0, high: 0.25 });
  });

  it('gives the same interval every time for the same values and seed, another for another seed', () => {
    const tones = [0.12, -0.4, 0.05, 0.3, -0.1, 0.22];
    const first = bootstrapInterval(tones, undefined, options);
    expect(bootstrapInterval(tones, undefined, options)).toEqual(first);
    expect(first).toEqual({ low: -0.17500000000000002, high: 0.20166666666666666 });
    expect(bootstrapInterval(tones, undefined, { ...options, seed: 2 })).not.toEqual(first);
  });

  it('gives no interval for fewer than two articles, rather than one of zero width', () => {
    expect(bootstrapInterval([0.4], undefined, options)).toBeUndefined();
    expect(bootstrapInterval([3], [120], options)).toBeUndefined();
    expect(bootstrapInterval([], undefined, options)).toBeUndefined();
  });

  it('refuses numerators and denominators of different lengths', () => {
    expect(() => bootstrapInterval([1, 2], [3], options)).toThrow(RangeError);
  });

  const articles = fc.array(fc.record({ numerator: fc.double({ min: -1, max: 1, noNaN: true }), denominator: fc.integer({ min: 1, max: 500 }) }), { minLength: 2, maxLength: 30 });
  const settings = fc.record({ resamples: fc.integer({ min: 1, max: 300 }), seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }) });
  const epsilon = 1e-9;

  it('lies between the smallest and the largest article’s own ratio, low ≤ high (property)', () => {
    fc.assert(
      fc.property(articles, settings, fc.boolean(), (sample, bootstrap, pooled) => {
        const numerators = sample.map((article) => article.numerator);
        const denominators = pooled ? sample.map((article) => article.denominator) : undefined;
        const ratios = sample.map((article, index) => article.numerator / (denominators?.[index] ?? 1));
        const interval = bootstrapInterval(numerators, denominators, bootstrap) as { low: number; high: number };
        expect(interval.low).toBeLessThanOrEqual(interval.high);
        expect(interval.low).toBeGreaterThanOrEqual(Math.min(...ratios) - epsilon);
        expect(interval.high).toBeLessThanOrEqual(Math.max(...ratios) + epsilon);
      }),
    );
  });

  it('is one point where every article has the same value, and scales with the values (property)', () => {
    fc.assert(
      fc.property(articles, settings, fc.double({ min: 0.01, max: 100, noNaN: true }), (sample, bootstrap, factor) => {
        const numerators = sample.map((article) => article.numerator);
        const same = bootstrapInterval(numerators.map(() => numerators[0] as number), undefined, bootstrap) as { low: number; high: number };
        expect(same.low).toBeCloseTo(numerators[0] as number, 9);
        expect(same.high).toBeCloseTo(numerators[0] as number, 9);
        const interval = bootstrapInterval(numerators, undefined, bootstrap) as { low: number; high: number };
        const scaled = bootstrapInterval(numerators.map((value) => value * factor), undefined, bootstrap) as { low: number; high: number };
        expect(scaled.low).toBeCloseTo(interval.low * factor, 6);
        expect(scaled.high).toBeCloseTo(interval.high * factor, 6);
      }),
    );
  });
});
