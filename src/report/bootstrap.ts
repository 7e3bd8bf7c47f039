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

/** The articles behind one value: what each adds to the numerator and, for a pooled rate, to the denominator (every one above 0). */
export interface Sample {
  numerators: ArrayLike<number>;
  denominators?: ArrayLike<number>;
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
  return bootstrapIntervals([denominators ? { numerators, denominators } : { numerators }], options)[0];
}

/**
 * `bootstrapInterval` of each sample. Samples of the same number of articles draw the same
 * articles (the draws depend only on that number and the seed), so they share one set of draws:
 * the same intervals as one call each, for the cost of drawing once.
 */
export function bootstrapIntervals(samples: readonly Sample[], options: BootstrapOptions): (Interval | undefined)[] {
  const intervals: (Interval | undefined)[] = new Array(samples.length).fill(undefined);
  const bySize = new Map<number, number[]>();
  samples.forEach((sample, index) => {
    const n = sample.numerators.length;
    if (sample.denominators && sample.denominators.length !== n) throw new RangeError(`bootstrapInterval: ${n} numerators and ${sample.denominators.length} denominators`);
    if (n < 2) return;
    const same = bySize.get(n);
    if (same) same.push(index);
    else bySize.set(n, [index]);
  });
  for (const [n, indices] of bySize) {
    const resampled = resample(n, indices.map((index) => samples[index] as Sample), options);
    indices.forEach((index, k) => (intervals[index] = resampled[k]));
  }
  return intervals;
}

/** The intervals of samples of `n` articles each, from one set of draws. */
function resample(n: number, samples: readonly Sample[], { resamples, seed }: BootstrapOptions): Interval[] {
  // Typed copies: the loops below read one kind of array, whatever arrays the caller built.
  const numerators = samples.map((sample) => Float64Array.from(sample.numerators));
  const denominators = samples.map((sample) => (sample.denominators ? Float64Array.from(sample.denominators) : undefined));
  const values = samples.map(() => new Float64Array(resamples));
  const drawn = new Uint32Array(n);
  const random = mulberry32(seed);
  for (let r = 0; r < resamples; r += 1) {
    for (let draw = 0; draw < n; draw += 1) drawn[draw] = Math.floor(random() * n);
    for (let k = 0; k < samples.length; k += 1) {
      const top = numerators[k] as Float64Array;
      const bottom = denominators[k];
      let numerator = 0;
      let denominator = n;
      if (bottom) {
        denominator = 0;
        for (let draw = 0; draw < n; draw += 1) {
          const article = drawn[draw] as number;
          numerator += top[article] as number;
          denominator += bottom[article] as number;
        }
      } else {
        for (let draw = 0; draw < n; draw += 1) numerator += top[drawn[draw] as number] as number;
      }
      (values[k] as Float64Array)[r] = numerator / denominator;
    }
  }
  return values.map((sorted) => {
    sorted.sort();
    return { low: quantile(sorted, TAIL), high: quantile(sorted, 1 - TAIL) };
  });
}
