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
import type { FeatureSink } from './softmax.js';
import { mapPacked } from '../../shared/arrays.js';

/** Lists whose hits are summed per region; wink and news overlap these two and did not help in training CV. */
const REGION_SCORERS: readonly ScorerId[] = ['vader', 'afinn'];

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

interface PrefixSums {
  scorer: ScorerId;
  positive: number[];
  negative: number[];
}

function prefixSums(scorer: ScorerId, row: readonly number[], keep: (k: number) => boolean): PrefixSums {
  const positive = new Array<number>(row.length + 1).fill(0);
  const negative = new Array<number>(row.length + 1).fill(0);
  for (let k = 0; k < row.length; k += 1) {
    const v = keep(k) ? (row[k] as number) : 0;
    positive[k + 1] = (positive[k] as number) + (v > 0 ? v : 0);
    negative[k + 1] = (negative[k] as number) + (v < 0 ? -v : 0);
  }
  return { scorer, positive, negative };
}

/** What every target of a sentence shares, computed once per sentence (per `hits` array). */
export interface SentenceAnalysis {
  tokens: readonly Token[];
  /** Per scorer, per sentence token: the shifted valence of hits starting there. */
  valence: { scorer: ScorerId; row: number[] }[];
  /**
   * Per scorer, prefix sums of the positive and of the negative valences (`positive[k]` sums
   * tokens before k), over all tokens and over quoted tokens only, so a region's sums cost two
   * subtractions instead of a walk.
   */
  sums: PrefixSums[];
  /** Over quoted tokens only; only a sentence with quotation marks has its own. */
  quoteSums: PrefixSums[];
  /** Per token: a negator reached a lexicon word there. */
  negated: Uint8Array;
  anyNegated: boolean;
  /** Per token: its clause number; a break token is a clause of its own. */
  clause: Int32Array;
  inQuote: Uint8Array;
  hasQuote: boolean;
  lemmas: string[];
  /** Per token: its lemma, marked `|neg` where a negator reached it. */
  marked: string[];
  /** The sentence's content words (marked), each once, with the tokens that give it (ascending), in the order of their first token: found once for every target. */
  sentenceWords: { word: string; positions: number[] }[];
  /** The model's logits of all the sentence's content words, summed on first use. */
  wordLogits?: number[];
}

/**
 * Per token of the sentence: its clause number; a break token is a clause of its own. Clauses
 * end at punctuation and clause words, and at "and"/"or" when a new subject and verb follow a
 * clause that has its own verb: "X and his cronies blocked it" is one clause, whose subject is both.
 */
function clauseNumbers(tokens: readonly Token[], from: number, to: number): Int32Array {
  const n = to - from;
  const clause = new Int32Array(n);
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
    clause[k] = c;
    if (boundary) c += 1;
    clauseHasVerb = !boundary && (clauseHasVerb || token.pos === 'VERB' || token.pos === 'AUX');
  }
  return clause;
}

/**
 * A sentence's clause numbers, cached per `hits` array as its analysis is: every entity mention
 * asks for its clause, and most never need the rest of the analysis (tone.ts runs the classifier
 * only when the clause holds evidence).
 */
const clauses = new WeakMap<readonly ValenceHit[], Int32Array>();

function clausesOf(doc: NewsDocument, sentence: Sentence, hits: readonly ValenceHit[]): Int32Array {
  let clause = clauses.get(hits);
  if (!clause) clauses.set(hits, (clause = clauseNumbers(doc.tokens, sentence.tokenStart, sentence.tokenEnd)));
  return clause;
}

const analyses = new WeakMap<readonly ValenceHit[], SentenceAnalysis>();

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
  words.push({ word, positions: [k] });
}

export function analyse(doc: NewsDocument, sentence: Sentence, hits: readonly ValenceHit[]): SentenceAnalysis {
  const cached = analyses.get(hits);
  if (cached) return cached;
  const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
  const n = tokens.length;
  // Plain arrays, not Float64Arrays: a typed array costs several times as much to make, and a sentence's are short.
  const valence = mapPacked(REGION_SCORERS, (scorer) => ({ scorer, row: new Array<number>(n).fill(0) }));
  const negated = new Uint8Array(n);
  let anyNegated = false;
  for (const hit of hits) {
    const k = hit.first - sentence.tokenStart;
    const row = valence[REGION_SCORERS.indexOf(hit.scorer)]?.row;
    if (row) row[k] = (row[k] as number) + hit.weight;
    if (hit.negated) negated.fill(1, k, hit.last - sentence.tokenStart + 1), (anyNegated = true);
  }
  const clause = clausesOf(doc, sentence, hits);
  // Inside quotation marks: curly quotes open and close, a straight one toggles.
  const inQuote = new Uint8Array(n);
  let open = false;
  let hasQuote = false;
  const lemmas: string[] = [];
  const marked: string[] = [];
  const sentenceWords: SentenceAnalysis['sentenceWords'] = [];
  for (let k = 0; k < n; k += 1) {
    const token = tokens[k] as Token;
    const text = token.text;
    if (text === '“' || text === '``') open = true;
    else if (text === '”' || text === "''") open = false;
    else if (text === '"') open = !open;
    else inQuote[k] = open ? 1 : 0;
    if (!hasQuote && text.length <= MARK_LENGTH && QUOTES.has(text)) hasQuote = true;
    const lemma = lemmaOf(token);
    const word = negated[k] ? `${lemma}|neg` : lemma;
    lemmas.push(lemma);
    marked.push(word);
    if (CONTENT.has(token.pos) && !isBreak(token)) addPosition(sentenceWords, word, k);
  }
  const sums = mapPacked(valence, ({ scorer, row }) => prefixSums(scorer, row, () => true));
  const quoteSums = hasQuote ? mapPacked(valence, ({ scorer, row }) => prefixSums(scorer, row, (k) => inQuote[k] === 1)) : sums;
  const analysis: SentenceAnalysis = {
    tokens, valence, sums, quoteSums, negated, clause, inQuote, lemmas, marked, sentenceWords, hasQuote, anyNegated,
  };
  analyses.set(hits, analysis);
  return analysis;
}

const featureNames = new Map<string, Record<'+' | '-', Partial<Record<ScorerId, string>>>>();
/** `${region}.${scorer}${sign}`, built once per name: a target reads a dozen regions. */
function featureName(region: string, scorer: ScorerId, sign: '+' | '-'): string {
  let names = featureNames.get(region);
  if (!names) featureNames.set(region, (names = { '+': {}, '-': {} }));
  return (names[sign][scorer] ??= `${region}.${scorer}${sign}`);
}

/** Parts of speech that may stand between a subject and its verb ("X quickly and firmly denied"). */
const SUBJECT_GAP = new Set(['AUX', 'ADV', 'PART', 'PROPN', 'NOUN']);

/** The clause holding sentence tokens [ts, te), as sentence token indexes [start, end), from the sentence's clause numbers. */
function clauseAround(clause: Int32Array, ts: number, te: number): [number, number] {
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
  const [cl, cr] = clauseAround(clausesOf(doc, sentence, hits), first - sentence.tokenStart, last - sentence.tokenStart + 1);
  return { clauseStart: sentence.tokenStart + cl, clauseEnd: sentence.tokenStart + cr };
}

/** The features of one target, and its clause in document token indexes. */
/**
 * Emits the features of one target, each name once, through `add`, and returns its clause in
 * document token indexes. Emitting rather than building a map lets a reading sum the weights
 * as the features come (readTarget) while training collects them.
 */
export function targetFeatures(doc: NewsDocument, sentence: Sentence, first: number, last: number, hits: readonly ValenceHit[], add: FeatureSink, sentenceWords = true): { clauseStart: number; clauseEnd: number } {
  const a = analyse(doc, sentence, hits);
  const { tokens } = a;
  const n = tokens.length;
  const ts = first - sentence.tokenStart;
  const te = last - sentence.tokenStart + 1;
  add('bias', 1);
  const outside = (k: number): boolean => k < ts || k >= te;
  const setSums = (name: string, scorer: ScorerId, positive: number, negative: number): void => {
    // Prefix differences leave rounding dust where a region holds no valence at all.
    if (positive > 1e-9) add(featureName(name, scorer, '+'), squash(positive));
    if (negative > 1e-9) add(featureName(name, scorer, '-'), squash(negative));
  };
  const between = (p: readonly number[], from: number, to: number): number => (to > from ? (p[to] as number) - (p[from] as number) : 0);
  /** Positive and negative lexicon sums over tokens `from`..`to`, per scorer, the target's own left out with `skipTarget`. */
  const region = (name: string, from: number, to: number, skipTarget = false, sums = a.sums): void => {
    for (const { scorer, positive, negative } of sums) {
      let up = between(positive, from, to);
      let down = between(negative, from, to);
      if (skipTarget) {
        up -= between(positive, Math.max(from, ts), Math.min(to, te));
        down -= between(negative, Math.max(from, ts), Math.min(to, te));
      }
      setSums(name, scorer, up, down);
    }
  };
  /** The same over the whole sentence, each token weighted by its nearness to the target. */
  const nearness = (name: string): void => {
    for (const { scorer, row } of a.valence) {
      let up = 0;
      let down = 0;
      for (let k = 0; k < n; k += 1) {
        if (!outside(k)) continue;
        const v = (row[k] as number) / (1 + (k < ts ? ts - k : k - te + 1));
        if (v > 0) up += v;
        else down -= v;
      }
      setSums(name, scorer, up, down);
    }
  };
  const lemma = (k: number): string => a.lemmas[k] as string;
  const pos = (k: number): string => (tokens[k] as Token).pos;

  // The whole sentence, the target left out.
  region('sent', 0, n, true);
  if (a.anyNegated) add('sent.hasNegation', 1);

  // The target's clause, and its parts either side of the target.
  const [cl, cr] = clauseAround(a.clause, ts, te);
  region('clause', cl, cr, true);
  region('clauseL', cl, ts);
  region('clauseR', te, cr);
  add('clause.shareOfSentence', (cr - cl) / n);

  // Windows, and the whole sentence weighted by nearness to the target.
  region('win3', Math.max(0, ts - 3), Math.min(n, te + 3), true);
  region('winL6', Math.max(0, ts - 6), ts);
  region('winR6', te, Math.min(n, te + 6));
  nearness('dist');

  // The target as subject: its verb (active or passive) or a copula, and what the predicate says.
  let j = te;
  while (j < cr && pos(j) !== 'VERB' && j - te < 4 && SUBJECT_GAP.has(pos(j))) j += 1;
  if (j < cr && pos(j) === 'VERB') {
    const verb = tokens[j] as Token;
    let auxiliary = false;
    for (let k = te; k < j; k += 1) if (pos(k) === 'AUX' && (lemma(k) === 'be' || lemma(k) === 'get')) auxiliary = true;
    const passive = auxiliary && verb.text.toLowerCase() !== lemma(j);
    add('subjVerb=', 1, passive ? `${lemma(j)}|pass` : lemma(j));
    add(passive ? 'subj.passive' : 'subj.active', 1);
    region('pred', te, Math.min(cr, te + 8));
  } else if (te < n && pos(te) === 'AUX') {
    add('subj.copula', 1);
    region('pred', te, Math.min(cr, te + 8));
  }
  // The target as object: the nearest verb before it in its clause, or a preposition.
  for (let k = ts - 1; k >= Math.max(cl, ts - 5); k -= 1) {
    if (pos(k) === 'VERB') {
      add('objVerb=', 1, lemma(k));
      region('gov', k, k + 1);
      break;
    }
  }
  if (ts > 0 && pos(ts - 1) === 'ADP') add('prep=', 1, lemma(ts - 1));
  // An apposition or relative clause after the target: "X, who ...,".
  if (te < n && tokens[te]?.text === ',') {
    let k = te + 1;
    while (k < n && !isBreak(tokens[k] as Token)) k += 1;
    region('appos', te + 1, k);
  }
  let pronoun = true;
  for (let k = ts; k < te; k += 1) if (pos(k) !== 'PRON' && pos(k) !== 'DET') pronoun = false;
  if (pronoun) add('tgt.pronoun', 1);
  region('tgt', ts, te);
  if (ts === 0) add('tgt.sentenceStart', 1);
  if (te < n && /^['’]s$/.test(tokens[te]?.text ?? '')) add('tgt.possessive', 1);

  // Quotes: the target quoted, or speaking; what the quote says.
  if (a.hasQuote) add('sent.hasQuote', 1);
  if (a.inQuote[ts]) add('tgt.inQuote', 1);
  let speaker = false;
  const { speech } = speechCues();
  if (!a.inQuote[ts]) for (let k = Math.max(0, ts - 3); k < Math.min(n, te + 3); k += 1) if (outside(k) && speech.has(lemma(k))) speaker = true;
  if (speaker) add('tgt.speaker', 1);
  if (a.hasQuote && !a.inQuote[ts]) region(speaker ? 'quoteBySpeaker' : 'quoteOther', 0, n, false, a.quoteSums);

  // Words: four either side of the target, the target's own, and the sentence's content words.
  const isWord = (k: number): boolean => !isBreak(tokens[k] as Token);
  /** Each kind's words so far, so a word repeated near the target counts once. */
  const seen: Record<'L:' | 'R:' | 'T:', string[]> = { 'L:': [], 'R:': [], 'T:': [] };
  const addWord = (kind: 'L:' | 'R:' | 'T:', word: string): void => {
    if (!seen[kind].includes(word)) seen[kind].push(word), add(kind, 1, word);
  };
  for (let k = ts - 1, taken = 0; k >= Math.max(0, ts - 8) && taken < 4; k -= 1) if (isWord(k)) addWord('L:', a.marked[k] as string), (taken += 1);
  for (let k = te, taken = 0; k < Math.min(n, te + 8) && taken < 4; k += 1) if (isWord(k)) addWord('R:', a.marked[k] as string), (taken += 1);
  for (let k = ts; k < te; k += 1) if (isWord(k)) addWord('T:', lemma(k));
  if (sentenceWords) for (const { word, positions } of a.sentenceWords) if (positions.some(outside)) add('S:', 1, word);

  return { clauseStart: sentence.tokenStart + cl, clauseEnd: sentence.tokenStart + cr };
}
