import type { ArticleStructure, Entity, NewsDocument, Sentence, Token } from './document.js';
import { lexiconInfo, type LexiconInfo } from './lexicons/lexicon.js';
import { STAGES } from './pipeline.js';
import { gazetteerInfo } from './stages/entities/gazetteer.js';
import { nameTaggerInfo } from './stages/entities/model.js';
import { salienceInfo } from './stages/entities/salience.js';
import { BOILERPLATE_CUES } from './stages/line-features.js';
import type { ArticleBias } from './stages/bias/index.js';
import { biasLexiconInfo } from './stages/bias/lexicons.js';
import { biasWeightsInfo } from './stages/bias/score.js';
import { biasRules } from './stages/bias/structures.js';
import { frameLexicons } from './stages/framing/lexicons.js';
import { framingWeightsInfo } from './stages/framing/score.js';
import type { FramingReport } from './stages/framing/types.js';
import { sentimentInfo } from './stages/sentiment/info.js';
import type { ArticleSentiment } from './stages/sentiment/types.js';

/** The option of every function that reads a text. */
export interface TextOptions {
  /**
   * The longest text read, in UTF-16 code units (`text.length`). A longer text throws a
   * RangeError that names this option, before any work is done. Time and memory grow linearly
   * with the length, so a larger limit only asks for more of both: raise it, or pass
   * `Infinity`, to read longer texts. Default 1,000,000 (as spaCy's `nlp.max_length`): about
   * 170,000 words, ten times the longest news feature, read by `analyze()` in about 4 s.
   */
  maxLength?: number;
}

/** `maxLength` when a call does not give it. */
export const DEFAULT_MAX_LENGTH = 1_000_000;

export interface AnalyzeOptions extends TextOptions {
  /** Include every token (with offsets, POS and lemma) in the analysis. Default false. */
  includeTokens?: boolean;
  /**
   * Analyses to leave out, for speed when a pipeline needs only some layers: `sentiment`
   * (sentences, parts, entities), `bias`, `framing`. A skipped analysis is absent from the result.
   * Default none.
   */
  skip?: SkippableStage[];
}

/** The options that shape an analysis: all but `maxLength`, with their defaults. */
export type AnalysisOptions = Required<Omit<AnalyzeOptions, keyof TextOptions>>;

/** The analyses `analyze()` can leave out. */
export type SkippableStage = 'sentiment' | 'bias' | 'framing';
export const SKIPPABLE: readonly SkippableStage[] = ['sentiment', 'bias', 'framing'];

/** A statistical model newslens ran, with the same provenance fields as a word list. */
export type ModelInfo = LexiconInfo;

export interface AnalysisMeta {
  library: 'newslens';
  version: string;
  /** The options after defaults were applied, but for `maxLength`, which changes no result. */
  options: AnalysisOptions;
  /** Stage names in the order they ran. */
  stages: string[];
  lexicons: LexiconInfo[];
  models: ModelInfo[];
}

export interface ArticleStats {
  /** Length of the input in UTF-16 code units (the unit of every offset). */
  characters: number;
  /** Word, number and ordinal tokens outside boilerplate. */
  words: number;
  /** Sentences outside boilerplate. */
  sentences: number;
  paragraphs: number;
  sections: number;
  boilerplate: number;
}

/** Everything newslens found in one article: plain data, JSON-serialisable, deterministic. */
export interface ArticleAnalysis {
  meta: AnalysisMeta;
  stats: ArticleStats;
  structure: ArticleStructure;
  /** Every sentence in text order, boilerplate included and marked `part: 'boilerplate'`. */
  sentences: Sentence[];
  /** Named entities, most salient first. */
  entities: Entity[];
  /** Sentiment of the article, its headline against its body, and each part (see docs/SENTIMENT.md); absent when skipped. */
  sentiment?: ArticleSentiment;
  /** Media-bias markers, with a score per sentence, per part and for the article (see docs/BIAS.md); absent when skipped. */
  bias?: ArticleBias;
  /** Generic news frames and Policy Frames Codebook frames of the article and each section, with their cues (see docs/FRAMING.md); absent when skipped. */
  framing?: FramingReport;
  tokens?: Token[];
}

const WORD_KINDS = new Set(['word', 'number', 'ordinal']);

export const DEFAULT_OPTIONS: AnalysisOptions = { includeTokens: false, skip: [] };

export function buildAnalysis(doc: NewsDocument, options: AnalysisOptions): ArticleAnalysis {
  const analysed = doc.analysedSentences();
  let words = 0;
  for (const sentence of analysed) {
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t += 1) if (WORD_KINDS.has(doc.tokens[t]?.kind ?? '')) words += 1;
  }
  const analysis: ArticleAnalysis = {
    meta: {
      library: 'newslens',
      version: __NEWSLENS_VERSION__,
      options,
      stages: STAGES.filter((stage) => !(options.skip as string[]).includes(stage.name)).map((stage) => stage.name),
      lexicons: [lexiconInfo(BOILERPLATE_CUES), ...gazetteerInfo(), ...sentimentInfo().lexicons, ...biasLexiconInfo(), lexiconInfo(biasRules().file), ...frameLexicons().lists],
      models: [
        { id: 'wink-nlp', version: __WINK_NLP_VERSION__, source: 'winkjs/wink-nlp: tokens, sentences, POS, lemmas', licence: 'MIT' },
        { id: 'wink-eng-lite-web-model', version: __WINK_MODEL_VERSION__, source: 'winkjs/wink-eng-lite-web-model: English model, numeric and temporal entities', licence: 'MIT' },
        nameTaggerInfo(),
        salienceInfo(),
        ...sentimentInfo().models,
        biasWeightsInfo(),
        framingWeightsInfo(),
      ],
    },
    stats: {
      characters: doc.text.length,
      words,
      sentences: analysed.length,
      paragraphs: doc.structure.sections.reduce((sum, section) => sum + section.paragraphs.length, 0),
      sections: doc.structure.sections.length,
      boilerplate: doc.structure.boilerplate.length,
    },
    structure: doc.structure,
    sentences: doc.sentences,
    entities: doc.entities,
  };
  if (doc.sentiment) analysis.sentiment = doc.sentiment;
  if (doc.bias) analysis.bias = doc.bias;
  if (doc.framing) analysis.framing = doc.framing;
  if (options.includeTokens) analysis.tokens = doc.tokens;
  return analysis;
}
