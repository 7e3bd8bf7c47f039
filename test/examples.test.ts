import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The examples are what users copy first: they must run against the build as shipped. */
const run = (example: string, ...args: string[]): string =>
  execFileSync(process.execPath, [new URL(`../examples/${example}`, import.meta.url).pathname, ...args], { encoding: 'utf8' });

describe('examples', () => {
  it('analyze-article.mjs summarises the bundled article: parts, sections, boilerplate, sentiment, bias, frames and entities', () => {
    const out = run('analyze-article.mjs');
    expect(out).toMatch(/^newslens \d+\.\d+\.\d+: 544 words, 32 sentences, 7 paragraphs/);
    expect(out).toContain('title     [0–111] Two Years Of Assassination Of Iranian Official Qasem Soleimani');
    expect(out).toContain('6 sections');
    expect(out).toContain('  5. “Israel’s Involvement In Soleimani’s Murder” [2053–2800]: 2 paragraph(s), 7 sentence(s)');
    expect(out).toContain('2 boilerplate line(s), left out of the analysis');
    expect(out).toMatch(/sentiment: article -0\.\d\d (neutral|negative), headline minus body [+-]0\.\d\d/);
    expect(out).toMatch(/heading of section 5 {2}-0\.\d\d negative Murder/);
    expect(out).toMatch(/body of section 6 {5}\+0\.\d\d positive shared, good/);
    expect(out).toMatch(/bias: score 0\.\d\d, \d+ markers \(.*loaded_label \d.*\)/);
    expect(out).toMatch(/\[989–996\] evaluative +harshly +evaluative adverb/);
    expect(out).toMatch(/ {2}conflict +0\.\d\d {2}Rift, War, retaliation, blames/);
    expect(out).toMatch(/ {2}external_regulation_and_reputation +0\.\d\d /);
    expect(out).toMatch(/section 3 Arch Rivals Israel-Iran +conflict 0\.\d\d/);
    expect(out).toMatch(/PERSON {2}Qasem Soleimani {6}7 {2}0\.\d\d {2}-0\.\d\d negative +as Qasem Soleimani \/ Soleimani/);
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
    expect(out).toMatch(/tone toward: John Carter 0\.\d\d/);
    expect(out).toMatch(/charts: .*compare\.html/);
  });
});
