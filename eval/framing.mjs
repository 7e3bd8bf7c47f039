// npm run eval -- framing --narrative PATH | --semeval2023 PATH
// Narrative frames (Frermann et al. 2023): per-frame F1 and macro-F1 over the five generic frames,
// `responsibility` against the data's `resolution`. SemEval-2023 Task 3 subtask 2: per-frame F1,
// macro-F1 and micro-F1 over its fourteen Policy Frames Codebook frames. Beside each, the F1 of
// calling every frame present, and of guessing (each frame called present at random with its
// base rate, in expectation). For narrative frames, whose weights are fitted on the dev file,
// the shipped weights' F1 (in-sample on that file) on all articles and the odd and even halves,
// beside the nested 5-fold cross-validated F1 scripts/fit-framing.ts recorded in the weights file.
import { readFileSync } from 'node:fs';
import { detectFrames } from 'newslens';
import { fittedModel, halves } from './folds.mjs';
import { confusion, f1, readJsonl } from './stats.mjs';

const fmt = (x) => x.toFixed(3);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Expected F1 of calling a frame present at random with its base rate p: precision p, recall p. */
const priorF1 = (gold) => mean(gold.map(Number));

/** One row per frame, then macro (and micro) rows: newslens, all present, priors. */
function table(frames, gold, predicted, { micro }) {
  const lines = ['| frame | newslens F1 | all present | guessing at the base rate |', '|---|---:|---:|---:|'];
  const ours = [];
  const everywhere = [];
  const priors = [];
  const pooled = { tp: 0, fp: 0, fn: 0 };
  const pooledAll = { tp: 0, fp: 0, fn: 0 };
  const pooledPrior = { tp: 0, fp: 0, fn: 0 };
  for (const frame of frames) {
    const g = gold(frame);
    const c = confusion(g, predicted(frame));
    const all = confusion(g, g.map(() => true));
    const p = priorF1(g);
    for (const key of ['tp', 'fp', 'fn']) {
      pooled[key] += c[key];
      pooledAll[key] += all[key];
    }
    const positives = g.filter(Boolean).length;
    pooledPrior.tp += p * positives;
    pooledPrior.fp += p * (g.length - positives);
    pooledPrior.fn += (1 - p) * positives;
    ours.push(f1(c));
    everywhere.push(f1(all));
    priors.push(p);
    lines.push(`| ${frame} | ${fmt(f1(c))} | ${fmt(f1(all))} | ${fmt(p)} |`);
  }
  lines.push(`| **macro-F1** | **${fmt(mean(ours))}** | ${fmt(mean(everywhere))} | ${fmt(mean(priors))} |`);
  if (micro) lines.push(`| **micro-F1** | **${fmt(f1(pooled))}** | ${fmt(f1(pooledAll))} | ${fmt(f1(pooledPrior))} |`);
  return lines;
}

/** Our generic frames' names for the narrative-frames data set's labels. */
export const NARRATIVE_LABEL = { conflict: 'conflict', human_interest: 'human_interest', economic_consequences: 'economic', morality: 'morality', responsibility: 'resolution' };


export function evaluateNarrative(path) {
  const rows = readJsonl(path);
  const reports = rows.map((row) => detectFrames(row.text));
  const present = (report, frame) => report.generic.find((item) => item.frame === frame)?.present === true;
  const frames = Object.keys(NARRATIVE_LABEL);
  const gold = (frame) => rows.map((row) => row.frames[NARRATIVE_LABEL[frame]] === true);
  const predicted = (frame) => reports.map((report) => present(report, frame));
  const { odd, even } = halves(rows.length);
  const f1Over = (frame, indexes) => f1(confusion(indexes.map((i) => gold(frame)[i]), indexes.map((i) => predicted(frame)[i])));
  const shipped = (indexes) => frames.map((frame) => f1Over(frame, indexes));
  const [allF1, oddF1, evenF1] = [rows.map((_, i) => i), odd, even].map(shipped);
  const cv = fittedModel('framing-weights').crossValidated.narrativeFrames;
  const cvCells = (figure) => `${fmt(figure.f1)} | ${fmt(figure.oddArticles)} / ${fmt(figure.oddFittedOnEven)} | ${fmt(figure.evenArticles)} / ${fmt(figure.evenFittedOnOdd)}`;
  return [
    `Generic frames on narrative frames: ${path}`,
    `${rows.length} articles; responsibility is scored against resolution; odd and even: articles 1, 3, 5 … and 2, 4, 6 … in file order`,
    '',
    ...table(frames, gold, predicted, { micro: false }),
    '',
    `F1 of the shipped weights on these articles (in-sample when they are the articles fitted on), and nested 5-fold cross-validated (scripts/fit-framing.ts on its ${cv.articles} fitted articles, ${cv.shuffles} shuffles, each frame's L2 chosen inside the training folds); CV halves: out-of-fold, and each half scored by a fit on the other`,
    '',
    '| frame | shipped, all | odd | even | L2 | CV, all | CV, odd | CV, even |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...frames.map((frame, k) => `| ${frame} | ${fmt(allF1[k])} | ${fmt(oddF1[k])} | ${fmt(evenF1[k])} | ${cv.frames[frame].l2} | ${cvCells(cv.frames[frame])} |`),
    `| **macro-F1** | **${fmt(mean(allF1))}** | ${fmt(mean(oddF1))} | ${fmt(mean(evenF1))} | | **${fmt(cv.macroF1)}** | ${fmt(cv.oddArticles)} / ${fmt(cv.oddFittedOnEven)} | ${fmt(cv.evenArticles)} / ${fmt(cv.evenFittedOnOdd)} |`,
  ].join('\n');
}

export function evaluateSemEval2023(path) {
  const rows = readJsonl(path);
  const reports = rows.map((row) => detectFrames(row.text));
  const frames = [...new Set(rows.flatMap((row) => row.frames))].map((label) => label.toLowerCase()).sort();
  const present = (report, frame) => report.policy.find((item) => item.frame === frame)?.present === true;
  return [
    `Policy frames on SemEval-2023 Task 3: ${path}`,
    `${rows.length} articles, ${frames.length} frames`,
    '',
    ...table(frames, (frame) => rows.map((row) => row.frames.some((label) => label.toLowerCase() === frame)), (frame) => reports.map((report) => present(report, frame)), { micro: true }),
  ].join('\n');
}
