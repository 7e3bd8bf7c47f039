import { contextFeatures, lowerAt, lowersOf, NEIGHBOURS, neighbourFeature, wordFeatures, type DocumentView, type SentenceView } from './features.js';
import type { Perceptron } from './perceptron.js';
import { TAGS } from './tags.js';

/**
 * Run-time scoring of the static features, equal to summing the weights of
 * `staticFeatures()` (what training sees) but faster: the word-identity features, most of the
 * lookups, are summed once per distinct word and cached, keyed by the word itself so each
 * lookup hashes a string that already exists.
 */
const MAX_CACHED_WORDS = 50_000;

export class StaticScorer {
  private readonly own = new Map<string, Float64Array>();
  private readonly neighbour = new Map<number, Map<string, Float64Array>>(NEIGHBOURS.map((offset) => [offset, new Map()]));

  constructor(private readonly tagger: Perceptron) {}

  private cached(cache: Map<string, Float64Array>, key: string, features: () => string[]): Float64Array {
    let vector = cache.get(key);
    if (!vector) {
      if (cache.size >= MAX_CACHED_WORDS) cache.clear();
      vector = new Float64Array(TAGS.length);
      this.tagger.addWeights(vector, features());
      cache.set(key, vector);
    }
    return vector;
  }

  /** One vector of static scores per token. */
  score(sentence: SentenceView, doc: DocumentView): Float64Array[] {
    const lowers = lowersOf(sentence);
    return contextFeatures(sentence, doc, lowers).map((features, i) => {
      const vector = new Float64Array(TAGS.length);
      this.tagger.addWeights(vector, features);
      add(vector, this.cached(this.own, lowerAt(lowers, i), () => wordFeatures(lowerAt(lowers, i))));
      for (const offset of NEIGHBOURS) {
        const lower = lowerAt(lowers, i + offset);
        add(vector, this.cached(this.neighbour.get(offset) as Map<string, Float64Array>, lower, () => [neighbourFeature(offset, lower)]));
      }
      return vector;
    });
  }
}

function add(target: Float64Array, vector: Float64Array): void {
  for (let t = 0; t < target.length; t += 1) target[t] = (target[t] as number) + (vector[t] as number);
}
