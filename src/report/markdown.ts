import { type ArticleAnalysis, type FrameScore, isNamedEntity } from 'newslens';
import { articleVoices, findingVoice, quoteSpeakers, quotesOf, quoteWords, SPEAKER_TYPES, speakerLabel } from './voices.js';
import { count, ENTITY_TONE, entityTone, formatScore, formatSigned, percent, SECTION_NUMBERING, sectionNumber } from './wording.js';

/** A table cell: no line break, no pipe, and no `<` for a renderer that allows HTML to take for a tag. */
export const cell = (value: unknown): string => String(value ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s*\n\s*/g, ' ');
export const table = (header: string[], rows: unknown[][]): string => [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
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
    return [entity.name, entity.type, entity.count, entity.salience.toFixed(2), tone && `${tone.score} ${tone.label}`];
  };
  out.push('## Entities', '', `Most salient first. ${ENTITY_TONE}`, '', table(['name', 'type', 'count', 'salience', 'tone'], named.map(entityRow)), '');
  out.push(...whoSpeaks(analysis));
  if (bias) {
    out.push('## Bias markers', '', `Score ${bias.score.toFixed(2)} (0..1), ${count(bias.markers.length, 'marker')}.`, '');
    // The voice column appears once the analysis says whose words each marker is in.
    const voiced = bias.markers.some((marker) => findingVoice(marker));
    const voiceOf = (marker: (typeof bias.markers)[number]): string => {
      const voice = findingVoice(marker);
      return voice?.quote ? `${voice.voice} (${voice.quote})` : (voice?.voice ?? '');
    };
    out.push(table(['offsets', 'category', 'text', 'why', 'list', ...(voiced ? ['voice'] : [])], bias.markers.map((marker) => [`${marker.start}–${marker.end}`, marker.category, marker.text, marker.explanation, marker.lexicon.id, ...(voiced ? [voiceOf(marker)] : [])])), '');
  }
  if (framing) {
    out.push('## Frames', '', `Generic: ${present(framing.generic)}. Policy: ${present(framing.policy)}.`, '');
    out.push(table(['scope', 'generic frames present', 'policy frames present'], [['article', present(framing.generic), present(framing.policy)], ...framing.sections.map((section) => [section.heading ?? '(lead)', present(section.generic), present(section.policy)])]), '');
  }
  return out.join('\n');
}

/** How many words a quote's first words are. */
const FIRST_WORDS = 8;

/** The first words of a quote's content, with an ellipsis where it goes on. */
function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= FIRST_WORDS ? words.join(' ') : `${words.slice(0, FIRST_WORDS).join(' ')} …`;
}

/** "Who speaks": how much of the article is quoted, by whom, and every quote. Nothing when the analysis has no quotes layer. */
function whoSpeaks(analysis: ArticleAnalysis): string[] {
  const voices = articleVoices(analysis);
  const quotes = quotesOf(analysis);
  if (!voices) return [];
  const out = ['## Who speaks', ''];
  if (voices.quotedWords === 0) return [...out, `No quoted words in ${count(voices.words, 'word')}.`, ''];
  out.push(`${voices.quotedWords} of ${count(voices.words, 'word')} quoted (${percent(voices.quotedShare)}); anonymous sources ${percent(voices.anonymousShare)} of the quoted words.`, '');
  const types = SPEAKER_TYPES.filter((type) => voices.shares[type] > 0).map((type) => `${type} ${percent(voices.shares[type])}`);
  out.push(`Quoted words by speaker type: ${types.join(', ')}.`, '');
  out.push(table(['speaker', 'type', 'quotes', 'words', 'share'], voices.speakers.map((row) => [speakerLabel(row), row.type, row.quotes, row.words, percent(row.share)])), '');
  if (quotes && quotes.length > 0) {
    const speakers = quoteSpeakers(quotes, voices);
    out.push(table(['quote', 'kind', 'speaker', 'cue', 'words', 'first words'], quotes.map((quote) => [quote.id, quote.kind, speakers.get(quote.id), quote.cue?.text ?? '', quoteWords(quote), firstWords(quote.content.map((span) => span.text).join(' … '))])), '');
  }
  return out;
}

