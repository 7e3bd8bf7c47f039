/**
 * Percentile bootstrap intervals for the compare command's measures (docs/CLI.md): articles are
 * resampled with replacement, the measure is computed on each resample, and the interval is the
 * 2.5th and 97.5th percentiles of those values. The resamples come from a seeded generator, so
 * the same values give the same interval on every run and machine.
 */

/** How many resamples an interval is read from unless the caller says otherwise. */
export const DEFAULT_RESAMPLES = 2000;

/** The generator's seed unless the caller gives one. */
export const DEFAULT_SEED = 1;

/** The most resamples an interval takes: more buys no precision a report can show, only time. */
export const MAX_RESAMPLES = 1_000_000;

/** Seeds are the generator's 32-bit states. */
export const MAX_SEED = 2 ** 32 - 1;

/** The coverage of every interval: 95%, from the 2.5th to the 97.5th percentile. */
const TAIL = 0.025;

export interface BootstrapOptions {
  /** Resamples drawn: 1 to MAX_RESAMPLES. */
  resamples: number;
  /** The generator's seed: 0 to MAX_SEED. */
  seed: number;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit state, period 2^32, uniform enough for
 * drawing indices, and the same sequence wherever JavaScript runs. Gives numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The value at quantile `p` of ascending `sorted`, interpolated between the two nearest values
 * (Hyndman and Fan's type 7: R's `quantile()` and numpy's `percentile()` by default).
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] as number;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return lower + (upper - lower) * (position - below);
}

/**
 * The 95% percentile bootstrap interval of Σ numerators / Σ denominators over the articles
 * (the mean of `numerators` when `denominators` is left out: a pooled rate is a ratio of sums,
 * a mean is one whose denominators are all 1). Each resample draws as many articles as there
 * are, with replacement, from a generator started afresh from `seed`, so an interval depends
 * only on its own articles' values, their order, the number of resamples and the seed.
 * Undefined for fewer than two articles: one article has no spread to resample. Every
 * denominator must be above 0, so that no resample divides by 0.
 */
export function bootstrapInterval(numerators: ArrayLike<number>, denominators: ArrayLike<number> | undefined, options: BootstrapOptions): Interval | undefined {
  const n = numerators.length;
  if (denominators && denominators.length !== n) throw new RangeError(`bootstrapInterval: ${n} numerators and ${denominators.length} denominators`);
  if (n < 2) return undefined;
  const random = mulberry32(options.seed);
  const values = new Float64Array(options.resamples);
  for (let resample = 0; resample < options.resamples; resample += 1) {
    let numerator = 0;
    let denominator = 0;
    for (let draw = 0; draw < n; draw += 1) {
      const article = Math.floor(random() * n);
      numerator += numerators[article] as number;
      denominator += denominators ? (denominators[article] as number) : 1;
    }
    values[resample] = numerator / denominator;
  }
  values.sort();
  return { low: quantile(values, TAIL), high: quantile(values, 1 - TAIL) };
}
