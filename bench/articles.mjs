// The texts the bench reads. Real news when the data sets are beside the repository (100
// narrative-frames and 100 BASIL articles); otherwise the bundled examples. And, for the batch
// rows, a generator of multi-paragraph news articles of real length (about 3,000–5,000
// characters; the narrative-frames articles' median is 3,945), each one different: a headline,
// a dateline, named people, organisations and places, quotations with their speakers, figures.
import { existsSync, readFileSync } from 'node:fs';

const data = (path) => new URL(`../../shared/data/${path}`, import.meta.url);
const framesPath = data('framing/narrative-frames-dev.jsonl');
const basilPath = data('bias/basil-dev.jsonl');

export const bundledArticle = readFileSync(new URL('../fixtures/soleimani-us-israel.txt', import.meta.url), 'utf8');
const records = (url) => readFileSync(url, 'utf8').split('\n').filter((line) => line.trim()).flatMap((line) => {
  try {
    return [JSON.parse(line)];
  } catch {
    return [];
  }
});
const bundledExamples = () => records(new URL('../examples/corpus.jsonl', import.meta.url)).map((row) => row.text).filter(Boolean);

/**
 * 200 real articles and what they are: 100 narrative-frames articles and 100 BASIL articles
 * (BASIL's sentences grouped back into articles: title, blank line, paragraphs); the bundled
 * article and examples when the data sets are absent.
 */
export function realArticles() {
  if (!existsSync(framesPath) || !existsSync(basilPath)) {
    return { texts: [bundledArticle, ...bundledExamples()], source: 'the bundled article and examples/corpus.jsonl (../shared/data is absent, so not the 200 real articles)' };
  }
  const basil = new Map();
  for (const { article, text } of records(basilPath)) basil.set(article, [...(basil.get(article) ?? []), text]);
  const fromBasil = [...basil.values()].slice(0, 100).map(([title, ...paragraphs]) => `${title}\n\n${paragraphs.join('\n\n')}`);
  const fromFrames = records(framesPath).slice(0, 100).map((record) => record.text);
  return { texts: [...fromFrames, ...fromBasil], source: `${fromFrames.length} narrative-frames and ${fromBasil.length} BASIL articles` };
}

const PEOPLE = ['Maria Lopez', 'James Carter', 'Aisha Bello', 'Tomasz Nowak', 'Hannah Weiss', 'Daniel Kim', 'Fatima Haddad', 'Robert Gallagher', 'Priya Raman', 'Oliver Hughes', 'Elena Petrova', 'Samuel Osei'];
const ROLES = ['the finance minister', 'a spokesman for the ministry', 'the mayor', 'an economist at the central bank', 'the opposition leader', 'a union representative', 'the chief executive', 'a senior official'];
const ORGANISATIONS = ['the European Commission', 'the Treasury', 'the National Health Service', 'Reuters', 'the United Nations', 'the World Bank', 'Greenpeace', 'the Federal Reserve', 'Amnesty International', 'the Labour Party'];
const PLACES = ['London', 'Brussels', 'Washington', 'Nairobi', 'Berlin', 'Madrid', 'Toronto', 'Manila', 'Lagos', 'Warsaw', 'Melbourne', 'Chicago'];
const TOPICS = [
  { subject: 'the budget', issue: 'spending cuts', act: 'announced a plan to reduce spending on public services', effect: 'schools and hospitals would bear the brunt' },
  { subject: 'the strike', issue: 'pay and working hours', act: 'called a national strike over pay', effect: 'trains and buses would stop for three days' },
  { subject: 'the floods', issue: 'emergency funding', act: 'declared a state of emergency after heavy rain', effect: 'thousands of families had lost their homes' },
  { subject: 'the trade deal', issue: 'tariffs on steel', act: 'signed a trade agreement after months of talks', effect: 'factories could hire again within a year' },
  { subject: 'the election', issue: 'voter turnout', act: 'promised a recount in several districts', effect: 'the result might not be known for weeks' },
  { subject: 'the vaccine', issue: 'supply delays', act: 'approved a new vaccine for children', effect: 'clinics would start giving doses next month' },
];
const REACTIONS = ['welcomed the decision', 'criticised the plan as reckless', 'warned that the measures would hurt the poorest', 'said the move was long overdue', 'called for an independent inquiry', 'accused the government of breaking its promises'];

const QUOTES = [
  (place, issue) => `"We cannot go on like this. The people of ${place} deserve a clear answer about ${issue}, and they deserve it now`,
  (place, issue) => `"Nobody in ${place} was asked about ${issue} before the decision was taken, and that is simply wrong`,
  (place, issue) => `"The evidence on ${issue} is clear, and we will publish every figure so that the people of ${place} can judge for themselves`,
  (place, issue) => `"I have spent twenty years in ${place} and I have never seen anger like this over ${issue}`,
];
const BACKGROUND = [
  (subject, place) => `The dispute over ${subject} began last spring, when a report by independent auditors found that money promised to ${place} had been spent elsewhere. Several officials resigned, and an inquiry is due to report before the end of the year.`,
  (subject, place) => `Opinion polls suggest that voters are split on ${subject}: about half support the government's approach, while many in ${place} say they have seen little change in their daily lives.`,
  (subject, place) => `Business groups in ${place} have lobbied hard on ${subject}, arguing that uncertainty is driving investment abroad. Smaller firms say they cannot plan beyond the next few months.`,
];

const pick = (list, k) => list[k % list.length];
const capitalised = (words) => `${words[0].toUpperCase()}${words.slice(1)}`;

/** Article `k` of the generated corpus: 12 to 21 paragraphs, different for every k. */
export function generatedArticle(k) {
  const topic = pick(TOPICS, k);
  const place = pick(PLACES, k * 5 + 1);
  const speaker = (j) => pick(PEOPLE, k * 7 + j * 5);
  const organisation = (j) => pick(ORGANISATIONS, k * 3 + j * 7);
  const figure = 1000 + ((k * 7919) % 90000);
  const paragraphs = [
    `${place} faces new questions over ${topic.issue} as ${topic.subject} divides opinion`,
    `${place.toUpperCase()} (Reuters) - ${speaker(0)}, ${pick(ROLES, k)}, ${topic.act} on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], k)}, saying that ${topic.effect}.`,
  ];
  const rounds = 3 + (k % 4);
  for (let j = 1; j <= rounds; j += 1) {
    paragraphs.push(
      `${pick(QUOTES, k + j)(place, topic.issue)}," said ${speaker(j)}, ${pick(ROLES, k + j)}. ${capitalised(organisation(j))} ${pick(REACTIONS, k + j)}, according to a statement released late on ${pick(['Sunday', 'Monday', 'Friday'], k + j)}.`,
      pick(BACKGROUND, k + j)(topic.subject, pick(PLACES, k + j * 2)),
      `Figures published by ${organisation(j + 1)} show that ${figure + j * 137} people were affected in ${pick(PLACES, k + j * 3)} alone, up ${(j * 3 + (k % 11)) % 40 + 2} percent on last year. Critics argued that the numbers understated the problem, while ${speaker(j + 2)} insisted the government had acted quickly and fairly.`,
    );
  }
  paragraphs.push(`${speaker(rounds + 3)} told reporters that talks with ${organisation(rounds + 2)} would resume next week in ${pick(PLACES, k + 7)}. "Nobody wants a long dispute," ${pick(['she', 'he'], k)} said. Analysts expect ${topic.subject} to dominate the debate for months.`);
  return paragraphs.join('\n\n');
}
