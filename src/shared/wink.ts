import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { Model } from 'wink-nlp';

export type Nlp = ReturnType<typeof winkNLP>;

/** One of the decoded model's value tables (`features[name]`): values, their indexes, and how many the model shipped. */
interface ValueTable {
  hash: Record<string, number>;
  list: string[];
  index: number;
  intrinsicSize?: number;
}

/** What wink's `core()` gives, as far as newslens reads it. */
interface CoreModel {
  features: Record<string, ValueTable>;
}

interface Reader {
  nlp: Nlp;
  /** The lexicon: every word, the model's own first. */
  lexeme: ValueTable;
  /** The other tables that grow as wink reads: the prefixes, suffixes and shapes of the words it adds. */
  grown: ValueTable[];
}

/**
 * Once wink's lexicon holds this many words it added (some 80 an article, 5 kB of memory), the
 * instance is replaced (see readWithWink): loading one takes about 250 ms.
 */
const MAX_ADDED_WORDS = 250_000;

let shared: Reader | undefined;
/** The model's custom-entity machines (unused by newslens, but wink loads them), read once. */
let metaCER: unknown;

/**
 * wink-nlp and its English model, loaded on first use, because requiring the model alone takes
 * about 140 ms and importing newslens should cost nothing until it is used. Pipes: sentence
 * boundaries, part of speech (which lemmas need) and wink's numeric and temporal entities.
 */
function load(): Reader {
  const require = createRequire(import.meta.url);
  const winkNlp = require('wink-nlp') as typeof winkNLP;
  const model = require('wink-eng-lite-web-model') as Model & { core: () => CoreModel; metaCER: () => unknown };
  let core: CoreModel | undefined;
  // wink decodes its model once, with core(); catching what it returns keeps the tables in reach.
  // metaCER() JSON-encodes its own last result again at every call, so an instance made after a
  // few dozen others would fail to load: every instance gets the first one's.
  metaCER ??= model.metaCER();
  const nlp = winkNlp({ ...model, core: () => (core = model.core()), metaCER: () => metaCER }, ['sbd', 'pos', 'ner']);
  const { lexeme, ...others } = (core as CoreModel).features;
  return { nlp, lexeme: lexeme as ValueTable, grown: Object.values(others).filter((table) => table.intrinsicSize !== undefined) };
}

/**
 * Lends the shared wink-nlp instance to `read`, which reads one document with it; when `read`
 * is done, wink's lexicon is again as the model shipped it.
 *
 * wink adds every word its model lacks to the lexicon, and its tokenizer keeps a piece of text
 * whole when the lexicon holds it: after "Rubio’s," every later "Rubio’s" came out as one token
 * instead of "Rubio" and "’s", and was tagged differently, so an article's analysis depended on
 * what the process had read before it. So the words a document added, and the new prefixes,
 * suffixes and shapes they brought, are taken out of the model's indexes afterwards. The
 * lexicon's list keeps its words, in step with a table of their properties that wink keeps to
 * itself and never shortens, which is why the instance is replaced once it holds
 * MAX_ADDED_WORDS of them.
 */
export function readWithWink<T>(read: (nlp: Nlp) => T): T {
  shared ??= load();
  const { nlp, lexeme, grown } = shared;
  const known = lexeme.list.length;
  try {
    return read(nlp);
  } finally {
    for (let i = known; i < lexeme.list.length; i += 1) delete lexeme.hash[lexeme.list[i] as string];
    for (const table of grown) {
      const size = table.intrinsicSize as number;
      for (let i = size; i < table.list.length; i += 1) delete table.hash[table.list[i] as string];
      table.list.length = size;
      table.index = size;
    }
    if (lexeme.list.length - (lexeme.intrinsicSize as number) > MAX_ADDED_WORDS) shared = undefined;
  }
}
