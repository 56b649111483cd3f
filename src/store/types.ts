// The store's contract: row types and the narrow `Store` interface every driver (SQLite, PostgreSQL) meets.
import type { ActorKind, Article, Modality, PloverType, QuoteKind } from '../core/index.js';
import type { V1Output } from '../contract/index.js';

/** Where to open a store. */
export interface StoreOptions {
  /**
   * Database location. For SQLite a file path or `:memory:`; for PostgreSQL a `postgres://` or `postgresql://` URL.
   * Default: env `STANDPOINT_DB`, else `./standpoint.db`.
   */
  readonly path?: string;
  /** Open read-only (queries only; no migrations are run). Default false. */
  readonly readonly?: boolean;
  /** Driver. Default: `postgres` when the path is a `postgres://` URL, else `sqlite`. */
  readonly driver?: 'sqlite' | 'postgres';
}

/** What `putAnalysis` did with one article. */
export type PutStatus = 'new' | 'unchanged' | 'version';

/** Extra facts about an ingested article that are not in the analysis. */
export interface PutInfo {
  /** Where it came from (path, URL, `file.jsonl:12`). Defaults to `article.input`. */
  readonly input?: string | null;
}

export interface PutResult {
  /** The article id (content hash or the input's id). */
  readonly id: string;
  readonly status: PutStatus;
  /** For `version`: the id of the article this one replaces at the same URL. */
  readonly replaces?: string | null;
  /** The story the article was put into. */
  readonly story?: string | null;
  /** When the article is a reworded copy: the article it copies (the earliest one in its story). */
  readonly duplicateOf?: string | null;
}

/** A page of results with an opaque cursor for the next page (`null` when there is none). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** Paging for every `list*` call. */
export interface PageOptions {
  /** Opaque cursor from a previous page's `nextCursor`. */
  readonly cursor?: string | null;
  /** Page size; default 50, at most 1000. */
  readonly limit?: number;
}

/** A date window shared by filters: `YYYY-MM-DD`, inclusive. */
export interface DateRange {
  readonly since?: string | null;
  readonly until?: string | null;
}

/** One stored article (without text or analysis). */
export interface ArticleRow {
  readonly kind: 'ArticleRow';
  readonly id: string;
  readonly url: string | null;
  /** The outlet ("The Meridian Herald"). */
  readonly source: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly input: string | null;
  readonly words: number;
  /** 1 for the first text seen at a URL, 2 for the next changed text, … */
  readonly version: number;
  /** The previous version at the same URL, if any. */
  readonly replaces: string | null;
  /** Whether a later version at the same URL exists. */
  readonly superseded: boolean;
  readonly story: string | null;
  /** When this article is a reworded copy of another article: that article's id. */
  readonly duplicateOf: string | null;
  /** Why it joined its story, with the similarity figures, e.g. `reworded copy (wording 0.56, …) with <id>`; null when it started the story. */
  readonly storyWhy: string | null;
  readonly quotes: number;
  readonly events: number;
}

/** An article with its text and its full `standpoint/v1` analysis. */
export interface ArticleDetail extends Omit<ArticleRow, 'kind'> {
  readonly kind: 'ArticleDetail';
  readonly text: string;
  readonly analysis: V1Output;
}

/** A reference from a quote or event to a registry actor, with the words in the text. */
export interface ActorRef {
  /** Registry actor id, or null when the words did not resolve to an actor. */
  readonly actor: string | null;
  /** The registry actor's canonical name, or null. */
  readonly name: string | null;
  /** The words in the article. */
  readonly text: string;
}

export interface QuoteRow {
  readonly kind: 'QuoteRow';
  /** `<article id>:<quote id>`. */
  readonly id: string;
  readonly article: string;
  readonly articleTitle: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly story: string | null;
  readonly quoteKind: QuoteKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence the quote starts in, or null. */
  readonly sentence: number | null;
  readonly cue: string | null;
  readonly speaker: ActorRef | null;
}

export interface EventRow {
  readonly kind: 'EventRow';
  /** `<article id>:<event id>`. */
  readonly id: string;
  readonly article: string;
  readonly articleTitle: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  /** The event's resolved date, else the article's publication date. */
  readonly date: string | null;
  readonly story: string | null;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly score: number;
  readonly cameo: string | null;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly trigger: string;
  readonly sentence: number;
  /** The sentence's text (the evidence). */
  readonly sentenceText: string;
}

/** A registry actor: one person, country, organization or group across all articles. */
export interface ActorRow {
  readonly kind: 'ActorRow';
  /** Stable registry id, e.g. `country:CHN` or `person:xi-jinping`. */
  readonly id: string;
  readonly name: string;
  readonly actorKind: ActorKind;
  readonly country: string | null;
  readonly sector: string | null;
  readonly title: string | null;
  /** Every name the actor was seen under (normalized forms are matched, original spelling shown). */
  readonly aliases: readonly string[];
  readonly articles: number;
  readonly mentions: number;
}

/** An actor with its recent activity. */
export interface ActorDetail extends Omit<ActorRow, 'kind'> {
  readonly kind: 'ActorDetail';
  readonly quotes: number;
  readonly eventsAsSource: number;
  readonly eventsAsTarget: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** A story: articles about the same event, with reworded copies folded in. */
export interface StoryRow {
  readonly kind: 'StoryRow';
  readonly id: string;
  /** Title of the story's first article. */
  readonly title: string | null;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly articles: number;
  /** Articles that are not reworded copies of another article in the story. */
  readonly independent: number;
  /** Distinct outlets. */
  readonly outlets: number;
  readonly articleIds: readonly string[];
}

export type SearchHit =
  | {
      readonly kind: 'article';
      readonly article: string;
      readonly title: string | null;
      readonly published: string | null;
      /** Matching text with `[` `]` around hits. */
      readonly snippet: string;
      /** Lower is better (BM25). */
      readonly rank: number;
    }
  | {
      readonly kind: 'quote';
      readonly article: string;
      readonly quote: string;
      readonly title: string | null;
      readonly published: string | null;
      readonly speaker: ActorRef | null;
      readonly snippet: string;
      readonly rank: number;
    };

export interface SearchOptions {
  /** What to search; default `all`. */
  readonly in?: 'all' | 'articles' | 'quotes';
  readonly limit?: number;
}

export type Granularity = 'day' | 'week' | 'month';

/** A stance question: where does `actor` stand toward another actor, or on an issue. */
export interface StanceQuery extends DateRange {
  /** Actor name, alias, code or registry id. */
  readonly actor: string;
  /** The other actor (name, alias, code or registry id). */
  readonly toward?: string | null;
  /** An issue query: words and actor names, e.g. `Russia war` or `Russia + Ukraine + war|invasion`. */
  readonly on?: string | null;
  /** Period of each point; default `week`. */
  readonly by?: Granularity;
  /** Most evidence items kept per point; default 20. */
  readonly evidencePerPoint?: number;
}

/** One piece of evidence behind a stance point. */
export interface StanceEvidence {
  readonly kind: 'event' | 'quote';
  /** Event or quote id (`<article>:<e1|q1>`). */
  readonly id: string;
  readonly article: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly story: string | null;
  readonly date: string | null;
  /** The sentence or quote text. */
  readonly text: string;
  /** −10 … +10 before weighting. */
  readonly raw: number;
  /** Modality × negation × copy weight applied. */
  readonly weight: number;
  /** Why it counts, in words: `ACCUSE (−5) asserted`, `quote: opposes "sanctions"`. */
  readonly why: string;
  /** False when another copy of the same story already counted. */
  readonly counted: boolean;
}

/** One period of a stance series. */
export interface StancePoint {
  /** Period label: `2024-03-04` (day), `2024-W10` (week), `2024-03` (month). */
  readonly period: string;
  /** First and last day of the period, inclusive. */
  readonly start: string;
  readonly end: string;
  /** Weighted mean on the PLOVER scale −10 … +10, or null without evidence. */
  readonly score: number | null;
  /** Sum of weights (how much evidence stands behind the score). */
  readonly weight: number;
  readonly events: number;
  readonly quotes: number;
  /** Distinct stories counted. */
  readonly stories: number;
  readonly evidence: readonly StanceEvidence[];
}

export interface StanceSeries {
  readonly kind: 'StanceSeries';
  readonly actor: ActorRow;
  readonly toward: ActorRow | null;
  /** The parsed issue, when asked `on`. */
  readonly issue: { readonly query: string; readonly actors: readonly ActorRow[]; readonly terms: readonly string[] } | null;
  readonly by: Granularity;
  readonly points: readonly StancePoint[];
  /** Over the whole range. */
  readonly overall: { readonly score: number | null; readonly weight: number; readonly events: number; readonly quotes: number; readonly stories: number };
}

export interface ArticleFilter extends DateRange, PageOptions {
  /** Skip reworded copies: only articles that are not `duplicateOf` another (count sources, not copies). */
  readonly independent?: boolean;
  /** Outlet name. */
  readonly outlet?: string | null;
  readonly story?: string | null;
  /** Include superseded versions; default false. */
  readonly allVersions?: boolean;
}

export interface QuoteFilter extends DateRange, PageOptions {
  /** Skip reworded copies: only articles that are not `duplicateOf` another (count sources, not copies). */
  readonly independent?: boolean;
  /** Speaker: name, alias, code or registry id. */
  readonly by?: string | null;
  /** Full-text words the quote must contain. */
  readonly about?: string | null;
  readonly article?: string | null;
  readonly story?: string | null;
}

export interface EventFilter extends DateRange, PageOptions {
  /** Skip reworded copies: only articles that are not `duplicateOf` another (count sources, not copies). */
  readonly independent?: boolean;
  /** Source actor: name, alias, code or registry id. */
  readonly source?: string | null;
  readonly target?: string | null;
  /** Either side. */
  readonly actor?: string | null;
  /** PLOVER type(s). */
  readonly type?: PloverType | readonly PloverType[] | null;
  readonly article?: string | null;
  readonly story?: string | null;
}

export interface ActorFilter extends PageOptions {
  /** Substring of a name or alias. */
  readonly search?: string | null;
  readonly actorKind?: ActorKind | null;
  readonly country?: string | null;
}

export interface StoryFilter extends DateRange, PageOptions {
  /** Only stories with at least this many articles; default 1. */
  readonly minArticles?: number;
}

/** Counts for health pages and summaries. */
export interface StoreStats {
  readonly articles: number;
  readonly quotes: number;
  readonly events: number;
  readonly actors: number;
  readonly stories: number;
  readonly schemaVersion: number;
}

/**
 * The narrow store interface. Every method is async so that the PostgreSQL driver implements it unchanged;
 * `test/store/contract.ts` is the suite every driver must pass.
 */
export interface Store {
  /** Where the store lives (file path, `:memory:`, or a connection string without secrets). */
  readonly location: string;
  /**
   * Store one article and its analysis in one transaction: article, mentions, registry actors, quotes, events,
   * story and rewrite links, full-text index. Same id again → `unchanged`, nothing written. A different text at a
   * URL already stored → `version`.
   */
  putAnalysis(article: Article, analysis: V1Output, info?: PutInfo): Promise<PutResult>;
  /** Whether an article with this id is stored. */
  hasArticle(id: string): Promise<boolean>;
  /** One article with text and analysis, or null. */
  getArticle(id: string): Promise<ArticleDetail | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<ArticleRow>>;
  listQuotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  listEvents(filter?: EventFilter): Promise<Page<EventRow>>;
  listActors(filter?: ActorFilter): Promise<Page<ActorRow>>;
  listStories(filter?: StoryFilter): Promise<Page<StoryRow>>;
  /** One registry actor by id, or null. */
  getActor(id: string): Promise<ActorDetail | null>;
  /**
   * Resolve a user's words to registry actors, best first: registry id, ISO code (`CHN`), name, alias
   * ("Beijing", "Xi"). Empty when nothing matches.
   */
  resolveActor(nameOrAliasOrCode: string): Promise<readonly ActorRow[]>;
  /** Full-text search over article text and quotes (FTS5 syntax-safe: plain words are fine). */
  search(q: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  /** A stance time series with evidence. Throws a `StandpointError('USAGE')` when the actor is unknown. */
  stance(query: StanceQuery): Promise<StanceSeries>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
