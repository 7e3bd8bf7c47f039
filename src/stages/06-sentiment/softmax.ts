import type { LexiconInfo } from '../../data/lexicon.js';
import { mapPacked } from '../../shared/arrays.js';

/** Sparse features of one example: name → value; absent features are 0. */
export type Features = ReadonlyMap<string, number>;

/** A multinomial logistic regression as stored on disk: one weight per class for each kept feature. */
export interface SoftmaxData extends LexiconInfo {
  description: string;
  classes: string[];
  weights: Record<string, number[]>;
}

/** The weights of the JSON form as one table, a row per feature in the order of `weights`. */
export function tableOfWeights(width: number, weights: Record<string, number[]>): { names: string[]; table: Float64Array } {
  const names = Object.keys(weights);
  const table = new Float64Array(names.length * width);
  names.forEach((name, row) => table.set(weights[name] as number[], row * width));
  return { names, table };
}

/**
 * Multinomial logistic regression: a row of weights per feature, one per class. The weights are
 * one table rather than an array per feature: less heap and less for the collector to trace. A
 * reader finds its features' rows by their names (`names`) and sums them (`addRow`).
 */
export class SoftmaxModel {
  /**
   * `names[r]` is the feature of row r; row r's weight for class c is `table[r * classes.length + c]`
   * (tableOfWeights, or a packed file's table: softmax-file.ts).
   */
  constructor(
    readonly classes: readonly string[],
    readonly names: readonly string[],
    private readonly table: Float64Array,
  ) {}

  /** Adds `value` times row `row`'s weights to `logits` (one per class). */
  addRow(logits: Float64Array, row: number, value: number): void {
    const width = this.classes.length;
    for (let c = 0; c < width; c += 1) logits[c] = (logits[c] as number) + (this.table[row * width + c] as number) * value;
  }
}

/** Turns logits into probabilities, in place. */
export function softmax(logits: number[]): number[] {
  let top = -Infinity;
  for (const z of logits) if (z > top) top = z;
  let sum = 0;
  for (let c = 0; c < logits.length; c += 1) sum += logits[c] = Math.exp((logits[c] as number) - top);
  for (let c = 0; c < logits.length; c += 1) logits[c] = (logits[c] as number) / sum;
  return logits;
}

export interface FitOptions {
  classes: number;
  /** L2 penalty per update. */
  l2: number;
  epochs: number;
  learningRate: number;
  /** Seed of the example order, so a fit is reproducible. */
  seed: number;
  /**
   * Lexical features (their names hold ':' or '=', e.g. "L:attack") seen in fewer examples are
   * dropped: a word met once says more about that sentence than about sentiment.
   */
  minCount: number;
}

/**
 * Fits the weights by AdaGrad SGD on the log loss, each class weighted by its inverse frequency
 * (NewsMTSC is mostly neutral, and the goal is macro-F1), and returns the mean of the weights
 * after each epoch, which is steadier than the last ones.
 */
export function fitSoftmax(xs: readonly Features[], ys: readonly number[], options: FitOptions): Map<string, Float64Array> {
  const K = options.classes;
  const counts = new Map<string, number>();
  for (const x of xs) for (const name of x.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.keys()].filter((name) => !/[:=]/.test(name) || (counts.get(name) as number) >= options.minCount).sort();
  const index = new Map(mapPacked(names, (name, i) => [name, i]));
  const encoded = mapPacked(xs, (x) => {
    const rows: number[] = [];
    const values: number[] = [];
    for (const [name, value] of x) {
      const row = index.get(name);
      if (row === undefined || value === 0) continue;
      rows.push(row);
      values.push(value);
    }
    return { rows, values };
  });
  const perClass = new Array<number>(K).fill(0);
  for (const y of ys) perClass[y] = (perClass[y] as number) + 1;
  const classWeight = mapPacked(perClass, (n) => ys.length / (K * n));

  const W = new Float64Array(names.length * K);
  const G = new Float64Array(W.length).fill(1e-8);
  const mean = new Float64Array(W.length);
  const random = mulberry32(options.seed);
  const order = mapPacked(xs, (_, i) => i);
  const p = new Array<number>(K);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const e of order) {
      const { rows, values } = encoded[e] as { rows: number[]; values: number[] };
      p.fill(0);
      for (let r = 0; r < rows.length; r += 1) for (let c = 0; c < K; c += 1) p[c] = (p[c] as number) + (W[(rows[r] as number) * K + c] as number) * (values[r] as number);
      const probs = softmax(p);
      const y = ys[e] as number;
      const sw = classWeight[y] as number;
      for (let r = 0; r < rows.length; r += 1) {
        const base = (rows[r] as number) * K;
        for (let c = 0; c < K; c += 1) {
          const w = W[base + c] as number;
          const g = sw * ((probs[c] as number) - (c === y ? 1 : 0)) * (values[r] as number) + options.l2 * w;
          G[base + c] = (G[base + c] as number) + g * g;
          W[base + c] = w - (options.learningRate * g) / Math.sqrt(G[base + c] as number);
        }
      }
    }
    for (let i = 0; i < W.length; i += 1) mean[i] = (mean[i] as number) + (W[i] as number) / options.epochs;
  }
  return new Map(mapPacked(names, (name, i) => [name, mean.slice(i * K, (i + 1) * K)]));
}

/** A small seeded generator (mulberry32), so shuffles repeat exactly. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
