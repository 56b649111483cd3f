// Browser tests: the web UI over the shipped example corpus, in Debian's Chromium, with screenshots of each page.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, startTestServer, watchErrors } from './harness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples', 'articles');
const XSS = join(import.meta.dirname, 'fixtures', 'xss-article.txt');

describe('web UI in Chromium', () => {
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;
  let base: string;
  let closeServer: () => Promise<void>;
  let page: Page;
  let errors: string[];

  before(async () => {
    const b = await launchBrowser();
    browser = b.browser;
    closeBrowser = b.close;
    const s = await startTestServer([EXAMPLES, XSS]);
    base = s.server.url;
    closeServer = s.close;
  });

  after(async () => {
    await closeServer?.();
    await closeBrowser?.();
  });

  const open = async (path: string): Promise<Page> => {
    page = await browser.newPage();
    errors = watchErrors(page);
    const res = await page.goto(base + path);
    assert.equal(res?.status(), 200, `GET ${path}`);
    return page;
  };
  const done = async (name: string) => {
    await screenshot(page, name);
    assert.deepEqual(errors, [], `no console errors or CSP violations on ${name}`);
    await page.close();
  };

  test('home page lists recent stories and active actors', async () => {
    await open('/');
    assert.match(await page.locator('h1').innerText(), /Who said what/);
    assert.ok((await page.locator('ul.stories li').count()) >= 3, 'recent stories');
    assert.ok((await page.locator('ul.chips li').count()) >= 5, 'active actors');
    await done('01-home');
  });

  test('searching a quote from the home page finds it with its speaker', async () => {
    await open('/');
    await page.fill('#home-q', 'sanctions');
    await Promise.all([page.waitForURL(/\/search\?q=sanctions/), page.press('#home-q', 'Enter')]);
    const hits = page.locator('#quote-hits li.hit');
    assert.ok((await hits.count()) >= 1, 'quote hits');
    assert.ok((await page.locator('#quote-hits mark').count()) >= 1, 'hits are marked');
    const speakers = await page.locator('#quote-hits .speaker').allInnerTexts();
    assert.ok(speakers.some((s) => s !== 'unattributed'), `a hit names its speaker: ${speakers.join(', ')}`);
    await done('02-search');
  });

  test('an article shows highlighted quotes with speakers, actors, events and a side panel', async () => {
    await open('/search?q=sanctions');
    const link = page.locator('#quote-hits li.hit a[href^="/articles/"]').first();
    await Promise.all([page.waitForURL(/\/articles\//), link.click()]);
    assert.ok((await page.locator('#article-text .q').count()) >= 1, 'quote highlighted in the text');
    const badges = await page.locator('#article-text .who').allInnerTexts();
    assert.ok(badges.length >= 1 && badges.some((b) => b !== 'unattributed'), `speaker badges: ${badges.join(', ')}`);
    assert.ok((await page.locator('#article-text .m-actor').count()) >= 1, 'actor mentions highlighted');
    assert.ok((await page.locator('.side .quote-item').count()) >= 1, 'quotes listed in the side panel');
    assert.match(await page.locator('.meta').innerText(), /\d{4}-\d{2}-\d{2}/, 'date shown');
    await done('03-article');
  });

  test('an actor page shows who it is and draws its stance chart', async () => {
    await open('/actors/' + encodeURIComponent('country:CHN'));
    assert.equal(await page.locator('h1').innerText(), 'China');
    assert.match(await page.locator('.facts').innerText(), /country/);
    await page.waitForSelector('#stance-chart[data-rendered="true"] canvas', { timeout: 10000 });
    await page.waitForSelector('#quotes-chart[data-rendered="true"] canvas', { timeout: 10000 });
    assert.ok((await page.locator('.event-list li').count()) >= 1, 'events listed');
    await done('04-actor');
  });

  test('the stance explorer shows a series and clicking a point opens its evidence', async () => {
    await open('/stance?actor=' + encodeURIComponent('country:CHN') + '&toward=' + encodeURIComponent('country:USA'));
    await page.waitForSelector('#stance-chart[data-rendered="true"] canvas', { timeout: 10000 });
    // Click the first point that has evidence, at the pixel ECharts reports for it.
    const target = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('stance-data')!.textContent!);
      const el = document.getElementById('stance-chart')!;
      const chart = (window as unknown as { echarts: { getInstanceByDom(e: Element): { convertToPixel(f: object, v: [number, number]): [number, number] } } }).echarts.getInstanceByDom(el);
      const p = data.series[0].points.find((x: { period: string; score: number | null }) => x.score !== null && document.getElementById('p-' + x.period));
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [Date.parse(p.start + 'T00:00:00Z'), p.score]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y, period: p.period as string };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector(`details#p-${target.period}[open]`, { timeout: 5000 });
    assert.ok((await page.locator(`details#p-${target.period} li`).count()) >= 1, 'evidence shown');
    await done('05-stance');
  });

  test('the relations view draws the actor graph', async () => {
    await open('/relations');
    await page.waitForSelector('#relations-graph[data-rendered="true"] canvas', { timeout: 10000 });
    assert.ok((await page.locator('table.table tbody tr').count()) >= 1, 'links listed');
    await done('06-relations');
  });

  test('pasting an article shows its analysis', async () => {
    await open('/analyze');
    await page.fill('textarea[name="text"]', 'Ministers of Arvenia and Stolheim met in Kestrel on Monday.\n\n"We will keep talking until the river dispute is settled," Arvenian Foreign Minister Tomas Greval told reporters.\n\nStolheim later accused Arvenia of blocking the shipping lane.');
    await page.fill('input[name="title"]', 'River talks resume');
    await Promise.all([page.waitForURL(/\/analyze$/), page.click('form.analyze-form button[type="submit"]')]);
    await page.waitForSelector('#analysis');
    assert.equal(await page.locator('#analysis h2').first().innerText(), 'River talks resume');
    assert.ok((await page.locator('#analysis .q').count()) >= 1, 'the quote is highlighted');
    assert.match(await page.locator('#analysis .side').innerText(), /Greval/);
    await done('07-analyze');
  });

  test('XSS fixture: script tags and event handlers in an article stay inert text', async () => {
    await open('/search?q=harbor');
    const link = page.locator('a[href^="/articles/"]', { hasText: 'Harbor Council' }).first();
    await Promise.all([page.waitForURL(/\/articles\//), link.click()]);
    const text = await page.locator('#article-text').innerText();
    assert.match(text, /<script>window\.__xss = 'quote'<\/script>/, 'script shown as text');
    assert.match(text, /onerror=/, 'handler shown as text');
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined, 'nothing ran');
    assert.equal(await page.locator('#article-text script, #article-text img, #article-text a[href^="javascript"]').count(), 0);
    assert.match(await page.locator('h1').innerText(), /<script>/);
    await screenshot(page, '08-xss');
    await page.close();
  });
});
