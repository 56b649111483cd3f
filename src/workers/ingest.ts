// Streaming ingest into a store: reader → bounded queue → analysis (workers or in-process) → in-order writer.
import { availableParallelism } from 'node:os';
import type { Article } from '../core/index.js';
import { errorMessage } from '../core/index.js';
import type { V1Output } from '../contract/index.js';
import type { IngestResult } from '../ingest/index.js';
import type { PutStatus, Store } from '../store/index.js';
import { AnalyzerPool } from './pool.js';

/** The fate of one input item. */
export type IngestOutcome =
  | { readonly ok: true; readonly input: string; readonly id: string; readonly status: PutStatus; readonly words: number }
  | { readonly ok: false; readonly input: string; readonly reason: string };

export interface IngestRunOptions {
  /**
   * Worker threads for analysis; default the number of cores. 0 analyzes in this thread (with `analyze` when given).
   */
  readonly jobs?: number;
  /** In-process analysis function used with `jobs: 0` (tests); default the real pipeline. */
  readonly analyze?: (article: Article) => V1Output | Promise<V1Output>;
  /** Analysis context (e.g. `{actorsFile}`), passed to workers. */
  readonly context?: Record<string, unknown>;
  /** Most items read ahead of the writer; default 4 × jobs (at least 8). Bounds memory. */
  readonly queueSize?: number;
  /** Called once per item, in input order, after it is stored (or failed). */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
}

/** Totals of one ingest run. */
export interface IngestSummary {
  readonly read: number;
  readonly new: number;
  readonly version: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly words: number;
  readonly seconds: number;
  readonly failures: readonly { readonly input: string; readonly reason: string }[];
}

type Pending = { kind: 'failed'; input: string; reason: string } | { kind: 'known'; input: string; article: Article } | { kind: 'analyzed'; input: string; article: Article; analysis: V1Output };

const wordCount = (t: string): number => (t.match(/\S+/g) ?? []).length;

/**
 * Ingest a stream of read results into a store. Items are analyzed in parallel and written one transaction each, in
 * input order, so a rerun after an interruption skips what was stored and continues; articles already stored are not
 * analyzed again. Failures are collected, never thrown.
 */
export async function ingestInto(store: Store, results: AsyncIterable<IngestResult>, options: IngestRunOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const jobs = options.jobs ?? undefined;
  // Workers start on the first article that needs analysis, so a rerun over stored articles starts none.
  let pool: AnalyzerPool | null = null;
  const getPool = (): AnalyzerPool => (pool ??= new AnalyzerPool({ jobs, context: options.context }));
  const size = options.queueSize ?? Math.max(8, 4 * (jobs === 0 ? 1 : jobs ?? availableParallelism()));
  const local = jobs === 0 ? options.analyze ?? (await import('../analysis/index.js')).analyze : null;
  const counts = { read: 0, new: 0, version: 0, unchanged: 0, failed: 0, words: 0 };
  const failures: { input: string; reason: string }[] = [];
  const report = (o: IngestOutcome): void => {
    if (o.ok) {
      counts[o.status]++;
      counts.words += o.words;
    } else {
      counts.failed++;
      failures.push({ input: o.input, reason: o.reason });
    }
    options.onOutcome?.(o);
  };

  const start = async (r: IngestResult): Promise<Pending> => {
    if (!r.ok) return { kind: 'failed', input: r.input, reason: r.error.reason };
    const input = r.article.input ?? r.article.id;
    if (await store.hasArticle(r.article.id)) return { kind: 'known', input, article: r.article };
    try {
      const analysis = local ? await local(r.article) : await getPool().analyze(r.article);
      return { kind: 'analyzed', input, article: r.article, analysis };
    } catch (err) {
      return { kind: 'failed', input, reason: `analysis failed: ${errorMessage(err)}` };
    }
  };

  const write = async (p: Pending): Promise<void> => {
    if (p.kind === 'failed') return report({ ok: false, input: p.input, reason: p.reason });
    if (p.kind === 'known') return report({ ok: true, input: p.input, id: p.article.id, status: 'unchanged', words: 0 });
    try {
      const res = await store.putAnalysis(p.article, p.analysis, { input: p.article.input ?? null });
      report({ ok: true, input: p.input, id: res.id, status: res.status, words: res.status === 'unchanged' ? 0 : wordCount(p.article.text) });
    } catch (err) {
      report({ ok: false, input: p.input, reason: errorMessage(err) });
    }
  };

  // The queue holds promises in input order; the writer always waits for the oldest, so writes stay in order
  // while up to `size` items are read and analyzed ahead.
  const queue: Promise<Pending>[] = [];
  try {
    for await (const r of results) {
      counts.read++;
      const p = start(r);
      p.catch(() => undefined);
      queue.push(p);
      while (queue.length >= size) await write(await queue.shift()!);
    }
    while (queue.length) await write(await queue.shift()!);
  } finally {
    await (pool as AnalyzerPool | null)?.close();
  }
  return { ...counts, seconds: (Date.now() - t0) / 1000, failures };
}
