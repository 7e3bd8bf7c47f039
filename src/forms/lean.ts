/**
 * The lean form of an analysis: scores, labels, counts, rates and offsets, for corpus
 * statistics: no text of the article but titles and headings, no evidence and no explanations;
 * findings keep their ids, categories and types, so they can be looked up. The article-level
 * fields (`stats`, the article's scores, counts and rates, its entities and frames) are where the
 * full form has them, so code that reads those, like `newslens compare`, reads every form.
 */
import { indexer } from './indexer.js';
import type { AnalysisMeta, ArticleAnalysis, ArticleStats, Entity, EntityVoices } from '../analysis.js';
import type { ArticleVoices } from '../shared/voices.js';
import type { Voice } from '../document/finding.js';
import type { Dateline, EntityType, Part, Span } from '../document/document.js';
import { NUMERIC_TYPES } from '../document/document.js';
import type { PartBias } from '../stages/07-bias/index.js';
import type { BiasCategory, BiasMarker, BiasReport } from '../stages/07-bias/types.js';
import type { FrameScore, GenericFrame, PolicyFrame } from '../stages/08-framing/types.js';
import type { SentimentLabel, SentimentScore, VoiceTones } from '../shared/sentence-sentiment/types.js';
import type { PartSentiment } from '../stages/06-sentiment/types.js';

/**
 * A table as columns: arrays of equal length, entry i of each belonging to row i. Lists that
 * grow with the text are written so in the lean form, which names each field once instead of
 * once a row; `pandas.DataFrame(columns)` and R's `as.data.frame(columns)` read them as tables.
 */
export type Columns<Row> = { [Field in keyof Row]: Row[Field][] };

/** A score and its label. */
export interface LeanScore {
  score: number;
  label: SentimentLabel;
}

/** Offsets only: the text is the input's `slice(start, end)`. */
export interface LeanSpan {
  start: number;
  end: number;
}

export interface LeanStructure {
  kicker?: Span;
  title?: Span;
  subtitle?: Span;
  byline?: Span;
  /** The dateline's text, and its place as offsets only. */
  dateline?: Span & { place?: LeanSpan };
  sections: { heading?: Span; start: number; end: number; paragraphs: LeanSpan[] }[];
  boilerplate: LeanSpan[];
}

/** Row i is sentence i. `sentiment`, `label` and `bias` are there when their stage ran, null for boilerplate. */
export type LeanSentences = Columns<LeanSpan & { part: Part; section: number | null }> & {
  sentiment?: (number | null)[];
  label?: (SentimentLabel | null)[];
  bias?: (number | null)[];
};

/**
 * The named entities as columns. `tone`, `label` and `mentions` are `Entity.sentiment`'s score,
 * label and `mentions` read (as `mentionsRead`; null where none was read), present unless sentiment was skipped;
 * `writer` and `quoted` are the scores of `Entity.voices`' tones (null where no mention in that
 * voice was read), with `quotes` and `quotedWords` as there.
 */
export type LeanEntities = Columns<{ id: string; name: string; type: EntityType; count: number; salience: number }> &
  Partial<Columns<{ tone: number | null; label: SentimentLabel | null; mentionsRead: number | null }>> &
  Partial<Columns<Record<Voice, number | null> & Omit<EntityVoices, Voice>>>;

export interface LeanSentiment {
  article: LeanScore;
  headline: LeanScore | null;
  body: LeanScore | null;
  headlineVsBody: number | null;
  voices: VoiceTones;
  /** `writer` and `quoted` are the part's scores in each voice, null where it has no words in that voice. */
  parts: Columns<LeanSpan & LeanScore & { part: PartSentiment['part']; section: number | null; writer: number | null; quoted: number | null }>;
}

export interface LeanBias {
  score: number;
  counts: Record<BiasCategory, number>;
  rates: Record<BiasCategory, number>;
  voices: BiasReport['voices'];
  /** `sentence` indexes `sentences`; `lexicon` is the list's id; `attributed` and `negated` are false where the full form leaves them out. */
  markers: Columns<LeanSpan & Pick<BiasMarker, 'category' | 'type' | 'voice'> & { sentence: number; lexicon: string; attributed: boolean; negated: boolean }>;
  parts: Columns<LeanSpan & Pick<PartBias, 'part' | 'section' | 'score'>>;
}

/** A frame of the article: its score and call; `cues` counts its evidence. */
export interface LeanFrameScore<Frame extends string = string> {
  frame: Frame;
  score: number;
  present: boolean;
  cues: number;
}

export interface LeanFraming {
  generic: LeanFrameScore<GenericFrame>[];
  policy: LeanFrameScore<PolicyFrame>[];
  custom: LeanFrameScore[];
  /**
   * Row s is section s of `framing.sections` in the full form. `generic[s][k]` is the section's
   * score for the frame `framing.generic[k].frame`, and so for `policy` and `custom`; `present[s]`
   * names the frames present in it, as `scheme:frame`.
   */
  sections: Columns<LeanSpan & { section: number; heading: string | null; generic: number[]; policy: number[]; custom: number[]; present: string[] }>;
}

/**
 * The analysis reduced to scores, labels, counts, rates and offsets, for corpus statistics
 * (a tenth to a twentieth of the full form). No text of the article but its titles and headings, no
 * evidence, no explanations, no tokens; findings keep their ids, categories and types.
 * - `meta`: `library`, `version`, `form: 'lean'`, `options`, `stages`; the version fixes every
 *   list and model behind the analysis, which the full and compact forms' `meta` describe;
 * - `stats`: as in the full form;
 * - `structure`: kicker, title, subtitle, byline, dateline and section headings as `{ start, end, text }`;
 *   sections as `{ heading?, start, end, paragraphs }`, paragraphs and boilerplate as `{ start, end }`;
 * - `sentences`: columns `start`, `end`, `part`, `section`, `sentiment` (the score), `label`, `bias` (the score);
 * - `entities`: the named entities (`isNamedEntity`), most salient first, as columns `id`, `name`,
 *   `type`, `count`, `salience`, `tone`, `label`, `mentionsRead` (the entity's sentiment), `writer`,
 *   `quoted` (the scores of the tone in each voice), `quotes`, `quotedWords`;
 * - `voices`: as in the full form;
 * - `sentiment`: `article`, `headline` and `body` as `{ score, label }`, `headlineVsBody`, `voices`
 *   as in the full form, and `parts`: columns `part`, `section`, `start`, `end`, `score`, `label`,
 *   `writer`, `quoted` (the part's score in each voice);
 * - `bias`: `score`, `counts`, `rates` and `voices` as in the full form; `markers`: columns `start`, `end`,
 *   `sentence`, `category`, `type`, `voice`, `lexicon`, `attributed`, `negated`; `parts`: columns `part`,
 *   `section`, `start`, `end`, `score`;
 * - `framing`: the article's frames as `{ frame, score, present, cues }`; `sections`: columns
 *   `section`, `heading`, `start`, `end`, `generic`, `policy`, `custom` (each section's scores of
 *   the article's frames, in their order) and `present`.
 * Where the full form has them, the fields `newslens compare` reads are at the same places.
 */
export interface LeanAnalysis {
  meta: Pick<AnalysisMeta, 'library' | 'version' | 'options' | 'stages'> & { form: 'lean' };
  stats: ArticleStats;
  structure: LeanStructure;
  sentences: LeanSentences;
  entities: LeanEntities;
  voices: ArticleVoices;
  sentiment?: LeanSentiment;
  bias?: LeanBias;
  framing?: LeanFraming;
}

/** Rows as columns: each field's values in row order. */
function columns<Row extends object, Field extends keyof Row>(rows: readonly Row[], fields: readonly Field[]): Columns<Pick<Row, Field>> {
  return Object.fromEntries(fields.map((field) => [field, rows.map((row) => row[field])])) as Columns<Pick<Row, Field>>;
}

const leanSpan = ({ start, end }: LeanSpan): LeanSpan => ({ start, end });
const leanDateline = ({ start, end, text, place }: Dateline): Span & { place?: LeanSpan } => ({ start, end, text, ...(place && { place: leanSpan(place) }) });

/** Named entities as columns: an entity list grows with the text, and its keys would be most of the lean form. */
function leanEntities(named: readonly Entity[], withSentiment: boolean): LeanEntities {
  const lean: LeanEntities = columns(named, ['id', 'name', 'type', 'count', 'salience']);
  if (withSentiment) {
    lean.tone = named.map((entity) => entity.sentiment?.score ?? null);
    lean.label = named.map((entity) => entity.sentiment?.label ?? null);
    lean.mentionsRead = named.map((entity) => entity.sentiment?.mentions ?? null);
  }
  if (named.some((entity) => entity.voices)) {
    lean.writer = named.map((entity) => entity.voices?.writer?.score ?? null);
    lean.quoted = named.map((entity) => entity.voices?.quoted?.score ?? null);
    lean.quotes = named.map((entity) => entity.voices?.quotes ?? 0);
    lean.quotedWords = named.map((entity) => entity.voices?.quotedWords ?? 0);
  }
  return lean;
}
const leanScore = ({ score, label }: SentimentScore): LeanScore => ({ score, label });

/** The analysis in lean form. */
export function leanAnalysis(analysis: ArticleAnalysis): LeanAnalysis {
  const { meta, stats, structure, sentences, entities, voices, sentiment, bias, framing } = analysis;
  const { kicker, title, subtitle, byline, dateline } = structure;
  const lean: LeanAnalysis = {
    meta: { library: meta.library, version: meta.version, form: 'lean', options: meta.options, stages: meta.stages },
    stats,
    structure: {
      ...(kicker && { kicker }),
      ...(title && { title }),
      ...(subtitle && { subtitle }),
      ...(byline && { byline }),
      ...(dateline && { dateline: leanDateline(dateline) }),
      sections: structure.sections.map(({ heading, start, end, paragraphs }) => ({ ...(heading && { heading }), start, end, paragraphs: paragraphs.map(leanSpan) })),
      boilerplate: structure.boilerplate.map(leanSpan),
    },
    sentences: columns(sentences, ['start', 'end', 'part', 'section']),
    entities: leanEntities(entities.filter((entity) => !NUMERIC_TYPES.has(entity.type)), sentiment !== undefined),
    voices,
  };
  if (sentiment) {
    lean.sentences.sentiment = sentences.map((sentence) => sentence.sentiment?.score ?? null);
    lean.sentences.label = sentences.map((sentence) => sentence.sentiment?.label ?? null);
    lean.sentiment = {
      article: leanScore(sentiment.article),
      headline: sentiment.headline && leanScore(sentiment.headline),
      body: sentiment.body && leanScore(sentiment.body),
      headlineVsBody: sentiment.headlineVsBody,
      voices: sentiment.voices,
      parts: columns(
        sentiment.parts.map(({ part, section, start, end, sentiment: { score, label }, voices: { writer, quoted } }) => ({ part, section, start, end, score, label, writer: writer?.score ?? null, quoted: quoted?.score ?? null })),
        ['part', 'section', 'start', 'end', 'score', 'label', 'writer', 'quoted'],
      ),
    };
  }
  if (bias) {
    const scores: (number | null)[] = sentences.map(() => null);
    const sentenceOf: (number | undefined)[] = [];
    const markerIndex = indexer(bias.markers, (at) => `newslens.leanAnalysis(analysis): a sentence of bias.sentences lists a marker at ${at} that bias.markers lacks`);
    for (const { sentence, score, markers } of bias.sentences) {
      scores[sentence] = score;
      for (const marker of markers) sentenceOf[markerIndex(marker)] = sentence;
    }
    lean.sentences.bias = scores;
    const markers = bias.markers.map(({ start, end, category, type, voice, lexicon, attributed, negated }, k) => {
      const sentence = sentenceOf[k];
      if (sentence === undefined) throw new TypeError(`newslens.leanAnalysis(analysis): the bias marker at ${start}..${end} is in no sentence of bias.sentences`);
      return { start, end, sentence, category, type, voice, lexicon: lexicon.id, attributed: attributed === true, negated: negated === true };
    });
    lean.bias = {
      score: bias.score,
      counts: bias.counts,
      rates: bias.rates,
      voices: bias.voices,
      markers: columns(markers, ['start', 'end', 'sentence', 'category', 'type', 'voice', 'lexicon', 'attributed', 'negated']),
      parts: columns(bias.parts, ['part', 'section', 'start', 'end', 'score']),
    };
  }
  if (framing) {
    const frames = <Frame extends string>(list: readonly FrameScore<Frame>[]): LeanFrameScore<Frame>[] => list.map(({ frame, score, present, evidence }) => ({ frame, score, present, cues: evidence.length }));
    const scores = (list: readonly FrameScore[]): number[] => list.map((frame) => frame.score);
    lean.framing = {
      generic: frames(framing.generic),
      policy: frames(framing.policy),
      custom: frames(framing.custom),
      sections: columns(
        framing.sections.map(({ section, heading, start, end, generic, policy, custom }) => ({
          section,
          heading,
          start,
          end,
          generic: scores(generic),
          policy: scores(policy),
          custom: scores(custom),
          present: [...generic.map((frame) => ({ ...frame, scheme: 'generic' })), ...policy.map((frame) => ({ ...frame, scheme: 'policy' })), ...custom.map((frame) => ({ ...frame, scheme: 'custom' }))]
            .filter((frame) => frame.present)
            .map((frame) => `${frame.scheme}:${frame.frame}`),
        })),
        ['section', 'heading', 'start', 'end', 'generic', 'policy', 'custom', 'present'],
      ),
    };
  }
  return lean;
}
