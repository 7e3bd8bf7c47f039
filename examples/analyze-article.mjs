// Analyses an article file given as the first argument (in a clone of newslens, the bundled
// article by default) and prints a summary.
// Run with `npm run demo`, or `node examples/analyze-article.mjs path/to/article.txt`.
import { existsSync, readFileSync } from 'node:fs';
import { analyze, isNamedEntity } from 'newslens';

const bundled = new URL('../fixtures/soleimani-us-israel.txt', import.meta.url);
const path = process.argv[2] ?? (existsSync(bundled) ? bundled : undefined);
if (path === undefined) {
  console.error('Usage: node analyze-article.mjs path/to/article.txt');
  process.exit(2);
}
const analysis = analyze(readFileSync(path, 'utf8'));
const { structure, stats, sentences, entities, sentiment, bias, framing } = analysis;

const short = (text, width = 88) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const at = (span) => `[${span.start}–${span.end}]`;
// "1 section", "6 sections": every count agrees with its noun.
const count = (n, noun, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

console.log(`newslens ${analysis.meta.version}: ${count(stats.words, 'word')}, ${count(stats.sentences, 'sentence')}, ${count(stats.paragraphs, 'paragraph')}\n`);
for (const part of ['kicker', 'title', 'subtitle', 'byline', 'dateline']) {
  const span = structure[part];
  if (span) console.log(`${part.padEnd(9)} ${at(span)} ${short(span.text)}`);
}
// Sections are numbered from 1 for people; `section` in the analysis indexes structure.sections from 0.
console.log(`\n${count(structure.sections.length, 'section')}`);
structure.sections.forEach((section, index) => {
  const body = sentences.filter((sentence) => sentence.section === index && sentence.part === 'body').length;
  const heading = section.heading ? `“${section.heading.text}”` : '(untitled lead)';
  console.log(`  ${index + 1}. ${heading} ${at(section)}: ${count(section.paragraphs.length, 'paragraph')}, ${count(body, 'sentence')}`);
  console.log(`     ${short(section.paragraphs[0]?.text ?? '', 84)}`);
});
console.log(`\n${count(structure.boilerplate.length, 'boilerplate line')}, left out of the analysis`);
for (const span of structure.boilerplate) console.log(`  ${at(span)} ${short(span.text)}`);

// A score's label: positive from 0.05, negative from -0.05 (docs/SENTIMENT.md). A score is written
// to two decimals, or four where two would cross that cut-off (-0.0483 is neutral, -0.05 is not).
const labelOf = (score) => (score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral');
const signed = (score, digits = 2) => {
  const text = score.toFixed(digits);
  return Number(text) > 0 ? `+${text}` : Number(text) === 0 ? (0).toFixed(digits) : text;
};
const scoreText = (score) => (labelOf(Number(signed(score))) === labelOf(score) ? signed(score) : signed(score, 4));
const words = (score) => [...new Set(score.evidence.map((item) => item.text))].slice(0, 5).join(', ');
console.log(`\nsentiment: article ${scoreText(sentiment.article.score)} ${sentiment.article.label}, headline minus body ${signed(sentiment.headlineVsBody ?? 0)}`);
for (const part of sentiment.parts) {
  const where = part.section === null ? part.part : `${part.part} of section ${part.section + 1}`;
  console.log(`  ${where.padEnd(21)} ${scoreText(part.sentiment.score).padEnd(5)} ${part.sentiment.label.padEnd(8)} ${short(words(part.sentiment), 60)}`);
}

const counted = Object.entries(bias.counts).filter(([, n]) => n > 0).map(([category, n]) => `${category} ${n}`).join(', ');
console.log(`\nbias: score ${bias.score.toFixed(2)}, ${count(bias.markers.length, 'marker')} (${counted})`);
for (const marker of bias.markers.slice(0, 8)) console.log(`  ${at(marker)} ${marker.category.padEnd(18)} ${short(marker.text, 40).padEnd(40)} ${short(marker.explanation, 60)}`);

const framesOf = (frames) => frames.filter((frame) => frame.present).map((frame) => `${frame.frame} ${frame.score.toFixed(2)}`).join(', ') || 'none';
const cuesOf = (frame) => [...new Set(frame.evidence.map((cue) => cue.text))].slice(0, 6).join(', ');
console.log(`\nframes present (score; the first cues)`);
for (const frame of [...framing.generic, ...framing.policy].filter((item) => item.present)) console.log(`  ${frame.frame.padEnd(36)} ${frame.score.toFixed(2)}  ${short(cuesOf(frame), 60)}`);
for (const part of framing.sections) console.log(`  section ${part.section + 1} ${short(part.heading ?? '(untitled lead)', 38).padEnd(38)} ${short(framesOf(part.generic), 60)}`);

const names = entities.filter(isNamedEntity);
console.log(`\n${count(names.length, 'named entity', 'named entities')}, most salient first (count, salience, tone toward it, forms used)`);
// An entity's label has cut-offs of its own, chosen to match how readers of whole articles judge
// a person (docs/SENTIMENT.md), so a tone of -0.10 can be neutral toward an entity.
console.log('  tone: the mean tone of the mentions (names and pronouns), −1..1, with the entity’s own label');
for (const entity of names.slice(0, 12)) {
  const roles = [...new Set(entity.mentions.flatMap((mention) => (mention.role ? [mention.role] : [])))];
  const extra = [entity.aliases.length > 1 ? `as ${entity.aliases.join(' / ')}` : '', roles.length ? `role: ${roles.join(', ')}` : ''].filter(Boolean).join('; ');
  const tone = entity.sentiment ? `${signed(entity.sentiment.score)} ${entity.sentiment.label}` : '';
  console.log(`  ${entity.type.padEnd(7)} ${entity.name.padEnd(18)} ${String(entity.count).padStart(3)}  ${entity.salience.toFixed(2)}  ${tone.padEnd(34)} ${extra}`.trimEnd());
}
const dates = entities.filter((entity) => entity.type === 'DATE').map((entity) => entity.name);
if (dates.length) console.log(`  dates: ${dates.join('; ')}`);
