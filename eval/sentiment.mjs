// npm run eval -- sentiment --vader PATH | --semeval2007 PATH | --newsmtsc PATH
// Compares newslens with the scorers people already use, on the same rows and the same metric:
// VADER (the vader-sentiment port), AFINN-165 (the sentiment package, comparative score) and
// wink-nlp's own sentence sentiment.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { analyze, scoreSentiment, scoreTargetSentiment } from 'newslens';
import { fittedModel } from './folds.mjs';
import { CLASSES, classification, crossValidatedLabels, cutLabel, fitCutoffs } from './cutoffs.mjs';
import { auc, pearson, readJsonl, readRatings } from './stats.mjs';

const require = createRequire(import.meta.url);

function baselines() {
  const vader = require('vader-sentiment');
  const Sentiment = require('sentiment');
  const afinn = new Sentiment();
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'negation', 'sentiment']);
  return {
    'VADER (vader-sentiment)': (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
    'AFINN-165 (sentiment, comparative)': (text) => afinn.analyze(text).comparative,
    'wink-nlp sentiment': (text) => nlp.readDoc(text).out(nlp.its.sentiment),
  };
}

/** The VADER paper's three classes: a score within ±0.05 of 0 (on -1..1) is neutral. */
const bandLabel = (score) => (score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral');

/** Pearson r (and with `maximum`, 3-class F1) of every scorer against human ratings. */
export function evaluateRatings(path, { maximum, classes }) {
  const rows = readRatings(path);
  const ratings = rows.map((row) => row.rating);
  const scorers = { newslens: (text) => scoreSentiment(text).score, ...baselines() };
  const lines = [`Sentiment against human ratings: ${path}`, `${rows.length} texts`, '', `| scorer | Pearson r |${classes ? ' macro-F1 (±0.05) | accuracy |' : ''}`, `|---|---:|${classes ? '---:|---:|' : ''}`];
  const gold = rows.map((row) => bandLabel(row.rating / maximum));
  for (const [name, score] of Object.entries(scorers)) {
    const scores = rows.map((row) => score(row.text));
    const r = pearson(scores, ratings).toFixed(3);
    if (!classes) lines.push(`| ${name} | ${r} |`);
    else {
      const predicted = name === 'newslens' ? rows.map((row) => scoreSentiment(row.text).label) : scores.map(bandLabel);
      const { macroF1, accuracy } = classification(gold, predicted);
      lines.push(`| ${name} | ${r} | ${macroF1.toFixed(3)} | ${accuracy.toFixed(3)} |`);
    }
  }
  if (basename(path).startsWith('nyt-editorials')) lines.push('', ...fittedWeightsLines(), '', ...articleToneLines(rows));
  return lines.join('\n');
}

/** The sentence weights' own fit figures, which scripts/fit-sentiment.ts writes beside them: the NYT rows above are in-sample. */
function fittedWeightsLines() {
  const { fit } = fittedModel('sentiment-weights');
  return [
    `newslens weights, fitted on these rows: in-sample r ${fit.nyt.inSampleR.toFixed(3)}, ${fit.folds}-fold cross-validated r ${fit.nyt.crossValidatedR.toFixed(3)} (folds by article, ridge λ ${fit.lambda} chosen by the same CV)`,
    `each half of the articles scored by a fit on the other: ${fit.nyt.halvesR.map((r) => r.toFixed(3)).join(', ')}; SemEval-2007, never fitted: ${fit.semeval2007.r.toFixed(3)}`,
  ];
}

/** Articles of the NYT rows (ids `article_sentence`), each scored whole: the article tone against the mean human rating of its sentences. */
function articleToneLines(rows) {
  const articles = new Map();
  for (const row of rows) {
    const id = row.id.split('_')[0];
    if (!articles.has(id)) articles.set(id, []);
    articles.get(id).push(row);
  }
  const human = [];
  const net = [];
  const mean = [];
  for (const sentences of articles.values()) {
    const analysis = analyze(sentences.map((row) => row.text).join(' '), { skip: ['bias', 'framing'] });
    const scores = analysis.sentences.filter((sentence) => sentence.sentiment).map((sentence) => sentence.sentiment.score);
    human.push(sentences.reduce((sum, row) => sum + row.rating, 0) / sentences.length);
    net.push(analysis.sentiment.article.score);
    mean.push(scores.reduce((sum, score) => sum + score, 0) / Math.max(1, scores.length));
  }
  return [
    `Article tone against the mean human rating of each article's sentences (${articles.size} articles): Pearson r ${pearson(net, human).toFixed(3)} for the article score (net tone), ${pearson(mean, human).toFixed(3)} for the mean sentence score`,
    `article score spread: SD ${standardDeviation(net).toFixed(3)}, ${Math.min(...net).toFixed(2)}..${Math.max(...net).toFixed(2)} (mean sentence score: SD ${standardDeviation(mean).toFixed(3)})`,
  ];
}

const standardDeviation = (values) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
};

/**
 * Article tone against PerSenT's document label: the score's mean per label, the chance a
 * positive article outscores a negative one (AUC), r with the label as -1/0/1, and the
 * macro-F1 of the label the score gives, with the ±0.05 cut-off and with cut-offs chosen by
 * 5-fold cross-validation (the only calibration fitted on these evaluation-only rows).
 */
function documentToneLines(gold, scores) {
  const byLabel = CLASSES.map((label) => {
    const own = scores.filter((_, i) => gold[i] === label);
    return `${label} ${(own.reduce((sum, score) => sum + score, 0) / own.length).toFixed(3)} (${own.length})`;
  });
  const positiveVsNegative = auc(
    scores.filter((_, i) => gold[i] !== 'neutral'),
    gold.filter((label) => label !== 'neutral').map((label) => (label === 'positive' ? 1 : 0)),
  );
  const coded = gold.map((label) => CLASSES.indexOf(label) - 1);
  const banded = classification(gold, scores.map(bandLabel));
  const calibrated = classification(gold, crossValidatedLabels(scores, gold).labels);
  return [
    `Article tone (analysis.sentiment.article.score) against the document label: mean score by label ${byLabel.join(', ')}; AUC positive vs negative ${positiveVsNegative.toFixed(3)}; Pearson r with the label as -1/0/1 ${pearson(scores, coded).toFixed(3)}; SD ${standardDeviation(scores).toFixed(3)}`,
    `its label as macro-F1 (accuracy): ±0.05 cut-off ${banded.macroF1.toFixed(3)} (${banded.accuracy.toFixed(3)}); cut-offs chosen by 5-fold CV ${calibrated.macroF1.toFixed(3)} (${calibrated.accuracy.toFixed(3)})`,
  ];
}

const POLARITY = { 2: 'negative', 4: 'neutral', 6: 'positive' };

/** Macro-F1 and accuracy over every target of a NewsMTSC file. */
export function evaluateNewsMtsc(path) {
  const rows = readJsonl(path);
  const targets = rows.flatMap((row) => row.targets.map((target) => ({ text: row.sentence_normalized, start: target.from, end: target.to, gold: POLARITY[target.polarity] })));
  const vader = baselines()['VADER (vader-sentiment)'];
  const systems = {
    'newslens scoreTargetSentiment': (t) => scoreTargetSentiment(t.text, { start: t.start, end: t.end }).label,
    'newslens scoreSentiment, whole sentence': (t) => scoreSentiment(t.text).label,
    'VADER, whole sentence (±0.05)': (t) => bandLabel(vader(t.text)),
  };
  const gold = targets.map((t) => t.gold);
  const lines = [`Target sentiment on NewsMTSC: ${path}`, `${rows.length} sentences, ${targets.length} targets`, '', '| system | macro-F1 | accuracy |', '|---|---:|---:|'];
  for (const [name, label] of Object.entries(systems)) {
    const { macroF1, accuracy } = classification(gold, targets.map(label));
    lines.push(`| ${name} | ${macroF1.toFixed(3)} | ${accuracy.toFixed(3)} |`);
  }
  return lines.join('\n');
}

/**
 * The entity that names PerSenT's main person: a person one of whose names holds the target's
 * surname, else any named entity (the tagger may type a person as an organisation) one of whose
 * names holds a word of the target's name; undefined when newslens finds none.
 */
function mainPerson(analysis, target) {
  const words = target.trim().replace(/['’]s$/, '').toLowerCase().split(/[\s-]+/);
  const surname = words.at(-1) ?? '';
  const names = (entity) => entity.aliases.flatMap((alias) => alias.toLowerCase().split(/[\s-]+/));
  const read = analysis.entities.filter((entity) => entity.sentiment);
  return (
    read.find((entity) => entity.type === 'PERSON' && names(entity).includes(surname)) ??
    read.find((entity) => names(entity).some((name) => words.some((word) => word.length > 2 && word === name)))
  );
}

/**
 * How the article speaks of its main person, against PerSenT's document-level label: the
 * entity's `sentiment.score` and `label`. An article where newslens finds no such entity counts
 * as wrong. The label's two cut-offs (models/entity-tone.json) were chosen on these rows, so
 * beside the shipped labels (in-sample) the table gives cross-validated ones (5 folds, article
 * i in fold i mod 5) and cut-offs chosen on one half scored on the other; the halves are the odd
 * and even articles (1, 3, 5 … and 2, 4, 6 … in file order).
 */
export function evaluatePerSenT(path) {
  const { parse } = require('csv-parse/sync');
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true });
  const gold = [];
  const shipped = [];
  const scores = [];
  const articleScores = [];
  for (const row of rows) {
    const analysis = analyze(`${row.TITLE}\n\n${row.DOCUMENT}`);
    const entity = mainPerson(analysis, row.TARGET_ENTITY);
    articleScores.push(analysis.sentiment.article.score);
    gold.push(row.TRUE_SENTIMENT.toLowerCase());
    shipped.push(entity?.sentiment.label ?? 'none');
    scores.push(entity ? entity.sentiment.score : null);
  }
  const halves = { odd: (_, i) => i % 2 === 0, even: (_, i) => i % 2 === 1 };
  const figures = (predicted) => {
    const cells = [classification(gold, predicted), ...Object.values(halves).map((inHalf) => classification(gold.filter(inHalf), predicted.filter(inHalf)))];
    return cells.map(({ macroF1, accuracy }) => `${macroF1.toFixed(3)} / ${accuracy.toFixed(3)}`).join(' | ');
  };
  const cv = crossValidatedLabels(scores, gold);
  // Cut-offs chosen on one half, labels given to the other.
  const across = new Array(rows.length);
  const halfCuts = {};
  for (const [name, inHalf] of Object.entries(halves)) {
    const other = Object.entries(halves).find(([key]) => key !== name)[1];
    const cuts = (halfCuts[name] = fitCutoffs(scores.filter(inHalf), gold.filter(inHalf)));
    scores.forEach((score, i) => {
      if (other(score, i)) across[i] = cutLabel(score, cuts);
    });
  }
  const all = fitCutoffs(scores, gold);
  const mean = (label) => {
    const own = scores.filter((score, i) => gold[i] === label && score !== null);
    return (own.reduce((s, x) => s + x, 0) / own.length).toFixed(3);
  };
  const cutsText = (cuts) => `${cuts.negative} / ${cuts.positive}`;
  return [
    `Sentiment toward the main person on PerSenT: ${path}`,
    `${rows.length} articles, the main person found as an entity in ${scores.filter((score) => score !== null).length}; macro-F1 / accuracy, all articles and the odd and even halves`,
    '',
    '| system | all | odd | even |',
    '|---|---:|---:|---:|',
    `| newslens entity sentiment, shipped cut-offs (in-sample) | ${figures(shipped)} |`,
    `| same score, cut-offs by 5-fold cross-validation | ${figures(cv.labels)} |`,
    `| same score, cut-offs chosen on the other half | – | ${figures(across).split(' | ').slice(1).join(' | ')} |`,
    `| always positive (the majority class) | ${figures(gold.map(() => 'positive'))} |`,
    '',
    `Cut-offs (negative / positive) chosen on all rows: ${cutsText(all)}; per fold: ${cv.folds.map(cutsText).join(', ')}; on the odd half ${cutsText(halfCuts.odd)}, on the even half ${cutsText(halfCuts.even)}.`,
    `Mean score by gold label: negative ${mean('negative')}, neutral ${mean('neutral')}, positive ${mean('positive')}.`,
    '',
    ...documentToneLines(gold, articleScores),
  ].join('\n');
}
