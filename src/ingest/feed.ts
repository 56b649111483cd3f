// RSS, Atom, RDF and JSON Feed: one article per item.
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { InputError, type Article } from '../core/index.js';
import { makeArticle, tidyBody } from './article.js';
import { blockText, trimTail } from './html-dom.js';

/** A feed item before it becomes an article: its text may be a teaser that needs the linked page. */
export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly published: string | null;
  readonly author: string | null;
  /** Text of the fullest content the feed carries (content:encoded, content, summary, description). */
  readonly text: string;
  readonly id: string | null;
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** Feed content to text; closing notices ("The post … appeared first on …") are dropped. */
const htmlToText = (html: string): string => {
  if (!/<[a-z!/]/i.test(html)) return tidyBody(trimTail(tidyBody(html)));
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return tidyBody(trimTail(blockText(document.body)));
};

type AnyRecord = Record<string, unknown>;

/** A string from a feed field: plain strings, Atom text constructs (`{value}`), and the first of a list. */
const s = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return s(v[0]);
  if (v && typeof v === 'object' && 'value' in v) return s((v as AnyRecord).value);
  return null;
};

const names = (v: unknown): string | null => {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  const out = list.map((a) => (typeof a === 'string' ? a.trim() : s((a as AnyRecord)?.name))).filter((x): x is string => !!x);
  return out.length ? out.join(', ') : null;
};

/** Parse a feed document (RSS 0.9x/2.0, RDF/RSS 1.0, Atom, JSON Feed). Throws `INPUT_MALFORMED` naming the input. */
export function parseFeedText(text: string, input: string): ParsedFeed {
  let parsed: { format: string; feed: AnyRecord };
  try {
    const src = text.trim().startsWith('{') ? JSON.parse(text) : text;
    parsed = parseFeed(src) as unknown as { format: string; feed: AnyRecord };
  } catch (err) {
    throw new InputError('INPUT_MALFORMED', input, `malformed feed: ${(err as Error).message}`, { cause: err });
  }
  const feed = parsed.feed;
  const items = ((feed.items ?? feed.entries ?? []) as AnyRecord[]).map((it): FeedItem => {
    const links = it.links as AnyRecord[] | undefined;
    const link =
      s(it.link) ?? s(it.url) ?? s(links?.find((l) => !l.rel || l.rel === 'alternate')?.href) ?? s(links?.[0]?.href) ??
      s((it.rdf as AnyRecord | undefined)?.about);
    const content = it.content as AnyRecord | string | undefined;
    const encoded = content && typeof content === 'object' ? s(content.encoded) ?? s(content.value) : s(content);
    // The fullest text the feed carries: content:encoded / Atom content / JSON Feed content, then summaries.
    const contentHtml = encoded ?? s(it.content_html) ?? s(it.content_text) ?? s(it.summary) ?? s(it.description) ?? '';
    const dc = it.dc as AnyRecord | undefined;
    const guid = it.guid as AnyRecord | string | undefined;
    return {
      title: s(it.title) ?? s(dc?.titles) ?? s(dc?.title),
      link,
      published: s(it.pubDate) ?? s(it.published) ?? s(it.date_published) ?? s(dc?.dates) ?? s(dc?.date) ?? s(it.updated) ?? s(it.date_modified),
      author: names(it.authors) ?? names(it.author) ?? names(dc?.creators) ?? names(dc?.creator),
      text: htmlToText(contentHtml),
      id: s(guid) ?? s(it.id),
    };
  });
  return { title: s(feed.title), items };
}

/** True when a feed item's own text is too short to be the article (a teaser). */
export function isTeaser(item: FeedItem): boolean {
  return item.text.split(/\s+/).filter(Boolean).length < 150;
}

/** An article from a feed item's own content. */
export function articleFromFeedItem(item: FeedItem, feedTitle: string | null, input: string): Article {
  if (!item.text.trim()) throw new InputError('INPUT_EMPTY', input, 'feed item has no text');
  return makeArticle({
    text: item.text,
    title: item.title,
    url: item.link,
    published: item.published,
    byline: item.author,
    source: feedTitle,
    input,
  });
}
