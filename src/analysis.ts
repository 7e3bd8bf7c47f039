import { countWords, NUMERIC_TYPES, type ArticleStructure, type Entity as DocumentEntity, type NewsDocument, type Sentence as DocumentSentence, type Token } from './document/document.js';
import { lexiconInfo, type LexiconInfo } from './data/lexicon.js';
import { STAGES } from './pipeline.js';
import { QUOTES, type Quote } from './shared/quotes.js';
import { speechCues } from './shared/speech-cues.js';
import { givenNameGendersInfo } from './shared/person-gender.js';
import { articleVoices, type ArticleVoices } from './shared/voices.js';
import { gazetteerInfo } from './stages/04-entities/gazetteer.js';
import { nameTaggerInfo } from './stages/04-entities/model.js';
import { quoteSources } from './stages/05-quotes/speakers.js';
import { salienceInfo } from './stages/04-entities/salience.js';
import { BOILERPLATE_CUES } from './stages/02-structure/line-features.js';
import { BIAS, type ArticleBias } from './stages/07-bias/index.js';
import { biasLexiconInfo } from './stages/07-bias/lexicons.js';
import { biasWeightsInfo } from './stages/07-bias/score.js';
import { biasRules } from './stages/07-bias/structures.js';
import { frameLexicons } from './stages/08-framing/lexicons.js';
import { framingWeightsInfo } from './stages/08-framing/score.js';
import type { FramingReport } from './stages/08-framing/types.js';
import { FRAMING } from './stages/08-framing/index.js';
import { sentimentInfo } from './stages/06-sentiment/info.js';
import { ENTITY_SENTIMENT, ENTITY_VOICE_TONES, SENTIMENT } from './stages/06-sentiment/index.js';
import type { ArticleSentiment, EntitySentiment } from './stages/06-sentiment/types.js';
import { SENTENCE_SENTIMENT } from './shared/sentence-sentiment/reading.js';
import type { SentimentScore, VoiceTone, VoiceTones } from './shared/sentence-sentiment/types.js';
import { mapPacked } from './shared/arrays.js';

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
  /** Word tokens outside boilerplate (numbers and ordinals not counted): the count every rate per 100 words divides by. */
  words: number;
  /** Sentences outside boilerplate. */
  sentences: number;
  paragraphs: number;
  sections: number;
  boilerplate: number;
}

/** A sentence of the analysis: the document's sentence and, outside boilerplate, its sentiment. */
export interface Sentence extends DocumentSentence {
  /** Set on every sentence outside boilerplate unless sentiment was skipped. */
  sentiment?: SentimentScore;
}

/** How an entity is spoken of in each voice, and how much it speaks (docs/QUOTES.md). */
export interface EntityVoices {
  /** The tone toward it in the writer's words; null when no mention there was read (or sentiment was skipped). */
  writer: VoiceTone | null;
  /** The tone toward it in quoted words; null likewise. */
  quoted: VoiceTone | null;
  /** How many quotes it is the speaker of. */
  quotes: number;
  /** The words of those quotes. */
  quotedWords: number;
}

/** An entity of the analysis: the document's entity and how the article speaks of it. */
export interface Entity extends DocumentEntity {
  /** Set on named entities with a mention read for sentiment, unless sentiment was skipped. */
  sentiment?: EntitySentiment;
  /** Set on every named entity. */
  voices?: EntityVoices;
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
  /** Who said or thought what: direct, indirect and mixed attributions in text order, each with its content, cue, source and speaker (see docs/QUOTES.md). */
  quotes: Quote[];
  /** Who speaks and how much: quoted words by speaker and by type of source, the quoted and anonymous shares (see docs/QUOTES.md). */
  voices: ArticleVoices;
  /** Sentiment of the article, its headline against its body, and each part (see docs/SENTIMENT.md); absent when skipped. */
  sentiment?: ArticleSentiment;
  /** Media-bias markers, with a score per sentence, per part and for the article (see docs/BIAS.md); absent when skipped. */
  bias?: ArticleBias;
  /** Generic news frames and Policy Frames Codebook frames of the article and each section, with their cues (see docs/FRAMING.md); absent when skipped. */
  framing?: FramingReport;
  tokens?: Token[];
}

export const DEFAULT_OPTIONS: AnalysisOptions = { includeTokens: false, skip: [] };

export function buildAnalysis(doc: NewsDocument, options: AnalysisOptions): ArticleAnalysis {
  const analysed = doc.analysedSentences();
  let words = 0;
  for (const sentence of analysed) words += countWords(doc.tokens, sentence.tokenStart, sentence.tokenEnd);
  const voices = articleVoices(doc);
  const analysis: ArticleAnalysis = {
    meta: {
      library: 'newslens',
      version: __NEWSLENS_VERSION__,
      options,
      stages: mapPacked(STAGES.filter((stage) => !(options.skip as string[]).includes(stage.name)), (stage) => stage.name),
      lexicons: [lexiconInfo(BOILERPLATE_CUES), ...gazetteerInfo(), ...sentimentInfo().lexicons, ...biasLexiconInfo(), lexiconInfo(biasRules().file), speechCues().info, lexiconInfo(quoteSources()), givenNameGendersInfo(), ...frameLexicons().lists],
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
    sentences: withSentiment(doc.sentences, doc.layer(SENTENCE_SENTIMENT)),
    entities: withVoices(doc, voices),
    quotes: doc.layer(QUOTES) ?? [],
    voices,
  };
  const sentiment = doc.layer(SENTIMENT);
  const bias = doc.layer(BIAS);
  const framing = doc.layer(FRAMING);
  if (sentiment) analysis.sentiment = sentiment;
  if (bias) analysis.bias = bias;
  if (framing) analysis.framing = framing;
  if (options.includeTokens) analysis.tokens = doc.tokens;
  return analysis;
}

/**
 * Each entity with its sentiment (where read) and, on a named entity, its voices as its last
 * fields: tone per voice (when sentiment ran) and how much it is quoted (its row among the
 * article's speakers). One copy per entity.
 */
function withVoices(doc: NewsDocument, articleVoices: ArticleVoices): Entity[] {
  const sentiments = doc.layer(ENTITY_SENTIMENT);
  const tones = doc.layer(ENTITY_VOICE_TONES);
  const quoted = new Map<string, { quotes: number; words: number }>();
  for (const row of articleVoices.speakers) if (row.speaker !== null) quoted.set(row.speaker, row);
  // A plain loop, not a per-call callback: V8 drops a new closure's optimised code at each mark-compact.
  const entities: Entity[] = [];
  for (let index = 0; index < doc.entities.length; index += 1) entities.push(entityWithVoices(doc.entities[index] as Entity, sentiments?.[index], tones?.[index], quoted));
  return entities;
}

/** `entity` with its sentiment and voices (withVoices), or itself where it has none. */
function entityWithVoices(entity: Entity, sentiment: EntitySentiment | undefined, tone: VoiceTones | undefined, quoted: ReadonlyMap<string, { quotes: number; words: number }>): Entity {
  const numeric = NUMERIC_TYPES.has(entity.type);
  if (numeric && sentiment === undefined) return entity;
  // Copied key by key (Object.assign), then the new fields: a spread copy given new keys
  // afterwards takes V8's slow path as a spread followed by new keys does, ten times slower
  // (NewsDocument.span).
  const copy: Entity = Object.assign({}, entity);
  if (sentiment !== undefined) copy.sentiment = sentiment;
  if (numeric) return copy;
  const row = quoted.get(entity.id);
  copy.voices = { writer: tone?.writer ?? null, quoted: tone?.quoted ?? null, quotes: row?.quotes ?? 0, quotedWords: row?.words ?? 0 };
  return copy;
}

/** Each item with the sentiment layer's value at its index as its last field, where there is one. */
function withSentiment<Item extends object, Score>(items: readonly Item[], scores: readonly (Score | undefined)[] | undefined): (Item & { sentiment?: Score })[] {
  if (!scores) return items as Item[];
  return mapPacked(items, (item, index) => {
    const sentiment = scores[index];
    if (sentiment === undefined) return item;
    // As in withVoices: copied key by key, then the new field.
    const copy: Item & { sentiment?: Score } = Object.assign({}, item);
    copy.sentiment = sentiment;
    return copy;
  });
}
