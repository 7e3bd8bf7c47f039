/**
 * `newslens report`: one self-contained HTML page of an article's findings. The article is shown
 * with its named entities, bias markers and frame cues highlighted; hovering or clicking a
 * highlight fills a side panel from a JSON table of the findings. Charts and tables follow:
 * sentiment by section, the entities, and the frames of the article and of each section.
 */
import { type ArticleAnalysis, type ArticleStructure, type BiasMarker, type Entity, type FrameCue, type FrameScore, type Framing, isNamedEntity, type Mention, type Span } from 'newslens';
import REPORT_SCRIPT from './assets/report.js?raw';
import REPORT_STYLE from './assets/report.css?raw';
import { barChart, escapeHtml, jsonForScript, page } from './html.js';
import { count, ENTITY_TONE, entityTone, formatNumber, formatScore, formatSigned, SECTION_NUMBERING, sectionNumber } from './wording.js';

export interface ReportOptions {
  /** The page's title; default the article's title, else "newslens report". */
  title?: string;
}

type FindingKind = 'entity' | 'bias' | 'frame';

/** One highlight's entry in the page's JSON table: the finding, field by field, as the side panel shows it. */
interface FindingView extends Span {
  kind: FindingKind;
  /** Entity type, bias category, or `scheme:frame`. */
  category: string;
  heading: string;
  fields: [string, string][];
}

/** Where a finding is, as the analysis gives it: UTF-16 offsets into the text. */
const offsets = (span: Span): [string, string] => ['offsets', `${span.start}–${span.end}`];

/**
 * The report of `analysis`, the analysis of `text`. Every string from the text or the analysis
 * is escaped, and the findings' JSON is escaped for its script element, so an article's own
 * markup is shown, never run.
 */
export function renderReport(text: string, analysis: ArticleAnalysis, options: ReportOptions = {}): string {
  if (analysis.stats.characters !== text.length) {
    throw new Error(`renderReport(text, analysis): the analysis is of a text of ${analysis.stats.characters} characters, but text has ${text.length}; pass the text that was analysed`);
  }
  const title = options.title ?? analysis.structure.title?.text ?? 'newslens report';
  const findings = [...entityFindings(analysis.entities), ...(analysis.bias?.markers ?? []).map(biasFinding), ...(analysis.framing ? frameFindings(analysis.framing) : [])];
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(summary(analysis))}</p></header>`,
    '<div class="layout">',
    `<main><h2>Article</h2><div id="article" class="article">${highlight(text, structureParts(analysis.structure), findings)}</div></main>`,
    `<aside class="panel">${legend(findings)}<div id="finding" aria-live="polite"><p class="muted">Hover over a highlight, or click it to keep it here: its category, explanation and sources.</p></div></aside>`,
    '</div>',
    sentimentSection(analysis),
    entitySection(analysis),
    framesSection(analysis),
    provenance(analysis),
    `<script type="application/json" id="findings">${jsonForScript(findings.map(({ kind, category, heading, fields }) => ({ kind, category, heading, fields })))}</script>`,
  ].join('\n');
  return page(title, body, REPORT_STYLE, REPORT_SCRIPT);
}

function summary(analysis: ArticleAnalysis): string {
  const { stats, sentiment, bias, framing } = analysis;
  const facts = [count(stats.words, 'word'), count(stats.sentences, 'sentence'), count(stats.sections, 'section')];
  if (sentiment) facts.push(`tone ${formatScore(sentiment.article.score)} (${sentiment.article.label})`);
  if (bias) facts.push(`bias score ${formatNumber(bias.score)}, ${count(bias.markers.length, 'marker')}`);
  if (framing) facts.push(`frames present: ${[...framing.generic, ...framing.policy].filter((frame) => frame.present).map((frame) => frame.frame.replaceAll('_', ' ')).join(', ') || 'none'}`);
  return `${facts.join(' · ')} — newslens ${analysis.meta.version}`;
}

// ---- findings ---------------------------------------------------------------------------------

/** Mentions in boilerplate are listed by the analysis but not analysed, so they are not highlighted. */
function entityFindings(entities: readonly Entity[]): FindingView[] {
  return entities.filter(isNamedEntity).flatMap((entity) => entity.mentions.filter((mention) => !mention.boilerplate).map((mention) => entityFinding(entity, mention)));
}

function entityFinding(entity: Entity, mention: Mention): FindingView {
  const { name, type, salience, aliases, sentiment } = entity;
  const fields: [string, string][] = [
    ['text', mention.text],
    offsets(mention),
    ['entity', name],
    ['type', type],
    ['mentions', String(entity.count)],
    ['salience', formatNumber(salience, 3)],
  ];
  if (sentiment) {
    const tone = entityTone(sentiment);
    fields.push(['sentiment', `${tone.score} ${tone.label}, over ${count(sentiment.mentions, 'mention')}`], ['likeliest class', tone.likeliest]);
  }
  if (aliases.length > 1) fields.push(['also written', aliases.slice(1).join('; ')]);
  if (mention.role) fields.push(['role', mention.role]);
  return { kind: 'entity', category: type, start: mention.start, end: mention.end, text: mention.text, heading: `Entity · ${type}`, fields };
}

function biasFinding(marker: BiasMarker): FindingView {
  const fields: [string, string][] = [
    ['text', marker.text],
    offsets(marker),
    ['category', marker.category],
    ['type', marker.type],
    ['explanation', marker.explanation],
  ];
  if (marker.attributed) fields.push(['attributed', 'the text attributes this label to someone']);
  if (marker.negated) fields.push(['negated', 'a negator stands just before it']);
  fields.push(['source', `${marker.lexicon.id}: ${marker.lexicon.source}`]);
  return { kind: 'bias', category: marker.category, start: marker.start, end: marker.end, text: marker.text, heading: `Bias marker · ${marker.category}`, fields };
}

/** The article's cues; a word that is a cue of two frames is two findings. */
function frameFindings(framing: Framing): FindingView[] {
  return [...framing.generic, ...framing.policy].flatMap((frame) => frame.evidence.map((cue) => frameFinding(frame, cue)));
}

function frameFinding(frame: FrameScore, cue: FrameCue): FindingView {
  const category = `${cue.scheme}:${cue.frame}`;
  const fields: [string, string][] = [
    ['text', cue.text],
    offsets(cue),
    ['frame', `${cue.frame.replaceAll('_', ' ')} (${cue.scheme})`],
  ];
  if (cue.item) fields.push(['item', cue.item]);
  fields.push(['explanation', cue.explanation], ['article score', `${formatNumber(frame.score)}${frame.present ? ', present' : ', not present'}`], ['source', `${cue.lexicon.id}: ${cue.lexicon.source}`]);
  return { kind: 'frame', category, start: cue.start, end: cue.end, text: cue.text, heading: `Frame cue · ${category}`, fields };
}

// ---- the highlighted text ---------------------------------------------------------------------

interface PartSpan extends Span {
  part: string;
}

/** The spans set apart in the article column: front matter, headings and boilerplate. */
function structureParts(structure: ArticleStructure): PartSpan[] {
  const parts: PartSpan[] = [];
  for (const part of ['kicker', 'title', 'subtitle', 'byline', 'dateline'] as const) {
    const span = structure[part];
    if (span) parts.push({ ...span, part });
  }
  for (const section of structure.sections) if (section.heading) parts.push({ ...section.heading, part: 'heading' });
  for (const span of structure.boilerplate) parts.push({ ...span, part: 'boilerplate' });
  return parts;
}

/**
 * Cuts the text at every boundary of every span, so each piece lies wholly inside or outside
 * each span; then wraps each piece in the spans that cover it. Spans may overlap or cross, and
 * the HTML still nests. One sweep: a span joins the active set where it starts.
 */
function highlight(text: string, parts: readonly PartSpan[], findings: readonly FindingView[]): string {
  const spans: Span[] = [...parts, ...findings];
  const startingAt = new Map<number, number[]>();
  const cuts = new Set<number>([0, text.length]);
  spans.forEach((span, index) => {
    if (span.end <= span.start) return;
    cuts.add(span.start).add(span.end);
    const starting = startingAt.get(span.start);
    if (starting) starting.push(index);
    else startingAt.set(span.start, [index]);
  });
  const offsets = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const html: string[] = [];
  for (let cut = 0; cut < offsets.length - 1; cut += 1) {
    const start = offsets[cut] as number;
    const end = offsets[cut + 1] as number;
    for (const index of active) if ((spans[index] as Span).end <= start) active.delete(index);
    for (const index of startingAt.get(start) ?? []) active.add(index);
    const covering = [...active].sort((a, b) => a - b);
    const partsHere = covering.filter((index) => index < parts.length).map((index) => (parts[index] as PartSpan).part);
    const findingsHere = covering.filter((index) => index >= parts.length).map((index) => index - parts.length);
    html.push(wrapPart(partsHere, wrapMarks(escapeHtml(text.slice(start, end)), findingsHere, findings)));
  }
  return html.join('');
}

function wrapPart(parts: readonly string[], html: string): string {
  return parts.length === 0 ? html : `<span class="${parts.map((part) => `part-${part}`).join(' ')}">${html}</span>`;
}

/** Innermost first: bias, then frame, then entity marks, so the narrowest findings sit closest to the words. */
const MARK_ORDER: readonly FindingKind[] = ['bias', 'frame', 'entity'];

function wrapMarks(html: string, indices: readonly number[], findings: readonly FindingView[]): string {
  let wrapped = html;
  const kinds = MARK_ORDER.filter((kind) => indices.some((index) => findings[index]?.kind === kind));
  kinds.forEach((kind, order) => {
    const ofKind = indices.filter((index) => findings[index]?.kind === kind);
    const views = ofKind.map((index) => findings[index] as FindingView);
    const categories = [...new Set(views.map((view) => view.category))].join(' ');
    const tooltip = views.map((view) => `${view.heading}: ${tooltipLine(view)}`).join('\n');
    // Only the outermost mark of a piece takes keyboard focus, so each piece is one tab stop.
    const focus = order === kinds.length - 1 ? ' tabindex="0"' : '';
    wrapped = `<mark data-kind="${kind}" data-category="${escapeHtml(categories)}" data-findings="${ofKind.join(' ')}" title="${escapeHtml(tooltip)}"${focus}>${wrapped}</mark>`;
  });
  return wrapped;
}

function tooltipLine(view: FindingView): string {
  const field = (name: string): string | undefined => view.fields.find(([key]) => key === name)?.[1];
  return field('explanation') ?? [field('entity'), field('sentiment')].filter(Boolean).join(', ');
}

function legend(findings: readonly FindingView[]): string {
  const count = (kind: FindingKind): number => findings.filter((finding) => finding.kind === kind).length;
  const item = (kind: FindingKind, label: string): string =>
    `<label><input type="checkbox" id="show-${kind}" checked> <span class="swatch swatch-${kind}">${label}</span> <span class="muted">${count(kind)}</span></label>`;
  return `<div class="legend"><h2>Highlights</h2>${item('entity', 'named entity')}${item('bias', 'bias marker')}${item('frame', 'frame cue')}</div>`;
}

// ---- charts and tables ------------------------------------------------------------------------

function sentimentSection(analysis: ArticleAnalysis): string {
  const { sentiment } = analysis;
  if (!sentiment) return '';
  const headingOf = (section: number | null): string => (section === null ? '' : (analysis.structure.sections[section]?.heading?.text ?? 'lead'));
  const rows = sentiment.parts.map((part) => ({
    label: part.section === null ? part.part : `§${sectionNumber(part.section)} ${part.part === 'heading' ? headingOf(part.section) : 'body'}`,
    value: part.sentiment.score,
    note: part.sentiment.label,
  }));
  const chart = barChart(rows, { title: 'Sentiment of the title, subtitle, and each section’s heading and body', axisLabel: 'sentiment score: −1 negative … 0 … +1 positive', min: -1, max: 1, diverging: true, format: formatScore });
  const headline = sentiment.headlineVsBody === null ? '' : `; headline minus body ${formatSigned(sentiment.headlineVsBody)} (below 0 the headline is harsher)`;
  return `<section><h2>Sentiment by section</h2><p class="muted">Article ${formatScore(sentiment.article.score)} (${escapeHtml(sentiment.article.label)})${escapeHtml(headline)}. ${escapeHtml(SECTION_NUMBERING)}</p>${chart}</section>`;
}

function entitySection(analysis: ArticleAnalysis): string {
  const entities = analysis.entities.filter((entity) => isNamedEntity(entity) && entity.count > 0);
  if (entities.length === 0) return '';
  const scored = analysis.sentiment !== undefined;
  const header = `<tr><th>Name</th><th>Type</th><th class="number">Mentions</th><th class="number">Salience</th>${scored ? '<th class="number">Tone</th><th>Label</th><th>Likeliest class</th>' : ''}</tr>`;
  const sentimentCells = (entity: Entity): string => {
    if (!entity.sentiment) return '<td></td><td></td><td></td>';
    const tone = entityTone(entity.sentiment);
    return `<td class="number">${tone.score}</td><td>${tone.label}</td><td>${tone.likeliest}</td>`;
  };
  const rows = entities.map((entity) => {
    const sentiment = scored ? sentimentCells(entity) : '';
    return `<tr><td>${escapeHtml(entity.name)}</td><td>${escapeHtml(entity.type)}</td><td class="number">${entity.count}</td><td class="number">${formatNumber(entity.salience, 3)}</td>${sentiment}</tr>`;
  });
  return `<section><h2>Named entities</h2><p class="muted">Most salient first; salience 0..1.${scored ? ` ${escapeHtml(ENTITY_TONE)}` : ''}</p><table><thead>${header}</thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function frameRows(frames: readonly FrameScore[]): { label: string; value: number; note?: string; marked: boolean }[] {
  return frames.map((frame) => ({ label: frame.frame.replaceAll('_', ' '), value: frame.score, marked: frame.present, ...(frame.present ? { note: 'present' } : {}) }));
}

/** `width` is the drawing's: a section's narrower charts are scaled down less in their smaller box. */
function frameCharts(framing: Framing, of: string, width: number): string {
  const axisLabel = 'score 0..1; present from 0.5';
  return (
    barChart(frameRows(framing.generic), { title: `Generic news frames: ${of}`, axisLabel, min: 0, max: 1, width }) +
    barChart(frameRows(framing.policy), { title: `Policy frames: ${of}`, axisLabel, min: 0, max: 1, width })
  );
}

function framesSection(analysis: ArticleAnalysis): string {
  const { framing } = analysis;
  if (!framing) return '';
  const sections = framing.sections.map((section) => {
    const heading = section.heading ?? `§${sectionNumber(section.section)} (lead, no heading)`;
    return `<div class="frame-section"><h3>${escapeHtml(heading)}</h3>${frameCharts(section, heading, 480)}</div>`;
  });
  return `<section><h2>Frames</h2><p class="muted">Dark bars are frames present in the text. Generic frames after Semetko &amp; Valkenburg (2000), policy frames after the Policy Frames Codebook (Boydstun et al. 2014).</p><h3>The article</h3>${frameCharts(framing, 'the article', 640)}<h3>Each section</h3><div class="frame-sections">${sections.join('')}</div></section>`;
}

function provenance(analysis: ArticleAnalysis): string {
  const items = [...analysis.meta.lexicons, ...analysis.meta.models].map(
    (info) => `<li><strong>${escapeHtml(info.id)}</strong> ${escapeHtml(info.version)} (${escapeHtml(info.licence)}): ${escapeHtml(info.source)}</li>`,
  );
  return `<footer><details><summary>Word lists and models behind this report</summary><ul>${items.join('')}</ul></details></footer>`;
}
