// Versioned schema migrations of the SQLite store, and the bookkeeping both drivers share: each runs once, in order.

/** One migration: its version and the SQL that brings the schema from `version - 1` to `version`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** The table of applied versions (the same SQL in SQLite and PostgreSQL). */
export const VERSIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL)';
/** The applied versions, one `version` a row. */
export const APPLIED_VERSIONS = 'SELECT version FROM schema_migrations';
/** Record one applied migration: parameters version and name (`?` placeholders). */
export const RECORD_VERSION = 'INSERT INTO schema_migrations(version, name) VALUES (?, ?)';

/** The migrations not applied yet, lowest version first. */
export function pendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
  return all.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
}

/** The SQLite schema. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, registry, quotes, events, stories, full-text search',
    sql: `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT,
  first_published TEXT,
  last_published TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  independent INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  source_id INTEGER REFERENCES sources(id),
  title TEXT,
  byline TEXT,
  published TEXT,
  input TEXT,
  words INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  replaces TEXT,
  superseded INTEGER NOT NULL DEFAULT 0,
  story TEXT REFERENCES stories(id),
  duplicate_of TEXT,
  relation TEXT,
  text TEXT NOT NULL,
  -- The standpoint/v1 object without its text, as raw-deflated JSON.
  analysis BLOB NOT NULL,
  n_quotes INTEGER NOT NULL DEFAULT 0,
  n_events INTEGER NOT NULL DEFAULT 0,
  sig_wording BLOB NOT NULL,
  sig_topic BLOB NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story);
CREATE TABLE actors (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  title TEXT,
  articles INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT
);
CREATE INDEX actors_country ON actors(country);
CREATE TABLE actor_aliases (
  norm TEXT NOT NULL,
  strength TEXT NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id),
  alias TEXT NOT NULL,
  PRIMARY KEY (norm, strength, actor)
) WITHOUT ROWID;
CREATE INDEX actor_aliases_actor ON actor_aliases(actor);
CREATE TABLE article_actors (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  local_id TEXT NOT NULL,
  actor TEXT NOT NULL REFERENCES actors(id),
  why TEXT NOT NULL,
  PRIMARY KEY (article_seq, local_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor);
CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  actor TEXT NOT NULL REFERENCES actors(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_seq);
CREATE INDEX mentions_actor ON mentions(actor);
CREATE TABLE quotes (
  qseq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  sentence INTEGER,
  cue TEXT,
  speaker_actor TEXT REFERENCES actors(id),
  speaker_text TEXT
);
CREATE INDEX quotes_article ON quotes(article_seq);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);
CREATE TABLE events (
  eseq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  type TEXT NOT NULL,
  mode TEXT,
  negated INTEGER NOT NULL,
  modality TEXT NOT NULL,
  score REAL NOT NULL,
  cameo TEXT,
  source_actor TEXT REFERENCES actors(id),
  source_text TEXT,
  target_actor TEXT REFERENCES actors(id),
  target_text TEXT,
  trigger TEXT NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  date TEXT
);
CREATE INDEX events_article ON events(article_seq);
CREATE INDEX events_source ON events(source_actor);
CREATE INDEX events_target ON events(target_actor);
CREATE INDEX events_type ON events(type);
CREATE TABLE lsh (
  key INTEGER NOT NULL,
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  PRIMARY KEY (key, article_seq)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='qseq', tokenize='unicode61 remove_diacritics 2');
`,
  },
  {
    version: 2,
    name: 'index rewrite chains',
    sql: `CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;`,
  },
];
