/**
 * Whose words are whose: the one place the pages and tables read the voice of the analysis.
 *
 * The voice fields (a finding's `voice` and `quote`, `bias.voices`, `sentiment.voices`,
 * `entity.voices`, `analysis.voices`) are read through the accessors below, which give
 * `undefined` where an analysis lacks them (one made before they existed, or a form that leaves
 * them out), so a page shows nothing rather than a guess. What `analysis.quotes` alone tells
 * (who is quoted, how much, the share of each sentence quoted) is worked out here when
 * `analysis.voices` is missing, the way the library defines it.
 */
import type { ArticleAnalysis, BiasCategory, Quote, SentimentLabel, SpeakerType, Span } from 'newslens';
import { roundScore } from '../shared/scores.js';

export type Voice = 'writer' | 'quoted';

/** A finding (bias marker, frame cue, sentiment evidence) that may say whose words it is in: `quote` is the Quote id, for quoted findings only. */
export type WithVoice<T> = T & { voice?: Voice; quote?: string };

/** The tone of one voice's words; null where that voice has no words. */
export interface VoiceTone {
  score: number;
  label: SentimentLabel;
  words: number;
}

/** The bias of one voice's words: rates are per 100 of its words. */
export interface VoiceBias {
  words: number;
  score: number;
  markers: number;
  counts: Record<BiasCategory, number>;
  rates: Record<BiasCategory, number>;
}

/** An entity's tone in the writer's words and in quoted words, and how much it is quoted. */
export interface EntityVoices {
  writer: VoiceTone | null;
  quoted: VoiceTone | null;
  quotes: number;
  quotedWords: number;
}

/** One speaker: a resolved entity (`speaker` its id), or unresolved sources with the same words. */
export interface SpeakerShare {
  speaker: string | null;
  name: string;
  type: SpeakerType;
  quotes: number;
  words: number;
  /** Of all quoted words. */
  share: number;
}

/** Who speaks in an article: shares are of quoted words, `quotedShare` of all words outside boilerplate. */
export interface ArticleVoices {
  words: number;
  quotedWords: number;
  quotedShare: number;
  anonymousShare: number;
  shares: Record<SpeakerType, number>;
  /** Most quoted words first. */
  speakers: SpeakerShare[];
}

export const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organization', 'anonymous', 'document', 'unknown'];

const WORD = /[\p{L}\p{N}]+/gu;

/** The voice measures' word count: runs of letters and digits, as the PolNeAR evaluation counts them. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The words of what a quote says, its content spans. */
export function quoteWords(quote: Quote): number {
  return quote.content.reduce((sum, span) => sum + countWords(span.text), 0);
}

/** Whose words a finding is in, or undefined when the analysis does not say. */
export function findingVoice(finding: WithVoice<object>): { voice: Voice; quote?: string } | undefined {
  if (finding.voice !== 'writer' && finding.voice !== 'quoted') return undefined;
  return finding.quote === undefined ? { voice: finding.voice } : { voice: finding.voice, quote: finding.quote };
}

export function entityVoices(entity: object): EntityVoices | undefined {
  return (entity as { voices?: EntityVoices }).voices;
}

export function biasVoices(analysis: ArticleAnalysis): { writer: VoiceBias; quoted: VoiceBias } | undefined {
  return (analysis.bias as { voices?: { writer: VoiceBias; quoted: VoiceBias } } | undefined)?.voices;
}

/** The quotes of an analysis, or undefined for one made before quotes were read (or a form without them). */
export function quotesOf(analysis: ArticleAnalysis): Quote[] | undefined {
  return Array.isArray(analysis.quotes) ? analysis.quotes : undefined;
}

/** Speakers are grouped by entity when the source is resolved, else by the source's words, lower-cased. */
const speakerKey = (speaker: string | null, name: string): string => (speaker === null ? `source:${name.toLowerCase()}` : `entity:${speaker}`);

/** The key of the speakers row a quote belongs to. */
export const quoteSpeakerKey = (quote: Quote): string => speakerKey(quote.speaker, quote.source?.text ?? '');
export const rowSpeakerKey = (row: SpeakerShare): string => speakerKey(row.speaker, row.name);

/** A speaker as a person reads it: an unattributed quotation has no name. */
export const speakerLabel = (row: Pick<SpeakerShare, 'name'>): string => row.name || '(no source)';

/**
 * Who speaks: `analysis.voices` when the analysis has it, else worked out from `analysis.quotes`
 * and the sentences; undefined when the analysis has neither.
 */
export function articleVoices(analysis: ArticleAnalysis): ArticleVoices | undefined {
  const given = (analysis as { voices?: ArticleVoices }).voices;
  if (given) return given;
  const quotes = quotesOf(analysis);
  if (!quotes || !Array.isArray(analysis.sentences)) return undefined;
  let words = 0;
  for (const sentence of analysis.sentences) if (sentence.part !== 'boilerplate') words += countWords(sentence.text);
  const names = new Map(analysis.entities.map((entity) => [entity.id, entity.name]));
  const speakers = new Map<string, SpeakerShare>();
  let quotedWords = 0;
  for (const quote of quotes) {
    const said = quoteWords(quote);
    quotedWords += said;
    const key = quoteSpeakerKey(quote);
    const row = speakers.get(key);
    if (row) {
      row.quotes += 1;
      row.words += said;
    } else {
      const name = (quote.speaker === null ? undefined : names.get(quote.speaker)) ?? quote.source?.text ?? '';
      speakers.set(key, { speaker: quote.speaker, name, type: quote.speakerType, quotes: 1, words: said, share: 0 });
    }
  }
  const shareOf = (part: number): number => (quotedWords === 0 ? 0 : roundScore(part / quotedWords));
  const ranked = [...speakers.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const row of ranked) row.share = shareOf(row.words);
  const shares = Object.fromEntries(SPEAKER_TYPES.map((type) => [type, shareOf(ranked.filter((row) => row.type === type).reduce((sum, row) => sum + row.words, 0))])) as Record<SpeakerType, number>;
  return { words, quotedWords, quotedShare: words === 0 ? 0 : roundScore(quotedWords / words), anonymousShare: shares.anonymous, shares, speakers: ranked };
}

/** Quoted words by speaker type, summed from the speakers rows (exact, where the shares are rounded). */
export function wordsByType(voices: ArticleVoices): Record<SpeakerType, number> {
  const words = Object.fromEntries(SPEAKER_TYPES.map((type) => [type, 0])) as Record<SpeakerType, number>;
  for (const row of voices.speakers) words[row.type] += row.words;
  return words;
}

/** The share of a span's words (a sentence's) that lie in `contents`, the quotes' content spans: a word is quoted where it starts inside one. Null for a span without words. */
export function quotedShareOf(span: Span, contents: readonly Span[]): number | null {
  const inside = contents.filter((content) => content.start < span.end && content.end > span.start);
  let words = 0;
  let quoted = 0;
  for (const match of span.text.matchAll(WORD)) {
    const at = span.start + (match.index as number);
    words += 1;
    if (inside.some((content) => content.start <= at && at < content.end)) quoted += 1;
  }
  return words === 0 ? null : roundScore(quoted / words);
}
