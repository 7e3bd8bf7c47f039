import { buildAnalysis, DEFAULT_OPTIONS, type AnalyzeOptions, type ArticleAnalysis, type Entity, type TextOptions } from './analysis.js';
import { NUMERIC_TYPES, type ArticleStructure, type Token } from './document/document.js';
import { assertLength, assertOptions, assertSkip, assertTarget, assertText } from './errors.js';
import { runPipeline } from './pipeline.js';
import { QUOTES, type Quote } from './shared/quotes.js';
import type { SentimentScore } from './shared/sentence-sentiment/types.js';
import { spanSentiment, textSentiment } from './stages/06-sentiment/index.js';
import { textBias } from './stages/07-bias/index.js';
import type { BiasReport } from './stages/07-bias/types.js';
import { type DictionaryInput, lexiconsWith } from './stages/08-framing/dictionaries.js';
import { frameReport } from './stages/08-framing/index.js';
import type { FramingReport } from './stages/08-framing/types.js';

export type { AnalysisMeta, AnalysisOptions, AnalyzeOptions, ArticleAnalysis, ArticleStats, Entity, EntityVoices, ModelInfo, Sentence, SkippableStage, TextOptions } from './analysis.js';
export type { ArticleStructure, Dateline, EntityType, Mention, Part, Party, Section, Span, Token, TokenKind } from './document/document.js';
export type { AnalysisForm, CompactAnalysis, CompactBias, CompactBiasMarker, CompactFrameCue, CompactFrameScore, CompactFraming, CompactSectionFrameScore, CompactSectionFraming, Columns, LeanAnalysis, LeanBias, LeanEntities, LeanFrameScore, LeanFraming, LeanScore, LeanSentences, LeanSentiment, LeanSpan, LeanStructure } from './forms/index.js';
export { analysisInForm, compactAnalysis, expandAnalysis, leanAnalysis } from './forms/index.js';
export type { Finding, Voice, VoicedSpan } from './document/finding.js';
export type { ArticleVoices, QuotedSpeaker } from './shared/voices.js';
export type { LexiconInfo } from './data/lexicon.js';
export type { ArticleBias, PartBias } from './stages/07-bias/index.js';
export type { BiasCategory, BiasMarker, BiasReport, SentenceBias, VoiceBias } from './stages/07-bias/types.js';
export type { DictionaryInput, FrameDictionary } from './stages/08-framing/dictionaries.js';
export type { FrameCue, FrameScheme, FrameScore, Framing, FramingReport, GenericFrame, PolicyFrame, SectionFraming } from './stages/08-framing/types.js';
export type { Quote, QuoteCue, QuoteKind, SpeakerType } from './shared/quotes.js';
export type { ScorerId } from './shared/sentence-sentiment/lexicons.js';
export type { SentimentEvidence, SentimentLabel, SentimentScore, VoiceTone, VoiceTones } from './shared/sentence-sentiment/types.js';
export type { ArticleSentiment, Coreference, EntitySentiment, PartSentiment } from './stages/06-sentiment/types.js';

/** The library's version, as `analysis.meta.version` reports it. */
export const version: string = __NEWSLENS_VERSION__;

/** Reads an article: its structure, sentences, entities and (on request) tokens, with exact offsets. */
export function analyze(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  assertText('analyze', text);
  assertOptions('analyze', options);
  assertLength('analyze', text, options);
  // maxLength changes no result, so the analysis does not record it.
  const { maxLength, ...chosen } = options ?? {};
  const resolved = { ...DEFAULT_OPTIONS, ...chosen };
  assertSkip('analyze', resolved.skip);
  return buildAnalysis(runPipeline(text, 'framing', resolved.skip), resolved);
}

/** Tokens of the whole text (boilerplate included), each with UTF-16 offsets into `text`. */
export function tokenize(text: string, options?: TextOptions): Token[] {
  assertText('tokenize', text);
  assertOptions('tokenize', options);
  assertLength('tokenize', text, options);
  return runPipeline(text, 'tokens').tokens;
}

/** The parts of an article: title, subtitle, sections with paragraphs, boilerplate. */
export function segment(text: string, options?: TextOptions): ArticleStructure {
  assertText('segment', text);
  assertOptions('segment', options);
  assertLength('segment', text, options);
  return runPipeline(text, 'structure').structure;
}

/** People, organisations, places, groups and other named things, one entity per referent. */
export function extractEntities(text: string, options?: TextOptions): Entity[] {
  assertText('extractEntities', text);
  assertOptions('extractEntities', options);
  assertLength('extractEntities', text, options);
  return runPipeline(text, 'entities').entities;
}

/**
 * Who said or thought what: every quotation and reported speech or thought, in text order,
 * with its content, reporting cue (neutral or loaded), source and the entity that source names.
 */
export function extractQuotes(text: string, options?: TextOptions): Quote[] {
  assertText('extractQuotes', text);
  assertOptions('extractQuotes', options);
  assertLength('extractQuotes', text, options);
  return runPipeline(text, 'quotes').layer(QUOTES) ?? [];
}

/**
 * The sentiment of a text (a sentence, a headline, a whole article): a score in -1..1, its
 * label, each lexicon's own reading and every word that moved it, with offsets and voice (it
 * reads the text's quotes, and so its entities, first).
 */
export function scoreSentiment(text: string, options?: TextOptions): SentimentScore {
  assertText('scoreSentiment', text);
  assertOptions('scoreSentiment', options);
  assertLength('scoreSentiment', text, options);
  return textSentiment(runPipeline(text, 'quotes'));
}

/**
 * The sentiment expressed toward the span `target` of `text` (a person, a party, a country),
 * read in the target's clause rather than the whole sentence.
 */
export function scoreTargetSentiment(text: string, target: { start: number; end: number }, options?: TextOptions): SentimentScore {
  assertText('scoreTargetSentiment', text);
  assertOptions('scoreTargetSentiment', options);
  assertLength('scoreTargetSentiment', text, options);
  assertTarget('scoreTargetSentiment', text, target);
  const sentiment = spanSentiment(runPipeline(text, 'quotes'), target.start, target.end);
  if (!sentiment) throw new RangeError(`newslens.scoreTargetSentiment(text, target): target ${target.start}..${target.end} covers no word of the text`);
  return sentiment;
}

/**
 * The wording choices that slant a text, each pointing at its words and saying why, with a
 * 0..1 score per sentence and overall, and markers counted and per 100 words by category,
 * in all and in the writer's and quoted voices (it reads the text's quotes, and so its entities, first).
 */
export function detectBias(text: string, options?: TextOptions): BiasReport {
  assertText('detectBias', text);
  assertOptions('detectBias', options);
  assertLength('detectBias', text, options);
  return textBias(runPipeline(text, 'quotes'));
}

/**
 * The article's generic news frames (Semetko & Valkenburg 2000) and Policy Frames Codebook
 * frames (Boydstun et al. 2014), each with a 0..1 score, `present` from 0.5, and the cues in
 * the text behind it; the same for each section. `dictionaries` adds a user's cues: objects in
 * the built-in lexicons' shape, or the text of LIWC-style `.dic` files (docs/FRAMING.md).
 */
export function detectFrames(text: string, options?: { dictionaries?: DictionaryInput[] } & TextOptions): FramingReport {
  assertText('detectFrames', text);
  assertOptions('detectFrames', options);
  assertLength('detectFrames', text, options);
  const lexicons = lexiconsWith(options?.dictionaries);
  return frameReport(runPipeline(text, 'sentiment'), lexicons);
}

/** True for a named entity (a person, organisation, place, group …); false for the dates, times, amounts and numbers wink-nlp finds. */
export function isNamedEntity(entity: Pick<Entity, 'type'>): boolean {
  return !NUMERIC_TYPES.has(entity.type);
}
