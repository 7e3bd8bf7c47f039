import type { Token } from '../../document/document.js';
import { wordLexicon } from './lexicon.js';
import { HAS_LETTER, IN_LOWER_CASE, IN_UPPER_CASE, UPPER_FIRST } from './text-flags.js';
import { isLowerCode, isNumberCode, isUpperCode, unitsOf } from '../../shared/letter-classes.js';
import { mapPacked } from '../../shared/arrays.js';

/**
 * Features of a token for the name tagger: the word and its neighbours, case shape, affixes,
 * part of speech, position in the sentence, gazetteer hits, and facts about the document
 * (a headline in capitals says nothing about names by its case; a capitalised word that the
 * same article also writes in lower case is probably not a name). The training script and
 * the run-time tagger both call these functions, so they always see the same features.
 */

export interface SentenceView {
  tokens: readonly Token[];
  /** The tokens' texts, lower-cased. */
  lowers: readonly string[];
  /** Written in capitals or in Title Case (a headline or heading): case carries no signal. */
  caseless: boolean;
  /** Gazetteer hits per token, as `kind:position` strings (see gazetteer.ts). */
  gazetteer: readonly (readonly string[])[];
  /** The tokens' text ids in the word lexicon (lexicon.ts), which the run-time scorer reads its caches by; good until the next article is annotated. */
  textIds: Int32Array;
}

export interface DocumentView {
  /**
   * By lower id (lexicon.ts), 1 for the words the document writes in lower case somewhere
   * (outside capital lines): one array read per token, where a set of strings is a hash.
   */
  lowerWords: Uint8Array;
}

/** Collapsed case shape: "Soleimani" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d". */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length && shape.length < 8; i += 1) {
    const code = word.charCodeAt(i);
    let kind: string;
    if (code >= 65 && code <= 90) kind = 'X';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code >= 48 && code <= 57) kind = 'd';
    else if (code < 128) kind = word.charAt(i);
    else {
      const point = word.codePointAt(i) as number;
      i += unitsOf(point) - 1;
      kind = isUpperCode(point) ? 'X' : isLowerCode(point) ? 'x' : isNumberCode(point) ? 'd' : String.fromCodePoint(point);
    }
    if (kind !== last || (kind !== 'X' && kind !== 'x' && kind !== 'd')) shape += kind;
    last = kind;
  }
  return shape;
}

const MIN_CASELESS_WORDS = 3;

/**
 * Mostly capitals ("LEICESTERSHIRE TAKE OVER AT TOP"), or, in a headline part, nearly every word
 * capitalised ("Iran And The US"); in prose a run of capitals is more likely a list of names.
 */
function isCaseless(tokens: readonly Token[], textIds: Int32Array, headline: boolean): boolean {
  const lexicon = wordLexicon();
  let upper = 0;
  let capitalised = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const flags = lexicon.flags(textIds[i] as number);
    if (token.kind !== 'word' || token.pos === 'PART' || (flags & HAS_LETTER) === 0) continue;
    words += 1;
    if ((flags & IN_UPPER_CASE) !== 0) upper += 1;
    if ((flags & UPPER_FIRST) !== 0) capitalised += 1;
  }
  return words >= MIN_CASELESS_WORDS && (upper > 0.75 * words || (headline && capitalised > 0.85 * words));
}

export function sentenceView(tokens: readonly Token[], lowers: readonly string[], gazetteer: readonly (readonly string[])[], headline: boolean, textIds: Int32Array): SentenceView {
  return { tokens, lowers, caseless: isCaseless(tokens, textIds, headline), gazetteer, textIds };
}

export function documentView(sentences: readonly SentenceView[]): DocumentView {
  const lexicon = wordLexicon();
  const lowerWords = new Uint8Array(lexicon.lowerCount);
  for (const sentence of sentences) {
    if (sentence.caseless) continue;
    const { tokens, textIds } = sentence;
    for (let i = 1; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      if (token.kind === 'word' && (lexicon.flags(textIds[i] as number) & (IN_LOWER_CASE | IN_UPPER_CASE)) === IN_LOWER_CASE) lowerWords[lexicon.lowerId(textIds[i] as number)] = 1;
    }
  }
  return { lowerWords };
}

/** Whether token i is written other than in lower case, and the document writes its word in lower case elsewhere. */
export function seenInLowerCase(doc: DocumentView, sentence: SentenceView, i: number): boolean {
  const lexicon = wordLexicon();
  return !lexicon.inLowerCase(sentence.textIds[i] as number) && doc.lowerWords[lexicon.lowerId(sentence.textIds[i] as number)] === 1;
}

export const BOUNDARY = { text: '', lower: '<s>', shape: '<s>', pos: '<s>' };

interface Word {
  text: string;
  lower: string;
  shape: string;
  pos: string;
}

function wordAt(sentence: SentenceView, i: number): Word {
  const token = sentence.tokens[i];
  if (!token) return BOUNDARY;
  return { text: token.text, lower: sentence.lowers[i] ?? token.text.toLowerCase(), shape: shapeOf(token.text), pos: token.pos };
}

/**
 * Features of one word alone, and of a word as a neighbour: they depend on the lower-cased
 * word only, so the run-time tagger caches their summed weights per word (see scoring.ts).
 */
export const wordFeatures = (lower: string): string[] => [`w=${lower}`, `s3=${lower.slice(-3)}`, `p3=${lower.slice(0, 3)}`];
export const NEIGHBOURS = [-2, -1, 1, 2] as const;
export const neighbourFeature = (offset: (typeof NEIGHBOURS)[number], lower: string): string => `w${offset > 0 ? '+' : ''}${offset}=${lower}`;

/** The lower-cased words of a sentence (read them with lowerAt(), which marks the boundaries). */
function lowersOf(sentence: SentenceView): readonly string[] {
  return sentence.lowers;
}
export const lowerAt = (lowers: readonly string[], i: number): string => lowers[i] ?? BOUNDARY.lower;

/** Static features other than word identities: shape, POS, position, gazetteer, document. */
export function contextFeatures(sentence: SentenceView, doc: DocumentView, lowers: readonly string[]): string[][] {
  const words = mapPacked(sentence.tokens, (_, i) => wordAt(sentence, i));
  const at = (i: number): Word => words[i] ?? BOUNDARY;
  const caps = sentence.caseless;
  return mapPacked(words, (w, i) => {
    const prev = at(i - 1);
    const next = at(i + 1);
    const shape = caps ? 'caps' : w.shape;
    const features = [
      'bias',
      `sh=${shape}`,
      `pos=${w.pos}`,
      `pos-1=${prev.pos}`,
      `pos+1=${next.pos}`,
      `sh-1|sh=${caps ? 'caps' : prev.shape}|${shape}`,
      `sh|sh+1=${shape}|${caps ? 'caps' : next.shape}`,
      `w-1|sh=${lowerAt(lowers, i - 1)}|${shape}`,
      `sh|w+1=${shape}|${lowerAt(lowers, i + 1)}`,
    ];
    if (!caps) features.push(`W=${w.text}`);
    if (caps) features.push('capsline');
    if (i === 0) features.push(`first|sh=${shape}`);
    if (seenInLowerCase(doc, sentence, i)) features.push(`seen-lower|sh=${shape}`);
    for (const hit of sentence.gazetteer[i] ?? []) features.push(`g=${hit}`, `g=${hit}|caps=${caps}`);
    for (const hit of sentence.gazetteer[i - 1] ?? []) features.push(`g-1=${hit}`);
    for (const hit of sentence.gazetteer[i + 1] ?? []) features.push(`g+1=${hit}`);
    return features;
  });
}

/** Every static feature of every token, as strings: what training sees. */
/** Where staticFeatures() puts a token's features: its word's own (wordFeatures) up to OWN_FEATURES_END, its neighbours' (NEIGHBOURS order) up to NEIGHBOUR_FEATURES_END, then its context's. */
export const OWN_FEATURES_END = wordFeatures('').length;
export const NEIGHBOUR_FEATURES_END = OWN_FEATURES_END + NEIGHBOURS.length;

export function staticFeatures(sentence: SentenceView, doc: DocumentView): string[][] {
  const lowers = lowersOf(sentence);
  return mapPacked(contextFeatures(sentence, doc, lowers), (features, i) => [
    ...wordFeatures(lowerAt(lowers, i)),
    ...mapPacked(NEIGHBOURS, (offset) => neighbourFeature(offset, lowerAt(lowers, i + offset))),
    ...features,
  ]);
}

/** Features of the tags chosen for the two tokens before: the part that makes it a sequence model. */
export function tagFeatures(lower: string, previous: string, beforePrevious: string): string[] {
  return [`t-1=${previous}`, `t-2|t-1=${beforePrevious}|${previous}`, `t-1|w=${previous}|${lower}`];
}
