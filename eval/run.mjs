// The evaluation harness: npm run eval -- TASK --DATASET PATH [--errors N]
// It reads public data sets by path (never copied into this repository) and prints tables.
import { parseArgs } from 'node:util';
import { evaluateNer } from './ner.mjs';
import { evaluateSalience } from './salience.mjs';

const usage = `usage: npm run eval -- TASK --DATASET PATH

  ner --conll PATH [--errors N]   exact-span P/R/F1 per type against a CoNLL-2003-style file;
                                  --errors N also lists the N most frequent mistakes
  salience --persent PATH         is the most salient PERSON PerSenT's main entity?`;

const [task, ...rest] = process.argv.slice(2);
const { values } = parseArgs({ args: rest, options: { conll: { type: 'string' }, errors: { type: 'string' }, persent: { type: 'string' } }, strict: true });
if (task === 'ner' && values.conll) {
  console.log(evaluateNer(values.conll, { errors: Number(values.errors ?? 0) }));
} else if (task === 'salience' && values.persent) {
  console.log(evaluateSalience(values.persent));
} else {
  console.error(usage);
  process.exit(2);
}
