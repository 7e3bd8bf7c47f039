import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/** The examples are what users copy first: they must run against the build as shipped (test/package.test.ts runs them outside the repository). */
const examplesDir = new URL('../examples/', import.meta.url);
// The examples write their output under the temporary directory: one of the test's own, removed after.
const outputs = mkdtempSync(join(tmpdir(), 'newslens-examples-'));
afterAll(() => rmSync(outputs, { recursive: true, force: true }));
const run = (example: string, ...args: string[]): string => execFileSync(process.execPath, [new URL(example, examplesDir).pathname, ...args], { encoding: 'utf8', env: { ...process.env, TMPDIR: outputs } });
const scripts = readdirSync(examplesDir).filter((name) => name.endsWith('.mjs'));
const source = (example: string): string => readFileSync(new URL(example, examplesDir), 'utf8');

/**
 * Every module an example loads, as the TypeScript parser reads it: import and export
 * declarations, import() and require() / require.resolve() calls. A call whose argument is not a
 * string literal cannot be checked and is reported as `<computed>`.
 */
function loadedModules(code: string): string[] {
  const modules: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) modules.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const loads = callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require') || (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'require');
      if (loads) {
        const [argument] = node.arguments;
        modules.push(argument && ts.isStringLiteralLike(argument) ? argument.text : '<computed>');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('example.mjs', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS));
  return modules;
}

/** The examples' `readCsv` (read-csv.mjs), reading files through `read`, to check it against a CSV library. */
const readCsvWith = (read: (path: string) => string): ((path: string) => Record<string, string>[]) => {
  const code = source('read-csv.mjs');
  return new Function('readFileSync', `${code.slice(code.indexOf('function readCsv('))}\nreturn readCsv;`)(read);
};

describe('what the examples load', () => {
  it('parses every way of loading a module, so nothing slips past the check', () => {
    expect(loadedModules("import a from 'a';\nimport {\n  b,\n} from 'b';\nimport 'c';\nexport { d } from 'd';\nconst e = await import('e');\nrequire('f'); require.resolve(`g`);\nimport(name);\n// import 'comment'")).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', '<computed>']);
  });

  it.each(scripts)('%s loads only newslens and node: built-ins, so it runs in any project that installed newslens', (example) => {
    const modules = loadedModules(source(example));
    expect(modules.length).toBeGreaterThan(0);
    // A sibling module of examples/ travels with them (read-csv.mjs).
    expect(modules.filter((name) => !name.startsWith('node:') && name !== 'newslens' && name !== 'newslens/package.json' && !(name.startsWith('./') && scripts.includes(name.slice(2))))).toEqual([]);
  });

  it('reads CSV in the batch and compare examples as csv-parse does, quotes, commas and line breaks included', () => {
    const rows = [
      { article_id: 'a,1', title: 'He said "no", twice', text: 'line one\nline two\r\nthree' },
      { article_id: 'b', title: '', text: 'plain' },
    ];
    const csv = stringify(rows, { header: true });
    expect(parse(csv, { columns: true })).toEqual(rows);
    expect(readCsvWith(() => csv)('table.csv')).toEqual(rows);
    expect(readCsvWith(() => csv.replaceAll('\n', '\r\n').trimEnd())('table.csv')).toEqual(parse(csv.replaceAll('\n', '\r\n').trimEnd(), { columns: true }));
  });
});

describe('examples', () => {
  it('analyze-article.mjs summarises the bundled article: parts, sections, boilerplate, sentiment, bias, frames and entities', () => {
    const out = run('analyze-article.mjs');
    expect(out).toMatch(/^newslens \d+\.\d+\.\d+: 544 words, 32 sentences, 7 paragraphs/);
    expect(out).toContain('title     [0–111] Two Years Of Assassination Of Iranian Official Qasem Soleimani');
    expect(out).toContain('6 sections');
    expect(out).toContain('  1. (untitled lead) [283–642]: 1 paragraph, 3 sentences');
    expect(out).toContain('  5. “Israel’s Involvement In Soleimani’s Murder” [2053–2800]: 2 paragraphs, 7 sentences');
    expect(out).toContain('\n2 boilerplate lines, left out of the analysis\n');
    expect(out).toContain('\nsentiment: article -0.19 negative, headline minus body +0.12\n');
    expect(out).not.toMatch(/\(s\)|\b1 \w+s\b/);
    expect(out).toMatch(/heading of section 5 {2}-1\.00 negative Murder/);
    expect(out).toMatch(/body of section 6 {5}\+1\.00 positive shared, good/);
    expect(out).toMatch(/bias: score 0\.\d\d, \d+ markers \(.*loaded_label \d.*\)/);
    expect(out).toMatch(/\[989–996\] evaluative +harshly +evaluative adverb/);
    expect(out).toMatch(/ {2}conflict +0\.\d\d {2}Rift, War, retaliation, blames/);
    expect(out).toMatch(/ {2}external_regulation_and_reputation +0\.\d\d /);
    expect(out).toMatch(/section 3 Arch Rivals Israel-Iran +conflict 0\.\d\d/);
    expect(out).toMatch(/PERSON {2}Qasem Soleimani {6}7 {2}0\.\d\d {2}-0\.\d\d negative +as Qasem Soleimani \/ Soleimani/);
    expect(out).toMatch(/\n21 named entities, most salient first/);
    // The entity's own label, cut where PerSenT's readers put it: -0.11 is neutral toward an entity.
    expect(out).toContain('\n  ORG     Quds force           2  0.42  -0.30 negative\n');
    expect(out).toContain('\n  GPE     Iraq                 1  0.20  -0.11 neutral\n');
    expect(out).toContain('\n  GPE     Iran                15  0.89  -0.30 negative\n');
    expect(out).toMatch(/PERSON {2}Donald Trump .*role: President/);
    expect(out).toContain('dates: January 3rd, 2020');
  });

  it('analyze-article.mjs reads a file given as its argument', () => {
    const out = run('analyze-article.mjs', new URL('../fixtures/layouts/wire.txt', import.meta.url).pathname);
    expect(out).toContain('dateline  [99–120] FRANKFURT (Reuters) -');
    expect(out).toContain('byline    [73–97] By Jane Doe and John Roe');
  });

  it('batch-corpus.mjs runs newslens batch on the example corpus and reads its tables back', () => {
    const out = run('batch-corpus.mjs');
    expect(out).toMatch(/^5 articles analysed, 2 failed \(exit status 1\), written to /);
    expect(out).toContain('  line 6: empty text');
    expect(out).toMatch(/harbour-1 +Coastal Herald +-0\.\d\d +0\.\d\d  conflict/);
    expect(out).toMatch(/entity rows; the most salient: .*Helen Marsh/);
  });

  it('compare-outlets.mjs compares the example corpus by outlet from newslens compare', () => {
    const out = run('compare-outlets.mjs');
    expect(out).toContain('Coastal Herald (3 articles)');
    expect(out).toContain('Valley Times (2 articles)');
    expect(out).toMatch(/generic frames: conflict 1\.00/);
    expect(out).toMatch(/Coastal Herald \(3 articles\)\n  tone -?\d\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\]/);
    // Only the entities both outlets name; each named in one article of each, so without an interval.
    expect(out).toMatch(/tone toward: \w+:[\w-]+ -?\d\.\d\d \(n = 1, no interval\)/);
    expect(out).not.toContain('PERSON:john-carter');
    expect(out).toMatch(/charts: .*compare\.html/);
  });
});
