import { type ArticleAnalysis, type FrameScore, isNamedEntity } from 'newslens';
import { count, ENTITY_TONE, entityTone, formatScore, formatSigned, SECTION_NUMBERING, sectionNumber } from './wording.js';

/** A table cell: pipes and line breaks would break the row. */
const cell = (value: unknown): string => String(value ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (header: string[], rows: unknown[][]): string => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
const present = (frames: FrameScore[]): string => frames.filter((frame) => frame.present).map((frame) => `${frame.frame} ${frame.score.toFixed(2)}`).join(', ') || 'none';

/** The analysis as a Markdown report a person reads: structure, sentiment, entities, bias markers, frames. */
export function toMarkdown(analysis: ArticleAnalysis): string {
  const { structure, stats, sentiment, bias, framing } = analysis;
  const out: string[] = [`# ${cell(structure.title?.text ?? '(untitled)')}`, ''];
  if (structure.subtitle) out.push(`_${cell(structure.subtitle.text)}_`, '');
  const counts = [count(stats.words, 'word'), count(stats.sentences, 'sentence'), count(stats.paragraphs, 'paragraph'), count(stats.sections, 'section'), count(stats.boilerplate, 'boilerplate line')];
  out.push(`${counts.join(', ')} left out.`, '');
  out.push('## Sections', '', SECTION_NUMBERING, '', table(['#', 'heading', 'offsets', 'paragraphs'], structure.sections.map((section, index) => [sectionNumber(index), section.heading?.text ?? '(lead)', `${section.start}–${section.end}`, section.paragraphs.length])), '');
  if (sentiment) {
    out.push('## Sentiment', '', `Article ${formatScore(sentiment.article.score)} (${sentiment.article.label}); headline minus body ${sentiment.headlineVsBody === null ? 'n/a' : formatSigned(sentiment.headlineVsBody)}.`, '');
    out.push(table(['part', 'section', 'score', 'label', 'strongest words'], sentiment.parts.map((part) => [part.part, part.section === null ? '' : sectionNumber(part.section), formatScore(part.sentiment.score), part.sentiment.label, [...new Set(part.sentiment.evidence.map((item) => item.text))].slice(0, 5).join(', ')])), '');
  }
  const named = analysis.entities.filter(isNamedEntity);
  const entityRow = (entity: (typeof named)[number]): unknown[] => {
    const tone = entity.sentiment ? entityTone(entity.sentiment) : undefined;
    return [entity.name, entity.type, entity.count, entity.salience.toFixed(2), tone && `${tone.score} ${tone.label}`, tone?.likeliest];
  };
  out.push('## Entities', '', `Most salient first. ${ENTITY_TONE}`, '', table(['name', 'type', 'count', 'salience', 'tone', 'likeliest class'], named.map(entityRow)), '');
  if (bias) {
    out.push('## Bias markers', '', `Score ${bias.score.toFixed(2)} (0..1), ${count(bias.markers.length, 'marker')}.`, '');
    out.push(table(['offsets', 'category', 'text', 'why', 'list'], bias.markers.map((marker) => [`${marker.start}–${marker.end}`, marker.category, marker.text, marker.explanation, marker.lexicon.id])), '');
  }
  if (framing) {
    out.push('## Frames', '', `Generic: ${present(framing.generic)}. Policy: ${present(framing.policy)}.`, '');
    out.push(table(['scope', 'generic frames present', 'policy frames present'], [['article', present(framing.generic), present(framing.policy)], ...framing.sections.map((section) => [section.heading ?? '(lead)', present(section.generic), present(section.policy)])]), '');
  }
  return out.join('\n');
}

