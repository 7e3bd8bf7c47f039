import type { Token } from '../document/document.js';
import { currentIds, type SpelledTokens, wordId } from './vocabulary.js';
import { mapPacked } from './arrays.js';
import { compilePatterns, type CompiledPatterns, ITEM_ANY, ITEM_CONTEXT, ITEM_OPTIONAL, ITEM_WORDS, itemWordsEnd } from './compiled-patterns.js';

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
 * A compiled list's patterns with their words' vocabulary ids, each item and pattern made the
 * first time it is read and kept: an article reads the patterns of a few hundred words, where
 * making every item (each with its set) and pattern of the lexicons took a large share of a cold
 * start. Items written alike are one item, shared by the patterns that have it.
 */
class PatternTable<Entry> {
  /** By word number in `compiled.words`: its id in the shared vocabulary. */
  readonly ids: Int32Array;
  private readonly itemsMade: (Item | undefined)[] = [];
  private readonly patternsMade: (Pattern<Entry> | undefined)[] = [];

  constructor(
    readonly compiled: CompiledPatterns,
    private readonly entryOf: (pattern: number) => Entry,
  ) {
    // Every word takes its id now, in the order the patterns name them, so that the vocabulary
    // does not grow while articles are read.
    const { words } = compiled;
    this.ids = new Int32Array(words.length);
    for (let number = 0; number < words.length; number += 1) this.ids[number] = wordId(words[number] as string);
  }

  /** The `word*` alternatives of item `item`. */
  prefixesOf(item: number): string[] {
    const { items, itemStarts, texts } = this.compiled;
    const start = itemStarts[item] as number;
    const end = itemStarts[item + 1] as number;
    const from = itemWordsEnd(items, start);
    if (from === end) return NO_PREFIXES;
    const prefixes: string[] = [];
    for (let at = from; at < end; at += 1) prefixes.push(texts[items[at] as number] as string);
    return prefixes;
  }

  item(item: number): Item {
    let made = this.itemsMade[item];
    if (made === undefined) {
      const { items, itemStarts, texts } = this.compiled;
      const start = itemStarts[item] as number;
      const flags = items[start] as number;
      const pos = items[start + 1] as number;
      let words: Set<number> | null = null;
      if ((flags & ITEM_ANY) === 0) {
        words = new Set();
        const end = itemWordsEnd(items, start);
        for (let at = start + ITEM_WORDS; at < end; at += 1) words.add(this.ids[items[at] as number] as number);
      }
      const word = words !== null && words.size === 1 ? (this.ids[items[start + ITEM_WORDS] as number] as number) : -1;
      made = { words, word, prefixes: this.prefixesOf(item), pos: pos < 0 ? null : new Set((texts[pos] as string).split(',')), optional: (flags & ITEM_OPTIONAL) !== 0, context: (flags & ITEM_CONTEXT) !== 0 };
      this.itemsMade[item] = made;
    }
    return made;
  }

  pattern(pattern: number): Pattern<Entry> {
    let made = this.patternsMade[pattern];
    if (made === undefined) {
      const { patternStarts, patternItems, anchors } = this.compiled;
      const items: Item[] = [];
      for (let at = patternStarts[pattern] as number; at < (patternStarts[pattern + 1] as number); at += 1) items.push(this.item(patternItems[at] as number));
      const first = items[0] as Item;
      made = { items, entry: this.entryOf(pattern), checkFrom: anchors[pattern] === 0 && first.pos === null && !first.context ? 1 : 0 };
      this.patternsMade[pattern] = made;
    }
    return made;
  }
}

/** A pattern's number and its anchor's word id in one sortable number: the id times this, plus the number. */
const PATTERN_NUMBERS = 2 ** 21;

/**
 * Patterns by the id of the word an anchoring item may be, in compressed rows: the patterns on
 * word `w` are at places `starts[w]..starts[w + 1]`, in index order. Every token of every
 * sentence is looked up: a typed array by id is an index rather than a hashed key, and a word
 * that anchors nothing (most words) costs one read of a bit in a table small enough to stay in
 * the processor's nearest cache (`anchors`), where `starts` is four bytes a word.
 */
class PatternsByWord<Entry> {
  /** Bit `w` set when word `w` anchors patterns here. */
  readonly anchors: Uint8Array;
  /** Per word id up to the largest, where its patterns start; one more place at the end. */
  readonly starts: Int32Array;
  /** Per place: the pattern, once read (`patternAt`); null before. */
  readonly patterns: (Pattern<Entry> | null)[] = [];
  /** Per place: the pattern's number in its table. */
  private readonly numbers: Int32Array;
  /**
   * Per place: the one word the item after the anchor must be (a word item, not optional, not
   * context, no `word*`), so that a pattern whose token there is another word is passed over
   * without reading it; else -1. A pattern tried fails at its second item nineteen times in
   * twenty ("the" opens 26 bias patterns, the hyphen of "* - baiting" 30).
   */
  readonly nextWords: Int32Array;

  /**
   * `keys`: for each word a pattern's anchor may be, the word's id times PATTERN_NUMBERS plus
   * the pattern's number; `anchor`: the place of the item that the patterns here are indexed by
   * (0, the first, for most).
   */
  constructor(
    private readonly table: PatternTable<Entry>,
    keys: readonly number[],
    readonly anchor: number,
  ) {
    // Sorted natively (a typed array needs no comparator): by word id, then pattern number.
    const sorted = Float64Array.from(keys).sort();
    const count = sorted.length;
    const largest = count > 0 ? Math.floor((sorted[count - 1] as number) / PATTERN_NUMBERS) : -1;
    const { nextWords } = table.compiled;
    this.starts = new Int32Array(largest + 2);
    this.anchors = new Uint8Array((largest >> 3) + 1);
    this.numbers = new Int32Array(count);
    this.nextWords = new Int32Array(count);
    let word = 0;
    for (let place = 0; place < count; place += 1) {
      const key = sorted[place] as number;
      const id = Math.floor(key / PATTERN_NUMBERS);
      if (id >= word) {
        (this.anchors[id >> 3] as number) |= 1 << (id & 7);
        // Words between two that anchor patterns have empty rows (one fill: a loop over every id, run cold, took milliseconds).
        this.starts.fill(place, word, id + 1);
        word = id + 1;
      }
      const pattern = key - id * PATTERN_NUMBERS;
      const next = nextWords[pattern] as number;
      this.numbers[place] = pattern;
      this.nextWords[place] = next < 0 ? -1 : (table.ids[next] as number);
      this.patterns.push(null);
    }
    this.starts[largest + 1] = count;
  }

  /** The pattern at `place`, made now if it has not been read. */
  patternAt(place: number): Pattern<Entry> {
    const pattern = this.table.pattern(this.numbers[place] as number);
    this.patterns[place] = pattern;
    return pattern;
  }
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

  /** The patterns of written `match`es, each with its entry. */
  static of<Entry>(patterns: readonly { match: string; entry: Entry }[]): PatternIndex<Entry> {
    return new PatternIndex(
      compilePatterns(mapPacked(patterns, ({ match }) => match)),
      (pattern) => (patterns[pattern] as { entry: Entry }).entry,
    );
  }

  /**
   * `compiled`'s patterns, pattern `p` with entry `entryOf(p)` (asked when the pattern is first
   * read). One plain loop over the compiled tables: it runs cold, once per list, over thousands
   * of patterns.
   */
  constructor(compiled: CompiledPatterns, entryOf: (pattern: number) => Entry) {
    const table = new PatternTable(compiled, entryOf);
    const { items, itemStarts, patternStarts, patternItems, anchors } = compiled;
    // A pattern's number must fit beside its word id in one sort key (PATTERN_NUMBERS).
    if (anchors.length >= PATTERN_NUMBERS) throw new RangeError(`newslens: a list of ${anchors.length} patterns is more than the ${PATTERN_NUMBERS - 1} one index holds`);
    // Per anchor offset, in the order offsets are first met: the keys of PatternsByWord.
    const keysByOffset = new Map<number, number[]>([[0, []]]);
    for (let pattern = 0; pattern < anchors.length; pattern += 1) {
      const anchor = anchors[pattern] as number;
      if (anchor < 0) {
        this.anywhere.push(table.pattern(pattern));
        continue;
      }
      const item = patternItems[(patternStarts[pattern] as number) + anchor] as number;
      const start = itemStarts[item] as number;
      const wordsEnd = itemWordsEnd(items, start);
      if (wordsEnd < (itemStarts[item + 1] as number)) {
        // Its anchor has `word*` alternatives: by prefix if it is the first item, else tried everywhere.
        if (anchor > 0) {
          this.anywhere.push(table.pattern(pattern));
          continue;
        }
        for (const prefix of table.prefixesOf(item)) {
          (this.byPrefix.get(prefix) ?? (this.byPrefix.set(prefix, []).get(prefix) as Pattern<Entry>[])).push(table.pattern(pattern));
          if (!this.prefixLengths.includes(prefix.length)) this.prefixLengths.push(prefix.length);
        }
      }
      const keys = keysByOffset.get(anchor) ?? (keysByOffset.set(anchor, []).get(anchor) as number[]);
      for (let at = start + ITEM_WORDS; at < wordsEnd; at += 1) keys.push((table.ids[items[at] as number] as number) * PATTERN_NUMBERS + pattern);
    }
    this.byWord = new PatternsByWord(table, keysByOffset.get(0) as number[], 0);
    keysByOffset.delete(0);
    this.byLaterWord = mapPacked([...keysByOffset], ([offset, keys]) => new PatternsByWord(table, keys, offset));
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
    const pattern = index.patterns[place] ?? index.patternAt(place);
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
