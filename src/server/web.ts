// The web pages: server-rendered HTML over the store; the analyze page works without one.
import { Hono, type Context } from 'hono';
import { errorMessage } from '../core/index.js';
import type { V1Output } from '../contract/index.js';
import type { EventRow, Store, StanceSeries } from '../store/index.js';
import { toErrorResponse } from './api-error.js';
import { analyzeBody, type Analyzer, type FetchPolicy } from './articles.js';
import type { Html } from './html.js';
import { actorPage, actorsPage } from './pages/actor.js';
import { analyzePage, articlePage, articlesPage, type AnalyzeForm } from './pages/article.js';
import { homePage, searchPage } from './pages/home.js';
import { actorHref, errorPage } from './pages/layout.js';
import { relationGraph, relationsPage } from './pages/relations.js';
import { stancePage } from './pages/stance.js';
import * as s from './schemas.js';

/** What the pages need. */
export interface WebDeps {
  readonly store: Store | null;
  readonly fetchPolicy: FetchPolicy;
  readonly analyzer: Analyzer;
}

const page = (c: Context, h: Html, status = 200) => c.html(h.value, status as 200);

/** Most counterparts charted on an actor page. */
const TOP_COUNTERPARTS = 3;

async function allEvents(store: Store, filter: { actor?: string; since?: string | null; until?: string | null }, max: number): Promise<EventRow[]> {
  const out: EventRow[] = [];
  let cursor: string | null = null;
  do {
    const p = await store.listEvents({ ...filter, cursor, limit: Math.min(1000, max - out.length) });
    out.push(...p.items);
    cursor = p.nextCursor;
  } while (cursor && out.length < max);
  return out;
}

/**
 * Links from an article's local actor ids (`a1`) to registry pages. The store's quote and event rows name the
 * registry actor each local speaker, source and target went to; other actors link to the registry search.
 */
async function registryLinks(store: Store, articleId: string, v1: V1Output): Promise<Map<string, string>> {
  const registry = new Map<string, string>();
  const [quotes, events] = await Promise.all([
    store.listQuotes({ article: articleId, limit: 1000 }),
    store.listEvents({ article: articleId, limit: 1000 }),
  ]);
  const localId = (rowId: string) => rowId.slice(rowId.lastIndexOf(':') + 1);
  const quoteById = new Map(v1.quotes.map((q) => [q.id, q]));
  const eventById = new Map(v1.events.map((e) => [e.id, e]));
  for (const row of quotes.items) {
    const local = quoteById.get(localId(row.id))?.speaker?.actor;
    if (local && row.speaker?.actor) registry.set(local, row.speaker.actor);
  }
  for (const row of events.items) {
    const e = eventById.get(localId(row.id));
    if (e?.source?.actor && row.source?.actor) registry.set(e.source.actor, row.source.actor);
    if (e?.target?.actor && row.target?.actor) registry.set(e.target.actor, row.target.actor);
  }
  // Actors with no quote or event go to the registry search by name (resolving each here costs ~1 ms apiece).
  const links = new Map([...registry].map(([local, id]) => [local, actorHref(id)]));
  for (const actor of v1.actors) if (!links.has(actor.id)) links.set(actor.id, `/actors?search=${encodeURIComponent(actor.name)}`);
  return links;
}

/** Build the page routes. */
export function webRoutes(deps: WebDeps): Hono {
  const web = new Hono();
  const needStore = (c: Context): Store | Response => deps.store ?? page(c, errorPage(503, 'This server runs without a store; start it with --db FILE.'), 503);

  web.get('/', async (c) => {
    const store = deps.store;
    if (!store) return page(c, homePage({ stories: [], actors: [], articles: [], stats: null }));
    const [stories, actors, articles, stats] = await Promise.all([
      store.listStories({ limit: 10 }),
      store.listActors({ limit: 200 }),
      store.listArticles({ limit: 10 }),
      store.stats(),
    ]);
    // Places and anonymous groups ("two officials familiar with …") are not actors a reader would follow.
    const active = [...actors.items]
      .filter((a) => a.actorKind !== 'place' && !(a.actorKind === 'group' && !a.country))
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, 16);
    return page(c, homePage({ stories: stories.items, actors: active, articles: articles.items, stats }));
  });

  web.get('/search', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const q = (c.req.query('q') ?? '').trim();
    if (!q) return c.redirect('/');
    const hits = await store.search(q.slice(0, 300), { in: 'all', limit: 50 });
    return page(c, searchPage(q, hits));
  });

  web.get('/articles', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const outlet = (c.req.query('outlet') ?? '').trim().slice(0, 200);
    const cursor = c.req.query('cursor') ?? null;
    const p = await store.listArticles({ outlet: outlet || null, cursor, limit: 50 });
    return page(c, articlesPage(p.items, outlet, p.nextCursor));
  });

  web.get('/articles/:id', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const a = await store.getArticle(c.req.param('id'));
    if (!a) return page(c, errorPage(404, 'No article with this id.'), 404);
    const rewrites = a.story ? (await store.listArticles({ story: a.story, limit: 50, allVersions: true })).items : [];
    return page(c, articlePage(a, rewrites, await registryLinks(store, a.id, a.analysis)));
  });

  web.get('/actors', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const search = (c.req.query('search') ?? '').trim().slice(0, 200);
    const cursor = c.req.query('cursor') ?? null;
    const p = await store.listActors({ search: search || null, cursor, limit: 100 });
    return page(c, actorsPage(p.items, search, p.nextCursor));
  });

  web.get('/actors/:id', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const id = c.req.param('id');
    const a = await store.getActor(id);
    if (!a) return page(c, errorPage(404, 'No actor with this id.'), 404);
    const [quotes, asSource, asTarget, events] = await Promise.all([
      store.listQuotes({ by: id, limit: 100 }),
      store.listEvents({ source: id, limit: 20 }),
      store.listEvents({ target: id, limit: 20 }),
      allEvents(store, { actor: id }, 500),
    ]);
    // The counterparts it deals with most, by number of events either way.
    const counts = new Map<string, number>();
    for (const e of events) {
      const other = e.source?.actor === id ? e.target?.actor : e.source?.actor;
      if (other && other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
    // Counterparts without any counted evidence (every event negated, say) are skipped for the next one.
    const ranked = [...counts].sort((x, y) => y[1] - x[1]).slice(0, TOP_COUNTERPARTS * 2);
    const stance: StanceSeries[] = [];
    for (const [other] of ranked) {
      if (stance.length >= TOP_COUNTERPARTS) break;
      try {
        const series = await store.stance({ actor: id, toward: other, by: 'week', evidencePerPoint: 0 });
        if (series.overall.score !== null) stance.push(series);
      } catch {
        // An actor that cannot be resolved any more is left out of the chart, not fatal to the page.
      }
    }
    return page(c, actorPage(a, quotes.items, asSource.items, asTarget.items, stance));
  });

  web.get('/stance', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const raw = c.req.query();
    const form = { actor: raw.actor?.trim() || undefined, toward: raw.toward?.trim() || undefined, on: raw.on?.trim() || undefined, by: raw.by || undefined };
    const actors = (await store.listActors({ limit: 500 })).items;
    if (!form.actor) return page(c, stancePage(form, actors, null, null));
    const parsed = s.stanceQuery.safeParse(Object.fromEntries(Object.entries(form).filter(([, v]) => v !== undefined)));
    if (!parsed.success) return page(c, stancePage(form, actors, null, parsed.error.issues.map((i) => i.message).join('; ')), 400);
    try {
      const q = parsed.data;
      const series = await store.stance({ actor: q.actor, toward: q.toward ?? null, on: q.on ?? null, by: q.by ?? 'week' });
      return page(c, stancePage(form, actors, series, null));
    } catch (err) {
      const { status, body } = toErrorResponse(err);
      if (status >= 500) throw err;
      return page(c, stancePage(form, actors, null, body.error.message), status);
    }
  });

  web.get('/relations', async (c) => {
    const store = needStore(c);
    if (store instanceof Response) return store;
    const range = s.relationsQuery.safeParse(Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== '')));
    if (!range.success) return page(c, errorPage(400, range.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')), 400);
    const events = await allEvents(store, { since: range.data.since ?? null, until: range.data.until ?? null }, 5000);
    return page(c, relationsPage(relationGraph(events), range.data));
  });

  web.get('/analyze', (c) => page(c, analyzePage({}, null, null)));

  web.post('/analyze', async (c) => {
    const form = await c.req.parseBody();
    const str = (k: string): string | undefined => (typeof form[k] === 'string' && (form[k] as string).trim() !== '' ? (form[k] as string) : undefined);
    const values: AnalyzeForm = { text: str('text'), title: str('title'), source: str('source'), published: str('published') };
    let text = values.text;
    let isHtml = false;
    const file = form.file;
    if (file instanceof File && file.size > 0) {
      text = new TextDecoder('utf-8').decode(await file.arrayBuffer());
      isHtml = /\.html?$/i.test(file.name) || /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(text);
    }
    if (!text || text.trim() === '') return page(c, analyzePage(values, null, 'Paste some text or choose a file.'), 400);
    const body = s.analyzeBody.safeParse({
      ...(isHtml ? { html: text } : { text }),
      ...(values.title ? { title: values.title } : {}),
      ...(values.source ? { source: values.source } : {}),
      ...(values.published ? { published: values.published } : {}),
    });
    if (!body.success) return page(c, analyzePage(values, null, body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')), 400);
    try {
      const result = await analyzeBody(body.data, deps.fetchPolicy, deps.analyzer);
      return page(c, analyzePage(isHtml ? { ...values, text: '' } : values, result, null));
    } catch (err) {
      const { status, body: e } = toErrorResponse(err);
      if (status >= 500) throw err;
      return page(c, analyzePage(values, null, e.error.message || errorMessage(err)), status);
    }
  });

  return web;
}
