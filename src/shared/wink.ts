import { createRequire } from 'node:module';
import { loadOnce } from '../data/load.js';
import type winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';

type Nlp = ReturnType<typeof winkNLP>;

/**
 * The one wink-nlp instance, loaded on first use and shared by every call. Both packages are
 * required here rather than imported at the top, because requiring the model alone takes
 * about 140 ms and importing newslens should cost nothing until it is used. Pipes: sentence
 * boundaries, part of speech (which lemmas need) and wink's numeric and temporal entities.
 */
export function wink(): Nlp {
  return loadOnce('wink', () => {
    const require = createRequire(import.meta.url);
    const load = require('wink-nlp') as typeof winkNLP;
    return load(require('wink-eng-lite-web-model') as Model, ['sbd', 'pos', 'ner']);
  });
}
