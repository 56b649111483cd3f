// API tests, in-process through Hono's app.request: every endpoint, good input and bad.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { openStore, type Store } from '../../src/store/index.js';
import { createApp, CONTENT_SECURITY_POLICY } from '../../src/server/index.js';
import { FISHERIES, TALKS } from './fixtures.js';

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

async function call(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // HTML pages stay text.
  }
  return { status: res.status, body, headers: res.headers };
}

describe('API /api/v1', () => {
  let store: Store;
  let app: Hono;
  let fisheriesId: string;

  before(async () => {
    store = await openStore({ path: ':memory:' });
    app = createApp({ store, maxBodyBytes: 64 * 1024, log: () => {} });
    const r = await call(app, '/api/v1/ingest', json(FISHERIES));
    assert.equal(r.status, 201);
    fisheriesId = r.body.items[0].id;
    assert.equal((await call(app, '/api/v1/ingest', json(TALKS))).status, 201);
  });
  after(async () => store.close());

  test('health reports the store counts', async () => {
    const r = await call(app, '/api/v1/health');
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'ok');
    assert.equal(r.body.store.articles, 2);
  });

  test('openapi.json documents every endpoint', async () => {
    const r = await call(app, '/api/v1/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, '3.1.0');
    for (const p of ['/analyze', '/ingest', '/articles', '/articles/{id}', '/quotes', '/events', '/actors', '/actors/{id}', '/stories', '/stance', '/search', '/health']) {
      assert.ok(r.body.paths[p], `documents ${p}`);
    }
    assert.ok(r.body.paths['/events'].get.parameters.some((p: { name: string }) => p.name === 'type'));
  });

  test('analyze returns a standpoint/v1 object and stores nothing', async () => {
    const r = await call(app, '/api/v1/analyze', json({ text: 'Finland praised Estonia for its help.\n\nEstonia thanked Finland.', title: 'Neighbours', published: '2025-06-01', plain: true }));
    assert.equal(r.status, 200);
    assert.equal(r.body.schema, 'standpoint/v1');
    assert.equal(r.body.title, 'Neighbours');
    assert.equal(r.body.published, '2025-06-01');
    assert.equal(r.body.text, 'Finland praised Estonia for its help.\n\nEstonia thanked Finland.');
    assert.ok(r.body.actors.some((a: { name: string }) => a.name === 'Finland'));
    assert.equal((await call(app, '/api/v1/health')).body.store.articles, 2);
  });

  test('analyze reads HTML and never echoes its markup', async () => {
    const page = '<html><head><title>Ferry Deal Signed</title></head><body><article><h1>Ferry Deal Signed</h1><p>Sweden and Finland signed a ferry agreement on Friday, officials said. <script>alert(1)</script></p><p>The deal covers three routes across the Gulf of Bothnia and starts next spring.</p></article></body></html>';
    const r = await call(app, '/api/v1/analyze', json({ html: page }));
    assert.equal(r.status, 200);
    assert.match(r.body.text, /ferry agreement/);
    assert.doesNotMatch(r.body.text, /<script>|alert\(1\)/);
  });

  const bad: [string, string, RequestInit | undefined, number, string][] = [
    ['malformed JSON', '/api/v1/analyze', json('{"text": "unterminated'), 400, 'BAD_JSON'],
    ['form-encoded body (CSRF guard)', '/api/v1/ingest', { method: 'POST', body: '{"text":"Norway thanked Denmark."}', headers: { 'content-type': 'text/plain' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['no content-type', '/api/v1/analyze', { method: 'POST', body: '{"text":"Norway thanked Denmark."}' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['empty body', '/api/v1/analyze', json(''), 400, 'BAD_JSON'],
    ['JSON that is not an object', '/api/v1/analyze', json('[1,2]'), 400, 'VALIDATION_FAILED'],
    ['two inputs at once', '/api/v1/analyze', json({ text: 'a', url: 'https://example.org/' }), 400, 'VALIDATION_FAILED'],
    ['no input', '/api/v1/analyze', json({ title: 'only a title' }), 400, 'VALIDATION_FAILED'],
    ['unknown field', '/api/v1/analyze', json({ text: 'Hello there.', colour: 'red' }), 400, 'VALIDATION_FAILED'],
    ['invalid date', '/api/v1/analyze', json({ text: 'Hello there.', published: '2025-02-30' }), 400, 'VALIDATION_FAILED'],
    ['date in the wrong format', '/api/v1/analyze', json({ text: 'Hello there.', published: '06/01/2025' }), 400, 'VALIDATION_FAILED'],
    ['non-http URL', '/api/v1/analyze', json({ url: 'file:///etc/passwd' }), 400, 'VALIDATION_FAILED'],
    ['loopback URL (SSRF guard)', '/api/v1/analyze', json({ url: 'http://127.0.0.1:9/secret' }), 403, 'FETCH_FORBIDDEN'],
    ['private URL (SSRF guard)', '/api/v1/analyze', json({ url: 'http://10.0.0.7/' }), 403, 'FETCH_FORBIDDEN'],
    ['oversized body', '/api/v1/analyze', json({ text: 'word '.repeat(20000) }), 413, 'PAYLOAD_TOO_LARGE'],
    ['whitespace-only article', '/api/v1/ingest', json({ text: '   \n  ' }), 422, 'INPUT_EMPTY'],
    ['ingest malformed JSON', '/api/v1/ingest', json('not json'), 400, 'BAD_JSON'],
    ['ingest feed that is not a URL', '/api/v1/ingest', json({ feed: 'feed.xml' }), 400, 'VALIDATION_FAILED'],
    ['unknown article id', '/api/v1/articles/nope', undefined, 404, 'NOT_FOUND'],
    ['unknown actor id', '/api/v1/actors/person:nobody', undefined, 404, 'NOT_FOUND'],
    ['invalid since', '/api/v1/articles?since=2025-13-01', undefined, 400, 'VALIDATION_FAILED'],
    ['invalid until', '/api/v1/quotes?until=yesterday', undefined, 400, 'VALIDATION_FAILED'],
    ['limit zero', '/api/v1/articles?limit=0', undefined, 400, 'VALIDATION_FAILED'],
    ['limit over the cap', '/api/v1/quotes?limit=5000', undefined, 400, 'VALIDATION_FAILED'],
    ['garbage cursor', '/api/v1/articles?cursor=garbage', undefined, 400, 'USAGE'],
    ['limit not a number', '/api/v1/events?limit=ten', undefined, 400, 'VALIDATION_FAILED'],
    ['unknown filter', '/api/v1/articles?colour=red', undefined, 400, 'VALIDATION_FAILED'],
    ['unknown event type', '/api/v1/events?type=HUG', undefined, 400, 'VALIDATION_FAILED'],
    ['unknown actor kind', '/api/v1/actors?kind=planet', undefined, 400, 'VALIDATION_FAILED'],
    ['stories minArticles zero', '/api/v1/stories?minArticles=0', undefined, 400, 'VALIDATION_FAILED'],
    ['stance without actor', '/api/v1/stance?toward=Denmark', undefined, 400, 'VALIDATION_FAILED'],
    ['stance with toward and on', '/api/v1/stance?actor=Norway&toward=Denmark&on=fish', undefined, 400, 'VALIDATION_FAILED'],
    ['stance with neither toward nor on', '/api/v1/stance?actor=Norway', undefined, 400, 'VALIDATION_FAILED'],
    ['stance bad granularity', '/api/v1/stance?actor=Norway&toward=Denmark&by=year', undefined, 400, 'VALIDATION_FAILED'],
    ['stance unknown actor', '/api/v1/stance?actor=Atlantis&toward=Denmark', undefined, 404, 'NOT_FOUND'],
    ['stance unknown counterpart', '/api/v1/stance?actor=Norway&toward=Atlantis', undefined, 404, 'NOT_FOUND'],
    ['search without q', '/api/v1/search', undefined, 400, 'VALIDATION_FAILED'],
    ['search with empty q', '/api/v1/search?q=%20', undefined, 400, 'VALIDATION_FAILED'],
    ['unknown endpoint', '/api/v1/nothing-here', undefined, 404, 'NOT_FOUND'],
  ];
  for (const [name, path, init, status, code] of bad) {
    test(`bad input: ${name} → ${status} ${code}`, async () => {
      const r = await call(app, path, init);
      assert.equal(r.status, status, JSON.stringify(r.body));
      assert.equal(r.body.error.code, code);
      assert.equal(typeof r.body.error.message, 'string');
      assert.ok(r.body.error.message.length > 0);
    });
  }

  test('ingest is idempotent: the same article again is unchanged', async () => {
    const r = await call(app, '/api/v1/ingest', json(FISHERIES));
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.items.map((i: { id: string; status: string }) => [i.id, i.status]), [[fisheriesId, 'unchanged']]);
  });

  test('articles: list, filter and cursor paging', async () => {
    const all = await call(app, '/api/v1/articles');
    assert.equal(all.status, 200);
    assert.equal(all.body.items.length, 2);
    const first = await call(app, '/api/v1/articles?limit=1');
    assert.equal(first.body.items.length, 1);
    assert.ok(first.body.nextCursor);
    const second = await call(app, `/api/v1/articles?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    assert.equal(second.body.items.length, 1);
    assert.notEqual(second.body.items[0].id, first.body.items[0].id);
    const since = await call(app, '/api/v1/articles?since=2025-05-10');
    assert.deepEqual(since.body.items.map((a: { title: string }) => a.title), [TALKS.title]);
    const outlet = await call(app, `/api/v1/articles?outlet=${encodeURIComponent(FISHERIES.source)}`);
    assert.deepEqual(outlet.body.items.map((a: { id: string }) => a.id), [fisheriesId]);
  });

  test('articles/{id}: text and analysis', async () => {
    const r = await call(app, `/api/v1/articles/${fisheriesId}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.title, FISHERIES.title);
    assert.equal(r.body.analysis.schema, 'standpoint/v1');
    assert.match(r.body.text, /Skagerrak/);
  });

  test('quotes: by speaker and about words', async () => {
    const r = await call(app, '/api/v1/quotes?by=Ingrid%20Solberg');
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length >= 1);
    assert.ok(r.body.items.every((q: { speaker: { name: string } | null }) => q.speaker?.name === 'Ingrid Solberg'));
    const about = await call(app, '/api/v1/quotes?about=warning');
    assert.ok(about.body.items.some((q: { text: string }) => /ignored every warning/.test(q.text)));
  });

  test('events: by type and actor', async () => {
    const r = await call(app, '/api/v1/events?type=accuse,support');
    assert.equal(r.status, 200);
    assert.ok(r.body.items.length >= 1);
    assert.ok(r.body.items.every((e: { type: string }) => e.type === 'ACCUSE' || e.type === 'SUPPORT'));
    // A country stands for its state too: Norway's events and those of Norwegian officials ("Norwegian Fisheries
    // Minister Ingrid Solberg").
    const src = await call(app, '/api/v1/events?source=Norway');
    assert.ok(src.body.items.some((e: { source: { actor: string } }) => e.source.actor === 'country:NOR'));
    for (const e of src.body.items as { source: { actor: string } }[]) {
      const actor = await call(app, `/api/v1/actors/${encodeURIComponent(e.source.actor)}`);
      assert.equal(actor.body.country, 'NOR', e.source.actor);
    }
  });

  test('actors: list by kind, and one actor', async () => {
    const r = await call(app, '/api/v1/actors?kind=country');
    assert.equal(r.status, 200);
    const ids = r.body.items.map((a: { id: string }) => a.id);
    assert.ok(ids.includes('country:NOR') && ids.includes('country:DNK'), ids.join());
    const one = await call(app, '/api/v1/actors/country%3ANOR');
    assert.equal(one.status, 200);
    assert.equal(one.body.name, 'Norway');
    assert.equal(one.body.kind, 'ActorDetail');
  });

  test('stories list', async () => {
    const r = await call(app, '/api/v1/stories');
    assert.equal(r.status, 200);
    assert.equal(r.body.items.length, 2);
  });

  test('stance: a weekly series with evidence', async () => {
    const r = await call(app, '/api/v1/stance?actor=Norway&toward=Denmark&by=week');
    assert.equal(r.status, 200);
    assert.equal(r.body.kind, 'StanceSeries');
    assert.equal(r.body.actor.id, 'country:NOR');
    assert.equal(r.body.toward.id, 'country:DNK');
    assert.ok(r.body.points.length >= 1);
    assert.ok(r.body.points.some((p: { evidence: unknown[] }) => p.evidence.length > 0));
    const issue = await call(app, '/api/v1/stance?actor=Norway&on=fishing');
    assert.equal(issue.status, 200);
    assert.equal(issue.body.issue.query, 'fishing');
  });

  test('search finds quotes and articles', async () => {
    const r = await call(app, '/api/v1/search?q=warning');
    assert.equal(r.status, 200);
    const kinds = new Set(r.body.items.map((h: { kind: string }) => h.kind));
    assert.ok(kinds.has('quote') && kinds.has('article'), [...kinds].join());
    const quotesOnly = await call(app, '/api/v1/search?q=warning&in=quotes');
    assert.ok(quotesOnly.body.items.every((h: { kind: string }) => h.kind === 'quote'));
    const odd = await call(app, '/api/v1/search?q=' + encodeURIComponent('"unbalanced AND (OR'));
    assert.equal(odd.status, 200, 'FTS syntax in q is not an error');
  });

  test('every response carries the security headers', async () => {
    for (const path of ['/api/v1/health', '/', '/static/app.css', '/api/v1/nothing']) {
      const r = await app.request(path);
      assert.equal(r.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    }
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  });
});

describe('API write token and store-less mode', () => {
  test('with a token, ingest needs it and analyze does not', async () => {
    const store = await openStore({ path: ':memory:' });
    const app = createApp({ store, token: 's3cret', log: () => {} });
    const none = await call(app, '/api/v1/ingest', json(TALKS));
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, 'UNAUTHORIZED');
    const wrong = await call(app, '/api/v1/ingest', json(TALKS, { authorization: 'Bearer nope' }));
    assert.equal(wrong.status, 401);
    const right = await call(app, '/api/v1/ingest', json(TALKS, { authorization: 'Bearer s3cret' }));
    assert.equal(right.status, 201);
    assert.equal((await call(app, '/api/v1/analyze', json({ text: 'Norway thanked Denmark.' }))).status, 200);
    await store.close();
  });

  test('without a store, reads answer 503 and analyze still works', async () => {
    const app = createApp({ store: null, log: () => {} });
    const r = await call(app, '/api/v1/articles');
    assert.equal(r.status, 503);
    assert.equal(r.body.error.code, 'NO_STORE');
    assert.equal((await call(app, '/api/v1/analyze', json({ text: 'Norway thanked Denmark.' }))).status, 200);
    assert.equal((await call(app, '/api/v1/health')).body.store, null);
  });
});

describe('API ingest of URLs and feeds', () => {
  test('a feed URL is fetched through the ingest fetcher and every item is stored', async () => {
    const { createServer } = await import('node:http');
    const item = (n: number, title: string, body: string) =>
      `<item><title>${title}</title><link>http://127.0.0.1/item-${n}</link><guid>item-${n}</guid><pubDate>Tue, 0${n} Jun 2025 09:00:00 GMT</pubDate><description><![CDATA[${body}]]></description><content:encoded><![CDATA[<p>${body}</p><p>${body}</p>]]></content:encoded></item>`;
    const feed = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Nordic Wire</title><link>http://127.0.0.1/</link><description>test</description>${item(3, 'Iceland Thanks Norway', 'Iceland thanked Norway on Tuesday for sending rescue helicopters after the storm, officials in Reykjavik said.')}${item(4, 'Finland Warns Sweden', 'Finland warned Sweden on Wednesday that it would close the ferry route if the dispute over fees was not settled soon.')}</channel></rss>`;
    const http = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(feed);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const port = (http.address() as { port: number }).port;
    const store = await openStore({ path: ':memory:' });
    try {
      const open = createApp({ store, fetchPolicy: { allowPrivateNetwork: true }, log: () => {} });
      const r = await call(open, '/api/v1/ingest', json({ feed: `http://127.0.0.1:${port}/feed.xml` }));
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.deepEqual(r.body.items.map((i: { status: string }) => i.status), ['new', 'new']);
      assert.deepEqual(r.body.items.map((i: { title: string }) => i.title), ['Iceland Thanks Norway', 'Finland Warns Sweden']);
      // The default policy refuses the same loopback feed.
      const guarded = createApp({ store, log: () => {} });
      const refused = await call(guarded, '/api/v1/ingest', json({ feed: `http://127.0.0.1:${port}/feed.xml` }));
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'FETCH_FORBIDDEN');
    } finally {
      await store.close();
      http.close();
    }
  });
});
