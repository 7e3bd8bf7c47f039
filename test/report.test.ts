import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, CONTENT_SECURITY_POLICY, escapeHtml, jsonForScript, roundCeiling } from '../src/report/html.js';
import { toMarkdown } from '../src/report/markdown.js';
import { Progress } from '../src/cli/progress.js';
import { renderReport } from '../src/report/report.js';
import { tableCsv, tableRows } from '../src/report/tables.js';
import { articleVoices } from '../src/report/voices.js';
import { wordsIn as countWords } from '../src/shared/voices.js';
import { count, formatScore, labelOf } from '../src/report/wording.js';
import { analyze } from '../src/index.js';
import { article } from './helpers.js';
import { voiceAnalysis, voiceText, voiceTextVoices, withoutVoices, withVoices } from './voice-fixture.js';

const analysis = analyze(article);
const html = renderReport(article, analysis);

interface FindingView {
  kind: string;
  category: string;
  heading: string;
  fields: [string, string][];
}

/** The page's table of findings, as its script reads it. */
function findingsOf(page: string): FindingView[] {
  const json = /<script type="application\/json" id="findings">(.*?)<\/script>/s.exec(page)?.[1];
  if (json === undefined) throw new Error('no findings table');
  return JSON.parse(json) as FindingView[];
}

/** The article column with its tags removed and its characters unescaped: what a reader sees. */
function articleTextOf(page: string): string {
  const column = /<div id="article" class="article">(.*?)<\/div><\/main>/s.exec(page)?.[1] ?? '';
  return column.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name] as string);
}

const field = (finding: FindingView | undefined, name: string): string | undefined => finding?.fields.find(([key]) => key === name)?.[1];

describe('renderReport() on the bundled article', () => {
  const findings = findingsOf(html);

  it('shows the whole text, character for character, around the highlights', () => {
    expect(articleTextOf(html)).toBe(article);
  });

  it('carries its stylesheets and script, the files of src/report/assets, inline', () => {
    const asset = (name: string): string => readFileSync(new URL(`../src/report/assets/${name}`, import.meta.url), 'utf8');
    expect(html).toContain(`<style>${asset('page.css')}${asset('report.css')}</style>`);
    expect(html).toContain(`<script>${asset('report.js')}</script>`);
  });

  it('marks the bias marker "harshly" at 989–996, with its category, explanation and word list in the table', () => {
    const mark = /<mark data-kind="bias" data-category="evaluative" data-findings="(\d+)" title="([^"]*)"[^>]*>harshly<\/mark>/.exec(html);
    expect(mark).not.toBeNull();
    const marker = analysis.bias?.markers.find((item) => item.start === 989);
    expect(marker).toMatchObject({ end: 996, text: 'harshly' });
    const finding = findings[Number(mark?.[1])];
    expect(finding).toMatchObject({ kind: 'bias', category: 'evaluative', heading: 'Bias marker · evaluative' });
    expect(field(finding, 'offsets')).toBe('989–996');
    expect(field(finding, 'explanation')).toBe(marker?.explanation);
    expect(field(finding, 'source')).toBe(`newslens/bias-evaluative: ${marker?.lexicon.source}`);
    expect(mark?.[2]).toBe(escapeHtml(`Bias marker · evaluative: ${marker?.explanation}`));
  });

  it('marks every mention of Qasem Soleimani as a PERSON, with salience and sentiment in the table', () => {
    const mentions = findings.filter((finding) => field(finding, 'entity') === 'Qasem Soleimani');
    expect(mentions.map((finding) => [field(finding, 'text'), field(finding, 'offsets')])).toEqual([
      ['Qasem Soleimani', '47–62'],
      ['Qasem Soleimani', '374–389'],
      ['Qasem Soleimani', '644–659'],
      ['Qasem Soleimani', '1448–1463'],
      ['Soleimani', '2077–2086'],
      ['Soleimani', '2140–2149'],
      ['Qasem Soleimani', '2330–2345'],
    ]);
    const mark = /<mark data-kind="entity" data-category="PERSON" data-findings="(\d+)"[^>]*>Qasem Soleimani<\/mark> who was/.exec(html);
    const finding = findings[Number(mark?.[1])];
    expect(field(finding, 'offsets')).toBe('374–389');
    expect(finding).toMatchObject({ kind: 'entity', category: 'PERSON', heading: 'Entity · PERSON' });
    expect(field(finding, 'entity')).toBe('Qasem Soleimani');
    expect(field(finding, 'salience')).toBe('0.797');
    expect(field(finding, 'sentiment')).toBe('-0.22 negative, over 7 mentions');
    expect(field(finding, 'likeliest class')).toBeUndefined();
  });

  it('marks only named entities, and only mentions outside boilerplate', () => {
    const categories = new Set(findings.filter((finding) => finding.kind === 'entity').map((finding) => finding.category));
    expect([...categories].sort()).toEqual(['GPE', 'NORP', 'ORG', 'PERSON']);
    const hamas = analysis.entities.find((entity) => entity.name === 'Hamas');
    expect(hamas?.mentions.every((mention) => mention.boilerplate)).toBe(true);
    expect(findings.some((finding) => field(finding, 'entity') === 'Hamas')).toBe(false);
  });

  it('nests the marks of overlapping findings: "blames" is a bias marker and a cue of two generic frames', () => {
    const nested = /<mark data-kind="frame" data-category="([^"]*)" data-findings="([\d ]+)"[^>]*><mark data-kind="bias" data-category="reporting"[^>]*>blames<\/mark><\/mark>/.exec(html);
    expect(nested?.[1]?.split(' ')).toEqual(expect.arrayContaining(['generic:conflict', 'generic:responsibility']));
    const cues = nested?.[2]?.split(' ').map((index) => findings[Number(index)]);
    expect(cues?.every((cue) => field(cue, 'offsets') === '997–1003')).toBe(true);
    expect(cues?.map((cue) => cue?.category)).toEqual(expect.arrayContaining(['generic:conflict', 'generic:responsibility']));
  });

  it('lists every article-level frame cue of both schemes once', () => {
    const cues = [...(analysis.framing?.generic ?? []), ...(analysis.framing?.policy ?? [])].flatMap((frame) => frame.evidence);
    expect(findings.filter((finding) => finding.kind === 'frame')).toHaveLength(cues.length);
    expect(findings.filter((finding) => finding.kind === 'bias')).toHaveLength(analysis.bias?.markers.length ?? -1);
  });

  it('charts sentiment by section, tabulates the entities and charts the frames of each section under its heading', () => {
    expect(html).toContain('<h2>Sentiment by section</h2>');
    expect(html).toContain('§2 Qasem Soleimani Assassination: -1.00 negative');
    expect(html).toContain('<tr><td>Qasem Soleimani</td><td>PERSON</td><td class="number">7</td><td class="number">0.797</td><td class="number">-0.22</td><td>negative</td></tr>');
    for (const heading of ['Qasem Soleimani Assassination', 'Arch Rivals Israel-Iran', 'Iran And The US', 'Israel’s Involvement In Soleimani’s Murder', 'Friendship Between The US And Israel']) {
      expect(html).toContain(`<h3>${heading}</h3>`);
    }
    expect(html).toContain('<title>Generic news frames: Arch Rivals Israel-Iran</title>');
    expect(html).toContain('<title>conflict: 0.67 present</title>');
  });

  it('is one self-contained page under the strict policy', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).not.toMatch(/src=|href="(?!data:)|@import|url\(/i);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('leaves out what the analysis skipped', () => {
    const lite = renderReport(article, analyze(article, { skip: ['sentiment', 'bias', 'framing'] }));
    expect(lite).not.toContain('Sentiment by section');
    expect(lite).not.toContain('<h2>Frames</h2>');
    expect(lite).not.toContain('<mark data-kind="bias"');
    expect(lite).not.toContain('<mark data-kind="frame"');
    expect(lite).toContain('<mark data-kind="entity" data-category="PERSON"');
    expect(lite).toContain('<th class="number">Salience</th></tr>');
    expect(articleTextOf(lite)).toBe(article);
  });

  it('refuses an analysis of another text, whose offsets would be wrong', () => {
    expect(() => renderReport(`${article} More.`, analysis)).toThrow('renderReport(text, analysis): the analysis is of a text of 3463 characters, but text has 3469; pass the text that was analysed');
  });
});

describe('renderReport() on a hostile article', () => {
  const hostile = [
    'Rebels <script>window.__pwned=1</script> Attack Capital',
    '',
    'The army said rebels attacked the capital. </script><script>alert(1)</script> Officials <img src=x onerror="window.__pwned=2"> blamed Iran.',
    '',
    '<a href="javascript:alert(1)">Click</a> & "quotes" \'single\' \u2028 end.',
    '',
    // Markup inside a name or a quotation reaches the findings' JSON: it must not end the script element.
    'Officials met John </script><script>window.__pwned=4</script> Smith in Paris. The "a</script><script>window.__pwned=5</script>b" said so.',
  ].join('\n');
  const page = renderReport(hostile, analyze(hostile), { title: '</title><script>alert(1)</script>' });

  it('shows its markup as text and never as tags', () => {
    expect(articleTextOf(page)).toBe(hostile);
    for (const raw of ['<script>window', '<script>alert', '<img', 'onerror="', '<a href', '</title><script>']) expect(page).not.toContain(raw);
    expect(page).toContain('&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(page).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;Click&lt;/a&gt; &amp; ');
    expect(page).toContain('&quot;quotes&quot;</mark> &#39;single&#39;');
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page.match(/<\/script/g)).toHaveLength(2);
  });

  it('keeps markup in the findings inside the JSON table, which reads back exactly', () => {
    const findings = findingsOf(page);
    expect(findings.map((finding) => field(finding, 'entity'))).toContain('John </script><script>window.__pwned=4</script> Smith');
    expect(findings.map((finding) => field(finding, 'text'))).toContain('"a</script><script>window.__pwned=5</script>b"');
  });

  it('writes no tag into the markdown tables, whose renderers may allow HTML', () => {
    const markdown = toMarkdown(analyze(hostile));
    expect(markdown).toContain('John &lt;/script>&lt;script>window.__pwned=4&lt;/script> Smith');
    for (const raw of ['<script', '</script', '<img']) expect(markdown).not.toContain(raw);
  });

  it('still highlights what it found', () => {
    expect(page).toMatch(/<mark data-kind="entity" data-category="GPE"[^>]*><mark data-kind="frame"[^>]*>Iran<\/mark><\/mark>/);
    expect(page).toMatch(/<mark data-kind="bias"[^>]*>blamed<\/mark>/);
  });
});

describe('what a person reads: counts, section numbers and sentiment labels', () => {
  const brief = 'Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday.';
  const briefAnalysis = analyze(brief);
  const markdown = toMarkdown(analysis);

  it('writes every count in agreement with its noun, in the markdown and the report of a one-section article', () => {
    expect(briefAnalysis.stats).toMatchObject({ sections: 1, paragraphs: 1, sentences: 2, boilerplate: 0 });
    expect(toMarkdown(briefAnalysis)).toContain('\n11 words, 2 sentences, 1 paragraph, 1 section, 0 boilerplate lines left out.\n');
    expect(renderReport(brief, briefAnalysis)).toContain('<p class="muted">11 words · 2 sentences · 1 section · tone 0.00 (neutral) · bias score ');
    expect(markdown).toContain('\n544 words, 32 sentences, 7 paragraphs, 6 sections, 2 boilerplate lines left out.\n');
    expect(markdown).toContain(`Score ${analysis.bias?.score.toFixed(2)} (0..1), 19 markers.`);
  });

  it('counts articles in agreement on the progress line', () => {
    const written: string[] = [];
    const terminal = { isTTY: true, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
    new Progress(terminal, null).update(1, 0);
    new Progress(terminal, 1).update(1, 0);
    new Progress(terminal, 3).update(2, 1);
    expect(written.map((line) => line.replace(/, [\d.]+\/s.*?(, \d+ failed)?\u001b\[K$/, '$1'))).toEqual(['\r1 article', `\r[${'='.repeat(24)}] 1/1 article`, `\r[${'='.repeat(16)}${' '.repeat(8)}] 2/3 articles, 1 failed`]);
  });

  it('numbers sections from 1 in the report, as the markdown does, and says the data counts from 0', () => {
    expect(html).toContain('<title>§1 body: -0.67 negative</title>');
    expect(html).toContain('<title>§6 Friendship Between The US And Israel: +1.00 positive</title>');
    expect(html).toContain('<h3>§1 (lead, no heading)</h3>');
    expect(html).toContain('Sections are numbered from 1, the lead first; the section index of the JSON and the CSV tables counts from 0.');
    expect(markdown).toContain('| body | 1 | -0.67 | negative | broke, assassination, strike, terrorist |');
    expect(markdown).toContain('| 6 | Friendship Between The US And Israel | 2905–3463 | 1 |');
    expect(markdown).toContain('Sections are numbered from 1, the lead first; the section index of the JSON and the CSV tables counts from 0.');
  });

  it('shows an entity’s tone with the entity label of the JSON, cut where PerSenT says, not at ±0.05', () => {
    const quds = analysis.entities.find((entity) => entity.name === 'Quds force')?.sentiment;
    const iraq = analysis.entities.find((entity) => entity.name === 'Iraq')?.sentiment;
    // The library's own numbers, which the display explains rather than changes.
    expect(quds).toMatchObject({ score: -0.3018, label: 'negative', mentions: 2 });
    expect(iraq).toMatchObject({ score: -0.1099, label: 'neutral', mentions: 1 });
    expect(markdown).toContain('| name | type | count | salience | tone |');
    expect(markdown).toContain('| Quds force | ORG | 2 | 0.42 | -0.30 negative |');
    expect(markdown).toContain('| Iraq | GPE | 1 | 0.20 | -0.11 neutral |');
    expect(html).toMatch(/<tr><td>Iraq<\/td><td>GPE<\/td><td class="number">1<\/td><td class="number">0\.\d+<\/td><td class="number">-0\.11<\/td><td>neutral<\/td><\/tr>/);
    expect(html).toContain('<th class="number">Tone</th><th>Label</th></tr>');
    const panel = findingsOf(html).find((finding) => finding.fields.some(([name, value]) => name === 'entity' && value === 'Iraq'));
    expect(field(panel, 'sentiment')).toBe('-0.11 neutral, over 1 mention');
  });

  it('writes the article’s tone with its label, in the markdown and the report', () => {
    expect(analysis.sentiment?.article).toMatchObject({ score: -0.1875, label: 'negative' });
    expect(markdown).toContain('Article -0.19 (negative); headline minus body +0.12.');
    expect(html).toContain(' · tone -0.19 (negative) · ');
    expect(html).toContain('<p class="muted">Article -0.19 (negative);');
  });

  it('labels a score as the library does, and writes every score on its label’s side of the cut-off', () => {
    const scores = [...analysis.sentences.flatMap((sentence) => (sentence.sentiment ? [sentence.sentiment] : [])), ...(analysis.sentiment?.parts ?? []).map((part) => part.sentiment)];
    expect(scores.every((score) => labelOf(score.score) === score.label)).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), (units) => {
        const score = units / 10_000; // the library rounds every score to four decimals
        const written = formatScore(score);
        expect(labelOf(Number(written))).toBe(labelOf(score));
        expect(written).toMatch(written.length > 5 ? /^[+-]0\.\d{4}$|^[+-]1\.0000$/ : /^([+-](0|1)\.\d\d|0\.00)$/);
      }),
    );
    expect([formatScore(-0.0483), formatScore(-0.05), formatScore(0.0499), formatScore(0.0004), formatScore(-0.0004), formatScore(0.19)]).toEqual(['-0.0483', '-0.05', '+0.0499', '0.00', '0.00', '+0.19']);
  });

  it('counts any number with its noun', () => {
    expect([0, 1, 2].map((n) => count(n, 'section'))).toEqual(['0 sections', '1 section', '2 sections']);
    expect(count(1, 'entity', 'entities')).toBe('1 entity');
    expect(count(3, 'entity', 'entities')).toBe('3 entities');
  });
});

describe('HTML helpers', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('writes JSON that cannot end its script element and reads back the same', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028\u2029' };
    const json = jsonForScript(value);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('ends an axis at a round number: 1, 2, 4, 6 or 8 times a power of ten', () => {
    expect([0, 0.3, 1, 1.01, 4.35, 13, 250].map(roundCeiling)).toEqual([0, 0.4, 1, 2, 6, 20, 400]);
    expect(barChart([{ label: 'rate', value: 4.35 }], { title: 'rates' })).toContain('>1.5</text>');
  });

  it('draws diverging bars either side of zero, clamps to the axis and escapes labels', () => {
    const svg = barChart(
      [
        { label: 'down <b>', value: -0.5 },
        { label: 'up', value: 0.5 },
        { label: 'off the scale', value: 3 },
      ],
      { title: 'Tone & "bias"', min: -1, max: 1, diverging: true, axisLabel: 'score' },
    );
    const bars = [...svg.matchAll(/<rect class="bar( \w+)?" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((match) => ({ tone: match[1]?.trim(), x: Number(match[2]), width: Number(match[3]) }));
    const zero = Number(/<line class="zero" x1="([\d.]+)"/.exec(svg)?.[1]);
    expect(bars[0]).toMatchObject({ tone: 'negative' });
    expect((bars[0]?.x ?? 0) + (bars[0]?.width ?? 0)).toBeCloseTo(zero, 5);
    expect(bars[1]).toMatchObject({ tone: 'positive', x: zero, width: bars[0]?.width });
    expect(bars[2]).toMatchObject({ x: zero, width: 2 * (bars[1]?.width ?? 0) });
    expect(svg).toContain('>3.00</text>');
    expect(svg).toContain('aria-label="Tone &amp; &quot;bias&quot;"');
    expect(svg).toContain('>down &lt;b&gt;</text>');
    expect(svg).toContain('>-1.0</text><line');
    expect(svg).toContain('>score</text>');
  });
});

describe('who speaks: the voices in the tables, the markdown and the report', () => {
  const voiced = withVoices(voiceAnalysis);
  const bare = withoutVoices(voiceAnalysis);
  const pick = <Row extends Record<string, unknown>>(rows: Row[], keys: string[]): Record<string, unknown>[] => rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));

  it('reads the quotes of the short article', () => {
    expect(voiceAnalysis.quotes.map((quote) => [quote.id, quote.kind, quote.speaker, quote.speakerType, quote.source?.text, quote.content.map((span) => span.text)])).toEqual([
      ['q1', 'mixed', 'PERSON:jane-miller', 'person', 'Senator Jane Miller', ['the plan was "a reckless disaster for working families."']],
      ['q2', 'indirect', null, 'anonymous', 'Officials', ['talks would continue']],
    ]);
  });

  it('reads who speaks from the library (analysis.voices), and nothing from an analysis written before it', () => {
    expect(countWords('the plan was "a reckless disaster for working families."')).toBe(9);
    expect(articleVoices(voiceAnalysis)).toEqual(voiceTextVoices);
    expect(articleVoices(bare)).toBeUndefined();
  });

  it('writes the quotes table, one row per quote, its words counted in its content', () => {
    const rows = tableRows({ id: 'v1' }, voiceAnalysis);
    expect(tableCsv('quotes', rows.quotes, true)).toBe(
      [
        'article_id,quote_id,kind,speaker,speaker_type,cue,cue_loaded,start,end,words,text',
        'v1,q1,mixed,PERSON:jane-miller,person,say,false,0,81,9,"Senator Jane Miller said the plan was ""a reckless disaster for working families."""',
        'v1,q2,indirect,Officials,anonymous,say,false,82,117,3,Officials said talks would continue',
        '',
      ].join('\n'),
    );
  });

  it('gives each sentence the share of its words inside quotes', () => {
    const rows = tableRows({ id: 'v1' }, bare);
    expect(pick(rows.sentences, ['sentence', 'quoted_share', 'text'])).toEqual([
      { sentence: 0, quoted_share: 0.6923, text: 'Senator Jane Miller said the plan was "a reckless disaster for working families."' },
      { sentence: 1, quoted_share: 0.6, text: 'Officials said talks would continue.' },
      { sentence: 2, quoted_share: 0, text: 'The vote is on Friday.' },
    ]);
    expect(tableRows({ id: 'v1' }, { ...bare, quotes: undefined } as unknown as typeof bare).sentences.map((row) => row.quoted_share)).toEqual([null, null, null]);
  });

  it('writes the markers’ voice and the entities’ tone by voice where the analysis has them, and empty cells where not', () => {
    const rows = tableRows({ id: 'v1' }, voiced);
    expect(pick(rows.markers, ['text', 'voice', 'quote_id'])).toEqual([
      { text: 'reckless', voice: 'quoted', quote_id: 'q1' },
      { text: 'disaster', voice: 'quoted', quote_id: 'q1' },
    ]);
    expect(pick(rows.entities, ['entity', 'writer_tone', 'quoted_tone', 'quotes', 'quoted_words'])).toEqual([{ entity: 'PERSON:jane-miller', writer_tone: 0.1, quoted_tone: null, quotes: 1, quoted_words: 9 }]);
    const none = tableRows({ id: 'v1' }, bare);
    expect(pick(none.markers, ['voice', 'quote_id'])).toEqual([
      { voice: null, quote_id: null },
      { voice: null, quote_id: null },
    ]);
    expect(pick(none.entities, ['writer_tone', 'quoted_tone', 'quotes', 'quoted_words'])).toEqual([{ writer_tone: null, quoted_tone: null, quotes: null, quoted_words: null }]);
    expect(tableCsv('markers', none.markers, true).split('\n')[1]).toMatch(/^v1,0,41,49,reckless,evaluative,negative_adjective,false,false,,,newslens\/bias-evaluative,/);
  });

  it('writes a person’s party and state in the entities table, and empty cells for other entities', () => {
    const rows = tableRows({ id: 'p1' }, analyze('Sen. Sherrod Brown, D-Ohio, spoke in Chicago. Brown left.'));
    expect(pick(rows.entities, ['entity', 'party', 'state'])).toEqual([
      { entity: 'PERSON:sherrod-brown', party: 'D', state: 'OH' },
      { entity: 'GPE:chicago', party: null, state: null },
    ]);
  });

  it('says in the markdown who speaks, and lists the quotes', () => {
    const markdown = toMarkdown(voiceAnalysis);
    const section = markdown.slice(markdown.indexOf('## Who speaks'), markdown.indexOf('## Bias markers'));
    expect(section).toBe(
      [
        '## Who speaks',
        '',
        '12 of 23 words quoted (52%); anonymous sources 25% of the quoted words.',
        '',
        'Quoted words by speaker type: person 75%, anonymous 25%.',
        '',
        '| speaker | type | quotes | words | share |',
        '|---|---|---|---|---|',
        '| Jane Miller | person | 1 | 9 | 75% |',
        '| Officials | anonymous | 1 | 3 | 25% |',
        '',
        '| quote | kind | speaker | cue | words | first words |',
        '|---|---|---|---|---|---|',
        '| q1 | mixed | Jane Miller | said | 9 | the plan was "a reckless disaster for working … |',
        '| q2 | indirect | Officials | said | 3 | talks would continue |',
        '',
        '',
      ].join('\n'),
    );
    // An analysis written before findings had a voice has no voice column.
    expect(toMarkdown(bare)).toContain('| offsets | category | text | why | list |\n');
    expect(toMarkdown(voiced)).toContain('| offsets | category | text | why | list | voice |\n');
    expect(toMarkdown(voiced)).toMatch(/\| 41–49 \| evaluative \| reckless \| .* \| newslens\/bias-evaluative \| quoted \(q1\) \|/);
    expect(toMarkdown(analyze('The vote is on Friday.'))).toContain('## Who speaks\n\nNo quoted words in 5 words.\n');
  });

  it('tints quoted words by speaker in the report, with a speakers table as their legend', () => {
    const page = renderReport(voiceText, voiceAnalysis);
    expect(page).toContain('<span class="quoted speaker-1 tint-0" title="q1 · Jane Miller · said">the ');
    expect(page).toContain('<span class="quoted speaker-2 tint-1" title="q2 · Officials · said"> would continue</span>');
    expect(page).toContain(
      '<tr><td><span class="swatch speaker-1 tint-0">Jane Miller</span></td><td>person</td><td class="number">1</td><td class="number">9</td><td class="number">75%</td></tr>' +
        '<tr><td><span class="swatch speaker-2 tint-1">Officials</span></td><td>anonymous</td><td class="number">1</td><td class="number">3</td><td class="number">25%</td></tr>',
    );
    expect(page).toContain('12 of 23 words are quoted (52%); anonymous sources say 25% of them. By speaker type: person 75%, anonymous 25%.');
    expect(page).toContain('<input type="checkbox" id="show-quoted" checked>');
    expect(articleTextOf(page)).toBe(voiceText);
  });

  it('shows a bias marker’s voice in its card, and nothing when the analysis does not say', () => {
    const voicedCard = findingsOf(renderReport(voiceText, voiced)).find((finding) => finding.kind === 'bias');
    expect(field(voicedCard, 'voice')).toBe('quoted (q1, Jane Miller)');
    const writer = structuredClone(voiced);
    for (const marker of writer.bias?.markers ?? []) Object.assign(marker, { voice: 'writer', quote: undefined });
    expect(field(findingsOf(renderReport(voiceText, writer)).find((finding) => finding.kind === 'bias'), 'voice')).toBe('writer');
    expect(field(findingsOf(renderReport(voiceText, bare)).find((finding) => finding.kind === 'bias'), 'voice')).toBeUndefined();
  });

  it('starts with the frame cues hidden and the other highlights shown', () => {
    expect(html).toContain('<input type="checkbox" id="show-frame"> <span class="swatch swatch-frame">frame cue</span>');
    expect(html).toContain('<input type="checkbox" id="show-bias" checked>');
    expect(html).toContain('<input type="checkbox" id="show-entity" checked>');
  });
});
