// npm run eval -- salience --persent PATH
// Is the most salient PERSON the article's main person, as PerSenT's annotators chose it?
// Compared with two simple rankings over the same entities: most mentions, and first mention.
// Every figure on all articles and on the odd and even halves; beside the shipped weights' figure
// (in-sample when PATH is the file they were fitted on), the nested 5-fold cross-validated one
// that scripts/fit-salience.ts recorded in the weights file.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { extractEntities } from 'newslens';
import { fittedModel, halves } from './folds.mjs';

/** The entity names the target person: it contains the target's last name as a word. */
const names = (entity, target) => {
  const surname = target.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return entity.aliases.some((alias) => alias.toLowerCase().split(/\s+/).includes(surname));
};
const fmt = (x) => x.toFixed(3);


export function evaluateSalience(path) {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true });
  const rankings = {
    'newslens salience, shipped weights': (people) => people[0],
    'most mentions (first mention breaks ties)': (people) => [...people].sort((a, b) => b.count - a.count || a.firstMention.start - b.firstMention.start)[0],
    'first mention': (people) => [...people].sort((a, b) => a.firstMention.start - b.firstMention.start)[0],
  };
  const hits = Object.fromEntries(Object.keys(rankings).map((name) => [name, new Array(rows.length).fill(0)]));
  let scored = 0;
  rows.forEach((row, i) => {
    const text = `${row.TITLE}\n\n${row.DOCUMENT}`;
    const people = extractEntities(text).filter((entity) => entity.type === 'PERSON' && entity.count > 0);
    if (people.length === 0) return;
    scored += 1;
    for (const [name, pick] of Object.entries(rankings)) if (names(pick(people), row.TARGET_ENTITY)) hits[name][i] = 1;
  });
  const { odd, even } = halves(rows.length);
  const share = (list, indexes) => fmt(indexes.reduce((sum, i) => sum + list[i], 0) / Math.max(1, indexes.length));
  const cv = fittedModel('salience-weights').crossValidated;
  return [
    `Main-person accuracy on PerSenT: ${path}`,
    `${rows.length} articles, ${scored} with at least one PERSON found; odd and even: articles 1, 3, 5 … and 2, 4, 6 … in file order`,
    '',
    '| ranking | top PERSON is the annotated main entity | odd | even |',
    '|---|---:|---:|---:|',
    ...Object.entries(hits).map(([name, list]) => `| ${name} | ${share(list, rows.map((_, i) => i))} | ${share(list, odd)} | ${share(list, even)} |`),
    `| newslens salience, 5-fold cross-validated, nested (scripts/fit-salience.ts on its ${cv.articles} fitted articles, prior penalty ${cv.strength}); halves: out-of-fold, and each half scored by a fit on the other | ${fmt(cv.accuracy)} | ${fmt(cv.oddArticles)} / ${fmt(cv.oddFittedOnEven)} | ${fmt(cv.evenArticles)} / ${fmt(cv.evenFittedOnOdd)} |`,
    '',
    `Paired on the fitted articles: ${cv.onlyFitted} only the cross-validated salience gets right, ${cv.onlyMostMentions} only most mentions.`,
  ].join('\n');
}
