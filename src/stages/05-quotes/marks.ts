import type { NewsDocument, Token } from '../../document/document.js';
import { isLetterOrNumberCode } from '../../shared/letter-classes.js';

/** A stretch of text in quotation marks: its marks and the words between them. */
export interface Stretch {
  /** The opening mark's (first) token. */
  open: number;
  /** The closing mark's (last) token, or -1 when the quotation runs to the end of its last paragraph unclosed. */
  close: number;
  /** The token ranges `[from, to)` between the marks, one per paragraph: a quotation over several paragraphs reopens each with a mark and closes only the last. */
  pieces: [number, number][];
  /** Word and number tokens inside. */
  words: number;
}

const DOUBLE_OPEN = new Set(['“', '"', '«', '„']);
const DOUBLE_CLOSE = new Set(['”', '"', '»']);
const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
/** A single-quoted stretch longer than this is taken for apostrophes, not a quotation. */
const MOST_SINGLE_TOKENS = 60;

/** Whether a token is one of `marks`: every mark is one character, so longer tokens, most of them, are not looked up. */
const isMark = (marks: ReadonlySet<string>, token: Token): boolean => token.text.length === 1 && marks.has(token.text);

/** `/[\p{L}\p{N}]/u.test(char)` for a character read by `charAt`: one code unit, or '' past the end. */
const isWordChar = (char: string): boolean => char !== '' && isLetterOrNumberCode(char.charCodeAt(0));

/**
 * The length in tokens of a double quotation mark at token `k`, or 0: one token for “ ” " « » „,
 * two for a double mark typed as two apostrophes ('' in typewriter and wire copy, as the New York
 * Times archive writes every quotation), which the tokenizer splits.
 */
function doubleMarkAt(tokens: readonly Token[], k: number): number {
  const token = tokens[k] as Token;
  if (isMark(DOUBLE_OPEN, token) || isMark(DOUBLE_CLOSE, token)) return 1;
  const next = tokens[k + 1];
  return token.text === "'" && next?.text === "'" && next.start === token.end ? 2 : 0;
}

/** A straight mark (" or '') opens and closes alike: unpaired at a paragraph's end, it may be a stray. */
const isStraight = (tokens: readonly Token[], k: number): boolean => (tokens[k] as Token).text === '"' || (tokens[k] as Token).text === "'";

/** The unit (paragraph, title …) of each token, by walking the two sorted lists together. */
export function tokenUnits(doc: NewsDocument): Int32Array {
  const units = new Int32Array(doc.tokens.length);
  let unit = 0;
  doc.tokens.forEach((token, k) => {
    while (unit < doc.units.length - 1 && (doc.units[unit] as { end: number }).end <= token.start) unit += 1;
    units[k] = unit;
  });
  return units;
}

/**
 * Every quotation-mark stretch outside boilerplate, in one pass over the tokens. Double marks
 * pair within a paragraph; an unclosed one continues when the next paragraph opens with a mark
 * (a quotation over several paragraphs) and otherwise ends with its paragraph when it is a
 * curly opening mark (a straight one is dropped: it may be a stray). Single marks count only
 * outside double ones (inside, they are nested quotations within the quote), open before a
 * word and close after one.
 */
export function quotedStretches(doc: NewsDocument, units: Int32Array): Stretch[] {
  const { tokens, sentences, text } = doc;
  const found: Stretch[] = [];
  let open = -1;
  let pieceStart = 0;
  let pieces: [number, number][] = [];
  let single = -1;
  const finish = (close: number, lastPieceEnd: number): void => {
    pieces.push([pieceStart, lastPieceEnd]);
    let words = 0;
    for (const [from, to] of pieces) for (let k = from; k < to; k += 1) if (isWord(tokens[k] as Token)) words += 1;
    found.push({ open, close, pieces, words });
    open = -1;
  };
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    if (sentences[token.sentence]?.part === 'boilerplate') continue;
    const newUnit = k > 0 && units[k] !== units[k - 1];
    if (newUnit) single = -1;
    const mark = doubleMarkAt(tokens, k);
    // The token after the mark.
    const past = k + mark;
    if (open >= 0 && newUnit) {
      if (mark === 2 || (mark === 1 && isMark(DOUBLE_OPEN, token))) {
        pieces.push([pieceStart, k]);
        pieceStart = past;
        k = past - 1;
        continue;
      }
      if (isStraight(tokens, open)) open = -1;
      else finish(-1, k);
    }
    if (open >= 0) {
      if (token.text === '“') {
        // A second opening mark in the paragraph: the first was a stray.
        open = k;
        pieceStart = k + 1;
        pieces = [];
      } else if (mark === 2 || (mark === 1 && isMark(DOUBLE_CLOSE, token))) {
        finish(past - 1, k);
        k = past - 1;
      }
      continue;
    }
    if (mark === 2 || (mark === 1 && isMark(DOUBLE_OPEN, token))) {
      open = k;
      pieceStart = past;
      pieces = [];
      single = -1;
      k = past - 1;
      continue;
    }
    if (single >= 0 && isMark(SINGLE_CLOSE, token) && !/\s/.test(text.charAt(token.start - 1)) && !isWordChar(text.charAt(token.end))) {
      if (k - single - 1 > 0) {
        const pieceRange: [number, number] = [single + 1, k];
        let words = 0;
        for (let w = single + 1; w < k; w += 1) if (isWord(tokens[w] as Token)) words += 1;
        found.push({ open: single, close: k, pieces: [pieceRange], words });
      }
      single = -1;
    } else if (isMark(SINGLE_OPEN, token) && !isWordChar(text.charAt(token.start - 1)) && isWordChar(text.charAt(token.end))) single = k;
    else if (single >= 0 && k - single > MOST_SINGLE_TOKENS) single = -1;
  }
  if (open >= 0 && !isStraight(tokens, open)) finish(-1, tokens.length);
  return found;
}

export const isWord = (token: Token): boolean => token.kind === 'word' || token.kind === 'number';
