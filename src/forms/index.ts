/**
 * Two smaller forms of an `ArticleAnalysis`, for corpora and terminals, as pure functions of the
 * full one (which `analyze()` returns unchanged). docs/CLI.md, Output forms, has their sizes;
 * compact.ts and lean.ts say what each keeps.
 *
 * - compact: the same findings without repetition. A bias marker or frame cue names its word
 *   list by id, whose provenance `meta.lexicons` holds once; a sentence's bias markers and a
 *   section's frame cues are indices into the article's lists. Everything else is where the
 *   full form has it, and `expandAnalysis()` gives the full form back, equal as JSON.
 * - lean: scores, labels, counts, rates and offsets, for corpus statistics: no text of the
 *   article but titles and headings, no evidence and no explanations; findings keep their ids,
 *   categories and types, so they can be looked up. The article-level fields (`stats`, the
 *   article's scores, counts and rates, its entities and frames) are where the full form has
 *   them, so code that reads those, like `newslens compare`, reads every form.
 */
import type { ArticleAnalysis } from '../analysis.js';
import { type CompactAnalysis, compactAnalysis } from './compact.js';
import { type LeanAnalysis, leanAnalysis } from './lean.js';

export * from './compact.js';
export * from './lean.js';

/** The three forms an analysis is written in: `analyze()`'s own, compact and lean. */
export type AnalysisForm = 'full' | 'compact' | 'lean';

/** The analysis in the given form: the full one as it is, or compact, or lean. */
export function analysisInForm(analysis: ArticleAnalysis, form: AnalysisForm): ArticleAnalysis | CompactAnalysis | LeanAnalysis {
  if (form === 'compact') return compactAnalysis(analysis);
  if (form === 'lean') return leanAnalysis(analysis);
  return analysis;
}
