/**
 * How the command line writes numbers for people (the markdown and HTML reports, the compare page,
 * the progress line): counts that agree with their noun, sections numbered from 1, and sentiment
 * scores written so that a reader can check each label against its score.
 */
import type { EntitySentiment, SentimentLabel } from 'newslens';

/** "1 section", "6 sections", "0 sections"; `plural` for a noun that does not just take an s. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** The number a person reads for `structure.sections[index]`: the lead is section 1. The data's `section` index stays 0-based. */
export const sectionNumber = (index: number): number => index + 1;

/** Where the section numbers a person reads meet the data's indexes. */
export const SECTION_NUMBERING = 'Sections are numbered from 1, the lead first; the section index of the JSON and the CSV tables counts from 0.';

/** Fixed decimals without "-0.00" for a value that rounds to zero. */
export function formatNumber(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A value and, where it has one, its interval in brackets: "0.12 [0.05, 0.19]". */
export function withInterval(value: number, interval: { low: number; high: number } | undefined, format: (value: number) => string = formatNumber): string {
  return interval ? `${format(value)} [${format(interval.low)}, ${format(interval.high)}]` : format(value);
}

/** The articles an interval resamples, and that one article gives none: "(n = 4)", "(n = 1, no interval)". */
export const sampleNote = (n: number, interval: unknown): string => (interval ? `(n = ${n})` : `(n = ${n}, no interval)`);

/** The library's cut-off for a score's label (docs/SENTIMENT.md): positive from 0.05, negative from -0.05. */
const NEUTRAL_BAND = 0.05;

/** The label the library's cut-off gives `score`. */
export function labelOf(score: number): SentimentLabel {
  return score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
}

/** A share 0..1 as a percentage a person reads: "52%", "0.4%" for a share under 1% that is not 0. */
export function percent(share: number): string {
  const value = share * 100;
  return `${value > 0 && value < 1 ? value.toFixed(1) : Math.round(value)}%`;
}

/** A value with its sign, "+" included: a difference such as headline minus body. */
export function formatSigned(value: number, digits = 2): string {
  const text = formatNumber(value, digits);
  return Number(text) > 0 ? `+${text}` : text;
}

/**
 * A sentiment score, signed, to two decimals; to the library's four where two would cross the
 * cut-off, so that -0.0483 (neutral) is not written -0.05, which reads as negative.
 */
export function formatScore(score: number): string {
  const short = formatSigned(score);
  return labelOf(Number(short)) === labelOf(score) ? short : formatSigned(score, 4);
}

/** The sentiment toward an entity as a reader can check it: its tone, and the entity label of the JSON and the CSV tables. */
export function entityTone(sentiment: EntitySentiment): { score: string; label: SentimentLabel } {
  return { score: formatSigned(sentiment.score), label: sentiment.label };
}

/** What a table's entity tone and its label are, and why the label is not cut where sentence labels are. */
export const ENTITY_TONE =
  'The tone toward an entity is the mean tone of its mentions (its names, and the pronouns that refer to a person), −1..1, a mention with nothing in its clause counting 0. Its label comes from two cut-offs of its own, chosen by cross-validation to match how readers of whole articles judge the person (PerSenT; docs/SENTIMENT.md), not from the ±0.05 of sentence scores.';
