import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type ArticleAnalysis, compactAnalysis, detectFrames, expandAnalysis, isNamedEntity, type LeanEntities, leanAnalysis, version } from '../src/index.js';
import { article, fixture } from './helpers.js';

const LAYOUTS = ['crlf.txt', 'html.html', 'markdown.md', 'one-line.txt', 'plain.txt', 'scraped.txt', 'wire.txt'];
const full = analyze(article);
const compact = compactAnalysis(full);
const lean = leanAnalysis(full);

const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

/** Every [path, value] pair under `value`, paths as `a.b.0.c`. */
function* walk(value: unknown, path = ''): Generator<[string, unknown]> {
  yield [path, value];
  if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) yield* walk(child, path ? `${path}.${key}` : key);
}

type EntityList = { type: string; name: string; count: number; sentiment?: { score: number } }[];

/** The fields `newslens compare` reads: they must say the same in every form (the lean form's entities are columns). */
const compared = (analysis: { stats: unknown; sentiment?: { article: { score: number } }; bias?: { score: number; counts: unknown }; framing?: { generic: { frame: string; present: boolean }[]; policy: { frame: string; present: boolean }[] }; entities: EntityList | LeanEntities }) => ({
  words: analysis.stats,
  tone: analysis.sentiment?.article.score,
  bias: [analysis.bias?.score, analysis.bias?.counts],
  frames: [...(analysis.framing?.generic ?? []), ...(analysis.framing?.policy ?? [])].map(({ frame, present }) => [frame, present]),
  entities: Array.isArray(analysis.entities)
    ? analysis.entities.filter(isNamedEntity as (entity: { type: string }) => boolean).map(({ type, name, count, sentiment }) => [type, name, count, sentiment?.score])
    : analysis.entities.name.map((name, k) => [(analysis.entities as LeanEntities).type[k], name, (analysis.entities as LeanEntities).count[k], (analysis.entities as LeanEntities).tone?.[k] ?? undefined]),
});

/** A lean form's checks that hold for any text: columns of equal length, and no evidence. */
function expectLean(analysis: ArticleAnalysis): void {
  const form = leanAnalysis(analysis);
  const tables = [form.sentences, form.sentiment?.parts, form.bias?.markers, form.bias?.parts, form.framing?.sections].filter((table) => table !== undefined);
  for (const table of tables) expect(new Set(Object.values(table).map((column) => (column as unknown[]).length)).size).toBe(1);
  expect(form.sentences.start).toEqual(analysis.sentences.map((sentence) => sentence.start));
  for (const [path] of walk(form)) {
    expect(path).not.toMatch(/(^|\.)(explanation|evidence|scorers|aliases|mentions\.\d+|tokens)(\.|$)/);
    if (path.endsWith('.text')) expect(path).toMatch(/^structure\.(kicker|title|subtitle|byline|dateline|sections\.\d+\.heading)\.text$/);
  }
  expect(compared(form)).toEqual(compared(analysis));
}

describe('compactAnalysis()', () => {
  it('names each finding’s list by its id, which meta.lexicons holds with the provenance', () => {
    expect(compact.meta).toEqual({ ...full.meta, form: 'compact' });
    expect(Object.keys(compact.meta)).toEqual(['library', 'version', 'form', 'options', 'stages', 'lexicons', 'models']);
    const harshly = compact.bias?.markers.findIndex((marker) => marker.start === 989) as number;
    expect(compact.bias?.markers[harshly]).toEqual({
      start: 989,
      end: 996,
      text: 'harshly',
      voice: 'writer',
      category: 'evaluative',
      type: 'evaluative_adverb',
      explanation: "evaluative adverb: 'harshly' tells the reader how to judge the action it describes",
      lexicon: 'newslens/bias-evaluative',
    });
    expect(compact.meta.lexicons.find((lexicon) => lexicon.id === 'newslens/bias-evaluative')).toMatchObject({ version: '0.1.0', licence: 'MIT', source: expect.stringContaining('newslens authors') });
    expect(compact.framing?.generic[0]?.evidence[3]).toMatchObject({ start: 997, end: 1003, text: 'blames', frame: 'conflict', item: 'reproach', lexicon: 'newslens/frames-generic' });
  });

  it('refers to a sentence’s markers and a section’s cues by their index in the article’s lists', () => {
    const sentence = compact.bias?.sentences.find((own) => own.sentence === 9);
    expect(sentence).toMatchObject({ start: 893, end: 1059, score: 0.7969, markers: [5, 6, 7] });
    expect([5, 6, 7].map((k) => compact.bias?.markers[k]?.text)).toEqual(['harshly', 'blames', 'arch-rival']);
    const rivals = compact.framing?.sections[2];
    expect(rivals).toMatchObject({ section: 2, heading: 'Arch Rivals Israel-Iran', start: 1061, end: 1464 });
    expect(rivals?.generic[0]).toEqual({ frame: 'conflict', score: 0.6708, present: true, evidence: [6, 7] });
    expect([6, 7].map((k) => compact.framing?.generic[0]?.evidence[k]?.text)).toEqual(['enmity', 'accuses']);
  });

  it('cites only lists meta.lexicons holds, on the article and every layout', () => {
    for (const text of [article, ...LAYOUTS.map((name) => fixture(`layouts/${name}`))]) {
      const form = compactAnalysis(analyze(text));
      const ids = new Set(form.meta.lexicons.map((lexicon) => lexicon.id));
      const cited = [...walk(form)].filter(([path]) => path.endsWith('.lexicon')).map(([, id]) => id);
      expect(cited.length).toBeGreaterThan(0);
      for (const id of cited) expect(ids).toContain(id);
    }
  });

  it('loses no finding: the full form comes back from it, also read back from JSON', () => {
    expect(JSON.stringify(expandAnalysis(compact))).toBe(JSON.stringify(full));
    const fromJson = JSON.parse(JSON.stringify(compact));
    expect(expandAnalysis(fromJson)).toEqual(full);
    expect(compactAnalysis(JSON.parse(JSON.stringify(full)))).toEqual(compact);
    for (const [s, section] of (full.framing?.sections ?? []).entries()) {
      for (const scheme of ['generic', 'policy', 'custom'] as const) {
        section[scheme].forEach((frame, k) => {
          const ofArticle = compact.framing?.[scheme][k];
          expect(ofArticle?.frame).toBe(frame.frame);
          expect(compact.framing?.sections[s]?.[scheme][k]?.evidence.map((index) => ofArticle?.evidence[index])).toEqual(frame.evidence.map((cue) => ({ ...cue, lexicon: cue.lexicon.id })));
        });
      }
    }
    expect(bytes(compact)).toBeLessThan(0.7 * bytes(full));
  });

  it('loses no finding whatever the article', () => {
    const sentences = article.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 20);
    const paragraph = fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 4 }).map((own) => own.join(' '));
    const block = fc.oneof(paragraph, fc.constantFrom('Iran And The US', 'Also Read : Israel Strikes Back', '## The Harbour Strike', '<p>The army, so-called heroes, was blamed.</p>'));
    const texts = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));
    fc.assert(
      fc.property(texts, (text) => {
        const analysis = analyze(text);
        expect(JSON.stringify(expandAnalysis(compactAnalysis(analysis)))).toBe(JSON.stringify(analysis));
        expectLean(analysis);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves the analysis as it was, and keeps out what analyze() skipped', () => {
    const before = JSON.stringify(full);
    compactAnalysis(full);
    leanAnalysis(full);
    expect(JSON.stringify(full)).toBe(before);
    const skipped = analyze(article, { skip: ['sentiment', 'bias', 'framing'] });
    expect(compactAnalysis(skipped)).toEqual({ ...skipped, meta: { ...skipped.meta, form: 'compact' } });
    expect(expandAnalysis(compactAnalysis(analyze('')))).toEqual(analyze(''));
  });

  it('will not drop the provenance of a list meta.lexicons lacks, such as a user dictionary’s', () => {
    const text = 'The army moved in at dawn. The army left at noon.';
    const dictionary = { id: 'my/list', version: '2', source: 'my coding of army talk', licence: 'CC0', entries: [{ match: 'army', frame: 'army_talk' }] };
    const framed: ArticleAnalysis = { ...analyze(text), framing: detectFrames(text, { dictionaries: [dictionary] }) };
    expect(() => compactAnalysis(framed)).toThrow(
      new TypeError("newslens.compactAnalysis(analysis): the finding at 4..8 cites the list 'my/list', which analysis.meta.lexicons does not hold with that source: add its { id, version, source, licence } there"),
    );
    const listed: ArticleAnalysis = { ...framed, meta: { ...framed.meta, lexicons: [...framed.meta.lexicons, { id: 'my/list', version: '2', source: 'my coding of army talk', licence: 'CC0' }] } };
    const form = compactAnalysis(listed);
    expect(form.framing?.custom[0]?.evidence.map((cue) => [cue.start, cue.lexicon])).toEqual([[4, 'my/list'], [31, 'my/list']]);
    expect(expandAnalysis(form)).toEqual(listed);
  });

  it('says what is wrong with a compact analysis that points past a list', () => {
    const broken = JSON.parse(JSON.stringify(compact));
    broken.bias.sentences.find((own: { sentence: number }) => own.sentence === 9).markers = [5, 99];
    expect(() => expandAnalysis(broken)).toThrow(new TypeError(`newslens.expandAnalysis(compact): sentence 9 of bias.sentences points at entry 99 of a list of ${compact.bias?.markers.length}`));
  });
});

describe('leanAnalysis()', () => {
  it('keeps the meta that names the analysis, and stats as they are', () => {
    expect(lean.meta).toEqual({ library: 'newslens', version, form: 'lean', options: { includeTokens: false, skip: [] }, stages: full.meta.stages });
    expect(lean.stats).toEqual(full.stats);
  });

  it('writes sentences, markers and parts as columns of offsets, scores, labels, categories and types', () => {
    expect(Object.keys(lean.sentences)).toEqual(['start', 'end', 'part', 'section', 'sentiment', 'label', 'bias']);
    const row = (table: Record<string, unknown[]>, k: number) => Object.fromEntries(Object.entries(table).map(([field, column]) => [field, column[k]]));
    expect(row(lean.sentences, 9)).toEqual({ start: 893, end: 1059, part: 'body', section: 1, sentiment: full.sentences[9]?.sentiment?.score, label: full.sentences[9]?.sentiment?.label, bias: 0.7969 });
    const boilerplate = full.sentences.findIndex((sentence) => sentence.part === 'boilerplate');
    expect(row(lean.sentences, boilerplate)).toMatchObject({ part: 'boilerplate', section: null, sentiment: null, label: null, bias: null });
    const harshly = lean.bias?.markers.start.indexOf(989) as number;
    expect(row(lean.bias?.markers as Record<string, unknown[]>, harshly)).toEqual({ start: 989, end: 996, sentence: 9, category: 'evaluative', type: 'evaluative_adverb', voice: 'writer', lexicon: 'newslens/bias-evaluative', attributed: false, negated: false });
    const terrorist = lean.bias?.markers.start.indexOf(full.bias?.markers.find((marker) => marker.attributed)?.start as number) as number;
    expect(lean.bias?.markers.attributed[terrorist]).toBe(true);
    expect(row(lean.sentiment?.parts as Record<string, unknown[]>, 0)).toEqual({ part: 'title', section: null, start: 0, end: 111, score: full.sentiment?.parts[0]?.sentiment.score, label: full.sentiment?.parts[0]?.sentiment.label, writer: full.sentiment?.parts[0]?.voices.writer?.score, quoted: null });
    expect(lean.bias?.parts.score).toEqual(full.bias?.parts.map((part) => part.score));
  });

  it('keeps the article’s scores, its named entities and its frames where the full form has them', () => {
    expect(lean.sentiment).toMatchObject({ article: { score: full.sentiment?.article.score, label: full.sentiment?.article.label }, headlineVsBody: full.sentiment?.headlineVsBody });
    expect(lean.sentiment?.voices).toEqual(full.sentiment?.voices);
    expect(lean.bias).toMatchObject({ score: full.bias?.score, counts: full.bias?.counts, rates: full.bias?.rates, voices: full.bias?.voices });
    expect(lean.voices).toEqual(full.voices);
    const first = Object.fromEntries(Object.entries(lean.entities).map(([field, column]) => [field, (column as unknown[])[0]]));
    expect(first).toEqual({ id: 'GPE:israel', name: 'Israel', type: 'GPE', count: 22, salience: 0.973, tone: -0.0006, label: 'neutral', mentionsRead: 22, writer: 0.0546, quoted: -0.3504, quotes: 1, quotedWords: 23 });
    expect(lean.entities.id).toEqual(full.entities.filter(isNamedEntity).map((entity) => entity.id));
    expect(lean.framing?.generic[0]).toEqual({ frame: 'conflict', score: 0.6111, present: true, cues: 11 });
    expect(compared(lean)).toEqual(compared(full));
  });

  it('gives each section’s frame scores in the order of the article’s frames, and the frames present', () => {
    const sections = lean.framing?.sections;
    expect(sections?.heading[2]).toBe('Arch Rivals Israel-Iran');
    expect(sections?.generic[2]).toEqual([0.6708, 0.3958, 0.05, 0.6147, 0.5523]);
    expect(sections?.present[2]).toEqual(['generic:conflict', 'generic:responsibility', 'policy:policy_prescription_and_evaluation', 'policy:external_regulation_and_reputation']);
    full.framing?.sections.forEach((section, s) => {
      expect(sections?.policy[s]).toEqual(section.policy.map((frame) => frame.score));
      expect(section.policy.map((frame) => frame.frame)).toEqual(full.framing?.policy.map((frame) => frame.frame));
    });
  });

  // Issue 14's bound for corpus output: 15 KB an article (the bundled article's is about 13.6 KB).
  it('holds no evidence, explanation or text but titles and headings, and stays under 15 KB', () => {
    expectLean(full);
    for (const name of LAYOUTS) expectLean(analyze(fixture(`layouts/${name}`)));
    expect(bytes(lean)).toBeLessThan(15_000);
    const skipped = leanAnalysis(analyze(article, { skip: ['sentiment', 'bias', 'framing'] }));
    expect(Object.keys(skipped)).toEqual(['meta', 'stats', 'structure', 'sentences', 'entities', 'voices']);
    expect(Object.keys(skipped.sentences)).toEqual(['start', 'end', 'part', 'section']);
    expect(leanAnalysis(analyze('')).sentences).toEqual({ start: [], end: [], part: [], section: [], sentiment: [], label: [], bias: [] });
  });
});

// The built command line, as `npx newslens` runs it (npm test builds before it tests).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const corpus = new URL('../examples/corpus.jsonl', import.meta.url).pathname;
const fixturePath = new URL('../fixtures/soleimani-us-israel.txt', import.meta.url).pathname;
const newslens = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const lines = (text: string) => text.trim().split('\n');

describe('newslens analyze and batch --compact and --lean', () => {
  it('analyze prints the compact or the lean form', () => {
    expect(JSON.parse(newslens(['analyze', fixturePath, '--compact']).stdout)).toEqual(compact);
    const printed = newslens(['analyze', fixturePath, '--lean']).stdout;
    expect(printed).toBe(`${JSON.stringify(lean, null, 2)}\n`);
    for (const command of ['analyze', 'batch']) expect(newslens([command, '--help']).stdout).toMatch(/--compact .*\n.*--lean /);
  });

  it('refuses two forms, or a form of JSON with another format, writing nothing', () => {
    for (const [args, reason] of [
      [['analyze', fixturePath, '--compact', '--lean'], 'newslens: --compact and --lean are two forms of the output: give one'],
      [['analyze', fixturePath, '--lean', '--format', 'csv'], 'newslens: --lean is a form of the JSON output: it does not go with --format csv'],
      [['batch', corpus, '--lean', '--compact'], 'newslens: --compact and --lean are two forms of the output: give one'],
    ] as const) {
      const run = newslens([...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(reason);
    }
  });

  it('batch writes each form one line an article, with the same tables, and compare reads every form alike', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-forms-'));
    const runs = ['full', 'compact', 'lean'].map((form) => {
      const out = join(dir, `${form}.jsonl`);
      const run = newslens(['batch', corpus, '--jobs', '1', '--out', out, '--tables', join(dir, form), ...(form === 'full' ? [] : [`--${form}`])]);
      expect(run.stderr).toContain('newslens batch: 5 analysed, 2 failed');
      return { form, out, lines: lines(readFileSync(out, 'utf8')) };
    });
    const [fullRun, compactRun, leanRun] = runs as [(typeof runs)[number], (typeof runs)[number], (typeof runs)[number]];
    const records = (run: (typeof runs)[number]) => run.lines.map((line) => JSON.parse(line));
    expect(records(compactRun).map((record) => (record.analysis ? expandAnalysis(record.analysis) : record))).toEqual(records(fullRun).map((record) => record.analysis ?? record));
    records(leanRun).forEach((record, k) => {
      const own = records(fullRun)[k];
      if (!own.analysis) return expect(record).toEqual(own);
      expect(record).toEqual({ ...own, analysis: leanAnalysis(own.analysis) });
    });
    for (const line of leanRun.lines) expect(Buffer.byteLength(line)).toBeLessThan(15_000);
    for (const table of ['articles', 'sections', 'sentences', 'entities', 'mentions', 'markers', 'frames']) {
      expect(readFileSync(join(dir, 'lean', `${table}.csv`), 'utf8')).toBe(readFileSync(join(dir, 'full', `${table}.csv`), 'utf8'));
    }
    const compared = runs.map(({ out }) => newslens(['compare', out]).stdout);
    expect(compared[0]).toContain('Valley Times,frame_share,generic:conflict,1,2');
    expect(compared[1]).toBe(compared[0]);
    expect(compared[2]).toBe(compared[0]);
  });

  it('resumes a lean batch: ids already in --out are skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-forms-'));
    const out = join(dir, 'out.jsonl');
    writeFileSync(join(dir, 'first.jsonl'), lines(readFileSync(corpus, 'utf8')).slice(0, 2).join('\n'));
    newslens(['batch', join(dir, 'first.jsonl'), '--out', out, '--lean', '--jobs', '1']);
    const resumed = newslens(['batch', corpus, '--out', out, '--lean', '--resume', '--jobs', '1']);
    expect(resumed.stderr).toContain('3 analysed, 2 failed, 2 skipped');
    const written = lines(readFileSync(out, 'utf8')).map((line) => JSON.parse(line));
    expect(written.map((record) => record.id)).toEqual(['harbour-1', 'harbour-2', 'council-1', 'council-2', 'flood-1', 'empty-1', 'corpus.jsonl:7']);
    expect(written.filter((record) => record.analysis).every((record) => record.analysis.meta.form === 'lean')).toBe(true);
  });
});
