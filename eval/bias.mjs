// npm run eval -- bias --babe PATH | --basil PATH
// BABE: ROC AUC of the sentence score against the experts' label, and word-level precision,
// recall and F1 of the content words inside markers (nouns, verbs, adjectives, adverbs: the
// kinds of word BABE's annotators mark) against the words they marked as biased.
// BASIL: article-level Spearman rho of the writer's lexical rate (bias.voices.writer.lexical), then
// of the other writer-voice and every-voice measures, against the gold lexical-bias spans per 100
// words; the gold's own split-half reliability, the ceiling of any such rho; and precision and
// recall of markers, all markers and writer-voice ones, against the annotated lexical-bias spans.
import { detectBias, tokenize } from 'newslens';
import { auc, readJsonl, spearman } from './stats.mjs';

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
  'writer’s lexical rate (bias.voices.writer.lexical): distinct lexical terms (word choice, scare quotes, weasel attributions; no hedges) per 100 words of the writer’s wording (all but quotations of 4+ words)': (report) => report.voices.writer.lexical,
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
