// The PostgreSQL driver of the store: node-postgres for servers, PGlite for tests; same semantics as the SQLite driver.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { StandpointError, type Article } from '../core/index.js';
import type { V1Output } from '../contract/index.js';
import { fingerprint, lshKeys, sigToBytes, words, type Fingerprint } from '../stories/index.js';
import { STATE_SECTORS, lookUpActor } from './actor-lookup.js';
import { keysetPage, keysetQuery, limitOf } from './cursor.js';
import { actorConditions, dates, type FilterDialect } from './filters.js';
import { pgliteClient, pgPoolClient, type SqlClient, type SqlQueryable, type SqlRow as Row } from './postgres-client.js';
import { APPLIED_VERSIONS, RECORD_VERSION, VERSIONS_TABLE, pendingMigrations } from './migrations.js';
import { PG_MIGRATIONS } from './postgres-migrations.js';
import { articleKeys, eventRecords, quoteRecords } from './put-rows.js';
import { aliasesOf, isDescription, matchRegistry, normalizeName, type RegistryEntry, type RegistryLookup, type RegistryMatch } from './registry.js';
import { ARTICLE_SELECT, actorDetail, actorRow, articleHit, articleRow, quoteHit, rankHits, storyRow } from './rows.js';
import { SqlStoreBase } from './sql-store.js';
import { stanceSeries } from './stance-rows.js';
import { BUCKET_LIMIT, asOriginal, bestLink, noLink, topCandidates, type StoryLink } from './story-links.js';
import type {
  ActorDetail,
  ActorFilter,
  ActorRow,
  ArticleDetail,
  Page,
  PutInfo,
  PutResult,
  SearchHit,
  SearchOptions,
  StanceQuery,
  StanceSeries,
  Store,
  StoryFilter,
  StoryRow,
  StoreStats,
} from './types.js';

/** Advisory lock held by every article write, so that writers sharing a server take turns ("STDP"). */
const WRITE_LOCK = 0x53544450;
/** Advisory lock held while migrating, so that two processes opening a new database do not race ("STDM"). */
const MIGRATE_LOCK = 0x5354444d;
/** Most characters of one text put into the full-text index (a tsvector holds at most 1 MB). */
const FTS_MAX_CHARS = 200_000;

/** Whether a store path is a PostgreSQL connection URL (`postgres://…` or `postgresql://…`). */
export function isPostgresUrl(path: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(path);
}

/** A connection URL without its password, for messages and `store.location`. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    if (u.searchParams.has('password')) u.searchParams.set('password', '***');
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Options for `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** Open read-only: no migrations, and every session is read-only. */
  readonly readonly?: boolean;
  /** Milliseconds to wait for a connection; default 10 000. */
  readonly connectTimeoutMs?: number;
}

/** Open (migrating when needed) a store on a PostgreSQL server named by a `postgres://` URL. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const location = redactUrl(url);
  let conn: string;
  try {
    const u = new URL(url);
    if (options.readonly) u.searchParams.set('options', `${u.searchParams.get('options') ?? ''} -c default_transaction_read_only=on`.trim());
    conn = u.toString();
  } catch (err) {
    throw new StandpointError('STORE_FAILED', `${location}: not a valid PostgreSQL URL: ${reasonOf(err)}`, { cause: err });
  }
  const client = await pgPoolClient(conn, { connectTimeoutMs: options.connectTimeoutMs });
  return PostgresStore.open(client, location, options.readonly ?? false);
}

/**
 * Open a store on PGlite (PostgreSQL compiled to WASM, a dev dependency): a new in-memory database, or `db` when
 * given (which the store then does not close). For tests and benchmarks; servers use `openPostgresStore`.
 */
export async function openPgliteStore(db?: PGlite): Promise<Store> {
  if (db) return PostgresStore.open(pgliteClient(db, false), 'pglite:memory', false);
  const { PGlite: Ctor } = await import('@electric-sql/pglite');
  return PostgresStore.open(pgliteClient(new Ctor(), true), 'pglite:memory', false);
}

/** A short reason from a driver error (node's connection errors can be an AggregateError with an empty message). */
function reasonOf(err: unknown): string {
  if (err instanceof AggregateError && !err.message) return err.errors.map(reasonOf).join('; ') || 'connection failed';
  const e = err as { message?: string; code?: string };
  return e?.message || e?.code || String(err);
}

const sqlCache = new Map<string, string>();
/** `?` placeholders (as in the SQLite driver) to PostgreSQL's `$1`, `$2`, … (no `?` appears inside literals here). */
function pgSql(sql: string): string {
  let out = sqlCache.get(sql);
  if (out === undefined) {
    let n = 0;
    out = sql.replace(/\?/g, () => `$${++n}`);
    sqlCache.set(sql, out);
  }
  return out;
}

/** PostgreSQL text cannot hold NUL characters: stored columns get U+FFFD instead (same length, so offsets hold). */
const noNul = (s: string): string => (s.includes('\0') ? s.replace(/\0/g, '\uFFFD') : s);
/** A JSON parameter with NUL characters replaced in its strings (jsonb refuses `\u0000`). */
const pgJson = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) => (typeof v === 'string' ? noNul(v) : v));

const run = (c: SqlQueryable, sql: string, ...params: unknown[]): Promise<Row[]> => c.query(pgSql(sql), params.map((p) => (typeof p === 'string' ? noNul(p) : p)));
const one = async (c: SqlQueryable, sql: string, ...params: unknown[]): Promise<Row | undefined> => (await run(c, sql, ...params))[0];
/** `col IN (the elements of a JSON array parameter)`, cast to `type`. */
const inJson = (col: string, type = 'text'): string => `${col} IN (SELECT x::${type} FROM jsonb_array_elements_text(?::jsonb) AS j(x))`;

/** PostgreSQL's pieces of the list queries' conditions (dates compare byte-wise, as in SQLite). */
const DIALECT: FilterDialect = {
  current: 'NOT a.superseded',
  inList: (col) => inJson(col),
  since: (col) => `${col} COLLATE "C" >= ?::text`,
  until: (col) => `substr(${col}, 1, 10) COLLATE "C" <= ?::text`,
  // SQLite's LIKE ignores ASCII case; ILIKE does the same here (and takes a backslash as its escape).
  like: (col) => `${col} ILIKE ?`,
  likeSpecial: /[%_\\]/g,
};

/** Words for the full-text index and queries, tokenized like FTS5's unicode61 with diacritics removed. */
export function ftsWords(text: string): string {
  const folded = text.slice(0, FTS_MAX_CHARS).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** ts_headline options: one fragment of about `words` words around the hits, marked with `[` `]` like FTS5's snippet. */
const headline = (words: number): string => `StartSel=[, StopSel=], MaxFragments=1, MaxWords=${words}, MinWords=${Math.round(words * 0.75)}, ShortWord=0`;

/** The earlier or later of a stored date and a new one, as SQL (SQLite's CASE, with text compared byte-wise). */
const widen = (col: string, op: '<' | '>'): string =>
  `CASE WHEN ${col} IS NULL OR (?::text IS NOT NULL AND ?::text COLLATE "C" ${op} ${col} COLLATE "C") THEN ?::text ELSE ${col} END`;

/** Thrown inside a registry lookup that needs a row not fetched yet; the caller fetches it and asks again. */
class Miss {
  constructor(readonly alias: { norm: string; strength: 'name' | 'surname' } | null, readonly id: string | null) {}
}

/** The PostgreSQL store. Use `openStore` with a `postgres://` URL, or `openPgliteStore` in tests. */
export class PostgresStore extends SqlStoreBase implements Store {
  readonly location: string;
  protected override readonly dialect = DIALECT;
  readonly #db: SqlClient;

  private constructor(db: SqlClient, location: string) {
    super();
    this.#db = db;
    this.location = location;
  }

  /** Open over a client: run pending migrations (or, read-only, check that the schema exists). */
  static async open(db: SqlClient, location: string, readonly: boolean): Promise<Store> {
    try {
      if (readonly) {
        const r = await one(db, "SELECT to_regclass('schema_migrations') IS NOT NULL AS ok");
        if (!r?.ok) throw new StandpointError('STORE_FAILED', `${location}: no archive here yet (run \`standpoint ingest\` first, or pass --db)`);
      } else await migrate(db);
    } catch (err) {
      await db.close().catch(() => {});
      if (err instanceof StandpointError) throw err;
      throw new StandpointError('STORE_FAILED', `${location}: cannot open the PostgreSQL database: ${reasonOf(err)}`, { cause: err });
    }
    return new PostgresStore(db, location);
  }

  async putAnalysis(article: Article, analysis: V1Output, info: PutInfo = {}): Promise<PutResult> {
    try {
      return await this.#db.transaction((tx) => this.#put(tx, article, analysis, info));
    } catch (err) {
      if (err instanceof StandpointError) throw err;
      throw new StandpointError('STORE_FAILED', `${article.input ?? article.id}: cannot store: ${reasonOf(err)}`, { cause: err });
    }
  }

  async #put(tx: SqlQueryable, article: Article, v1: V1Output, info: PutInfo): Promise<PutResult> {
    // Writers take turns: the registry, story and version decisions read what earlier writers committed.
    await run(tx, 'SELECT pg_advisory_xact_lock(?::bigint)', WRITE_LOCK);
    const { id, published, url, outlet } = articleKeys(article, v1);
    if (await one(tx, 'SELECT 1 FROM articles WHERE id = ?', id)) return { id, status: 'unchanged' };
    // 1. Source and version at the same URL.
    let sourceId: number | null = null;
    if (outlet) {
      await run(tx, 'INSERT INTO sources(name) VALUES (?) ON CONFLICT (name) DO NOTHING', outlet);
      sourceId = (await one(tx, 'SELECT id FROM sources WHERE name = ?', outlet))!.id as number;
    }
    let version = 1;
    let replaces: string | null = null;
    if (url) {
      const prev = await one(tx, 'SELECT id, version FROM articles WHERE url = ? AND NOT superseded ORDER BY version DESC LIMIT 1', url);
      if (prev) {
        version = (prev.version as number) + 1;
        replaces = prev.id as string;
        await run(tx, 'UPDATE articles SET superseded = true WHERE id = ?', replaces);
      }
    }
    // 2. Rewrite and story: compare with earlier articles that share an LSH band.
    const fp = fingerprint(v1.text, v1.title);
    const keys = lshKeys(fp);
    let rel = await this.#relate(tx, fp, published, keys);
    let tookOver = false;
    // The earliest-published copy is the original, whatever order the copies arrive in.
    if (rel.duplicateOf && published) {
      const origin = await one(tx, 'SELECT published FROM articles WHERE id = ?', rel.duplicateOf);
      if (origin?.published && published < origin.published) {
        await run(tx, 'UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ? OR id = ?', id, rel.duplicateOf, rel.duplicateOf);
        rel = asOriginal(rel);
        tookOver = true;
      }
    }
    const { text, ...rest } = v1;
    const ins = await one(
      tx,
      `INSERT INTO articles(id, url, source_id, title, byline, published, input, words, version, replaces, story, duplicate_of,
         relation, text, analysis, n_quotes, n_events, sig_wording, sig_topic, ingested_at, tsv)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?,
         setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))
       RETURNING seq`,
      id, url, sourceId, v1.title, v1.byline, published, info.input ?? article.input ?? v1.input ?? null,
      words(text).length, version, replaces, rel.duplicateOf, rel.why, text,
      // A text with NUL characters is kept exactly in the compressed analysis; its column has U+FFFD in their place.
      deflateRawSync(JSON.stringify(text.includes('\0') ? v1 : rest)),
      v1.quotes.length, v1.events.length, sigToBytes(fp.wording), sigToBytes(fp.topic), new Date().toISOString(),
      ftsWords(v1.title ?? ''), ftsWords(text),
    );
    const seq = ins!.seq as number;
    const story = rel.story ?? `s-${id}`;
    if (!rel.story) {
      await run(tx, 'INSERT INTO stories(id, title, first_published, last_published, articles, independent) VALUES (?, ?, ?, ?, 0, 0)', story, v1.title, published, published);
    }
    await run(
      tx,
      `UPDATE stories SET articles = articles + 1, independent = independent + ?::int,
         first_published = ${widen('first_published', '<')}, last_published = ${widen('last_published', '>')}
       WHERE id = ?`,
      rel.duplicateOf || tookOver ? 0 : 1, published, published, published, published, published, published, story,
    );
    await run(tx, 'UPDATE articles SET story = ? WHERE seq = ?', story, seq);
    // An article related to articles of several stories bridges them: they become one story.
    for (const other of rel.bridged) await this.#mergeStory(tx, other, story);
    if (keys.length) {
      await run(tx, 'INSERT INTO lsh(key, article_seq) SELECT DISTINCT x::int, ?::int FROM jsonb_array_elements_text(?::jsonb) AS j(x) ON CONFLICT DO NOTHING', seq, JSON.stringify(keys));
    }
    // 3. Registry actors and mentions. Each actor is decided after the ones before it are written, as in SQLite.
    const local = new Map<string, string>();
    const linked = new Map<string, { actor: string; why: string }>();
    const seen = new Set<string>();
    const mentions: { actor: string; start: number; end: number; text: string }[] = [];
    for (const a of v1.actors) {
      // Descriptions ("officials", "reporters") name no one in particular: they stay in the article, not the registry.
      if (isDescription(a.name)) continue;
      const m = await this.#match(tx, a);
      const firstTime = !seen.has(m.id);
      seen.add(m.id);
      if (m.kind === 'new') {
        await run(
          tx,
          `INSERT INTO actors(id, name, kind, country, sector, title, articles, mentions, first_seen, last_seen)
           VALUES (?, ?, ?, ?, ?, ?, 1, ?::int, ?, ?)`,
          m.id, a.name, a.kind, a.country, a.sector, a.title, a.mentions.length, published, published,
        );
      } else {
        // Fill gaps the earlier articles left; a longer name (full name over surname) becomes the canonical one.
        await run(
          tx,
          `UPDATE actors SET country = COALESCE(country, ?::text), sector = COALESCE(sector, ?::text), title = COALESCE(?::text, title),
             name = CASE WHEN kind = 'person' AND length(?::text) > length(name) THEN ?::text ELSE name END,
             first_seen = ${widen('first_seen', '<')}, last_seen = ${widen('last_seen', '>')},
             articles = articles + ?::int, mentions = mentions + ?::int
           WHERE id = ?`,
          a.country, a.sector, a.title, a.name, a.name, published, published, published, published, published, published,
          firstTime ? 1 : 0, a.mentions.length, m.id,
        );
      }
      linked.set(a.id, { actor: m.id, why: m.why });
      await run(
        tx,
        `INSERT INTO actor_aliases(norm, strength, actor, alias)
         SELECT r.norm, r.strength, ?, r.alias FROM jsonb_to_recordset(?::jsonb) AS r(norm text, strength text, alias text)
         ON CONFLICT DO NOTHING`,
        m.id, pgJson(aliasesOf(a)),
      );
      for (const mm of a.mentions) mentions.push({ actor: m.id, start: mm.start, end: mm.end, text: mm.text });
      local.set(a.id, m.id);
    }
    if (linked.size) {
      await run(
        tx,
        `INSERT INTO article_actors(article_seq, local_id, actor, why)
         SELECT ?::int, r.local_id, r.actor, r.why FROM jsonb_to_recordset(?::jsonb) AS r(local_id text, actor text, why text)`,
        seq, pgJson([...linked].map(([localId, l]) => ({ local_id: localId, ...l }))),
      );
    }
    if (mentions.length) {
      await run(
        tx,
        `INSERT INTO mentions(article_seq, actor, start, "end", text)
         SELECT ?::int, r.actor, r.start, r."end", r.text FROM jsonb_to_recordset(?::jsonb) AS r(actor text, start int, "end" int, text text)`,
        seq, pgJson(mentions),
      );
    }
    // 4. Quotes and events, with registry actor ids.
    if (v1.quotes.length) {
      const quotes = quoteRecords(v1, id, local).map((q, n) => ({ n, ...q, words: typeof q.text === 'string' ? ftsWords(q.text) : null }));
      await run(
        tx,
        `INSERT INTO quotes(id, article_seq, kind, text, start, "end", sentence, cue, speaker_actor, speaker_text, tsv)
         SELECT r.id, ?::int, r.kind, r.text, r.start, r."end", r.sentence, r.cue, r.speaker_actor, r.speaker_text, to_tsvector('simple', r.words)
         FROM jsonb_to_recordset(?::jsonb) AS r(n int, id text, kind text, text text, start int, "end" int, sentence int, cue text,
           speaker_actor text, speaker_text text, words text)
         ORDER BY r.n`,
        seq, pgJson(quotes),
      );
    }
    if (v1.events.length) {
      const events = eventRecords(v1, id, text, published, local).map((e, n) => ({ n, ...e }));
      await run(
        tx,
        `INSERT INTO events(id, article_seq, type, mode, negated, modality, score, cameo, source_actor, source_text, target_actor,
           target_text, trigger, sentence, sentence_text, date)
         SELECT r.id, ?::int, r.type, r.mode, r.negated, r.modality, r.score, r.cameo, r.source_actor, r.source_text, r.target_actor,
           r.target_text, r.trigger, r.sentence, r.sentence_text, r.date
         FROM jsonb_to_recordset(?::jsonb) AS r(n int, id text, type text, mode text, negated boolean, modality text,
           score double precision, cameo text, source_actor text, source_text text, target_actor text, target_text text, trigger text,
           sentence int, sentence_text text, date text)
         ORDER BY r.n`,
        seq, pgJson(events),
      );
    }
    return { id, status: replaces ? 'version' : 'new', replaces, story, duplicateOf: rel.duplicateOf };
  }

  /**
   * Decide an article actor's registry actor with the shared rule, whose lookups are synchronous: they are served
   * from rows fetched inside this transaction, and a lookup of a row not fetched yet fetches it and asks again.
   */
  async #match(tx: SqlQueryable, actor: V1Output['actors'][number]): Promise<RegistryMatch> {
    const aliases = new Map<string, RegistryEntry[]>();
    const ids = new Set<string>();
    const checked = new Set<string>();
    const prefixes: string[] = [];
    const fetchAliases = async (norm: string): Promise<void> => {
      const rows = await run(
        tx,
        `SELECT al.strength, a.id, a.kind, a.country, a.sector, a.articles FROM actor_aliases al JOIN actors a ON a.id = al.actor
         WHERE al.norm = ? ORDER BY a.articles DESC, a.id COLLATE "C"`,
        norm,
      );
      for (const strength of ['name', 'surname'] as const) {
        aliases.set(`${strength}|${norm}`, rows.filter((r) => r.strength === strength).map(({ strength: _s, ...e }) => e as RegistryEntry));
      }
    };
    const lookup: RegistryLookup = {
      byAlias: (norm, strength) => {
        const hit = aliases.get(`${strength}|${norm}`);
        if (!hit) throw new Miss({ norm, strength }, null);
        return hit;
      },
      exists: (id) => {
        if (ids.has(id)) return true;
        if (checked.has(id) || prefixes.some((p) => id.startsWith(`${p}-`))) return false;
        throw new Miss(null, id);
      },
    };
    await fetchAliases(normalizeName(actor.name));
    for (;;) {
      try {
        return matchRegistry(actor, lookup);
      } catch (err) {
        if (!(err instanceof Miss)) throw err;
        if (err.alias) await fetchAliases(err.alias.norm);
        if (err.id) {
          // The id and every `<id>-n` variant in one go: new ids count up from the first free one.
          const like = `${err.id.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`;
          for (const r of await run(tx, "SELECT id FROM actors WHERE id = ? OR id LIKE ? ESCAPE '\\'", err.id, like)) ids.add(r.id as string);
          checked.add(err.id);
          prefixes.push(err.id);
        }
      }
    }
  }

  async #relate(tx: SqlQueryable, fp: Fingerprint, published: string | null, keys: number[]): Promise<StoryLink> {
    if (keys.length === 0) return noLink();
    // Per band, only the most recent articles are looked at (one query for all bands).
    const bucket = await run(
      tx,
      `SELECT l.article_seq FROM jsonb_array_elements_text(?::jsonb) AS k(key)
       CROSS JOIN LATERAL (SELECT article_seq FROM lsh WHERE lsh.key = k.key::int ORDER BY article_seq DESC LIMIT ${BUCKET_LIMIT}) AS l`,
      JSON.stringify(keys),
    );
    const top = topCandidates(bucket.map((r) => r.article_seq as number));
    if (top.length === 0) return noLink();
    const cands = await run(
      tx,
      `SELECT seq, id, published, story, duplicate_of, sig_wording, sig_topic FROM articles
       WHERE ${inJson('seq', 'int')} AND NOT superseded ORDER BY seq`,
      JSON.stringify(top),
    );
    return bestLink(fp, published, cands);
  }

  /** Fold story `from` into story `into`: its articles move, counts add up, the date range widens. */
  async #mergeStory(tx: SqlQueryable, from: string, into: string): Promise<void> {
    const o = await one(tx, 'SELECT * FROM stories WHERE id = ?', from);
    if (!o || from === into) return;
    await run(tx, 'UPDATE articles SET story = ? WHERE story = ?', into, from);
    await run(
      tx,
      `UPDATE stories SET articles = articles + ?::int, independent = independent + ?::int,
         first_published = ${widen('first_published', '<')}, last_published = ${widen('last_published', '>')}
       WHERE id = ?`,
      o.articles, o.independent, o.first_published, o.first_published, o.first_published, o.last_published, o.last_published, o.last_published, into,
    );
    await run(tx, 'DELETE FROM stories WHERE id = ?', from);
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await one(this.#db, 'SELECT 1 AS x FROM articles WHERE id = ?', id)) !== undefined;
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const r = await one(this.#db, `${ARTICLE_SELECT}, a.text, a.analysis FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`, id);
    if (!r) return null;
    const { kind: _k, ...row } = articleRow(r);
    const stored = JSON.parse(inflateRawSync(r.analysis).toString('utf8')) as Omit<V1Output, 'text'> & { text?: string };
    const text = stored.text ?? (r.text as string);
    return { ...row, kind: 'ArticleDetail', text, analysis: { ...stored, text } as V1Output };
  }

  protected override quotesAbout(words: string): [string, string] | null {
    const fq = ftsWords(words);
    return fq ? ["q.tsv @@ plainto_tsquery('simple', ?)", fq] : null;
  }

  async listActors(filter: ActorFilter = {}): Promise<Page<ActorRow>> {
    const { where, params } = actorConditions(filter, DIALECT);
    const page = await this.page(`SELECT a.* FROM actors a`, where, params, "lpad(a.articles::text, 12, '0')", 'a.seq', filter, (r) => r);
    return { items: await this.#actorRows(page.items), nextCursor: page.nextCursor };
  }

  async listStories(filter: StoryFilter = {}): Promise<Page<StoryRow>> {
    const c = { where: ['st.articles >= ?::int'], params: [filter.minArticles ?? 1] as unknown[] };
    dates(c, DIALECT, 'st.first_published', filter);
    const page = await this.page(`SELECT st.* FROM stories st`, c.where, c.params, "COALESCE(st.first_published, '')", 'st.seq', filter, (r) => r);
    const arts = page.items.length
      ? await run(
          this.#db,
          `SELECT story, id, source_id FROM articles WHERE ${inJson('story')} AND NOT superseded ORDER BY published COLLATE "C" NULLS FIRST, seq`,
          JSON.stringify(page.items.map((r) => r.id)),
        )
      : [];
    return { items: page.items.map((r): StoryRow => storyRow(r, arts.filter((a) => a.story === r.id))), nextCursor: page.nextCursor };
  }

  /** One page, newest sort key first, with a keyset cursor on (key, sequence). Keys compare byte-wise, as in SQLite. */
  protected override async page<T>(base: string, where: string[], params: unknown[], keyExpr: string, seq: string, opts: { cursor?: string | null; limit?: number }, map: (r: Row) => T): Promise<Page<T>> {
    const q = keysetQuery({ base, where, params, key: `(${keyExpr} COLLATE "C")`, seq, keyParam: '?::text', seqParam: '?::int' }, opts);
    return keysetPage(await run(this.#db, q.sql, ...q.params), q.limit, map);
  }

  /** Registry rows with their name aliases (one query for all of them). */
  async #actorRows(rows: readonly Row[]): Promise<ActorRow[]> {
    if (rows.length === 0) return [];
    const als = await run(
      this.#db,
      `SELECT DISTINCT actor, alias COLLATE "C" AS alias FROM actor_aliases WHERE strength = 'name' AND ${inJson('actor')} ORDER BY actor, alias`,
      JSON.stringify(rows.map((r) => r.id)),
    );
    return rows.map((r) => actorRow(r, als.filter((x) => x.actor === r.id).map((x) => x.alias as string)));
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    const r = await one(
      this.#db,
      `SELECT a.*, (SELECT count(*)::int FROM quotes WHERE speaker_actor = a.id) AS n_quotes,
         (SELECT count(*)::int FROM events WHERE source_actor = a.id) AS n_source,
         (SELECT count(*)::int FROM events WHERE target_actor = a.id) AS n_target
       FROM actors a WHERE a.id = ?`,
      id,
    );
    if (!r) return null;
    return actorDetail(r, (await this.#actorRows([r]))[0], { quotes: r.n_quotes, eventsAsSource: r.n_source, eventsAsTarget: r.n_target });
  }

  override async resolveActor(q: string): Promise<readonly ActorRow[]> {
    const rows = await lookUpActor(q, {
      byId: (id) => run(this.#db, 'SELECT * FROM actors WHERE id = ?', id),
      byCode: (code) =>
        run(
          this.#db,
          `SELECT * FROM actors WHERE id = ? OR (country = ? AND kind IN ('country', 'organization') AND id NOT LIKE 'country:%')
           ORDER BY articles DESC, seq`,
          `country:${code}`, code,
        ),
      byAlias: (norm, strength) =>
        run(
          this.#db,
          `SELECT a.* FROM actor_aliases al JOIN actors a ON a.id = al.actor WHERE al.norm = ? AND al.strength = ?
           ORDER BY a.articles DESC, a.id COLLATE "C"`,
          norm, strength,
        ),
    });
    return this.#actorRows(rows);
  }

  protected override async expand(a: ActorRow): Promise<string[]> {
    if (a.actorKind !== 'country' || !a.country) return [a.id];
    const rows = await run(
      this.#db,
      `SELECT id FROM actors WHERE id = ? OR (country = ? AND kind IN ('person', 'organization') AND ${inJson('sector')}) ORDER BY seq`,
      a.id, a.country, JSON.stringify(STATE_SECTORS),
    );
    return rows.map((r) => r.id as string);
  }

  async search(q: string, options: SearchOptions = {}): Promise<readonly SearchHit[]> {
    const fq = ftsWords(q);
    if (!fq) return [];
    const limit = limitOf(options.limit ?? 20);
    const where = options.in ?? 'all';
    const hits: SearchHit[] = [];
    // Snippets mark every query word found, even where the text alone has not all of them (the title had the rest).
    const anyWord = fq.split(' ').join(' | ');
    // Rank: cover density (title words weigh more), normalized by length and to 0…1; negated so lower is better.
    if (where !== 'quotes') {
      const rows = await run(
        this.#db,
        `SELECT m.id, m.title, m.published, m.rank,
           ts_headline('simple', m.text, to_tsquery('simple', ?), '${headline(16)}') AS snip
         FROM (SELECT a.id, a.title, a.published, a.text, -ts_rank_cd(a.tsv, tq.q, 33) AS rank
               FROM articles a, plainto_tsquery('simple', ?) AS tq(q)
               WHERE a.tsv @@ tq.q AND NOT a.superseded ORDER BY rank, a.seq LIMIT ?::int) AS m
         ORDER BY m.rank`,
        anyWord, fq, limit,
      );
      for (const r of rows) hits.push(articleHit(r));
    }
    if (where !== 'articles') {
      const rows = await run(
        this.#db,
        `SELECT m.*, ts_headline('simple', m.text, to_tsquery('simple', ?), '${headline(24)}') AS snip
         FROM (SELECT q.id, q.text, a.id AS article, a.title, a.published, q.speaker_actor, q.speaker_text, act.name AS speaker_name,
                 -ts_rank_cd(q.tsv, tq.q, 33) AS rank
               FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN actors act ON act.id = q.speaker_actor,
                 plainto_tsquery('simple', ?) AS tq(q)
               WHERE q.tsv @@ tq.q AND NOT a.superseded ORDER BY rank, q.qseq LIMIT ?::int) AS m
         ORDER BY m.rank`,
        anyWord, fq, limit,
      );
      for (const r of rows) hits.push(quoteHit(r));
    }
    return rankHits(hits, limit);
  }

  async stance(query: StanceQuery): Promise<StanceSeries> {
    return stanceSeries(query, {
      resolveActor: (q) => this.resolveActor(q),
      expand: (a) => this.expand(a),
      nameNorms: async (ids) =>
        (await run(this.#db, `SELECT DISTINCT norm FROM actor_aliases WHERE strength = 'name' AND ${inJson('actor')}`, JSON.stringify(ids))).map((r) => r.norm as string),
      events: (ids) =>
        run(
          this.#db,
          `SELECT e.*, a.id AS article, a.title, s.name AS outlet, a.story, a.published
           FROM events e JOIN articles a ON a.seq = e.article_seq LEFT JOIN sources s ON s.id = a.source_id
           WHERE NOT a.superseded AND ${inJson('e.source_actor')} ORDER BY e.eseq`,
          JSON.stringify(ids),
        ),
      quotes: (ids) =>
        run(
          this.#db,
          `SELECT q.id, q.text, q.speaker_actor, q.speaker_text, a.id AS article, a.title, s.name AS outlet, a.story, a.published
           FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN sources s ON s.id = a.source_id
           WHERE NOT a.superseded AND ${inJson('q.speaker_actor')} ORDER BY q.qseq`,
          JSON.stringify(ids),
        ),
    });
  }

  async stats(): Promise<StoreStats> {
    const r = await one(
      this.#db,
      `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM quotes) AS quotes,
         (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM actors) AS actors,
         (SELECT count(*)::int FROM stories) AS stories, (SELECT max(version) FROM schema_migrations) AS v`,
    );
    return { articles: r!.articles, quotes: r!.quotes, events: r!.events, actors: r!.actors, stories: r!.stories, schemaVersion: r!.v ?? 0 };
  }

  async close(): Promise<void> {
    await this.#db.close();
  }
}

/** Run pending migrations, each in its own transaction under an advisory lock, recording them in `schema_migrations`. */
async function migrate(db: SqlClient): Promise<void> {
  const applied = async (tx: SqlQueryable): Promise<Set<number>> => {
    await run(tx, 'SELECT pg_advisory_xact_lock(?::bigint)', MIGRATE_LOCK);
    await tx.exec(VERSIONS_TABLE);
    return new Set((await run(tx, APPLIED_VERSIONS)).map((r) => r.version as number));
  };
  for (const m of pendingMigrations(PG_MIGRATIONS, await db.transaction(applied))) {
    await db.transaction(async (tx) => {
      // Another process may have run it while this one waited for the lock.
      if ((await applied(tx)).has(m.version)) return;
      await tx.exec(m.sql);
      await run(tx, RECORD_VERSION, m.version, m.name);
    });
  }
}
