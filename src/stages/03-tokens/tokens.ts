import { NUMERIC_TYPES, type NewsDocument, type NumericType, type Sentence, type Token, type TokenKind, type Unit } from '../../document/document.js';
import { isAllBlank, isBlankCode, isLowSurrogate } from '../../shared/text.js';
import { readWithWink, type WinkReading } from '../../shared/wink.js';
import { correctBoundaries } from './boundaries.js';
import { mapPacked } from '../../shared/arrays.js';
import { setTokenSpellings } from '../../shared/vocabulary.js';
import { codePointBefore, isLetterOrMarkCode } from '../../shared/letter-classes.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';

/**
 * Token stage: reads the document's units with wink-nlp, gives each unit its run of wink's
 * tokens, and anchors every token at its offset in the original text. wink-nlp keeps only the
 * spaces before a token and silently drops some blank characters (form feed, vertical tab), so
 * offsets come from walking the text: skip blank characters, then the token's text must start
 * there.
 */

const KINDS: Record<string, TokenKind> = {
  word: 'word', wordRP: 'word', alpha: 'word', apos: 'word', shortForm: 'word',
  number: 'number', decade: 'number', ordinal: 'ordinal', time: 'time',
  currency: 'currency', symbol: 'symbol', punctuation: 'punctuation',
  emoji: 'emoji', emoticon: 'emoticon', url: 'url', email: 'email',
  mention: 'mention', hashtag: 'hashtag',
};

/** Parts read as one sentence whatever their punctuation: a headline is one utterance. */
const ONE_SENTENCE_PARTS = new Set(['kicker', 'title', 'subtitle', 'byline', 'dateline', 'heading', 'boilerplate']);

/**
 * wink-nlp's tokenizer is quadratic in the length of a run without spaces (64k '#' take 11 s),
 * so the string it reads gets a space after every MAX_RUN visible characters of such a run.
 * Only wink's copy changes: tokens are anchored in the text by matching, so offsets stay
 * exact, and a pathological run simply comes back as several tokens.
 */
const MAX_RUN = 200;

/** Whether `text` has a run of more than MAX_RUN visible characters (a loop: /\S{200}/ tried every start). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (isBlankCode(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** A mark or joiner that belongs to the character before it, where a long run is not cut. */
const JOINING_MARK = regexpOnFirstUse(String.raw`[\p{M}\u200d\ufe0f]`, 'u');

function breakLongRuns(text: string): string {
  if (text.length <= MAX_RUN || !hasLongRun(text)) return text;
  const parts: string[] = [];
  let run = 0;
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isBlankCode(code)) run = 0;
    else if (run >= MAX_RUN && !isLowSurrogate(code) && !JOINING_MARK().test(text.charAt(i))) {
      parts.push(text.slice(from, i), ' ');
      from = i;
      run = 1;
    } else run += 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * What wink reads between two units: a blank line. wink splits there whatever the units end
 * and start with (units can abut: "…FOX NEWS APP" cut off "Gaetz said"), and its tagger reads a
 * line break as a token. Read so, every unit of 1,197 development articles got the tags,
 * lemmas and numeric entities it got when read on its own (wink's sentences are cut at the
 * unit's edges in readUnit).
 */
const UNIT_BREAK = '\n\n';

/**
 * Reads the whole document with one readDoc: read unit by unit, wink's cost per call (some 30
 * calls an article) came to a third more than reading the article once.
 */
export function tokenStage(doc: NewsDocument): void {
  readWithWink((readText) => {
    const pieces = mapPacked(doc.units, (unit) => breakLongRuns(doc.view.slice(unit.start, unit.end)));
    const input = pieces.join(UNIT_BREAK);
    const wink = readText(input);
    const firsts = unitFirstTokens(wink, input, pieceStarts(pieces));
    const made: MadeFrom = { first: new Array<number>(wink.tokenCount), end: new Array<number>(wink.tokenCount), spellings: new Int32Array(2 * wink.tokenCount) };
    const next = { sentence: 0, entity: 0 };
    doc.units.forEach((unit, u) => readUnit(doc, wink, unit, [firsts[u] as number, firsts[u + 1] as number], made, next));
    setTokenSpellings(doc.tokens, { spellings: wink.spellings, numbers: made.spellings.subarray(0, doc.tokens.length) });
  });
}

/** Where each piece starts in the pieces joined by UNIT_BREAK. */
function pieceStarts(pieces: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    starts.push(at);
    at += piece.length + UNIT_BREAK.length;
  }
  return starts;
}

/**
 * The first wink token of each piece of `input`, and last the token count: each token is
 * anchored in wink's input as in the text (skip blanks, then it must start there), and belongs
 * to the piece it lies in. A token wink did not give back verbatim stays where the last one
 * ended, unless it is the next piece's first.
 */
function unitFirstTokens(wink: WinkReading, input: string, starts: readonly number[]): number[] {
  const firsts = [0];
  let cursor = 0;
  for (let k = 0; k < wink.tokenCount; k += 1) {
    const value = wink.value(k);
    if (isAllBlank(value)) continue;
    let found = input.startsWith(value, cursor);
    while (!found && cursor < input.length && isBlankCode(input.charCodeAt(cursor))) found = input.startsWith(value, (cursor += 1));
    for (let next = starts[firsts.length]; next !== undefined; next = starts[firsts.length]) {
      if (found ? cursor < next : !input.startsWith(value, next)) break;
      if (!found) [cursor, found] = [next, true];
      firsts.push(k);
    }
    if (found) cursor += value.length;
  }
  while (firsts.length <= starts.length) firsts.push(wink.tokenCount);
  return firsts;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LOWER_S = 115;
const isQuote = (code: number): boolean => code === APOSTROPHE || code === RIGHT_QUOTE;
const LINE_TERMINATORS = ['\n', '\r', '\u2028', '\u2029'];

/**
 * The length of a word's stem before a possessive ending left on it, or 0 for none. wink splits
 * "Trump’s administration" but not "Trump’s." before punctuation, so the ending is split off
 * (addWord) whenever wink left it on. The stem is what `/^(.*?[\p{L}\p{M}])((?:['’]s?)+)$/u`
 * takes as its first group, read by code. The ending is apostrophes, each maybe followed by an
 * s, up to the end; the stem the shortest start that ends in a letter or mark before one of its
 * apostrophes (and, as `.` reads it, holds no line break). Most words do not end as a possessive
 * can, and are ruled out by their last letters.
 */
export function possessiveStemLength(word: string): number {
  let ending = word.length;
  // The longest run of apostrophes and s's after apostrophes that ends the word.
  while (ending > 0) {
    const code = word.charCodeAt(ending - 1);
    if (isQuote(code)) ending -= 1;
    else if (code === LOWER_S && ending > 1 && isQuote(word.charCodeAt(ending - 2))) ending -= 2;
    else break;
  }
  if (ending === word.length || LINE_TERMINATORS.some((terminator) => word.includes(terminator))) return 0;
  for (let at = ending; at < word.length; at += 1) if (at > 0 && isQuote(word.charCodeAt(at)) && isLetterOrMarkCode(codePointBefore(word, at))) return at;
  return 0;
}

/** wink-nlp's numeric and temporal entity types that newslens passes through. */

/**
 * Which document tokens each wink token became: `first[i]` to `end[i]` (exclusive), one, two (a
 * possessive split off) or none (a blank token); and per document token, the number of its
 * spelling in wink's `spellings`, or -1 where its text is not wink's word (markup, a possessive
 * split off, a contraction's expansion): a wink token makes at most two document tokens.
 */
interface MadeFrom {
  first: number[];
  end: number[];
  spellings: Int32Array;
}

/**
 * Unit `unit`, whose wink tokens are `from` to `to` (exclusive): its tokens anchored in the
 * text, its sentences (wink's, cut at the unit's edges) and its numeric entities. `next` holds
 * the first of wink's sentences and entities that no earlier unit has passed.
 */
function readUnit(doc: NewsDocument, wink: WinkReading, unit: Unit, [from, to]: [number, number], made: MadeFrom, next: { sentence: number; entity: number }): void {
  const view = doc.view;
  let cursor = unit.start;
  for (let i = from; i < to; i += 1) {
    const value = wink.value(i);
    const type = wink.type(i);
    let found = view.startsWith(value, cursor);
    while (!found && cursor < unit.end && isBlankCode(view.charCodeAt(cursor))) found = view.startsWith(value, (cursor += 1));
    const first = doc.tokens.length;
    made.first[i] = first;
    if (type === 'tabCRLF' || isAllBlank(value) || !found) {
      made.end[i] = first;
      if (found) cursor += value.length;
      continue;
    }
    const kind = KINDS[type] ?? 'other';
    if (kind === 'word') addWord(doc, cursor, value, wink, i, made.spellings);
    else {
      const text = tokenText(doc, cursor, value);
      doc.tokens.push(newToken(OTHER, text, cursor, cursor + value.length, kind, wink.pos(i)));
      made.spellings[doc.tokens.length - 1] = text === value ? wink.plainSpelling(i) : -1;
    }
    cursor += value.length;
    made.end[i] = doc.tokens.length;
  }
  const ranges: [number, number][] = [];
  const addRange = (first: number, last: number): void => {
    const range = madeRange(made, first, last);
    if (range) ranges.push(range);
  };
  const sentences = wink.sentences;
  while (next.sentence < sentences.length && ((sentences[next.sentence] as readonly number[])[1] as number) < from) next.sentence += 1;
  if (ONE_SENTENCE_PARTS.has(unit.part)) addRange(from, to - 1);
  else {
    // wink's sentences run on over a unit that ends without a full stop (a title, a list item).
    for (let s = next.sentence; s < sentences.length && ((sentences[s] as readonly number[])[0] as number) < to; s += 1) {
      const sentence = sentences[s] as readonly number[];
      addRange(Math.max(sentence[0] as number, from), Math.min(sentence[1] as number, to - 1));
    }
  }
  for (const [first, end] of correctBoundaries(doc.tokens, ranges)) {
    for (const [pieceFrom, pieceTo] of sentencePieces(doc.tokens, first, end)) addSentence(doc, unit, pieceFrom, pieceTo);
  }
  const entities = wink.entities;
  for (; next.entity < entities.length && (entities[next.entity] as readonly [number, number, string])[0] < to; next.entity += 1) {
    const [first, last, type] = entities[next.entity] as readonly [number, number, string];
    // An entity that runs on into the next unit is none: no number or date spans two paragraphs.
    if (unit.part === 'boilerplate' || first < from || last >= to || !NUMERIC_TYPES.has(type)) continue;
    const range = madeRange(made, first, last);
    if (!range) continue;
    const start = (doc.tokens[range[0]] as Token).start;
    const end = (doc.tokens[range[1] - 1] as Token).end;
    doc.numericEntities.push({ start, end, text: doc.text.slice(start, end), type: type as NumericType });
  }
}

/**
 * Token templates, one per key order (the JSON has always listed a word's lemma after its
 * sentence, and a possessive ending's before it). Tokens are copies of these rather than object
 * literals because V8 decides per literal whether to allocate its objects straight into the old
 * generation, from how many survive the first collections; while the first document is read the
 * models load and every token survives, so the literal's tokens, which live for one document,
 * all went to the old generation from then on: slow to allocate, to write young strings into and
 * to collect (7% of extractEntities() on CoNLL dev). A spread copy has no such decision.
 */
const WORD: Token = { text: '', start: 0, end: 0, kind: 'word', pos: '', sentence: -1, lemma: '' };
const POSSESSIVE_ENDING: Token = { text: '', start: 0, end: 0, kind: 'word', pos: 'PART', lemma: "'s", sentence: -1 };
const OTHER: Token = { text: '', start: 0, end: 0, kind: 'other', pos: '', sentence: -1 };

/**
 * The text of a token whose word wink gave as `value`, at `start`: the word itself where the
 * text has no markup (the view is the text), one string shared by all its tokens and wink,
 * rather than a new copy of it for every token.
 */
function tokenText(doc: NewsDocument, start: number, value: string): string {
  return doc.view === doc.text ? value : doc.text.slice(start, start + value.length);
}

/** A copy of `template` covering `text` at [start, end). */
function newToken(template: Token, text: string, start: number, end: number, kind: TokenKind, pos: string): Token {
  const token = { ...template };
  token.text = text;
  token.start = start;
  token.end = end;
  token.kind = kind;
  token.pos = pos;
  return token;
}

/**
 * wink's token `index`, a word, as a token at `start`, and its possessive ending as a token of
 * its own if wink left it on (the stem is then its own lemma, so wink's is not read); their
 * spellings' numbers into `spellings`, by token index.
 */
function addWord(doc: NewsDocument, start: number, value: string, wink: WinkReading, index: number, spellings: Int32Array): void {
  const stemLength = possessiveStemLength(value);
  const possessive = stemLength > 0;
  const stem = possessive ? value.slice(0, stemLength) : value;
  const end = start + stem.length;
  const token = newToken(WORD, tokenText(doc, start, stem), start, end, 'word', wink.pos(index));
  const spelling = possessive ? -1 : wink.wordSpelling(index);
  if (possessive) token.lemma = stem.toLowerCase();
  else token.lemma = spelling >= 0 ? (wink.spellings.lemma[spelling] as string) : wink.expansionLemma(index);
  spellings[doc.tokens.length] = token.text === value ? spelling : -1;
  doc.tokens.push(token);
  if (possessive) {
    const ending = value.slice(stemLength);
    doc.tokens.push(newToken(POSSESSIVE_ENDING, tokenText(doc, end, ending), end, end + ending.length, 'word', 'PART'));
    spellings[doc.tokens.length - 1] = -1;
  }
}

/** The document tokens made from wink tokens first..last, as [first, end), if any. */
function madeRange(made: MadeFrom, first: number, last: number): [number, number] | undefined {
  const madeAny = (i: number): boolean => (made.end[i] as number) > (made.first[i] as number);
  let from = first;
  let to = Math.min(last, made.first.length - 1);
  while (from <= to && !madeAny(from)) from += 1;
  while (to >= from && !madeAny(to)) to -= 1;
  return from <= to ? [made.first[from] as number, made.end[to] as number] : undefined;
}

/**
 * The most tokens a sentence holds. Later stages read each word of a sentence against each
 * name and word pattern in it (target sentiment weighs every word by its distance to every
 * name), so a sentence costs the square of its length, and text with no sentence ends (a
 * table, an unpunctuated list, a long run of "U.S.") would cost the square of its own. News
 * sentences stay well below: the longest in the development data has 210 tokens.
 */
const MAX_SENTENCE_TOKENS = 400;

/**
 * Tokens first..end (exclusive) as sentences of at most MAX_SENTENCE_TOKENS, each longer one
 * cut after its last punctuation mark in the second half of the limit, or at the limit.
 */
function sentencePieces(tokens: readonly Token[], first: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = first;
  while (end - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (let t = cut - 1; t >= from + MAX_SENTENCE_TOKENS / 2; t -= 1) {
      if ((tokens[t] as Token).kind === 'punctuation') {
        cut = t + 1;
        break;
      }
    }
    pieces.push([from, cut]);
    from = cut;
  }
  pieces.push([from, end]);
  return pieces;
}

function addSentence(doc: NewsDocument, unit: Unit, firstIndex: number, endIndex: number): void {
  const index = doc.sentences.length;
  for (let t = firstIndex; t < endIndex; t += 1) (doc.tokens[t] as Token).sentence = index;
  const start = (doc.tokens[firstIndex] as Token).start;
  const end = (doc.tokens[endIndex - 1] as Token).end;
  const sentence: Sentence = { index, start, end, text: doc.text.slice(start, end), part: unit.part, section: unit.section, tokenStart: firstIndex, tokenEnd: endIndex };
  doc.sentences.push(sentence);
}
