/**
 * The compare command's page of charts (`newslens compare --html`): each measure's groups side by
 * side, every value with its 95% bootstrap interval drawn as a whisker and written in brackets.
 */
import COMPARE_STYLE from './assets/compare.css?raw';
import { byName, comparedEntitiesNote, type CompareOptions, type CompareRow, DEFAULT_COMPARE_OPTIONS, intervalOf, intervalsNote, noEntityCompared } from './compare.js';
import { barChart, escapeHtml, page, roundCeiling } from './html.js';
import { count, sampleNote } from './wording.js';

/** The entities charted at most; the CSV and the markdown have them all. */
const ENTITIES_ON_PAGE = 20;

const groupBars = (rows: readonly CompareRow[]) => rows.map((row) => ({ label: row.group, value: row.value, interval: intervalOf(row), note: sampleNote(row.n, intervalOf(row)) }));

/** The axis end that takes every value and interval of `rows`, for charts of rates that share one scale. */
const highestOf = (rows: readonly CompareRow[]): number => roundCeiling(Math.max(0, ...rows.map((row) => row.high ?? row.value))) || 1;

/** One chart per bias category of `measure`, all on the same scale. */
function markerRateCharts(rows: readonly CompareRow[], measure: 'marker_rate' | 'writer_marker_rate'): string[] {
  const max = highestOf(rows.filter((row) => row.measure === measure));
  const axisLabel = measure === 'marker_rate' ? 'bias markers per 100 words' : 'bias markers per 100 of the writer’s words';
  return [...byName(rows, measure)].map(([category, list]) => barChart(groupBars(list), { title: category.replaceAll('_', ' '), axisLabel, min: 0, max, width: 480 }));
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
  const parts = [`<section><h2>Who speaks</h2><p class="muted">Words are runs of letters and digits, pooled over each group’s articles: the share of all words inside quotes, and of the quoted words, the share each type of speaker says (n counts the articles with quoted words).</p><div class="grid">${charts.join('')}</div></section>`];
  const writerScore = rows.filter((row) => row.measure === 'writer_bias_score');
  if (writerScore.length > 0) {
    const writerCharts = [barChart(groupBars(writerScore), { title: 'Mean bias score of the writer’s own words', axisLabel: 'bias score 0..1', ...share }), ...markerRateCharts(rows, 'writer_marker_rate')];
    parts.push(`<section><h2>The writer’s own words</h2><p class="muted">Bias outside quotes: the mean score of the writer’s words, and markers per 100 of them pooled over each group’s articles, on one scale.</p><div class="grid">${writerCharts.join('')}</div></section>`);
  }
  return parts.join('\n');
}

/** Tone toward the entities every group mentions often enough, one chart per entity; a sentence where there are none. */
function entitySection(rows: readonly CompareRow[], minMentions: number): string {
  const entities = [...byName(rows, 'entity_tone')];
  if (entities.length === 0) return `<section><h2>Entity tone</h2><p>${escapeHtml(noEntityCompared(minMentions))}</p></section>`;
  const charts = entities.slice(0, ENTITIES_ON_PAGE).map(([entity, list]) => barChart(groupBars(list), { title: entity, axisLabel: 'mean sentiment toward the entity, −1 … +1', min: -1, max: 1, diverging: true, width: 480 }));
  const more = entities.length > ENTITIES_ON_PAGE ? ` The first ${ENTITIES_ON_PAGE} of ${entities.length}; the CSV has them all.` : '';
  return `<section><h2>Entity tone</h2><p class="muted">${escapeHtml(comparedEntitiesNote(minMentions))}${more}</p><div class="grid">${charts.join('')}</div></section>`;
}

/**
 * A page of charts of `rows`: the groups' tone and bias score, the share of articles each frame
 * is present in (frames present nowhere left out), marker rates per category on one scale, who
 * is quoted and the writer's own bias where the records tell, and the tone toward the entities
 * every group mentions; each value with its interval.
 */
export function renderCompare(rows: readonly CompareRow[], by: string, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): string {
  const groups = [...new Set(rows.map((row) => row.group))];
  const intervals = `${intervalsNote(options)} The whisker across a bar draws it.`;
  const sections: string[] = [`<header><h1>newslens compare: by ${escapeHtml(by)}</h1><p class="muted">${count(groups.length, 'group')}: ${escapeHtml(groups.join(', '))}</p><p class="muted">${escapeHtml(intervals)}</p></header>`];
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
  sections.push(entitySection(rows, options.minMentions));
  return page(`newslens compare by ${by}`, sections.join('\n'), COMPARE_STYLE);
}
