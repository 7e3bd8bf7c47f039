// npm run eval -- sentiment --vader PATH | --semeval2007 PATH | --newsmtsc PATH
// Compares newslens with the scorers people already use, on the same rows and the same metric:
// VADER (the vader-sentiment port), AFINN-165 (the sentiment package, comparative score) and
// wink-nlp's own sentence sentiment.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyze, scoreSentiment, scoreTargetSentiment } from 'newslens';
import { pearson, readJsonl, readRatings } from './stats.mjs';

const require = createRequire(import.meta.url);
const CLASSES = ['negative', 'neutral', 'positive'];

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

/** Macro-F1 over the three classes, and accuracy. */
function classification(gold, predicted) {
  const f1s = CLASSES.map((c) => {
    const tp = gold.filter((g, i) => g === c && predicted[i] === c).length;
    const p = tp / Math.max(1, predicted.filter((x) => x === c).length);
    const r = tp / Math.max(1, gold.filter((x) => x === c).length);
    return p + r > 0 ? (2 * p * r) / (p + r) : 0;
  });
  return { macroF1: f1s.reduce((s, f) => s + f, 0) / 3, accuracy: gold.filter((g, i) => g === predicted[i]).length / gold.length };
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
 * How the article speaks of its main person, against PerSenT's document-level label: the
 * entity that names the target (its last name among an alias's words) is read with
 * `analysis.entities[i].sentiment`. Articles where newslens finds no such entity count as wrong.
 */
export function evaluatePerSenT(path) {
  const { parse } = require('csv-parse/sync');
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true });
  const gold = [];
  const predicted = [];
  let found = 0;
  for (const row of rows) {
    const surname = row.TARGET_ENTITY.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const analysis = analyze(`${row.TITLE}\n\n${row.DOCUMENT}`);
    const entity = analysis.entities.find((e) => e.type === 'PERSON' && e.sentiment && e.aliases.some((alias) => alias.toLowerCase().split(/\s+/).includes(surname)));
    if (entity) found += 1;
    gold.push(row.TRUE_SENTIMENT.toLowerCase());
    predicted.push(entity?.sentiment.label ?? 'none');
  }
  const { macroF1, accuracy } = classification(gold, predicted);
  const majority = classification(gold, gold.map(() => 'positive'));
  return [
    `Sentiment toward the main person on PerSenT: ${path}`,
    `${rows.length} articles, the main person found as an entity in ${found}`,
    '',
    '| system | macro-F1 | accuracy |',
    '|---|---:|---:|',
    `| newslens entity sentiment | ${macroF1.toFixed(3)} | ${accuracy.toFixed(3)} |`,
    `| always positive (the majority class) | ${majority.macroF1.toFixed(3)} | ${majority.accuracy.toFixed(3)} |`,
  ].join('\n');
}
