// Row mappers shared by the store drivers: database rows (same column names in SQLite and PostgreSQL) to API rows.
import type { ActorDetail, ActorRef, ActorRow, ArticleRow, EventRow, QuoteRow, SearchHit, StoryRow } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** The article columns of an `ArticleRow` (`a` the articles, `s` the sources joined to them). */
export const ARTICLE_SELECT = `SELECT a.seq, a.id, a.url, s.name AS outlet, a.title, a.byline, a.published, a.input, a.words, a.version, a.replaces,
  a.superseded, a.story, a.duplicate_of, a.relation, a.n_quotes, a.n_events`;

/** The quote columns of a `QuoteRow` with their article, outlet and speaker's name (`q` the quotes, `a` the articles). */
export const QUOTE_LIST_SELECT = `SELECT q.id, q.kind, q.text, q.start, q."end", q.sentence, q.cue, q.speaker_actor, q.speaker_text,
         a.id AS article, a.title AS article_title, s.name AS outlet, a.published, a.story, act.name AS speaker_name
       FROM quotes q JOIN articles a ON a.seq = q.article_seq LEFT JOIN sources s ON s.id = a.source_id
       LEFT JOIN actors act ON act.id = q.speaker_actor`;

/** The event columns of an `EventRow` with their article, outlet and actors' names (`e` the events, `a` the articles). */
export const EVENT_LIST_SELECT = `SELECT e.*, a.id AS article, a.title AS article_title, s.name AS outlet, a.published, a.story,
         sa.name AS source_name, ta.name AS target_name
       FROM events e JOIN articles a ON a.seq = e.article_seq LEFT JOIN sources s ON s.id = a.source_id
       LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor`;

/** A stored flag: SQLite keeps 0 or 1, PostgreSQL a boolean. */
export const flag = (v: unknown): boolean => v === true || v === 1;

/** An `ArticleRow` from a row of `ARTICLE_SELECT`. */
export function articleRow(r: Row): ArticleRow {
  return {
    kind: 'ArticleRow', id: r.id, url: r.url, source: r.outlet ?? null, title: r.title, byline: r.byline, published: r.published,
    input: r.input, words: r.words, version: r.version, replaces: r.replaces, superseded: flag(r.superseded), story: r.story,
    duplicateOf: r.duplicate_of, storyWhy: r.relation ?? null, quotes: r.n_quotes, events: r.n_events,
  };
}

const ref = (actor: string | null, name: string | null, text: string | null): ActorRef | null => (text === null && actor === null ? null : { actor, name, text: text ?? '' });

/** A `QuoteRow` from a quote row joined to its article, outlet and speaker's name. */
export function quoteRow(r: Row): QuoteRow {
  return {
    kind: 'QuoteRow', id: r.id, article: r.article, articleTitle: r.article_title, outlet: r.outlet ?? null, published: r.published,
    story: r.story, quoteKind: r.kind, text: r.text, start: r.start, end: r.end, sentence: r.sentence, cue: r.cue,
    speaker: ref(r.speaker_actor, r.speaker_name ?? null, r.speaker_text),
  };
}

/** An `EventRow` from an event row joined to its article, outlet and actors' names. */
export function eventRow(r: Row): EventRow {
  return {
    kind: 'EventRow', id: r.id, article: r.article, articleTitle: r.article_title, outlet: r.outlet ?? null, published: r.published,
    date: r.date, story: r.story, type: r.type, mode: r.mode, negated: flag(r.negated), modality: r.modality, score: r.score,
    cameo: r.cameo, source: ref(r.source_actor, r.source_name ?? null, r.source_text), target: ref(r.target_actor, r.target_name ?? null, r.target_text),
    trigger: r.trigger, sentence: r.sentence, sentenceText: r.sentence_text,
  };
}

/** An `ActorRow` from an actors row and its name aliases. */
export function actorRow(r: Row, aliases: string[]): ActorRow {
  return {
    kind: 'ActorRow', id: r.id, name: r.name, actorKind: r.kind, country: r.country, sector: r.sector, title: r.title,
    aliases, articles: r.articles, mentions: r.mentions,
  };
}

/** An `ActorDetail` from an actor's row, its `ActorRow` and its counts. */
export function actorDetail(r: Row, row: ActorRow, counts: { quotes: number; eventsAsSource: number; eventsAsTarget: number }): ActorDetail {
  const { kind: _k, ...rest } = row;
  return { ...rest, kind: 'ActorDetail', ...counts, firstSeen: r.first_seen, lastSeen: r.last_seen };
}

/** A `StoryRow` from a stories row and its current articles (id, source_id), oldest first. */
export function storyRow(r: Row, arts: readonly Row[]): StoryRow {
  return {
    kind: 'StoryRow', id: r.id, title: r.title, firstPublished: r.first_published, lastPublished: r.last_published,
    articles: r.articles, independent: r.independent,
    outlets: new Set(arts.map((a) => a.source_id).filter((x) => x !== null)).size,
    articleIds: arts.map((a) => a.id as string),
  };
}

/** An article search hit from a row of (id, title, published, snip, rank). */
export function articleHit(r: Row): SearchHit {
  return { kind: 'article', article: r.id, title: r.title, published: r.published, snippet: r.snip, rank: r.rank };
}

/** A quote search hit from a row of the quote, its article and speaker, snippet and rank. */
export function quoteHit(r: Row): SearchHit {
  return {
    kind: 'quote', article: r.article, quote: r.id, title: r.title, published: r.published, snippet: r.snip, rank: r.rank,
    speaker: r.speaker_text === null ? null : { actor: r.speaker_actor, name: r.speaker_name, text: r.speaker_text },
  };
}

/** Hits of both kinds, best rank (lowest) first, at most `limit`. */
export const rankHits = (hits: SearchHit[], limit: number): SearchHit[] => hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
