/**
 * The compare command's markdown (`newslens compare --markdown`): one table per kind of measure,
 * a row per measure and a column per group, each cell the value with its 95% interval,
 * "0.12 [0.05, 0.19] (n = 4)".
 */
import { byName, comparedEntitiesNote, type CompareMeasure, type CompareOptions, type CompareRow, DEFAULT_COMPARE_OPTIONS, intervalOf, intervalsNote, noEntityCompared } from './compare.js';
import { cell, table } from './markdown.js';
import { count, sampleNote, withInterval } from './wording.js';

/** A table row: what it is called, and the measure and name whose value each group's cell holds. */
type Line = { label: string; measure: CompareMeasure; name: string };

/** The value with its interval and n, or a dash for a group without the measure. */
const estimate = (row: CompareRow | undefined): string => (row ? `${withInterval(row.value, intervalOf(row))} ${sampleNote(row.n, intervalOf(row))}` : '–');

/** One line per name of `measure` that some group has, in the order the rows give; `keep` picks among them. */
function linesOf(rows: readonly CompareRow[], measure: CompareMeasure, label: (name: string) => string, keep: (list: CompareRow[]) => boolean = () => true): Line[] {
  return [...byName(rows, measure)].filter(([, list]) => keep(list)).map(([name]) => ({ label: label(name), measure, name }));
}

/** Markdown tables of `rows`, the groups as columns, with the same sections as the page. */
export function compareMarkdown(rows: readonly CompareRow[], by: string, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): string {
  const groups = [...new Set(rows.map((row) => row.group))];
  const index = new Map(rows.map((row) => [`${row.group}\u0000${row.measure}\u0000${row.name}`, row]));
  const wide = (first: string, lines: readonly Line[]): string =>
    table([first, ...groups.map(cell)], lines.map((line) => [line.label, ...groups.map((group) => estimate(index.get(`${group}\u0000${line.measure}\u0000${line.name}`)))]));
  const readable = (name: string): string => name.replace(':', ': ').replaceAll('_', ' ');
  const out = [`# newslens compare: by ${cell(by)}`, '', `${count(groups.length, 'group')}: ${groups.map(cell).join(', ')}.`, '', intervalsNote(options), ''];

  out.push('## Tone and bias', '', wide('measure', [{ label: 'mean article tone (−1..1)', measure: 'article_tone', name: '' }, { label: 'mean bias score (0..1)', measure: 'bias_score', name: '' }]), '');
  const frames = linesOf(rows, 'frame_share', readable, (list) => list.some((row) => row.value > 0));
  out.push('## Frames', '', 'The share of each group’s articles in which a frame is present; frames present in no article are left out.', '');
  out.push(frames.length > 0 ? wide('frame', frames) : 'No frame is present in any article.', '');
  out.push('## Bias markers', '', 'Markers per 100 words, pooled over each group’s articles.', '', wide('category', linesOf(rows, 'marker_rate', readable)), '');

  if (rows.some((row) => row.measure === 'quoted_share')) {
    const voices: Line[] = [
      { label: 'share of the words quoted', measure: 'quoted_share', name: '' },
      { label: 'anonymous sources (share of the quoted words)', measure: 'anonymous_share', name: '' },
      ...linesOf(rows, 'speaker_type_share', (type) => `quoted words of ${type} speakers (share)`),
    ];
    out.push('## Who speaks', '', 'Words pooled over each group’s articles; the shares of the quoted words rest on the articles with quoted words.', '', wide('measure', voices), '');
  }
  if (rows.some((row) => row.measure === 'writer_bias_score')) {
    const writer: Line[] = [
      { label: 'mean bias score of the writer’s words (0..1)', measure: 'writer_bias_score', name: '' },
      { label: 'distinct word-choice terms per 100 of the writer’s words', measure: 'writer_lexical_rate', name: '' },
      ...linesOf(rows, 'writer_marker_rate', (category) => `${readable(category)} markers per 100 of the writer’s words`),
    ];
    out.push('## The writer’s own words', '', wide('measure', writer), '');
  }
  const entities = linesOf(rows, 'entity_tone', (id) => id);
  out.push('## Entity tone', '');
  if (entities.length === 0) out.push(noEntityCompared(options.minMentions), '');
  else out.push(comparedEntitiesNote(options.minMentions), '', wide('entity', entities), '');
  return out.join('\n');
}
