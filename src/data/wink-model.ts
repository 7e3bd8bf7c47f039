import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';
import { readDataBytes } from './load.js';
import { littleEndianNumbers, packFile, readPackedFile, sectionText } from './packed-file.js';
import { PackedWords, packWords } from './packed-words.js';

/**
 * wink-eng-lite-web-model's core model, decoded, as newslens ships it (models/wink-core.bin,
 * made by scripts/pack-wink-model.ts). The package decodes its core at every load: it requires
 * 3 MB of JSON, copies it whole (JSON.parse of its JSON.stringify), turns 1.9 MB of base64 into
 * the lexicon byte by byte, and builds an object of its 87,600 words, about 100 ms and
 * megabytes to collect in every process, where an article reads a few hundred of the words.
 * The packed file holds what that decoding gives: the lexicon and expansions as raw uint32
 * sections (the bytes the model's base64 decodes to, read in the host's order as the model
 * reads them), the small tables in the header, and the words as PackedWords (little-endian). The word list and its word → index hash are made lazily (lazyWordList,
 * lazyWordHash): a word becomes an array element or a property the first time wink asks for it.
 * The file also holds the lemmatizer's WordNet exception lists (ExceptionLists), which the
 * package ships as 222 kB of code that every process compiles and runs to build three objects of
 * 5,600 words, where an article looks up a few dozen.
 */
export interface WinkCore {
  header: unknown;
  packing: { layout: Record<string, number[]>; efList: string[] } & Record<string, unknown>;
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  features: Record<string, WinkFeature>;
  tcat: unknown;
  pos: unknown;
  trex: unknown;
  preserve: unknown;
}

export interface WinkFeature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface WinkCoreHeader {
  id: string;
  version: string;
  source: string;
  licence: string;
  builtFrom: string;
  /** The core but for the lexicon, the expansions and the lexeme list, its hashes and its clusters' Sets (as arrays). */
  core: Omit<WinkCore, 'lexicon' | 'xpansions'>;
  /** The features other than the lexeme that carry a hash of their list. */
  hashed: string[];
  lexiconBytes: number;
  xpansionsBytes: number;
  /** The lexemes as PackedWords: their text's UTF-8 bytes, their count, and the size of the hash table. */
  wordBytes: number;
  words: number;
  slots: number;
  /** The lemmatizer's exception lists, by file: their `list index + word` keys as PackedWords, and the lemmas end to end. */
  exceptions: { files: string[]; keyBytes: number; entries: number; slots: number; lemmaBytes: number };
}

/**
 * The WordNet exception lists (word → lemma) of the model's lemmatizer, by the name of the
 * module its lemmatize.js requires each from.
 */
export type ExceptionLists = Record<string, Record<string, string>>;

export const EXCEPTION_FILES = ['wn-adjective-exceptions.js', 'wn-noun-exceptions.js', 'wn-verb-exceptions.js'];

export const WINK_MODEL = 'wink-eng-lite-web-model';
const LEXEME = 'lexeme';
const CLUSTERS = 'posClusters';

/** A list's values → their indexes, built as wink builds it (later duplicates win). */
function inverted(list: readonly unknown[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
  return hash;
}

const bytesOf = (array: Uint32Array | Int32Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** A section of text as UTF-8, checked to read back as the same string. */
function textBytes(text: string, what: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.toString('utf8') !== text) throw new Error(`newslens: ${WINK_MODEL}: ${what} is not valid Unicode`);
  return bytes;
}

/** The file of a decoded core (what the model's `core()` returns) and the lemmatizer's exception lists, with the model's version. */
export function packWinkCore(core: WinkCore, exceptions: ExceptionLists, version: string, builtFrom: string): Buffer {
  const features: Record<string, WinkFeature> = {};
  for (const [name, { hash, list, ...rest }] of Object.entries(core.features)) {
    // A hash that is not its list inverted could not be rebuilt.
    if (hash !== undefined && JSON.stringify(hash) !== JSON.stringify(inverted(list))) throw new Error(`newslens: ${WINK_MODEL} ${version}: the ${name} hash is not its list's`);
    features[name] = { ...rest, list: name === LEXEME ? [] : name === CLUSTERS ? list.map((cluster) => [...(cluster as Set<number>)]) : list };
  }
  const lexemes = core.features[LEXEME]?.list as string[];
  const words = packWords(lexemes);
  const text = textBytes(words.text, `${version}: a lexeme`);
  const keys: string[] = [];
  const lemmas: string[] = [];
  EXCEPTION_FILES.forEach((file, list) => {
    for (const [word, lemma] of Object.entries(exceptions[file] as Record<string, string>)) {
      keys.push(`${list}${word}`);
      lemmas.push(lemma);
    }
  });
  const exceptionKeys = packWords(keys);
  const keyText = textBytes(exceptionKeys.text, `${version}: an exception`);
  const lemmaText = textBytes(lemmas.join(''), `${version}: an exception's lemma`);
  const lemmaStarts = new Int32Array(lemmas.length + 1);
  lemmas.forEach((lemma, i) => (lemmaStarts[i + 1] = (lemmaStarts[i] as number) + lemma.length));
  const { lexicon, xpansions, ...small } = core;
  const header: WinkCoreHeader = {
    id: WINK_MODEL,
    version,
    source: 'winkjs/wink-eng-lite-web-model: the core model (lexicon, features, tokenizer patterns) as its core() decodes it',
    licence: 'MIT',
    builtFrom,
    core: { ...small, features },
    hashed: Object.keys(core.features).filter((name) => name !== LEXEME && core.features[name]?.hash !== undefined),
    lexiconBytes: lexicon.byteLength,
    xpansionsBytes: xpansions.byteLength,
    wordBytes: text.length,
    words: lexemes.length,
    slots: words.slots.length,
    exceptions: { files: EXCEPTION_FILES, keyBytes: keyText.length, entries: keys.length, slots: exceptionKeys.slots.length, lemmaBytes: lemmaText.length },
  };
  return packFile(header, [
    { bytes: bytesOf(lexicon), align: 4 },
    { bytes: bytesOf(xpansions), align: 4 },
    { bytes: text, align: 1 },
    { bytes: bytesOf(words.starts), align: 4 },
    { bytes: bytesOf(words.slots), align: 4 },
    { bytes: keyText, align: 1 },
    { bytes: bytesOf(exceptionKeys.starts), align: 4 },
    { bytes: bytesOf(exceptionKeys.slots), align: 4 },
    { bytes: lemmaText, align: 1 },
    { bytes: bytesOf(lemmaStarts), align: 4 },
  ]);
}

/** A property defined as assignment would: what a lazily made entry becomes. */
const entry = (value: unknown): PropertyDescriptor => ({ value, writable: true, enumerable: true, configurable: true });

/**
 * `text` as V8's one shared copy of it (the internalized string that property names are), which
 * compares by identity and comes with its hash: the words of the model's own list come from
 * JSON.parse, which gives short strings so, and an analysis compares and hashes wink's words by
 * the thousand (fresh copies made a warm analysis 3% slower).
 */
function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0] as string;
}

/**
 * The model's word list as wink reads it (`list[index]`, `length`, `push`; `in` and the
 * searching methods see every word too): an array of holes
 * whose prototype is a proxy of Array.prototype that reads a missing word from `words` and
 * keeps it in the array, so that the next read is a plain element read.
 */
function lazyWordList(words: PackedWords): string[] {
  const indexOf = (key: string | symbol): number => {
    const index = typeof key === 'string' ? Number(key) : -1;
    return index >= 0 && index < words.length && String(index) === key ? index : -1;
  };
  const prototype = new Proxy(Array.prototype, {
    get(target, key, receiver: string[]) {
      const index = indexOf(key);
      if (index < 0) return Reflect.get(target, key, receiver) as unknown;
      const word = internalized(words.word(index));
      Object.defineProperty(receiver, key, entry(word));
      return word;
    },
    has: (target, key) => indexOf(key) >= 0 || Reflect.has(target, key),
  });
  const list = new Array<string>(words.length);
  Object.setPrototypeOf(list, prototype);
  return list;
}

/** The most words not in the model that lazyWordHash remembers as such before it forgets them all. */
const MAX_REMEMBERED_MISSES = 50_000;

/**
 * The model's word → index hash as wink reads and writes it (only by key: `hash[word]`,
 * `hash[word] = index`, and newslens's `delete`): an object whose prototype is a proxy that looks a missing
 * word up in `words` and keeps it on the object. A text that is no model word is kept too, as
 * undefined, so that the tokenizer's next look-up of it (every article asks again for the pieces
 * it tries) is a plain property read, not a trip through the proxy, ten times as slow; there
 * are at most MAX_REMEMBERED_MISSES of them. wink adds the words it learns as its own properties
 * (assignment passes through the proxy to its empty target, which defines them on the object,
 * or overwrites a remembered miss), and newslens deletes them again (shared/wink.ts), never a
 * model word.
 */
function lazyWordHash(words: PackedWords): Record<string, number> {
  const misses: string[] = [];
  const prototype = new Proxy(Object.create(null) as object, {
    get(_target, key, receiver: Record<string, number | undefined>) {
      if (typeof key !== 'string') return undefined;
      const index = words.indexOf(key);
      if (index < 0) {
        if (misses.length === MAX_REMEMBERED_MISSES) forget(receiver, misses);
        misses.push(key);
      }
      Object.defineProperty(receiver, key, entry(index < 0 ? undefined : index));
      return index < 0 ? undefined : index;
    },
  });
  // Made from Object.create(null), a dictionary from the start as wink's own hash: an object made
  // with the proxy for prototype would make a hidden class for each of its first words.
  return Object.setPrototypeOf(Object.create(null), prototype) as Record<string, number>;
}

/**
 * Deletes the remembered misses that are misses still (wink has not learned them since). Only
 * own properties are read: reading one that is gone (newslens deleted a word wink had learned
 * in its place) would ask the proxy, which would remember it again, with the list still full.
 */
function forget(hash: Record<string, number | undefined>, misses: string[]): void {
  for (const key of misses) if (Object.hasOwn(hash, key) && hash[key] === undefined) delete hash[key];
  misses.length = 0;
}

/**
 * The exception lists of a packed file as the lemmatizer reads them (`list[word]`, a lemma or
 * undefined): each an object whose prototype is a proxy that looks the word up in `keys`, so
 * that no object of 5,600 words is built.
 */
function lazyExceptionLists(files: readonly string[], keys: PackedWords, lemmaText: string, lemmaStarts: Int32Array): ExceptionLists {
  const lists: ExceptionLists = Object.create(null) as ExceptionLists;
  files.forEach((file, list) => {
    const prototype = new Proxy(Object.create(null) as object, {
      get(_target, word) {
        const index = typeof word === 'string' ? keys.indexOf(`${list}${word}`) : -1;
        return index < 0 ? undefined : lemmaText.slice(lemmaStarts[index] as number, lemmaStarts[index + 1] as number);
      },
    });
    lists[file] = Object.setPrototypeOf(Object.create(null), prototype) as Record<string, string>;
  });
  return lists;
}

/** The decoded core of a packed file, the lemmatizer's exception lists, and the model version they were made from. */
export function readWinkCore(bytes: Buffer): { version: string; core: WinkCore; exceptions: ExceptionLists } {
  const { header, sections } = readPackedFile<WinkCoreHeader>(bytes, (h) => [
    { length: h.lexiconBytes, align: 4 },
    { length: h.xpansionsBytes, align: 4 },
    { length: h.wordBytes, align: 1 },
    { length: 4 * (h.words + 1), align: 4 },
    { length: 4 * h.slots, align: 4 },
    { length: h.exceptions.keyBytes, align: 1 },
    { length: 4 * (h.exceptions.entries + 1), align: 4 },
    { length: 4 * h.exceptions.slots, align: 4 },
    { length: h.exceptions.lemmaBytes, align: 1 },
    { length: 4 * (h.exceptions.entries + 1), align: 4 },
  ]);
  const [lexicon, xpansions, text, starts, slots, keyText, keyStarts, keySlots, lemmaText, lemmaStarts] = sections as Uint8Array[] as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  // A copy (slice), so that the file's Buffer is not kept; in the host's byte order, as the model reads its own.
  const uint32 = (section: Uint8Array): Uint32Array => new Uint32Array(section.slice().buffer);
  const words = new PackedWords(sectionText(text), littleEndianNumbers(starts, Int32Array), littleEndianNumbers(slots, Int32Array));
  const exceptionKeys = new PackedWords(sectionText(keyText), littleEndianNumbers(keyStarts, Int32Array), littleEndianNumbers(keySlots, Int32Array));
  const exceptions = lazyExceptionLists(header.exceptions.files, exceptionKeys, sectionText(lemmaText), littleEndianNumbers(lemmaStarts, Int32Array));
  const { features } = header.core;
  const lexeme = features[LEXEME] as WinkFeature;
  lexeme.list = lazyWordList(words);
  lexeme.hash = lazyWordHash(words);
  const clusters = features[CLUSTERS] as WinkFeature;
  clusters.list = clusters.list.map((cluster) => new Set(cluster as number[]));
  for (const name of header.hashed) (features[name] as WinkFeature).hash = inverted((features[name] as WinkFeature).list);
  return { version: header.version, core: { ...header.core, lexicon: uint32(lexicon), xpansions: uint32(xpansions) }, exceptions };
}

/** The version of wink-eng-lite-web-model that is installed. */
function installedWinkVersion(): string {
  return (createRequire(import.meta.url)(`${WINK_MODEL}/package.json`) as { version: string }).version;
}

/**
 * The model's own lemmatizer (its dist/lemmatize.js, compiled and run as Node runs a module),
 * given `exceptions` where it requires its exception lists: the same function, without the
 * exception modules' code to compile and run.
 */
function lemmatizerWith(exceptions: ExceptionLists): unknown {
  const file = createRequire(import.meta.url).resolve(`${WINK_MODEL}/dist/lemmatize.js`);
  const requireBeside = createRequire(file);
  const module = { exports: {} as unknown };
  const run = compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module'], { filename: file }) as (exports: unknown, require: (name: string) => unknown, module: { exports: unknown }) => void;
  run(module.exports, (name) => exceptions[name.replace(/^\.\//, '')] ?? requireBeside(name), module);
  return module.exports;
}

/** An automaton with no states, for the pipes wink loads whether they run or not. */
const NO_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * The model object winkNLP() takes, for the pipes newslens runs (sbd, pos, ner). Where the
 * installed model is the version models/wink-core.bin was made from, its core is that file and
 * the package's parts are required one by one: its main module would require and decode the
 * core anyway. The negation and sentiment pipes, which wink loads even when they do not run,
 * get empty automata instead of their 400 kB of machines. Another installed version gets its
 * own model whole.
 */
export function winkModel(installed = installedWinkVersion()): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const part = (file: string): unknown => require(`${WINK_MODEL}/dist/${file}`);
  const packed = readWinkCore(readDataBytes('models/wink-core.bin'));
  if (packed.version !== installed) return require(WINK_MODEL) as Record<string, unknown>;
  const notRun = (): { machines: string[]; setter: () => void } => ({ machines: [NO_MACHINE], setter: () => {} });
  return {
    core: () => packed.core,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: part('load-ner-model.js'),
    negation: notRun,
    sa: notRun,
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons: { stem: part('porter-stemmer.js'), lemmatize: lemmatizerWith(packed.exceptions), readabilityStats: part('readability-stats.js'), wordVectors: undefined },
  };
}
