import { type ArticleAnalysis, type FrameScore, isNamedEntity } from 'newslens';

/** A table cell: pipes and line breaks would break the row. */
const cell = (value: unknown): string => String(value ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (header: string[], rows: unknown[][]): string => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
const signed = (x: number): string => (x >= 0 ? `+${x.toFixed(2)}` : x.toFixed(2));
const present = (frames: FrameScore[]): string => frames.filter((frame) => frame.present).map((frame) => `${frame.frame} ${frame.score.toFixed(2)}`).join(', ') || 'none';

/** The analysis as a Markdown report a person reads: structure, sentiment, entities, bias markers, frames. */
export function toMarkdown(analysis: ArticleAnalysis): string {
  const { structure, stats, sentiment, bias, framing } = analysis;
  const out: string[] = [`# ${cell(structure.title?.text ?? '(untitled)')}`, ''];
  if (structure.subtitle) out.push(`_${cell(structure.subtitle.text)}_`, '');
  out.push(`${stats.words} words, ${stats.sentences} sentences, ${stats.paragraphs} paragraphs, ${stats.sections} sections, ${stats.boilerplate} boilerplate lines left out.`, '');
  out.push('## Sections', '', table(['#', 'heading', 'offsets', 'paragraphs'], structure.sections.map((section, index) => [index + 1, section.heading?.text ?? '(lead)', `${section.start}–${section.end}`, section.paragraphs.length])), '');
  if (sentiment) {
    out.push('## Sentiment', '', `Article ${signed(sentiment.article.score)} (${sentiment.article.label}); headline minus body ${sentiment.headlineVsBody === null ? 'n/a' : signed(sentiment.headlineVsBody)}.`, '');
    out.push(table(['part', 'section', 'score', 'label', 'strongest words'], sentiment.parts.map((part) => [part.part, part.section === null ? '' : part.section + 1, signed(part.sentiment.score), part.sentiment.label, [...new Set(part.sentiment.evidence.map((item) => item.text))].slice(0, 5).join(', ')])), '');
  }
  const named = analysis.entities.filter(isNamedEntity);
  out.push('## Entities', '', table(['name', 'type', 'count', 'salience', 'tone'], named.map((entity) => [entity.name, entity.type, entity.count, entity.salience.toFixed(2), entity.sentiment ? `${signed(entity.sentiment.score)} ${entity.sentiment.label}` : ''])), '');
  if (bias) {
    out.push('## Bias markers', '', `Score ${bias.score.toFixed(2)} (0..1), ${bias.markers.length} markers.`, '');
    out.push(table(['offsets', 'category', 'text', 'why', 'list'], bias.markers.map((marker) => [`${marker.start}–${marker.end}`, marker.category, marker.text, marker.explanation, marker.lexicon.id])), '');
  }
  if (framing) {
    out.push('## Frames', '', `Generic: ${present(framing.generic)}. Policy: ${present(framing.policy)}.`, '');
    out.push(table(['scope', 'generic frames present', 'policy frames present'], [['article', present(framing.generic), present(framing.policy)], ...framing.sections.map((section) => [section.heading ?? '(lead)', present(section.generic), present(section.policy)])]), '');
  }
  return out.join('\n');
}
