/**
 * The document: it owns the original text and every layer the stages add. Everything
 * that points into the text is a pair of UTF-16 offsets into the ORIGINAL string, so
 * `text.slice(start, end)` always gives back what a finding talks about.
 */

import { type CharSpanMode, charSpanTokens } from './span.js';
import type { Span } from './span.js';
import type { LayerKey } from './layers.js';

/** What kind of token wink-nlp saw, folded into a small stable set. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'ordinal'
  | 'time'
  | 'currency'
  | 'symbol'
  | 'punctuation'
  | 'emoji'
  | 'emoticon'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'other';

export type { Span };

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, …). */
  pos: string;
  /** Lower-case dictionary form, for words only. */
  lemma?: string;
  /** Index into the document's sentences. */
  sentence: number;
}

/** How many word tokens `tokens[from..to)` holds: the length the sentiment, bias and frame rates are per. */
export function countWords(tokens: readonly Token[], from: number, to: number): number {
  let words = 0;
  for (let t = from; t < to; t += 1) if ((tokens[t] as Token).kind === 'word') words += 1;
  return words;
}

/**
 * Which part of the article a unit of text is. Boilerplate is kept (so tokens cover the
 * whole text) but every analysis after the structure stage skips it.
 */
export type Part = 'kicker' | 'title' | 'subtitle' | 'byline' | 'dateline' | 'heading' | 'body' | 'boilerplate';

export interface Sentence extends Span {
  index: number;
  part: Part;
  /** Index into `structure.sections`, or null outside any section (title, boilerplate…). */
  section: number | null;
  /** Tokens `tokenStart` (inclusive) to `tokenEnd` (exclusive) of the document. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Section {
  /** Heading of the section; the lead section before the first heading has none. */
  heading?: Span;
  start: number;
  end: number;
  paragraphs: Span[];
}

/** Where a story was filed from: "WASHINGTON (Reuters) -", "(CNN)", "LONDON, Jan 5 -". */
export interface Dateline extends Span {
  /** The place in capitals ("WASHINGTON"); absent when only a wire credit opens the story. */
  place?: Span;
}

export interface ArticleStructure {
  /** An ALL-CAPS label above the headline ("EXCLUSIVE", "WORLD NEWS"). */
  kicker?: Span;
  title?: Span;
  /** The dek or standfirst under the title. */
  subtitle?: Span;
  byline?: Span;
  /** "WASHINGTON (Reuters) -" at the head of the first paragraph, outside that paragraph. */
  dateline?: Dateline;
  sections: Section[];
  /** Related-link prompts, ads, share prompts, photo credits: never analysed. */
  boilerplate: Span[];
}

/** A run of text that the tokenizer reads on its own, so no sentence ever crosses it. */
export interface Unit {
  part: Part;
  start: number;
  end: number;
  section: number | null;
}

/** OntoNotes entity types, as spaCy users know them, plus wink-nlp's numeric and temporal types. */
export type EntityType =
  | 'PERSON'
  | 'NORP'
  | 'ORG'
  | 'GPE'
  | 'LOC'
  | 'FAC'
  | 'EVENT'
  | 'LAW'
  | 'PRODUCT'
  | 'WORK_OF_ART'
  | 'LANGUAGE'
  | 'DATE'
  | 'TIME'
  | 'DURATION'
  | 'MONEY'
  | 'PERCENT'
  | 'CARDINAL'
  | 'ORDINAL';

/** The types wink-nlp finds and newslens passes through. */
export type NumericType = 'DATE' | 'TIME' | 'DURATION' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL';

export const NUMERIC_TYPES: ReadonlySet<string> = new Set<NumericType>(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL']);

/** A US party as party-state tags write it: Democrat, Republican, Independent. */
export type Party = 'D' | 'R' | 'I';

export interface Mention extends Span {
  /** Index into the document's sentences. */
  sentence: number;
  /** Index into `structure.sections`, or null in the title, subtitle and other front matter. */
  section: number | null;
  /** A title or office written before a person's name ("President", "PM"), kept out of the span. */
  role?: string;
  /** A US party tag after a person's name ("Ted Cruz, R-Texas"): D, R or I, kept out of the span. */
  party?: Party;
  /** The state of that tag as its USPS code ("R-Texas" → "TX", "D-N.Y." → "NY"). */
  state?: string;
  /** The mention is in boilerplate (a related-link line): listed, but not counted in `count` or `salience`. */
  boilerplate?: true;
}

export interface Entity {
  /** Stable within one analysis: the type and the canonical name, slugged. */
  id: string;
  /** The longest, most complete form the article uses. */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** Every distinct surface form, canonical name first. */
  aliases: string[];
  /** Mentions in the article itself (boilerplate mentions not counted). */
  count: number;
  /** 0..1: how central the entity is to the article (see docs/ENTITIES.md). */
  salience: number;
  firstMention: Span;
  /** A person's party, where the party-state tags of its mentions agree on one. */
  party?: Party;
  /** A person's state (USPS code), where the party-state tags of its mentions agree on one. */
  state?: string;
}

export class NewsDocument {
  /** Units in text order, partitioning every character that is not whitespace or markup. */
  units: Unit[] = [];
  structure: ArticleStructure = { sections: [], boilerplate: [] };
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  /** wink-nlp's dates, times, amounts and numbers, outside boilerplate. */
  numericEntities: (Span & { type: NumericType })[] = [];
  entities: Entity[] = [];
  /** The layers of the stages after entities, by the key their stage made (layers.ts). */
  private readonly layers = new Map<LayerKey<unknown>, unknown>();

  /** The same length as `text`, with markup blanked out by the markup stage: what the stages read. */
  view: string;

  /** @param text the original string; never changed. */
  constructor(readonly text: string) {
    this.view = text;
  }

  /**
   * An object that holds a span and more (a sentence, a mention) is written out field by field:
   * V8 builds `{ ...doc.span(start, end), sentence }`, a spread followed by new keys, on a slow
   * path, about a hundred times slower than the literal; so does a spread copy given new keys
   * afterwards (`{ ...entity }`, then `copy.voices = …`), where `Object.assign({}, entity)` does not.
   */
  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /**
   * The tokens `[first, last)` that cover `start..end`, after spaCy's `Doc.char_span`:
   * `strict` only when both ends fall on token boundaries, `contract` to the tokens wholly
   * inside, `expand` to every token the span touches; undefined when no token qualifies.
   */
  charSpan(start: number, end: number, mode: CharSpanMode = 'strict'): (Span & { tokenStart: number; tokenEnd: number }) | undefined {
    const range = charSpanTokens(this.tokens, start, end, mode);
    if (!range) return undefined;
    const [tokenStart, tokenEnd] = range;
    const from = (this.tokens[tokenStart] as Token).start;
    const to = (this.tokens[tokenEnd - 1] as Token).end;
    return { start: from, end: to, text: this.text.slice(from, to), tokenStart, tokenEnd };
  }

  /** A layer a later stage added, or undefined when that stage did not run. */
  layer<Value>(key: LayerKey<Value>): Value | undefined {
    return this.layers.get(key) as Value | undefined;
  }

  setLayer<Value>(key: LayerKey<Value>, value: Value): void {
    this.layers.set(key, value);
  }

  /** Sentences that later stages analyse: everything but boilerplate. */
  analysedSentences(): Sentence[] {
    return this.sentences.filter((sentence) => sentence.part !== 'boilerplate');
  }
}
