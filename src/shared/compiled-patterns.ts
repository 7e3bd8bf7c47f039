/**
 * Word patterns (the syntax is in patterns.ts) read into flat tables of numbers and words, with
 * no vocabulary id yet: what PatternIndex is built from. The bias and frame lexicons ship theirs
 * compiled (scripts/pack-patterns.ts, patterns-file.ts), so a process neither trims, splits nor
 * parses their 6,000 patterns at start; a short list, or a user's dictionary, is compiled when
 * it is read.
 */
import { codePointBefore, isLetterOrNumberCode } from './letter-classes.js';
export interface CompiledPatterns {
  /** Every word an item may be (an alternative not written `word*`), once, in the order the patterns first name them. */
  words: string[];
  /** Every prefix (`word*` without its star) and part-of-speech list (`ADJ,ADV`) an item names, once. */
  texts: string[];
  /**
   * Item `i` is `items[itemStarts[i]..itemStarts[i + 1])`: its flags (ITEM_OPTIONAL,
   * ITEM_CONTEXT, ITEM_ANY), its part-of-speech list's number in `texts` (-1: any), how many
   * words it may be, their numbers in `words`, then its prefixes' numbers in `texts`. Items
   * written alike are one item.
   */
  itemStarts: Int32Array;
  items: Int32Array;
  /** Pattern `p`'s items are `patternItems[patternStarts[p]..patternStarts[p + 1])`. */
  patternStarts: Int32Array;
  patternItems: Int32Array;
  /**
   * Per pattern, the place of its first word item if no optional item comes before it or is it:
   * the item the pattern is indexed by; else -1 (tried everywhere).
   */
  anchors: Int32Array;
  /**
   * Per pattern, the number in `words` of the one word the item after its anchor must be (a
   * word item of one word, not optional, not context, no `word*`); else -1.
   */
  nextWords: Int32Array;
}

/** An item's flags: it may be left out (`?`); it is context, after the match (in parentheses); it is any one word (`*`). */
export const ITEM_OPTIONAL = 1;
export const ITEM_CONTEXT = 2;
export const ITEM_ANY = 4;

/** Where an item's words start in `items`: after its flags, its part-of-speech list and how many words it has. */
export const ITEM_WORDS = 3;

/** Where the words of the item that starts at `start` in `items` end (its prefixes follow, up to the next item). */
export function itemWordsEnd(items: ArrayLike<number>, start: number): number {
  return start + ITEM_WORDS + (items[start + ITEM_WORDS - 1] as number);
}

/** Any of the characters that make an item more than one plain word. */
const ITEM_SYNTAX = /[()?@|*]/;

/** One item's parts as written. */
interface ItemSource {
  flags: number;
  pos: string | null;
  /** Its words, each once, in the order written; none for `*`. */
  words: string[];
  prefixes: string[];
}

function parseItem(source: string): ItemSource {
  // Nineteen items in twenty are one plain word.
  if (!ITEM_SYNTAX.test(source)) return { flags: 0, pos: null, words: [source.toLowerCase()], prefixes: [] };
  const context = source.startsWith('(') && source.endsWith(')');
  let text = context ? source.slice(1, -1) : source;
  const optional = text.endsWith('?') && text.length > 1;
  if (optional) text = text.slice(0, -1);
  let pos: string | null = null;
  const at = text.lastIndexOf('@');
  if (at > 0) {
    pos = text.slice(at + 1);
    text = text.slice(0, at);
  }
  const flags = (optional ? ITEM_OPTIONAL : 0) | (context ? ITEM_CONTEXT : 0);
  if (text === '*') return { flags: flags | ITEM_ANY, pos, words: [], prefixes: [] };
  const alternatives = text.toLowerCase().split('|');
  const isPrefix = (word: string): boolean => word.length > 1 && word.endsWith('*');
  const prefixes = alternatives.filter(isPrefix).map((word) => word.slice(0, -1));
  return { flags, pos, words: [...new Set(alternatives.filter((word) => !isPrefix(word)))], prefixes };
}

/**
 * Every hyphen between two letters or numbers with a space either side: what
 * `replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1 - ')` gives, read by code.
 */
export function spaceHyphens(text: string): string {
  let spaced = '';
  let copied = 0;
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    if (at > 0 && at + 1 < text.length && isLetterOrNumberCode(codePointBefore(text, at)) && isLetterOrNumberCode(text.codePointAt(at + 1) as number)) {
      spaced += `${text.slice(copied, at)} - `;
      copied = at + 1;
    }
  }
  return spaced + text.slice(copied);
}

/** The items of a pattern as written: the tokenizer reads a hyphen as a token of its own, so "arch-rival" is arch, -, rival. */
function itemSources(match: string): string[] {
  return spaceHyphens(match.trim()).split(/\s+/);
}

/** A list of distinct strings, numbered in the order first added. */
class Numbered {
  readonly list: string[] = [];
  private readonly numbers = new Map<string, number>();

  numberOf(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) this.numbers.set(text, (number = this.list.push(text) - 1));
    return number;
  }
}

/** The place of the first of `items` (each as compiled) that is a word item, if no optional item comes before it or is it; else -1. */
function anchorOf(items: readonly (readonly number[])[]): number {
  for (let place = 0; place < items.length; place += 1) {
    const flags = (items[place] as readonly number[])[0] as number;
    if ((flags & ITEM_OPTIONAL) !== 0) return -1;
    if ((flags & ITEM_ANY) === 0) return place;
  }
  return -1;
}

/** The number of the one word `item` (as compiled) must be, if it is a word item of one word, not optional, not context, no `word*`; else -1. */
function nextWordOf(item: readonly number[] | undefined): number {
  if (item === undefined || ((item[0] as number) & (ITEM_OPTIONAL | ITEM_CONTEXT | ITEM_ANY)) !== 0 || itemWordsEnd(item, 0) !== ITEM_WORDS + 1 || item.length !== ITEM_WORDS + 1) return -1;
  return item[ITEM_WORDS] as number;
}

/** The patterns `matches`, in their order, compiled. */
export function compilePatterns(matches: Iterable<string>): CompiledPatterns {
  const words = new Numbered();
  const texts = new Numbered();
  const itemNumbers = new Map<string, number>();
  const items: number[] = [];
  const itemStarts = [0];
  const patternItems: number[] = [];
  const patternStarts = [0];
  const anchors: number[] = [];
  const nextWords: number[] = [];
  const itemAt = (number: number): number[] => items.slice(itemStarts[number], itemStarts[number + 1]);
  for (const match of matches) {
    const first = patternItems.length;
    for (const source of itemSources(match)) {
      let number = itemNumbers.get(source);
      if (number === undefined) {
        itemNumbers.set(source, (number = itemStarts.length - 1));
        const item = parseItem(source);
        items.push(item.flags, item.pos === null ? -1 : texts.numberOf(item.pos), item.words.length);
        for (const word of item.words) items.push(words.numberOf(word));
        for (const prefix of item.prefixes) items.push(texts.numberOf(prefix));
        itemStarts.push(items.length);
      }
      patternItems.push(number);
    }
    patternStarts.push(patternItems.length);
    const itemsHere = patternItems.slice(first).map(itemAt);
    const anchor = anchorOf(itemsHere);
    anchors.push(anchor);
    nextWords.push(anchor < 0 ? -1 : nextWordOf(itemsHere[anchor + 1]));
  }
  return {
    words: words.list,
    texts: texts.list,
    itemStarts: Int32Array.from(itemStarts),
    items: Int32Array.from(items),
    patternStarts: Int32Array.from(patternStarts),
    patternItems: Int32Array.from(patternItems),
    anchors: Int32Array.from(anchors),
    nextWords: Int32Array.from(nextWords),
  };
}
