/**
 * The target classifier's features (NewsMTSC style): the lexicon evidence around a target, split
 * by where it stands (whole sentence, the target's clause, either side, a window, the target's
 * verb or predicate, quotes), and the words next to it. scripts/train-target-sentiment.ts trains
 * on exactly these; target.ts reads them with the shipped model.
 */
import type { NewsDocument, Sentence, Token } from '../../document/document.js';
import type { ScorerId } from '../../shared/sentence-sentiment/lexicons.js';
import type { ValenceHit } from '../../shared/sentence-sentiment/valence.js';
import { speechCues } from '../../shared/speech-cues.js';
import { spelledTokens, vocabularySize } from '../../shared/vocabulary.js';
import { mapPacked } from '../../shared/arrays.js';

/** Lists whose hits are summed per region; wink and news overlap these two and did not help in training CV. */
const REGION_SCORERS: readonly ScorerId[] = ['vader', 'afinn'];

/** Features that are a value of their own (a flag, a share), by name. */
const VALUE_NAMES = [
  'bias', 'sent.hasNegation', 'clause.shareOfSentence', 'subj.passive', 'subj.active', 'subj.copula',
  'tgt.pronoun', 'tgt.sentenceStart', 'tgt.possessive', 'sent.hasQuote', 'tgt.inQuote', 'tgt.speaker',
] as const;
/** Stretches of the sentence whose lexicon sums are features: `${region}.${scorer}${sign}` for each of REGION_SCORERS and each sign. */
const REGION_NAMES = ['sent', 'clause', 'clauseL', 'clauseR', 'win3', 'winL6', 'winR6', 'dist', 'pred', 'gov', 'appos', 'tgt', 'quoteBySpeaker', 'quoteOther'] as const;

/** Each name's position in `names`. */
const positions = <Name extends string>(names: readonly Name[]): Record<Name, number> => Object.fromEntries(mapPacked(names, (name, i) => [name, i])) as Record<Name, number>;
const VALUE = positions(VALUE_NAMES);
const REGION = positions(REGION_NAMES);

/**
 * Every feature that is not a word feature, by number (FeatureSink's `named`): the values,
 * then each region's sums, a region's positive then negative sum of each scorer in turn.
 */
export const FEATURE_NAMES: readonly string[] = [
  ...VALUE_NAMES,
  ...REGION_NAMES.flatMap((region) => REGION_SCORERS.flatMap((scorer) => [`${region}.${scorer}+`, `${region}.${scorer}-`])),
];

/** The number of region `region`'s sum of scorer REGION_SCORERS[s] with sign 0 (+) or 1 (-). */
const regionFeature = (region: number, s: number, sign: number): number => VALUE_NAMES.length + (region * REGION_SCORERS.length + s) * 2 + sign;

/**
 * Kinds of word features, by number: a feature's name is its kind, its word and its mark.
 * L:, R:, T: words left of the target, right of it and in it; S: the sentence's content words;
 * the verb whose subject the target is, the verb before it, the preposition before it.
 */
export const WORD_KINDS = ['L:', 'R:', 'T:', 'S:', 'subjVerb=', 'objVerb=', 'prep='] as const;
const KIND = positions(WORD_KINDS);
/** Marks a word feature's word may carry, by number: none; a negator reached it; a passive verb. */
export const WORD_MARKS = ['', '|neg', '|pass'] as const;
const NEGATED = 1;
const PASSIVE = 2;

/** A word feature's `wordId` when the vocabulary spells its token otherwise than the feature does (a lemma-less token with a typographic apostrophe): look it up by its spelling. */
export const UNSPELLED = -2;

/**
 * Receives the features of one target one at a time, each once, always in the same order (a
 * reader sums weights in it). A named feature comes as its number in FEATURE_NAMES; a word
 * feature, of value 1, as its kind (WORD_KINDS), word and mark (WORD_MARKS), and the word's id
 * in the shared vocabulary (shared/vocabulary.ts): -1 when no word list names it, UNSPELLED
 * when that id is not known. Numbers rather than names: a name built or hashed for every
 * feature of every target was most of a target's cost.
 */
export interface FeatureSink {
  named(feature: number, value: number): void;
  word(kind: number, word: string, mark: number, wordId: number): void;
}

/** A sink that gives each feature's name (a word feature's is its kind, word and mark joined), for training. */
export function namingSink(add: (name: string, value: number) => void): FeatureSink {
  return {
    named: (feature, value) => add(FEATURE_NAMES[feature] as string, value),
    word: (kind, word, mark) => add(`${WORD_KINDS[kind] as string}${word}${WORD_MARKS[mark] as string}`, 1),
  };
}

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '``', "''"]);
const BREAKS = new Set([',', ';', ':', '—', '–', '--', '-', '(', ')', '[', ']', '.', '?', '!', ...QUOTES]);
/** Words that open a new clause, whose sentiment may be about someone else. */
const CLAUSE_WORDS = new Set(['but', 'while', 'although', 'though', 'whereas', 'however', 'yet', 'because', 'unlike', 'despite']);
const NOMINAL = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'ADJ', 'NUM']);
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/** The longest break or quotation mark: a longer token is neither, with no set to look it up in (most words). */
const MARK_LENGTH = Math.max(...mapPacked([...BREAKS], (mark) => mark.length));
const isBreak = (token: Token): boolean => token.kind === 'punctuation' || token.pos === 'PUNCT' || token.pos === 'SYM' || (token.text.length <= MARK_LENGTH && BREAKS.has(token.text));
const lemmaOf = (token: Token): string => token.lemma ?? token.text.toLowerCase();
/** Lexicon sums grow with sentence length; the log keeps one long sentence from dominating. */
const squash = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x));

/** One scorer's prefix sums over a sentence's n tokens (n + 1 of each used); a sentence's are in REGION_SCORERS order. */
interface PrefixSums {
  positive: Float64Array;
  negative: Float64Array;
}

/**
 * Fills `into` with the prefix sums of the first n values of `row`, of only the tokens inside
 * quotation marks if `inQuote` is given.
 */
function fillPrefixSums(into: PrefixSums, row: Float64Array, n: number, inQuote?: Uint8Array): void {
  const { positive, negative } = into;
  for (let k = 0; k < n; k += 1) {
    const v = inQuote === undefined || inQuote[k] === 1 ? (row[k] as number) : 0;
    positive[k + 1] = (positive[k] as number) + (v > 0 ? v : 0);
    negative[k + 1] = (negative[k] as number) + (v < 0 ? -v : 0);
  }
}

/**
 * The per-token arrays of the sentence last analysed, kept from one sentence to the next and
 * grown for a longer one, as valence.ts keeps its view's: an analysis of a sentence made anew
 * for each sentence that has targets cost a dozen arrays, most of them made twice (small
 * integers first, then valences). A sentence's analysis holds until the next is made: the
 * targets of one sentence are read one after another (`current`).
 */
let buffers = analysisBuffers(64);

function analysisBuffers(size: number) {
  const sums = (): PrefixSums => ({ positive: new Float64Array(size + 1), negative: new Float64Array(size + 1) });
  return {
    size,
    valence: mapPacked(REGION_SCORERS, () => new Float64Array(size)),
    sums: mapPacked(REGION_SCORERS, sums),
    quoteSums: mapPacked(REGION_SCORERS, sums),
    negated: new Uint8Array(size),
    inQuote: new Uint8Array(size),
    lemmaIds: new Int32Array(size),
  };
}

/** What every target of a sentence shares, computed once per sentence (per `hits` array); its typed arrays hold until the next sentence's analysis is made (`buffers`). */
export interface SentenceAnalysis {
  tokens: readonly Token[];
  /** Per scorer (REGION_SCORERS order), per sentence token: the shifted valence of hits starting there. */
  valence: Float64Array[];
  /**
   * Per scorer, prefix sums of the positive and of the negative valences (`positive[k]` sums
   * tokens before k), over all tokens and over quoted tokens only, so a region's sums cost two
   * subtractions instead of a walk.
   */
  sums: PrefixSums[];
  /** Over quoted tokens only; only a sentence with quotation marks has its own. */
  quoteSums: PrefixSums[];
  /** Per token: 1 where a negator reached a lexicon word there. */
  negated: Uint8Array;
  anyNegated: boolean;
  /** Per token: its clause number; a break token is a clause of its own. */
  clause: number[];
  /** Per token: 1 inside quotation marks (a quotation mark itself 0), else 0. */
  inQuote: Uint8Array;
  hasQuote: boolean;
  lemmas: string[];
  /** Per token: its lemma's id in the shared vocabulary, -1 for none, UNSPELLED where not known (FeatureSink). */
  lemmaIds: Int32Array;
  /** Per token: its lemma, marked `|neg` where a negator reached it (the word of its L: and R: features). */
  marked: string[];
  /**
   * The sentence's content words (marked), each once, with the tokens that give it (ascending),
   * in the order of their first token: found once for every target. `token` is the first of them.
   */
  sentenceWords: { word: string; token: number; positions: number[] }[];
  /** The model's logits of all the sentence's content words, summed on first use. */
  wordLogits?: Float64Array;
}

/**
 * Per token of the sentence: its clause number; a break token is a clause of its own. Clauses
 * end at punctuation and clause words, and at "and"/"or" when a new subject and verb follow a
 * clause that has its own verb: "X and his cronies blocked it" is one clause, whose subject is both.
 */
function clauseNumbers(tokens: readonly Token[], from: number, to: number): number[] {
  const n = to - from;
  // A plain array made per sentence: a new typed array costs several times as much to make, and
  // a sentence's are short (the typed arrays above are made once and kept from sentence to sentence).
  const clause: number[] = [];
  let c = 0;
  let clauseHasVerb = false;
  for (let k = 0; k < n; k += 1) {
    const token = tokens[from + k] as Token;
    let boundary = isBreak(token) || CLAUSE_WORDS.has(lemmaOf(token));
    if (!boundary && clauseHasVerb && token.pos === 'CCONJ' && k + 1 < n && NOMINAL.has((tokens[from + k + 1] as Token).pos)) {
      for (let j = k + 2; j < Math.min(n, k + 6) && !isBreak(tokens[from + j] as Token); j += 1) {
        const pos = (tokens[from + j] as Token).pos;
        if (pos === 'VERB' || pos === 'AUX') {
          boundary = true;
          break;
        }
      }
    }
    if (boundary) c += 1;
    clause.push(c);
    if (boundary) c += 1;
    clauseHasVerb = !boundary && (clauseHasVerb || token.pos === 'VERB' || token.pos === 'AUX');
  }
  return clause;
}

/**
 * The sentence last asked about, known by its `hits` array: its clause numbers, which every
 * entity mention asks for, and its analysis once a target's features are (tone.ts runs the
 * classifier only when the clause holds evidence). One sentence is kept, not a map of them: the
 * stage reads mentions in text order, so a sentence's targets come together, and a WeakMap
 * probe for every target cost more than the rest of finding its clause.
 */
let current: { hits: readonly ValenceHit[]; clause: number[]; analysis: SentenceAnalysis | undefined; known: number } | undefined;

function sentenceState(doc: NewsDocument, sentence: Sentence, hits: readonly ValenceHit[]): NonNullable<typeof current> {
  if (current?.hits !== hits) current = { hits, clause: clauseNumbers(doc.tokens, sentence.tokenStart, sentence.tokenEnd), analysis: undefined, known: -1 };
  return current;
}

/**
 * Adds token `k` to the positions of `word` in `words`, or `word` with it at the end: a walk
 * rather than a Map, as a sentence holds a dozen or two content words and a Map per sentence
 * cost more than the walk.
 */
function addPosition(words: SentenceAnalysis['sentenceWords'], word: string, k: number): void {
  for (let i = 0; i < words.length; i += 1) {
    const known = words[i] as SentenceAnalysis['sentenceWords'][number];
    if (known.word === word) {
      known.positions.push(k);
      return;
    }
  }
  words.push({ word, token: k, positions: [k] });
}

/** What every target of the sentence shares (SentenceAnalysis); `hits` are its valence hits, the same array for all its targets. */
export function analyse(doc: NewsDocument, sentence: Sentence, hits: readonly ValenceHit[]): SentenceAnalysis {
  const state = sentenceState(doc, sentence, hits);
  // Its lemma ids are the vocabulary's when it was made: a list loaded since (the target model,
  // whose words get ids as it loads) may name words that had none, so it is made again.
  if (state.analysis === undefined || state.known !== vocabularySize()) {
    state.analysis = analysisOf(doc, sentence, hits, state.clause);
    state.known = vocabularySize();
  }
  return state.analysis;
}

function analysisOf(doc: NewsDocument, sentence: Sentence, hits: readonly ValenceHit[], clause: number[]): SentenceAnalysis {
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const n = tokens.length;
  if (buffers.size < n) buffers = analysisBuffers(Math.max(n, 2 * buffers.size));
  const { valence, negated, inQuote, lemmaIds } = buffers;
  for (const row of valence) row.fill(0, 0, n);
  negated.fill(0, 0, n);
  let anyNegated = false;
  for (const hit of hits) {
    const k = hit.first - sentence.tokenStart;
    const row = valence[REGION_SCORERS.indexOf(hit.scorer)];
    if (row) row[k] = (row[k] as number) + hit.weight;
    if (hit.negated) negated.fill(1, k, hit.last - sentence.tokenStart + 1), (anyNegated = true);
  }
  // Inside quotation marks: curly quotes open and close, a straight one toggles.
  let open = false;
  let hasQuote = false;
  const lemmas: string[] = [];
  const marked: string[] = [];
  const sentenceWords: SentenceAnalysis['sentenceWords'] = [];
  const spelled = spelledTokens(doc.tokens);
  for (let k = 0; k < n; k += 1) {
    const token = tokens[k] as Token;
    const text = token.text;
    if (text === '“' || text === '``') (open = true), (inQuote[k] = 0);
    else if (text === '”' || text === "''") (open = false), (inQuote[k] = 0);
    else if (text === '"') (open = !open), (inQuote[k] = 0);
    else inQuote[k] = open ? 1 : 0;
    if (!hasQuote && text.length <= MARK_LENGTH && QUOTES.has(text)) hasQuote = true;
    const lemma = lemmaOf(token);
    const word = negated[k] ? `${lemma}|neg` : lemma;
    lemmas.push(lemma);
    // A token without a lemma is spelled by the vocabulary with plain apostrophes: its id may be another spelling's.
    lemmaIds[k] = spelled.lemma[sentence.tokenStart + k] === lemma ? (spelled.lemmaId[sentence.tokenStart + k] as number) : UNSPELLED;
    marked.push(word);
    if (CONTENT.has(token.pos) && !isBreak(token)) addPosition(sentenceWords, word, k);
  }
  const { sums } = buffers;
  for (let s = 0; s < valence.length; s += 1) fillPrefixSums(sums[s] as PrefixSums, valence[s] as Float64Array, n);
  const quoteSums = hasQuote ? buffers.quoteSums : sums;
  if (hasQuote) for (let s = 0; s < valence.length; s += 1) fillPrefixSums(quoteSums[s] as PrefixSums, valence[s] as Float64Array, n, inQuote);
  return { tokens, valence, sums, quoteSums, negated, clause, inQuote, lemmas, lemmaIds, marked, sentenceWords, hasQuote, anyNegated };
}

/** Parts of speech that may stand between a subject and its verb ("X quickly and firmly denied"). */
const SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'PROPN', 'NOUN']);

/** The clause holding sentence tokens [ts, te), as sentence token indexes [start, end), from the sentence's clause numbers. */
function clauseAround(clause: readonly number[], ts: number, te: number): [number, number] {
  let cl = ts;
  let cr = te;
  while (cl > 0 && clause[cl - 1] === clause[ts]) cl -= 1;
  while (cr < clause.length && clause[cr] === clause[te - 1]) cr += 1;
  return [cl, cr];
}

/**
 * The clause of the target at document tokens `first`..`last` (inclusive), in document token
 * indexes, as `targetFeatures` finds it: from the sentence's analysis, without the features.
 */
export function targetClause(doc: NewsDocument, sentence: Sentence, first: number, last: number, hits: readonly ValenceHit[]): { clauseStart: number; clauseEnd: number } {
  const [cl, cr] = clauseAround(sentenceState(doc, sentence, hits).clause, first - sentence.tokenStart, last - sentence.tokenStart + 1);
  return { clauseStart: sentence.tokenStart + cl, clauseEnd: sentence.tokenStart + cr };
}

// The sums below are module-level functions taking their context, not closures made at each
// target: V8 drops a new closure's optimised code at each mark-compact and compiles it again.

/** Emits region `region`'s sums of scorer s; prefix differences leave rounding dust where a region holds no valence at all. */
function emitSums(add: FeatureSink, region: number, s: number, positive: number, negative: number): void {
  if (positive > 1e-9) add.named(regionFeature(region, s, 0), squash(positive));
  if (negative > 1e-9) add.named(regionFeature(region, s, 1), squash(negative));
}

const between = (p: Float64Array, from: number, to: number): number => (to > from ? (p[to] as number) - (p[from] as number) : 0);

/** Positive and negative lexicon sums over tokens `from`..`to`, per scorer, the target's own tokens `ts`..`te` left out if given. */
function emitRegion(add: FeatureSink, sums: readonly PrefixSums[], name: number, from: number, to: number, ts = 0, te = 0): void {
  for (let s = 0; s < sums.length; s += 1) {
    const { positive, negative } = sums[s] as PrefixSums;
    let up = between(positive, from, to);
    let down = between(negative, from, to);
    if (te > ts) {
      up -= between(positive, Math.max(from, ts), Math.min(to, te));
      down -= between(negative, Math.max(from, ts), Math.min(to, te));
    }
    emitSums(add, name, s, up, down);
  }
}

/** The same over the whole sentence outside the target `ts`..`te`, each token weighted by its nearness to the target. */
function emitNearness(add: FeatureSink, valence: readonly Float64Array[], name: number, n: number, ts: number, te: number): void {
  for (let s = 0; s < valence.length; s += 1) {
    const row = valence[s] as Float64Array;
    let up = 0;
    let down = 0;
    for (let k = 0; k < n; k += 1) {
      if (!(k < ts || k >= te)) continue;
      const v = (row[k] as number) / (1 + (k < ts ? ts - k : k - te + 1));
      if (v > 0) up += v;
      else down -= v;
    }
    emitSums(add, name, s, up, down);
  }
}

/** The word feature of kind `kind` for token k's lemma. */
function emitLemmaWord(add: FeatureSink, a: SentenceAnalysis, kind: number, k: number, mark = 0): void {
  add.word(kind, a.lemmas[k] as string, mark, a.lemmaIds[k] as number);
}

/**
 * Emits the features of one target through `add` (FeatureSink) and returns its clause in
 * document token indexes. Emitting rather than building a map lets a reading sum the weights
 * as the features come (readTarget) while training collects them.
 */
export function targetFeatures(doc: NewsDocument, sentence: Sentence, first: number, last: number, hits: readonly ValenceHit[], add: FeatureSink, sentenceWords = true): { clauseStart: number; clauseEnd: number } {
  return analysedTargetFeatures(analyse(doc, sentence, hits), sentence, first, last, add, sentenceWords);
}

/** `targetFeatures` from the sentence's analysis (`analyse`). */
export function analysedTargetFeatures(a: SentenceAnalysis, sentence: Sentence, first: number, last: number, add: FeatureSink, sentenceWords = true): { clauseStart: number; clauseEnd: number } {
  const { tokens } = a;
  const n = tokens.length;
  const ts = first - sentence.tokenStart;
  const te = last - sentence.tokenStart + 1;
  add.named(VALUE.bias, 1);

  // The whole sentence, the target left out.
  emitRegion(add, a.sums, REGION.sent, 0, n, ts, te);
  if (a.anyNegated) add.named(VALUE['sent.hasNegation'], 1);

  // The target's clause, and its parts either side of the target.
  const [cl, cr] = clauseAround(a.clause, ts, te);
  emitRegion(add, a.sums, REGION.clause, cl, cr, ts, te);
  emitRegion(add, a.sums, REGION.clauseL, cl, ts);
  emitRegion(add, a.sums, REGION.clauseR, te, cr);
  add.named(VALUE['clause.shareOfSentence'], (cr - cl) / n);

  // Windows, and the whole sentence weighted by nearness to the target.
  emitRegion(add, a.sums, REGION.win3, Math.max(0, ts - 3), Math.min(n, te + 3), ts, te);
  emitRegion(add, a.sums, REGION.winL6, Math.max(0, ts - 6), ts);
  emitRegion(add, a.sums, REGION.winR6, te, Math.min(n, te + 6));
  emitNearness(add, a.valence, REGION.dist, n, ts, te);

  // The target as subject: its verb (active or passive) or a copula, and what the predicate says.
  let j = te;
  while (j < cr && posAt(a, j) !== 'VERB' && j - te < 4 && SUBJECT_GAP.has(posAt(a, j))) j += 1;
  if (j < cr && posAt(a, j) === 'VERB') {
    const verb = tokens[j] as Token;
    let auxiliary = false;
    for (let k = te; k < j; k += 1) if (posAt(a, k) === 'AUX' && (a.lemmas[k] === 'be' || a.lemmas[k] === 'get')) auxiliary = true;
    const passive = auxiliary && verb.text.toLowerCase() !== a.lemmas[j];
    emitLemmaWord(add, a, KIND['subjVerb='], j, passive ? PASSIVE : 0);
    add.named(passive ? VALUE['subj.passive'] : VALUE['subj.active'], 1);
    emitRegion(add, a.sums, REGION.pred, te, Math.min(cr, te + 8));
  } else if (te < n && posAt(a, te) === 'AUX') {
    add.named(VALUE['subj.copula'], 1);
    emitRegion(add, a.sums, REGION.pred, te, Math.min(cr, te + 8));
  }
  // The target as object: the nearest verb before it in its clause, or a preposition.
  for (let k = ts - 1; k >= Math.max(cl, ts - 5); k -= 1) {
    if (posAt(a, k) === 'VERB') {
      emitLemmaWord(add, a, KIND['objVerb='], k);
      emitRegion(add, a.sums, REGION.gov, k, k + 1);
      break;
    }
  }
  if (ts > 0 && posAt(a, ts - 1) === 'ADP') emitLemmaWord(add, a, KIND['prep='], ts - 1);
  // An apposition or relative clause after the target: "X, who ...,".
  if (te < n && tokens[te]?.text === ',') {
    let k = te + 1;
    while (k < n && !isBreak(tokens[k] as Token)) k += 1;
    emitRegion(add, a.sums, REGION.appos, te + 1, k);
  }
  let pronoun = true;
  for (let k = ts; k < te; k += 1) if (posAt(a, k) !== 'PRON' && posAt(a, k) !== 'DET') pronoun = false;
  if (pronoun) add.named(VALUE['tgt.pronoun'], 1);
  emitRegion(add, a.sums, REGION.tgt, ts, te);
  if (ts === 0) add.named(VALUE['tgt.sentenceStart'], 1);
  if (te < n && /^['’]s$/.test(tokens[te]?.text ?? '')) add.named(VALUE['tgt.possessive'], 1);

  // Quotes: the target quoted, or speaking; what the quote says.
  if (a.hasQuote) add.named(VALUE['sent.hasQuote'], 1);
  if (a.inQuote[ts]) add.named(VALUE['tgt.inQuote'], 1);
  let speaker = false;
  const { speech } = speechCues();
  if (!a.inQuote[ts]) for (let k = Math.max(0, ts - 3); k < Math.min(n, te + 3); k += 1) if ((k < ts || k >= te) && speech.has(a.lemmas[k] as string)) speaker = true;
  if (speaker) add.named(VALUE['tgt.speaker'], 1);
  if (a.hasQuote && !a.inQuote[ts]) emitRegion(add, a.quoteSums, speaker ? REGION.quoteBySpeaker : REGION.quoteOther, 0, n);

  // Words: four either side of the target, the target's own, and the sentence's content words.
  /** Each kind's words so far, so a word repeated near the target counts once. */
  const seen: string[][] = [[], [], []];
  for (let k = ts - 1, taken = 0; k >= Math.max(0, ts - 8) && taken < 4; k -= 1) if (!isBreak(tokens[k] as Token)) addWord(add, a, seen, KIND['L:'], a.marked[k] as string, k, a.negated[k] ? NEGATED : 0), (taken += 1);
  for (let k = te, taken = 0; k < Math.min(n, te + 8) && taken < 4; k += 1) if (!isBreak(tokens[k] as Token)) addWord(add, a, seen, KIND['R:'], a.marked[k] as string, k, a.negated[k] ? NEGATED : 0), (taken += 1);
  for (let k = ts; k < te; k += 1) if (!isBreak(tokens[k] as Token)) addWord(add, a, seen, KIND['T:'], a.lemmas[k] as string, k, 0);
  if (sentenceWords) for (const word of a.sentenceWords) if (anyOutside(word.positions, ts, te)) sentenceWord(a, word, add);

  return { clauseStart: sentence.tokenStart + cl, clauseEnd: sentence.tokenStart + cr };
}

/** The part of speech of sentence token k. */
const posAt = (a: SentenceAnalysis, k: number): string => (a.tokens[k] as Token).pos;

/** Whether any of `positions` lies outside the target's tokens ts..te. */
function anyOutside(positions: readonly number[], ts: number, te: number): boolean {
  for (const k of positions) if (k < ts || k >= te) return true;
  return false;
}

/** A word feature of kind L:, R: or T: (numbers 0 to 2) of token k, whose word is `word`, unless `seen` has that word for that kind. */
function addWord(add: FeatureSink, a: SentenceAnalysis, seen: string[][], kind: number, word: string, k: number, mark: number): void {
  const words = seen[kind] as string[];
  if (!words.includes(word)) words.push(word), add.word(kind, a.lemmas[k] as string, mark, a.lemmaIds[k] as number);
}

/** The S: feature of one of the sentence's content words. */
export function sentenceWord(a: SentenceAnalysis, { token }: SentenceAnalysis['sentenceWords'][number], add: FeatureSink): void {
  add.word(KIND['S:'], a.lemmas[token] as string, a.negated[token] ? NEGATED : 0, a.lemmaIds[token] as number);
}
