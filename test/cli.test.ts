import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../src/index.js';
import { article } from './helpers.js';
import { gnuParallel, needs } from './requirements.js';
import { voiceText } from './voice-fixture.js';

// The built command line, as `npx newslens` runs it (npm test builds before it tests).
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const corpus = new URL('../examples/corpus.jsonl', import.meta.url).pathname;
const fixturePath = new URL('../fixtures/soleimani-us-israel.txt', import.meta.url).pathname;
const newslens = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
const scratch = () => mkdtempSync(join(tmpdir(), 'newslens-cli-'));
const jsonLines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
const GOOD = ['harbour-1', 'harbour-2', 'council-1', 'council-2', 'flood-1'];
// German news that a share of English function words alone let through ("in", "an", "was", "will" are German too).
const GERMAN = 'Die Bundesregierung will in der kommenden Woche über das neue Heizungsgesetz entscheiden. Wie ein Sprecher am Montag in Berlin sagte, sind die Gespräche mit den Ländern weit fortgeschritten. Was noch fehlt, ist eine Einigung über die Förderung für Mieter. In Bayern und in Hessen wird an einer eigenen Lösung gearbeitet.';

describe('newslens --help, --version and bad usage', () => {
  it('prints the version and complete help for every command', () => {
    expect(newslens(['--version']).stdout).toBe(`${version}\n`);
    const help = newslens(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['analyze', 'batch', 'report', 'compare', 'merge']) expect(help.stdout).toContain(`newslens ${command}`);
    expect(newslens(['batch', '--help']).stdout).toContain('--tables DIR');
    expect(newslens(['batch', '--help']).stdout).toContain('--resume');
    expect(newslens(['batch', '--help']).stdout).toContain('--shard K/N');
    expect(newslens(['merge', '--help']).stdout).toContain('--input INPUT');
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
    expect(csv[0]).toBe('article_id,sentence,start,end,text,category,type,attributed,negated,voice,quote_id,lexicon,explanation');
    // The voice is the library's to give (empty where an analysis does not say): writer here, outside every quote.
    expect(csv.find((line) => line.includes(',989,996,'))).toMatch(/^.*soleimani-us-israel\.txt,\d+,989,996,harshly,evaluative,evaluative_adverb,false,false,(writer)?,,newslens\/bias-evaluative,/);
  });

  it('prints the quotes table: who said what, with its cue and its words', () => {
    const file = join(scratch(), 'vote.txt');
    writeFileSync(file, voiceText);
    expect(newslens(['analyze', file, '--format', 'csv', '--table', 'quotes']).stdout).toBe(
      [
        'article_id,quote_id,kind,speaker,speaker_type,cue,cue_loaded,start,end,words,text',
        `${file},q1,mixed,PERSON:jane-miller,person,say,false,0,81,9,"Senator Jane Miller said the plan was ""a reckless disaster for working families."""`,
        `${file},q2,indirect,Officials,anonymous,say,false,82,117,3,Officials said talks would continue`,
        '',
      ].join('\n'),
    );
    expect(newslens(['analyze', file, '--format', 'markdown']).stdout).toContain('## Who speaks\n\n12 of 23 words quoted (52%); anonymous sources 25% of the quoted words.\n');
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
    // The built command line carries the page's stylesheets and script (src/report/assets/) inline.
    for (const asset of ['page.css', 'report.css', 'report.js']) {
      const text = readFileSync(new URL(`../src/report/assets/${asset}`, import.meta.url), 'utf8');
      expect(page, asset).toContain(text.slice(text.indexOf('\n') + 1, text.indexOf('\n') + 200));
    }
    expect(newslens(['analyze', fixturePath, '--format', 'html']).stdout.trim()).toBe(page.trim());
  });

  it('compare groups batch output by outlet into a tidy CSV, and writes charts', () => {
    const dir = scratch();
    newslens(['batch', corpus, '--out', join(dir, 'batch.jsonl')]);
    const run = newslens(['compare', join(dir, 'batch.jsonl'), '--html', join(dir, 'compare.html')]);
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n');
    // The columns of before intervals, in their order, then the interval and the articles it resamples.
    expect(rows[0]).toBe('group,measure,name,value,articles,low,high,n');
    expect(rows).toContain('Valley Times,frame_share,generic:conflict,1,2,1,1,2');
    expect(new Set(rows.slice(1).map((row) => row.split(',')[0]))).toEqual(new Set(['Coastal Herald', 'Valley Times']));
    expect(readFileSync(join(dir, 'compare.html'), 'utf8')).toContain('Valley Times');
    expect(run.stderr).toBe('newslens compare: No named entity is mentioned at least 3 times in every group, so no entity’s tone is compared (--min-mentions sets the number).\n');
    expect(newslens(['compare', join(dir, 'missing.jsonl')]).status).toBe(2);
  });

  it('compare writes the same bytes every run, takes --min-mentions, --resamples and --seed, and writes markdown', () => {
    const dir = scratch();
    newslens(['batch', corpus, '--out', join(dir, 'batch.jsonl')]);
    const batch = join(dir, 'batch.jsonl');
    const first = newslens(['compare', batch, '--markdown', join(dir, 'a.md'), '--html', join(dir, 'a.html')]);
    const second = newslens(['compare', batch, '--markdown', join(dir, 'b.md'), '--html', join(dir, 'b.html')]);
    expect(second.stdout).toBe(first.stdout);
    for (const kind of ['md', 'html']) expect(readFileSync(join(dir, `b.${kind}`), 'utf8'), kind).toBe(readFileSync(join(dir, `a.${kind}`), 'utf8'));
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toMatch(/\| mean article tone \(−1\.\.1\) \| -?\d\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\] \(n = \d\) \|/);
    const seeded = newslens(['compare', batch, '--seed', '7', '--resamples', '300']);
    expect(seeded.stdout).not.toBe(first.stdout);
    expect(seeded.stdout.split('\n').map((line) => line.split(',').slice(0, 5).join(','))).toEqual(first.stdout.split('\n').map((line) => line.split(',').slice(0, 5).join(',')));
    // Every outlet names these entities at least once; each one's rows lack an interval where one article names it.
    const once = newslens(['compare', batch, '--min-mentions', '1']);
    expect(once.stderr).toBe('');
    const entityRows = once.stdout.split('\n').filter((line) => line.includes(',entity_tone,'));
    expect(entityRows.length).toBeGreaterThan(0);
    for (const row of entityRows) expect(row.endsWith(',1') ? row.endsWith(',,,1') : true, row).toBe(true);
    for (const [option, value] of [['--min-mentions', '0'], ['--resamples', '1.5'], ['--seed', '-1'], ['--seed', '4294967296']]) {
      const bad = newslens(['compare', batch, `${option}=${value}`]);
      expect({ status: bad.status, stdout: bad.stdout }, `${option} ${value}`).toEqual({ status: 2, stdout: '' });
      expect(bad.stderr).toContain(`${option} must be a whole number from`);
    }
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
    expect(readdirSync(join(dir, 'tables')).sort()).toEqual(['articles.csv', 'entities.csv', 'frames.csv', 'markers.csv', 'mentions.csv', 'quotes.csv', 'sections.csv', 'sentences.csv']);
    for (const name of ['sections', 'sentences', 'markers', 'frames', 'quotes']) expect(readFileSync(join(dir, 'tables', `${name}.csv`), 'utf8').split('\n').length).toBeGreaterThan(2);
  });

  it('reads directories, globs and standard input', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'a.txt'), 'Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday, and the governor ordered schools closed.');
    writeFileSync(join(dir, 'texts', 'b.md'), article);
    writeFileSync(join(dir, 'texts', 'c.html'), `<html><head><style>div.article-body-wrapper{margin:0}</style></head><body><div class="article-body-wrapper" data-tracking-id="x"><h1>Storm Hits Coast</h1><p>Winds reached 120 km/h in Florida on Monday, and the governor ordered schools closed.</p></div></body></html>`);
    writeFileSync(join(dir, 'texts', 'e.txt'), Buffer.from([0x53, 0x74, 0x6f, 0x72, 0x6d, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'texts', 'd.txt'), GERMAN);
    const fromDirectory = jsonLines(newslens(['batch', join(dir, 'texts'), '--jobs', '1']).stdout);
    expect(fromDirectory.map((line) => line.id)).toEqual(['a.txt', 'b.md', 'c.html', 'd.txt', 'e.txt']);
    expect((fromDirectory[2]?.analysis as { structure: { title: { text: string } } }).structure.title.text).toBe('Storm Hits Coast');
    expect(fromDirectory[3]).toMatchObject({ id: 'd.txt', error: 'not English (German function words outnumber English ones): newslens reads English news' });
    expect(fromDirectory[4]).toMatchObject({ id: 'e.txt', error: 'not text (it has NUL bytes): newslens reads UTF-8 text' });
    expect(jsonLines(newslens(['batch', join(dir, 'texts', '*.txt')]).stdout).map((line) => line.id)).toEqual(['a.txt', 'd.txt', 'e.txt'].map((file) => join(dir, 'texts', file)));
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

/** Runs the command line and closes its standard output after the first bytes, as `| head -c 1` does. */
const closedEarly = (args: string[]) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (status) => resolve({ status, stderr }));
  });

/** A scratch directory holding an old output file and old tables, to see that a failed run leaves them alone. */
function oldOutputs() {
  const dir = scratch();
  const out = join(dir, 'out.jsonl');
  writeFileSync(out, '{"id":"old"}\n');
  mkdirSync(join(dir, 'tables'));
  writeFileSync(join(dir, 'tables', 'articles.csv'), 'old table\n');
  const unchanged = () => {
    expect(readFileSync(out, 'utf8')).toBe('{"id":"old"}\n');
    expect(readdirSync(join(dir, 'tables'))).toEqual(['articles.csv']);
    expect(readFileSync(join(dir, 'tables', 'articles.csv'), 'utf8')).toBe('old table\n');
    expect(readdirSync(dir).sort()).toEqual(['out.jsonl', 'tables']);
  };
  return { dir, out, tables: join(dir, 'tables'), unchanged };
}

describe('output files', () => {
  it('a batch whose inputs cannot be read exits 2 and leaves --out and --tables as they were', () => {
    const { dir, out, tables, unchanged } = oldOutputs();
    for (const [inputs, reason] of [
      [[join(dir, 'missing.jsonl')], `no file matches ${join(dir, 'missing.jsonl')}`],
      [[corpus, join(dir, 'missing.jsonl')], `no file matches ${join(dir, 'missing.jsonl')}`],
    ] as const) {
      const run = newslens(['batch', ...inputs, '--out', out, '--tables', tables]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(reason);
      unchanged();
    }
  });

  it('refuses an --out that is also an input', () => {
    const dir = scratch();
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, readFileSync(corpus, 'utf8'));
    const run = newslens(['batch', input, '--out', input, '--resume']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--out ${input} is also an input`);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(corpus, 'utf8'));
  });

  it('a batch killed with SIGTERM leaves the old --out and --tables, and no temporary file', async () => {
    const { out, tables, unchanged } = oldOutputs();
    const child = spawn(process.execPath, [cli, 'batch', '-', '--out', out, '--tables', tables, '--jobs', '1'], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.stdin.on('error', () => {});
    for (let k = 0; k < 50; k += 1) child.stdin.write(`${JSON.stringify({ id: `a${k}`, text: article })}\n`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    child.kill('SIGTERM');
    const signal = await new Promise((resolve) => child.on('exit', (_, killedBy) => resolve(killedBy)));
    expect(signal).toBe('SIGTERM');
    unchanged();
  }, 30_000);

  it('an output that cannot be written is one line and exit status 2, before any work', () => {
    const dir = scratch();
    for (const args of [
      ['analyze', fixturePath, '-o', '/nonexistent/x.json'],
      ['report', fixturePath, '-o', dir],
      ['batch', corpus, '--out', '/nonexistent/x.jsonl'],
      ['batch', corpus, '--tables', fixturePath],
      ['compare', corpus, '--html', '/nonexistent/x.html'],
    ]) {
      const run = newslens(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0], args.join(' ')).toMatch(/^newslens: cannot write \S+: (ENOENT|ENOTDIR|EEXIST|it is a directory)$/);
      expect(run.stderr).not.toContain('    at ');
    }
  });

  it('--resume after a hard kill drops the cut-off last line and the unfinished article\'s table rows, and analyses it again', () => {
    const dir = scratch();
    const out = join(dir, 'out.jsonl');
    const tables = join(dir, 'tables');
    const firstThree = join(dir, 'first.jsonl');
    writeFileSync(firstThree, readFileSync(corpus, 'utf8').split('\n').slice(0, 3).join('\n'));
    newslens(['batch', firstThree, '--out', out, '--tables', tables]);
    // A kill while the third line was being written: its table rows are written, its line is cut off.
    const lines = readFileSync(out, 'utf8').split('\n');
    writeFileSync(out, `${lines[0]}\n${lines[1]}\n${lines[2]?.slice(0, 500)}`);
    const sentences = readFileSync(join(tables, 'sentences.csv'), 'utf8');
    writeFileSync(join(tables, 'sentences.csv'), sentences.slice(0, sentences.length - 40));
    const resumed = newslens(['batch', corpus, '--out', out, '--tables', tables, '--resume']);
    expect(resumed.stderr).toContain(`newslens: ${out}: dropped its last line, cut off by an interrupted run (500 bytes); its article is analysed again`);
    expect(resumed.stderr).toMatch(/tables\/articles\.csv: dropped its last \d+ bytes, the rows of an article an interrupted run did not finish/);
    expect(resumed.stderr).toContain('3 analysed, 2 failed, 2 skipped');
    expect(jsonLines(readFileSync(out, 'utf8')).map((line) => line.id)).toEqual([...GOOD, 'empty-1', 'corpus.jsonl:7']);
    const articleIds = readFileSync(join(tables, 'articles.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(articleIds).toEqual(GOOD);
    const whole = newslens(['batch', corpus, '--tables', join(dir, 'whole')]);
    expect(whole.status).toBe(1);
    for (const name of ['articles', 'sentences', 'markers']) expect(readFileSync(join(tables, `${name}.csv`), 'utf8')).toBe(readFileSync(join(dir, 'whole', `${name}.csv`), 'utf8'));
  }, 60_000); // three whole batches over the corpus: more than the default 20 s on a loaded machine

  it('--resume mends a whole last line that lacks its newline, and refuses a file that is not batch output', () => {
    const dir = scratch();
    const out = join(dir, 'out.jsonl');
    const firstTwo = join(dir, 'first.jsonl');
    writeFileSync(firstTwo, readFileSync(corpus, 'utf8').split('\n').slice(0, 2).join('\n'));
    newslens(['batch', firstTwo, '--out', out]);
    writeFileSync(out, readFileSync(out, 'utf8').trimEnd());
    const resumed = newslens(['batch', corpus, '--out', out, '--resume']);
    expect(resumed.stderr).toContain(`newslens: ${out}: its last line had no newline; added one`);
    expect(jsonLines(readFileSync(out, 'utf8')).map((line) => line.id)).toEqual([...GOOD, 'empty-1', 'corpus.jsonl:7']);
    const notBatch = join(dir, 'notes.jsonl');
    writeFileSync(notBatch, '{"id":"a","text":"x"}\n{"id":"b","te');
    const refused = newslens(['batch', corpus, '--out', notBatch, '--resume']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`--resume: ${notBatch} is not the output of newslens batch: line 1: expected an id and an analysis, or an error`);
    expect(readFileSync(notBatch, 'utf8')).toBe('{"id":"a","text":"x"}\n{"id":"b","te');
  });
});

describe('Unix manners', () => {
  it('stops quietly with status 141 when standard output is closed early', async () => {
    for (const args of [['analyze', fixturePath], ['batch', corpus, '--jobs', '1']]) {
      const run = await closedEarly(args);
      expect(run.status, args.join(' ')).toBe(141);
      expect(run.stderr, args.join(' ')).toBe('');
    }
  }, 30_000);

  it('every command that writes a file takes --out and --output alike', () => {
    const dir = scratch();
    for (const [flag, command, input, file] of [
      ['--out', 'analyze', fixturePath, 'a.json'],
      ['--out', 'report', fixturePath, 'r.html'],
      ['--output', 'batch', corpus, 'b.jsonl'],
    ] as const) {
      expect(newslens([command, input, flag, join(dir, file)]).status, `${command} ${flag}`).not.toBe(2);
      expect(readFileSync(join(dir, file), 'utf8').length).toBeGreaterThan(1000);
    }
    expect(newslens(['compare', join(dir, 'b.jsonl'), '--out', join(dir, 'c.csv')]).status).toBe(0);
    expect(readFileSync(join(dir, 'c.csv'), 'utf8')).toMatch(/^group,measure,name,value,articles,low,high,n\n/);
    const both = newslens(['analyze', fixturePath, '--out', join(dir, 'x'), '--output', join(dir, 'y')]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--out and --output are one option, and name two files here: give one of them');
  });

  it('--skip leaves analyses out and --tokens adds the tokens, in analyze and batch; an unknown analysis is bad usage', () => {
    const skipped = JSON.parse(newslens(['analyze', fixturePath, '--skip', 'sentiment,bias', '--tokens']).stdout);
    expect(skipped.meta.stages).toEqual(['markup', 'structure', 'tokens', 'entities', 'quotes', 'framing']);
    expect(skipped.sentiment).toBeUndefined();
    expect(skipped.bias).toBeUndefined();
    expect(skipped.tokens[0]).toMatchObject({ start: 0, end: 3, text: 'Two' });
    const batched = jsonLines(newslens(['batch', corpus, '--skip', 'framing', '--skip', 'bias', '--tokens']).stdout)[0]?.analysis as Record<string, unknown>;
    expect(batched.framing).toBeUndefined();
    expect(batched.bias).toBeUndefined();
    expect(Array.isArray(batched.tokens)).toBe(true);
    for (const [args, reason] of [
      [['analyze', fixturePath, '--skip', 'sentiment,frames'], '--skip: unknown analysis "frames": expected sentiment, bias, framing'],
      [['batch', corpus, '--skip', 'entities'], '--skip: unknown analysis "entities": expected sentiment, bias, framing'],
      [['analyze', fixturePath, '--tokens', '--format', 'markdown'], '--tokens adds the tokens to the JSON: it needs --format json'],
    ] as const) {
      const run = newslens([...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(reason);
    }
  });

  it('analyze and report refuse JSONL and binary files with one line and status 2, and non-English or empty text with status 1', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    writeFileSync(join(dir, 'german.txt'), GERMAN);
    writeFileSync(join(dir, 'empty.txt'), ' \n');
    for (const [args, input, status, message] of [
      [['analyze', corpus], undefined, 2, `newslens: ${corpus} is JSONL, one article a line: use \`newslens batch ${corpus}\``],
      [['analyze', '-'], readFileSync(corpus, 'utf8'), 2, 'newslens: standard input is JSONL, one article a line: use `newslens batch -`'],
      [['report', join(dir, 'binary.txt')], undefined, 2, `newslens: ${join(dir, 'binary.txt')} is not text (it has NUL bytes): newslens reads UTF-8 text`],
      [['analyze', join(dir, 'german.txt')], undefined, 1, `newslens: ${join(dir, 'german.txt')}: not English (German function words outnumber English ones): newslens reads English news`],
      [['analyze', join(dir, 'empty.txt')], undefined, 1, `newslens: ${join(dir, 'empty.txt')}: empty text`],
    ] as const) {
      const run = newslens([...args], input);
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr.split('\n')[0]).toBe(message);
      expect(run.stdout).toBe('');
    }
  });

  it('--max-length refuses a longer text in one line (an error line in batch) and raises the limit; a bad value is bad usage', () => {
    const refused = newslens(['analyze', fixturePath, '--max-length', '3000']);
    expect({ status: refused.status, stdout: refused.stdout, stderr: refused.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: 'newslens: newslens.analyze(text): the text is 3,463 characters, over maxLength 3,000; raise it with --max-length\n',
    });
    expect(newslens(['report', fixturePath, '--max-length', '3000']).status).toBe(1);
    expect(JSON.parse(newslens(['analyze', fixturePath, '--max-length', '3463']).stdout).stats.characters).toBe(3463);
    expect(JSON.parse(newslens(['analyze', fixturePath, '--max-length', 'Infinity']).stdout).stats.characters).toBe(3463);
    const lines = jsonLines(newslens(['batch', corpus, '--max-length', '400']).stdout);
    // harbour-1 has 528 characters, harbour-2 413, council-1 354.
    expect(lines.find((line) => line.id === 'harbour-1')?.error).toBe('analysis failed: newslens.analyze(text): the text is 528 characters, over maxLength 400; raise it with --max-length');
    expect(lines.find((line) => line.id === 'council-1')?.analysis).toBeDefined();
    for (const value of ['abc', '0', '1.5', '1e3']) {
      const run = newslens(['analyze', fixturePath, '--max-length', value]);
      expect(run.status, value).toBe(2);
      expect(run.stderr).toContain(`--max-length must be a whole number of characters or Infinity, received ${JSON.stringify(value)}`);
    }
  });

  it('reads JSONL that begins with a byte-order mark, and refuses --lean with --tokens and an empty --by as bad usage', () => {
    const lines = jsonLines(newslens(['batch', '-'], `\uFEFF${JSON.stringify({ id: 'bom', text: 'Talks resumed on Monday in Geneva.' })}\n`).stdout);
    expect(lines.map((line) => [line.id, line.error])).toEqual([['bom', undefined]]);
    for (const [args, reason] of [
      [['analyze', fixturePath, '--lean', '--tokens'], '--tokens adds the tokens, which the lean form leaves out: give one of them'],
      [['batch', corpus, '--lean', '--tokens'], '--tokens adds the tokens, which the lean form leaves out: give one of them'],
      [['compare', corpus, '--by', ''], '--by names a field of the batch lines'],
    ] as const) {
      const run = newslens([...args]);
      expect({ status: run.status, stdout: run.stdout }, args.join(' ')).toEqual({ status: 2, stdout: '' });
      expect(run.stderr).toContain(reason);
    }
  });

  it('--resume refuses tables whose header is not this version\'s, leaving every file as it was', () => {
    const dir = scratch();
    const out = join(dir, 'out.jsonl');
    const tables = join(dir, 'tables');
    newslens(['batch', corpus, '--out', out, '--tables', tables]);
    const sentences = join(tables, 'sentences.csv');
    const older = readFileSync(sentences, 'utf8').replace(',quoted_share', '');
    writeFileSync(sentences, older);
    const before = readFileSync(out, 'utf8');
    const run = newslens(['batch', corpus, '--out', out, '--tables', tables, '--resume']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--resume: ${sentences} has other columns than this version of newslens writes; write the tables to a new directory`);
    expect(readFileSync(sentences, 'utf8')).toBe(older);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('compare leaves out a cut-off last line with a warning, and refuses a broken line before others', () => {
    const dir = scratch();
    const lines = newslens(['batch', corpus]).stdout.trim().split('\n').slice(0, 2);
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, `${lines.join('\n')}\n{"id":"cut","analysis":{"meta":`);
    const tail = newslens(['compare', cut]);
    expect(tail.status).toBe(0);
    expect(tail.stdout).toContain('Coastal Herald,article_tone,,');
    expect(tail.stderr.split('\n')[0]).toBe(`newslens: ${cut}: line 3: not JSON (Unexpected end of JSON input): the last line, left out (a batch stopped while writing it?)`);
    writeFileSync(cut, `{"id":"cut","analysis":{"meta":\n${lines.join('\n')}\n`);
    const head = newslens(['compare', cut]);
    expect({ status: head.status, stdout: head.stdout }).toEqual({ status: 2, stdout: '' });
    expect(head.stderr).toContain(`${cut}: line 1: not JSON`);
  });

  it('warns once per duplicate id, and counts them in the summary', () => {
    const lines = readFileSync(corpus, 'utf8').split('\n');
    const input = [lines[0], lines[1], lines[0], lines[2], lines[0], lines[1]].join('\n');
    const run = newslens(['batch', '-'], input);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      [
        'newslens: duplicate id "harbour-1" (standard input, line 3): ids should be unique, as --resume and the tables tell articles apart by them',
        'newslens: duplicate id "harbour-2" (standard input, line 6): ids should be unique, as --resume and the tables tell articles apart by them',
        'newslens batch: 6 analysed, 0 failed, 2 duplicate ids',
        '',
      ].join('\n'),
    );
  });

  it('--help names the documentation, shipped in the package', () => {
    const path = newslens(['--help']).stdout.match(/^Documentation: (.+)$/m)?.[1] ?? '';
    expect(path.endsWith('docs/CLI.md')).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).files).toContain('docs/CLI.md');
  });
});
