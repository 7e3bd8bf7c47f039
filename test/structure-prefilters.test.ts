/**
 * The structure rules skip their patterns where a cheap test rules a line out (no prompt verb in
 * capitals, no stamp word or byline word at its start). These properties check that the rules
 * find exactly what running every pattern on every line finds: the references below are
 * inlineFurniture and isByline as they were before the tests were added (ea7a99f).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineFurniture, stampLength } from '../src/stages/02-structure/furniture.js';
import { hasSentenceBreak, isByline, isTrailingMarkCode, mayOpenWithMarks, wording } from '../src/stages/02-structure/line-features.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\\.?';
const CLOCK = '(?:[ap]\\.?m\\.?|[AP]\\.?M\\.?|[A-Z]{1,3}T|ET|GMT|UTC)';
const AGO = '(?:ago|just|now|today|yesterday|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|on|at)';
const STAMP_WORD = `(?:\\d[\\d:/.,-]*|${MONTH}|${WEEKDAY}|${CLOCK}|${AGO})`;
const STAMP = new RegExp(`^(?:(?:Last\\s+)?[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)\\b(?:\\s*[:|-])?(?:[\\s,|]*${STAMP_WORD}\\b\\.?)*[\\s,|:-]*`);
const CAPITALS_PROMPT =
  /(?<![\p{L}\p{N}])(?:CLICK|TAP|WATCH|READ|LISTEN|SIGN UP|SUBSCRIBE|DOWNLOAD|SCROLL|FOLLOW|JOIN|SHARE|GET)(?: +[\p{Lu}\p{N}'’&.,:/-]+){3,}/gu;
const BRACKETED_CREDIT = /\((?:Photos?|Photograph|Image|Picture|Pictured|Credit|Caption|AP Photo|File Photo|Video)\b[^()\n]{0,160}\)|\([^()\n]{0,80}\b(?:Getty Images|Shutterstock|AP Photo|Reuters\/|AFP\/|\/AP|\/AFP|\/Reuters)\)/gi;
const BARE_CREDIT = /(?:\p{Lu}\.\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}.'’-]*\s*\/\s*(?:AFP via Getty Images|Getty Images|Shutterstock|AFP|AP|Reuters|EPA|Bloomberg)\b/gu;

function referenceStampLength(text: string): number {
  const match = STAMP.exec(text.slice(0, 160));
  if (!match) return 0;
  const rest = text.slice(match[0].length);
  if (rest !== '' && !/^\p{Lu}/u.test(rest) && !/^\d/.test(rest)) return 0;
  if (rest !== '' && !/[:|\d]/.test(match[0])) return 0;
  return match[0].length;
}

function referenceInlineFurniture(text: string): [number, number][] {
  const found: [number, number][] = [];
  const stamp = referenceStampLength(text);
  if (stamp > 0) found.push([0, stamp]);
  for (const pattern of [CAPITALS_PROMPT, BRACKETED_CREDIT, BARE_CREDIT]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      let end = match.index + match[0].length;
      if (pattern === CAPITALS_PROMPT && /\p{Ll}/u.test(text.charAt(end))) end -= 1;
      found.push([match.index, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const kept: [number, number][] = [];
  for (const span of found) if (span[0] >= (kept.at(-1)?.[1] ?? 0)) kept.push(span);
  return kept;
}

// Pieces of furniture and of prose, with capitals, numbers and letters beyond ASCII (Latin, Greek,
// an astral bold capital, Arabic-Indic and superscript digits), lone surrogates and line breaks.
const piece = fc.constantFrom(
  'CLICK', 'TAP', 'WATCH', 'READ', 'LISTEN', 'SIGN UP', 'SUBSCRIBE', 'DOWNLOAD', 'SCROLL', 'FOLLOW', 'JOIN', 'SHARE', 'GET',
  'HERE', 'TO', 'THE', 'FOX', 'NEWS', 'APP', 'ÉTÉ', 'ΩΣ', '𝐀𝐁', '٣', '²', '12', "O'BRIEN", 'A.P.', '&', ':', '/', ' / ',
  'Last', 'Last updated', 'Updated', 'updated', 'UPDATED', 'Published', 'published', 'PUBLISHED', 'Posted', 'posted', 'POSTED',
  ':', ' 5:32 PM ET', ', March 3, 2012', ' 2 hours ago', ' Jan. 5', ' |', '(Photo: Jane Roe/AP)', '(AP Photo/Jane Roe)', '(Getty Images)',
  'Mark Wilson / Getty Images', 'J. Jane Roe/AFP', 'Gaetz', 'said', ' ', '  ', '\n', '“', '”', '’', '.', 'é', 'x', '\ud800', 'Iran', 'US',
);
const paragraph = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

const BYLINE_LEAD = /^(?:(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Tt]ext)\s+)?(?:[Bb]y|BY)\s+(?=\p{Lu})/u;

function referenceIsByline(text: string): boolean {
  const lead = BYLINE_LEAD.exec(text);
  if (!lead || text.length > 160) return false;
  const names = wording(text.slice(lead[0].length));
  return names !== undefined && names.words <= 12 && !names.endsSentence && names.titleCaseRatio >= 0.6;
}

const bylinePiece = fc.constantFrom('Written', 'written', 'Words', 'words', 'Story', 'story', 'Text', 'text', 'By', 'by', 'BY', 'Bye', ' ', '\t', '\u00a0', ' ', 'Jane', 'Doe', 'Élise', 'Ωmega', '𝐀', 'and', ',', 'Reuters', 'tuesday', '.', '“');
const bylineLine = fc.array(bylinePiece, { maxLength: 10 }).map((pieces) => pieces.join(''));

describe('furniture prefilters', () => {
  it('find exactly the stamps the stamp pattern finds on every paragraph', () => {
    fc.assert(fc.property(paragraph, (text) => {
      expect(stampLength(text)).toBe(referenceStampLength(text));
    }), { numRuns: 3000 });
  });

  it('find exactly the furniture that running every pattern on every paragraph finds', () => {
    fc.assert(fc.property(paragraph, (text) => {
      expect(inlineFurniture(text)).toEqual(referenceInlineFurniture(text));
    }), { numRuns: 3000 });
  });

  it('find exactly the bylines the byline pattern finds on every line', () => {
    fc.assert(
      fc.property(bylineLine, (text) => {
        expect(isByline(text)).toBe(referenceIsByline(text));
      }),
      { numRuns: 5000 },
    );
    expect(isByline('By Jane Doe and John Roe, Reuters')).toBe(true);
  });

  it('hasSentenceBreak finds the breaks the sentence-break pattern finds', () => {
    const BREAK = /(?:(?<!(?:^|[\s.(])(?:\p{Lu}\p{Ll}{0,2}|\p{Ll}))\.|[!?])["'”’)]?\s+["'“‘(]?\p{Lu}/u;
    const breakPiece = fc.constantFrom('.', '!', '?', '"', "'", '”', '’', ')', '“', '‘', '(', ' ', '  ', '\n', '\u00a0', '\u2003', 'A', 'B', 'a', 'b', 'Dr', 'Mrs', 'Mrsx', 'U', 'v', 'É', 'é', 'ǅ', '𝐀', '𝐚', '\ud835', '7', 'The', 'x');
    fc.assert(
      fc.property(fc.array(breakPiece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(hasSentenceBreak(text)).toBe(BREAK.test(text));
      }),
      { numRuns: 30000 },
    );
    expect(hasSentenceBreak('Dr. Ben said so. The')).toBe(true);
    expect(hasSentenceBreak('Roe v. Wade and U.S. Army')).toBe(false);
  });

  it('rule out only lines the leading-marks pattern leaves alone, and read trailing marks as their pattern does, on every code point', () => {
    const LEADING_MARKS = /^[\s\p{Pd}•▶►»>*_#|]+/u;
    const TRAILING_MARK = /^[\s\p{P}]$/u;
    const differing: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      const char = String.fromCodePoint(code);
      if (LEADING_MARKS.test(char) && !mayOpenWithMarks(char)) differing.push(code);
      if (isTrailingMarkCode(code) !== TRAILING_MARK.test(char)) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('still find a prompt and a stamp', () => {
    expect(inlineFurniture('CLICK HERE TO GET THE FOX NEWS APPGaetz said')).toEqual([[0, 34]]);
    expect(stampLength('Updated: 5:32 PM ET, March 3, 2012 The')).toBe(35);
  });
});
