// npm run eval -- bias --babe PATH | --basil PATH
// BABE: ROC AUC of the sentence score against the experts' label, and word-level precision,
// recall and F1 of the content words inside markers (nouns, verbs, adjectives, adverbs: the
// kinds of word BABE's annotators mark) against the words they marked as biased.
// BASIL: recall and precision of markers against the annotated lexical-bias spans.
import { detectBias, tokenize } from 'newslens';
import { auc, readJsonl } from './stats.mjs';

/** BABE's biased_words is a Python list literal: "['bizarre', 'characteristically']". */
const biasedWords = (literal) => [...literal.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2]).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
const fmt = (x) => x.toFixed(3);
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ']);

/** Markers of wording, as opposed to constructions (modals, attributions, passives, quotation marks). */
const WORD_CHOICE = new Set(['evaluative', 'loaded_label', 'reporting', 'epistemological', 'informal', 'booster']);

/** BABE's unit is a whitespace word with its hyphens kept ("left-wing", "anti-science"), so tokens joined by hyphens or apostrophes count as one word. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Word-level counts of the content words inside `markers` against a sentence's biased words. */
function wordCounts(text, tokens, markers, wanted, counts) {
  const marked = new Set();
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    const content = tokens.some((t) => t.kind === 'word' && CONTENT.has(t.pos) && t.start >= start && t.end <= end);
    if (content && markers.some((m) => m.start < end && start < m.end)) marked.add(word[0].toLowerCase());
  }
  counts.predicted += marked.size;
  counts.gold += wanted.size;
  for (const word of marked) if (wanted.has(word)) counts.truePositive += 1;
}

function prf({ truePositive, predicted, gold }) {
  const precision = truePositive / Math.max(1, predicted);
  const recall = truePositive / Math.max(1, gold);
  return `${fmt(precision)} / ${fmt(recall)} / ${fmt((2 * precision * recall) / Math.max(1e-9, precision + recall))}`;
}

export function evaluateBabe(path) {
  const rows = readJsonl(path);
  const scores = [];
  const labels = [];
  const all = { truePositive: 0, predicted: 0, gold: 0 };
  const wordChoice = { truePositive: 0, predicted: 0, gold: 0 };
  for (const row of rows) {
    const report = detectBias(row.text);
    scores.push(report.score);
    labels.push(row.label_bias === 'Biased' ? 1 : 0);
    const tokens = tokenize(row.text);
    const wanted = new Set(biasedWords(row.biased_words ?? '[]'));
    wordCounts(row.text, tokens, report.markers, wanted, all);
    wordCounts(row.text, tokens, report.markers.filter((m) => WORD_CHOICE.has(m.category)), wanted, wordChoice);
  }
  return [
    `Bias on BABE: ${path}`,
    `${rows.length} sentences, ${labels.filter((l) => l === 1).length} labelled biased`,
    '',
    '| measure | newslens |',
    '|---|---:|',
    `| sentence score, ROC AUC against label_bias | ${fmt(auc(scores, labels))} |`,
    `| content words in markers against biased_words, P / R / F1 | ${prf(all)} |`,
    `| the same, word-choice markers only (no modals, attributions, passives, scare quotes) | ${prf(wordChoice)} |`,
  ].join('\n');
}

export function evaluateBasil(path) {
  const rows = readJsonl(path);
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
