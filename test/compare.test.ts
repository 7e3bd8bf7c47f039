import { describe, expect, it } from 'vitest';
import { readBatchLine } from '../src/cli/records.js';
import { bootstrapInterval, DEFAULT_RESAMPLES, DEFAULT_SEED } from '../src/report/bootstrap.js';
import { Comparison, type BatchRecord, type CompareOptions, type CompareRow, DEFAULT_MIN_MENTIONS } from '../src/report/compare.js';
import { compareMarkdown } from '../src/report/compare-markdown.js';
import { renderCompare } from '../src/report/compare-page.js';
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
/** The interval compare gives values of articles (a mean, or with denominators a pooled ratio times `scale`), rounded as it writes it. */
const interval = (numerators: number[], denominators?: number[], scale = 1): { low: number; high: number } => {
  const { low, high } = bootstrapInterval(numerators, denominators, { resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED }) as { low: number; high: number };
  return { low: round(low * scale), high: round(high * scale) };
};
const present = (analysis: ArticleAnalysis): string[] => [
  ...(analysis.framing?.generic ?? []).filter((frame) => frame.present).map((frame) => `generic:${frame.frame}`),
  ...(analysis.framing?.policy ?? []).filter((frame) => frame.present).map((frame) => `policy:${frame.frame}`),
];

function compare(by = 'outlet', input = records, options: Partial<CompareOptions> = {}): CompareRow[] {
  const comparison = new Comparison(by, options);
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
    // Present in 1 of 3 articles: a resample holds no war article 8 times in 27 and only war articles once in 27, both beyond 2.5%.
    expect(pick(rows, 'Daily', 'frame_share', 'generic:conflict')).toEqual({ group: 'Daily', measure: 'frame_share', name: 'generic:conflict', value: 0.3333, articles: 3, low: 0, high: 1, n: 3 });
    expect(pick(rows, 'Daily', 'frame_share', 'policy:political')).toEqual({ group: 'Daily', measure: 'frame_share', name: 'policy:political', value: 0.6667, articles: 3, low: 0, high: 1, n: 3 });
    // Present in no article: every resample says 0, an interval of no width that the data, not a lack of them, gives.
    expect(pick(rows, 'Herald', 'frame_share', 'generic:conflict')).toMatchObject({ value: 0, low: 0, high: 0, n: 2 });
    expect(pick(rows, 'Herald', 'frame_share', 'generic:economic_consequences')).toMatchObject({ value: 0.5, low: 0, high: 1 });
    expect(pick(rows, 'Herald', 'frame_share', 'policy:other')).toMatchObject({ value: 0.5, articles: 2 });
    expect(rows.filter((row) => row.group === 'Daily' && row.measure === 'frame_share')).toHaveLength(5 + 15);
  });

  it('gives the mean article tone and bias score', () => {
    const tones = [war, vote, economy].map((analysis) => analysis.sentiment!.article.score);
    expect(pick(rows, 'Daily', 'article_tone')).toEqual({ group: 'Daily', measure: 'article_tone', name: '', value: round((tones[0]! + tones[1]! + tones[2]!) / 3), articles: 3, ...interval(tones), n: 3 });
    const scores = [economy, cat].map((analysis) => analysis.bias!.score);
    expect(pick(rows, 'Herald', 'bias_score')).toEqual({ group: 'Herald', measure: 'bias_score', name: '', value: round((scores[0]! + scores[1]!) / 2), articles: 2, ...interval(scores), n: 2 });
    expect(pick(rows, 'Daily', 'article_tone')?.value).toBe(-0.5);
  });

  it('pools bias markers per 100 words over the group: all markers over all words', () => {
    const markers = war.bias!.counts.reporting + vote.bias!.counts.reporting + economy.bias!.counts.reporting;
    expect(markers).toBe(3);
    const words = war.stats.words + vote.stats.words + economy.stats.words;
    expect(words).toBe(68);
    const counts = [war, vote, economy].map((analysis) => analysis.bias!.counts.reporting);
    const perArticle = [war, vote, economy].map((analysis) => analysis.stats.words);
    expect(pick(rows, 'Daily', 'marker_rate', 'reporting')).toEqual({ group: 'Daily', measure: 'marker_rate', name: 'reporting', value: 4.4118, articles: 3, ...interval(counts, perArticle, 100), n: 3 });
    expect(rows.filter((row) => row.group === 'Daily' && row.measure === 'marker_rate').map((row) => row.name)).toEqual(Object.keys(war.bias!.counts));
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

  it('keeps numbers read from the analyses, not the analyses: a record changed after add() does not change the rows', () => {
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
    // Two articles alike have every resample alike: an interval of no width; one article has none.
    const expected = (group: string, articles: number): CompareRow[] => {
      const around = (value: number) => (articles > 1 ? { low: value, high: value } : { low: null, high: null });
      return [
        { group, measure: 'quoted_share', name: '', value: 0.5217, articles, ...around(0.5217), n: articles },
        { group, measure: 'anonymous_share', name: '', value: 0.25, articles, ...around(0.25), n: articles },
        ...([['person', 0.75], ['organization', 0], ['anonymous', 0.25], ['document', 0], ['unknown', 0]] as const).map(([name, value]) => ({ group, measure: 'speaker_type_share' as const, name, value, articles, ...around(value), n: articles })),
      ];
    };
    expect(of('Voiced', voiceMeasures)).toEqual(expected('Voiced', 2));
    // The library's own analysis.voices, as analyze() makes it.
    expect(of('Library', voiceMeasures)).toEqual(expected('Library', 1));
  });

  it('gives the mean bias score of the writer’s own words and its markers per 100 of them, from bias by voice, and nothing without it', () => {
    // Scores 0.2 and 0.4: the resamples' means are 0.2, 0.3 and 0.4. Markers 0 and 1 in 11 words each: rates 0, 4.55 and 9.09 per 100.
    expect(pick(rows, 'Voiced', 'writer_bias_score')).toEqual({ group: 'Voiced', measure: 'writer_bias_score', name: '', value: 0.3, articles: 2, low: 0.2, high: 0.4, n: 2 });
    expect(pick(rows, 'Voiced', 'writer_marker_rate', 'evaluative')).toEqual({ group: 'Voiced', measure: 'writer_marker_rate', name: 'evaluative', value: 4.5455, articles: 2, low: 0, high: 9.0909, n: 2 });
    expect(pick(rows, 'Voiced', 'writer_marker_rate', 'reporting')?.value).toBe(0);
    expect(pick(rows, 'Voiced', 'writer_lexical_rate')).toEqual({ group: 'Voiced', measure: 'writer_lexical_rate', name: '', value: 0, articles: 2, low: 0, high: 0, n: 2 });
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
    expect(html).toContain('<title>Voiced: 0.52 [0.52, 0.52] (n = 2)</title>');
    expect(html).toContain('<title>Library: 0.52 (n = 1, no interval)</title>');
    expect(html).toContain('<h2>The writer’s own words</h2>');
    expect(html).toContain('aria-label="Mean bias score of the writer’s own words"');
    expect(html).toContain('<title>Voiced: 4.55 [0.00, 9.09] (n = 2)</title>');
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
  });

  it('says in a sentence that no entity is compared when none is mentioned often enough by every group, and draws no empty chart', () => {
    expect(html).toContain('<h2>Entity tone</h2><p>No named entity is mentioned at least 3 times in every group, so no entity’s tone is compared (--min-mentions sets the number).</p></section>');
    expect(html).not.toContain('PERSON:jane-miller');
  });
});

const entityTexts = {
  opening: 'Mayor Ana Torres opened the bridge on Monday. Torres said the bridge would help commuters, and Torres thanked the builders.',
  critic: 'Governor Sam Lee criticised the plan. Lee called it a waste, and Lee demanded a vote. Ana Torres did not reply.',
  budget: 'Ana Torres defended the budget. Torres said the city was proud of its schools. Sam Lee objected.',
  park: 'Residents praised Ana Torres for the new park. Torres promised more trees.',
};
const entityAnalyses = Object.fromEntries(Object.entries(entityTexts).map(([name, text]) => [name, analyze(text)])) as Record<keyof typeof entityTexts, ArticleAnalysis>;
const mentions = (analysis: ArticleAnalysis, id: string): number => analysis.entities.find((entity) => entity.id === id)?.count ?? 0;
const toneToward = (analysis: ArticleAnalysis, id: string): number => analysis.entities.find((entity) => entity.id === id)!.sentiment!.score;

describe('Comparison of entity tone', () => {
  const { opening, critic, budget, park } = entityAnalyses;
  const cityRecords: BatchRecord[] = [
    { id: 'a1', outlet: 'Argus', analysis: opening },
    { id: 'a2', outlet: 'Argus', analysis: critic },
    { id: 'b1', outlet: 'Beacon', analysis: budget },
    { id: 'b2', outlet: 'Beacon', analysis: park },
  ];
  const torres = 'PERSON:ana-torres';
  const lee = 'PERSON:sam-lee';

  it('reads the mentions the test texts are built on', () => {
    expect([opening, critic, budget, park].map((analysis) => [mentions(analysis, torres), mentions(analysis, lee)])).toEqual([[3, 0], [1, 3], [2, 1], [2, 0]]);
  });

  it('compares the same entities in every group: those each group mentions at least --min-mentions times (3 by default)', () => {
    expect(DEFAULT_MIN_MENTIONS).toBe(3);
    // Torres: 4 mentions in each outlet. Lee: 3 in Argus, 1 in Beacon, so not compared, though Argus names him most in one article.
    const rows = compare('outlet', cityRecords).filter((row) => row.measure === 'entity_tone');
    expect(rows.map((row) => [row.group, row.name, row.articles])).toEqual([['Argus', torres, 2], ['Beacon', torres, 2]]);
    expect(rows[0]).toEqual({ group: 'Argus', measure: 'entity_tone', name: torres, value: round((toneToward(opening, torres) + toneToward(critic, torres)) / 2), articles: 2, ...interval([toneToward(opening, torres), toneToward(critic, torres)]), n: 2 });
    // With k = 1 Lee is compared too, after Torres (8 mentions in all against 4).
    const once = compare('outlet', cityRecords, { minMentions: 1 }).filter((row) => row.measure === 'entity_tone');
    expect(once.map((row) => [row.group, row.name, row.n])).toEqual([['Argus', torres, 2], ['Argus', lee, 1], ['Beacon', torres, 2], ['Beacon', lee, 1]]);
    expect(compare('outlet', cityRecords, { minMentions: 5 }).filter((row) => row.measure === 'entity_tone')).toEqual([]);
  });

  it('compares every entity that qualifies, not a top ten', () => {
    const cities = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Lisbon', 'Dublin', 'Oslo', 'Athens', 'Cairo'];
    const many = analyze(cities.map((city) => `Officials in ${city} welcomed the plan. `.repeat(3)).join(''));
    expect(many.entities.filter((entity) => entity.type === 'GPE').map((entity) => entity.count)).toEqual(cities.map(() => 3));
    const tone = compare('outlet', [{ id: 'x', outlet: 'Wire', analysis: many }]).filter((row) => row.measure === 'entity_tone');
    expect(tone.map((row) => row.name)).toEqual(cities.map((city) => `GPE:${city.toLowerCase()}`).sort());
  });

  it('counts the group of records without the field, (none), as a group that must mention the entity too', () => {
    const withNone = [...cityRecords, { id: 'n1', analysis: park }];
    expect(compare('outlet', withNone).filter((row) => row.measure === 'entity_tone')).toEqual([]);
    expect(compare('outlet', withNone, { minMentions: 2 }).filter((row) => row.measure === 'entity_tone').map((row) => row.group)).toEqual(['Argus', 'Beacon', '(none)']);
  });

  it('charts one entity per chart, the groups side by side, and tabulates them in the markdown', () => {
    const rows = compare('outlet', cityRecords);
    const html = renderCompare(rows, 'outlet');
    expect(html).toContain('The named entities every group mentions at least 3 times (--min-mentions), most mentioned first');
    expect(html).toContain(`aria-label="${torres}"`);
    expect(html).not.toContain(lee);
    const markdown = compareMarkdown(rows, 'outlet');
    const argus = rows.find((row) => row.group === 'Argus' && row.measure === 'entity_tone')!;
    expect(markdown).toContain(`| ${torres} | ${argus.value.toFixed(2)} [${argus.low!.toFixed(2)}, ${argus.high!.toFixed(2)}] (n = 2) |`);
    expect(compareMarkdown(compare('outlet', cityRecords, { minMentions: 9 }), 'outlet', { minMentions: 9, resamples: DEFAULT_RESAMPLES, seed: DEFAULT_SEED })).toContain(
      '## Entity tone\n\nNo named entity is mentioned at least 9 times in every group, so no entity’s tone is compared (--min-mentions sets the number).\n',
    );
  });
});

/** An analysis holding only what a test of the intervals needs: the article's tone and its words. */
const toneOnly = (score: number): ArticleAnalysis => ({ stats: { words: 10 }, entities: [], sentiment: { article: { score } } }) as unknown as ArticleAnalysis;

describe('Comparison intervals', () => {
  const tones = { Small: [0.4], Pair: [0.1, 0.3], Four: [0.12, -0.4, 0.05, 0.3] };
  const toneRecords = (groups: Record<string, number[]>): BatchRecord[] => Object.entries(groups).flatMap(([outlet, scores]) => scores.map((score, index) => ({ id: `${outlet}${index}`, outlet, analysis: toneOnly(score) })));
  const rows = compare('outlet', toneRecords(tones));
  const toneOf = (group: string): CompareRow => pick(rows, group, 'article_tone')!;

  it('gives a group of one article its value and no interval, never one of zero width', () => {
    expect(toneOf('Small')).toEqual({ group: 'Small', measure: 'article_tone', name: '', value: 0.4, articles: 1, low: null, high: null, n: 1 });
  });

  it('gives a pair of articles the interval from the lower to the higher: resamples of two hold both, one or the other', () => {
    expect(toneOf('Pair')).toMatchObject({ value: 0.2, low: 0.1, high: 0.3, n: 2 });
  });

  it('is the percentile bootstrap of the group’s articles, 2000 resamples from seed 1 unless told otherwise', () => {
    expect(toneOf('Four')).toMatchObject({ value: 0.0175, ...interval(tones.Four), n: 4 });
    const other = compare('outlet', toneRecords(tones), { resamples: 500, seed: 7 });
    const { low, high } = bootstrapInterval(tones.Four, undefined, { resamples: 500, seed: 7 })!;
    expect(pick(other, 'Four', 'article_tone')).toMatchObject({ low: round(low), high: round(high) });
  });

  it('gives the same rows every time, and a group the same rows whatever other groups the batch holds', () => {
    expect(compare('outlet', toneRecords(tones))).toEqual(rows);
    expect(compare('outlet', toneRecords({ Four: tones.Four }))).toEqual([toneOf('Four')]);
  });

  it('counts in n the articles a pooled share resamples: those with quoted words, where articles counts all whose quotes were read', () => {
    expect(pick(compare(), 'Herald', 'quoted_share')).toMatchObject({ articles: 2, n: 2 });
    const herald = [economy, cat].filter((analysis) => (analysis as { voices?: { quotedWords: number } }).voices!.quotedWords > 0).length;
    expect(herald).toBe(1);
    expect(pick(compare(), 'Herald', 'anonymous_share')).toMatchObject({ articles: 2, n: 1, low: null, high: null });
  });

  it('writes the interval on the page beside each bar, as a whisker, and says where there is none', () => {
    const html = renderCompare(rows, 'outlet');
    expect(html).toContain('Each value has its 95% interval in brackets: a percentile bootstrap over the group’s articles (2,000 resamples, seed 1).');
    expect(html).toContain('<title>Pair: 0.20 [0.10, 0.30] (n = 2)</title>');
    expect(html).toContain('<title>Small: 0.40 (n = 1, no interval)</title>');
    const toneChart = html.slice(html.indexOf('aria-label="Mean article tone"'), html.indexOf('</svg>', html.indexOf('aria-label="Mean article tone"')));
    expect(toneChart.match(/<g class="row">/g)).toHaveLength(3);
    expect(toneChart.match(/<path class="interval"/g)).toHaveLength(2);
    expect(renderCompare(rows, 'outlet', { minMentions: 3, resamples: 500, seed: 7 })).toContain('(500 resamples, seed 7)');
  });

  it('writes each cell of the markdown as value [low, high] (n), and no interval for one article', () => {
    const markdown = compareMarkdown(rows, 'outlet');
    expect(markdown).toContain('| measure | Four | Pair | Small |');
    expect(markdown).toContain(`| mean article tone (−1..1) | 0.02 [${interval(tones.Four).low.toFixed(2)}, ${interval(tones.Four).high.toFixed(2)}] (n = 4) | 0.20 [0.10, 0.30] (n = 2) | 0.40 (n = 1, no interval) |`);
    expect(markdown).toContain('| mean bias score (0..1) | – | – | – |');
  });

  it('refuses options that are not whole numbers in range', () => {
    expect(() => new Comparison('outlet', { minMentions: 0 })).toThrow(RangeError);
    expect(() => new Comparison('outlet', { resamples: 0 })).toThrow(RangeError);
    expect(() => new Comparison('outlet', { seed: -1 })).toThrow(RangeError);
    expect(() => new Comparison('outlet', { seed: 1.5 })).toThrow(RangeError);
  });
});
