// What the two SQL drivers answer alike, over pieces each supplies: the article, quote and event lists and actor sets.
import { articleConditions, eventConditions, quoteConditions, type FilterDialect } from './filters.js';
import { ARTICLE_SELECT, EVENT_LIST_SELECT, QUOTE_LIST_SELECT, articleRow, eventRow, quoteRow } from './rows.js';
import type { ActorRow, ArticleFilter, ArticleRow, EventFilter, EventRow, Page, QuoteFilter, QuoteRow } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** The base of the SQLite and PostgreSQL stores: list queries built once, run through the driver's `page`. */
export abstract class SqlStoreBase {
  /** The driver's SQL pieces of the list conditions. */
  protected abstract readonly dialect: FilterDialect;

  /** Registry actors an argument may stand for, best first. */
  abstract resolveActor(q: string): Promise<readonly ActorRow[]>;

  /** The registry ids an actor stands for: itself, and for a country also its state's officials. */
  protected abstract expand(a: ActorRow): Promise<string[]> | string[];

  /** One page of `base` under the conditions, newest `key` first (ties by `seq`), after the cursor in `opts`. */
  protected abstract page<T>(base: string, where: string[], params: unknown[], key: string, seq: string, opts: { cursor?: string | null; limit?: number }, map: (r: Row) => T): Promise<Page<T>>;

  /** The driver's full-text condition on quote `q` for these words, and its parameter; null when no word is left. */
  protected abstract quotesAbout(words: string): [string, string] | null;

  /** The registry ids an actor argument stands for: the best match, and for a country also its state's officials. */
  protected async actorSet(q: string): Promise<string[]> {
    const [best] = await this.resolveActor(q);
    if (!best) return [];
    return this.expand(best);
  }

  async listArticles(filter: ArticleFilter = {}): Promise<Page<ArticleRow>> {
    const { where, params } = articleConditions(filter, this.dialect);
    return this.page(`${ARTICLE_SELECT} FROM articles a LEFT JOIN sources s ON s.id = a.source_id`, where, params, "COALESCE(a.published, '')", 'a.seq', filter, articleRow);
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Page<QuoteRow>> {
    const c = await quoteConditions(filter, this.dialect, (q) => this.actorSet(q), (words) => this.quotesAbout(words));
    if (!c) return { items: [], nextCursor: null };
    return this.page(QUOTE_LIST_SELECT, c.where, c.params, "COALESCE(a.published, '')", 'q.qseq', filter, quoteRow);
  }

  async listEvents(filter: EventFilter = {}): Promise<Page<EventRow>> {
    const { where, params } = await eventConditions(filter, this.dialect, (q) => this.actorSet(q));
    return this.page(EVENT_LIST_SELECT, where, params, "COALESCE(e.date, '')", 'e.eseq', filter, eventRow);
  }
}
