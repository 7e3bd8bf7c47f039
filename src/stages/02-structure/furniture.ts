/**
 * Page furniture inside a line: what a scrape glues onto article text ("CLICK HERE TO GET THE
 * FOX NEWS APP", "(Photo: Jane Roe/AP)", "Updated: 5:32 PM ET") and the wire credit that opens
 * a story ("(Reuters) –"). Whole furniture lines are found by the cue list in line-features.ts;
 * these rules find the stretches that share a line with the article, so only they are cut out.
 */
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';
import { lowerFirst, upperFirst } from '../../shared/letter-classes.js';

/** Wire services and broadcasters whose name in brackets opens a story: "(Reuters) –", "(CNN)". */
const AGENCY_CREDIT = /\((?:AP|AFP|UPI|CNN|Reuters|Bloomberg|dpa|DPA|Xinhua|Kyodo|ANSA|EFE|TASS|PA|AAP|CP)\)(?:\s*(?:--?|–|—))?/y;

/** Length of a wire credit starting at `at` (its dash included), or 0. */
export function agencyCreditAt(text: string, at: number): number {
  AGENCY_CREDIT.lastIndex = at;
  return AGENCY_CREDIT.exec(text)?.[0].length ?? 0;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?';
const CLOCK = '(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?|[A-Z]{1,3}T|ET|GMT|UTC)';
const AGO = '(?:ago|just|now|today|yesterday|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|on|at)';
const STAMP_WORD = `(?:\\d[\\d:/.,-]*|${MONTH}|${WEEKDAY}|${CLOCK}|${AGO})`;
// The verbs a stamp opens with, one list for its pattern and the test that keeps paragraphs from it.
const STAMP_VERBS = ['Updated', 'updated', 'UPDATED', 'Published', 'published', 'PUBLISHED', 'Posted', 'posted', 'POSTED'];
/** "Updated: 5:32 PM ET, March 3, 2012", "Last updated 2 hours ago", "Published Jan. 5": the stamp only. */
const STAMP = new RegExp(`^(?:Last\\s+[Uu]pdated|${STAMP_VERBS.join('|')})\\b(?:\\s*[:|-])?(?:[\\s,|]*${STAMP_WORD}\\b\\.?)*[\\s,|:-]*`);

/** The words STAMP can open with ("Last updated" opens with "Last"): a paragraph that opens otherwise, nearly every one, is not run through it. */
const STAMP_OPENINGS = ['Last', ...STAMP_VERBS];

/** Length of a leading "Updated:" stamp (with the blanks after it), or 0. */
export function stampLength(text: string): number {
  if (!STAMP_OPENINGS.some((word) => text.startsWith(word))) return 0;
  const match = STAMP.exec(text.slice(0, 160));
  if (!match) return 0;
  const rest = text.slice(match[0].length);
  // "Published by Penguin in 2001." and "Posted to Facebook, the video…": the verb starts prose.
  if (rest !== '' && !upperFirst(rest) && !/^\d/.test(rest)) return 0;
  // "Updated Guidance For Schools" is a headline: a stamp has a colon, a date or nothing after it.
  if (rest !== '' && !/[:|\d]/.test(match[0])) return 0;
  return match[0].length;
}

/**
 * An all-capitals prompt: a call to action and at least three more words in capitals
 * ("CLICK HERE TO GET THE FOX NEWS APP", "SCROLL DOWN FOR VIDEOS").
 */
const PROMPT_VERBS = ['CLICK', 'TAP', 'WATCH', 'READ', 'LISTEN', 'SIGN UP', 'SUBSCRIBE', 'DOWNLOAD', 'SCROLL', 'FOLLOW', 'JOIN', 'SHARE', 'GET'];
const CAPITALS_PROMPT = regexpOnFirstUse(String.raw`(?<![\p{L}\p{N}])(?:${PROMPT_VERBS.join('|')})(?: +[\p{Lu}\p{N}'’&.,:/-]+){3,}`, 'gu');
/** A prompt holds one of its verbs in capitals: a line without one (nearly every line) is not run through the Unicode pattern. */
const mayHoldPrompt = (text: string): boolean => PROMPT_VERBS.some((verb) => text.includes(verb));
/** A bracketed photo credit or caption: "(Photo: Jane Roe/AP)", "(AP Photo/Jane Roe)", "(Getty Images)". */
const BRACKETED_CREDIT = /\((?:Photos?|Photograph|Image|Picture|Pictured|Credit|Caption|AP Photo|File Photo|Video)\b[^()\n]{0,160}\)|\([^()\n]{0,80}\b(?:Getty Images|Shutterstock|AP Photo|Reuters\/|AFP\/|\/AP|\/AFP|\/Reuters)\)/gi;
/** A bare photo credit in a flat scrape: "Mark Wilson / Getty Images", "J. Jane Roe/AFP": at most an initial, a first name and a surname. */
const BARE_CREDIT = regexpOnFirstUse(
  String.raw`(?:\p{Lu}\.\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:AFP via Getty Images|Getty Images|Shutterstock|AFP|AP|Reuters|EPA|Bloomberg)\b`,
  'gu',
);

/** [start, end) of the furniture inside a paragraph's text, in order, not overlapping. */
export function inlineFurniture(text: string): [number, number][] {
  const found: [number, number][] = [];
  const stamp = stampLength(text);
  if (stamp > 0) found.push([0, stamp]);
  const prompt = mayHoldPrompt(text) ? CAPITALS_PROMPT() : undefined;
  // A bracketed credit opens with a bracket and a bare one holds a slash: without them, the
  // patterns would try the paragraph for nothing (and be compiled for it).
  const bracketed = text.includes('(') ? BRACKETED_CREDIT : undefined;
  const patterns = text.includes('/') ? [prompt, bracketed, BARE_CREDIT()] : [prompt, bracketed];
  // exec on the pattern itself rather than matchAll, which copies the pattern for every line read.
  for (const pattern of patterns) {
    if (pattern === undefined) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      let end = match.index + match[0].length;
      // "…FOX NEWS APPGaetz said": the capital before a lower-case letter starts the next word.
      if (pattern === prompt && lowerFirst(text.charAt(end))) end -= 1;
      found.push([match.index, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const kept: [number, number][] = [];
  for (const span of found) if (span[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(span);
  return kept;
}

/** The whole line is furniture: a stamp, a prompt in capitals, a credit. */
export function isFurnitureLine(text: string): boolean {
  const [first] = inlineFurniture(text);
  return first !== undefined && first[0] === 0 && text.slice(first[1]).trim() === '';
}
