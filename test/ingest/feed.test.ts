import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeedText, readInputs, type IngestResult } from '../../src/ingest/index.js';
import { articleHtml, send, startServer, type LocalServer } from './local-server.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'feeds');

async function collect(inputs: string[], options = {}): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}
const articles = (rs: IngestResult[]) => rs.map((r) => {
  if (!r.ok) throw r.error;
  return r.article;
});

describe('feeds: every format becomes one article per item', () => {
  const cases: [file: string, count: number, first: { title: string; source: string; byline: string | null; published: string; url: string; text: string }][] = [
    ['rss2.xml', 2, {
      title: 'Harbor council approves new ferry route', source: 'The Lantern Post', byline: 'Ana Ruiz', published: '2024-03-05',
      url: 'https://lantern.example/ferry',
      text: 'The Kestrel Bay harbor council approved a new ferry route on Tuesday, ending months of debate.\n\n"This connects the islands again," said council chair Miro Tal.',
    }],
    ['atom.xml', 1, {
      title: 'Ministers agree on river treaty', source: 'Northwind Ledger', byline: 'Oskar Lind', published: '2024-04-01',
      url: 'https://ledger.example/river-treaty',
      text: 'The ministers of Ostrava and Valdoria agreed on a river treaty on Monday.\n\nThe treaty shares the water of the Vela river.',
    }],
    ['rdf.xml', 1, {
      title: 'Parliament passes the budget', source: 'Valdoria Gazette', byline: 'Lena Kovac', published: '2024-05-09',
      url: 'https://gazette.example/budget',
      text: 'The Valdorian parliament passed the annual budget on Thursday after a long night session.',
    }],
    ['jsonfeed.json', 2, {
      title: 'Mayor opens the new library', source: 'Ostrava Daily', byline: 'Ivo Marek', published: '2024-06-15',
      url: 'https://daily.example/42',
      text: 'The mayor of Ostrava opened the new city library on Saturday.\n\nIt holds forty thousand books.',
    }],
  ];
  for (const [file, count, first] of cases) {
    test(`${file}: ${count} item(s), full content preferred over the summary`, async () => {
      const got = articles(await collect([join(FIX, file)], { fetchFeedLinks: false }));
      assert.equal(got.length, count);
      const a = got[0];
      assert.deepEqual(
        { title: a.title, source: a.source, byline: a.byline, published: a.published, url: a.url, text: a.text },
        first,
      );
      assert.equal(a.input, `${join(FIX, file)}#1`);
    });
  }

  test('an HTML-escaped description becomes plain text', () => {
    const feed = parseFeedText(readFileSync(join(FIX, 'rss2.xml'), 'utf8'), 'rss2.xml');
    assert.equal(feed.items[1].text, 'Dozens of fishermen gathered at the pier on Wednesday to protest the new quota cuts.');
  });

  test('a WordPress "The post … appeared first on …" footer is dropped from feed content', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Lantern</title>
      <item><title>Pier</title><content:encoded><![CDATA[<p>The pier reopened on Monday after a year of repairs.</p><p>Boats returned the same day.</p><p>The post <a href="https://lantern.example/pier">Pier reopens</a> appeared first on <a href="https://lantern.example">The Lantern</a>.</p>]]></content:encoded></item>
      </channel></rss>`;
    assert.equal(parseFeedText(xml, 'wp.rss').items[0].text, 'The pier reopened on Monday after a year of repairs.\n\nBoats returned the same day.');
  });

  test('a malformed feed fails with INPUT_MALFORMED naming the input', async () => {
    const rs = await collect([join(FIX, 'malformed.xml')]);
    assert.equal(rs.length, 1);
    assert.equal(rs[0].ok, false);
    const err = (rs[0] as { error: { code: string; input: string; message: string } }).error;
    assert.equal(err.code, 'INPUT_MALFORMED');
    assert.equal(err.input, join(FIX, 'malformed.xml'));
    assert.match(err.message, /malformed feed/);
  });

  test('a feed with no items fails with INPUT_EMPTY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-feed-'));
    const f = join(dir, 'empty.rss');
    writeFileSync(f, '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>');
    const rs = await collect([f]);
    assert.equal(rs[0].ok, false);
    assert.equal((rs[0] as { error: { code: string } }).error.code, 'INPUT_EMPTY');
  });
});

describe('feeds: teaser items fetch the linked page', () => {
  let srv: LocalServer;
  const body = [
    'Dozens of fishermen gathered at the pier of Kestrel Bay on Wednesday to protest the new quota cuts announced last month.',
    'Their union said the cuts would halve the catch of small boats, and asked the fisheries minister to meet them next week.',
    'The ministry said in a statement that the quotas follow scientific advice and would be reviewed in the autumn.',
  ];
  let feedXml = '';
  before(async () => {
    srv = await startServer({
      '/quota': send(articleHtml('Fishermen protest quota cuts', body, '<meta name="author" content="Tomas Hale">'), { 'content-type': 'text/html' }),
      '/feed.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(feedXml);
      },
    });
    feedXml = `<?xml version="1.0"?><rss version="2.0"><channel><title>The Lantern Post</title>
      <item><title>Fishermen protest quota cuts</title><link>${srv.base}/quota</link><pubDate>Wed, 06 Mar 2024 14:00:00 GMT</pubDate>
      <description>Fishermen protest at the pier.</description></item>
      <item><title>Gone story</title><link>${srv.base}/gone</link><description>A teaser whose page is gone.</description></item>
      </channel></rss>`;
  });
  after(() => srv.close());

  test('the linked page replaces the teaser when fetching is allowed; feed fields fill the gaps', async () => {
    const [a, b] = articles(await collect([`${srv.base}/feed.xml`], { allowPrivateNetwork: true }));
    assert.equal(a.text, body.join('\n\n'));
    assert.equal(a.title, 'Fishermen protest quota cuts');
    assert.equal(a.byline, 'Tomas Hale');
    assert.equal(a.published, '2024-03-06');
    assert.equal(a.source, 'The Lantern Post');
    assert.equal(a.url, `${srv.base}/quota`);
    // A page that cannot be fetched leaves the teaser.
    assert.equal(b.text, 'A teaser whose page is gone.');
  });

  test('with fetching off the teaser is the text', async () => {
    const [a] = articles(await collect([`${srv.base}/feed.xml`], { allowPrivateNetwork: true, fetchFeedLinks: false }));
    assert.equal(a.text, 'Fishermen protest at the pier.');
  });

  test('without --allow-private-network the private link is not fetched and the teaser stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sp-feed-'));
    const f = join(dir, 'teaser.rss');
    writeFileSync(f, feedXml);
    const [a] = articles(await collect([f]));
    assert.equal(a.text, 'Fishermen protest at the pier.');
  });
});
