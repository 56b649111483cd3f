// Ingest throughput and memory: a generated corpus of 10,000 articles streamed through 2 analysis workers into SQLite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentId, type Article } from '../src/core/index.js';
import type { IngestResult } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { ingestInto } from '../src/workers/index.js';
import { peakRssMiB, syntheticArticle } from './util.js';

/** Articles in the big run; `INGEST_BENCH_N` overrides (the issue asks for at least 10,000). */
const N = Number(process.env.INGEST_BENCH_N ?? 10_000);
const JOBS = 2;
/** Paragraphs per synthetic article (about 65 words each). */
const PARAGRAPHS = 2;
const CHECKPOINTS = [1000, 2000, 5000, 10_000, 20_000];

/** A stream of synthetic articles, generated as they are read: nothing is held in memory. */
async function* corpus(n: number): AsyncGenerator<IngestResult> {
  for (let i = 0; i < n; i++) {
    const s = syntheticArticle(50_000 + i, PARAGRAPHS);
    const article: Article = { id: contentId(s.text), url: `https://bench.test/${i}`, source: `Outlet ${i % 25}`, title: s.title, byline: null, published: s.published, text: s.text, input: `synthetic:${i}` };
    yield { ok: true, article };
  }
}

/** Child mode: ingest `n` articles into `db`, print figures as JSON on stdout. */
async function child(n: number, db: string): Promise<void> {
  const store = await openStore({ path: db });
  const marks: { at: number; rssMiB: number; heapMiB: number; peakMiB: number; seconds: number }[] = [];
  const t0 = Date.now();
  let done = 0;
  const summary = await ingestInto(store, corpus(n), {
    jobs: JOBS,
    onOutcome: () => {
      done++;
      if (CHECKPOINTS.includes(done)) marks.push({ at: done, rssMiB: process.memoryUsage().rss / 2 ** 20, heapMiB: process.memoryUsage().heapUsed / 2 ** 20, peakMiB: peakRssMiB(), seconds: (Date.now() - t0) / 1000 });
    },
  });
  await store.close();
  process.stdout.write(JSON.stringify({ summary: { ...summary, failures: summary.failures.slice(0, 3) }, marks, peakMiB: peakRssMiB() }));
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-bench-'));
  try {
    const db = join(dir, 'bench.db');
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync(process.execPath, ['--import', 'tsx', self], { env: { ...process.env, INGEST_BENCH_CHILD: `${N}:${db}` }, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`ingest bench child failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout) as {
      summary: { new: number; failed: number; words: number; seconds: number; failures: unknown[] };
      marks: { at: number; rssMiB: number; heapMiB: number; peakMiB: number; seconds: number }[];
      peakMiB: number;
    };
    const bytes = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
    const s = out.summary;
    console.log(`corpus: ${N} synthetic articles (${PARAGRAPHS} paragraphs, ~${Math.round(s.words / Math.max(1, s.new))} words each), ${JOBS} workers, SQLite WAL`);
    console.log(`stored: ${s.new} new, ${s.failed} failed${s.failed ? ` e.g. ${JSON.stringify(s.failures[0])}` : ''}`);
    console.log(`throughput: ${(s.new / s.seconds).toFixed(1)} articles/s, ${Math.round(s.words / s.seconds)} words/s (${s.seconds.toFixed(1)} s)`);
    console.log(`database: ${(bytes / 2 ** 20).toFixed(1)} MiB, ${((bytes / 2 ** 20) * (1000 / Math.max(1, s.new))).toFixed(2)} MiB per 1,000 articles`);
    console.log(`peak RSS (whole process, workers included): ${out.peakMiB.toFixed(0)} MiB`);
    for (const m of out.marks) console.log(`  after ${String(m.at).padStart(6)} articles: RSS ${m.rssMiB.toFixed(0)} MiB (writer thread heap ${m.heapMiB.toFixed(0)} MiB), peak ${m.peakMiB.toFixed(0)} MiB, ${(m.at / m.seconds).toFixed(1)} articles/s so far`);
    await writerOnly(join(dir, 'writer.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The writer's ceiling: one transaction per article, analyses made once and reused under new ids. */
async function writerOnly(db: string): Promise<void> {
  const { analyze } = await import('../src/analysis/index.js');
  const base = Array.from({ length: 40 }, (_, i) => {
    const s = syntheticArticle(90_000 + i, PARAGRAPHS);
    const a: Article = { id: contentId(s.text), url: null, source: 'Outlet', title: s.title, byline: null, published: s.published, text: s.text };
    return { a, v: analyze(a) };
  });
  const store = await openStore({ path: db });
  const n = 2000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const { a, v } = base[i % base.length];
    const text = `${a.text} (${i})`;
    const id = contentId(text);
    await store.putAnalysis({ ...a, id, text }, { ...v, id, text });
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  await store.close();
  console.log(`writer alone (no analysis): ${(n / secs).toFixed(0)} articles/s, ${((1000 * secs) / n).toFixed(1)} ms per article transaction`);
}

if (process.env.INGEST_BENCH_CHILD) {
  const [n, db] = process.env.INGEST_BENCH_CHILD.split(/:(.*)/s);
  await child(Number(n), db);
}
