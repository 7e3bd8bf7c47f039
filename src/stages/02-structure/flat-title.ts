import { agencyCreditAt } from './furniture.js';
import { datelineLength, MINOR_WORDS } from './line-features.js';
import { regexpOnFirstUse } from '../../shared/lazy-regexp.js';

/**
 * Headlines in flat scrapes, where the title runs straight into the body on one line:
 * "Kids Around The World Skip School Young students across the world plan to…". The title
 * ends where the first sentence of prose visibly starts; every rule needs a mark that prose
 * never makes in the middle of a sentence, so a text without a title keeps its first line.
 */

/** A flat title has 3 to 30 words and at least 12 words of body after it; a dateline's place at most 4. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 30;
const MIN_BODY_WORDS = 12;
const MAX_PLACE_WORDS = 4;

/**
 * Closed-class words that open an English sentence (articles, prepositions, pronouns,
 * conjunctions, a few discourse adverbs), written from a grammar's word classes. Capitalised
 * and followed by a lower-case word, one of them starts prose, not a Title Case headline.
 */
const SENTENCE_OPENERS = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'Some', 'Many', 'Most', 'Several', 'Few', 'No', 'One', 'Two', 'Three',
  'In', 'On', 'At', 'For', 'From', 'By', 'With', 'After', 'Before', 'During', 'Since', 'Amid', 'Despite', 'Under', 'Over', 'According', 'As',
  'It', 'He', 'She', 'They', 'We', 'I', 'You', 'There', 'Here', 'His', 'Her', 'Their', 'Our', 'Its',
  'When', 'While', 'If', 'Although', 'Though', 'Because', 'But', 'And', 'Yet', 'So',
  'First', 'Last', 'Now', 'Then', 'Today', 'Yesterday', 'Earlier', 'Later', 'Even', 'Still',
]);
/** Sentence-case headlines run into prose only visibly at an article: "…plant emissions The move fulfills…". */
const ARTICLES = new Set(['A', 'An', 'The']);

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /\S+/g;
const ELLIPSIS = /(?:\.\.\.|…)$/;
/** A sentence ends inside the would-be title: then it is a paragraph, not a headline. */
const SENTENCE_END = /[.!?]["”’')]*$/;
/** "U.S.", "D.C.", "Gov.", "Dr.": a full stop that ends no sentence. */
const ABBREVIATION = regexpOnFirstUse(String.raw`^(?:(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,2}\.)$`, 'u');
const RUN_ON = /[,;:\-–—(&]$/;
const PLACE_IN_CAPITALS = regexpOnFirstUse(String.raw`^\p{Lu}[\p{Lu}.,'’/-]+$`, 'u');

// Patterns made on first use: only a flat scrape's first line is read here.
const LEADING_NON_WORD = regexpOnFirstUse(String.raw`^[^\p{L}\p{N}]+`, 'u');
const UPPER = regexpOnFirstUse(String.raw`\p{Lu}`, 'u');
const LOWER = regexpOnFirstUse(String.raw`\p{Ll}`, 'u');
const NON_WORD_ENDS = regexpOnFirstUse(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');
const OPENS_CAPITALISED = regexpOnFirstUse(String.raw`^["“‘']?[\p{Lu}\p{N}]`, 'u');

function letterAfterQuotes(word: string): string {
  return word.replace(LEADING_NON_WORD(), '').charAt(0);
}
const isCapitalised = (word: string): boolean => UPPER().test(letterAfterQuotes(word));
const isLower = (word: string): boolean => LOWER().test(letterAfterQuotes(word));
const bare = (word: string): string => word.replace(NON_WORD_ENDS(), '');

/** Title Case: every word but the minor ones (and numbers) capitalised. */
function isTitleCase(words: readonly Word[]): boolean {
  return words.every((word) => !isLower(word.text) || MINOR_WORDS.has(bare(word.text).toLowerCase()));
}

/** The first word from `from` on that is not a minor word is in lower case: "At a town hall…". */
function proseFollows(words: readonly Word[], from: number): boolean {
  let i = from;
  while (i < words.length && MINOR_WORDS.has((words[i] as Word).text)) i += 1;
  const word = words[i];
  return word !== undefined && isLower(word.text);
}

/**
 * Where the body starts in a line that opens with a headline, relative to the line, or
 * undefined when no headline is visibly there.
 */
export function flatTitleEnd(line: string): number | undefined {
  const words: Word[] = [];
  for (const match of line.slice(0, 600).matchAll(WORD)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    if (words.length > MAX_TITLE_WORDS + MIN_BODY_WORDS) break;
  }
  if (words.length < MIN_TITLE_WORDS + MIN_BODY_WORDS || !OPENS_CAPITALISED().test(words[0]?.text ?? '')) return undefined;
  for (let j = 1; j <= MAX_TITLE_WORDS && j < words.length - 1; j += 1) {
    const last = words[j - 1] as Word;
    const word = words[j] as Word;
    if (agencyCreditAt(line, word.start) > 0) return opensWithDateline(words, j) ? undefined : placeStart(words, j);
    if (j >= MIN_TITLE_WORDS && PLACE_IN_CAPITALS().test(word.text) && datelineLength(line.slice(word.start, word.start + 120)) > 0) return word.start;
    if (ELLIPSIS.test(last.text) && j >= MIN_TITLE_WORDS && isCapitalised(word.text)) return word.start;
    if (SENTENCE_END.test(last.text) && !ABBREVIATION().test(last.text)) return undefined;
    if (j < MIN_TITLE_WORDS || RUN_ON.test(last.text) || !proseFollows(words, j + 1)) continue;
    if (SENTENCE_OPENERS.has(bare(word.text)) && isTitleCase(words.slice(0, j))) return word.start;
    if (ARTICLES.has(word.text) && isLower(last.text) && !MINOR_WORDS.has(bare(last.text).toLowerCase())) return word.start;
  }
  return undefined;
}

/** Words before a wire credit at word j are a place, not a headline: "THE HAGUE Netherlands (AP)", "WEST PALM BEACH Fla. (Reuters)". */
function opensWithDateline(words: readonly Word[], j: number): boolean {
  return j < MIN_TITLE_WORDS || (j <= MAX_PLACE_WORDS && PLACE_IN_CAPITALS().test((words[0] as Word).text));
}

/**
 * An agency credit at word j: the dateline starts at the place before it, in capitals
 * ("WASHINGTON (AP) —") or one capitalised word after a lower-case one ("…climate change
 * Washington (CNN)").
 */
function placeStart(words: readonly Word[], j: number): number {
  let first = j;
  while (first > MIN_TITLE_WORDS && PLACE_IN_CAPITALS().test(words[first - 1]?.text ?? '')) first -= 1;
  const before = words[j - 1]?.text ?? '';
  if (first === j && j > MIN_TITLE_WORDS && isCapitalised(before) && isLower(words[j - 2]?.text ?? '')) first = j - 1;
  return (words[first] as Word).start;
}
