import type { Token } from '../../document/document.js';
import { isAsciiLower, isAsciiUpper } from '../../shared/text.js';
import type { NameSpan } from './consistency.js';
import { hasKind, kindsOf } from './gazetteer.js';
import { isLetterCode, someCodePoint, upperFirst } from '../../shared/letter-classes.js';
import type { AnnotatedSentence } from './sentences.js';
import { mapPacked } from '../../shared/arrays.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';

/**
 * Acronyms and the names they abbreviate. An acronym is matched by the initials of the name's
 * words, not by a list: "EPA" abbreviates "Environmental Protection Agency", "FBI" "Federal
 * Bureau of Investigation", "ICE" "Immigration and Customs Enforcement", "DOJ" "Department
 * of Justice", "USDA" "U.S. Department of Agriculture".
 */

/** Words an acronym may spell or skip: "DOJ" keeps the "of" that "FBI" drops. */
const LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', '&']);
/** "U.S." is spelled "US" ("USDA"), "U" or not at all in an acronym. */
const COUNTRY_PREFIXES = new Map([
  ['u.s.', ['us', 'u', '']],
  ['us', ['us', 'u', '']],
  ['u.k.', ['uk', 'u', '']],
  ['uk', ['uk', 'u', '']],
]);
/** More optional words than this, and a name's spellings are not worth listing. */
const MAX_OPTIONAL_WORDS = 5;
/** How far before a bracketed acronym its name may start, in tokens. */
const MAX_DEFINITION_TOKENS = 10;

/**
 * The ways a name of two or more words (lower-cased) can be abbreviated: each word's first
 * letter, with linking words and a leading country prefix spelled or skipped. Punctuation
 * between words is ignored.
 */
export function acronymsOf(words: readonly string[]): Set<string> {
  const content = words.filter((word) => someCodePoint(word, isLetterCode));
  let spellings = [''];
  let optional = 0;
  for (const word of content) {
    const choices = COUNTRY_PREFIXES.get(word) ?? (LINKING_WORDS.has(word) ? ['', word.charAt(0)] : [word.charAt(0)]);
    if (choices.length > 1 && (optional += 1) > MAX_OPTIONAL_WORDS) return new Set();
    spellings = spellings.flatMap((spelling) => mapPacked(choices, (choice) => spelling + choice));
  }
  return new Set(content.length >= 2 ? spellings.filter((spelling) => spelling.length >= 2) : []);
}

/**
 * The letters of a word written as an acronym ("EPA", "U.S.D.A.", "DoJ" → "epa", "usda",
 * "doj"), or undefined for a word that is not one: at least two capitals, more capitals than
 * lower-case letters, and nothing but letters, dots and "&".
 */
export function acronymLetters(text: string): string | undefined {
  const ascii = asciiCaseCounts(text);
  const counts = ascii === null ? unicodeCaseCounts(text) : ascii;
  if (counts === undefined) return undefined;
  const [capitals, lowers] = counts;
  if (capitals < 2 || lowers >= capitals) return undefined;
  return text.replace(/[.&]/g, '').toLowerCase();
}

// Patterns made on first use: only words beyond ASCII are read by them.
const LETTERS_DOTS_AMPERSANDS = regexpOnFirstUse(String.raw`^[\p{L}.&]+$`, 'u');
const NOT_UPPER = regexpOnFirstUse(String.raw`[^\p{Lu}]`, 'gu');
const NOT_LOWER = regexpOnFirstUse(String.raw`[^\p{Ll}]`, 'gu');

/** Capitals and lower-case letters of a word of letters, dots and "&", or undefined for any other word. */
function unicodeCaseCounts(text: string): [number, number] | undefined {
  if (!LETTERS_DOTS_AMPERSANDS().test(text)) return undefined;
  return [text.replace(NOT_UPPER(), '').length, text.replace(NOT_LOWER(), '').length];
}

/**
 * unicodeCaseCounts() of an ASCII word, read by code (every one-word name is asked); null when
 * the word holds anything beyond ASCII, which the patterns read.
 */
function asciiCaseCounts(text: string): [number, number] | undefined | null {
  let capitals = 0;
  let lowers = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return null;
    if (isAsciiUpper(code)) capitals += 1;
    else if (isAsciiLower(code)) lowers += 1;
    else if (code !== 46 && code !== 38) return undefined;
  }
  return text.length > 0 ? [capitals, lowers] : undefined;
}

const isNameWord = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && upperFirst(token.text);

/** Where the name an acronym in brackets at token `open` defines starts, or -1: the nearest start whose words spell it. */
function definitionStart(tokens: readonly Token[], lowers: readonly string[], open: number, letters: string): number {
  if (!isNameWord(tokens[open - 1])) return -1;
  for (let start = open - 1; start >= Math.max(0, open - MAX_DEFINITION_TOKENS); start -= 1) {
    const token = tokens[start] as Token;
    if (!isNameWord(token) && !LINKING_WORDS.has(lowers[start] as string)) return -1;
    if (isNameWord(token) && acronymsOf(lowers.slice(start, open)).has(letters)) return start;
  }
  return -1;
}

/**
 * Names defined with their acronym in brackets, "Environmental Protection Agency (EPA)": the
 * name and the acronym become names of one class, replacing what the tagger made of their
 * words ("Immigration" a place and "Customs Enforcement" a person). The class is the tagger's
 * when it tagged the whole name; otherwise MISC for a law or event ("Affordable Care Act (ACA)")
 * and ORG for anything else.
 */
export function bracketedAcronyms(sentences: readonly AnnotatedSentence[], spans: readonly NameSpan[]): NameSpan[] {
  /** Per sentence, each definition as its name and its acronym. */
  const definitions = new Map<number, [NameSpan, NameSpan][]>();
  sentences.forEach(({ view }, s) => {
    const { tokens, lowers } = view;
    for (let open = 1; open + 2 < tokens.length; open += 1) {
      if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
      const letters = acronymLetters((tokens[open + 1] as Token).text);
      const start = letters === undefined ? -1 : definitionStart(tokens, lowers, open, letters);
      if (start < 0) continue;
      const cls = hasKind(kindsOf(lowers[open - 1] as string), 'law-cue', 'event-cue') ? 'MISC' : 'ORG';
      const pair: [NameSpan, NameSpan] = [
        { sentence: s, first: start, last: open - 1, cls },
        { sentence: s, first: open + 1, last: open + 1, cls },
      ];
      definitions.set(s, [...(definitions.get(s) ?? []), pair]);
    }
  });
  if (definitions.size === 0) return [...spans];
  const kept: NameSpan[] = [];
  for (const span of spans) {
    const pairs = definitions.get(span.sentence) ?? [];
    const whole = pairs.find(([name]) => span.first === name.first && span.last === name.last);
    if (whole) whole[0].cls = whole[1].cls = span.cls;
    if (!pairs.some((pair) => pair.some((name) => span.first <= name.last && span.last >= name.first))) kept.push(span);
  }
  return [...kept, ...[...definitions.values()].flat(2)].sort((a, b) => a.sentence - b.sentence || a.first - b.first);
}
