import { buildAnalysis, DEFAULT_OPTIONS, type AnalyzeOptions, type ArticleAnalysis } from './analysis.js';
import type { ArticleStructure, Entity, Token } from './document.js';
import { assertOptions, assertText } from './errors.js';
import { runPipeline } from './pipeline.js';

export type { AnalysisMeta, AnalyzeOptions, ArticleAnalysis, ArticleStats, ModelInfo } from './analysis.js';
export type { ArticleStructure, Entity, EntityType, Mention, Part, Section, Sentence, Span, Token, TokenKind } from './document.js';
export type { LexiconInfo } from './lexicons/lexicon.js';

/** The library's version, as `analysis.meta.version` reports it. */
export const version: string = __NEWSLENS_VERSION__;

/** Reads an article: its structure, sentences, entities and (on request) tokens, with exact offsets. */
export function analyze(text: string, options?: AnalyzeOptions): ArticleAnalysis {
  assertText('analyze', text);
  assertOptions('analyze', options);
  const resolved: Required<AnalyzeOptions> = { ...DEFAULT_OPTIONS, ...options };
  return buildAnalysis(runPipeline(text, 'entities'), resolved);
}

/** Tokens of the whole text (boilerplate included), each with UTF-16 offsets into `text`. */
export function tokenize(text: string): Token[] {
  assertText('tokenize', text);
  return runPipeline(text, 'tokens').tokens;
}

/** The parts of an article: title, subtitle, sections with paragraphs, boilerplate. */
export function segment(text: string): ArticleStructure {
  assertText('segment', text);
  return runPipeline(text, 'structure').structure;
}

/** People, organisations, places, groups and other named things, one entity per referent. */
export function extractEntities(text: string): Entity[] {
  assertText('extractEntities', text);
  return runPipeline(text, 'entities').entities;
}
