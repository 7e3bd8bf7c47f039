import type { Token } from '../../document/document.js';
import ABBREVIATIONS from '../../data/lexicons/abbreviations.json';
import { reportingCues } from '../../shared/speech-cues.js';
import { mapPacked } from '../../shared/arrays.js';
import { dottedLetterCount, hasUpper, lowerFirst, upperHyphenUpper } from '../../shared/letter-classes.js';

/**
 * Corrections to wink-nlp's sentence boundaries. wink splits after any period it does not
 * know as part of an abbreviation (a party-state tag "D-N.Y.", "then-Gov.", spaced wire
 * text "U . S .") and after every question or exclamation mark, so the attribution of a
 * quoted question ("“Why?” he said.") starts a sentence of its own. Each boundary is judged
 * by how the sentence before it ends and how the next one starts: a period ends a sentence
 * unless it closes an abbreviation that the next word continues (Punkt's orthographic
 * evidence: a sentence does not start in lower case, with a comma or, after "No." or a
 * month, with a number).
 */

type AbbreviationKind = keyof typeof ABBREVIATIONS.entries;

const ABBREVIATION_KINDS: ReadonlyMap<string, AbbreviationKind> = new Map(
  (Object.entries(ABBREVIATIONS.entries) as [AbbreviationKind, string[]][]).flatMap(([kind, words]) => mapPacked(words, (word): [string, AbbreviationKind] => [word, kind])),
);

const CLOSING_MARKS = new Set([')', ']', '”', '"', '’', "'", '»']);
const QUOTE_MARKS = new Set(['”', '"', '’', "'", '»']);
/** Marks that go on with a sentence and never start one. */
const CONTINUING_MARKS = new Set([',', ';', ':', ')', ']', '%', '—', '–', '―']);

/** How a sentence ends: at `mark` (the last token before closing quotes and brackets). */
interface Ending {
  /** The token index of the final mark. */
  mark: number;
  /** A question or exclamation mark. */
  question: boolean;
  /**
   * The abbreviation its final period closes, if it may be one: a kind of abbreviations.json,
   * 'initial' (a letter or dotted letters) or 'word' (a capitalised word glued to the period,
   * which only a lower-case word continues: "Happer.) makes").
   */
  abbreviation?: AbbreviationKind | 'initial' | 'word';
  /** Its final period follows a number and a space, as in spaced wire text ("19 . 03"). */
  spacedNumber: boolean;
  /** A quotation mark closes it. */
  quoted: boolean;
}

/** The kind of abbreviation `word` (without its final period) is, if any. */
function abbreviationKind(word: string): Ending['abbreviation'] {
  const last = word.slice(word.lastIndexOf('-') + 1);
  const kind = ABBREVIATION_KINDS.get(last);
  if (kind) return kind;
  // Initials: letters with full stops between them ("U.S", "J").
  if (dottedLetterCount(last) > 0 && !last.endsWith('.')) return 'initial';
  // A party-state tag ("R-Wisc."): a capital of one letter, a hyphen and a place.
  return upperHyphenUpper(word) ? 'suffix' : undefined;
}

/** Token t follows the one before it with nothing between them. */
const glued = (tokens: readonly Token[], t: number): boolean => t > 0 && (tokens[t] as Token).start === (tokens[t - 1] as Token).end;

function endingOf(tokens: readonly Token[], first: number, end: number): Ending {
  let mark = end - 1;
  while (mark > first && CLOSING_MARKS.has((tokens[mark] as Token).text)) mark -= 1;
  const ending: Ending = { mark, question: false, spacedNumber: false, quoted: false };
  for (let t = mark + 1; t < end; t += 1) if (QUOTE_MARKS.has((tokens[t] as Token).text)) ending.quoted = true;
  const text = (tokens[mark] as Token).text;
  if (text === '?' || text === '!') ending.question = true;
  else if (text === '.' && mark > first) {
    const word = tokens[mark - 1] as Token;
    if (glued(tokens, mark)) ending.abbreviation = word.kind === 'word' ? (abbreviationKind(word.text) ?? (hasUpper(word.text) ? 'word' : undefined)) : undefined;
    else if ((tokens[mark] as Token).start === word.end + 1) {
      // Spaced wire text: "U . S ." and "19 . 03 percent".
      if (word.kind === 'number') ending.spacedNumber = true;
      else if (word.kind === 'word' && word.text.length === 1) ending.abbreviation = 'initial';
    }
  } else if (text.length > 1 && text.endsWith('.') && (tokens[mark] as Token).kind === 'word') {
    // A period wink kept on its word: an abbreviation it knows ("U.S.", "p.m.").
    ending.abbreviation = abbreviationKind(text.slice(0, -1)) ?? 'suffix';
  }
  return ending;
}

const startsLowerCase = (token: Token): boolean => lowerFirst(token.text) && !hasUpper(token.text);
const isInitial = (tokens: readonly Token[], t: number): boolean => {
  const token = tokens[t] as Token;
  const letters = dottedLetterCount(token.text);
  return (letters === 1 && token.text.endsWith('.')) || (token.text.length === 1 && letters === 1 && tokens[t + 1]?.text === '.');
};

/** The most words after an attribution's verb: a time and a place ("at a rally in Fresno that day"), not a clause. */
const MAX_WORDS_AFTER_CUE = 8;

/** The parts of speech of an attribution's subject: "Senator Jane Doe", "she", "the judge". */
const SUBJECT_TAGS = new Set(['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ']);

/**
 * A short attribution after a quotation: a name, a pronoun or a noun phrase, or nothing,
 * then a verb of saying, then at most a few words, no further verb and no "that" ("“Why?” Senator Jane
 * Doe asked on Tuesday.", "“Why?” asked Doe.").
 */
function isAttribution(tokens: readonly Token[], first: number, end: number): boolean {
  const cues = reportingCues();
  for (let t = first; t < end && t < first + 7; t += 1) {
    const token = tokens[t] as Token;
    if (token.pos === 'VERB' && cues.get(token.lemma ?? '')?.some((cue) => cue.words.length === 1)) {
      let rest = t + 1;
      while (rest < end && (tokens[rest] as Token).kind !== 'punctuation') {
        const after = tokens[rest] as Token;
        if (after.pos === 'VERB' || after.pos === 'AUX' || (rest === t + 1 && after.lemma === 'that') || rest - t > MAX_WORDS_AFTER_CUE) return false;
        rest += 1;
      }
      return rest === end || (tokens[rest] as Token).text === '.' || (tokens[rest] as Token).text === ',';
    }
    if (!SUBJECT_TAGS.has(token.pos) && !(token.kind === 'word' && token.text.endsWith('.'))) return false;
  }
  return false;
}

/** The period at `t` is a decimal point: it follows a digit or a space (".45-caliber"), not a word (a list's "5."). */
function isDecimalPoint(tokens: readonly Token[], t: number): boolean {
  const point = tokens[t] as Token;
  return point.text === '.' ? !glued(tokens, t) || /\d$/u.test((tokens[t - 1] as Token).text) : /\d\.$/u.test(point.text);
}

/** Whether the sentence tokens[first, end) goes on with the one starting at `next`. */
function continues(tokens: readonly Token[], first: number, next: number, end: number): boolean {
  const ending = endingOf(tokens, first, next);
  const start = tokens[next] as Token;
  const mark = (tokens[ending.mark] as Token).text;
  if (mark === ',' || mark === ';') return true;
  // A period inside a word, a number or an address ("PM2.5", "MoveOn.org"), which wink split on.
  if (mark.endsWith('.') && ending.mark === next - 1 && glued(tokens, next) && (startsLowerCase(start) || (start.kind === 'number' && isDecimalPoint(tokens, next - 1)))) return true;
  if (CONTINUING_MARKS.has(start.text) && (ending.question || ending.abbreviation)) return true;
  if (ending.question) return startsLowerCase(start) || (ending.quoted && isAttribution(tokens, next, end));
  if (ending.quoted && startsLowerCase(start) && isAttribution(tokens, next, end)) return true;
  if (ending.spacedNumber) return start.kind === 'number' && start.start === (tokens[next - 1] as Token).end + 1;
  switch (ending.abbreviation) {
    case 'title':
      return true;
    case 'number':
      return startsLowerCase(start) || start.kind === 'number' || start.kind === 'ordinal';
    case 'initial':
      return startsLowerCase(start) || isInitial(tokens, next);
    case 'suffix':
    case 'word':
      return startsLowerCase(start);
    default:
      return false;
  }
}

/**
 * wink-nlp's sentences of one unit, as document token ranges [first, end) in order,
 * corrected: a boundary inside a run of dotted letters ("D-N. | Y.,") moves past the run,
 * and a sentence that the next goes on with is joined to it.
 */
export function correctBoundaries(tokens: readonly Token[], sentences: readonly [number, number][]): [number, number][] {
  const corrected: [number, number][] = [];
  for (const [from, to] of sentences) {
    const previous = corrected.at(-1);
    if (!previous || previous[1] !== from) {
      corrected.push([from, to]);
      continue;
    }
    let next = from;
    const inRun = (t: number): boolean => glued(tokens, t) && (isInitial(tokens, t) || CLOSING_MARKS.has((tokens[t] as Token).text) || CONTINUING_MARKS.has((tokens[t] as Token).text));
    if (endingOf(tokens, previous[0], next).abbreviation === 'initial') while (next < to && inRun(next)) next += 1;
    if (next === to || continues(tokens, previous[0], next, to)) previous[1] = to;
    else {
      previous[1] = next;
      corrected.push([next, to]);
    }
  }
  return corrected;
}
