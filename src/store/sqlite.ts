// The SQLite driver of the store: better-sqlite3 v12, WAL, versioned migrations, one transaction per article.
import { existsSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { StandpointError, type Article } from '../core/index.js';
import type { V1Output } from '../contract/index.js';
import { fingerprint, lshKeys, sigToBytes, words, type Fingerprint } from '../stories/index.js';
import { STATE_SECTORS, lookUpActor } from './actor-lookup.js';
import { keysetPage, keysetQuery, limitOf } from './cursor.js';
import { actorConditions, dates, type FilterDialect } from './filters.js';
import { APPLIED_VERSIONS, MIGRATIONS, RECORD_VERSION, VERSIONS_TABLE, pendingMigrations } from './migrations.js';
import { articleKeys, eventRecords, quoteRecords } from './put-rows.js';
import { aliasesOf, isDescription, matchRegistry, type RegistryEntry, type RegistryLookup } from './registry.js';
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
  StoreOptions,
  StoreStats,
  StoryFilter,
  StoryRow,
} from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** SQLite's pieces of the list queries' conditions. */
const DIALECT: FilterDialect = {
  current: 'a.superseded = 0',
  inList: (col) => `${col} IN (SELECT value FROM json_each(?))`,
  since: (col) => `${col} >= ?`,
  until: (col) => `substr(${col}, 1, 10) <= ?`,
  like: (col) => `${col} LIKE ?`,
  likeSpecial: /[%_]/g,
};

/** An FTS5 query from user words: each word quoted, all required. */
export function ftsQuery(q: string): string {
  const toks = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return toks.map((t) => `"${t}"`).join(' ');
}

/** The SQLite store. Use `openStore` from the folder's index rather than this class. */
export class SqliteStore extends SqlStoreBase implements Store {
  readonly location: string;
  protected override readonly dialect = DIALECT;
  readonly #db: Database.Database;
  #writes = 0;
  readonly #statements = new Map<string, Database.Statement>();

  private constructor(db: Database.Database, location: string) {
    super();
    this.#db = db;
    this.location = location;
  }

  /** Open a file (or `:memory:`), switch to WAL, and run pending migrations. */
  static async open(options: StoreOptions): Promise<Store> {
    const path = options.path ?? 'standpoint.db';
    let db: Database.Database;
    if (options.readonly && path !== ':memory:' && !existsSync(path)) {
      throw new StandpointError('STORE_FAILED', `${path}: no archive here yet (run \`standpoint ingest\` first, or pass --db)`);
    }
    try {
      db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    } catch (err) {
      throw new StandpointError('STORE_FAILED', `${path}: cannot open the database: ${(err as Error).message}`, { cause: err });
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -16384');
      migrate(db);
    }
    db.pragma('busy_timeout = 5000');
    return new SqliteStore(db, path);
  }

  /** A prepared statement, compiled once per SQL text. */
  #stmt(sql: string): Database.Statement {
    let st = this.#statements.get(sql);
    if (!st) this.#statements.set(sql, (st = this.#db.prepare(sql)));
    return st;
  }

  async putAnalysis(article: Article, analysis: V1Output, info: PutInfo = {}): Promise<PutResult> {
    try {
      return this.#db.transaction(() => this.#put(article, analysis, info)).immediate();
    } catch (err) {
      if (err instanceof StandpointError) throw err;
      throw new StandpointError('STORE_FAILED', `${article.input ?? article.id}: cannot store: ${(err as Error).message}`, { cause: err });
    }
  }

  #put(article: Article, v1: V1Output, info: PutInfo): PutResult {
    const { id, published, url, outlet } = articleKeys(article, v1);
    if (this.#stmt('SELECT 1 FROM articles WHERE id = ?').get(id)) return { id, status: 'unchanged' };
    // 1. Source and version at the same URL.
    let sourceId: number | null = null;
    if (outlet) {
      this.#stmt('INSERT OR IGNORE INTO sources(name) VALUES (?)').run(outlet);
      sourceId = (this.#stmt('SELECT id FROM sources WHERE name = ?').get(outlet) as Row).id as number;
    }
    let version = 1;
    let replaces: string | null = null;
    if (url) {
      const prev = this.#stmt('SELECT id, version FROM articles WHERE url = ? AND superseded = 0 ORDER BY version DESC LIMIT 1').get(url) as Row | undefined;
      if (prev) {
        version = (prev.version as number) + 1;
        replaces = prev.id as string;
        this.#stmt('UPDATE articles SET superseded = 1 WHERE id = ?').run(replaces);
      }
    }
    // 2. Rewrite and story: compare with earlier articles that share an LSH band.
    const fp = fingerprint(v1.text, v1.title);
    const keys = lshKeys(fp);
    let rel = this.#relate(fp, published, keys);
    let tookOver = false;
    // The earliest-published copy is the original, whatever order the copies arrive in: an earlier copy arriving
    // late takes the chain over (the count of independent articles in the story does not change).
    if (rel.duplicateOf && published) {
      const origin = this.#stmt('SELECT published FROM articles WHERE id = ?').get(rel.duplicateOf) as Row | undefined;
      if (origin?.published && published < origin.published) {
        this.#stmt('UPDATE articles SET duplicate_of = ? WHERE duplicate_of = ? OR id = ?').run(id, rel.duplicateOf, rel.duplicateOf);
        rel = asOriginal(rel);
        tookOver = true;
      }
    }
    const { text, ...rest } = v1;
    const res = this
      .#stmt(
        `INSERT INTO articles(id, url, source_id, title, byline, published, input, words, version, replaces, story, duplicate_of,
           relation, text, analysis, n_quotes, n_events, sig_wording, sig_topic, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id, url, sourceId, v1.title, v1.byline, published, info.input ?? article.input ?? v1.input ?? null,
        words(text).length, version, replaces, rel.duplicateOf, rel.why, text, deflateRawSync(JSON.stringify(rest)),
        v1.quotes.length, v1.events.length, sigToBytes(fp.wording), sigToBytes(fp.topic), new Date().toISOString(),
      );
    const seq = Number(res.lastInsertRowid);
    this.#crashHook();
    const story = rel.story ?? `s-${id}`;
    if (!rel.story) {
      this.#stmt('INSERT INTO stories(id, title, first_published, last_published, articles, independent) VALUES (?, ?, ?, ?, 0, 0)').run(story, v1.title, published, published);
    }
    this.#stmt(
      `UPDATE stories SET articles = articles + 1, independent = independent + ?,
         first_published = CASE WHEN first_published IS NULL OR (? IS NOT NULL AND ? < first_published) THEN ? ELSE first_published END,
         last_published = CASE WHEN last_published IS NULL OR (? IS NOT NULL AND ? > last_published) THEN ? ELSE last_published END
       WHERE id = ?`,
    ).run(rel.duplicateOf || tookOver ? 0 : 1, published, published, published, published, published, published, story);
    this.#stmt('UPDATE articles SET story = ? WHERE seq = ?').run(story, seq);
    // An article related to articles of several stories bridges them: they become one story.
    for (const other of rel.bridged) this.#mergeStory(other, story);
    const insLsh = this.#stmt('INSERT OR IGNORE INTO lsh(key, article_seq) VALUES (?, ?)');
    for (const k of keys) insLsh.run(k, seq);
    // 3. Registry actors and mentions.
    const local = new Map<string, string>();
    const names = new Map<string, string>();
    const lookup = this.#lookup();
    const insMention = this.#stmt('INSERT INTO mentions(article_seq, actor, start, "end", text) VALUES (?, ?, ?, ?, ?)');
    const insAlias = this.#stmt('INSERT OR IGNORE INTO actor_aliases(norm, strength, actor, alias) VALUES (?, ?, ?, ?)');
    for (const a of v1.actors) {
      // Descriptions ("officials", "reporters") name no one in particular: they stay in the article, not the registry.
      if (isDescription(a.name)) continue;
      const m = matchRegistry(a, lookup);
      if (m.kind === 'new') {
        this.#stmt('INSERT INTO actors(id, name, kind, country, sector, title, articles, mentions, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)')
          .run(m.id, a.name, a.kind, a.country, a.sector, a.title, published, published);
      } else {
        // Fill gaps the earlier articles left; a longer name (full name over surname) becomes the canonical one.
        this.#stmt(
          `UPDATE actors SET country = COALESCE(country, ?), sector = COALESCE(sector, ?), title = COALESCE(?, title),
             name = CASE WHEN kind = 'person' AND length(?) > length(name) THEN ? ELSE name END,
             first_seen = CASE WHEN first_seen IS NULL OR (? IS NOT NULL AND ? < first_seen) THEN ? ELSE first_seen END,
             last_seen = CASE WHEN last_seen IS NULL OR (? IS NOT NULL AND ? > last_seen) THEN ? ELSE last_seen END
           WHERE id = ?`,
        ).run(a.country, a.sector, a.title, a.name, a.name, published, published, published, published, published, published, m.id);
      }
      const firstTime = !this.#stmt('SELECT 1 FROM article_actors WHERE article_seq = ? AND actor = ?').get(seq, m.id);
      this.#stmt('INSERT OR REPLACE INTO article_actors(article_seq, local_id, actor, why) VALUES (?, ?, ?, ?)').run(seq, a.id, m.id, m.why);
      this.#stmt('UPDATE actors SET articles = articles + ?, mentions = mentions + ? WHERE id = ?').run(firstTime ? 1 : 0, a.mentions.length, m.id);
      for (const al of aliasesOf(a)) insAlias.run(al.norm, al.strength, m.id, al.alias);
      for (const mm of a.mentions) insMention.run(seq, m.id, mm.start, mm.end, mm.text);
      local.set(a.id, m.id);
      names.set(m.id, (this.#stmt('SELECT name FROM actors WHERE id = ?').get(m.id) as Row).name as string);
    }
    // 4. Quotes and events, with registry actor ids.
    const insQuote = this.#stmt(
      `INSERT INTO quotes(id, article_seq, kind, text, start, "end", sentence, cue, speaker_actor, speaker_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insQuoteFts = this.#stmt('INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)');
    for (const q of quoteRecords(v1, id, local)) {
      const r = insQuote.run(q.id, seq, q.kind, q.text, q.start, q.end, q.sentence, q.cue, q.speaker_actor, q.speaker_text);
      insQuoteFts.run(r.lastInsertRowid, q.text);
    }
    const insEvent = this.#stmt(
      `INSERT INTO events(id, article_seq, type, mode, negated, modality, score, cameo, source_actor, source_text, target_actor,
         target_text, trigger, sentence, sentence_text, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of eventRecords(v1, id, text, published, local)) {
      insEvent.run(
        e.id, seq, e.type, e.mode, e.negated ? 1 : 0, e.modality, e.score, e.cameo, e.source_actor, e.source_text,
        e.target_actor, e.target_text, e.trigger, e.sentence, e.sentence_text, e.date,
      );
    }
    // 5. Full-text index.
    this.#stmt('INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)').run(seq, v1.title ?? '', text);
    this.#writes++;
    return { id, status: replaces ? 'version' : 'new', replaces, story, duplicateOf: rel.duplicateOf };
  }

  /** Test hook: `STANDPOINT_CRASH_AFTER_PUTS=n` kills the process (SIGKILL) midway through writing article n + 1. */
  #crashHook(): void {
    const n = process.env.STANDPOINT_CRASH_AFTER_PUTS;
    if (n !== undefined && this.#writes >= Number(n)) process.kill(process.pid, 'SIGKILL');
  }

  #relate(fp: Fingerprint, published: string | null, keys: number[]): StoryLink {
    if (keys.length === 0) return noLink();
    // Per band, only the most recent articles are looked at: buckets of boilerplate or one long-running topic can
    // hold thousands, and comparing with all of them would make ingest quadratic.
    const bucket = this.#stmt(`SELECT article_seq FROM lsh WHERE key = ? ORDER BY article_seq DESC LIMIT ${BUCKET_LIMIT}`).pluck();
    const top = topCandidates(keys.flatMap((k) => bucket.all(k) as number[]));
    const cands = this
      .#stmt(
        `SELECT seq, id, published, story, duplicate_of, sig_wording, sig_topic FROM articles
         WHERE seq IN (SELECT value FROM json_each(?)) AND superseded = 0 ORDER BY seq`,
      )
      .all(JSON.stringify(top)) as Row[];
    return bestLink(fp, published, cands);
  }

  /** Fold story `from` into story `into`: its articles move, counts add up, the date range widens. */
  #mergeStory(from: string, into: string): void {
    const o = this.#stmt('SELECT * FROM stories WHERE id = ?').get(from) as Row | undefined;
    if (!o || from === into) return;
    this.#stmt('UPDATE articles SET story = ? WHERE story = ?').run(into, from);
    this.#stmt(
      `UPDATE stories SET articles = articles + ?, independent = independent + ?,
         first_published = CASE WHEN first_published IS NULL OR (? IS NOT NULL AND ? < first_published) THEN ? ELSE first_published END,
         last_published = CASE WHEN last_published IS NULL OR (? IS NOT NULL AND ? > last_published) THEN ? ELSE last_published END
       WHERE id = ?`,
    ).run(o.articles, o.independent, o.first_published, o.first_published, o.first_published, o.last_published, o.last_published, o.last_published, into);
    this.#stmt('DELETE FROM stories WHERE id = ?').run(from);
  }

  #lookup(): RegistryLookup {
    const byAlias = this.#stmt(
      `SELECT a.id, a.kind, a.country, a.sector, a.articles FROM actor_aliases al JOIN actors a ON a.id = al.actor
       WHERE al.norm = ? AND al.strength = ? ORDER BY a.articles DESC, a.id`,
    );
    const exists = this.#stmt('SELECT 1 FROM actors WHERE id = ?');
    return {
      byAlias: (norm, strength) => byAlias.all(norm, strength) as RegistryEntry[],
      exists: (id) => exists.get(id) !== undefined,
    };
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.#stmt('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const r = this.#stmt(`${ARTICLE_SELECT}, a.text, a.analysis FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?`).get(id) as Row | undefined;
    if (!r) return null;
    const { kind: _k, ...row } = articleRow(r);
    return { ...row, kind: 'ArticleDetail', text: r.text, analysis: { ...JSON.parse(inflateRawSync(r.analysis).toString('utf8')), text: r.text } as V1Output };
  }

  protected override quotesAbout(words: string): [string, string] | null {
    const fq = ftsQuery(words);
    return fq ? ['q.qseq IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', fq] : null;
  }

  async listActors(filter: ActorFilter = {}): Promise<Page<ActorRow>> {
    const { where, params } = actorConditions(filter, DIALECT);
    const page = await this.page(`SELECT a.*, a.rowid AS rid FROM actors a`, where, params, "printf('%012d', a.articles)", 'a.rowid', filter, (r) => r);
    return { items: page.items.map((r) => this.#actorRow(r)), nextCursor: page.nextCursor };
  }

  async listStories(filter: StoryFilter = {}): Promise<Page<StoryRow>> {
    const c = { where: ['st.articles >= ?'], params: [filter.minArticles ?? 1] as unknown[] };
    dates(c, DIALECT, 'st.first_published', filter);
    const page = await this.page(`SELECT st.*, st.rowid AS rid FROM stories st`, c.where, c.params, "COALESCE(st.first_published, '')", 'st.rowid', filter, (r) => r);
    const ids = this.#stmt('SELECT id, source_id FROM articles WHERE story = ? AND superseded = 0 ORDER BY published, seq');
    return { items: page.items.map((r): StoryRow => storyRow(r, ids.all(r.id) as Row[])), nextCursor: page.nextCursor };
  }

  protected override async page<T>(base: string, where: string[], params: unknown[], key: string, seq: string, opts: { cursor?: string | null; limit?: number }, map: (r: Row) => T): Promise<Page<T>> {
    const q = keysetQuery({ base, where, params, key, seq }, opts);
    return keysetPage(this.#stmt(q.sql).all(...q.params) as Row[], q.limit, map);
  }

  #actorRow(r: Row): ActorRow {
    const aliases = (this.#stmt("SELECT DISTINCT alias FROM actor_aliases WHERE actor = ? AND strength = 'name' ORDER BY alias").all(r.id) as Row[]).map((x) => x.alias as string);
    return actorRow(r, aliases);
  }

  async getActor(id: string): Promise<ActorDetail | null> {
    const r = this.#stmt('SELECT * FROM actors WHERE id = ?').get(id) as Row | undefined;
    if (!r) return null;
    const one = (sql: string): number => (this.#stmt(sql).get(id) as Row).n as number;
    return actorDetail(r, this.#actorRow(r), {
      quotes: one('SELECT count(*) AS n FROM quotes WHERE speaker_actor = ?'),
      eventsAsSource: one('SELECT count(*) AS n FROM events WHERE source_actor = ?'),
      eventsAsTarget: one('SELECT count(*) AS n FROM events WHERE target_actor = ?'),
    });
  }

  override async resolveActor(q: string): Promise<readonly ActorRow[]> {
    const rows = await lookUpActor(q, {
      byId: (id) => this.#stmt('SELECT * FROM actors WHERE id = ?').all(id) as Row[],
      byCode: (code) =>
        this.#stmt("SELECT * FROM actors WHERE id = ? OR (country = ? AND kind IN ('country', 'organization') AND id NOT LIKE 'country:%') ORDER BY articles DESC")
          .all(`country:${code}`, code) as Row[],
      byAlias: (norm, strength) =>
        this.#stmt(`SELECT a.* FROM actor_aliases al JOIN actors a ON a.id = al.actor WHERE al.norm = ? AND al.strength = '${strength}' ORDER BY a.articles DESC, a.id`)
          .all(norm) as Row[],
    });
    return rows.map((r) => this.#actorRow(r));
  }

  protected override expand(a: ActorRow): string[] {
    if (a.actorKind !== 'country' || !a.country) return [a.id];
    const rows = this
      .#stmt(`SELECT id FROM actors WHERE id = ? OR (country = ? AND kind IN ('person', 'organization') AND sector IN (SELECT value FROM json_each(?)))`)
      .all(a.id, a.country, JSON.stringify(STATE_SECTORS)) as Row[];
    return rows.map((r) => r.id as string);
  }

  async search(q: string, options: SearchOptions = {}): Promise<readonly SearchHit[]> {
    const fq = ftsQuery(q);
    if (!fq) return [];
    const limit = limitOf(options.limit ?? 20);
    const where = options.in ?? 'all';
    const hits: SearchHit[] = [];
    if (where !== 'quotes') {
      const rows = this
        .#stmt(
          `SELECT a.id, a.title, a.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snip, bm25(articles_fts) AS rank
           FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? AND a.superseded = 0 ORDER BY rank LIMIT ?`,
        )
        .all(fq, limit) as Row[];
      for (const r of rows) hits.push(articleHit(r));
    }
    if (where !== 'articles') {
      const rows = this
        .#stmt(
          `SELECT q.id, a.id AS article, a.title, a.published, q.speaker_actor, q.speaker_text, act.name AS speaker_name,
             snippet(quotes_fts, 0, '[', ']', '…', 24) AS snip, bm25(quotes_fts) AS rank
           FROM quotes_fts JOIN quotes q ON q.qseq = quotes_fts.rowid JOIN articles a ON a.seq = q.article_seq
           LEFT JOIN actors act ON act.id = q.speaker_actor
           WHERE quotes_fts MATCH ? AND a.superseded = 0 ORDER BY rank LIMIT ?`,
        )
        .all(fq, limit) as Row[];
      for (const r of rows) hits.push(quoteHit(r));
    }
    return rankHits(hits, limit);
  }

  async stance(query: StanceQuery): Promise<StanceSeries> {
    const json = (ids: readonly string[]): string => JSON.stringify(ids);
    return stanceSeries(query, {
      resolveActor: (q) => this.resolveActor(q),
      expand: (a) => this.expand(a),
      nameNorms: async (ids) =>
        this.#stmt("SELECT DISTINCT norm FROM actor_aliases WHERE strength = 'name' AND actor IN (SELECT value FROM json_each(?))").pluck().all(json(ids)) as string[],
      events: async (ids) =>
        this.#stmt(
          `SELECT e.*, a.id AS article, a.title, s.name AS outlet, a.story, a.published
           FROM events e JOIN articles a ON a.seq = e.article_seq LEFT JOIN sources s ON s.id = a.source_id
           WHERE a.superseded = 0 AND e.source_actor IN (SELECT value FROM json_each(?))`,
        ).all(json(ids)) as Row[],
      quotes: async (ids) =>
        this.#stmt(
          `SELECT q.*, a.id AS article, a.title, s.name AS outlet, a.story, a.published
           FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN sources s ON s.id = a.source_id
           WHERE a.superseded = 0 AND q.speaker_actor IN (SELECT value FROM json_each(?))`,
        ).all(json(ids)) as Row[],
    });
  }

  async stats(): Promise<StoreStats> {
    const n = (t: string): number => (this.#stmt(`SELECT count(*) AS n FROM ${t}`).get() as Row).n as number;
    const v = this.#stmt('SELECT max(version) AS v FROM schema_migrations').get() as Row;
    return { articles: n('articles'), quotes: n('quotes'), events: n('events'), actors: n('actors'), stories: n('stories'), schemaVersion: v.v ?? 0 };
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

/** Run pending migrations, each in its own transaction, recording them in `schema_migrations`. */
function migrate(db: Database.Database): void {
  db.exec(VERSIONS_TABLE);
  const applied = new Set(db.prepare(APPLIED_VERSIONS).pluck().all() as number[]);
  for (const m of pendingMigrations(MIGRATIONS, applied)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare(RECORD_VERSION).run(m.version, m.name);
    }).immediate();
  }
}
