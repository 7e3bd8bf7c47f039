/**
 * What the command line's HTML pages share: escaping, JSON that is safe inside a script, inline-SVG
 * bar charts and the page shell. The pages load nothing: no fonts, scripts or images from the
 * network, and a Content-Security-Policy that would block them if anything tried.
 */
import { formatNumber, withInterval } from './wording.js';
import PAGE_STYLE from './assets/page.css?raw';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] as string);
}

/**
 * JSON to embed in a `<script>` element. The HTML parser ends a script at `</script` whatever the
 * JavaScript means, so `<`, `>` and `&` become `\u003c`-style escapes, which JSON.parse reads back
 * as the same characters; U+2028 and U+2029 too, which older JavaScript parsers took as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** No network at all: only the page's own inline style and script, and data: images. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** A complete, self-contained HTML document. `style` and `script` are the caller's own constants, never data. */
export function page(title: string, body: string, style: string, script?: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Without an icon of its own a browser asks the server for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_STYLE}${style}</style>`,
    '</head>',
    '<body>',
    body,
    script === undefined ? '' : `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}


export interface BarRow {
  label: string;
  value: number;
  /** Written after the value ("present", "3 articles"). */
  note?: string;
  /** Drawn in the stronger colour: a frame that is present. */
  marked?: boolean;
  /** An interval around the value (a 95% bootstrap interval), drawn as a whisker and written in brackets after the value. */
  interval?: { low: number; high: number };
}

export interface BarChartOptions {
  /** Shown above the chart and read out by screen readers. */
  title: string;
  /** The value axis's caption, under its ticks. */
  axisLabel?: string;
  /** Axis range; by default 0 and 1, widened to a round number that takes every value. */
  min?: number;
  max?: number;
  /** The drawing's width in SVG units; the chart scales to its container. Default 640. */
  width?: number;
  /** Bars below 0 red and above 0 green, as for sentiment, instead of one colour. */
  diverging?: boolean;
  /** How a bar's value is written; default two decimals. */
  format?: (value: number) => string;
}

/** A 12px system sans-serif character, generously: labels are cut to fit, never clipped. */
const CHARACTER_WIDTH = 7.2;
const ROW_HEIGHT = 20;
const TOP = 26;
const AXIS_HEIGHT = 38;
/** The least room for the written values; more where they are longer. */
const VALUE_WIDTH = 104;
/** Half the height of a whisker's end. */
const WHISKER_END = 4;

function truncate(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, Math.max(1, characters - 1))}…`;
}

/**
 * A horizontal bar chart as inline SVG: one labelled bar per row from 0 (or the axis minimum when
 * 0 is outside the range), with a whisker over the row's interval where it has one, values
 * written at the bars, five labelled ticks. Values outside the range are drawn at its edge but
 * written as they are.
 */
export function barChart(rows: readonly BarRow[], options: BarChartOptions): string {
  const width = options.width ?? 640;
  const values = rows.map((row) => (Number.isFinite(row.value) ? row.value : 0));
  const ends = rows.flatMap((row) => (row.interval ? [row.interval.low, row.interval.high] : []));
  const lowest = Math.min(0, ...values, ...ends);
  const min = options.min ?? (lowest < 0 ? -roundCeiling(-lowest) : 0);
  const max = options.max ?? roundCeiling(Math.max(1, ...values, ...ends));
  const format = options.format ?? formatNumber;
  const written = rows.map((row, index) => withInterval(values[index] as number, row.interval, format) + (row.note ? ` ${row.note}` : ''));
  const longest = Math.max(4, ...rows.map((row) => row.label.length));
  const labelWidth = Math.min(Math.ceil(longest * CHARACTER_WIDTH) + 12, Math.round(width * 0.42));
  const valueWidth = Math.min(Math.max(VALUE_WIDTH, Math.ceil(Math.max(0, ...written.map((text) => text.length)) * CHARACTER_WIDTH) + 8), Math.round(width * 0.42));
  const left = labelWidth;
  const right = width - valueWidth;
  const x = (value: number): number => Math.round((left + ((Math.min(max, Math.max(min, value)) - min) / (max - min || 1)) * (right - left)) * 10) / 10;
  const base = x(0);
  const bottom = TOP + rows.length * ROW_HEIGHT;
  const height = bottom + AXIS_HEIGHT + (options.axisLabel ? 14 : 0);
  const ticks = [0, 1, 2, 3, 4].map((step) => min + ((max - min) * step) / 4);
  const parts: string[] = [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.title)}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<text class="chart-title" x="0" y="16">${escapeHtml(options.title)}</text>`,
  ];
  for (const tick of ticks) parts.push(`<line class="grid" x1="${x(tick)}" x2="${x(tick)}" y1="${TOP - 4}" y2="${bottom}"/>`);
  rows.forEach((row, index) => {
    const value = values[index] as number;
    const y = TOP + index * ROW_HEIGHT;
    const tone = options.diverging ? (value < 0 ? ' negative' : value > 0 ? ' positive' : '') : row.marked ? ' marked' : '';
    const text = written[index] as string;
    parts.push(
      `<g class="row"><title>${escapeHtml(`${row.label}: ${text}`)}</title>`,
      `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${escapeHtml(truncate(row.label, Math.floor((labelWidth - 12) / CHARACTER_WIDTH)))}</text>`,
      `<rect class="bar${tone}" x="${Math.min(base, x(value))}" y="${y + 3}" width="${Math.max(Math.round(Math.abs(x(value) - base) * 10) / 10, value === 0 ? 0 : 1)}" height="${ROW_HEIGHT - 6}"/>`,
      row.interval ? whisker(x(row.interval.low), x(row.interval.high), y + ROW_HEIGHT / 2) : '',
      `<text class="value" x="${right + 6}" y="${y + 14}">${escapeHtml(text)}</text></g>`,
    );
  });
  if (rows.length === 0) parts.push(`<text class="value" x="${left}" y="${TOP + 14}">no data</text>`);
  parts.push(`<line class="axis" x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`);
  if (min < 0 && max > 0) parts.push(`<line class="zero" x1="${base}" x2="${base}" y1="${TOP - 4}" y2="${bottom}"/>`);
  for (const tick of ticks) {
    parts.push(`<line class="axis" x1="${x(tick)}" x2="${x(tick)}" y1="${bottom}" y2="${bottom + 4}"/>`, `<text class="tick" x="${x(tick)}" y="${bottom + 17}" text-anchor="middle">${formatNumber(tick, tickDigits(min, max))}</text>`);
  }
  if (options.axisLabel) parts.push(`<text class="axis-label" x="${(left + right) / 2}" y="${bottom + 34}" text-anchor="middle">${escapeHtml(options.axisLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** An interval's whisker: a line from `from` to `to` at height `y`, with an upright end at each. */
const whisker = (from: number, to: number, y: number): string => `<path class="interval" d="M${from} ${y}H${to}M${from} ${y - WHISKER_END}V${y + WHISKER_END}M${to} ${y - WHISKER_END}V${y + WHISKER_END}"/>`;

/** The decimals the ticks need to be written exactly (0.25 two, 0.5 one, 2 none), at most three. */
function tickDigits(min: number, max: number): number {
  const step = (max - min) / 4;
  for (let digits = 0; digits < 3; digits += 1) if (Math.abs(Math.round(step * 10 ** digits) - step * 10 ** digits) < 1e-9) return digits;
  return 3;
}

const ROUND_STEPS = [1, 2, 4, 6, 8, 10];

/** The smallest of 1, 2, 4, 6, 8 times a power of ten that is at least `value` (0 stays 0): an axis end whose quarter ticks read well. */
export function roundCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return (ROUND_STEPS.find((step) => step * power >= value - 1e-12) as number) * power;
}
