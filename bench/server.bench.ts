// Loopback load test of `standpoint serve`: autocannon against 127.0.0.1 on search and article endpoints.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeArticle } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { ingestArticle, ingestPaths, startServer } from '../src/server/index.js';
import { AnalyzerPool } from '../src/workers/index.js';
import { seconds, syntheticArticle } from './util.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; method?: string; body?: string; headers?: Record<string, string> }) => Promise<AutocannonResult>;

// autocannon ships CommonJS without types.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const DURATION_S = Number(process.env.BENCH_SERVER_SECONDS ?? 4);
const CONNECTIONS = 16;
const SYNTHETIC_ARTICLES = 300;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-bench-'));
  const store = await openStore({ path: join(dir, 'bench.db') });
  const ingestS = await seconds(async () => {
    await ingestPaths(store, [join(import.meta.dirname, '..', 'examples', 'articles')]);
    for (let i = 0; i < SYNTHETIC_ARTICLES; i++) {
      const a = syntheticArticle(1000 + i);
      await ingestArticle(store, makeArticle({ ...a, source: `Outlet ${i % 9}` }));
    }
  });
  const stats = await store.stats();
  console.log(`store: ${stats.articles} articles, ${stats.quotes} quotes, ${stats.events} events (ingested in ${ingestS.toFixed(1)} s)`);
  // As `standpoint serve` does: request-time analysis on the worker pool.
  const pool = new AnalyzerPool();
  const server = await startServer({ store, host: '127.0.0.1', port: 0, log: () => {}, analyzer: (a) => pool.analyze(a) });
  const article = (await store.listArticles({ limit: 1 })).items[0].id;
  // Warm every worker (each loads the NLP model once) so the figures measure steady state.
  await Promise.all(Array.from({ length: pool.size * 2 }, (_, i) => pool.analyze(makeArticle(syntheticArticle(i)))));
  const post = JSON.stringify({ ...syntheticArticle(7), plain: true });
  const targets: [string, string, string?][] = [
    ['GET /api/v1/search?q=sanctions', '/api/v1/search?q=sanctions'],
    ['GET /api/v1/search?q=troops border', '/api/v1/search?q=troops%20border'],
    ['GET /api/v1/articles/{id}', `/api/v1/articles/${article}`],
    ['GET /api/v1/articles?limit=50', '/api/v1/articles?limit=50'],
    ['GET /articles/{id} (HTML page)', `/articles/${article}`],
    ['GET /search?q=sanctions (HTML page)', '/search?q=sanctions'],
    [`POST /api/v1/analyze (${post.length} B article)`, '/api/v1/analyze', post],
  ];
  try {
    console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s each, 127.0.0.1; analysis on ${pool.size} worker threads`);
    console.log('endpoint'.padEnd(40) + 'req/s'.padStart(9) + 'p50 ms'.padStart(9) + 'p99 ms'.padStart(9) + 'errors'.padStart(8) + 'non2xx'.padStart(8));
    for (const [name, path, body] of targets) {
      const r = await autocannon({
        url: server.url + path,
        connections: CONNECTIONS,
        duration: DURATION_S,
        ...(body ? { method: 'POST', body, headers: { 'content-type': 'application/json' } } : {}),
      });
      console.log(
        name.padEnd(40) +
          r.requests.average.toFixed(0).padStart(9) +
          String(r.latency.p50).padStart(9) +
          String(r.latency.p99).padStart(9) +
          String(r.errors + r.timeouts).padStart(8) +
          String(r.non2xx).padStart(8),
      );
    }
  } finally {
    await server.close();
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
