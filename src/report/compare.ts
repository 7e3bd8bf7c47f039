/**
 * `newslens compare`: groups of articles in batch output (per outlet, or any field) side by side,
 * as a tidy long table for R or pandas, with a 95% bootstrap interval for every value (the page
 * is compare-page.ts, the markdown compare-markdown.ts). Records are read one at a time; each
 * group keeps the few numbers per article that its measures are made of, which the intervals
 * resample, never the analyses.
 */
import { type ArticleAnalysis, type Entity, isNamedEntity, type LeanEntities, type SpeakerType } from 'newslens';
import { roundScore } from '../shared/scores.js';
import { bootstrapIntervals, type BootstrapOptions, DEFAULT_RESAMPLES, DEFAULT_SEED, MAX_RESAMPLES, MAX_SEED } from './bootstrap.js';
import { articleVoices, biasVoices, SPEAKER_TYPES, wordsByType } from './voices.js';

/** A success line of `newslens batch` output (cli/records.ts reads it). */
export type BatchRecord = { id: string; title?: string; outlet?: string; date?: string; url?: string; analysis: ArticleAnalysis };

export type CompareMeasure =
  | 'article_tone'
  | 'bias_score'
  | 'frame_share'
  | 'marker_rate'
  | 'writer_bias_score'
  | 'writer_lexical_rate'
  | 'writer_marker_rate'
  | 'quoted_share'
  | 'anonymous_share'
  | 'speaker_type_share'
  | 'entity_tone';

/** One value of one measure for one group: tidy long format. */
export type CompareRow = {
  group: string;
  measure: CompareMeasure;
  /** The frame (`generic:conflict`), bias category, speaker type, or entity by its id (`PERSON:donald-trump`, as in the entities table); empty for the measures of the whole article. */
  name: string;
  value: number;
  /** The articles behind the value: those with the analysis it needs, or that name the entity. */
  articles: number;
  /** The 95% percentile bootstrap interval of the value; null with fewer than two articles to resample (`n`). */
  low: number | null;
  high: number | null;
  /** The articles the interval resamples: `articles`, less those adding nothing to a pooled share's denominator (no words, no quoted words). */
  n: number;
};

export interface CompareOptions extends BootstrapOptions {
  /** Entity tone compares the entities every group mentions at least this many times. */
  minMentions: number;
}

/** A named entity needs this many mentions in every group for its tone to be compared. */
export const DEFAULT_MIN_MENTIONS = 3;

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { minMentions: DEFAULT_MIN_MENTIONS, resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED };

/** The group of a record without a value in the grouping field. */
export const NO_GROUP = '(none)';

/** Code-unit order, the same on every machine (localeCompare is not). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Columns of per-article numbers under names (bias categories, frames), one row per article added:
 * a name first seen in a later article is 0 in the rows before it, and a name an article lacks is 0 in its row.
 */
class NamedColumns {
  readonly columns = new Map<string, number[]>();
  private rows = 0;

  addRow(values: Iterable<readonly [string, number]>): void {
    for (const [name, value] of values) {
      let column = this.columns.get(name);
      if (!column) this.columns.set(name, (column = new Array<number>(this.rows).fill(0)));
      column.push(value);
    }
    this.rows += 1;
    for (const column of this.columns.values()) if (column.length < this.rows) column.push(0);
  }
}

/** Each frame of a scheme by its `scheme:frame` name, 1 where it is present and 0 where not. */
const presence = (scheme: string, frames: readonly { frame: string; present: boolean }[]): [string, number][] => frames.map((frame) => [`${scheme}:${frame.frame}`, frame.present ? 1 : 0]);

/** An entity across a group: its mentions, and the tone toward it in each article that scores one. */
type EntityArticles = { mentions: number; tones: number[] };

/**
 * What one group's articles are made of, one number per article and measure: a mean's values, or
 * a pooled rate's numerators beside the denominators they share (words, quoted words), so that
 * every value and its interval are Σ numerators / Σ denominators over the same articles.
 */
class GroupArticles {
  tone: number[] = [];
  bias: number[] = [];
  /** Whether each frame (`scheme:frame`, in codebook order) is present, 1 or 0, per framed article. */
  frames = new NamedColumns();
  biased = 0;
  /** Words of the biased articles that have some, and their markers by category. */
  words: number[] = [];
  markers = new NamedColumns();
  /** Articles whose quotes were read; the words of those with words and the quoted words among them; the quoted words of those with some and their words by speaker type. */
  voiced = 0;
  voicedWords: number[] = [];
  quotedOfVoiced: number[] = [];
  quotedWords: number[] = [];
  typeWords = new NamedColumns();
  /** The writer's own words: bias score and lexical rate of the articles with such words, and markers pooled over them. */
  writerBias: number[] = [];
  /** The writer's distinct lexical terms per 100 of the writer's wording (`bias.voices.writer.lexical`): the measure docs/BIAS.md says to use. */
  writerLexical: number[] = [];
  writerArticles = 0;
  writerWords: number[] = [];
  writerMarkers = new NamedColumns();
  entities = new Map<string, EntityArticles>();

  add(analysis: ArticleAnalysis): void {
    const { sentiment, bias, framing } = analysis;
    if (sentiment) this.tone.push(sentiment.article.score);
    if (bias) {
      this.bias.push(bias.score);
      this.biased += 1;
      if (analysis.stats.words > 0) {
        this.words.push(analysis.stats.words);
        this.markers.addRow(Object.entries(bias.counts));
      }
    }
    if (framing) this.frames.addRow([...presence('generic', framing.generic), ...presence('policy', framing.policy)]);
    const voices = articleVoices(analysis);
    if (voices) {
      this.voiced += 1;
      if (voices.words > 0) {
        this.voicedWords.push(voices.words);
        this.quotedOfVoiced.push(voices.quotedWords);
      }
      if (voices.quotedWords > 0) {
        this.quotedWords.push(voices.quotedWords);
        this.typeWords.addRow(Object.entries(wordsByType(voices)));
      }
    }
    const writer = bias && biasVoices(analysis)?.writer;
    if (writer) {
      this.writerArticles += 1;
      if (writer.words > 0) {
        this.writerBias.push(writer.score);
        if (typeof writer.lexical === 'number') this.writerLexical.push(writer.lexical);
        this.writerWords.push(writer.words);
        this.writerMarkers.addRow(Object.entries(writer.counts));
      }
    }
    for (const entity of entityRows(analysis)) {
      if (!isNamedEntity(entity) || entity.count === 0) continue;
      // The entities table's key: one referent is one row across articles, whatever its longest name in each.
      let articles = this.entities.get(entity.id);
      if (!articles) this.entities.set(entity.id, (articles = { mentions: 0, tones: [] }));
      articles.mentions += entity.count;
      if (entity.sentiment) articles.tones.push(entity.sentiment.score);
    }
  }

  /** This group's rows; entity tone for `entities` only, the entities compared across the groups. */
  rows(group: string, entities: readonly string[], options: BootstrapOptions): CompareRow[] {
    const specs: { measure: CompareMeasure; name: string; articles: number; numerators: readonly number[]; denominators?: readonly number[]; scale: number }[] = [];
    /** A row of Σ numerators / Σ denominators (the mean without denominators), times `scale`. */
    const row = (measure: CompareMeasure, name: string, articles: number, numerators: readonly number[], denominators?: readonly number[], scale = 1): void => {
      specs.push({ measure, name, articles, numerators, ...(denominators && { denominators }), scale });
    };
    if (this.tone.length > 0) row('article_tone', '', this.tone.length, this.tone);
    if (this.bias.length > 0) row('bias_score', '', this.bias.length, this.bias);
    for (const [frame, present] of this.frames.columns) row('frame_share', frame, present.length, present);
    if (this.words.length > 0) for (const [category, counts] of this.markers.columns) row('marker_rate', category, this.biased, counts, this.words, 100);
    if (this.writerBias.length > 0) row('writer_bias_score', '', this.writerBias.length, this.writerBias);
    if (this.writerLexical.length > 0) row('writer_lexical_rate', '', this.writerLexical.length, this.writerLexical);
    if (this.writerWords.length > 0) for (const [category, counts] of this.writerMarkers.columns) row('writer_marker_rate', category, this.writerArticles, counts, this.writerWords, 100);
    if (this.voicedWords.length > 0) row('quoted_share', '', this.voiced, this.quotedOfVoiced, this.voicedWords);
    if (this.quotedWords.length > 0) {
      const typeWords = (type: SpeakerType): number[] => this.typeWords.columns.get(type) as number[];
      row('anonymous_share', '', this.voiced, typeWords('anonymous'), this.quotedWords);
      for (const type of SPEAKER_TYPES) row('speaker_type_share', type, this.voiced, typeWords(type), this.quotedWords);
    }
    for (const id of entities) {
      const tones = this.entities.get(id)?.tones ?? [];
      if (tones.length > 0) row('entity_tone', id, tones.length, tones);
    }
    const intervals = bootstrapIntervals(specs, options);
    const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
    return specs.map(({ measure, name, articles, numerators, denominators, scale }, index) => {
      const value = (sum(numerators) / (denominators ? sum(denominators) : numerators.length)) * scale;
      const interval = intervals[index];
      const bound = (end: number | undefined): number | null => (end === undefined ? null : roundScore(end * scale));
      return { group, measure, name, value: roundScore(value), articles, low: bound(interval?.low), high: bound(interval?.high), n: numerators.length };
    });
  }
}

/**
 * Groups of batch records compared: `add()` each record as it is read, then `rows()`.
 * `by` names a top-level field of the records (`outlet`, `date`, or a field of the user's own);
 * a record without a value in it is grouped as `(none)`.
 */
export class Comparison {
  private readonly groups = new Map<string, GroupArticles>();
  readonly options: CompareOptions;

  constructor(
    readonly by: string = 'outlet',
    options: Partial<CompareOptions> = {},
  ) {
    if (typeof by !== 'string' || by === '') throw new TypeError(`new Comparison(by): expected the name of a field, received ${JSON.stringify(by)}`);
    this.options = { ...DEFAULT_COMPARE_OPTIONS, ...options };
    const { minMentions, resamples, seed } = this.options;
    if (!Number.isSafeInteger(minMentions) || minMentions < 1) throw new RangeError(`new Comparison(): minMentions must be a whole number of at least 1, received ${minMentions}`);
    if (!Number.isSafeInteger(resamples) || resamples < 1 || resamples > MAX_RESAMPLES) throw new RangeError(`new Comparison(): resamples must be a whole number from 1 to ${MAX_RESAMPLES}, received ${resamples}`);
    if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) throw new RangeError(`new Comparison(): seed must be a whole number from 0 to ${MAX_SEED}, received ${seed}`);
  }

  add(record: BatchRecord): void {
    const group = this.groupOf(record);
    let articles = this.groups.get(group);
    if (!articles) this.groups.set(group, (articles = new GroupArticles()));
    articles.add(record.analysis);
  }

  /** Groups in name order, `(none)` last; in each, tone, bias score, frame shares, marker rates, the writer's bias, who is quoted, then entity tone. */
  rows(): CompareRow[] {
    const names = [...this.groups.keys()].sort((a, b) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : byText(a, b)));
    const entities = this.comparedEntities();
    return names.flatMap((name) => (this.groups.get(name) as GroupArticles).rows(name, entities, this.options));
  }

  /**
   * The named entities every group mentions at least `minMentions` times, so that each group's
   * tone is toward the same entities: the most mentioned over all groups first, ties by id.
   */
  comparedEntities(): string[] {
    const groups = [...this.groups.values()];
    const [first] = groups;
    if (!first) return [];
    const mentions = (group: GroupArticles, id: string): number => group.entities.get(id)?.mentions ?? 0;
    const total = (id: string): number => groups.reduce((sum, group) => sum + mentions(group, id), 0);
    return [...first.entities.keys()]
      .filter((id) => groups.every((group) => mentions(group, id) >= this.options.minMentions))
      .sort((a, b) => total(b) - total(a) || byText(a, b));
  }

  private groupOf(record: BatchRecord): string {
    const value = (record as Record<string, unknown>)[this.by];
    if (value === undefined || value === null || value === '') return NO_GROUP;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new TypeError(`record ${JSON.stringify(record.id)}: its ${this.by} is ${Array.isArray(value) ? 'an array' : 'an object'}; compare groups by a field holding text or a number`);
  }
}

/** The rows of one measure, by name, in the order they first come. */
export function byName(rows: readonly CompareRow[], measure: CompareMeasure): Map<string, CompareRow[]> {
  const names = new Map<string, CompareRow[]>();
  for (const row of rows) {
    if (row.measure !== measure) continue;
    const list = names.get(row.name);
    if (list) list.push(row);
    else names.set(row.name, [row]);
  }
  return names;
}

/** A row's interval, or undefined where it has none. */
export const intervalOf = (row: CompareRow): { low: number; high: number } | undefined => (row.low === null || row.high === null ? undefined : { low: row.low, high: row.high });

/** How the page and the markdown explain the intervals. */
export const intervalsNote = (options: BootstrapOptions): string =>
  `Each value has its 95% interval in brackets: a percentile bootstrap over the group’s articles (${options.resamples.toLocaleString('en')} resamples, seed ${options.seed}). n is the number of articles resampled; a value from one article has no interval.`;

/** "at least 3 times", "at least once": how often every group must mention an entity compared. */
const atLeast = (minMentions: number): string => `at least ${minMentions === 1 ? 'once' : `${minMentions} times`}`;

/** How the page and the markdown say which entities' tone is compared. */
export const comparedEntitiesNote = (minMentions: number): string =>
  `The named entities every group mentions ${atLeast(minMentions)} (--min-mentions), most mentioned first, so that each group’s tone is toward the same entities: the mean tone toward each (−1..1) over the group’s articles naming it.`;

/** What the page and the markdown say when no entity is mentioned often enough in every group. */
export const noEntityCompared = (minMentions: number): string => `No named entity is mentioned ${atLeast(minMentions)} in every group, so no entity’s tone is compared (--min-mentions sets the number).`;

/** What compare reads of an entity, from the full and compact forms' list or the lean form's columns. */
type EntityRow = { id: string; type: Entity['type']; count: number; sentiment?: { score: number } };

function entityRows(analysis: ArticleAnalysis): EntityRow[] {
  const entities = analysis.entities as Entity[] | LeanEntities;
  if (Array.isArray(entities)) return entities;
  return entities.id.map((id, k) => {
    const tone = entities.tone?.[k];
    return { id, type: entities.type[k] as Entity['type'], count: entities.count[k] as number, ...(typeof tone === 'number' && { sentiment: { score: tone } }) };
  });
}
