// npm run eval -- ner --conll PATH
// Exact-span precision, recall and F1 per CoNLL type, one extractEntities() call per document.
import { extractEntities } from 'newslens';
import { readConll } from './conll.mjs';

/** newslens types onto CoNLL's four; numeric and temporal types are not scored. */
const TO_CONLL = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  FAC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  WORK_OF_ART: 'MISC',
  LAW: 'MISC',
  LANGUAGE: 'MISC',
};
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

export function evaluateNer(path, { errors = 0 } = {}) {
  const documents = readConll(path);
  extractEntities('Loading the models is not part of the throughput.');
  const counts = Object.fromEntries(TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes = [];
  let tokens = 0;
  let elapsed = 0;
  for (const document of documents) {
    const started = performance.now();
    const entities = extractEntities(document.text);
    elapsed += performance.now() - started;
    tokens += document.tokens;
    const predicted = new Map();
    for (const entity of entities) {
      const type = TO_CONLL[entity.type];
      if (!type) continue;
      for (const mention of entity.mentions) predicted.set(`${mention.start}:${mention.end}`, { ...mention, type });
    }
    const gold = new Map(document.gold.map((entity) => [`${entity.start}:${entity.end}`, entity]));
    for (const [key, entity] of gold) {
      const guess = predicted.get(key);
      if (guess?.type === entity.type) counts[entity.type].tp += 1;
      else {
        counts[entity.type].fn += 1;
        mistakes.push({ kind: guess ? `as ${guess.type}` : 'missed', gold: entity.type, text: entity.text });
      }
    }
    for (const [key, guess] of predicted) {
      if (gold.get(key)?.type !== guess.type) {
        counts[guess.type].fp += 1;
        if (!gold.has(key)) mistakes.push({ kind: 'spurious', gold: '-', text: guess.text, type: guess.type });
      }
    }
  }
  const score = (types) => {
    const sum = types.reduce((acc, type) => ({ tp: acc.tp + counts[type].tp, fp: acc.fp + counts[type].fp, fn: acc.fn + counts[type].fn }), { tp: 0, fp: 0, fn: 0 });
    const precision = sum.tp / (sum.tp + sum.fp || 1);
    const recall = sum.tp / (sum.tp + sum.fn || 1);
    return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1), support: sum.tp + sum.fn };
  };
  const rows = [...TYPES.map((type) => [type, score([type])]), ['PER+ORG+LOC', score(['PER', 'ORG', 'LOC'])], ['all four', score(TYPES)]];
  const lines = [
    `CoNLL-style NER, exact span match: ${path}`,
    `${documents.length} documents, ${tokens} tokens, ${Math.round(tokens / (elapsed / 1000))} tokens/s (extractEntities only)`,
    '',
    '| type | precision | recall | F1 | gold |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(([name, s]) => `| ${name} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.support} |`),
  ];
  if (errors > 0) {
    const tally = new Map();
    for (const m of mistakes) {
      const key = `${m.kind.padEnd(10)} ${m.gold.padEnd(4)} ${m.type ?? ''} ${m.text}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    lines.push('', `most frequent mistakes (${mistakes.length} in all):`, ...[...tally].sort((a, b) => b[1] - a[1]).slice(0, errors).map(([key, n]) => `${String(n).padStart(4)} ${key}`));
  }
  return lines.join('\n');
}
