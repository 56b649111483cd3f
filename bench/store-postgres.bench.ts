// The PostgreSQL driver's writer on PGlite (in-process WASM, not a server) beside SQLite's, with the same articles.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentId, type Article } from '../src/core/index.js';
import type { V1Output } from '../src/contract/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { openPgliteStore } from '../src/store/postgres.js';
import { median, seconds, syntheticArticle } from './util.js';

/** Articles written per store; `STORE_BENCH_N` overrides. */
const N = Number(process.env.STORE_BENCH_N ?? 1000);
const PARAGRAPHS = 2;

/** Write `n` articles (analyses made once, reused under new ids), then time a few searches and listings. */
async function measure(label: string, store: Store, base: readonly { a: Article; v: V1Output }[]): Promise<void> {
  const secs = await seconds(async () => {
    for (let i = 0; i < N; i++) {
      const { a, v } = base[i % base.length];
      const text = `${a.text} (${i})`;
      const id = contentId(text);
      await store.putAnalysis({ ...a, id, text }, { ...v, id, text });
    }
  });
  const search: number[] = [];
  const events: number[] = [];
  for (let i = 0; i < 20; i++) {
    search.push(await seconds(() => store.search('minister border', { limit: 20 })));
    events.push(await seconds(() => store.listEvents({ actor: 'Valdoria', limit: 50 })));
  }
  console.log(
    `${label}: ${(N / secs).toFixed(0)} articles/s, ${((1000 * secs) / N).toFixed(1)} ms per article transaction; ` +
      `search median ${(1000 * median(search)).toFixed(1)} ms, events of an actor median ${(1000 * median(events)).toFixed(1)} ms`,
  );
  await store.close();
}

export default async function bench(): Promise<void> {
  const { analyze } = await import('../src/analysis/index.js');
  const base = Array.from({ length: 40 }, (_, i) => {
    const s = syntheticArticle(70_000 + i, PARAGRAPHS);
    const a: Article = { id: contentId(s.text), url: null, source: `Outlet ${i % 5}`, title: s.title, byline: null, published: s.published, text: s.text };
    return { a, v: analyze(a) };
  });
  console.log(`writer alone (no analysis), ${N} synthetic articles of ${PARAGRAPHS} paragraphs each, one transaction per article`);
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-store-bench-'));
  try {
    await measure('  SQLite (file, WAL)', await openStore({ path: join(dir, 'bench.db') }), base);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await measure('  PostgreSQL driver on PGlite (WASM in-process, in memory; not a server)', await openPgliteStore(), base);
  const url = process.env.STANDPOINT_BENCH_PG_URL;
  if (url) await measure(`  PostgreSQL driver on a server (${url.replace(/:[^:@/]*@/, ':***@')}; its schema must be empty)`, await openStore({ path: url }), base);
  else console.log('  (set STANDPOINT_BENCH_PG_URL=postgres://… to an empty database to measure a real server too)');
}
