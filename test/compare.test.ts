import { describe, expect, it } from 'vitest';
import { readBatchLine } from '../src/cli/records.js';
import { Comparison, renderCompare, type BatchRecord, type CompareRow } from '../src/report/compare.js';
import { CONTENT_SECURITY_POLICY } from '../src/report/html.js';
import { analyze, type ArticleAnalysis } from '../src/index.js';
import { biasVoices } from '../src/report/voices.js';
import { voiceAnalysis, withoutVoices, withVoices } from './voice-fixture.js';

const texts = {
  war: 'Troops clashed with rebels near the border on Monday. The army blamed the rebels for the attack, and the rebels vowed revenge against the government.',
  vote: 'Senator Jane Miller said voters in Ohio will decide the election. Miller praised the campaign and called the result a great victory.',
  economy: 'Prices rose sharply in March as the economy slowed and unemployment climbed. Workers in Ohio said the costs hurt their families.',
  cat: 'The cat slept on the warm windowsill all afternoon.',
};
const analyses = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, analyze(text)])) as Record<keyof typeof texts, ArticleAnalysis>;
const { war, vote, economy, cat } = analyses;

const records: BatchRecord[] = [
  { id: 'd1', outlet: 'Daily', analysis: war },
  { id: 'd2', outlet: 'Daily', analysis: vote },
  { id: 'd3', outlet: 'Daily', analysis: economy },
  { id: 'h1', outlet: 'Herald', analysis: economy },
  { id: 'h2', outlet: 'Herald', analysis: cat },
  { id: 'n1', analysis: cat },
  { id: 'n2', outlet: '', analysis: war },
];

const round = (value: number): number => Math.round(value * 1e4) / 1e4;
const present = (analysis: ArticleAnalysis): string[] => [
  ...(analysis.framing?.generic ?? []).filter((frame) => frame.present).map((frame) => `generic:${frame.frame}`),
  ...(analysis.framing?.policy ?? []).filter((frame) => frame.present).map((frame) => `policy:${frame.frame}`),
];

function compare(by = 'outlet', input = records): CompareRow[] {
  const comparison = new Comparison(by);
  for (const record of input) comparison.add(record);
  return comparison.rows();
}

const pick = (rows: CompareRow[], group: string, measure: string, name = ''): CompareRow | undefined => rows.find((row) => row.group === group && row.measure === measure && row.name === name);

describe('Comparison', () => {
  const rows = compare();

  it('reads the frames the test texts are built on', () => {
    expect(present(war)).toEqual(expect.arrayContaining(['generic:conflict', 'policy:political']));
    expect(present(vote)).toEqual(expect.arrayContaining(['policy:political']));
    expect(present(vote)).not.toContain('generic:conflict');
    expect(present(economy)).toEqual(expect.arrayContaining(['generic:economic_consequences']));
    expect(present(economy)).not.toContain('policy:political');
    expect(present(cat)).toEqual(['policy:other']);
  });

  it('gives the share of a group’s articles each frame is present in, for every frame of both schemes', () => {
    expect(pick(rows, 'Daily', 'frame_share', 'generic:conflict')).toEqual({ group: 'Daily', measure: 'frame_share', name: 'generic:conflict', value: 0.3333, articles: 3 });
    expect(pick(rows, 'Daily', 'frame_share', 'policy:political')).toEqual({ group: 'Daily', measure: 'frame_share', name: 'policy:political', value: 0.6667, articles: 3 });
    expect(pick(rows, 'Herald', 'frame_share', 'generic:conflict')?.value).toBe(0);
    expect(pick(rows, 'Herald', 'frame_share', 'generic:economic_consequences')?.value).toBe(0.5);
    expect(pick(rows, 'Herald', 'frame_share', 'policy:other')).toMatchObject({ value: 0.5, articles: 2 });
    expect(rows.filter((row) => row.group === 'Daily' && row.measure === 'frame_share')).toHaveLength(5 + 15);
  });

  it('gives the mean article tone and bias score', () => {
    expect(pick(rows, 'Daily', 'article_tone')).toEqual({ group: 'Daily', measure: 'article_tone', name: '', value: round((war.sentiment!.article.score + vote.sentiment!.article.score + economy.sentiment!.article.score) / 3), articles: 3 });
    expect(pick(rows, 'Daily', 'article_tone')?.value).toBe(-0.5);
    expect(pick(rows, 'Herald', 'bias_score')).toMatchObject({ value: round((economy.bias!.score + cat.bias!.score) / 2), articles: 2 });
  });

  it('pools bias markers per 100 words over the group: all markers over all words', () => {
    const markers = war.bias!.counts.reporting + vote.bias!.counts.reporting + economy.bias!.counts.reporting;
    expect(markers).toBe(3);
    const words = war.stats.words + vote.stats.words + economy.stats.words;
    expect(words).toBe(68);
    expect(pick(rows, 'Daily', 'marker_rate', 'reporting')).toEqual({ group: 'Daily', measure: 'marker_rate', name: 'reporting', value: 4.4118, articles: 3 });
    expect(rows.filter((row) => row.group === 'Daily' && row.measure === 'marker_rate').map((row) => row.name)).toEqual(Object.keys(war.bias!.counts));
  });

  it('gives the tone toward the group’s most mentioned named entities, averaged over the articles naming each', () => {
    const ohio = (analysis: ArticleAnalysis): number => analysis.entities.find((entity) => entity.name === 'Ohio')!.sentiment!.score;
    expect(pick(rows, 'Daily', 'entity_tone', 'GPE:ohio')).toEqual({ group: 'Daily', measure: 'entity_tone', name: 'GPE:ohio', value: round((ohio(vote) + ohio(economy)) / 2), articles: 2 });
    expect(pick(rows, 'Daily', 'entity_tone', 'PERSON:jane-miller')).toMatchObject({ articles: 1 });
    expect(rows.filter((row) => row.measure === 'entity_tone').every((row) => !/^(DATE|CARDINAL|TIME|DURATION|ORDINAL|MONEY|PERCENT):/.test(row.name))).toBe(true);
  });

  it('keeps only the ten most mentioned entities, the most mentioned first', () => {
    const cities = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Lisbon', 'Dublin', 'Oslo', 'Athens', 'Cairo'];
    const many = analyze(cities.map((city, index) => `Officials in ${city} welcomed the plan. `.repeat(12 - index)).join(''));
    expect(many.entities.filter((entity) => entity.type === 'GPE').map((entity) => [entity.name, entity.count])).toEqual(cities.map((city, index) => [city, 12 - index]));
    const tone = compare('outlet', [{ id: 'x', outlet: 'Wire', analysis: many }]).filter((row) => row.measure === 'entity_tone');
    expect(tone.map((row) => row.name)).toEqual(cities.slice(0, 10).map((city) => `GPE:${city.toLowerCase()}`));
  });

  it('groups a record without the field, or with it empty, as (none), after the named groups', () => {
    expect([...new Set(rows.map((row) => row.group))]).toEqual(['Daily', 'Herald', '(none)']);
    expect(pick(rows, '(none)', 'article_tone')?.articles).toBe(2);
    expect(pick(rows, '(none)', 'frame_share', 'generic:conflict')?.value).toBe(0.5);
  });

  it('groups by any top-level field', () => {
    const byId = compare('id');
    expect(pick(byId, 'd1', 'frame_share', 'generic:conflict')?.value).toBe(1);
    expect(pick(byId, 'h2', 'frame_share', 'policy:other')?.value).toBe(1);
    expect(() => compare('analysis')).toThrow('record "d1": its analysis is an object; compare groups by a field holding text or a number');
  });

  it('keeps totals, not analyses: a record changed after add() does not change the rows', () => {
    const copy = structuredClone(war);
    const comparison = new Comparison('outlet');
    comparison.add({ id: 'a', outlet: 'Daily', analysis: copy });
    const before = comparison.rows();
    copy.sentiment!.article.score = 1;
    copy.framing!.generic.forEach((frame) => (frame.present = false));
    expect(comparison.rows()).toEqual(before);
  });

  it('leaves out the measures of skipped analyses', () => {
    const skipped = analyze(texts.war, { skip: ['sentiment', 'framing'] });
    const measures = new Set(compare('outlet', [{ id: 's', outlet: 'Lite', analysis: skipped }]).map((row) => row.measure));
    // The writer's bias comes with the bias analysis once the library gives bias by voice; quotes are always read.
    const writer = biasVoices(skipped) ? ['writer_bias_score', 'writer_lexical_rate', 'writer_marker_rate'] : [];
    expect([...measures]).toEqual(['bias_score', 'marker_rate', ...writer, 'quoted_share', 'anonymous_share', 'speaker_type_share']);
  });
});

describe('Comparison of voices', () => {
  const plain = withVoices(voiceAnalysis);
  const harsher = withVoices(voiceAnalysis, { writerScore: 0.4 });
  (harsher.bias as unknown as { voices: { writer: { counts: Record<string, number> } } }).voices.writer.counts.evaluative = 1;
  const old = withoutVoices(voiceAnalysis) as Partial<ArticleAnalysis>;
  delete old.quotes;
  const rows = compare('outlet', [
    { id: 'v1', outlet: 'Voiced', analysis: plain },
    { id: 'v2', outlet: 'Voiced', analysis: harsher },
    { id: 'c1', outlet: 'Library', analysis: voiceAnalysis },
    { id: 'o1', outlet: 'Old', analysis: old as ArticleAnalysis },
  ]);
  const of = (group: string, measures: string[]): CompareRow[] => rows.filter((row) => row.group === group && measures.includes(row.measure));
  const voiceMeasures = ['quoted_share', 'anonymous_share', 'speaker_type_share'];

  it('gives the share of words quoted, of quoted words anonymous, and of quoted words by speaker type, pooled over the group', () => {
    const expected = (group: string, articles: number): CompareRow[] => [
      { group, measure: 'quoted_share', name: '', value: 0.5217, articles },
      { group, measure: 'anonymous_share', name: '', value: 0.25, articles },
      ...[['person', 0.75], ['organization', 0], ['anonymous', 0.25], ['document', 0], ['unknown', 0]].map(([name, value]) => ({ group, measure: 'speaker_type_share' as const, name: name as string, value: value as number, articles })),
    ];
    expect(of('Voiced', voiceMeasures)).toEqual(expected('Voiced', 2));
    // The library's own analysis.voices, as analyze() makes it.
    expect(of('Library', voiceMeasures)).toEqual(expected('Library', 1));
  });

  it('gives the mean bias score of the writer’s own words and its markers per 100 of them, from bias by voice, and nothing without it', () => {
    expect(pick(rows, 'Voiced', 'writer_bias_score')).toEqual({ group: 'Voiced', measure: 'writer_bias_score', name: '', value: 0.3, articles: 2 });
    expect(pick(rows, 'Voiced', 'writer_marker_rate', 'evaluative')).toEqual({ group: 'Voiced', measure: 'writer_marker_rate', name: 'evaluative', value: 4.5455, articles: 2 });
    expect(pick(rows, 'Voiced', 'writer_marker_rate', 'reporting')?.value).toBe(0);
    expect(pick(rows, 'Voiced', 'writer_lexical_rate')).toEqual({ group: 'Voiced', measure: 'writer_lexical_rate', name: '', value: 0, articles: 2 });
    expect(of('Old', ['writer_bias_score', 'writer_marker_rate'])).toEqual([]);
  });

  it('leaves the voice measures out for records made before quotes were read', () => {
    expect(rows.filter((row) => row.group === 'Old').map((row) => row.measure)).not.toEqual(expect.arrayContaining(['quoted_share']));
    expect(of('Old', [...voiceMeasures, 'writer_bias_score', 'writer_marker_rate'])).toEqual([]);
    expect(pick(rows, 'Old', 'bias_score')).toBeDefined();
  });

  it('charts who speaks and the writer’s own words on the page', () => {
    const html = renderCompare(rows, 'outlet');
    expect(html).toContain('<h2>Who speaks</h2>');
    expect(html).toContain('aria-label="Share of the words quoted"');
    expect(html).toContain('aria-label="Anonymous sources"');
    expect(html).toContain('aria-label="Quoted words of person speakers"');
    expect(html).not.toContain('aria-label="Quoted words of document speakers"');
    expect(html).toContain('<title>Voiced: 0.52 (2 articles)</title>');
    expect(html).toContain('<h2>The writer’s own words</h2>');
    expect(html).toContain('aria-label="Mean bias score of the writer’s own words"');
    expect(html).toContain('<title>Voiced: 4.55 (2 articles)</title>');
  });
});


describe('readBatchLine()', () => {
  it('reads a success line, and skips failure and blank lines', () => {
    const line = JSON.stringify({ id: 'd1', outlet: 'Daily', analysis: war });
    expect(readBatchLine(line, 1)).toEqual({ id: 'd1', outlet: 'Daily', analysis: war });
    expect(readBatchLine('{"id":null,"line":3,"error":"bad JSON"}', 2)).toBeNull();
    expect(readBatchLine('{"id":"a.txt","source":"a.txt","line":null,"error":"empty text"}', 3)).toBeNull();
    expect(readBatchLine('  ', 4)).toBeNull();
  });

  it('says which line is not batch output', () => {
    expect(() => readBatchLine('{"id":', 7)).toThrow(/^line 7: not JSON/);
    expect(() => readBatchLine('[1]', 8)).toThrow('line 8: expected a JSON object from newslens batch');
    expect(() => readBatchLine('{"id":"x"}', 9)).toThrow('line 9: expected an id and an analysis, or an error');
  });
});

describe('renderCompare()', () => {
  const hostile = compare('outlet', [
    { id: 'a', outlet: '<script>alert(1)</script>', analysis: vote },
    { id: 'b', outlet: 'Herald "&" Co', analysis: war },
  ]);
  const html = renderCompare(hostile, 'outlet<b>');

  it('is one self-contained page: the strict policy, no script, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="http|href="http|@import|url\(/i);
  });

  it('escapes group names and the field name', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Herald &quot;&amp;&quot; Co');
    expect(html).toContain('by outlet&lt;b&gt;');
    expect(html).not.toContain('outlet<b>');
  });

  it('charts frames present somewhere, every marker category and each group’s entities', () => {
    expect(html).toContain('aria-label="generic: conflict"');
    expect(html).toContain('aria-label="policy: political"');
    expect(html).not.toContain('aria-label="policy: other"');
    expect(html).toContain('aria-label="reporting"');
    expect(html).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;: tone toward its most mentioned entities"');
    expect(html).toContain('PERSON:jane-miller');
  });
});
