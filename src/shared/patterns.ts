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
  /**
   * Where matching starts at a token the pattern is indexed under by its first item's words: 1
   * when that item checks nothing more (no part of speech, not context), so the token matches it; else 0.
   */
  checkFrom: number;
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
 * Patterns by the id of the word an anchoring item may be, in compressed rows: the patterns on
 * word `w` are `patterns[starts[w]..starts[w + 1])`, in index order. Every token of every
 * sentence is looked up: a typed array by id is an index rather than a hashed key, and a word
 * that anchors nothing (most words) costs one read of a bit in a table small enough to stay in
 * the processor's nearest cache (`anchors`), where `starts` is four bytes a word.
 */
class PatternsByWord<Entry> {
  /** Bit `w` set when word `w` anchors patterns here. */
  readonly anchors: Uint8Array;
  /** Per word id up to the largest, where its patterns start; one more place at the end. */
  readonly starts: Int32Array;
  readonly patterns: Pattern<Entry>[] = [];
  /**
   * Per place in `patterns`: the one word the item after the anchor must be (a word item, not
   * optional, not context, no `word*`), so that a pattern whose token there is another word is
   * passed over without reading it; else -1. A pattern tried fails at its second item nineteen
   * times in twenty ("the" opens 26 bias patterns, the hyphen of "* - baiting" 30).
   */
  readonly nextWords: Int32Array;

  /** `anchor`: the place of the item that the patterns here are indexed by (0, the first, for most). */
  constructor(
    byWord: ReadonlyMap<number, Pattern<Entry>[]>,
    readonly anchor: number,
  ) {
    // A typed array sorts numerically without a comparator, natively: a callback per comparison, run cold, took milliseconds.
    const words = Int32Array.from(byWord.keys()).sort();
    const largest = words.length > 0 ? (words[words.length - 1] as number) : -1;
    this.starts = new Int32Array(largest + 2);
    this.anchors = new Uint8Array((largest >> 3) + 1);
    const nextWords: number[] = [];
    let word = 0;
    for (const next of words) {
      (this.anchors[next >> 3] as number) |= 1 << (next & 7);
      // Words between two that anchor patterns have empty rows (one fill: a loop over every id, run cold, took milliseconds).
      this.starts.fill(this.patterns.length, word, next + 1);
      word = next + 1;
      for (const pattern of byWord.get(next) as Pattern<Entry>[]) {
        this.patterns.push(pattern);
        nextWords.push(nextWordOf(pattern.items[anchor + 1]));
      }
    }
    this.starts[largest + 1] = this.patterns.length;
    this.nextWords = Int32Array.from(nextWords);
  }
}

/** The one word id an item needs, if it is a word item of one word, not optional, not context, no `word*`; else -1. */
function nextWordOf(item: Item | undefined): number {
  if (item === undefined || item.optional || item.context || item.prefixes.length > 0) return -1;
  return item.word;
}

/**
 * Patterns indexed by the words their first item may be. A pattern that opens on `*` ("* -
 * stricken") is indexed by its first word item and that item's place, so it is tried only
 * where that word stands, not at every token.
 */
export class PatternIndex<Entry> {
  /** By the id of a word the first item may be. */
  private readonly byWord: PatternsByWord<Entry>;
  /** Patterns whose first item has `word*` alternatives, by prefix; and the prefix lengths. */
  private readonly byPrefix = new Map<string, Pattern<Entry>[]>();
  private readonly prefixLengths: number[] = [];
  /** At each offset of an anchoring item after the first, the patterns by the anchor's word ids. */
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
    // By the anchor's offset, in the order offsets are first met.
    const byLaterWord = new Map<number, Map<number, Pattern<Entry>[]>>();
    for (const { match, entry } of patterns) {
      // The tokenizer reads a hyphen as a token of its own: "arch-rival" is arch, -, rival.
      const trimmed = match.trim();
      const spelledOut = trimmed.includes('-') ? trimmed.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1 - ') : trimmed;
      const items = mapPacked(spelledOut.split(/\s+/), itemOf);
      const anchor = anchorOf(items);
      const first = items[0] as Item;
      const pattern = { items, entry, checkFrom: anchor === 0 && first.pos === null && !first.context ? 1 : 0 };
      const prefixes = anchor >= 0 ? (pattern.items[anchor] as Item).prefixes : [];
      if (anchor < 0 || (prefixes.length > 0 && anchor > 0)) this.anywhere.push(pattern);
      else {
        for (const prefix of prefixes) {
          (this.byPrefix.get(prefix) ?? this.byPrefix.set(prefix, []).get(prefix) as Pattern<Entry>[]).push(pattern);
          if (!this.prefixLengths.includes(prefix.length)) this.prefixLengths.push(prefix.length);
        }
        const index = anchor === 0 ? byWord : (byLaterWord.get(anchor) ?? (byLaterWord.set(anchor, new Map()).get(anchor) as Map<number, Pattern<Entry>[]>));
        for (const word of (pattern.items[anchor] as Item).words as Set<number>) (index.get(word) ?? index.set(word, []).get(word) as Pattern<Entry>[]).push(pattern);
      }
    }
    this.byWord = new PatternsByWord(byWord, 0);
    this.byLaterWord = mapPacked([...byLaterWord], ([offset, index]) => new PatternsByWord(index, offset));
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
    let found = collectOnWord(this.byWord, lemmaId, tokens, spelled, at, end, NONE);
    if (lowerId !== lemmaId) found = collectOnWord(this.byWord, lowerId, tokens, spelled, at, end, found);
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
    for (let k = 0; k < this.byLaterWord.length; k += 1) {
      const index = this.byLaterWord[k] as PatternsByWord<Entry>;
      const later = at + index.anchor;
      if (later >= end) continue;
      const laterLemma = spelled.lemmaId[later] as number;
      const laterLower = spelled.lowerId[later] as number;
      found = collectOnWord(index, laterLemma, tokens, spelled, at, end, found);
      if (laterLower !== laterLemma) found = collectOnWord(index, laterLower, tokens, spelled, at, end, found);
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
    for (const pattern of patterns) found = tryPattern(pattern, 0, tokens, spelled, at, end, found);
    return found;
  }
}

/**
 * `found` with the patterns on word `word` in `index` that match from `at` (collect, over one
 * row). A pattern whose item after the anchor needs another word than the token there has is
 * passed over unread; the first item of one that checks nothing more is not checked again.
 */
function collectOnWord<Entry>(index: PatternsByWord<Entry>, word: number, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number, found: PatternMatch<Entry>[]): PatternMatch<Entry>[] {
  if (word < 0 || word >= index.starts.length - 1 || ((index.anchors[word >> 3] as number) & (1 << (word & 7))) === 0) return found;
  const next = at + index.anchor + 1;
  const nextLemma = next < end ? (spelled.lemmaId[next] as number) : -1;
  const nextLower = next < end ? (spelled.lowerId[next] as number) : -1;
  for (let place = index.starts[word] as number; place < (index.starts[word + 1] as number); place += 1) {
    const needed = index.nextWords[place] as number;
    if (needed >= 0 && needed !== nextLemma && needed !== nextLower) continue;
    const pattern = index.patterns[place] as Pattern<Entry>;
    found = tryPattern(pattern, pattern.checkFrom, tokens, spelled, at, end, found);
  }
  return found;
}

export interface PatternMatch<Entry> {
  entry: Entry;
  /** The index of the match's last token. */
  last: number;
}

/**
 * `found` with `pattern`'s match from `at`, if it matches and is not there yet; a new array only
 * once there is a match. Its items before `checkFrom` are known to match tokens `at`.. already.
 */
function tryPattern<Entry>(pattern: Pattern<Entry>, checkFrom: number, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number, found: PatternMatch<Entry>[]): PatternMatch<Entry>[] {
  const last = matchFrom(pattern.items, checkFrom, tokens, spelled, at + checkFrom, end);
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

/**
 * The last token index of the longest match of `items[i..]` from token `at`, or -1. A loop over
 * the items that must match, recursing only at an optional item (which may match or be left out):
 * most patterns have none, and a pattern tried fails at its second item nineteen times in twenty.
 */
function matchFrom(items: readonly Item[], i: number, tokens: readonly Token[], spelled: SpelledTokens, at: number, end: number): number {
  for (; i < items.length; i += 1, at += 1) {
    const item = items[i] as Item;
    if (item.context) return at < end && itemMatches(item, tokens[at] as Token, spelled, at) ? at - 1 : -1;
    if (item.optional) {
      const taken = at < end && itemMatches(item, tokens[at] as Token, spelled, at) ? matchFrom(items, i + 1, tokens, spelled, at + 1, end) : -1;
      return Math.max(taken, matchFrom(items, i + 1, tokens, spelled, at, end));
    }
    if (at >= end || !itemMatches(item, tokens[at] as Token, spelled, at)) return -1;
  }
  return at - 1;
}
