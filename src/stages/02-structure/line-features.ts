import boilerplateCues from '../../data/lexicons/boilerplate-cues.json';
import type { Lexicon } from '../../data/lexicon.js';
import { isAsciiDigit, isAsciiLower, isAsciiUpper, isHighSurrogate, isLowSurrogate } from '../../shared/text.js';
import { agencyCreditAt } from './furniture.js';
import { mapPacked } from '../../shared/arrays.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';
import { codePointBefore, firstLetterOrNumber, isLetterCode, isLetterOrNumberCode, isLowerCode, isNumberCode, isUpperCode, lettersAndStops, unitsOf } from '../../shared/letter-classes.js';

/**
 * Facts about a line's wording that tell headlines, headings, bylines and page furniture from
 * prose. Every test here is a plain string scan or a regex anchored on a bounded prefix, so
 * none can backtrack catastrophically on a long line.
 */

interface BoilerplateCue {
  cue: string;
  match: 'prefix' | 'line' | 'contains';
  kind: string;
}

export const BOILERPLATE_CUES = boilerplateCues as Lexicon<BoilerplateCue>;

/** Longest line whose wording is examined; longer lines are always prose. */
const MAX_FEATURE_LENGTH = 400;
const MAX_BOILERPLATE_WORDS = 40;
const MAX_CONTAINS_WORDS = 25;

/** Words that Title Case leaves in lower case; they neither count for nor against it. */
export const MINOR_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or',
  'over', 'per', 'the', 'to', 'up', 'via', 'vs', 'vs.', 'with', 'de', 'van', 'von', 'al',
]);

export interface LineWording {
  words: number;
  /** Share of the non-minor words that begin with a capital letter (0..1). */
  titleCaseRatio: number;
  allCaps: boolean;
  /** Last visible character, after closing quotes and brackets. */
  lastChar: string;
  /** Ends like a sentence: `.`, `!`, `?` or `…`. */
  endsSentence: boolean;
  /** Contains a sentence break inside (". The"), so it is more than one sentence. */
  innerSentenceBreak: boolean;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_']);
const SENTENCE_ENDINGS = new Set(['.', '!', '?', '…']);

/** Last visible character of a line, after closing quotes, brackets and emphasis. */
function lastVisible(text: string): string {
  let last = text.length - 1;
  while (last > 0 && CLOSERS.has(text.charAt(last))) last -= 1;
  return text.charAt(last);
}

/** Ends like a sentence: `.`, `!`, `?` or `…`, before any closing quotes. */
export function endsSentence(text: string): boolean {
  return SENTENCE_ENDINGS.has(lastVisible(text));
}

const STARTS_LOWER = regexpOnFirstUse(String.raw`^[^\p{L}\p{N}]{0,8}\p{Ll}`, 'u');
const MAX_LEAD = 8;

/** Its first letter is lower case: the line continues a sentence. */
export function startsLower(text: string): boolean {
  // The first letter or digit decides, after at most MAX_LEAD other characters; ASCII is read by
  // code, and the pattern reads the rest.
  for (let i = 0; i <= MAX_LEAD && i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) break;
    if (isAsciiLower(code)) return true;
    if (isAsciiUpper(code) || isAsciiDigit(code)) return false;
    if (i === MAX_LEAD) return false;
  }
  return STARTS_LOWER().test(text.slice(0, 10));
}

const SPACE = /\s/;

/** Whether `\s` matches this UTF-16 code unit: ASCII by code, the rest (rare) by the pattern. */
function isSpaceCode(code: number): boolean {
  return code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code));
}

/** End of the run of non-space code units starting at `from`. */
function wordEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end += 1;
  return end;
}

const LONGEST_MINOR_WORD = Math.max(...mapPacked([...MINOR_WORDS], (word) => word.length));

/** A word's say in Title Case: 1 capitalised, -1 lower case and not a minor word, 0 neither. */
function titleCaseVote(word: string): number {
  const code = firstLetterOrNumber(word);
  if (code < 0 || isNumberCode(code)) return 0;
  const first = String.fromCodePoint(code);
  if (first !== first.toLowerCase()) return 1;
  return MINOR_WORDS.has(lettersAndStops(word.toLowerCase())) ? 0 : -1;
}

/** Every code unit of text[start, end) is an ASCII lower-case letter. */
function isAsciiLowerWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!isAsciiLower(text.charCodeAt(i))) return false;
  return true;
}

/** titleCaseVote(text.slice(start, end)); the common ASCII words are read by code, without slicing. */
function titleCaseVoteAt(text: string, start: number, end: number): number {
  const code = text.charCodeAt(start);
  if (isAsciiUpper(code)) return 1;
  if (isAsciiDigit(code)) return 0;
  if (isAsciiLowerWord(text, start, end)) return end - start > LONGEST_MINOR_WORD || !MINOR_WORDS.has(text.slice(start, end)) ? -1 : 0;
  return titleCaseVote(text.slice(start, end));
}

/** Every character but letters, for taking them out (isAllCaps reads ASCII by code; a dateline's place asks for it too). */
const NOT_LETTERS = regexpOnFirstUse(String.raw`[^\p{L}]`, 'gu');

/** Two or more letters, all in capitals; ASCII text by code, the rest by the pattern. */
function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      const all = text.replace(NOT_LETTERS(), '');
      return all.length >= 2 && all === all.toUpperCase() && all !== all.toLowerCase();
    }
    // One lower-case letter anywhere is enough to say no.
    if (isAsciiLower(code)) return false;
    if (isAsciiUpper(code)) letters += 1;
  }
  return letters >= 2;
}

export function wording(text: string): LineWording | undefined {
  if (text.length > MAX_FEATURE_LENGTH) return undefined;
  let words = 0;
  let upper = 0;
  let lower = 0;
  for (let start = 0; start < text.length; ) {
    if (isSpaceCode(text.charCodeAt(start))) {
      start += 1;
      continue;
    }
    const end = wordEnd(text, start);
    words += 1;
    const vote = titleCaseVoteAt(text, start, end);
    if (vote > 0) upper += 1;
    else if (vote < 0) lower += 1;
    start = end;
  }
  const lastChar = lastVisible(text);
  return {
    words,
    titleCaseRatio: upper + lower === 0 ? 0 : upper / (upper + lower),
    allCaps: isAllCaps(text),
    lastChar,
    endsSentence: SENTENCE_ENDINGS.has(lastChar),
    // A full stop after a short abbreviation ("Dr. Ben", "Roe v. Wade", "U.S. Army") ends no sentence.
    innerSentenceBreak: hasSentenceBreak(text.slice(0, text.lastIndexOf(lastChar))),
  };
}

/** Before a short word: the text's start, a blank, a full stop or an opening bracket. */
const opensWord = (text: string, at: number): boolean => at === 0 || text.charCodeAt(at - 1) === 0x2e || text.charCodeAt(at - 1) === 0x28 || isSpaceCode(text.charCodeAt(at - 1));

/**
 * A full stop at `at` that ends a short abbreviation: a capital and at most two small letters
 * ("Dr", "Mrs", "U"), or one small letter ("v"), after a blank, a full stop, a bracket or the start.
 */
function endsShortAbbreviation(text: string, at: number): boolean {
  let from = at;
  // Back over at most two small letters to a capital; one small letter alone may open the word.
  for (let small = 0; small <= 2 && from > 0; small += 1) {
    const code = codePointBefore(text, from);
    if (isUpperCode(code)) return opensWord(text, from - unitsOf(code));
    if (!isLowerCode(code)) return false;
    from -= unitsOf(code);
    if (small === 0 && opensWord(text, from)) return true;
  }
  return false;
}

const SENTENCE_CLOSERS = '"\'”’)';
const SENTENCE_OPENERS = '"\'“‘(';

/**
 * A sentence break inside the text: a full stop (not a short abbreviation's), "!" or "?", maybe
 * a closing quote or bracket, blanks, maybe an opening one, and a capital. What
 * `/(?:(?<!(?:^|[\s.(])(?:\p{Lu}\p{Ll}{0,2}|\p{Ll}))\.|[!?])["'”’)]?\s+["'“‘(]?\p{Lu}/u.test(text)` gives, read by code.
 */
export function hasSentenceBreak(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue;
    if (code === 0x2e && endsShortAbbreviation(text, at)) continue;
    let next = at + 1;
    if (next < text.length && SENTENCE_CLOSERS.includes(text.charAt(next))) next += 1;
    const blanks = next;
    while (next < text.length && isSpaceCode(text.charCodeAt(next))) next += 1;
    if (next === blanks) continue;
    if (next < text.length && SENTENCE_OPENERS.includes(text.charAt(next))) next += 1;
    if (next < text.length && isUpperCode(text.codePointAt(next) as number)) return true;
  }
  return false;
}

/** How many maximal runs of spaces the text holds. */
function spaceRuns(text: string): number {
  let runs = 0;
  for (let i = 0; i < text.length; i += 1) if (isSpaceCode(text.charCodeAt(i)) && (i === 0 || !isSpaceCode(text.charCodeAt(i - 1)))) runs += 1;
  return runs;
}

/** Bullets, dashes, emphasis and blanks that open a line. */
const LEADING_MARKS = regexpOnFirstUse(String.raw`^[\s\p{Pd}•▶►»>*_#|]+`, 'u');

/**
 * Whether a line may open with LEADING_MARKS: not when it opens with a letter, a number or a
 * curly quote (U+2018–U+201F), none of which is one; most lines do, and skip the pattern.
 */
export function mayOpenWithMarks(text: string): boolean {
  const code = text.charCodeAt(0);
  return !(isLetterOrNumberCode(code) || (code >= 0x2018 && code <= 0x201f));
}

/** Lower-cased, with bullets, emphasis and spacing normalised, for matching cues. */
function normaliseForCues(text: string): string {
  return (mayOpenWithMarks(text) ? text.replace(LEADING_MARKS(), '') : text).replace(/\s+/g, ' ').toLowerCase();
}

/** A blank or a punctuation mark, one code point. */
const TRAILING_MARK = regexpOnFirstUse(String.raw`^[\s\p{P}]$`, 'u');
const ASCII_TRAILING_MARKS = '\t\n\v\f\r !"#%&\'()*,-./:;?@[\\]_{}';

/** `TRAILING_MARK.test(String.fromCodePoint(code))`: ASCII and the curly quotes (U+2018–U+201F) by code, the rest by the pattern. */
export function isTrailingMarkCode(code: number): boolean {
  if (code < 0x80) return ASCII_TRAILING_MARKS.includes(String.fromCharCode(code));
  if (code >= 0x2018 && code <= 0x201f) return true;
  return TRAILING_MARK().test(String.fromCodePoint(code));
}

/**
 * `line` without the blanks and punctuation it ends in: what `replace(/[\s\p{P}]+$/u, '')` gives,
 * read from the end, where that pattern was tried from every start of the line.
 */
function withoutTrailingMarks(line: string): string {
  let end = line.length;
  while (end > 0) {
    const isPairEnd = end > 1 && isLowSurrogate(line.charCodeAt(end - 1)) && isHighSurrogate(line.charCodeAt(end - 2));
    const from = isPairEnd ? end - 2 : end - 1;
    if (!isTrailingMarkCode(line.slice(from, end).codePointAt(0) as number)) break;
    end = from;
  }
  return line.slice(0, end);
}

/** A cue that can match a line whatever its first character. */
const matchesAnywhere = (entry: BoilerplateCue): boolean => entry.match === 'contains' || entry.cue === '';
const ANYWHERE_CUES = BOILERPLATE_CUES.entries.filter(matchesAnywhere);
/**
 * The cues a line can match, by the line's first character: a 'line' or 'prefix' cue starts
 * the line, so only those starting with that character, and the cues that match anywhere, in
 * the list's order (the first that matches is the one a walk over the whole list finds).
 */
const CUES_BY_FIRST: ReadonlyMap<string, BoilerplateCue[]> = new Map(
  mapPacked([...new Set(mapPacked(BOILERPLATE_CUES.entries.filter((entry) => !matchesAnywhere(entry)), (entry) => entry.cue.charAt(0)))], (first) => [
    first,
    BOILERPLATE_CUES.entries.filter((entry) => matchesAnywhere(entry) || entry.cue.charAt(0) === first),
  ]),
);

/** The boilerplate cue a line matches, if it is page furniture rather than article text. */
export function boilerplateCue(text: string): BoilerplateCue | undefined {
  if (text.length > MAX_FEATURE_LENGTH) return undefined;
  const words = spaceRuns(text) + 1; // text.split(/\s+/).length, without the array
  if (words > MAX_BOILERPLATE_WORDS) return undefined;
  const line = normaliseForCues(text);
  const bare = withoutTrailingMarks(line);
  return (CUES_BY_FIRST.get(line.charAt(0)) ?? ANYWHERE_CUES).find((entry) => {
    switch (entry.match) {
      case 'line':
        return bare === entry.cue;
      case 'prefix':
        return line.startsWith(entry.cue) && !(entry.cue.length < line.length && isLetterCode(line.charCodeAt(entry.cue.length))) && line.length > entry.cue.length - 1;
      case 'contains':
        return words <= MAX_CONTAINS_WORDS && line.includes(entry.cue);
    }
  });
}

const MENU_SEPARATOR = /\s[|•·]\s|\s\/\s/;
const MAX_MENU_ITEM_WORDS = 3;
const SEPARATOR_MARKS = ['|', '•', '·', '/'];

/** Three items need two separators, so two separator marks: a cheap test before splitting. */
function hasTwoSeparatorMarks(text: string): boolean {
  let marks = 0;
  for (const mark of SEPARATOR_MARKS) for (let at = text.indexOf(mark); at >= 0 && marks < 2; at = text.indexOf(mark, at + 1)) marks += 1;
  return marks >= 2;
}

/** A navigation menu: "Home | World | Business | Sport" — short items between separators. */
export function isMenu(text: string): boolean {
  if (text.length > MAX_FEATURE_LENGTH || !hasTwoSeparatorMarks(text)) return false;
  const items = text.split(MENU_SEPARATOR);
  return items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= MAX_MENU_ITEM_WORDS);
}

// The words of a byline's lead, one list for its pattern and the test that keeps lines from it.
const BYLINE_CREDITS = ['Written', 'written', 'Words', 'words', 'Story', 'story', 'Text', 'text'];
const BYLINE_BYS = ['By', 'by', 'BY'];
/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by …": a capitalised name must follow. */
const BYLINE_LEAD = regexpOnFirstUse(String.raw`^(?:(?:${BYLINE_CREDITS.join('|')})\s+)?(?:${BYLINE_BYS.join('|')})\s+(?=\p{Lu})`, 'u');
/** The words BYLINE_LEAD can open with: a line that opens otherwise, nearly every one, is not run through it. */
const BYLINE_OPENINGS = [...BYLINE_CREDITS, ...BYLINE_BYS];

export function isByline(text: string): boolean {
  const lead = BYLINE_OPENINGS.some((word) => text.startsWith(word)) ? BYLINE_LEAD().exec(text) : null;
  if (!lead || text.length > 160) return false;
  const names = wording(text.slice(lead[0].length));
  // "By Tuesday, the Senate will vote." is prose: names are mostly capitalised and end unpunctuated.
  return names !== undefined && names.words <= 12 && !names.endsSentence && names.titleCaseRatio >= 0.6;
}

/**
 * "WASHINGTON (Reuters) -", "LONDON, Jan 5 (Reuters) -", "GAZA CITY, Gaza Strip (AP) —",
 * "KYIV —". Matched on the first 120 characters of a paragraph only.
 */
const DATELINE = regexpOnFirstUse(
  String.raw`^(\p{Lu}[\p{Lu}'’. -]*\p{Lu}\.?)((?:,\s*[\p{L}.]+(?:\s+[\p{L}\d.]+){0,3}){0,2})(\s*\([^()\n]{1,40}\))?\s*(?:--?|–|—)\s+`,
  'u',
);
/** A place in Title Case needs a wire credit after it: "New York (AFP) –", "Mexico City (AFP) –". */
const TITLE_CASE_PLACE = regexpOnFirstUse(String.raw`^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})((?:,\s*[\p{L}.]+(?:\s+[\p{L}\d.]+){0,3}){0,2})\s*`, 'u');

/** A dateline on a line of its own: a place in capitals and a date ("NEW YORK 1996-08-22", "LONDON, Aug. 22"). */
const DATELINE_LINE = regexpOnFirstUse(String.raw`^\p{Lu}[\p{Lu}'’. -]{0,40}\p{Lu}\.?,?\s+(?:\p{L}{3,9}\.?\s+)?\d[\d/.-]{0,9}(?:,?\s+\d{4})?\s*$`, 'u');

/**
 * Whether `text` may open with a place in capitals as DATELINE and DATELINE_LINE read one: a
 * capital, then a capital or one of ' ’ . - and space. Most lines open with a capital and a
 * lower-case letter: they are not run through the two Unicode regexes, whose first run on a
 * text of two-byte characters (curly quotes) compiles them at a cost of milliseconds.
 */
function mayOpenInCapitals(text: string): boolean {
  const first = text.charCodeAt(0);
  const second = text.charCodeAt(1);
  return (isAsciiUpper(first) || first >= 128) && (isAsciiUpper(second) || second >= 128 || second === 39 || second === 46 || second === 32 || second === 45);
}

export function isDatelineLine(text: string): boolean {
  return text.length <= 80 && mayOpenInCapitals(text) && DATELINE_LINE().test(text);
}

/** A dateline at the head of a paragraph: its end, and where its place name lies (relative offsets). */
export interface DatelineMatch {
  end: number;
  /** The place it was filed from; absent for a bare wire credit ("(Reuters) – …"). */
  place?: [number, number];
}

/** The dateline leading a paragraph, if there is one. */
export function readDateline(paragraph: string): DatelineMatch | undefined {
  const credit = agencyCreditAt(paragraph, 0);
  if (credit > 0) return { end: credit };
  // A Title Case place counts only before a wire credit, which opens with "(": without one in
  // reach the Unicode regex is not run (nor compiled, on a text that never needs it).
  const titleCasePlace = paragraph.lastIndexOf('(', 120) >= 0 ? TITLE_CASE_PLACE().exec(paragraph.slice(0, 120)) : null;
  const placeCredit = titleCasePlace ? agencyCreditAt(paragraph, titleCasePlace[0].length) : 0;
  if (titleCasePlace && placeCredit > 0) return { end: titleCasePlace[0].length + placeCredit, place: [0, (titleCasePlace[1] ?? '').length] };
  const match = mayOpenInCapitals(paragraph) ? DATELINE().exec(paragraph.slice(0, 120)) : null;
  if (!match) return undefined;
  const [whole, place = '', dated = '', agency = ''] = match;
  const letters = place.replace(NOT_LETTERS(), '').length;
  // A bare capitalised word and a dash ("NATO - the alliance…") is not enough on its own.
  if (agency === '' && dated === '' && letters < 5) return undefined;
  return { end: whole.length, place: [0, place.length] };
}

/** End offset (relative to the paragraph) of a leading dateline, or 0 when there is none. */
export function datelineLength(paragraph: string): number {
  return readDateline(paragraph)?.end ?? 0;
}
