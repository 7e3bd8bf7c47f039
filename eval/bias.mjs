// npm run eval -- bias --babe PATH | --basil PATH
// BABE: ROC AUC of the sentence score against the experts' label, in-sample beside the nested
// 5-fold cross-validated figure scripts/fit-bias.ts records; and word-level precision, recall and
// F1 of the content words inside markers (nouns, verbs, adjectives, adverbs: the kinds of word
// BABE's annotators mark) against the words they marked as biased, with the categories that count
// chosen on training folds only. Every figure on all rows and on the odd and even halves.
// BASIL: article-level Spearman rho of the writer's lexical rate (bias.voices.writer.lexical), then
// of the other writer-voice and every-voice measures, against the gold lexical-bias spans per 100
// words; the gold's own split-half reliability, the ceiling of any such rho; and precision and
// recall of markers, all markers and writer-voice ones, against the annotated lexical-bias spans.
import { detectBias, tokenize } from 'newslens';
import { readFileSync } from 'node:fs';
import { fittedModel, foldsOf, halves } from './folds.mjs';
import { auc, readJsonl, spearman } from './stats.mjs';

/** BABE's biased_words is a Python list literal: "['bizarre', 'characteristically']". */
const biasedWords = (literal) => [...literal.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] ?? m[2]).toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
const fmt = (x) => x.toFixed(3);
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'INTJ']);

/** Markers of wording, as opposed to constructions (modals, attributions, passives, quotation marks). */
const WORD_CHOICE = new Set(['evaluative', 'loaded_label', 'reporting', 'epistemological', 'informal', 'booster']);

/** BABE's unit is a whitespace word with its hyphens kept ("left-wing", "anti-science"), so tokens joined by hyphens or apostrophes count as one word. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The lower-cased BABE words (WORD) that hold a content word and overlap one of `markers`. */
function markedWords(text, tokens, markers) {
  const marked = new Set();
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    const content = tokens.some((t) => t.kind === 'word' && CONTENT.has(t.pos) && t.start >= start && t.end <= end);
    if (content && markers.some((m) => m.start < end && start < m.end)) marked.add(word[0].toLowerCase());
  }
  return marked;
}

/** Word-level counts, pooled over `rows`, of each row's predicted words against its biased words. */
function wordCounts(rows, predicted) {
  const counts = { truePositive: 0, predicted: 0, gold: 0 };
  rows.forEach((row, r) => {
    const words = predicted[r];
    counts.predicted += words.size;
    counts.gold += row.wanted.size;
    for (const word of words) if (row.wanted.has(word)) counts.truePositive += 1;
  });
  return counts;
}

function scores({ truePositive, predicted, gold }) {
  const precision = truePositive / Math.max(1, predicted);
  const recall = truePositive / Math.max(1, gold);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}
const prf = (counts) => {
  const { precision, recall, f1 } = scores(counts);
  return `${fmt(precision)} / ${fmt(recall)} / ${fmt(f1)}`;
};

const CATEGORIES = ['epistemological', 'reporting', 'vague_attribution', 'loaded_label', 'evaluative', 'booster', 'speculation', 'agentless_passive', 'scare_quotes', 'informal'];

/** The words a set of categories predicts for a row: the content words of its markers in them. */
function categoryWords(row, categories) {
  const words = new Set();
  for (const category of categories) for (const word of row.byCategory[category]) words.add(word);
  return words;
}

/**
 * The categories with the best word F1 over `rows`, added one at a time while one raises F1
 * (forward selection), the best first. No sentence-score floor: the score's weights were fitted
 * on BABE dev, so a floor would let them select.
 */
function bestCategories(rows) {
  const f1Of = (categories) => scores(wordCounts(rows, rows.map((row) => categoryWords(row, categories)))).f1;
  let chosen = { f1: -1, categories: [] };
  for (;;) {
    const next = CATEGORIES.filter((c) => !chosen.categories.includes(c))
      .map((c) => CATEGORIES.filter((k) => k === c || chosen.categories.includes(k)))
      .map((categories) => ({ f1: f1Of(categories), categories }))
      .reduce((a, b) => (b.f1 > a.f1 ? b : a), { f1: -1 });
    if (next.f1 <= chosen.f1) return chosen.categories;
    chosen = next;
  }
}

/**
 * Word-level predictions that select nothing on the rows they score: the categories are chosen on
 * four fifths of the sentences and applied to the fifth. Returns the out-of-fold predictions and
 * the categories each fold chose.
 */
function crossValidatedCategories(rows, k = 5) {
  const fold = foldsOf(rows.length, k);
  const predicted = new Array(rows.length);
  const chosen = [];
  for (let f = 0; f < k; f += 1) {
    const categories = bestCategories(rows.filter((_, r) => fold[r] !== f));
    chosen.push(categories);
    rows.forEach((row, r) => {
      if (fold[r] === f) predicted[r] = categoryWords(row, categories);
    });
  }
  return { predicted, chosen };
}


export function evaluateBabe(path) {
  const data = readJsonl(path);
  const rows = data.map((row) => {
    const report = detectBias(row.text);
    const tokens = tokenize(row.text);
    const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, markedWords(row.text, tokens, report.markers.filter((m) => m.category === category))]));
    return { label: row.label_bias === 'Biased' ? 1 : 0, score: report.score, wanted: new Set(biasedWords(row.biased_words ?? '[]')), all: markedWords(row.text, tokens, report.markers), wordChoice: markedWords(row.text, tokens, report.markers.filter((m) => WORD_CHOICE.has(m.category))), byCategory };
  });
  const { odd, even } = halves(rows.length);
  const pick = (list, indexes) => indexes.map((i) => list[i]);
  const aucOver = (indexes) => fmt(auc(pick(rows, indexes).map((row) => row.score), pick(rows, indexes).map((row) => row.label)));
  const wordsOver = (indexes, predicted) => prf(wordCounts(pick(rows, indexes), pick(predicted, indexes)));
  const wordRow = (name, predicted) => `| ${name} | ${wordsOver(rows.map((_, i) => i), predicted)} | ${wordsOver(odd, predicted)} | ${wordsOver(even, predicted)} |`;
  const cv = fittedModel('bias-weights').crossValidated;
  const selected = crossValidatedCategories(rows);
  return [
    `Bias on BABE: ${path}`,
    `${rows.length} sentences, ${rows.filter((row) => row.label === 1).length} labelled biased; odd and even: rows 1, 3, 5 … and 2, 4, 6 … in file order`,
    '',
    '| sentence score, ROC AUC against label_bias | all | odd | even |',
    '|---|---:|---:|---:|',
    `| the shipped weights on these rows (in-sample when they are the rows fitted on) | ${aucOver(rows.map((_, i) => i))} | ${aucOver(odd)} | ${aucOver(even)} |`,
    `| 5-fold cross-validated, nested (scripts/fit-bias.ts on its ${cv.rows} fitted rows, L2 ${cv.l2}); halves: out-of-fold scores, and each half scored by a model fitted on the other | ${fmt(cv.auc)} | ${fmt(cv.oddRows)} / ${fmt(cv.oddFittedOnEven)} | ${fmt(cv.evenRows)} / ${fmt(cv.evenFittedOnOdd)} |`,
    '',
    '| content words in markers against biased_words, P / R / F1 | all | odd | even |',
    '|---|---|---|---|',
    wordRow('every marker', rows.map((row) => row.all)),
    wordRow('word-choice markers (no modals, attributions, passives, scare quotes): the categories `lexical` counts (docs/BIAS.md)', rows.map((row) => row.wordChoice)),
    wordRow('5-fold cross-validated: the categories that count chosen on the training folds only', selected.predicted),
    '',
    `Categories chosen in the five folds: ${selected.chosen.map((categories) => categories.join(', ')).join('; ')}. Chosen on every row: ${bestCategories(rows).join(', ')}.`,
  ].join('\n');
}

/** Runs of letters and digits: the word count of the per-100-words measures. */
const wordCount = (text) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const per100 = (count, words) => (words > 0 ? (100 * count) / words : 0);
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * BASIL's sentences put back into their articles: the title, then each sentence as a paragraph
 * (BASIL keeps no paragraph breaks), with each sentence's offset in the article so the gold
 * spans, given per sentence, land on the article's text. Each span keeps its sentence's parity,
 * and `halfWords` counts the words of the even and the odd sentences, for the gold's split-half reliability.
 */
export function basilArticles(rows) {
  const byId = new Map();
  for (const row of rows) {
    const article = byId.get(row.article) ?? { id: row.article, text: '', spans: [], sentences: 0, halfWords: [0, 0] };
    if (article.text) article.text += '\n\n';
    const offset = article.text.length;
    const parity = article.sentences % 2;
    article.text += row.text;
    article.halfWords[parity] += wordCount(row.text);
    article.sentences += 1;
    for (const span of row.spans ?? []) article.spans.push({ ...span, start: span.start + offset, end: span.end + offset, parity });
    byId.set(row.article, article);
  }
  return [...byId.values()];
}

/**
 * The article-level measures compared with BASIL's lexical bias: the writer's voice (what a bias
 * researcher measures; docs/BIAS.md), beside the same measures over every word.
 */
const MEASURES = {
  'writer’s lexical rate (bias.voices.writer.lexical): distinct lexical terms (word choice, scare quotes, weasel attributions; no hedges, implicatives or negated words) per 100 words of the writer’s wording (all but quotations of 4+ words)': (report) => report.voices.writer.lexical,
  'writer-voice score (bias.voices.writer.score)': (report) => report.voices.writer.score,
  'writer-voice markers per 100 writer words': (report) => per100(report.voices.writer.markers, report.voices.writer.words),
  'writer-voice word-choice markers per 100 writer words': (report) => per100(report.markers.filter((m) => m.voice === 'writer' && WORD_CHOICE.has(m.category)).length, report.voices.writer.words),
  'article score, every voice (bias.score)': (report) => report.score,
  'markers per 100 words, every voice': (report) => per100(report.markers.length, report.voices.writer.words + report.voices.quoted.words),
  'word-choice markers per 100 words, every voice': (report) => per100(report.markers.filter((m) => WORD_CHOICE.has(m.category)).length, report.voices.writer.words + report.voices.quoted.words),
};

export function evaluateBasil(path) {
  const articles = basilArticles(readJsonl(path));
  const marked = { all: { spans: 0, found: 0, markers: 0, correct: 0 }, writer: { spans: 0, found: 0, markers: 0, correct: 0 } };
  const values = Object.fromEntries(Object.keys(MEASURES).map((name) => [name, []]));
  const gold = [];
  const goldWriter = [];
  const goldHalves = [[], []];
  let goldQuoted = 0;
  let goldQuotedFound = 0;
  let goldWriterSpans = 0;
  let goldWriterFound = 0;
  for (const article of articles) {
    const lexical = article.spans.filter((span) => span.bias === 'lex');
    const report = detectBias(article.text);
    const words = wordCount(article.text);
    gold.push(per100(lexical.length, words));
    goldWriter.push(per100(lexical.filter((span) => span.quote !== 'yes').length, words));
    for (const parity of [0, 1]) goldHalves[parity].push(per100(lexical.filter((span) => span.parity === parity).length, article.halfWords[parity]));
    for (const [name, measure] of Object.entries(MEASURES)) values[name].push(measure(report));
    for (const [voice, markers, spans] of [['all', report.markers, lexical], ['writer', report.markers.filter((m) => m.voice === 'writer'), lexical.filter((span) => span.quote !== 'yes')]]) {
      marked[voice].spans += spans.length;
      marked[voice].found += spans.filter((span) => markers.some((m) => overlaps(m, span))).length;
      marked[voice].markers += markers.length;
      marked[voice].correct += markers.filter((m) => lexical.some((span) => overlaps(m, span))).length;
    }
    // Whose voice newslens puts each gold span in, against BASIL's own quote flag.
    const coveredIn = (voice, span) => (report.markers.some((m) => m.voice === voice && overlaps(m, span)) ? 1 : 0);
    for (const span of lexical) {
      if (span.quote === 'yes') (goldQuoted += 1), (goldQuotedFound += coveredIn('quoted', span));
      else (goldWriterSpans += 1), (goldWriterFound += coveredIn('writer', span));
    }
  }
  const half = (list, parity) => list.filter((_, k) => k % 2 === parity);
  const rho = (x, y) => fmt(spearman(x, y));
  const rows = Object.entries(values).map(([name, x]) => `| ${name} | ${rho(x, gold)} | ${rho(half(x, 0), half(gold, 0))} | ${rho(half(x, 1), half(gold, 1))} | ${rho(x, goldWriter)} |`);
  const reliability = spearman(goldHalves[0], goldHalves[1]);
  const fullLength = (2 * reliability) / (1 + reliability);
  const pr = ({ spans, found, markers, correct }) => `${fmt(correct / Math.max(1, markers))} | ${fmt(found / Math.max(1, spans))} | ${markers}`;
  return [
    `Bias on BASIL: ${path}`,
    `${articles.length} articles, ${articles.reduce((n, a) => n + a.spans.filter((s) => s.bias === 'lex').length, 0)} lexical-bias spans (${goldQuoted} inside quotations by BASIL's flag); each article read whole`,
    '',
    'Article-level Spearman ρ against gold lexical-bias spans per 100 words (odd and even: articles 1, 3, 5 … and 2, 4, 6 … in file order)',
    '',
    '| measure | ρ, all | ρ, odd | ρ, even | ρ against spans outside quotations |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
    `The gold's own reliability: ρ between an article's lexical spans per 100 words in its odd and in its even sentences ${fmt(reliability)}; ${fmt(fullLength)} for whole articles (Spearman–Brown), so even a perfect measure of the annotated construct would reach about ρ ${fmt(Math.sqrt(fullLength))} against it.`,
    '',
    '| markers | precision (overlap a lexical span) | recall | markers |',
    '|---|---:|---:|---:|',
    `| every marker, against every lexical span | ${pr(marked.all)} |`,
    `| writer-voice markers, against lexical spans outside quotations (recall) and every lexical span (precision) | ${pr(marked.writer)} |`,
    '',
    `Lexical spans BASIL flags as quoted that a quoted-voice marker covers: ${goldQuotedFound} of ${goldQuoted}; spans outside quotations that a writer-voice marker covers: ${goldWriterFound} of ${goldWriterSpans}`,
  ].join('\n');
}
