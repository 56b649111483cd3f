// RSS, Atom, RDF and JSON Feed: one article per item.
import { parseFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { InputError, type Article } from '../core/index.js';
import { makeArticle, tidyBody } from './article.js';
import { blockText } from './html.js';

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

const htmlToText = (html: string): string => {
  if (!/<[a-z!/]/i.test(html)) return tidyBody(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return tidyBody(blockText(document.body));
};

type AnyRecord = Record<string, unknown>;
const s = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Parse a feed document. Throws `INPUT_MALFORMED` when it is not a feed feedsmith can read. */
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
    const link = s(it.link) ?? s(it.url) ?? s(links?.find((l) => !l.rel || l.rel === 'alternate')?.href) ?? s(links?.[0]?.href);
    const contentNs = it.content as AnyRecord | string | undefined;
    const encoded = typeof contentNs === 'object' ? s((contentNs as AnyRecord).encoded) : null;
    const contentHtml =
      encoded ?? s(it.content_html) ?? (typeof contentNs === 'string' ? s(contentNs) : null) ?? s(it.content_text) ??
      s(it.summary) ?? s(it.description) ?? '';
    const authors = (it.authors ?? it.author) as unknown;
    const author = Array.isArray(authors)
      ? authors.map((a) => (typeof a === 'string' ? a : s((a as AnyRecord).name))).filter(Boolean).join(', ')
      : typeof authors === 'string' ? authors : s((authors as AnyRecord | undefined)?.name);
    const dc = it.dc as AnyRecord | undefined;
    return {
      title: s(it.title),
      link,
      published: s(it.pubDate) ?? s(it.published) ?? s(it.date_published) ?? s(it.updated) ?? s(dc?.date) ?? null,
      author: author || s(dc?.creator) || null,
      text: htmlToText(contentHtml ?? ''),
      id: s(it.guid) ?? s((it.guid as AnyRecord | undefined)?.value) ?? s(it.id) ?? null,
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
