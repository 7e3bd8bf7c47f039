/**
 * The report in a real browser: Debian's Chromium, driven by playwright-core. CI installs it
 * (.ci/run); elsewhere, without it, these tests are skipped and the run ends saying so
 * (test/requirements.ts), and on CI they fail.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Comparison } from '../src/report/compare.js';
import { renderCompare } from '../src/report/compare-page.js';
import { renderReport } from '../src/report/report.js';
import { analyze } from '../src/index.js';
import { article } from './helpers.js';
import { CHROMIUM_PATH, debianChromium, needs } from './requirements.js';
import { voiceAnalysis, voiceText, withVoices } from './voice-fixture.js';

// The callbacks given to page.evaluate() run in the browser. The repository's tsconfig has no DOM
// library, so the few browser globals they use are declared here, in this module only.
declare const window: { __pwned?: unknown };
declare function getComputedStyle(element: unknown): { backgroundColor: string };
declare const document: {
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void, options: { once: true }): void;
  createElement(tag: 'img'): { src: string };
  body: { append(node: unknown): void };
};

const hostile = `${article}\n\nA hostile line <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> <a href="javascript:window.__pwned=3">click me</a> ends here. Officials met John </script><script>window.__pwned=4</script> Smith. The "a</script><script>window.__pwned=5</script>b" said so. Reporters asked Mary <img src=x onerror="window.__pwned=6"> Jones.`;
const analysis = analyze(hostile);
const harshly = analysis.bias?.markers.find((marker) => marker.text === 'harshly');
const screenshot = fileURLToPath(new URL('../test-artifacts/report.png', import.meta.url));

describe('the report in Chromium', needs(debianChromium), () => {
  let browser: Browser;
  let page: Page;
  let directory: string;
  const consoleMessages: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  let url: string;
  let voicesUrl: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'newslens-report-'));
    const file = join(directory, 'report.html');
    writeFileSync(file, renderReport(hostile, analysis));
    url = pathToFileURL(file).href;
    const voicesFile = join(directory, 'voices.html');
    writeFileSync(voicesFile, renderReport(voiceText, withVoices(voiceAnalysis)));
    voicesUrl = pathToFileURL(voicesFile).href;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('renders the highlights, runs nothing from the article, fetches nothing, and logs no error', async () => {
    for (const kind of ['entity', 'bias', 'frame']) expect(await page.locator(`#article mark[data-kind="${kind}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('#article mark[data-kind="bias"][data-category="evaluative"]', { hasText: /^harshly$/ }).count()).toBe(1);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await page.locator('img, a, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('#article').textContent()).toContain('<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2">');
    await page.locator('#article').getByText('click me').click();
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([url]);
    expect(consoleMessages).toEqual([]);
  }, 60_000);

  it('shows a bias marker’s category, explanation and word list on hover, and keeps a clicked one', async () => {
    const panel = page.locator('#finding');
    await page.locator('#article mark[data-kind="bias"]', { hasText: /^harshly$/ }).hover();
    await expect.poll(() => panel.textContent()).toContain('Bias marker · evaluative');
    const shown = (await panel.textContent()) ?? '';
    expect(shown).toContain(harshly?.explanation);
    expect(shown).toContain('989–996');
    expect(shown).toContain('newslens/bias-evaluative');

    await page.locator('h1').hover();
    expect(await panel.textContent()).toContain('Hover over a highlight');

    // Frame cues start hidden, and so are their cards; shown, "blames" is a marker and two cues.
    await page.locator('#article mark[data-kind="bias"]', { hasText: /^blames$/ }).click();
    await page.locator('h1').hover();
    expect(await panel.textContent()).toContain('Bias marker · reporting');
    expect(await panel.textContent()).not.toContain('Frame cue');
    await page.locator('#show-frame').check();
    await page.locator('#article mark[data-kind="bias"]', { hasText: /^blames$/ }).click();
    await page.locator('h1').hover();
    const pinned = (await panel.textContent()) ?? '';
    expect(pinned).toContain('Bias marker · reporting');
    expect(pinned).toContain('Frame cue · generic:conflict');
    expect(pinned).toContain('Frame cue · generic:responsibility');
    expect(await page.locator('mark.selected').count()).toBe(1);
    await page.locator('#show-frame').uncheck();
  }, 60_000);

  it('shows an entity’s type, salience and sentiment', async () => {
    const soleimani = analysis.entities.find((entity) => entity.name === 'Qasem Soleimani');
    await page.locator('#article mark[data-kind="entity"]', { hasText: /^Qasem Soleimani$/ }).first().hover();
    const shown = (await page.locator('#finding').textContent()) ?? '';
    expect(shown).toContain('Entity · PERSON');
    expect(shown).toContain(`salience${soleimani?.salience.toFixed(3)}`);
    expect(shown).toContain(`sentiment${soleimani?.sentiment?.score.toFixed(2)} negative, over 7 mentions`);
    expect(shown).not.toContain('likeliest class');
  }, 60_000);

  it('shows a finding with markup in it as text in the side panel', async () => {
    await page.locator('#article mark[data-kind="entity"]', { hasText: 'Mary <img' }).click();
    expect(await page.locator('#finding dd').allTextContents()).toContain('Mary <img src=x onerror="window.__pwned=6"> Jones');
    expect(await page.locator('#finding img').count()).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  }, 60_000);

  it('turns a kind of highlight off from the legend', async () => {
    const background = (): Promise<string> => page.locator('#article mark[data-kind="bias"]', { hasText: /^harshly$/ }).evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
    // Each legend entry wears its highlight's colour.
    for (const kind of ['entity', 'frame', 'bias']) expect(await page.locator(`.swatch-${kind}`).evaluate((swatch) => getComputedStyle(swatch).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('#show-bias').uncheck();
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#show-bias').check();
  }, 60_000);

  it('starts with the frame cues hidden, the bias markers and entities shown', async () => {
    expect(await page.locator('#show-frame').isChecked()).toBe(false);
    expect(await page.locator('#show-bias').isChecked()).toBe(true);
    expect(await page.locator('#show-entity').isChecked()).toBe(true);
    const frame = page.locator('#article mark[data-kind="frame"]:not(:has(mark))').first();
    expect(await frame.evaluate((mark) => getComputedStyle(mark).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#show-frame').check();
    expect(await frame.evaluate((mark) => getComputedStyle(mark).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('#show-frame').uncheck();
  }, 60_000);

  it('tints quoted words by speaker and lists the speakers, with a marker’s voice in its card', async () => {
    const voices = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    voices.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    voices.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
    await voices.goto(voicesUrl);
    const tint = (selector: string): Promise<string> => voices.locator(selector).first().evaluate((span) => getComputedStyle(span).backgroundColor);
    const miller = await tint('#article .quoted.speaker-1');
    const officials = await tint('#article .quoted.speaker-2');
    expect(miller).not.toBe('rgba(0, 0, 0, 0)');
    expect(officials).not.toBe('rgba(0, 0, 0, 0)');
    expect(officials).not.toBe(miller);
    expect(await voices.locator('#article .quoted.speaker-2').allTextContents()).toEqual(['talks', ' would continue']);
    // The speakers table is the tints' legend.
    expect(await voices.locator('#speakers tbody tr td:first-child').allTextContents()).toEqual(['Jane Miller', 'Officials']);
    expect(await tint('#speakers .speaker-1')).toBe(miller);
    expect(await voices.locator('#speakers tbody tr').first().locator('td').allTextContents()).toEqual(['Jane Miller', 'person', '1', '9', '75%']);
    await voices.locator('#show-quoted').uncheck();
    expect(await tint('#article .quoted.speaker-1')).toBe('rgba(0, 0, 0, 0)');
    await voices.locator('#article mark[data-kind="bias"]', { hasText: /^reckless$/ }).hover();
    await expect.poll(() => voices.locator('#finding').textContent()).toContain('voicequoted (q1, Jane Miller)');
    await voices.close();
  }, 60_000);

  it('saves a screenshot to test-artifacts/report.png, with no error logged on the way', async () => {
    await page.locator('#article mark[data-kind="bias"]', { hasText: /^harshly$/ }).click();
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(consoleMessages).toEqual([]);
  }, 60_000);

  it('draws the compare page’s intervals as whiskers, with every value and interval written inside its chart', async () => {
    const comparison = new Comparison('outlet');
    for (const [id, outlet, analysed] of [['a', 'Daily Chronicle of Record', analysis], ['b', 'Daily Chronicle of Record', withVoices(voiceAnalysis)], ['c', 'Herald', voiceAnalysis]] as const) comparison.add({ id, outlet, analysis: analysed });
    const file = join(directory, 'compare.html');
    writeFileSync(file, renderCompare(comparison.rows(), 'outlet'));
    const compare = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    compare.on('console', (message) => errors.push(message.text()));
    compare.on('pageerror', (error) => errors.push(error.message));
    await compare.goto(pathToFileURL(file).href);
    expect(await compare.locator('svg.chart path.interval').count()).toBeGreaterThan(10);
    expect(await compare.locator('svg.chart g.row title', { hasText: 'Herald: ' }).first().textContent()).toMatch(/^Herald: -?\d\.\d\d \(n = 1, no interval\)$/);
    type Chart = { viewBox: { baseVal: { width: number } }; querySelectorAll(selector: 'text'): ArrayLike<{ textContent: string | null; getBBox(): { x: number; width: number } }> };
    const outside = await compare.locator('svg.chart').evaluateAll((charts) =>
      charts.flatMap((chart) => {
        const svg = chart as unknown as Chart;
        return Array.from(svg.querySelectorAll('text')).filter((text) => text.getBBox().x < 0 || text.getBBox().x + text.getBBox().width > svg.viewBox.baseVal.width).map((text) => text.textContent);
      }),
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await compare.close();
  }, 60_000);

  it('is under its Content-Security-Policy: an image from the network is refused', async () => {
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.violatedDirective} ${event.blockedURI}`), { once: true });
          const image = document.createElement('img');
          image.src = 'https://example.com/pixel.png';
          document.body.append(image);
        }),
    );
    expect(blocked).toBe('img-src https://example.com/pixel.png');
  }, 60_000);
});
