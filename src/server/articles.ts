// Turning API bodies into articles (text, HTML, or a URL through the ingest fetcher) and storing their analyses.
import { InputError, type Article } from '../core/index.js';
import { analyze } from '../analysis/index.js';
import type { V1Output } from '../contract/index.js';
import { articleFromHtml, articleFromText, readInputs } from '../ingest/index.js';
import type { PutResult, Store } from '../store/index.js';
import type { AnalyzeBody, IngestBody } from './schemas.js';

/** How the server reaches the network when a body names a URL. */
export interface FetchPolicy {
  /** Allow loopback and private addresses (tests only). Default false. */
  readonly allowPrivateNetwork?: boolean;
  /** Fetch timeout. Default 15000. */
  readonly timeoutMs?: number;
  /** Largest fetched body. Default 5 MiB. */
  readonly maxBytes?: number;
}

/** The analysis function the server runs: in this thread by default, or on a worker pool (`standpoint serve`). */
export type Analyzer = (article: Article) => V1Output | Promise<V1Output>;

/** One ingested item's outcome, as `POST /ingest` reports it. */
export type IngestOutcome =
  | { readonly id: string; readonly status: PutResult['status']; readonly story: string | null; readonly duplicateOf: string | null; readonly title: string | null }
  | { readonly id: null; readonly status: 'failed'; readonly input: string; readonly error: { readonly code: string; readonly message: string } };

function withOverrides(article: Article, body: Partial<AnalyzeBody>): Article {
  return {
    ...article,
    title: body.title ?? article.title,
    source: body.source ?? article.source,
    published: body.published ?? article.published,
  };
}

function nonEmpty(article: Article, input: string): Article {
  if (article.text.trim() === '') throw new InputError('INPUT_EMPTY', input, 'no article text');
  return article;
}

/**
 * The articles a body stands for: one for `text` or `html`, one or more for a `url` (a feed yields its items).
 * A URL that fails yields a failure entry instead of throwing, so batches go on.
 */
export async function* articlesFromBody(
  body: IngestBody,
  policy: FetchPolicy = {},
): AsyncGenerator<{ ok: true; article: Article } | { ok: false; input: string; error: InputError }> {
  if ('feed' in body || 'url' in body) {
    const url = 'feed' in body ? body.feed : body.url!;
    for await (const r of readInputs([url], {
      allowPrivateNetwork: policy.allowPrivateNetwork ?? false,
      timeoutMs: policy.timeoutMs ?? 15000,
      maxBytes: policy.maxBytes ?? 5 * 1024 * 1024,
      published: 'published' in body ? (body.published ?? null) : null,
    })) {
      yield r.ok ? { ok: true, article: withOverrides(r.article, 'feed' in body ? {} : body) } : r;
    }
    return;
  }
  if (body.html !== undefined) {
    yield { ok: true, article: withOverrides(nonEmpty(articleFromHtml(body.html, { input: 'request' }), 'request'), body) };
    return;
  }
  const text = body.text ?? '';
  yield { ok: true, article: withOverrides(nonEmpty(articleFromText(text, { plain: body.plain ?? false, input: 'request' }), 'request'), body) };
}

/** Analyze the single article a body stands for (the first item of a feed URL). Throws the input's error. */
export async function analyzeBody(body: AnalyzeBody, policy: FetchPolicy = {}, analyzer: Analyzer = analyze): Promise<V1Output> {
  for await (const r of articlesFromBody(body, policy)) {
    if (!r.ok) throw r.error;
    return analyzer(r.article);
  }
  throw new InputError('INPUT_NO_ARTICLE', body.url ?? 'request', 'no article found');
}

/** Analyze and store one article. */
export async function ingestArticle(store: Store, article: Article, analyzer: Analyzer = analyze): Promise<IngestOutcome> {
  const analysis = await analyzer(article);
  const put = await store.putAnalysis(article, analysis, { input: article.input ?? null });
  return { id: put.id, status: put.status, story: put.story ?? null, duplicateOf: put.duplicateOf ?? null, title: article.title };
}

/** Analyze and store every article a body stands for; failures are reported per item. */
export async function ingestBody(store: Store, body: IngestBody, policy: FetchPolicy = {}, analyzer: Analyzer = analyze): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const r of articlesFromBody(body, policy)) {
    if (r.ok) out.push(await ingestArticle(store, r.article, analyzer));
    else out.push({ id: null, status: 'failed', input: r.input, error: { code: r.error.code, message: r.error.message } });
  }
  return out;
}

/** Ingest paths (files, directories, URLs) into the store, e.g. the shipped examples at start-up. */
export async function ingestPaths(
  store: Store,
  inputs: readonly string[],
  policy: FetchPolicy = {},
): Promise<IngestOutcome[]> {
  const out: IngestOutcome[] = [];
  for await (const r of readInputs(inputs, { allowPrivateNetwork: policy.allowPrivateNetwork ?? false })) {
    if (r.ok) out.push(await ingestArticle(store, r.article));
    else out.push({ id: null, status: 'failed', input: r.input, error: { code: r.error.code, message: r.error.message } });
  }
  return out;
}
