/**
 * `newslens report`: one self-contained HTML page of an article's findings. The article is shown
 * with its named entities, bias markers and frame cues highlighted and its quoted words tinted by
 * speaker; hovering or clicking a highlight fills a side panel from a JSON table of the findings.
 * Tables and charts follow: who speaks, sentiment by section, the entities, and the frames of the
 * article and of each section.
 */
import { type ArticleAnalysis, type ArticleStructure, type BiasMarker, type Entity, type FrameCue, type FrameScore, type Framing, isNamedEntity, type Mention, type Quote, type Span } from 'newslens';
import REPORT_SCRIPT from './assets/report.js?raw';
import REPORT_STYLE from './assets/report.css?raw';
import { barChart, escapeHtml, jsonForScript, page } from './html.js';
import type { ArticleVoices } from 'newslens';
import { articleVoices, findingVoice, quoteSpeakers, quotesOf, quoteSpeakerKey, rowSpeakerKey, SPEAKER_TYPES, speakerLabel } from './voices.js';
import { count, ENTITY_TONE, entityTone, formatNumber, formatScore, formatSigned, percent, SECTION_NUMBERING, sectionNumber } from './wording.js';

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
  const voices = articleVoices(analysis);
  const quotes = quotesOf(analysis) ?? [];
  const speakers = quoteSpeakers(quotes, voices);
  const findings = [...entityFindings(analysis.entities), ...(analysis.bias?.markers ?? []).map((marker) => biasFinding(marker, speakers)), ...(analysis.framing ? frameFindings(analysis.framing) : [])];
  const regions = [...structureRegions(analysis.structure), ...quoteRegions(quotes, voices, speakers)];
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(summary(analysis))}</p></header>`,
    '<div class="layout">',
    `<main><h2>Article</h2><div id="article" class="article">${highlight(text, regions, findings)}</div></main>`,
    `<aside class="panel">${legend(findings, voices)}<div id="finding" aria-live="polite"><p class="muted">Hover over a highlight, or click it to keep it here: its category, explanation and sources.</p></div></aside>`,
    '</div>',
    speakersSection(voices),
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
    fields.push(['sentiment', `${tone.score} ${tone.label}, over ${count(sentiment.mentions, 'mention')}`]);
  }
  if (aliases.length > 1) fields.push(['also written', aliases.slice(1).join('; ')]);
  if (mention.role) fields.push(['role', mention.role]);
  return { kind: 'entity', category: type, start: mention.start, end: mention.end, text: mention.text, heading: `Entity · ${type}`, fields };
}

function biasFinding(marker: BiasMarker, speakers: ReadonlyMap<string, string>): FindingView {
  const fields: [string, string][] = [
    ['text', marker.text],
    offsets(marker),
    ['category', marker.category],
    ['type', marker.type],
    ['explanation', marker.explanation],
  ];
  const voice = findingVoice(marker);
  if (voice) fields.push(['voice', voice.quote === undefined ? voice.voice : `${voice.voice} (${[voice.quote, speakers.get(voice.quote)].filter(Boolean).join(', ')})`]);
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

/** A stretch of the article column styled as a whole (a part, quoted words): its classes, and a tooltip. */
interface Region extends Span {
  classes: string;
  title?: string;
}

/** The spans set apart in the article column: front matter, headings and boilerplate. */
function structureRegions(structure: ArticleStructure): Region[] {
  const regions: Region[] = [];
  for (const part of ['kicker', 'title', 'subtitle', 'byline', 'dateline'] as const) {
    const span = structure[part];
    if (span) regions.push({ ...span, classes: `part-${part}` });
  }
  for (const section of structure.sections) if (section.heading) regions.push({ ...section.heading, classes: 'part-heading' });
  for (const span of structure.boilerplate) regions.push({ ...span, classes: 'part-boilerplate' });
  return regions;
}

/** How many tints the speakers' colours cycle through (report.css `.tint-N`). */
const TINTS = 6;

/** A speaker's classes: one of its own, by rank, and a tint of the palette. */
const speakerClasses = (rank: number): string => `speaker-${rank + 1} tint-${rank % TINTS}`;

/** Every quote's content, tinted by its speaker's rank among the speakers. */
function quoteRegions(quotes: readonly Quote[], voices: ArticleVoices | undefined, speakers: ReadonlyMap<string, string>): Region[] {
  const ranks = new Map((voices?.speakers ?? []).map((row, rank) => [rowSpeakerKey(row), rank]));
  return quotes.flatMap((quote) => {
    const rank = ranks.get(quoteSpeakerKey(quote));
    const classes = `quoted${rank === undefined ? '' : ` ${speakerClasses(rank)}`}`;
    const title = [quote.id, speakers.get(quote.id), quote.cue?.text].filter(Boolean).join(' · ');
    return quote.content.map((span) => ({ ...span, classes, title }));
  });
}

/**
 * Cuts the text at every boundary of every span, so each piece lies wholly inside or outside
 * each span; then wraps each piece in the spans that cover it. Spans may overlap or cross, and
 * the HTML still nests. One sweep: a span joins the active set where it starts.
 */
function highlight(text: string, regions: readonly Region[], findings: readonly FindingView[]): string {
  const spans: Span[] = [...regions, ...findings];
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
    const regionsHere = covering.filter((index) => index < regions.length).map((index) => regions[index] as Region);
    const findingsHere = covering.filter((index) => index >= regions.length).map((index) => index - regions.length);
    html.push(wrapRegions(regionsHere, wrapMarks(escapeHtml(text.slice(start, end)), findingsHere, findings)));
  }
  return html.join('');
}

function wrapRegions(regions: readonly Region[], html: string): string {
  if (regions.length === 0) return html;
  const title = regions.find((region) => region.title)?.title;
  return `<span class="${escapeHtml(regions.map((region) => region.classes).join(' '))}"${title ? ` title="${escapeHtml(title)}"` : ''}>${html}</span>`;
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

/** Frame cues start hidden: an article has many, and they would drown out the bias markers. */
function legend(findings: readonly FindingView[], voices: ArticleVoices | undefined): string {
  const count = (kind: FindingKind): number => findings.filter((finding) => finding.kind === kind).length;
  const item = (kind: FindingKind, label: string, shown: boolean): string =>
    `<label><input type="checkbox" id="show-${kind}"${shown ? ' checked' : ''}> <span class="swatch swatch-${kind}">${label}</span> <span class="muted">${count(kind)}</span></label>`;
  const quoted = voices && voices.quotedWords > 0 ? `<label><input type="checkbox" id="show-quoted" checked> <span class="swatch swatch-quoted">quoted words</span> <span class="muted">${percent(voices.quotedShare)}, coloured by speaker (Who speaks)</span></label>` : '';
  return `<div class="legend"><h2>Highlights</h2>${item('entity', 'named entity', true)}${item('bias', 'bias marker', true)}${item('frame', 'frame cue', false)}${quoted}</div>`;
}

/** Who is quoted and how much: each speaker's row wears the tint of its quoted words, so the table is their legend. */
function speakersSection(voices: ArticleVoices | undefined): string {
  if (!voices) return '';
  if (voices.quotedWords === 0) return `<section id="speakers"><h2>Who speaks</h2><p class="muted">No quoted words in ${count(voices.words, 'word')}.</p></section>`;
  const types = SPEAKER_TYPES.filter((type) => voices.shares[type] > 0).map((type) => `${type} ${percent(voices.shares[type])}`);
  const summary = `${voices.quotedWords} of ${count(voices.words, 'word')} are quoted (${percent(voices.quotedShare)}); anonymous sources say ${percent(voices.anonymousShare)} of them. By speaker type: ${types.join(', ')}.`;
  const rows = voices.speakers.map(
    (row, rank) =>
      `<tr><td><span class="swatch ${speakerClasses(rank)}">${escapeHtml(speakerLabel(row))}</span></td><td>${escapeHtml(row.type)}</td><td class="number">${row.quotes}</td><td class="number">${row.words}</td><td class="number">${percent(row.share)}</td></tr>`,
  );
  return `<section id="speakers"><h2>Who speaks</h2><p class="muted">${escapeHtml(summary)} Shares are of the quoted words; words are runs of letters and digits.</p><table><thead><tr><th>Speaker</th><th>Type</th><th class="number">Quotes</th><th class="number">Words</th><th class="number">Share</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
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
  const header = `<tr><th>Name</th><th>Type</th><th class="number">Mentions</th><th class="number">Salience</th>${scored ? '<th class="number">Tone</th><th>Label</th>' : ''}</tr>`;
  const sentimentCells = (entity: Entity): string => {
    if (!entity.sentiment) return '<td></td><td></td>';
    const tone = entityTone(entity.sentiment);
    return `<td class="number">${tone.score}</td><td>${tone.label}</td>`;
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
