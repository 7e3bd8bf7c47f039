import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Tests what users install: the packed tarball, in a scratch project, through both module
 * systems. Needs `npm run build` first (npm test does it).
 */
const root = new URL('..', import.meta.url).pathname;
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the published package', () => {
  it('packs only the build output (code, types, trained models), docs/CLI.md, README, LICENSE and package.json', () => {
    const [report] = JSON.parse(npm(['pack', '--dry-run', '--json'], root)) as [{ files: { path: string }[] }];
    const files = report.files.map((file) => file.path).sort();
    expect(files).toEqual([
      'LICENSE',
      'README.md',
      'dist/cli-worker.js',
      'dist/cli.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/lexicons/bias-boosters.json',
      'dist/lexicons/bias-epistemological.json',
      'dist/lexicons/bias-evaluative.json',
      'dist/lexicons/bias-informal.json',
      'dist/lexicons/bias-loaded-labels.json',
      'dist/lexicons/bias-packages.json',
      'dist/lexicons/bias-patterns.bin',
      'dist/lexicons/bias-reporting.json',
      'dist/lexicons/bias-rules.json',
      'dist/lexicons/bias-speculation.json',
      'dist/lexicons/bias-vague-attribution.json',
      'dist/lexicons/bias-word-families.json',
      'dist/lexicons/frames-generic.json',
      'dist/lexicons/frames-patterns.bin',
      'dist/lexicons/frames-policy.json',
      'dist/lexicons/gazetteer-index.json',
      'dist/lexicons/given-name-genders.json',
      'dist/lexicons/quote-sources.json',
      'dist/lexicons/sentiment-afinn.json',
      'dist/lexicons/sentiment-index.bin',
      'dist/lexicons/sentiment-news.json',
      'dist/lexicons/sentiment-vader.json',
      'dist/lexicons/sentiment-wink.json',
      'dist/lexicons/speech-cues.json',
      'dist/models/bias-weights.json',
      'dist/models/entity-tone.json',
      'dist/models/framing-weights.json',
      'dist/models/ner-perceptron.bin',
      'dist/models/salience-weights.json',
      'dist/models/sentiment-weights.json',
      'dist/models/target-sentiment.bin',
      'dist/models/wink-core.bin',
      'docs/CLI.md',
      'package.json',
    ]);
  });

});

describe('a project that installs the tarball', () => {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'newslens-install-'));
    npm(['pack', '--pack-destination', scratch], root);
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', `./${tarball}`], scratch);
  }, 180_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('uses the library through import and require, and the command line through npx', () => {
    const script = 'const a = analyze("Storm Hits Coast\\n\\nWinds reached 120 km/h in Florida on Monday."); console.log(a.structure.title.text + "|" + a.sentences.length + "|" + a.entities.find((e) => e.type === \"GPE\").name)';
    const viaImport = execFileSync('node', ['--input-type=module', '-e', `import { analyze } from 'newslens'; ${script}`], { cwd: scratch, encoding: 'utf8' });
    const viaRequire = execFileSync('node', ['-e', `const { analyze } = require('newslens'); ${script}`], { cwd: scratch, encoding: 'utf8' });
    expect(viaImport).toBe('Storm Hits Coast|2|Florida\n');
    expect(viaRequire).toBe('Storm Hits Coast|2|Florida\n');

    // The command line, as `npx newslens` runs it from the installed package.
    const npx = (args: string[], input?: string): string => execFileSync('npx', ['--no', 'newslens', ...args], { cwd: scratch, input, encoding: 'utf8' });
    expect(npx(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(readFileSync(npx(['help']).match(/^Documentation: (.+)$/m)?.[1] ?? '', 'utf8')).toMatch(/^# The newslens command line/);
    expect(JSON.parse(npx(['analyze', '-'], 'Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday.')).structure.title.text).toBe('Storm Hits Coast');
    writeFileSync(join(scratch, 'corpus.jsonl'), `${JSON.stringify({ id: 'a', outlet: 'X', text: 'Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday.' })}\n`);
    expect(JSON.parse(npx(['batch', 'corpus.jsonl', '--jobs', '2', '--tables', 'tables'])).id).toBe('a');
    expect(readFileSync(join(scratch, 'tables', 'articles.csv'), 'utf8')).toContain('\na,Storm Hits Coast,X,');
    npx(['batch', 'corpus.jsonl', '--out', 'batch.jsonl']);
    expect(npx(['compare', 'batch.jsonl', '--by', 'outlet'])).toContain('\nX,article_tone,,');
    npx(['report', '-', '-o', 'report.html'], 'Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday.');
    expect(readFileSync(join(scratch, 'report.html'), 'utf8')).toContain('Florida</mark>');
  }, 60_000);

  it('runs every example copied into it, with nothing but newslens installed', () => {
    const examples = join(scratch, 'examples');
    mkdirSync(examples);
    for (const name of readdirSync(join(root, 'examples'))) copyFileSync(join(root, 'examples', name), join(examples, name));
    copyFileSync(join(root, 'fixtures', 'soleimani-us-israel.txt'), join(scratch, 'article.txt'));
    // The examples write their output under the temporary directory: this project's, removed with it.
    const env = { ...process.env, TMPDIR: join(scratch, 'tmp') };
    mkdirSync(env.TMPDIR);
    const run = (example: string, ...args: string[]) => spawnSync(process.execPath, [join('examples', example), ...args], { cwd: scratch, env, encoding: 'utf8' });
    const checks: Record<string, () => void> = {
      'analyze-article.mjs': () => {
        const inRepo = execFileSync(process.execPath, ['examples/analyze-article.mjs', 'fixtures/soleimani-us-israel.txt'], { cwd: root, encoding: 'utf8' });
        expect(run('analyze-article.mjs', 'article.txt')).toMatchObject({ status: 0, stdout: inRepo, stderr: '' });
        // Outside the repository there is no bundled article to default to.
        expect(run('analyze-article.mjs')).toMatchObject({ status: 2, stdout: '', stderr: 'Usage: node analyze-article.mjs path/to/article.txt\n' });
      },
      'batch-corpus.mjs': () => {
        const { status, stdout, stderr } = run('batch-corpus.mjs');
        expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
        expect(stdout).toMatch(/^5 articles analysed, 2 failed \(exit status 1\), written to .*\n {2}line 6: empty text\n/);
        expect(stdout).toMatch(/\nharbour-1 +Coastal Herald +-0\.\d\d +0\.\d\d {2}conflict/);
      },
      'compare-outlets.mjs': () => {
        const { status, stdout, stderr } = run('compare-outlets.mjs');
        expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
        expect(stdout).toMatch(/^Coastal Herald \(3 articles\)\n {2}tone -0\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\], bias score 0\.\d\d \[\d\.\d\d, \d\.\d\d\]\n/);
        expect(stdout).toContain('\nValley Times (2 articles)\n');
      },
    };
    // Every example script has its check; read-csv.mjs is a module the scripts share.
    expect(Object.keys(checks)).toEqual(readdirSync(examples).filter((name) => name.endsWith('.mjs') && name !== 'read-csv.mjs').sort());
    for (const check of Object.values(checks)) check();
  }, 60_000);
});
