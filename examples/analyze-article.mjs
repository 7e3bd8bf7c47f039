// Analyses the bundled article (or a file given as the first argument) and prints a summary.
// Run with `npm run demo`, or `node examples/analyze-article.mjs path/to/article.txt`.
import { readFileSync } from 'node:fs';
import { analyze, isNamedEntity } from 'newslens';

const path = process.argv[2] ?? new URL('../fixtures/soleimani-us-israel.txt', import.meta.url);
const analysis = analyze(readFileSync(path, 'utf8'));
const { structure, stats, sentences, entities, sentiment, bias, framing } = analysis;

const short = (text, width = 88) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const at = (span) => `[${span.start}–${span.end}]`;

console.log(`newslens ${analysis.meta.version}: ${stats.words} words, ${stats.sentences} sentences, ${stats.paragraphs} paragraphs\n`);
for (const part of ['kicker', 'title', 'subtitle', 'byline', 'dateline']) {
  const span = structure[part];
  if (span) console.log(`${part.padEnd(9)} ${at(span)} ${short(span.text)}`);
}
console.log(`\n${structure.sections.length} sections`);
structure.sections.forEach((section, index) => {
  const count = sentences.filter((sentence) => sentence.section === index && sentence.part === 'body').length;
  const heading = section.heading ? `“${section.heading.text}”` : '(untitled lead)';
  console.log(`  ${index + 1}. ${heading} ${at(section)}: ${section.paragraphs.length} paragraph(s), ${count} sentence(s)`);
  console.log(`     ${short(section.paragraphs[0]?.text ?? '', 84)}`);
});
console.log(`\n${structure.boilerplate.length} boilerplate line(s), left out of the analysis`);
for (const span of structure.boilerplate) console.log(`  ${at(span)} ${short(span.text)}`);

const signed = (score) => `${score >= 0 ? '+' : ''}${score.toFixed(2)}`;
const words = (score) => [...new Set(score.evidence.map((item) => item.text))].slice(0, 5).join(', ');
console.log(`\nsentiment: article ${signed(sentiment.article.score)} ${sentiment.article.label}, headline minus body ${signed(sentiment.headlineVsBody ?? 0)}`);
for (const part of sentiment.parts) {
  const where = part.section === null ? part.part : `${part.part} of section ${part.section + 1}`;
  console.log(`  ${where.padEnd(21)} ${signed(part.sentiment.score)} ${part.sentiment.label.padEnd(8)} ${short(words(part.sentiment), 60)}`);
}

const counted = Object.entries(bias.counts).filter(([, n]) => n > 0).map(([category, n]) => `${category} ${n}`).join(', ');
console.log(`\nbias: score ${bias.score.toFixed(2)}, ${bias.markers.length} markers (${counted})`);
for (const marker of bias.markers.slice(0, 8)) console.log(`  ${at(marker)} ${marker.category.padEnd(18)} ${short(marker.text, 40).padEnd(40)} ${short(marker.explanation, 60)}`);

const framesOf = (frames) => frames.filter((frame) => frame.present).map((frame) => `${frame.frame} ${frame.score.toFixed(2)}`).join(', ') || 'none';
const cuesOf = (frame) => [...new Set(frame.evidence.map((cue) => cue.text))].slice(0, 6).join(', ');
console.log(`\nframes present (score; the first cues)`);
for (const frame of [...framing.generic, ...framing.policy].filter((item) => item.present)) console.log(`  ${frame.frame.padEnd(36)} ${frame.score.toFixed(2)}  ${short(cuesOf(frame), 60)}`);
for (const part of framing.sections) console.log(`  section ${part.section + 1} ${short(part.heading ?? '(untitled lead)', 38).padEnd(38)} ${short(framesOf(part.generic), 60)}`);

const names = entities.filter(isNamedEntity);
console.log(`\n${names.length} named entities, most salient first (count, salience, tone toward it, forms used)`);
for (const entity of names.slice(0, 12)) {
  const roles = [...new Set(entity.mentions.flatMap((mention) => (mention.role ? [mention.role] : [])))];
  const extra = [entity.aliases.length > 1 ? `as ${entity.aliases.join(' / ')}` : '', roles.length ? `role: ${roles.join(', ')}` : ''].filter(Boolean).join('; ');
  const tone = entity.sentiment ? `${signed(entity.sentiment.score)} ${entity.sentiment.label}` : '';
  console.log(`  ${entity.type.padEnd(7)} ${entity.name.padEnd(18)} ${String(entity.count).padStart(3)}  ${entity.salience.toFixed(2)}  ${tone.padEnd(16)} ${extra}`);
}
const dates = entities.filter((entity) => entity.type === 'DATE').map((entity) => entity.name);
if (dates.length) console.log(`  dates: ${dates.join('; ')}`);
