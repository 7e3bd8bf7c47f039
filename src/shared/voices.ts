import type { NewsDocument, Sentence, Token } from '../document/document.js';
import type { Voice } from '../document/finding.js';
import { QUOTES, type Quote, type SpeakerType } from './quotes.js';
import { roundScore } from './scores.js';

export const VOICES: readonly Voice[] = ['writer', 'quoted'];

/**
 * The voice of token `token`'s words, and the id of the quote they are in: the fields a finding
 * starting there carries. The quote is `quoteAt` the token's first character, read from
 * `tokenVoices`' walk rather than searched for each finding.
 */
export function tokenVoice(doc: NewsDocument, token: number): { voice: Voice; quote: string | undefined } {
  const quote = voiceIndex(doc).owners[token];
  return quote ? { voice: 'quoted', quote: quote.id } : { voice: 'writer', quote: undefined };
}

/** Bits of a token's entry in `tokenVoices`: in a quote's voice, and in a source's own wording. */
const QUOTED = 1;
const SOURCE_WORDING = 2;

/** The most words a short quotation holds: scare quotes, and the quoted fragments the writer's wording keeps (`tokenVoices`). */
export const SHORT_QUOTATION_WORDS = 3;

/** Per token, its `tokenVoices` bits and the quote whose content holds its first character. */
interface VoiceIndex {
  quotes: readonly Quote[] | undefined;
  flags: Uint8Array;
  owners: (Quote | undefined)[];
}

const tokenVoiceCache = new WeakMap<NewsDocument, VoiceIndex>();

/**
 * Per token, by its first character: QUOTED when a quote's content holds it (`quoteAt`), and
 * SOURCE_WORDING too when it is in a source's own wording: inside the quotation marks. Reported
 * speech outside the marks (an indirect quote, the unmarked part of a mixed one) is the source's
 * claim in words the writer chose, so it is the writer's wording though it is the quote's voice.
 * Within a mixed quote's content the double quotation marks toggle: “ „ « open, ” » close and a
 * straight " turns the state round (a single-quoted stretch there is read as the writer's). One
 * walk over the tokens and the quotes' content spans, once per document and quotes layer, so the
 * stages split every sentence by voice without looking it up again.
 */
function tokenVoices(doc: NewsDocument): Uint8Array {
  return voiceIndex(doc).flags;
}

/** `tokenVoices` and each token's quote, built in one walk once per document and quotes layer. */
function voiceIndex(doc: NewsDocument): VoiceIndex {
  const quotes = doc.layer(QUOTES);
  const cached = tokenVoiceCache.get(doc);
  if (cached && cached.quotes === quotes && cached.flags.length === doc.tokens.length) return cached;
  const flags = new Uint8Array(doc.tokens.length);
  const owners: (Quote | undefined)[] = new Array(doc.tokens.length).fill(undefined);
  // Content spans never overlap: in text order, each token is in the first span not ended before it, or in none.
  const spans = (quotes ?? []).flatMap((quote) => quote.content.map((span) => ({ start: span.start, end: span.end, quote }))).sort((a, b) => a.start - b.start);
  const { tokens, text } = doc;
  let at = 0;
  let scanned = -1;
  let open = false;
  for (let t = 0; t < tokens.length && at < spans.length; t += 1) {
    const start = (tokens[t] as Token).start;
    while (at < spans.length && (spans[at] as (typeof spans)[number]).end <= start) at += 1;
    const own = spans[at];
    if (!own || start < own.start) continue;
    owners[t] = own.quote;
    if (own.quote.kind === 'direct') flags[t] = QUOTED | SOURCE_WORDING;
    else if (own.quote.kind === 'indirect') flags[t] = QUOTED;
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
      flags[t] = open ? QUOTED | SOURCE_WORDING : QUOTED;
    }
  }
  writerFragments(tokens, flags);
  const index = { quotes, flags, owners };
  tokenVoiceCache.set(doc, index);
  return index;
}

/**
 * A quoted fragment of at most SHORT_QUOTATION_WORDS words set in the writer's sentence
 * (`called the plan "reckless"`) is the writer's choice of which of the source's words to show,
 * as scare quotes are, so its words lose SOURCE_WORDING: only a run of more words in quotation
 * marks (words outside them end a run) is a source's own wording (docs/BIAS.md, `lexical`).
 */
function writerFragments(tokens: readonly Token[], flags: Uint8Array): void {
  let runStart = -1;
  let runWords = 0;
  const close = (end: number): void => {
    if (runStart >= 0 && runWords <= SHORT_QUOTATION_WORDS) for (let t = runStart; t < end; t += 1) flags[t] = (flags[t] as number) & ~SOURCE_WORDING;
    runStart = -1;
    runWords = 0;
  };
  for (let t = 0; t < tokens.length; t += 1) {
    if ((tokens[t] as Token).kind !== 'word') continue;
    if (((flags[t] as number) & SOURCE_WORDING) === 0) close(t);
    else {
      if (runStart < 0) runStart = t;
      runWords += 1;
    }
  }
  close(tokens.length);
}

/** Whether the token starting at `offset` (a finding's start) is in a source's own wording (see `tokenVoices`). */
export function inSourceWording(doc: NewsDocument, offset: number): boolean {
  const { tokens } = doc;
  // The last token starting at or before `offset`.
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((tokens[mid] as Token).start <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 && ((tokenVoices(doc)[low - 1] as number) & SOURCE_WORDING) !== 0;
}

/** A sentence's word tokens (as `countWords` counts them) whose `tokenVoices` entry has `bit` (`quoted`) and those without it (`writer`). */
function sentenceWordsBy(doc: NewsDocument, sentence: Sentence, bit: number): Record<Voice, number> {
  const flags = tokenVoices(doc);
  let writer = 0;
  let quoted = 0;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) {
    if ((doc.tokens[t] as Token).kind !== 'word') continue;
    if (((flags[t] as number) & bit) !== 0) quoted += 1;
    else writer += 1;
  }
  return { writer, quoted };
}

/** A sentence's word tokens (as `countWords` counts them) in each voice; a word is in the voice of its first character. */
export function sentenceVoiceWords(doc: NewsDocument, sentence: Sentence): Record<Voice, number> {
  return sentenceWordsBy(doc, sentence, QUOTED);
}

/** A sentence's word tokens in the writer's wording (`writer`) and in sources' own wording (`quoted`), as `tokenVoices` splits them. */
export function sentenceWordingWords(doc: NewsDocument, sentence: Sentence): Record<Voice, number> {
  return sentenceWordsBy(doc, sentence, SOURCE_WORDING);
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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Words as the source-diversity measures count them: runs of letters and digits (`[\p{L}\p{N}]+`,
 * as the PolNeAR evaluation counts them). Counted by walking the code points, not by matching the
 * pattern, which made an object for every word of the article.
 */
export function wordsIn(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let isWord: boolean;
    if (code < 0x80) isWord = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    else {
      const point = text.codePointAt(i) as number;
      isWord = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
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
  const byType = Object.fromEntries(SPEAKER_TYPES.map((type) => [type, 0])) as Record<SpeakerType, number>;
  const names = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
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
  const shares = Object.fromEntries(SPEAKER_TYPES.map((type) => [type, shareOf(byType[type])])) as Record<SpeakerType, number>;
  // Stable sort: speakers with as many words stay in order of their first quote.
  const ranked = [...speakers.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes);
  for (const row of ranked) row.share = shareOf(row.words);
  return { words, quotedWords, quotedShare: words > 0 ? roundScore(quotedWords / words) : 0, anonymousShare: shares.anonymous, shares, speakers: ranked };
}
