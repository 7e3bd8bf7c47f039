// npm run eval -- salience --persent PATH
// Is the most salient PERSON the article's main person, as PerSenT's annotators chose it?
// Compared with two simple rankings over the same entities: most mentions, and first mention.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { extractEntities } from 'newslens';

/** The entity names the target person: it contains the target's last name as a word. */
const names = (entity, target) => {
  const surname = target.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return entity.aliases.some((alias) => alias.toLowerCase().split(/\s+/).includes(surname));
};

export function evaluateSalience(path) {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_quotes: true });
  const rankings = {
    'newslens salience': (people) => people[0],
    'most mentions': (people) => [...people].sort((a, b) => b.count - a.count || a.firstMention.start - b.firstMention.start)[0],
    'first mention': (people) => [...people].sort((a, b) => a.firstMention.start - b.firstMention.start)[0],
  };
  const hits = Object.fromEntries(Object.keys(rankings).map((name) => [name, 0]));
  let scored = 0;
  for (const row of rows) {
    const text = `${row.TITLE}\n\n${row.DOCUMENT}`;
    const people = extractEntities(text).filter((entity) => entity.type === 'PERSON' && entity.count > 0);
    if (people.length === 0) continue;
    scored += 1;
    for (const [name, pick] of Object.entries(rankings)) if (names(pick(people), row.TARGET_ENTITY)) hits[name] += 1;
  }
  return [
    `Main-person accuracy on PerSenT: ${path}`,
    `${rows.length} articles, ${scored} with at least one PERSON found`,
    '',
    '| ranking | top PERSON is the annotated main entity |',
    '|---|---:|',
    ...Object.entries(hits).map(([name, n]) => `| ${name} | ${(n / rows.length).toFixed(3)} |`),
  ].join('\n');
}
