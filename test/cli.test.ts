import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../src/index.js';
import { article } from './helpers.js';
import { gnuParallel, needs } from './requirements.js';

// The built command line, as `npx newslens` runs it (npm test builds before it tests).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const corpus = new URL('../examples/corpus.jsonl', import.meta.url).pathname;
const fixturePath = new URL('../fixtures/soleimani-us-israel.txt', import.meta.url).pathname;
const newslens = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const scratch = () => mkdtempSync(join(tmpdir(), 'newslens-cli-'));
const jsonLines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const GOOD = ['harbour-1', 'harbour-2', 'council-1', 'council-2', 'flood-1'];

describe('newslens --help, --version and bad usage', () => {
  it('prints the version and complete help for every command', () => {
    expect(newslens(['--version']).stdout).toBe(`${version}\n`);
    const help = newslens(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['analyze', 'batch', 'report', 'compare']) expect(help.stdout).toContain(`newslens ${command}`);
    expect(newslens(['batch', '--help']).stdout).toContain('--tables DIR');
    expect(newslens(['batch', '--help']).stdout).toContain('--resume');
    expect(newslens(['analyze', '--help']).stdout).toContain('json (default');
    expect(newslens(['report', '--help']).stdout).toContain('self-contained HTML');
    expect(newslens(['compare', '--help']).stdout).toContain('--by FIELD');
  });

  it('exits 2 with a reason on bad usage, writing nothing to standard output', () => {
    for (const [args, reason] of [
      [[], 'Usage:'],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['analyze', 'missing.txt'], 'cannot read missing.txt: ENOENT'],
      [['analyze', fixturePath, '--format', 'pdf'], 'unknown format "pdf"'],
      [['analyze', fixturePath, '--colour'], "Unknown option '--colour'"],
      [['batch'], 'batch needs at least one INPUT'],
      [['batch', corpus, '--jobs', 'two'], '--jobs must be a whole number'],
      [['batch', corpus, '--resume'], '--resume needs --out'],
      [['batch', 'nothing/*.jsonl'], 'no file matches nothing/*.jsonl'],
    ] as const) {
      const run = newslens([...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout + run.stderr).toContain(reason);
    }
    expect(newslens(['frobnicate']).stdout).toBe('');
  });
});

describe('newslens analyze', () => {
  it('prints the analysis as JSON, from a file or from standard input', () => {
    const fromFile = JSON.parse(newslens(['analyze', fixturePath]).stdout);
    expect(fromFile.structure.title.text).toMatch(/^Two Years Of Assassination/);
    expect(fromFile.framing.generic[0].frame).toBe('conflict');
    expect(JSON.parse(newslens(['analyze', '-'], article).stdout)).toEqual(fromFile);
  });

  it('prints a Markdown report and one tidy CSV table', () => {
    const markdown = newslens(['analyze', fixturePath, '--format', 'markdown']).stdout;
    expect(markdown).toContain('| 3 | Arch Rivals Israel-Iran | 1061–1464 | 1 |');
    expect(markdown).toContain('## Bias markers');
    expect(markdown).toMatch(/\| 989–996 \| evaluative \| harshly \|/);
    const csv = newslens(['analyze', fixturePath, '--format', 'csv', '--table', 'markers']).stdout.split('\n');
    expect(csv[0]).toBe('article_id,sentence,start,end,text,category,type,attributed,negated,lexicon,explanation');
    expect(csv.find((line) => line.includes(',989,996,'))).toMatch(/^.*soleimani-us-israel\.txt,\d+,989,996,harshly,evaluative,evaluative_adverb,false,false,newslens\/bias-evaluative,/);
  });
});

describe('newslens report and compare', () => {
  it('report writes the same self-contained page as analyze --format html', () => {
    const dir = scratch();
    const run = newslens(['report', fixturePath, '-o', join(dir, 'report.html')]);
    expect(run.status).toBe(0);
    const page = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('>harshly</mark>');
    expect(newslens(['analyze', fixturePath, '--format', 'html']).stdout.trim()).toBe(page.trim());
  });

  it('compare groups batch output by outlet into a tidy CSV, and writes charts', () => {
    const dir = scratch();
    newslens(['batch', corpus, '--out', join(dir, 'batch.jsonl')]);
    const run = newslens(['compare', join(dir, 'batch.jsonl'), '--html', join(dir, 'compare.html')]);
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toBe('group,measure,name,value,articles');
    expect(rows).toContain('Valley Times,frame_share,generic:conflict,1,2');
    expect(new Set(rows.slice(1).map((row) => row.split(',')[0]))).toEqual(new Set(['Coastal Herald', 'Valley Times']));
    expect(readFileSync(join(dir, 'compare.html'), 'utf8')).toContain('Valley Times');
    expect(newslens(['compare', join(dir, 'missing.jsonl')]).status).toBe(2);
  });
});

describe('newslens batch', () => {
  it('writes one JSONL line per record in input order, error lines for bad records, and exits 1', () => {
    const run = newslens(['batch', corpus, '--jobs', '2']);
    expect(run.status).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.id)).toEqual([...GOOD, 'empty-1', 'corpus.jsonl:7']);
    expect(lines[0]).toMatchObject({ id: 'harbour-1', title: 'Harbour Workers Strike Over Pay', outlet: 'Coastal Herald', date: '2026-03-02' });
    expect((lines[0]?.analysis as { stats: { words: number } }).stats.words).toBeGreaterThan(50);
    expect(lines[5]).toEqual({ id: 'empty-1', source: corpus, line: 6, error: 'empty text' });
    expect(lines[6]).toMatchObject({ id: 'corpus.jsonl:7', line: 7, error: expect.stringContaining('bad JSON') });
    expect(run.stderr).toContain('newslens batch: 5 analysed, 2 failed');
  });

  it('writes tidy CSV tables keyed by article id', () => {
    const dir = scratch();
    newslens(['batch', corpus, '--out', join(dir, 'out.jsonl'), '--tables', join(dir, 'tables')]);
    const articles = readFileSync(join(dir, 'tables', 'articles.csv'), 'utf8').trim().split('\n');
    expect(articles[0]).toBe('article_id,title,outlet,date,url,characters,words,sentences,paragraphs,sections,sentiment_score,sentiment_label,headline_minus_body,bias_score,bias_markers,generic_frames,policy_frames');
    expect(articles.slice(1).map((line) => line.split(',')[0])).toEqual(GOOD);
    const entities = readFileSync(join(dir, 'tables', 'entities.csv'), 'utf8');
    expect(entities).toContain('harbour-1,PERSON:helen-marsh,PERSON,Helen Marsh,1,');
    const mentions = readFileSync(join(dir, 'tables', 'mentions.csv'), 'utf8');
    const marsh = mentions.split('\n').find((line) => line.includes('PERSON:helen-marsh'))?.split(',') ?? [];
    const text = (jsonLines(readFileSync(corpus, 'utf8').split('\n')[0] as string)[0] as { text: string }).text;
    expect(text.slice(Number(marsh[2]), Number(marsh[3]))).toBe('Helen Marsh');
    for (const name of ['sections', 'sentences', 'markers', 'frames']) expect(readFileSync(join(dir, 'tables', `${name}.csv`), 'utf8').split('\n').length).toBeGreaterThan(2);
  });

  it('reads directories, globs and standard input', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'a.txt'), 'Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday, and the governor ordered schools closed.');
    writeFileSync(join(dir, 'texts', 'b.md'), article);
    writeFileSync(join(dir, 'texts', 'c.html'), `<html><head><style>div.article-body-wrapper{margin:0}</style></head><body><div class="article-body-wrapper" data-tracking-id="x"><h1>Storm Hits Coast</h1><p>Winds reached 120 km/h in Florida on Monday, and the governor ordered schools closed.</p></div></body></html>`);
    writeFileSync(join(dir, 'texts', 'd.txt'), 'Die Regierung hat am Montag beschlossen, dass die Schulen wegen des Sturms geschlossen bleiben, bis das Wetter sich beruhigt und die Straßen wieder frei sind.');
    const fromDirectory = jsonLines(newslens(['batch', join(dir, 'texts'), '--jobs', '1']).stdout);
    expect(fromDirectory.map((line) => line.id)).toEqual(['a.txt', 'b.md', 'c.html', 'd.txt']);
    expect((fromDirectory[2]?.analysis as { structure: { title: { text: string } } }).structure.title.text).toBe('Storm Hits Coast');
    expect(fromDirectory[3]).toMatchObject({ id: 'd.txt', error: 'not English: newslens reads English news' });
    expect(jsonLines(newslens(['batch', join(dir, 'texts', '*.txt')]).stdout).map((line) => line.id)).toEqual([join(dir, 'texts', 'a.txt'), join(dir, 'texts', 'd.txt')]);
    const piped = newslens(['batch', '-'], readFileSync(corpus, 'utf8').split('\n').slice(0, 2).join('\n'));
    expect(piped.status).toBe(0);
    expect(jsonLines(piped.stdout).map((line) => line.id)).toEqual(['harbour-1', 'harbour-2']);
  });

  it('resumes: ids already analysed in --out are skipped and the rest appended', () => {
    const dir = scratch();
    const out = join(dir, 'out.jsonl');
    const firstTwo = join(dir, 'first.jsonl');
    writeFileSync(firstTwo, readFileSync(corpus, 'utf8').split('\n').slice(0, 2).join('\n'));
    newslens(['batch', firstTwo, '--out', out, '--tables', join(dir, 'tables')]);
    const resumed = newslens(['batch', corpus, '--out', out, '--tables', join(dir, 'tables'), '--resume']);
    expect(resumed.stderr).toContain('3 analysed, 2 failed, 2 skipped');
    expect(jsonLines(readFileSync(out, 'utf8')).map((line) => line.id)).toEqual([...GOOD, 'empty-1', 'corpus.jsonl:7']);
    const articles = readFileSync(join(dir, 'tables', 'articles.csv'), 'utf8').trim().split('\n');
    expect(articles.filter((line) => line.startsWith('article_id,'))).toHaveLength(1);
    expect(articles).toHaveLength(6);
  });

  it('stops on Ctrl-C with every line written so far whole, and exits 130', async () => {
    const dir = scratch();
    const out = join(dir, 'out.jsonl');
    const child = spawn(process.execPath, [cli, 'batch', '-', '--out', out, '--jobs', '2'], { stdio: ['pipe', 'ignore', 'pipe'] });
    child.stdin.on('error', () => {}); // the batch closes its input on Ctrl-C
    const line = `${JSON.stringify({ id: 'x', text: article })}\n`;
    let sent = 0;
    const feed = setInterval(() => {
      if (sent < 2000 && child.stdin.writable) child.stdin.write(line.replace('"x"', `"a${(sent += 1)}"`));
    }, 2);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    clearInterval(feed);
    expect(status).toBe(130);
    const written = readFileSync(out, 'utf8');
    expect(written.endsWith('\n')).toBe(true);
    const ids = jsonLines(written).map((record) => record.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(ids.map((_, k) => `a${k + 1}`));
  }, 30_000);

  it('is a filter GNU parallel can split: parallel --pipe --keep-order gives the same lines as one run', { ...needs(gnuParallel), timeout: 60_000 }, () => {
    const good = readFileSync(corpus, 'utf8').split('\n').slice(0, 5).join('\n');
    const alone = newslens(['batch', '-', '--jobs', '1'], good).stdout;
    const split = execFileSync('parallel', ['--will-cite', '--pipe', '-N2', '--keep-order', process.execPath, cli, 'batch', '-', '--jobs', '1'], { input: good, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(jsonLines(split).map((line) => line.id)).toEqual(GOOD);
    expect(split).toBe(alone);
  });
});
