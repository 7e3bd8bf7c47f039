// The evaluation harness: npm run eval -- TASK --DATASET PATH [--errors N]
// It reads public data sets by path (never copied into this repository) and prints tables.
import { parseArgs } from 'node:util';
import { evaluateBabe, evaluateBasil } from './bias.mjs';
import { evaluateNarrative, evaluateSemEval2023 } from './framing.mjs';
import { evaluateNer } from './ner.mjs';
import { evaluateSalience } from './salience.mjs';
import { evaluateNewsMtsc, evaluatePerSenT, evaluateRatings } from './sentiment.mjs';

const usage = `usage: npm run eval -- TASK --DATASET PATH

  ner --conll PATH [--errors N]   exact-span P/R/F1 per type against a CoNLL-2003-style file;
                                  --errors N also lists the N most frequent mistakes
  salience --persent PATH         is the most salient PERSON PerSenT's main entity?
  sentiment --vader PATH          Pearson r against the human mean of a VADER ground-truth file
                                  (NYT editorials, tweets, reviews) and 3-class F1 at ±0.05
  sentiment --semeval2007 PATH    Pearson r against SemEval-2007 Task 14 headline valence
  sentiment --newsmtsc PATH       macro-F1 and accuracy over NewsMTSC targets
  sentiment --persent PATH        entity sentiment toward PerSenT's main person, against its label
  bias --babe PATH                ROC AUC of the sentence score; marked words against BABE's biased words
  bias --basil PATH               recall and precision of markers against BASIL's lexical-bias spans
  framing --narrative PATH        per-frame and macro-F1 of the generic frames against narrative frames
                                  (responsibility against resolution)
  framing --semeval2023 PATH      per-frame, macro- and micro-F1 of the policy frames against SemEval-2023`;

const [task, ...rest] = process.argv.slice(2);
const { values } = parseArgs({ args: rest, options: { conll: { type: 'string' }, errors: { type: 'string' }, persent: { type: 'string' }, vader: { type: 'string' }, babe: { type: 'string' }, basil: { type: 'string' }, semeval2007: { type: 'string' }, newsmtsc: { type: 'string' }, narrative: { type: 'string' }, semeval2023: { type: 'string' } }, strict: true });
if (task === 'ner' && values.conll) {
  console.log(evaluateNer(values.conll, { errors: Number(values.errors ?? 0) }));
} else if (task === 'salience' && values.persent) {
  console.log(evaluateSalience(values.persent));
} else if (task === 'sentiment' && values.vader) {
  console.log(evaluateRatings(values.vader, { maximum: 4, classes: true }));
} else if (task === 'sentiment' && values.semeval2007) {
  console.log(evaluateRatings(values.semeval2007, { maximum: 100, classes: false }));
} else if (task === 'sentiment' && values.newsmtsc) {
  console.log(evaluateNewsMtsc(values.newsmtsc));
} else if (task === 'sentiment' && values.persent) {
  console.log(evaluatePerSenT(values.persent));
} else if (task === 'bias' && values.babe) {
  console.log(evaluateBabe(values.babe));
} else if (task === 'bias' && values.basil) {
  console.log(evaluateBasil(values.basil));
} else if (task === 'framing' && values.narrative) {
  console.log(evaluateNarrative(values.narrative));
} else if (task === 'framing' && values.semeval2023) {
  console.log(evaluateSemEval2023(values.semeval2023));
} else {
  console.error(usage);
  process.exit(2);
}
