// The WHERE conditions of the store's list queries, decided once; each driver supplies the SQL pieces of its dialect.
import { normalizeName } from './registry.js';
import type { ActorFilter, ArticleFilter, DateRange, EventFilter, QuoteFilter } from './types.js';

/** The SQL pieces that differ between databases (placeholders are `?`). */
export interface FilterDialect {
  /** The condition that the article `a` is the current version. */
  readonly current: string;
  /** `col IN (the elements of one JSON array parameter)`. */
  inList(col: string): string;
  /** `col` on or after one date parameter. */
  since(col: string): string;
  /** `col`'s day on or before one date parameter. */
  until(col: string): string;
  /** `col` matches one LIKE pattern parameter, ignoring ASCII case. */
  like(col: string): string;
  /** Characters with a meaning in the LIKE patterns, dropped from a search word. */
  readonly likeSpecial: RegExp;
}

/** Conditions joined with AND, and their parameters in order. */
export interface Conditions {
  readonly where: string[];
  readonly params: unknown[];
}

/** Conditions for a list of articles; `a` the articles, `s` their sources. */
export function articleConditions(f: ArticleFilter, d: FilterDialect): Conditions {
  const c: Conditions = { where: [], params: [] };
  if (!f.allVersions) c.where.push(d.current);
  if (f.outlet) add(c, 's.name = ?', f.outlet);
  scope(c, f);
  dates(c, d, 'a.published', f);
  return c;
}

/** Conditions for a list of registry actors (`a`): a name or alias containing the search word, kind, country. */
export function actorConditions(f: ActorFilter, d: FilterDialect): Conditions {
  const c: Conditions = { where: [], params: [] };
  if (f.search) {
    const norm = `%${normalizeName(f.search).replace(d.likeSpecial, '')}%`;
    add(c, `a.id IN (SELECT actor FROM actor_aliases WHERE ${d.like('norm')} OR ${d.like('alias')})`, norm, `%${f.search.replace(d.likeSpecial, '')}%`);
  }
  if (f.actorKind) add(c, 'a.kind = ?', f.actorKind);
  if (f.country) add(c, 'a.country = ?', f.country.toUpperCase());
  return c;
}

/**
 * Conditions for a list of quotes (`q`) with their articles (`a`); null when the words to look for are none.
 * `speakers` resolves the `by` argument to registry ids; `about` is the driver's full-text condition and parameter.
 */
export async function quoteConditions(
  f: QuoteFilter,
  d: FilterDialect,
  speakers: (q: string) => Promise<string[]>,
  about: (words: string) => [string, string] | null,
): Promise<Conditions | null> {
  const c: Conditions = { where: [d.current], params: [] };
  if (f.by) add(c, d.inList('q.speaker_actor'), JSON.stringify(await speakers(f.by)));
  if (f.about) {
    const fts = about(f.about);
    if (!fts) return null;
    add(c, ...fts);
  }
  scope(c, f);
  dates(c, d, 'a.published', f);
  return c;
}

/** Conditions for a list of events (`e`) with their articles (`a`); `actors` resolves an actor argument to registry ids. */
export async function eventConditions(f: EventFilter, d: FilterDialect, actors: (q: string) => Promise<string[]>): Promise<Conditions> {
  const c: Conditions = { where: [d.current], params: [] };
  for (const [col, q] of [['e.source_actor', f.source], ['e.target_actor', f.target]] as const) {
    if (q) add(c, d.inList(col), JSON.stringify(await actors(q)));
  }
  if (f.actor) {
    const ids = JSON.stringify(await actors(f.actor));
    add(c, `(${d.inList('e.source_actor')} OR ${d.inList('e.target_actor')})`, ids, ids);
  }
  if (f.type) {
    const types = typeof f.type === 'string' ? [f.type] : [...f.type];
    add(c, d.inList('e.type'), JSON.stringify(types.map((t) => t.toUpperCase())));
  }
  scope(c, f);
  dates(c, d, 'e.date', f);
  return c;
}

function add(c: Conditions, cond: string, ...params: unknown[]): void {
  c.where.push(cond);
  c.params.push(...params);
}

/** One article, one story, originals only. */
function scope(c: Conditions, f: { article?: string | null; story?: string | null; independent?: boolean }): void {
  if (f.article) add(c, 'a.id = ?', f.article);
  if (f.story) add(c, 'a.story = ?', f.story);
  if (f.independent) add(c, 'a.duplicate_of IS NULL');
}

/** The date window on a column. */
export function dates(c: Conditions, d: FilterDialect, col: string, f: DateRange): void {
  if (f.since) add(c, d.since(col), f.since);
  if (f.until) add(c, d.until(col), f.until);
}
