// Web pages in-process: each page renders from the store, untrusted text stays escaped, forms validate.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { openStore, type Store } from '../../src/store/index.js';
import { createApp, startServer } from '../../src/server/index.js';
import { FISHERIES, TALKS } from './fixtures.js';

const EVIL = {
  title: 'Port Row <img src=x onerror=alert(1)>',
  source: 'Fjord <b>Times</b>',
  published: '2025-05-08',
  text: 'Norway accused Denmark of harbour sabotage on Thursday.\n\n"This <script>alert(2)</script> must stop," Norwegian Fisheries Minister Ingrid Solberg said.',
};

describe('web pages', () => {
  let store: Store;
  let app: Hono;
  let evilId: string;

  before(async () => {
    store = await openStore({ path: ':memory:' });
    app = createApp({ store, log: () => {} });
    for (const a of [FISHERIES, TALKS]) await app.request('/api/v1/ingest', { method: 'POST', body: JSON.stringify(a), headers: { 'content-type': 'application/json' } });
    const r = await app.request('/api/v1/ingest', { method: 'POST', body: JSON.stringify(EVIL), headers: { 'content-type': 'application/json' } });
    evilId = ((await r.json()) as { items: { id: string }[] }).items[0].id;
  });
  after(async () => store.close());

  const pages: [string, RegExp][] = [
    ['/', /Recent stories[\s\S]*Norway Accuses Denmark/],
    ['/search?q=warning', /<mark>warning<\/mark>/],
    ['/actors', /Ingrid Solberg/],
    ['/articles', /Norway and Denmark Agree[\s\S]*Norway Accuses Denmark/],
    ['/articles?outlet=Baltic%20Morning%20Post', /Norway and Denmark Agree(?![\s\S]*Norway Accuses)/],
    ['/actors/country%3ANOR', /<h1>Norway<\/h1>[\s\S]*id="stance-chart"/],
    ['/stance', /Stance explorer/],
    ['/stance?actor=Norway&toward=Denmark', /Norway toward Denmark[\s\S]*id="stance-data"/],
    ['/relations', /id="relations-data"/],
    ['/relations?since=2025-05-15&until=', /value="2025-05-15"/],
    ['/analyze', /<textarea name="text"/],
  ];
  for (const [path, expected] of pages) {
    test(`GET ${path}`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      const body = await res.text();
      assert.match(body, expected);
      assert.doesNotMatch(body, /<script>(?!\s*$)|<script(?![^>]*(src="\/static\/|type="application\/json"))/, 'no inline script');
      assert.doesNotMatch(body, / style="/, 'no inline style');
    });
  }

  test('an article page escapes the title, source and text', async () => {
    const body = await (await app.request(`/articles/${evilId}`)).text();
    assert.match(body, /Port Row &lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(body, /Fjord &lt;b&gt;Times&lt;\/b&gt;/);
    assert.match(body, /&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
    assert.doesNotMatch(body, /<img src=x|<script>alert/);
    assert.match(body, /class="who"[^>]*>Ingrid Solberg</, 'the quote carries its speaker');
  });

  const missing: [string, number][] = [
    ['/articles/nope', 404],
    ['/actors/person%3Anobody', 404],
    ['/no-such-page', 404],
    ['/stance?actor=Atlantis&toward=Norway', 400],
    ['/stance?actor=Norway&toward=Denmark&by=year', 400],
    ['/relations?since=2025-02-30', 400],
  ];
  for (const [path, status] of missing) {
    test(`GET ${path} → ${status} page`, async () => {
      const res = await app.request(path);
      assert.equal(res.status, status);
      assert.match(await res.text(), /<html/);
    });
  }

  test('the analyze form analyzes pasted text and reports bad dates', async () => {
    const form = new FormData();
    form.set('text', '"We will open the border," Finnish Interior Minister Aino Laine said on Monday.');
    form.set('title', 'Border <b>news</b>');
    const res = await app.request('http://localhost/analyze', { method: 'POST', body: form, headers: { origin: 'http://localhost' } });
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /id="analysis"/);
    assert.match(body, /Border &lt;b&gt;news&lt;\/b&gt;/);
    assert.match(body, /class="who"[^>]*>Aino Laine</);
    const badDate = new FormData();
    badDate.set('text', 'Finland thanked Sweden.');
    badDate.set('published', '2025-02-31');
    const bad = await app.request('http://localhost/analyze', { method: 'POST', body: badDate, headers: { origin: 'http://localhost' } });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /role="alert"/);
  });

  test('the analyze form refuses cross-site posts', async () => {
    const form = new FormData();
    form.set('text', 'Finland thanked Sweden.');
    const res = await app.request('http://localhost/analyze', { method: 'POST', body: form, headers: { origin: 'https://evil.example' } });
    assert.equal(res.status, 403);
  });

  test('the analyze form reads an uploaded HTML file as HTML', async () => {
    const form = new FormData();
    const page = '<html><head><title>Bridge Opens</title></head><body><article><h1>Bridge Opens</h1><p>Estonia and Latvia opened a new bridge on Saturday, the two governments said in a joint statement.</p><p>The bridge links two border towns that had been cut off for years.</p></article></body></html>';
    form.set('file', new File([page], 'bridge.html', { type: 'text/html' }));
    const res = await app.request('http://localhost/analyze', { method: 'POST', body: form, headers: { origin: 'http://localhost' } });
    assert.equal(res.status, 200);
    const body = await res.text();
    assert.match(body, /Estonia and Latvia/);
    assert.doesNotMatch(body, /&lt;article&gt;/, 'markup was parsed, not shown');
  });

  test('static assets: CSS, scripts and the chart library; nothing else', async () => {
    for (const [path, type] of [['/static/app.css', 'text/css'], ['/static/charts.js', 'text/javascript'], ['/static/vendor/echarts.min.js', 'text/javascript']]) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', new RegExp(type));
    }
    for (const path of ['/static/../package.json', '/static/%2e%2e/package.json', '/static/vendor/../../package.json', '/static/nope.js']) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });
});

describe('startServer', () => {
  test('refuses to bind beyond loopback without a token', async () => {
    await assert.rejects(startServer({ store: null, host: '0.0.0.0', port: 0 }), /--token/);
  });

  test('listens on 127.0.0.1 with port 0 and answers', async () => {
    const server = await startServer({ store: null, host: '127.0.0.1', port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/v1/health`);
      assert.equal(res.status, 200);
    } finally {
      await server.close();
    }
  });
});
