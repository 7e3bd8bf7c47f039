// npm run eval -- sentiment --vader PATH | --semeval2007 PATH | --newsmtsc PATH
// Compares newslens with the scorers people already use, on the same rows and the same metric:
// VADER (the vader-sentiment port), AFINN-165 (the sentiment package, comparative score) and
// wink-nlp's own sentence sentiment.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyze, scoreSentiment, scoreTargetSentiment } from 'newslens';
import { classification, crossValidatedLabels, cutLabel, fitCutoffs } from './cutoffs.mjs';
import { pearson, readJsonl, readRatings } from './stats.mjs';

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
  return lines.join('\n');
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
  const words = target.trim().replace(/['’]s$/, '').toLowerCase().split(/\s+/);
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
  for (const row of rows) {
    const entity = mainPerson(analyze(`${row.TITLE}\n\n${row.DOCUMENT}`), row.TARGET_ENTITY);
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
  ].join('\n');
}
