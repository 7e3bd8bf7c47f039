// npm run eval -- quotes --polnear PATH [--errors N]
// Attributions against PolNeAR (Newell, Margolin & Ruths 2018): the words inside any
// attribution's content, attributions found, their sources and cues, end to end; beside a
// quotation-marks-only baseline, and on the odd and even articles apart to show stability.
import { readFileSync } from 'node:fs';
import { extractQuotes } from 'newslens';

const WORD = /[\p{L}\p{N}]+/gu;

/** The start offsets of the words inside `spans`. */
function wordsIn(text, spans) {
  const words = new Set();
  for (const { start, end } of spans) for (const match of text.slice(start, end).matchAll(WORD)) words.add(start + match.index);
  return words;
}

const overlaps = (a, spans) => a !== null && spans.some((span) => span.start < a.end && a.start < span.end);

/**
 * A quoted stretch of three words or more, no source: curly or straight double marks paired
 * within a paragraph.
 */
export function quotationMarksOnly(text) {
  const quotes = [];
  for (const match of text.matchAll(/“([^”\n]*)”|"([^"\n]*)"/g)) {
    const inner = match[1] ?? match[2];
    if ((inner.match(WORD) ?? []).length < 3) continue;
    const start = match.index + 1;
    quotes.push({ content: [{ start, end: start + inner.length }], source: null, cue: null });
  }
  return quotes;
}

function emptyTotals() {
  return { tp: 0, predicted: 0, gold: 0, attributions: 0, found: 0, withSource: 0, sourceRight: 0, withCue: 0, cueRight: 0, quotes: 0, quotesRight: 0, foundRight: 0 };
}

/** Adds one article's counts to `totals`; returns the gold attributions not found. */
function score(text, gold, predicted, totals) {
  const goldWords = new Set();
  for (const attribution of gold) for (const word of wordsIn(text, attribution.content)) goldWords.add(word);
  const owner = new Map();
  const predictedWords = predicted.map((quote, index) => {
    const words = wordsIn(text, quote.content);
    for (const word of words) owner.set(word, index);
    return words;
  });
  const allPredicted = new Set(owner.keys());
  for (const word of allPredicted) if (goldWords.has(word)) totals.tp += 1;
  totals.predicted += allPredicted.size;
  totals.gold += goldWords.size;
  totals.quotes += predicted.length;
  const rightQuotes = new Set();
  const missed = [];
  for (const attribution of gold) {
    const words = wordsIn(text, attribution.content);
    if (words.size === 0) continue;
    totals.attributions += 1;
    const shared = new Map();
    for (const word of words) {
      const index = owner.get(word);
      if (index !== undefined) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    let match = -1;
    for (const [index, count] of shared) if (count >= words.size / 2 && count >= predictedWords[index].size / 2 && (match < 0 || count > shared.get(match))) match = index;
    if (match < 0) {
      missed.push({ attribution, best: [...shared].sort((a, b) => b[1] - a[1])[0]?.[0] });
      continue;
    }
    totals.found += 1;
    const quote = predicted[match];
    const sourceRight = attribution.source.length > 0 ? overlaps(quote.source, attribution.source) : quote.source === null;
    if (attribution.source.length > 0) {
      totals.withSource += 1;
      if (sourceRight) totals.sourceRight += 1;
    }
    if (attribution.cue.length > 0) {
      totals.withCue += 1;
      if (overlaps(quote.cue, attribution.cue)) totals.cueRight += 1;
    }
    if (sourceRight) {
      totals.foundRight += 1;
      rightQuotes.add(match);
    }
  }
  totals.quotesRight += rightQuotes.size;
  return missed;
}

const f1 = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a, b) => (b > 0 ? a / b : 0);
const fixed = (value) => value.toFixed(3);

function row(name, t) {
  const p = ratio(t.tp, t.predicted);
  const r = ratio(t.tp, t.gold);
  const ep = ratio(t.quotesRight, t.quotes);
  const er = ratio(t.foundRight, t.attributions);
  return `| ${name} | ${fixed(p)} | ${fixed(r)} | ${fixed(f1(p, r))} | ${fixed(ratio(t.found, t.attributions))} | ${fixed(ratio(t.sourceRight, t.withSource))} | ${fixed(ratio(t.cueRight, t.withCue))} | ${fixed(ep)} | ${fixed(er)} | ${fixed(f1(ep, er))} |`;
}

export function evaluateQuotes(path, { errors = 0 } = {}) {
  const records = readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
  const methods = { newslens: (text) => extractQuotes(text), 'quotation marks only': quotationMarksOnly };
  const totals = Object.fromEntries(Object.keys(methods).flatMap((name) => ['all', 'odd', 'even'].map((half) => [`${name}/${half}`, emptyTotals()])));
  const misses = [];
  records.forEach((record, index) => {
    const half = index % 2 === 1 ? 'odd' : 'even';
    for (const [name, method] of Object.entries(methods)) {
      const predicted = method(record.text);
      for (const which of ['all', half]) {
        const missed = score(record.text, record.attributions, predicted, totals[`${name}/${which}`]);
        if (which === 'all' && name === 'newslens' && misses.length < errors) misses.push(...missed.slice(0, 2).map((miss) => ({ ...miss, record, predicted })));
      }
    }
  });
  const attributions = records.reduce((sum, record) => sum + record.attributions.length, 0);
  const lines = [
    `Attributions against PolNeAR: ${path}`,
    `${records.length} articles, ${attributions} attributions; halves are the odd and even articles`,
    '',
    '| method | content P | content R | content F1 | found | source right | cue right | end-to-end P | end-to-end R | end-to-end F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const name of Object.keys(methods)) for (const half of ['all', 'odd', 'even']) lines.push(row(half === 'all' ? name : `${name} (${half})`, totals[`${name}/${half}`]));
  if (errors > 0) {
    lines.push('', `First ${Math.min(errors, misses.length)} attributions not found:`);
    const show = (text, spans) => spans.map(({ start, end }) => text.slice(start, end)).join(' … ').replace(/\s+/g, ' ');
    for (const { attribution, best, record, predicted } of misses.slice(0, errors)) {
      const quote = best === undefined ? undefined : predicted[best];
      lines.push(`- gold [${show(record.text, attribution.source)}] [${show(record.text, attribution.cue)}] ${show(record.text, attribution.content).slice(0, 200)}`);
      lines.push(`  ours ${quote ? `[${quote.source?.text ?? ''}] [${quote.cue?.text ?? ''}] ${show(record.text, quote.content).slice(0, 200)}` : '(none)'}`);
    }
  }
  return lines.join('\n');
}
