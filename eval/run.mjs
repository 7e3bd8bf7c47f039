// The evaluation harness: npm run eval -- TASK --DATASET PATH [--errors N]
// It reads public data sets by path (never copied into this repository) and prints tables.
import { parseArgs } from 'node:util';
import { evaluateBabe, evaluateBasil } from './bias.mjs';
import { evaluateNarrative, evaluateSemEval2023 } from './framing.mjs';
import { evaluateNer } from './ner.mjs';
import { evaluateQuotes } from './quotes.mjs';
import { evaluateSalience } from './main-person.mjs';
import { evaluateSentences } from './sentences.mjs';
import { evaluateNewsMtsc, evaluatePerSenT, evaluateRatings } from './sentiment.mjs';

const usage = `usage: npm run eval -- TASK --DATASET PATH

  ner --conll PATH [--errors N]   exact-span P/R/F1 per type against a CoNLL-2003-style file;
                                  --errors N also lists the N most frequent mistakes
  quotes --polnear PATH [--errors N]
                                  attributions against PolNeAR: content-word P/R/F1, attributions
                                  found, source and cue right, end-to-end F1, beside a quotation-
                                  marks-only baseline, on all articles and on the odd and even halves;
                                  --errors N lists N attributions not found
  salience --persent PATH         is the most salient PERSON PerSenT's main entity?
  sentences --articles PATH [--limit N]
                                  signs of wrong sentence boundaries in a JSONL file of articles
                                  (text) or of sentences (BASIL): sentences starting in lower case,
                                  attributions cut off a quoted question; sentences and mean words
  sentiment --vader PATH          Pearson r against the human mean of a VADER ground-truth file
                                  (NYT editorials, tweets, reviews) and 3-class F1 at ±0.05
  sentiment --semeval2007 PATH    Pearson r against SemEval-2007 Task 14 headline valence
  sentiment --newsmtsc PATH       macro-F1 and accuracy over NewsMTSC targets
  sentiment --persent PATH        entity sentiment toward PerSenT's main person, and article tone, against its labels
  bias --babe PATH                ROC AUC of the sentence score; marked words against BABE's biased words
  bias --basil PATH               article-level rho of the writer-voice measures; precision and recall of markers, all and writer-voice, against BASIL lexical-bias spans
  framing --narrative PATH        per-frame and macro-F1 of the generic frames against narrative frames
                                  (responsibility against resolution)
  framing --semeval2023 PATH      per-frame, macro- and micro-F1 of the policy frames against SemEval-2023`;

/** Each evaluation: the task, the option naming its data set, and what it prints for that path. */
const EVALUATIONS = [
  ['ner', 'conll', (path, values) => evaluateNer(path, { errors: Number(values.errors ?? 0) })],
  ['quotes', 'polnear', (path, values) => evaluateQuotes(path, { errors: Number(values.errors ?? 0) })],
  ['salience', 'persent', (path) => evaluateSalience(path)],
  ['sentences', 'articles', (path, values) => evaluateSentences(path, { limit: Number(values.limit ?? Infinity) })],
  ['sentiment', 'vader', (path) => evaluateRatings(path, { maximum: 4, classes: true })],
  ['sentiment', 'semeval2007', (path) => evaluateRatings(path, { maximum: 100, classes: false })],
  ['sentiment', 'newsmtsc', (path) => evaluateNewsMtsc(path)],
  ['sentiment', 'persent', (path) => evaluatePerSenT(path)],
  ['bias', 'babe', (path) => evaluateBabe(path)],
  ['bias', 'basil', (path) => evaluateBasil(path)],
  ['framing', 'narrative', (path) => evaluateNarrative(path)],
  ['framing', 'semeval2023', (path) => evaluateSemEval2023(path)],
];

const [task, ...rest] = process.argv.slice(2);
const options = Object.fromEntries([...EVALUATIONS.map(([, option]) => [option, { type: 'string' }]), ['errors', { type: 'string' }], ['limit', { type: 'string' }]]);
const { values } = parseArgs({ args: rest, options, strict: true });
const chosen = EVALUATIONS.find(([name, option]) => name === task && values[option]);
if (chosen) {
  const [, option, run] = chosen;
  console.log(run(values[option], values));
} else {
  console.error(usage);
  process.exit(2);
}
