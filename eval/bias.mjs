// npm run eval -- bias --babe PATH | --basil PATH
// BABE: ROC AUC of the sentence score against the experts' label, and word-level precision,
// recall and F1 of the content words inside markers (nouns, verbs, adjectives, adverbs: the
// kinds of word BABE's annotators mark) against the words they marked as biased.
// BASIL: recall and precision of markers against the annotated lexical-bias spans.
import { readFileSync } from 'node:fs';
import { detectBias, tokenize } from 'newslens';
import { auc } from './stats.mjs';

const rowsOf = (path) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
/** BABE's biased_words is a Python list literal: "['bizarre', 'characteristically']". */
const biasedWords = (literal) => [...literal.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2]).toLowerCase());
const fmt = (x) => x.toFixed(3);
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ']);

export function evaluateBabe(path) {
  const rows = rowsOf(path);
  const scores = [];
  const labels = [];
  let truePositive = 0;
  let predicted = 0;
  let gold = 0;
  for (const row of rows) {
    const report = detectBias(row.text);
    scores.push(report.score);
    labels.push(row.label_bias === 'Biased' ? 1 : 0);
    const marked = new Set();
    const inMarker = (token) => report.markers.some((m) => token.start >= m.start && token.end <= m.end);
    for (const token of tokenize(row.text)) if (token.kind === 'word' && CONTENT.has(token.pos) && inMarker(token)) marked.add(token.text.toLowerCase());
    const wanted = new Set(biasedWords(row.biased_words ?? '[]'));
    predicted += marked.size;
    gold += wanted.size;
    for (const word of marked) if (wanted.has(word)) truePositive += 1;
  }
  const precision = truePositive / Math.max(1, predicted);
  const recall = truePositive / Math.max(1, gold);
  return [
    `Bias on BABE: ${path}`,
    `${rows.length} sentences, ${labels.filter((l) => l === 1).length} labelled biased`,
    '',
    '| measure | newslens |',
    '|---|---:|',
    `| sentence score, ROC AUC against label_bias | ${fmt(auc(scores, labels))} |`,
    `| marked words against biased_words: precision | ${fmt(precision)} |`,
    `| recall | ${fmt(recall)} |`,
    `| F1 | ${fmt((2 * precision * recall) / Math.max(1e-9, precision + recall))} |`,
  ].join('\n');
}

export function evaluateBasil(path) {
  const rows = rowsOf(path);
  let spans = 0;
  let found = 0;
  let markers = 0;
  let correct = 0;
  for (const row of rows) {
    const lexical = (row.spans ?? []).filter((span) => span.bias === 'lex');
    const report = detectBias(row.text);
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    spans += lexical.length;
    found += lexical.filter((span) => report.markers.some((m) => overlaps(m, span))).length;
    markers += report.markers.length;
    correct += report.markers.filter((m) => lexical.some((span) => overlaps(m, span))).length;
  }
  return [
    `Bias on BASIL: ${path}`,
    `${rows.length} sentences, ${spans} lexical-bias spans, ${markers} markers`,
    '',
    '| measure | newslens |',
    '|---|---:|',
    `| lexical-bias spans overlapped by a marker (recall) | ${fmt(found / Math.max(1, spans))} |`,
    `| markers overlapping a lexical-bias span (precision) | ${fmt(correct / Math.max(1, markers))} |`,
  ].join('\n');
}
