import type { NewsDocument, Sentence, Token } from '../document/document.js';
import type { Voice } from '../document/finding.js';
import { QUOTES, type Quote, type SpeakerType } from './quotes.js';
import { roundScore } from './scores.js';
import { layerKey } from '../document/layers.js';
import { isLetterOrNumberCode } from './letter-classes.js';

export const VOICES: readonly Voice[] = ['writer', 'quoted'];

/**
 * The quote whose content holds token `token`'s first character: whose voice its words are in.
 * Undefined in the writer's own words, or when the quotation stage did not run.
 */
export function tokenQuote(doc: NewsDocument, token: number): Quote | undefined {
  const { quotes, owners } = voiceIndex(doc);
  const owner = owners[token] as number;
  return owner > 0 ? quotes[owner - 1] : undefined;
}

/** The voice of token `token`'s words, and the id of the quote they are in (`tokenQuote`): the fields a finding starting there carries. */
export function tokenVoice(doc: NewsDocument, token: number): { voice: Voice; quote: string | undefined } {
  const quote = tokenQuote(doc, token);
  return quote ? { voice: 'quoted', quote: quote.id } : { voice: 'writer', quote: undefined };
}

/** The voice of the words at `offset`, the first character of a token (a mention's start): `quoted` when a quote's content holds it. */
export function voiceAt(doc: NewsDocument, offset: number): Voice {
  const token = tokenAtOrBefore(doc.tokens, offset);
  return token >= 0 && (voiceIndex(doc).owners[token] as number) > 0 ? 'quoted' : 'writer';
}

/** Bits of a token's entry in the voice index's `flags`: in a quote's voice, and in a source's own wording. */
const QUOTED = 1;
const SOURCE_WORDING = 2;

/** The most words a short quotation holds: scare quotes, and the quoted fragments the writer's wording keeps (`indexVoices`). */
export const SHORT_QUOTATION_WORDS = 3;

/**
 * Each token's voice, and each sentence's words by voice, built by the quotation stage in one
 * walk over the tokens (`indexVoices`) so that every later stage reads them instead of walking again.
 */
export interface VoiceIndex {
  /** The quotes layer the index was built from. */
  quotes: readonly Quote[];
  /** Per token, QUOTED and SOURCE_WORDING bits. */
  flags: Uint8Array;
  /** Per token, 1 + the index in `quotes` of the quote whose content holds its first character, or 0. */
  owners: Uint32Array;
  /** Per sentence, three counts of word tokens (as `countWords` counts them): all, in a quote's voice, in a source's own wording. */
  sentenceWords: Uint32Array;
}

/** The voice index the quotation stage builds (`indexVoices`). */
export const VOICE_INDEX = layerKey<VoiceIndex>('voice-index');

/** The voice index of the document: the quotation stage's, or an all-writer one when that stage did not run. */
export function voiceIndex(doc: NewsDocument): VoiceIndex {
  let index = doc.layer(VOICE_INDEX);
  if (!index) {
    index = indexVoices(doc, doc.layer(QUOTES) ?? []);
    doc.setLayer(VOICE_INDEX, index);
  }
  return index;
}

/**
 * Per token, by its first character: QUOTED when a quote's content holds it (`tokenQuote`), and
 * SOURCE_WORDING too when it is in a source's own wording: inside the quotation marks. Reported
 * speech outside the marks (an indirect quote, the unmarked part of a mixed one) is the source's
 * claim in words the writer chose, so it is the writer's wording though it is the quote's voice.
 * Within a mixed quote's content the double quotation marks toggle: “ „ « open, ” » close and a
 * straight " turns the state round (a single-quoted stretch there is read as the writer's).
 * A quoted fragment of at most SHORT_QUOTATION_WORDS words set in the writer's sentence
 * (`called the plan "reckless"`) is the writer's choice of which of the source's words to show,
 * as scare quotes are, so its words lose SOURCE_WORDING: only a run of more words in quotation
 * marks (words outside them end a run) is a source's own wording (docs/BIAS.md, `lexical`).
 * One walk over the tokens and the quotes' content spans, counting each sentence's words by voice as it goes.
 */
export function indexVoices(doc: NewsDocument, quotes: readonly Quote[]): VoiceIndex {
  const { tokens, text } = doc;
  const flags = new Uint8Array(tokens.length);
  const owners = new Uint32Array(tokens.length);
  const sentenceWords = new Uint32Array(doc.sentences.length * 3);
  const count = (cell: number, by: number): void => {
    sentenceWords[cell] = (sentenceWords[cell] as number) + by;
  };
  // Content spans never overlap: in text order, each token is in the first span not ended before it, or in none.
  const spans: { start: number; end: number; owner: number; kind: Quote['kind'] }[] = [];
  quotes.forEach((quote, q) => {
    for (const span of quote.content) spans.push({ start: span.start, end: span.end, owner: q + 1, kind: quote.kind });
  });
  spans.sort((a, b) => a.start - b.start);
  let at = 0;
  let scanned = -1;
  let open = false;
  // The current run of words in a source's own wording: its first token and its words.
  let runStart = -1;
  let runWords = 0;
  const closeRun = (end: number): void => {
    if (runStart >= 0 && runWords <= SHORT_QUOTATION_WORDS) {
      for (let t = runStart; t < end; t += 1) {
        const token = tokens[t] as Token;
        if (((flags[t] as number) & SOURCE_WORDING) !== 0 && token.kind === 'word') count(token.sentence * 3 + 2, -1);
        flags[t] = (flags[t] as number) & ~SOURCE_WORDING;
      }
    }
    runStart = -1;
    runWords = 0;
  };
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as Token;
    const start = token.start;
    while (at < spans.length && (spans[at] as (typeof spans)[number]).end <= start) at += 1;
    const own = spans[at];
    let bits = 0;
    if (own && start >= own.start) {
      owners[t] = own.owner;
      if (own.kind === 'direct') bits = QUOTED | SOURCE_WORDING;
      else if (own.kind === 'indirect') bits = QUOTED;
      else {
        if (scanned < own.start) {
          scanned = own.start;
          open = false;
        }
        // “ „ « open, ” » close (a quotation running on into a new paragraph opens it again with
        // another “), a straight " turns the state round.
        for (; scanned < start; scanned += 1) {
          const code = text.charCodeAt(scanned);
          if (code === 0x201c || code === 0x201e || code === 0xab) open = true;
          else if (code === 0x201d || code === 0xbb) open = false;
          else if (code === 0x22) open = !open;
        }
        bits = open ? QUOTED | SOURCE_WORDING : QUOTED;
      }
      flags[t] = bits;
    }
    if (token.kind !== 'word') continue;
    const row = token.sentence * 3;
    count(row, 1);
    if ((bits & QUOTED) !== 0) count(row + 1, 1);
    if ((bits & SOURCE_WORDING) === 0) closeRun(t);
    else {
      count(row + 2, 1);
      if (runStart < 0) runStart = t;
      runWords += 1;
    }
  }
  closeRun(tokens.length);
  return { quotes, flags, owners, sentenceWords };
}

/** The last token starting at or before `offset`, or -1. */
function tokenAtOrBefore(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid] as Token).start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Whether the token starting at `offset` (a finding's start) is in a source's own wording (see `indexVoices`). */
export function inSourceWording(doc: NewsDocument, offset: number): boolean {
  const token = tokenAtOrBefore(doc.tokens, offset);
  return token >= 0 && ((voiceIndex(doc).flags[token] as number) & SOURCE_WORDING) !== 0;
}

/** A sentence's word tokens (as `countWords` counts them) whose voice index entry is in count `column` (`quoted`) and the others (`writer`). */
function sentenceWordsBy(doc: NewsDocument, sentence: Sentence, column: number): Record<Voice, number> {
  const counts = voiceIndex(doc).sentenceWords;
  const all = counts[sentence.index * 3] as number;
  const quoted = counts[sentence.index * 3 + column] as number;
  return { writer: all - quoted, quoted };
}

/** A sentence's word tokens (as `countWords` counts them) in each voice; a word is in the voice of its first character. */
export function sentenceVoiceWords(doc: NewsDocument, sentence: Sentence): Record<Voice, number> {
  return sentenceWordsBy(doc, sentence, 1);
}

/** A sentence's word tokens in the writer's wording (`writer`) and in sources' own wording (`quoted`), as `indexVoices` splits them. */
export function sentenceWordingWords(doc: NewsDocument, sentence: Sentence): Record<Voice, number> {
  return sentenceWordsBy(doc, sentence, 2);
}

/**
 * The mean score of one voice over some sentences: each sentence's stretch in that voice is
 * scored on its own and weighs its share of the sentence's words, so every sentence counts once
 * across the voices, and with nothing quoted the writer's mean is the plain mean of the sentences.
 */
export class VoiceMean {
  private weight = 0;
  private sum = 0;
  /** The voice's words over the sentences added. */
  words = 0;

  add(score: number, words: number, sentenceWords: number): void {
    if (words === 0) return;
    const weight = words / sentenceWords;
    this.weight += weight;
    this.sum += score * weight;
    this.words += words;
  }

  /** The mean, or null when the voice has no words in the sentences added. */
  mean(): number | null {
    return this.words > 0 ? this.sum / this.weight : null;
  }
}

/** Per BMP code unit above ASCII, whether it is a letter or digit: 0 not yet read, 1 yes, 2 no (read once, not per character). */
const BMP_WORD_CHARS = new Uint8Array(0x10000);

/** Whether the code point at `code` (not a surrogate) is a letter or digit, cached. */
function bmpWordChar(code: number): boolean {
  let known = BMP_WORD_CHARS[code] as number;
  if (known === 0) {
    known = isLetterOrNumberCode(code) ? 1 : 2;
    BMP_WORD_CHARS[code] = known;
  }
  return known === 1;
}

/**
 * Words as the source-diversity measures count them: runs of letters and digits (`[\p{L}\p{N}]+`,
 * as the PolNeAR evaluation counts them). Counted by walking the code points, not by matching the
 * pattern, which made an object for every word of the article; a character outside ASCII is
 * looked up in a table filled once per character, not tested each time.
 */
export function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let isWord: boolean;
    if (code < 0x80) isWord = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    else if (code < 0xd800 || code > 0xdfff) isWord = bmpWordChar(code);
    else {
      const point = text.codePointAt(i) as number;
      isWord = isLetterOrNumberCode(point);
      if (point > 0xffff) i += 1;
    }
    if (isWord && !inWord) words += 1;
    inWord = isWord;
  }
  return words;
}

const quoteWordCounts = new WeakMap<Quote, number>();

/** The words of what a quote says: its content spans. */
export function quoteWords(quote: Quote): number {
  let words = quoteWordCounts.get(quote);
  if (words === undefined) {
    words = 0;
    for (const span of quote.content) words += wordsIn(span.text);
    quoteWordCounts.set(quote, words);
  }
  return words;
}

/** One speaker of the article's quotes: a resolved entity, or an unresolved source (`a senior official`). */
export interface QuotedSpeaker {
  /** The entity's id, or null for a source no entity resolves. */
  speaker: string | null;
  /** The entity's name, or the source as the text first writes it. */
  name: string;
  type: SpeakerType;
  /** How many quotes are theirs. */
  quotes: number;
  /** The words of those quotes. */
  words: number;
  /** `words` as a share of all quoted words. */
  share: number;
}

/** Who the article lets speak, and how much (docs/QUOTES.md: the source-diversity measures). */
export interface ArticleVoices {
  /** Words outside boilerplate. */
  words: number;
  /** Words inside quotes' content. */
  quotedWords: number;
  /** `quotedWords / words`. */
  quotedShare: number;
  /** The share of quoted words whose source is anonymous ("officials said"). */
  anonymousShare: number;
  /** The share of quoted words by the type of their source; a quote without a source is `unknown`. */
  shares: Record<SpeakerType, number>;
  /** Speakers ranked by quoted words; quotes without a source are in no row. */
  speakers: QuotedSpeaker[];
}

const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organization', 'anonymous', 'document', 'unknown'];

/** The article's source-diversity measures, from the quotes layer (all zero when nothing is quoted). */
export function articleVoices(doc: NewsDocument): ArticleVoices {
  let words = 0;
  for (const sentence of doc.analysedSentences()) words += wordsIn(sentence.text);
  const quotes = doc.layer(QUOTES) ?? [];
  // Loops, not Object.fromEntries or a Map of pairs (V8's generic paths): this runs for every article.
  const byType = {} as Record<SpeakerType, number>;
  for (const type of SPEAKER_TYPES) byType[type] = 0;
  const names = new Map<string, string>();
  for (const entity of doc.entities) names.set(entity.id, entity.name);
  const speakers = new Map<string, QuotedSpeaker>();
  let quotedWords = 0;
  for (const quote of quotes) {
    const own = quoteWords(quote);
    quotedWords += own;
    byType[quote.speakerType] += own;
    if (quote.speaker === null && quote.source === null) continue;
    const key = quote.speaker ?? `source:${quote.source?.text.toLowerCase()}`;
    const row = speakers.get(key) ?? { speaker: quote.speaker, name: (quote.speaker && names.get(quote.speaker)) ?? (quote.source?.text as string), type: quote.speakerType, quotes: 0, words: 0, share: 0 };
    row.quotes += 1;
    row.words += own;
    speakers.set(key, row);
  }
  const shareOf = (part: number): number => (quotedWords > 0 ? roundScore(part / quotedWords) : 0);
  const shares = {} as Record<SpeakerType, number>;
  for (const type of SPEAKER_TYPES) shares[type] = shareOf(byType[type]);
  // Stable sort: speakers with as many words stay in order of their first quote.
  const ranked = [...speakers.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes);
  for (const row of ranked) row.share = shareOf(row.words);
  return { words, quotedWords, quotedShare: words > 0 ? roundScore(quotedWords / words) : 0, anonymousShare: shares.anonymous, shares, speakers: ranked };
}
