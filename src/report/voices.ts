/**
 * Whose words are whose: the one place the pages and tables read the voice of the analysis.
 *
 * The voice fields (a finding's `voice` and `quote`, `bias.voices`, `sentiment.voices`,
 * `entity.voices`, `analysis.voices`) are read through the accessors below, which give
 * `undefined` where an analysis lacks them (one written before they existed), so a page shows
 * nothing rather than a guess. The share of each sentence that is quoted is worked out here
 * from `analysis.quotes`.
 */
import type { ArticleAnalysis, ArticleVoices, EntityVoices, Quote, QuotedSpeaker, SpeakerType, Span, Voice, VoiceBias } from 'newslens';
import { roundScore } from '../shared/scores.js';

/** A quote's words as the library's voice measures count them. */
export { quoteWords } from '../shared/voices.js';

/** A finding of an analysis that may lack the voice fields (one written before they existed). */
export type WithVoice<T> = Omit<T, 'voice' | 'quote'> & { voice?: Voice; quote?: string };

export const SPEAKER_TYPES: readonly SpeakerType[] = ['person', 'organization', 'anonymous', 'document', 'unknown'];

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
export const rowSpeakerKey = (row: QuotedSpeaker): string => speakerKey(row.speaker, row.name);

/** A speaker as a person reads it: an unattributed quotation has no name. */
export const speakerLabel = (row: Pick<QuotedSpeaker, 'name'>): string => row.name || '(no source)';

/** Who speaks: `analysis.voices`, or undefined for an analysis written before it existed. */
export function articleVoices(analysis: ArticleAnalysis): ArticleVoices | undefined {
  return (analysis as Partial<ArticleAnalysis>).voices;
}

/** Quoted words by speaker type (exact, where the shares are rounded): the speakers rows, and the words of quotes with no source as unknown. */
export function wordsByType(voices: ArticleVoices): Record<SpeakerType, number> {
  const words = Object.fromEntries(SPEAKER_TYPES.map((type) => [type, 0])) as Record<SpeakerType, number>;
  for (const row of voices.speakers) words[row.type] += row.words;
  // Quotes with no source are in no speakers row: their words are the unknown speakers'.
  words.unknown += voices.quotedWords - voices.speakers.reduce((sum, row) => sum + row.words, 0);
  return words;
}

/** A word as the voice measures count them (runs of letters and digits); read here for where each starts. */
const WORD = /[\p{L}\p{N}]+/gu;

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

/** Each quote's speaker as a person reads it, by quote id. */
export function quoteSpeakers(quotes: readonly Quote[], voices: ArticleVoices | undefined): Map<string, string> {
  const names = new Map((voices?.speakers ?? []).map((row) => [rowSpeakerKey(row), speakerLabel(row)]));
  return new Map(quotes.map((quote) => [quote.id, names.get(quoteSpeakerKey(quote)) ?? speakerLabel({ name: quote.source?.text ?? '' })]));
}
