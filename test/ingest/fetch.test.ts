import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { InputError } from '../../src/core/index.js';
import { fetchUrl, isPrivateAddress, readInputs, type IngestResult } from '../../src/ingest/index.js';
import { articleHtml, send, startServer, type LocalServer } from './local-server.js';

const PARAS = [
  'The harbor council of Kestrel Bay approved a new ferry route on Tuesday after months of debate among members.',
  'Council chair Miro Tal said the route would connect the outer islands with the mainland twice a day from June.',
  'Fishermen welcomed the decision but asked the council to keep the old pier open for their boats during repairs.',
];

async function collect(inputs: string[], options = {}): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}

function only(results: IngestResult[]) {
  assert.equal(results.length, 1);
  const r = results[0];
  if (!r.ok) throw r.error;
  return r.article;
}

function failed(results: IngestResult[]): InputError {
  assert.equal(results.length, 1);
  const r = results[0];
  assert.equal(r.ok, false, 'expected a failure');
  return (r as { error: InputError }).error;
}

describe('fetch: URLs from a local server', () => {
  let srv: LocalServer;
  const allow = { allowPrivateNetwork: true };
  before(async () => {
    const cafe = 'Le café de la mairie a rouvert ses portes mardi après des travaux, a annoncé la maire Élise Roux devant la presse.';
    const cp1252Page = (metaCharset: boolean) =>
      iconv.encode(articleHtml('Café rouvert', [cafe, PARAS[1], PARAS[2]], metaCharset ? '<meta charset="windows-1252">' : ''), 'windows-1252');
    srv = await startServer({
      '/article': send(articleHtml('Ferry route approved', PARAS), { 'content-type': 'text/html; charset=utf-8' }),
      '/r1': send('', { location: '/r2' }, 301),
      '/r2': send('', { location: '/r3' }, 302),
      '/r3': send('', { location: '/article' }, 307),
      '/loop': send('', { location: '/loop' }, 302),
      '/slow': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>');
        // Never finishes within the test's timeout.
        setTimeout(() => res.end('late</p></body></html>'), 3000).unref();
      },
      '/big': send('<html><body>' + '<p>word </p>'.repeat(50_000) + '</body></html>', { 'content-type': 'text/html' }),
      '/big-chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 100; i++) res.write('<p>' + 'x'.repeat(1000) + '</p>');
        res.end();
      },
      '/cp1252-header': send(cp1252Page(false), { 'content-type': 'text/html; charset=windows-1252' }),
      '/cp1252-meta': send(cp1252Page(true), { 'content-type': 'text/html' }),
      '/no-type': send(articleHtml('Ferry route approved', PARAS)),
      '/feed': send(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Lantern</title><item><title>Pier</title><link>https://lantern.example/pier</link><description>The pier reopened on Monday after repairs that took a year.</description></item></channel></rss>`,
        { 'content-type': 'application/octet-stream' },
      ),
      '/text': send('Quiet day in Kestrel Bay\n\nNothing much happened in the harbor today, the port office said.', { 'content-type': 'text/plain' }),
      '/missing': send('gone', { 'content-type': 'text/plain' }, 404),
      '/photo': send(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { 'content-type': 'image/png' }),
    });
  });
  after(() => srv.close());

  test('HTML by URL: article text, title and the final URL', async () => {
    const a = only(await collect([`${srv.base}/article`], allow));
    assert.equal(a.title, 'Ferry route approved');
    assert.equal(a.text, PARAS.join('\n\n'));
    assert.equal(a.url, `${srv.base}/article`);
    assert.equal(a.input, `${srv.base}/article`);
  });

  test('a redirect chain is followed to the page, and the article URL is the last hop', async () => {
    const a = only(await collect([`${srv.base}/r1`], allow));
    assert.equal(a.text, PARAS.join('\n\n'));
    assert.equal(a.url, `${srv.base}/article`);
  });

  test('too many redirects fail with FETCH_FAILED naming the URL', async () => {
    const err = failed(await collect([`${srv.base}/loop`], { ...allow, maxRedirects: 3 }));
    assert.equal(err.code, 'FETCH_FAILED');
    assert.equal(err.input, `${srv.base}/loop`);
    assert.match(err.message, /more than 3 redirects/);
  });

  test('a slow server times out with FETCH_TIMEOUT', async () => {
    const err = failed(await collect([`${srv.base}/slow`], { ...allow, timeoutMs: 300 }));
    assert.equal(err.code, 'FETCH_TIMEOUT');
    assert.match(err.message, /timed out after 300 ms/);
  });

  test('an oversized body is refused with INPUT_TOO_LARGE (declared length and streamed)', async () => {
    for (const path of ['/big', '/big-chunked']) {
      const err = failed(await collect([`${srv.base}${path}`], { ...allow, maxBytes: 10_000 }));
      assert.equal(err.code, 'INPUT_TOO_LARGE', path);
      assert.match(err.message, /10000-byte cap/);
    }
  });

  test('Windows-1252 from the Content-Type header and from <meta charset>', async () => {
    for (const path of ['/cp1252-header', '/cp1252-meta']) {
      const a = only(await collect([`${srv.base}${path}`], allow));
      assert.equal(a.title, 'Café rouvert', path);
      assert.match(a.text, /^Le café de la mairie a rouvert ses portes mardi après des travaux, a annoncé la maire Élise Roux/, path);
    }
  });

  test('content-type sniffing: HTML without a type, a feed served as octet-stream, plain text', async () => {
    assert.equal(only(await collect([`${srv.base}/no-type`], allow)).text, PARAS.join('\n\n'));
    const feed = only(await collect([`${srv.base}/feed`], { ...allow, fetchFeedLinks: false }));
    assert.equal(feed.title, 'Pier');
    assert.equal(feed.source, 'Lantern');
    const text = only(await collect([`${srv.base}/text`], allow));
    assert.equal(text.title, 'Quiet day in Kestrel Bay');
    assert.match(text.text, /^Nothing much happened/);
  });

  test('a non-document content type (an image) is INPUT_UNSUPPORTED, named in the message', async () => {
    const err = failed(await collect([`${srv.base}/photo`], allow));
    assert.equal(err.code, 'INPUT_UNSUPPORTED');
    assert.match(err.message, /content type image\/png is not a news document/);
  });

  test('an HTTP error status fails with FETCH_FAILED and the status', async () => {
    const err = failed(await collect([`${srv.base}/missing`], allow));
    assert.equal(err.code, 'FETCH_FAILED');
    assert.match(err.message, /HTTP 404/);
  });

  test('loopback is refused by default with a clear message, and allowed with the option', async () => {
    const err = failed(await collect([`${srv.base}/article`]));
    assert.equal(err.code, 'FETCH_FORBIDDEN');
    assert.match(err.message, /refusing to fetch a private, loopback or link-local address \(127\.0\.0\.1\)/);
    assert.match(err.message, /--allow-private-network/);
    await assert.rejects(fetchUrl(`${srv.base}/article`), { code: 'FETCH_FORBIDDEN' });
    const ok = await fetchUrl(`${srv.base}/article`, allow);
    assert.equal(ok.status, 200);
  });

  test('an unreachable URL fails with FETCH_FAILED naming it', async () => {
    const dead = await startServer({});
    const url = `${dead.base}/x`;
    await dead.close();
    const err = failed(await collect([url], allow));
    assert.equal(err.code, 'FETCH_FAILED');
    assert.equal(err.input, url);
  });
});

describe('fetch: private address table', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['224.0.0.1', true], ['8.8.8.8', false],
    ['93.184.216.34', false], ['::1', true], ['::', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false], ['2606:4700::1111', false],
  ];
  for (const [ip, expected] of cases) {
    test(`${ip} is ${expected ? 'private' : 'public'}`, () => assert.equal(isPrivateAddress(ip), expected));
  }
});

describe('fetch: bad URLs', () => {
  test('a non-http protocol is unsupported', async () => {
    await assert.rejects(fetchUrl('ftp://example.com/x', { allowPrivateNetwork: true }), { code: 'INPUT_UNSUPPORTED' });
  });
  test('a malformed URL is INPUT_MALFORMED', async () => {
    await assert.rejects(fetchUrl('http://', {}), { code: 'INPUT_MALFORMED' });
  });
});
