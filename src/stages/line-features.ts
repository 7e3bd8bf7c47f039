import boilerplateCues from '../lexicons/boilerplate-cues.json';
import type { Lexicon } from '../lexicons/lexicon.js';

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
const MINOR_WORDS = new Set([
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

/** Its first letter is lower case: the line continues a sentence. */
export function startsLower(text: string): boolean {
  return /^[^\p{L}\p{N}]{0,8}\p{Ll}/u.test(text.slice(0, 10));
}

export function wording(text: string): LineWording | undefined {
  if (text.length > MAX_FEATURE_LENGTH) return undefined;
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  let upper = 0;
  let lower = 0;
  for (const word of words) {
    const first = /\p{L}|\p{N}/u.exec(word)?.[0];
    if (first === undefined || /\p{N}/u.test(first)) continue;
    if (first !== first.toLowerCase()) upper += 1;
    else if (!MINOR_WORDS.has(word.toLowerCase().replace(/[^\p{L}.]/gu, ''))) lower += 1;
  }
  const lastChar = lastVisible(text);
  const letters = text.replace(/[^\p{L}]/gu, '');
  return {
    words: words.length,
    titleCaseRatio: upper + lower === 0 ? 0 : upper / (upper + lower),
    allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    lastChar,
    endsSentence: SENTENCE_ENDINGS.has(lastChar),
    innerSentenceBreak: /[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}/u.test(text.slice(0, text.lastIndexOf(lastChar))),
  };
}

/** Lower-cased, with bullets, emphasis and spacing normalised, for matching cues. */
function normaliseForCues(text: string): string {
  return text
    .replace(/^[\s\p{Pd}•▶►»>*_#|]+/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The boilerplate cue a line matches, if it is page furniture rather than article text. */
export function boilerplateCue(text: string): BoilerplateCue | undefined {
  if (text.length > MAX_FEATURE_LENGTH) return undefined;
  const words = text.split(/\s+/).length;
  if (words > MAX_BOILERPLATE_WORDS) return undefined;
  const line = normaliseForCues(text);
  const bare = line.replace(/[\s\p{P}]+$/u, '');
  return BOILERPLATE_CUES.entries.find((entry) => {
    switch (entry.match) {
      case 'line':
        return bare === entry.cue;
      case 'prefix':
        return line.startsWith(entry.cue) && !/\p{L}/u.test(line.charAt(entry.cue.length)) && line.length > entry.cue.length - 1;
      case 'contains':
        return words <= MAX_CONTAINS_WORDS && line.includes(entry.cue);
    }
  });
}

const MENU_SEPARATOR = /\s[|•·]\s|\s\/\s/;
const MAX_MENU_ITEM_WORDS = 3;

/** A navigation menu: "Home | World | Business | Sport" — short items between separators. */
export function isMenu(text: string): boolean {
  if (text.length > MAX_FEATURE_LENGTH) return false;
  const items = text.split(MENU_SEPARATOR);
  return items.length >= 3 && items.every((item) => item.trim().split(/\s+/).length <= MAX_MENU_ITEM_WORDS);
}

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by …": a capitalised name must follow. */
const BYLINE_LEAD = /^(?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Tt]ext)\s+)?(?:[Bb]y|BY)\s+(?=\p{Lu})/u;

export function isByline(text: string): boolean {
  const lead = BYLINE_LEAD.exec(text);
  if (!lead || text.length > 160) return false;
  const names = wording(text.slice(lead[0].length));
  // "By Tuesday, the Senate will vote." is prose: names are mostly capitalised and end unpunctuated.
  return names !== undefined && names.words <= 12 && !names.endsSentence && names.titleCaseRatio >= 0.6;
}

/**
 * "WASHINGTON (Reuters) -", "LONDON, Jan 5 (Reuters) -", "GAZA CITY, Gaza Strip (AP) —",
 * "KYIV —". Matched on the first 120 characters of a paragraph only.
 */
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’. -]*\p{Lu}\.?)((?:,\s*[\p{L}.]+(?:\s+[\p{L}\d.]+){0,3})?)(\s*\([^()\n]{1,40}\))?\s*(?:--?|–|—)\s+/u;

/** A dateline on a line of its own: a place in capitals and a date ("NEW YORK 1996-08-22", "LONDON, Aug. 22"). */
const DATELINE_LINE = /^\p{Lu}[\p{Lu}'’. -]{0,40}\p{Lu}\.?,?\s+(?:\p{L}{3,9}\.?\s+)?\d[\d/.-]{0,9}(?:,?\s+\d{4})?\s*$/u;

export function isDatelineLine(text: string): boolean {
  return text.length <= 80 && DATELINE_LINE.test(text);
}

/** End offset (relative to the paragraph) of a leading dateline, or 0 when there is none. */
export function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(paragraph.slice(0, 120));
  if (!match) return 0;
  const [whole, place = '', dated = '', agency = ''] = match;
  const letters = place.replace(/[^\p{L}]/gu, '').length;
  // A bare capitalised word and a dash ("NATO - the alliance…") is not enough on its own.
  if (agency === '' && dated === '' && letters < 5) return 0;
  return whole.length;
}
