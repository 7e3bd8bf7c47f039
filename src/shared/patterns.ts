import type { Token } from '../document/document.js';
import { currentIds, type SpelledTokens, wordId } from './vocabulary.js';
import { mapPacked } from './arrays.js';

/**
 * Word patterns of the bias and frame lexicons (docs/BIAS.md): space-separated items; an item
 * matches a token whose lemma or lower-case text is one of its `|`-alternatives, or starts with
 * an alternative written `word*` (LIWC's prefix entries); `*` alone is any one word; a trailing
 * `?` makes an item optional; `@POS,POS` restricts the token's part of speech; an item
 * in parentheses, last, is context: it must follow but is not part of the match ("so@ADV
 * (*@ADJ,ADV)" is the degree "so" of "so scared", not the "so" of "so he could"). A hyphenated
 * word is its parts and the hyphen, as the tokenizer reads it.
 */
interface Item {
  /** The alternatives' ids in the shared vocabulary (`wordId`); null for `*`. */
  words: Set<number> | null;
  /** The id of an item's one alternative, compared without hashing (most items have one); -1 otherwise. */
  word: number;
  /** Alternatives written `word*`: a token whose spelling starts with one matches. */
  prefixes: string[];
  pos: Set<string> | null;
  optional: boolean;
  context: boolean;
}

export interface Pattern<Entry> {
  items: Item[];
  entry: Entry;
}

/** Any of the characters that make an item more than one plain word. */
const ITEM_SYNTAX = /[()?@|*]/;

function parseItem(source: string): Item {
  // Nineteen items in twenty are one plain word: built directly, for the lexicons' load time.
  if (!ITEM_SYNTAX.test(source)) {
    const id = wordId(source.toLowerCase());
    return { words: new Set([id]), word: id, prefixes: NO_PREFIXES, pos: null, optional: false, context: false };
  }
  const context = source.startsWith('(') && source.endsWith(')');
  let text = context ? source.slice(1, -1) : source;
  const optional = text.endsWith('?') && text.length > 1;
  if (optional) text = text.slice(0, -1);
  let pos: Set<string> | null = null;
  const at = text.lastIndexOf('@');
  if (at > 0) {
    pos = new Set(text.slice(at + 1).split(','));
    text = text.slice(0, at);
  }
  if (text === '*') return { words: null, word: -1, prefixes: NO_PREFIXES, pos, optional, context };
  const alternatives = text.toLowerCase().split('|');
  const isPrefix = (word: string): boolean => word.length > 1 && word.endsWith('*');
  const prefixes = mapPacked(alternatives.filter(isPrefix), (word) => word.slice(0, -1));
  const words = new Set(mapPacked(alternatives.filter((word) => !isPrefix(word)), wordId));
  const word = words.size === 1 ? (words.values().next().value as number) : -1;
  return { words, word, prefixes: prefixes.length > 0 ? prefixes : NO_PREFIXES, pos, optional, context };
}

/** Most items have no prefix alternatives; they share this list. */
const NO_PREFIXES: string[] = [];

// The matching below runs at every token of every article: plain loops and no closures, so
// that it leaves little garbage for the collector (docs/ARCHITECTURE.md, Shared resources).
function itemMatches(item: Item, token: Token, spelled: SpelledTokens, at: number): boolean {
  if (item.pos && !item.pos.has(token.pos)) return false;
  if (item.words === null) return token.kind === 'word';
  const lemmaId = spelled.lemmaId[at] as number;
  const lowerId = spelled.lowerId[at] as number;
  if (item.word >= 0 ? lemmaId === item.word || lowerId === item.word : item.words.has(lemmaId) || item.words.has(lowerId)) return true;
  for (const prefix of item.prefixes) if ((spelled.lemma[at] as string).startsWith(prefix) || (spelled.lower[at] as string).startsWith(prefix)) return true;
  return false;
}

/**
 * The place of a pattern's first word item, if no optional item comes before it or is it: the
 * item a pattern is indexed by; else -1 (tried everywhere). A plain loop: it runs once per
 * pattern of every lexicon at load.
 */
function anchorOf(items: readonly Item[]): number {
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as Item;
    if (item.optional) return -1;
    if (item.words !== null) return i;
  }
  return -1;
}

/**
 * Patterns by word id: an array, as the vocabulary's ids are small and dense, so that a token's
 * lookup is an index rather than a hashed key (every token of every sentence is looked up).
 */
type PatternsByWord<Entry> = (Pattern<Entry>[] | undefined)[];

/** `byWord` as an array by id, every place up to the largest id filled, so that V8 keeps its elements packed. */
function byId<Entry>(byWord: ReadonlyMap<number, Pattern<Entry>[]>): PatternsByWord<Entry> {
  let largest = -1;
  for (const word of byWord.keys()) largest = Math.max(largest, word);
  const array = new Array<Pattern<Entry>[] | undefined>(largest + 1).fill(undefined);
  for (const [word, patterns] of byWord) array[word] = patterns;
  return array;
}

/**
 * The patterns that open on one word, in index order, split by what their second item needs: a
 * pattern whose second item is a word item (not optional, not context, no `word*`) cannot match
 * unless the next token is one of its words, so it is listed by those words' ids (`bySecond`) and
 * tried only there; the rest are tried wherever the first word stands (`always`). Both hold places
 * in `patterns`, ascending, so that the patterns tried keep their order ("the" opens 26 bias
 * patterns, and "the fact that" need not be tried before "the consensus").
 */
interface FirstWordPatterns<Entry> {
  patterns: Pattern<Entry>[];
  always: number[];
  bySecond: Map<number, number[]>;
}

/**
 * The fewest patterns on one word that are split by their second item: most words open one or
 * two, which are as quickly tried as looked up, and splitting the lists of all the lexicons'
 * 4,700 words took some 10 ms at load.
 */
const FEWEST_SPLIT = 4;

/** The places of a short list, shared: every place, in order. */
const ALL_PLACES: readonly number[][] = Array.from({ length: FEWEST_SPLIT }, (_, size) => Array.from({ length: size }, (__, place) => place));

/** The shared empty list of places, and the shared empty second-word index. */
const NO_PLACES: number[] = [];
const NO_SECOND_WORDS = new Map<number, number[]>();

function firstWordPatterns<Entry>(patterns: Pattern<Entry>[]): FirstWordPatterns<Entry> {
  if (patterns.length < FEWEST_SPLIT) return { patterns, always: ALL_PLACES[patterns.length] as number[], bySecond: NO_SECOND_WORDS };
  const always: number[] = [];
  const bySecond = new Map<number, number[]>();
  for (let place = 0; place < patterns.length; place += 1) {
    const second = (patterns[place] as Pattern<Entry>).items[1];
    if (second === undefined || second.words === null || second.optional || second.context || second.prefixes.length > 0) always.push(place);
    else for (const word of second.words) (bySecond.get(word) ?? bySecond.set(word, []).get(word) as number[]).push(place);
  }
  return { patterns, always, bySecond };
}

/**
 * Patterns indexed by the words their first item may be. A pattern that opens on `*` ("* -
 * stricken") is indexed by its first word item and that item's place, so it is tried only
 * where that word stands, not at every token.
 */
export class PatternIndex<Entry> {
  /** By the id of a word the first item may be. */
  private readonly byWord: (FirstWordPatterns<Entry> | undefined)[];
  /** Patterns whose first item has `word*` alternatives, by prefix; and the prefix lengths. */
  private readonly byPrefix = new Map<string, Pattern<Entry>[]>();
  private readonly prefixLengths: number[] = [];
  /** The offsets of anchoring items after the first, and at each the patterns by the anchor's word ids. */
  private readonly laterOffsets: number[] = [];
  private readonly byLaterWord: PatternsByWord<Entry>[];
  private readonly anywhere: Pattern<Entry>[] = [];

  constructor(patterns: Iterable<{ match: string; entry: Entry }>) {
    // Items are never changed once parsed, so patterns written with the same item share one
    // (a third of the lexicons' items repeat another's, and each holds a set).
    const items = new Map<string, Item>();
    const itemOf = (source: string): Item => {
      let item = items.get(source);
      if (!item) items.set(source, (item = parseItem(source)));
      return item;
    };
    const byWord = new Map<number, Pattern<Entry>[]>();
    const byLaterWord: Map<number, Pattern<Entry>[]>[] = [];
    for (const { match, entry } of patterns) {
      // The tokenizer reads a hyphen as a token of its own: "arch-rival" is arch, -, rival.
      const trimmed = match.trim();
      const spelledOut = trimmed.includes('-') ? trimmed.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1 - ') : trimmed;
      const pattern = { items: mapPacked(spelledOut.split(/\s+/), itemOf), entry };
      const anchor = anchorOf(pattern.items);
      const prefixes = anchor >= 0 ? (pattern.items[anchor] as Item).prefixes : [];
      if (anchor < 0 || (prefixes.length > 0 && anchor > 0)) this.anywhere.push(pattern);
      else {
        for (const prefix of prefixes) {
          (this.byPrefix.get(prefix) ?? this.byPrefix.set(prefix, []).get(prefix) as Pattern<Entry>[]).push(pattern);
          if (!this.prefixLengths.includes(prefix.length)) this.prefixLengths.push(prefix.length);
        }
        const index = anchor === 0 ? byWord : this.laterIndex(anchor, byLaterWord);
        for (const word of (pattern.items[anchor] as Item).words as Set<number>) (index.get(word) ?? index.set(word, []).get(word) as Pattern<Entry>[]).push(pattern);
      }
    }
    this.byWord = mapPacked(byId(byWord), (list) => list && firstWordPatterns(list));
    this.byLaterWord = mapPacked(byLaterWord, byId);
  }

  /** The patterns anchored at `offset` items in, by word id, in `byLaterWord`: made on first use. */
  private laterIndex(offset: number, byLaterWord: Map<number, Pattern<Entry>[]>[]): Map<number, Pattern<Entry>[]> {
    const k = this.laterOffsets.indexOf(offset);
    if (k >= 0) return byLaterWord[k] as Map<number, Pattern<Entry>[]>;
    this.laterOffsets.push(offset);
    const index = new Map<number, Pattern<Entry>[]>();
    byLaterWord.push(index);
    return index;
  }

  /**
   * Every pattern that matches starting at token `at` (tokens `at`..`end` exclusive), with the
   * index of its last token: the longest way each pattern can match.
   */
  matchAt(tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number): PatternMatch<Entry>[] {
    // An index made since the ids were read (a lexicon loaded on first use, a user dictionary) may have named new words.
    currentIds(spelled);
    const lemmaId = spelled.lemmaId[at] as number;
    const lowerId = spelled.lowerId[at] as number;
    let found = lemmaId < 0 ? NONE : this.collectFirst(this.byWord[lemmaId], tokens, spelled, at, end, NONE);
    if (lowerId >= 0 && lowerId !== lemmaId) found = this.collectFirst(this.byWord[lowerId], tokens, spelled, at, end, found);
    if (this.prefixLengths.length > 0) {
      const lemma = spelled.lemma[at] as string;
      const lower = spelled.lower[at] as string;
      for (const length of this.prefixLengths) {
        const lemmaPrefix = lemma.length >= length ? lemma.slice(0, length) : null;
        if (lemmaPrefix !== null) found = this.collect(this.byPrefix.get(lemmaPrefix), tokens, spelled, at, end, found);
        if (lower.length >= length && !(lemmaPrefix !== null && lower.startsWith(lemmaPrefix))) found = this.collect(this.byPrefix.get(lower.slice(0, length)), tokens, spelled, at, end, found);
      }
    }
    if (this.anywhere.length > 0) found = this.collect(this.anywhere, tokens, spelled, at, end, found);
    for (let k = 0; k < this.laterOffsets.length; k += 1) {
      const later = at + (this.laterOffsets[k] as number);
      if (later >= end) continue;
      const index = this.byLaterWord[k] as PatternsByWord<Entry>;
      const laterLemma = spelled.lemmaId[later] as number;
      const laterLower = spelled.lowerId[later] as number;
      if (laterLemma >= 0) found = this.collect(index[laterLemma], tokens, spelled, at, end, found);
      if (laterLower >= 0 && laterLower !== laterLemma) found = this.collect(index[laterLower], tokens, spelled, at, end, found);
    }
    return found;
  }

  /**
   * `found` with the patterns of `patterns` that match from `at`; a new array only once there is
   * a match. A pattern indexed under both of a token's spellings is found twice and kept once;
   * patterns that share an entry (`true` in a rule list) are kept each, so the longest is there.
   */
  private collect(patterns: Pattern<Entry>[] | undefined, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number, found: PatternMatch<Entry>[]): PatternMatch<Entry>[] {
    if (patterns === undefined) return found;
    for (const pattern of patterns) found = tryPattern(pattern, tokens, spelled, at, end, found);
    return found;
  }

  /**
   * As collect, over the patterns that open on one word: those tried wherever it stands, and those
   * whose second item is a word of token `at + 1`, merged in their order (a place listed under both
   * of that token's spellings is tried once, as in the list itself).
   */
  private collectFirst(first: FirstWordPatterns<Entry> | undefined, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number, found: PatternMatch<Entry>[]): PatternMatch<Entry>[] {
    if (first === undefined) return found;
    const { patterns, always } = first;
    let byLemma = NO_PLACES;
    let byLower = NO_PLACES;
    if (at + 1 < end && first.bySecond.size > 0) {
      const lemmaId = spelled.lemmaId[at + 1] as number;
      const lowerId = spelled.lowerId[at + 1] as number;
      if (lemmaId >= 0) byLemma = first.bySecond.get(lemmaId) ?? NO_PLACES;
      if (lowerId >= 0 && lowerId !== lemmaId) byLower = first.bySecond.get(lowerId) ?? NO_PLACES;
    }
    let i = 0;
    let j = 0;
    let k = 0;
    for (;;) {
      const place = Math.min(always[i] ?? Infinity, byLemma[j] ?? Infinity, byLower[k] ?? Infinity);
      if (place === Infinity) return found;
      if (always[i] === place) i += 1;
      if (byLemma[j] === place) j += 1;
      if (byLower[k] === place) k += 1;
      found = tryPattern(patterns[place] as Pattern<Entry>, tokens, spelled, at, end, found);
    }
  }
}

export interface PatternMatch<Entry> {
  entry: Entry;
  /** The index of the match's last token. */
  last: number;
}

/** `found` with `pattern`'s match from `at`, if it matches and is not there yet; a new array only once there is a match. */
function tryPattern<Entry>(pattern: Pattern<Entry>, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number, found: PatternMatch<Entry>[]): PatternMatch<Entry>[] {
  const last = matchFrom(pattern.items, 0, tokens, spelled, at, end);
  if (last < at || hasMatch(found, pattern.entry, last)) return found;
  if (found === NONE) found = [];
  found.push({ entry: pattern.entry, last });
  return found;
}

function hasMatch<Entry>(found: readonly PatternMatch<Entry>[], entry: Entry, last: number): boolean {
  for (const match of found) if (match.entry === entry && match.last === last) return true;
  return false;
}

/** The shared empty result: most words start no pattern. */
const NONE: never[] = [];

/** The last token index of the longest match of `items[i..]` from token `at`, or -1. */
function matchFrom(items: readonly Item[], i: number, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number): number {
  if (i === items.length) return at - 1;
  const item = items[i] as Item;
  let best = -1;
  if (item.context) return at < end && itemMatches(item, tokens[at] as Token, spelled, at) ? at - 1 : -1;
  if (at < end && itemMatches(item, tokens[at] as Token, spelled, at)) best = matchFrom(items, i + 1, tokens, spelled, at + 1, end);
  if (item.optional) best = Math.max(best, matchFrom(items, i + 1, tokens, spelled, at, end));
  return best;
}
