// Runs the store contract suite against the PostgreSQL driver on PGlite, plus driver checks (URLs, migrations, search).
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { StandpointError } from '../../src/core/index.js';
import { openStore } from '../../src/store/index.js';
import { ftsWords, isPostgresUrl, openPgliteStore, openPostgresStore, redactUrl } from '../../src/store/postgres.js';
import { build } from './build.js';
import { storeContract, wireStory } from './contract.js';

// One embedded database for the whole file (starting PGlite takes seconds); each test gets an empty schema.
const db = new PGlite();
after(() => db.close());

async function fresh() {
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  return openPgliteStore(db);
}

storeContract('postgres', fresh);

/** A TCP port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

describe('postgres store: connection URLs', () => {
  let port = 0;
  before(async () => {
    port = await closedPort();
  });

  it('openStore picks the PostgreSQL driver by URL scheme; a server that is not there is a clear error, not a hang', async () => {
    for (const scheme of ['postgres', 'postgresql']) {
      const url = `${scheme}://reader@127.0.0.1:${port}/news`;
      await assert.rejects(openStore({ path: url }), (err: unknown) => {
        assert.ok(err instanceof StandpointError);
        assert.equal(err.code, 'STORE_FAILED');
        assert.ok(err.message.startsWith(`${url}: cannot open the PostgreSQL database: `), err.message);
        assert.match(err.message, /ECONNREFUSED/);
        return true;
      });
    }
  });

  it('STANDPOINT_DB may be a URL, and messages never show the password', async () => {
    const before = process.env.STANDPOINT_DB;
    process.env.STANDPOINT_DB = `postgres://editor:hunter2@127.0.0.1:${port}/news`;
    try {
      await assert.rejects(openStore({ readonly: true }), (err: unknown) => {
        assert.ok(err instanceof StandpointError);
        assert.ok(err.message.startsWith(`postgres://editor:***@127.0.0.1:${port}/news: `), err.message);
        assert.doesNotMatch(err.message, /hunter2/);
        return true;
      });
    } finally {
      if (before === undefined) delete process.env.STANDPOINT_DB;
      else process.env.STANDPOINT_DB = before;
    }
  });

  it('gives up after the connect timeout when the host never answers', async () => {
    // A listener that accepts the connection and never speaks: the client waits for the server's first message.
    const sockets: Socket[] = [];
    const silent = createServer((s) => void sockets.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port: p } = silent.address() as { port: number };
    try {
      const url = `postgres://reader@127.0.0.1:${p}/news`;
      await assert.rejects(openPostgresStore(url, { connectTimeoutMs: 300 }), (err: unknown) => {
        assert.ok(err instanceof StandpointError);
        assert.ok(err.message.startsWith(`${url}: cannot open the PostgreSQL database: `), err.message);
        assert.match(err.message, /timeout/i);
        return true;
      });
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('recognizes URLs and hides secrets', () => {
    assert.equal(isPostgresUrl('postgres://u@h/db'), true);
    assert.equal(isPostgresUrl('POSTGRESQL://u@h/db'), true);
    assert.equal(isPostgresUrl('news.db'), false);
    assert.equal(isPostgresUrl('./postgres/news.db'), false);
    assert.equal(redactUrl('postgres://u:pw@h:5432/db'), 'postgres://u:***@h:5432/db');
    assert.equal(redactUrl('postgres://u@h/db?password=pw&sslmode=require'), 'postgres://u@h/db?password=***&sslmode=require');
  });
});

describe('postgres store', () => {
  it('records its migrations; reopening keeps the data and runs nothing twice', async () => {
    const s = await fresh();
    const { article, v1 } = wireStory();
    await s.putAnalysis(article, v1);
    await s.close();
    const again = await openPgliteStore(db);
    assert.deepEqual([(await again.stats()).articles, (await again.stats()).schemaVersion], [1, 1]);
    await again.close();
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(rows.rows.map((r) => r.version), [1]);
  });

  // PGlite runs one transaction at a time, so this checks the outcome, not the advisory lock that orders writers on a server.
  it('two stores writing to one database at once: copies still form one story with one original', async () => {
    await fresh();
    const [one, two] = [await openPgliteStore(db), await openPgliteStore(db)];
    const wire = wireStory();
    const copy = wireStory(wire.article.text.replace('on Monday', 'on Monday morning'), 'Harbor Tribune', '2024-05-07');
    const [a, b] = await Promise.all([one.putAnalysis(wire.article, wire.v1), two.putAnalysis(copy.article, copy.v1)]);
    assert.equal(a.story, b.story);
    assert.equal((await one.listStories()).items[0].independent, 1);
    assert.equal((await one.listActors({ actorKind: 'person' })).items.length, 1);
    // The same article from two writers at once is stored once.
    const [c, d] = await Promise.all([one.putAnalysis(wire.article, wire.v1), two.putAnalysis(wire.article, wire.v1)]);
    assert.deepEqual([c.status, d.status], ['unchanged', 'unchanged']);
    await Promise.all([one.close(), two.close()]);
  });

  it('search folds accents and ranks an article about the words above one that mentions them in passing', async () => {
    const s = await fresh();
    const passing = build({ text: 'The council met on Tuesday. Among other business, the harbour dredging contract was renewed.', title: 'Council notes', published: '2024-06-01' });
    const about = build({
      text: 'Harbour dredging begins next week. The dredging contract covers the whole harbour, and the harbour master expects delays.',
      title: 'Harbour dredging starts', published: '2024-06-02',
    });
    const accented = build({ text: 'Conductor Přemysl Vráník opened the season at the Rudolfinum.', title: 'Season opens', published: '2024-06-03' });
    for (const x of [passing, about, accented]) await s.putAnalysis(x.article, x.v1);
    const hits = await s.search('harbour dredging');
    assert.deepEqual(hits.map((h) => h.kind === 'article' && h.article), [about.article.id, passing.article.id]);
    assert.ok(hits[0].rank < hits[1].rank);
    assert.match(hits[1].snippet, /\[harbour\] \[dredging\]/);
    // "starts" is only in the title: the article matches, and the snippet still marks the word its text has.
    const titled = await s.search('dredging starts');
    assert.deepEqual(titled.map((h) => h.kind === 'article' && h.article), [about.article.id]);
    assert.match(titled[0].snippet, /\[dredging\]/);
    assert.deepEqual((await s.search('vranik premysl')).map((h) => h.kind === 'article' && h.article), [accented.article.id]);
    assert.equal(ftsWords('Vráník’s “Rusalka”, 1901!'), 'vranik s rusalka 1901');
    await s.close();
  });

  it('a text with NUL characters (which PostgreSQL text refuses) is stored and comes back exactly', async () => {
    const s = await fresh();
    const x = build({
      text: 'Mayor Ada Brand opened the tram line.\u0000 "It is a good day," Brand said.', published: '2024-06-05',
      actors: [{ name: 'Ada Brand\u0000', mentions: ['Brand'] }], quotes: [{ text: 'It is a good day,', speaker: 'Ada Brand\u0000' }],
    });
    assert.equal((await s.putAnalysis(x.article, x.v1)).status, 'new');
    const got = await s.getArticle(x.article.id);
    assert.equal(got?.text, x.article.text);
    assert.deepEqual(got?.analysis, x.v1);
    assert.equal((await s.listActors()).items[0].name, 'Ada Brand\uFFFD');
    assert.equal((await s.search('tram line')).length, 1);
    await s.close();
  });

  it('a second page continues where the first stopped, across equal dates', async () => {
    const s = await fresh();
    for (let i = 0; i < 5; i++) {
      const x = build({ text: `The ferry to island ${i} ran late on a windy morning in June.`, published: '2024-06-04' });
      await s.putAnalysis(x.article, x.v1);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof s.listArticles>> = await s.listArticles({ limit: 2, cursor });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 5);
    assert.equal(new Set(seen).size, 5);
    await s.close();
  });
});
