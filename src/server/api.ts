// The JSON API under /api/v1: analyze, ingest, listings with cursor paging, actors, stance, search, health, OpenAPI.
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { SCHEMA } from '../contract/index.js';
import type { Store } from '../store/index.js';
import { ApiError, statusForCode } from './api-error.js';
import { analyzeBody as analyzeArticleBody, ingestBody as ingestArticles, type Analyzer, type FetchPolicy } from './articles.js';
import { openApiDocument } from './openapi.js';
import * as s from './schemas.js';

/** What the API routes need. */
export interface ApiDeps {
  /** The store, or null for an analyze-only server (store endpoints answer 503). */
  readonly store: Store | null;
  readonly fetchPolicy: FetchPolicy;
  readonly analyzer: Analyzer;
  /** Token guarding write endpoints; null when writes are open (loopback). */
  readonly token: string | null;
  readonly version: string;
}

/** Parse a JSON body, answering 400 `BAD_JSON` when it is not JSON. */
export async function readJson(c: Context): Promise<unknown> {
  // Only JSON bodies: a cross-site HTML form cannot send this content type, so a page elsewhere cannot make a
  // visitor's browser write into a loopback store (CSRF).
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `expected content-type application/json, got ${type || 'none'}`);
  }
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError(400, 'BAD_JSON', 'request body is empty; expected a JSON object');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, 'BAD_JSON', `request body is not valid JSON: ${(err as Error).message}`);
  }
}

function query<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return schema.parse(c.req.query());
}

function needStore(deps: ApiDeps): Store {
  if (!deps.store) throw new ApiError(503, 'NO_STORE', 'this server runs without a store; start it with --db');
  return deps.store;
}

/** Constant-time-ish token comparison. */
function sameToken(given: string, expected: string): boolean {
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < given.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

/** Throw 401 unless the request carries the write token (when one is configured). */
export function checkWriteToken(c: Context, token: string | null): void {
  if (token === null) return;
  const header = c.req.header('authorization') ?? '';
  const given = header.match(/^Bearer\s+(.+)$/i)?.[1] ?? c.req.header('x-standpoint-token') ?? '';
  if (!sameToken(given, token)) throw new ApiError(401, 'UNAUTHORIZED', 'this endpoint needs the API token: Authorization: Bearer <token>');
}

/** Build the `/api/v1` router. */
export function apiRoutes(deps: ApiDeps): Hono {
  const api = new Hono();

  api.get('/health', async (c) => {
    const stats = deps.store ? await deps.store.stats() : null;
    return c.json({ status: 'ok', version: deps.version, schema: SCHEMA, store: deps.store ? { location: deps.store.location, ...stats } : null });
  });

  api.get('/openapi.json', (c) => c.json(openApiDocument(deps.version)));

  api.post('/analyze', async (c) => {
    const body = s.analyzeBody.parse(await readJson(c));
    return c.json(await analyzeArticleBody(body, deps.fetchPolicy, deps.analyzer));
  });

  api.post('/ingest', async (c) => {
    checkWriteToken(c, deps.token);
    const store = needStore(deps);
    const body = s.ingestBody.parse(await readJson(c));
    const items = await ingestArticles(store, body, deps.fetchPolicy, deps.analyzer);
    // One input that failed (an article, or a feed that could not be fetched) is an error response; a batch with
    // some failures still succeeded and reports them per item; a batch where everything failed is 422.
    const first = items[0];
    if (items.length === 1 && first.status === 'failed') {
      const status = statusForCode(first.error.code);
      throw new ApiError(status === 500 ? 422 : status, first.error.code, first.error.message);
    }
    if (items.length > 0 && items.every((i) => i.status === 'failed')) return c.json({ items }, 422);
    return c.json({ items }, items.some((i) => i.status === 'new' || i.status === 'version') ? 201 : 200);
  });

  api.get('/articles', async (c) => {
    const q = query(c, s.articlesQuery);
    return c.json(await needStore(deps).listArticles({ ...q, allVersions: q.allVersions === 'true' }));
  });

  api.get('/articles/:id', async (c) => {
    const article = await needStore(deps).getArticle(c.req.param('id'));
    if (!article) throw new ApiError(404, 'NOT_FOUND', `no article with id ${c.req.param('id')}`);
    return c.json(article);
  });

  api.get('/quotes', async (c) => c.json(await needStore(deps).listQuotes(query(c, s.quotesQuery))));
  api.get('/events', async (c) => c.json(await needStore(deps).listEvents(query(c, s.eventsQuery))));

  api.get('/actors', async (c) => {
    const { kind, ...rest } = query(c, s.actorsQuery);
    return c.json(await needStore(deps).listActors({ ...rest, actorKind: kind ?? null, country: rest.country?.toUpperCase() ?? null }));
  });

  api.get('/actors/:id', async (c) => {
    const actor = await needStore(deps).getActor(c.req.param('id'));
    if (!actor) throw new ApiError(404, 'NOT_FOUND', `no actor with id ${c.req.param('id')}`);
    return c.json(actor);
  });

  api.get('/stories', async (c) => c.json(await needStore(deps).listStories(query(c, s.storiesQuery))));

  api.get('/stance', async (c) => {
    const q = query(c, s.stanceQuery);
    const store = needStore(deps);
    if ((await store.resolveActor(q.actor)).length === 0) throw new ApiError(404, 'NOT_FOUND', `no actor matches "${q.actor}"`);
    if (q.toward && (await store.resolveActor(q.toward)).length === 0) throw new ApiError(404, 'NOT_FOUND', `no actor matches "${q.toward}"`);
    return c.json(
      await store.stance({
        actor: q.actor,
        toward: q.toward ?? null,
        on: q.on ?? null,
        by: q.by ?? 'week',
        since: q.since ?? null,
        until: q.until ?? null,
        evidencePerPoint: q.evidence,
      }),
    );
  });

  api.get('/search', async (c) => {
    const q = query(c, s.searchQuery);
    return c.json({ items: await needStore(deps).search(q.q, { in: q.in ?? 'all', limit: q.limit ?? 50 }) });
  });

  api.all('*', () => {
    throw new ApiError(404, 'NOT_FOUND', 'no such API endpoint');
  });
  return api;
}
