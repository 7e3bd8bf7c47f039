/**
 * `newslens compare`: groups of articles in batch output (per outlet, or any field) side by side,
 * as a tidy long table for R or pandas and a page of charts. Records are read one at a time and
 * folded into per-group totals, so memory grows with the groups and the entities they name, not
 * with the number of articles.
 */
import { type ArticleAnalysis, type Entity, isNamedEntity, type LeanEntities, type SpeakerType } from 'newslens';
import { roundScore } from '../shared/scores.js';
import COMPARE_STYLE from './assets/compare.css?raw';
import { barChart, escapeHtml, page, roundCeiling } from './html.js';
import { articleVoices, biasVoices, SPEAKER_TYPES, wordsByType } from './voices.js';
import { count } from './wording.js';

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
};

/** The group of a record without a value in the grouping field. */
export const NO_GROUP = '(none)';

/** How many of a group's entities, by mentions across the group, get an entity_tone row. */
const TOP_ENTITIES = 10;

/** Code-unit order, the same on every machine (localeCompare is not). */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

class Mean {
  sum = 0;
  count = 0;

  add(value: number): void {
    this.sum += value;
    this.count += 1;
  }

  get value(): number {
    return this.sum / this.count;
  }
}

/** What one group's articles add up to: counts and sums only. */
class GroupTotals {
  tone = new Mean();
  bias = new Mean();
  framed = 0;
  /** Articles each frame is present in, keyed `scheme:frame`, in codebook order. */
  frames = new Map<string, number>();
  biased = 0;
  words = 0;
  markers = new Map<string, number>();
  entities = new Map<string, { mentions: number; tone: Mean }>();
  /** Articles whose quotes were read, their words, quoted words and quoted words by speaker type. */
  voiced = 0;
  voicedWords = 0;
  quotedWords = 0;
  typeWords = new Map<SpeakerType, number>();
  /** The writer's own words: mean bias score, and markers pooled over the articles with bias by voice. */
  writerBias = new Mean();
  /** The writer's distinct lexical terms per 100 of the writer's wording (`bias.voices.writer.lexical`): the measure docs/BIAS.md says to use. */
  writerLexical = new Mean();
  writerArticles = 0;
  writerWords = 0;
  writerMarkers = new Map<string, number>();

  add(analysis: ArticleAnalysis): void {
    const { sentiment, bias, framing } = analysis;
    if (sentiment) this.tone.add(sentiment.article.score);
    if (bias) {
      this.bias.add(bias.score);
      this.biased += 1;
      this.words += analysis.stats.words;
      for (const [category, count] of Object.entries(bias.counts)) this.markers.set(category, (this.markers.get(category) ?? 0) + count);
    }
    if (framing) {
      this.framed += 1;
      for (const [scheme, frames] of [['generic', framing.generic], ['policy', framing.policy]] as const) {
        for (const frame of frames) {
          const key = `${scheme}:${frame.frame}`;
          this.frames.set(key, (this.frames.get(key) ?? 0) + (frame.present ? 1 : 0));
        }
      }
    }
    const voices = articleVoices(analysis);
    if (voices) {
      this.voiced += 1;
      this.voicedWords += voices.words;
      this.quotedWords += voices.quotedWords;
      for (const [type, words] of Object.entries(wordsByType(voices)) as [SpeakerType, number][]) this.typeWords.set(type, (this.typeWords.get(type) ?? 0) + words);
    }
    const writer = bias && biasVoices(analysis)?.writer;
    if (writer) {
      this.writerArticles += 1;
      this.writerWords += writer.words;
      if (writer.words > 0) this.writerBias.add(writer.score);
      if (writer.words > 0 && typeof writer.lexical === 'number') this.writerLexical.add(writer.lexical);
      for (const [category, count] of Object.entries(writer.counts)) this.writerMarkers.set(category, (this.writerMarkers.get(category) ?? 0) + count);
    }
    for (const entity of entityRows(analysis)) {
      if (!isNamedEntity(entity) || entity.count === 0) continue;
      // The entities table's key: one referent is one row across articles, whatever its longest name in each.
      const key = entity.id;
      let totals = this.entities.get(key);
      if (!totals) this.entities.set(key, (totals = { mentions: 0, tone: new Mean() }));
      totals.mentions += entity.count;
      if (entity.sentiment) totals.tone.add(entity.sentiment.score);
    }
  }

  rows(group: string): CompareRow[] {
    const rows: CompareRow[] = [];
    const row = (measure: CompareMeasure, name: string, value: number, articles: number): void => {
      rows.push({ group, measure, name, value: roundScore(value), articles });
    };
    if (this.tone.count > 0) row('article_tone', '', this.tone.value, this.tone.count);
    if (this.bias.count > 0) row('bias_score', '', this.bias.value, this.bias.count);
    for (const [frame, present] of this.frames) row('frame_share', frame, present / this.framed, this.framed);
    if (this.words > 0) for (const [category, count] of this.markers) row('marker_rate', category, (count / this.words) * 100, this.biased);
    if (this.writerBias.count > 0) row('writer_bias_score', '', this.writerBias.value, this.writerBias.count);
    if (this.writerLexical.count > 0) row('writer_lexical_rate', '', this.writerLexical.value, this.writerLexical.count);
    if (this.writerWords > 0) for (const [category, count] of this.writerMarkers) row('writer_marker_rate', category, (count / this.writerWords) * 100, this.writerArticles);
    if (this.voicedWords > 0) row('quoted_share', '', this.quotedWords / this.voicedWords, this.voiced);
    if (this.quotedWords > 0) {
      row('anonymous_share', '', (this.typeWords.get('anonymous') ?? 0) / this.quotedWords, this.voiced);
      for (const type of SPEAKER_TYPES) row('speaker_type_share', type, (this.typeWords.get(type) ?? 0) / this.quotedWords, this.voiced);
    }
    for (const [entity, { tone }] of this.topEntities()) if (tone.count > 0) row('entity_tone', entity, tone.value, tone.count);
    return rows;
  }

  /** Most mentioned first; ties by key, so the same batch always gives the same rows. */
  private topEntities(): [string, { mentions: number; tone: Mean }][] {
    return [...this.entities].sort(([keyA, a], [keyB, b]) => b.mentions - a.mentions || byText(keyA, keyB)).slice(0, TOP_ENTITIES);
  }
}


/**
 * Groups of batch records compared: `add()` each record as it is read, then `rows()`.
 * `by` names a top-level field of the records (`outlet`, `date`, or a field of the user's own);
 * a record without a value in it is grouped as `(none)`.
 */
export class Comparison {
  private readonly groups = new Map<string, GroupTotals>();

  constructor(readonly by: string = 'outlet') {
    if (typeof by !== 'string' || by === '') throw new TypeError(`new Comparison(by): expected the name of a field, received ${JSON.stringify(by)}`);
  }

  add(record: BatchRecord): void {
    const group = this.groupOf(record);
    let totals = this.groups.get(group);
    if (!totals) this.groups.set(group, (totals = new GroupTotals()));
    totals.add(record.analysis);
  }

  /** Groups in name order, `(none)` last; in each, tone, bias score, frame shares, marker rates, the writer's bias, who is quoted, then entity tone. */
  rows(): CompareRow[] {
    const names = [...this.groups.keys()].sort((a, b) => (a === NO_GROUP ? 1 : b === NO_GROUP ? -1 : byText(a, b)));
    return names.flatMap((name) => (this.groups.get(name) as GroupTotals).rows(name));
  }

  private groupOf(record: BatchRecord): string {
    const value = (record as Record<string, unknown>)[this.by];
    if (value === undefined || value === null || value === '') return NO_GROUP;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw new TypeError(`record ${JSON.stringify(record.id)}: its ${this.by} is ${Array.isArray(value) ? 'an array' : 'an object'}; compare groups by a field holding text or a number`);
  }
}

// ---- the page ---------------------------------------------------------------------------------

/** The rows of one measure, by name, in the order they first come. */
function byName(rows: readonly CompareRow[], measure: CompareMeasure): Map<string, CompareRow[]> {
  const names = new Map<string, CompareRow[]>();
  for (const row of rows) {
    if (row.measure !== measure) continue;
    const list = names.get(row.name);
    if (list) list.push(row);
    else names.set(row.name, [row]);
  }
  return names;
}

/** One chart per bias category of `measure`, all on the same scale. */
function markerRateCharts(rows: readonly CompareRow[], measure: 'marker_rate' | 'writer_marker_rate'): string[] {
  const markers = [...byName(rows, measure)];
  const highest = Math.max(0, ...markers.flatMap(([, list]) => list.map((row) => row.value)));
  const axisLabel = measure === 'marker_rate' ? 'bias markers per 100 words' : 'bias markers per 100 of the writer’s words';
  return markers.map(([category, list]) => barChart(groupBars(list), { title: category.replaceAll('_', ' '), axisLabel, min: 0, max: roundCeiling(highest) || 1, width: 480 }));
}

/** Share of voice and anonymous sourcing, and the bias of the writer's own words; nothing for batches made before quotes were read. */
function voicesSection(rows: readonly CompareRow[]): string {
  const quoted = rows.filter((row) => row.measure === 'quoted_share');
  if (quoted.length === 0) return '';
  const share = { min: 0, max: 1, width: 480 };
  const charts = [
    barChart(groupBars(quoted), { title: 'Share of the words quoted', axisLabel: 'quoted words / all words', ...share }),
    barChart(groupBars(rows.filter((row) => row.measure === 'anonymous_share')), { title: 'Anonymous sources', axisLabel: 'share of the quoted words', ...share }),
    ...[...byName(rows, 'speaker_type_share')].filter(([, list]) => list.some((row) => row.value > 0)).map(([type, list]) => barChart(groupBars(list), { title: `Quoted words of ${type} speakers`, axisLabel: 'share of the quoted words', ...share })),
  ];
  const parts = [`<section><h2>Who speaks</h2><p class="muted">Words are runs of letters and digits, pooled over each group’s articles: the share of all words inside quotes, and of the quoted words, the share each type of speaker says.</p><div class="grid">${charts.join('')}</div></section>`];
  const writerScore = rows.filter((row) => row.measure === 'writer_bias_score');
  if (writerScore.length > 0) {
    const writerCharts = [barChart(groupBars(writerScore), { title: 'Mean bias score of the writer’s own words', axisLabel: 'bias score 0..1', ...share }), ...markerRateCharts(rows, 'writer_marker_rate')];
    parts.push(`<section><h2>The writer’s own words</h2><p class="muted">Bias outside quotes: the mean score of the writer’s words, and markers per 100 of them pooled over each group’s articles, on one scale.</p><div class="grid">${writerCharts.join('')}</div></section>`);
  }
  return parts.join('\n');
}

const articlesNote = (row: CompareRow): string => `(${count(row.articles, 'article')})`;
const groupBars = (rows: readonly CompareRow[]) => rows.map((row) => ({ label: row.group, value: row.value, note: articlesNote(row) }));

/**
 * A page of charts of `rows`: the groups' tone and bias score, the share of articles each frame
 * is present in (frames present nowhere left out), marker rates per category on one scale, who
 * is quoted and the writer's own bias where the records tell, and each group's top entities' tone.
 */
export function renderCompare(rows: readonly CompareRow[], by: string): string {
  const groups = [...new Set(rows.map((row) => row.group))];
  const sections: string[] = [
    `<header><h1>newslens compare: by ${escapeHtml(by)}</h1><p class="muted">${count(groups.length, 'group')}: ${escapeHtml(groups.join(', '))}</p></header>`,
  ];
  const overall = [
    barChart(groupBars(rows.filter((row) => row.measure === 'article_tone')), { title: 'Mean article tone', axisLabel: 'sentiment: −1 negative … +1 positive', min: -1, max: 1, diverging: true }),
    barChart(groupBars(rows.filter((row) => row.measure === 'bias_score')), { title: 'Mean bias score', axisLabel: 'bias score 0..1', min: 0, max: 1 }),
  ];
  sections.push(`<section><h2>Tone and bias</h2><div class="grid">${overall.join('')}</div></section>`);

  const frames = [...byName(rows, 'frame_share')].filter(([, list]) => list.some((row) => row.value > 0));
  const frameCharts = frames.map(([frame, list]) => barChart(groupBars(list), { title: frame.replace(':', ': ').replaceAll('_', ' '), axisLabel: 'share of articles with the frame present', min: 0, max: 1, width: 480 }));
  sections.push(`<section><h2>Frames</h2><p class="muted">The share of each group’s articles in which a frame is present; frames present in no article are left out.</p><div class="grid">${frameCharts.join('') || '<p>No frame is present in any article.</p>'}</div></section>`);

  sections.push(`<section><h2>Bias markers</h2><p class="muted">Markers per 100 words, pooled over each group’s articles; every chart has the same scale.</p><div class="grid">${markerRateCharts(rows, 'marker_rate').join('')}</div></section>`);
  sections.push(voicesSection(rows));

  const entityCharts = groups.map((group) => {
    const list = rows.filter((row) => row.group === group && row.measure === 'entity_tone');
    const bars = list.map((row) => ({ label: row.name, value: row.value, note: articlesNote(row) }));
    return barChart(bars, { title: `${group}: tone toward its most mentioned entities`, axisLabel: 'mean sentiment toward the entity, −1 … +1', min: -1, max: 1, diverging: true, width: 560 });
  });
  sections.push(`<section><h2>Entity tone</h2><p class="muted">Each group’s ten most mentioned named entities, with the mean over its articles of the sentiment toward each.</p><div class="grid">${entityCharts.join('')}</div></section>`);
  return page(`newslens compare by ${by}`, sections.join('\n'), COMPARE_STYLE);
}

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
