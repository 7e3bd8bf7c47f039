import { stringify } from 'csv-stringify/sync';
import { type ArticleAnalysis, type Framing, isNamedEntity } from 'newslens';
import { entityVoices, findingVoice, quotedShareOf, quotesOf, quoteWords } from './voices.js';

/** What batch input says about an article besides its text. */
export interface ArticleMeta {
  id: string;
  title?: string;
  outlet?: string;
  date?: string;
  url?: string;
}

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/**
 * The tidy tables of `newslens batch --tables DIR` (docs/CLI.md documents every column). One row
 * per observation, every row keyed by `article_id`, so `read.csv` and `pandas.read_csv` join them.
 */
export const TABLES = {
  articles: ['article_id', 'title', 'outlet', 'date', 'url', 'characters', 'words', 'sentences', 'paragraphs', 'sections', 'sentiment_score', 'sentiment_label', 'headline_minus_body', 'bias_score', 'bias_markers', 'generic_frames', 'policy_frames'],
  sections: ['article_id', 'section', 'heading', 'start', 'end', 'paragraphs', 'sentiment_score', 'sentiment_label', 'bias_score'],
  sentences: ['article_id', 'sentence', 'start', 'end', 'part', 'section', 'sentiment_score', 'sentiment_label', 'bias_score', 'bias_markers', 'quoted_share', 'text'],
  entities: ['article_id', 'entity', 'type', 'name', 'count', 'salience', 'sentiment_score', 'sentiment_label', 'writer_tone', 'quoted_tone', 'quotes', 'quoted_words', 'aliases', 'party', 'state'],
  mentions: ['article_id', 'entity', 'start', 'end', 'text', 'sentence', 'section', 'role', 'boilerplate'],
  markers: ['article_id', 'sentence', 'start', 'end', 'text', 'category', 'type', 'attributed', 'negated', 'voice', 'quote_id', 'lexicon', 'explanation'],
  frames: ['article_id', 'scope', 'section', 'scheme', 'frame', 'score', 'present', 'cues', 'first_cues'],
  quotes: ['article_id', 'quote_id', 'kind', 'speaker', 'speaker_type', 'cue', 'cue_loaded', 'start', 'end', 'words', 'text'],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** A table's rows as CSV text through csv-stringify, with booleans as `true`/`false` rather than `1`/empty; no rows and a header give the header line. */
export const tableCsv = (name: TableName, rows: Row[], header: boolean): string => stringify(rows, { header, columns: [...TABLES[name]], cast: { boolean: (value: boolean) => (value ? 'true' : 'false') } });

/** Every table's rows for one article. */
export function tableRows(meta: ArticleMeta, analysis: ArticleAnalysis): Record<TableName, Row[]> {
  const article_id = meta.id;
  const present = (frames: { frame: string; present: boolean }[] | undefined): string => (frames ?? []).filter((frame) => frame.present).map((frame) => frame.frame).join('|');
  const bodyOf = <Part extends { part: string; section: number | null }>(parts: Part[] | undefined, section: number): Part | undefined => parts?.find((part) => part.part === 'body' && part.section === section);
  const sentenceBias = new Map((analysis.bias?.sentences ?? []).map((sentence) => [sentence.sentence, sentence]));
  const frameRows = (scope: 'article' | 'section', section: number | null, framing: Framing): Row[] =>
    (['generic', 'policy', 'custom'] as const).flatMap((scheme) =>
      framing[scheme].map((frame) => ({ article_id, scope, section, scheme, frame: frame.frame, score: frame.score, present: frame.present, cues: frame.evidence.length, first_cues: [...new Set(frame.evidence.map((cue) => cue.text))].slice(0, 5).join('|') })),
    );
  const named = analysis.entities.filter(isNamedEntity);
  const quotes = quotesOf(analysis);
  const contents = quotes?.flatMap((quote) => quote.content) ?? [];
  return {
    articles: [
      {
        article_id,
        title: meta.title ?? analysis.structure.title?.text ?? null,
        outlet: meta.outlet ?? null,
        date: meta.date ?? null,
        url: meta.url ?? null,
        characters: analysis.stats.characters,
        words: analysis.stats.words,
        sentences: analysis.stats.sentences,
        paragraphs: analysis.stats.paragraphs,
        sections: analysis.stats.sections,
        sentiment_score: analysis.sentiment?.article.score ?? null,
        sentiment_label: analysis.sentiment?.article.label ?? null,
        headline_minus_body: analysis.sentiment?.headlineVsBody ?? null,
        bias_score: analysis.bias?.score ?? null,
        bias_markers: analysis.bias?.markers.length ?? null,
        generic_frames: analysis.framing ? present(analysis.framing.generic) : null,
        policy_frames: analysis.framing ? present(analysis.framing.policy) : null,
      },
    ],
    sections: analysis.structure.sections.map((section, index) => {
      const sentiment = bodyOf(analysis.sentiment?.parts, index)?.sentiment;
      return {
        article_id,
        section: index,
        heading: section.heading?.text ?? null,
        start: section.start,
        end: section.end,
        paragraphs: section.paragraphs.length,
        sentiment_score: sentiment?.score ?? null,
        sentiment_label: sentiment?.label ?? null,
        bias_score: bodyOf(analysis.bias?.parts, index)?.score ?? null,
      };
    }),
    sentences: analysis.sentences.map((sentence) => ({
      article_id,
      sentence: sentence.index,
      start: sentence.start,
      end: sentence.end,
      part: sentence.part,
      section: sentence.section,
      sentiment_score: sentence.sentiment?.score ?? null,
      sentiment_label: sentence.sentiment?.label ?? null,
      bias_score: sentenceBias.get(sentence.index)?.score ?? null,
      bias_markers: sentenceBias.get(sentence.index)?.markers.length ?? null,
      quoted_share: quotes ? quotedShareOf(sentence, contents) : null,
      text: sentence.text,
    })),
    entities: named.map((entity) => {
      const voices = entityVoices(entity);
      return {
        article_id,
        entity: entity.id,
        type: entity.type,
        name: entity.name,
        count: entity.count,
        salience: entity.salience,
        sentiment_score: entity.sentiment?.score ?? null,
        sentiment_label: entity.sentiment?.label ?? null,
        writer_tone: voices?.writer?.score ?? null,
        quoted_tone: voices?.quoted?.score ?? null,
        quotes: voices?.quotes ?? null,
        quoted_words: voices?.quotedWords ?? null,
        aliases: entity.aliases.join('|'),
        party: entity.party ?? null,
        state: entity.state ?? null,
      };
    }),
    mentions: named.flatMap((entity) => entity.mentions.map((mention) => ({ article_id, entity: entity.id, start: mention.start, end: mention.end, text: mention.text, sentence: mention.sentence, section: mention.section, role: mention.role ?? null, boilerplate: mention.boilerplate === true }))),
    markers: (analysis.bias?.sentences ?? []).flatMap(({ sentence, markers }) =>
      markers.map((marker) => {
        const voice = findingVoice(marker);
        return { article_id, sentence, start: marker.start, end: marker.end, text: marker.text, category: marker.category, type: marker.type, attributed: marker.attributed === true, negated: marker.negated === true, voice: voice?.voice ?? null, quote_id: voice?.quote ?? null, lexicon: marker.lexicon.id, explanation: marker.explanation };
      }),
    ),
    frames: analysis.framing ? [...frameRows('article', null, analysis.framing), ...analysis.framing.sections.flatMap((section) => frameRows('section', section.section, section))] : [],
    // The speaker is the entity's id where the source is resolved (it joins entities.csv), else the source's words.
    quotes: (quotes ?? []).map((quote) => ({ article_id, quote_id: quote.id, kind: quote.kind, speaker: quote.speaker ?? quote.source?.text ?? null, speaker_type: quote.speakerType, cue: quote.cue?.lemma ?? null, cue_loaded: quote.cue ? quote.cue.loaded : null, start: quote.start, end: quote.end, words: quoteWords(quote), text: quote.text })),
  };
}
