// A small corpus for the shard, merge and Slurm tests: examples/corpus.jsonl, then short
// generated articles, a line without an id (batch names it FILE:LINE), and lines that fail
// (bad JSON, German text), so that error lines are split and merged too.
import { readFileSync } from 'node:fs';

const PLACES = ['Easthaven', 'Milbrook', 'Carrow Bay', 'Stoneleigh', 'Westmere'];
const PEOPLE = ['Ana Ruiz', 'Peter Okafor', 'Lena Brandt', 'Samuel Reed', 'Grace Tan'];
const TOPICS = [
  ['library', 'opening hours', 'welcomed the decision'],
  ['bus service', 'timetable cuts', 'criticised the plan'],
  ['school', 'new science wing', 'praised the builders'],
  ['hospital', 'waiting times', 'warned of a crisis'],
];

/** A short English news article, different for each `k`. */
function generated(k: number): string {
  const place = PLACES[k % PLACES.length] as string;
  const person = PEOPLE[(k * 3) % PEOPLE.length] as string;
  const [subject, issue, reaction] = TOPICS[k % TOPICS.length] as string[];
  return [
    `${place} ${subject} faces questions over ${issue}`,
    `The council in ${place} met on Tuesday to discuss the ${subject} and its ${issue}, after residents sent ${k + 12} letters in a week.`,
    `"We have listened to the people of ${place}," said ${person}, who chairs the committee. Local groups ${reaction} and said they would keep watching the budget.`,
  ].join('\n\n');
}

/** The corpus as JSONL, every line ending in a newline; `generatedArticles` short articles after the examples. */
export function shardCorpus(generatedArticles = 20): string {
  const examples = readFileSync(new URL('../examples/corpus.jsonl', import.meta.url), 'utf8').trimEnd().split('\n');
  const lines = [...examples];
  for (let k = 0; k < generatedArticles; k += 1) lines.push(JSON.stringify({ id: `gen-${k + 1}`, outlet: k % 2 ? 'Valley Post' : 'Coastal Herald', text: generated(k) }));
  lines.push(JSON.stringify({ title: 'No id', text: generated(99) }));
  lines.push('{"id": "broken", "text": ');
  lines.push(JSON.stringify({ id: 'german', text: 'Die Bundesregierung will in der kommenden Woche über das neue Gesetz entscheiden. Wie ein Sprecher am Montag in Berlin sagte, sind die Gespräche mit den Ländern weit fortgeschritten, und eine Einigung ist nah.' }));
  return `${lines.join('\n')}\n`;
}
