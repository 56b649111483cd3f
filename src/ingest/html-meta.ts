// Page metadata from JSON-LD (NewsArticle and friends), OpenGraph, <meta>, <time> and <title>.
import { toIsoDate } from './page-dump.js';

/** Metadata read from an HTML page; every field may be missing. */
export interface HtmlMeta {
  readonly title: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly lang: string | null;
  /** Text of the page's first `<h1>` (often the headline as shown, which may differ from the meta title). */
  readonly h1: string | null;
  /** JSON-LD `articleBody`, when the page carries one. */
  readonly articleBody: string | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|WebPage)$/;

type Json = Record<string, unknown>;

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è', uuml: 'ü', ouml: 'ö', auml: 'ä',
};

/** Decode HTML character references that CMSs leave in JSON-LD and meta values ("O&#039;Donnell", "&#8211;"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return decodeEntities(v).replace(/\s+/g, ' ').trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
};

/** JSON-LD objects of article types, the most specific first (WebPage last). */
function jsonLd(document: Document): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(node)) node.forEach((n) => visit(n, depth + 1));
    else if (node && typeof node === 'object') {
      const o = node as Json;
      const t = o['@type'];
      const types = Array.isArray(t) ? t : [t];
      if (types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x))) found.push(o);
      if (o['@graph']) visit(o['@graph'], depth + 1);
      if (o.mainEntity && typeof o.mainEntity === 'object') visit(o.mainEntity, depth + 1);
    }
  };
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((s.textContent ?? '').trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')), 0);
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  const isPage = (o: Json): boolean => [o['@type']].flat().every((x) => x === 'WebPage');
  return [...found.filter((o) => !isPage(o)), ...found.filter(isPage)];
}

function personNames(a: unknown): string | null {
  if (!a) return null;
  if (typeof a === 'string') return /^https?:/.test(a) ? null : str(a);
  if (Array.isArray(a)) {
    const names = a.map(personNames).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (typeof a === 'object') return str((a as Json).name);
  return null;
}

/** Placeholder bylines that name nobody. */
const NO_AUTHOR = /^(no author|unknown|anonymous|admin|administrator|none|null|undefined)$/i;

const normName = (s: string): string =>
  s.toLowerCase().replace(/^the\s+/, '').replace(/\.(com|org|net|co\.uk|co|news|io)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Separators between a headline and the site name in `<title>`. */
const TITLE_SEP = /\s+(?:[|\-–—·•»]|::)\s+|:\s+/;

/**
 * Strip a site-name suffix or prefix from a title: "Talks resume | The Lantern" → "Talks resume" when the site is
 * "The Lantern". Without a known site name, a short last part is stripped only when `h1` equals the rest.
 */
export function stripSiteName(title: string, site: string | null, h1: string | null = null): { title: string; site: string | null } {
  // A date part ("… | DW | 19.01.2020") is dropped first.
  const dated = title.match(new RegExp(`(?:${TITLE_SEP.source})(\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}|\\p{L}+\\s+\\d{1,2},?\\s+\\d{4})\\s*$`, 'u'));
  if (dated && toIsoDate(dated[1])) title = title.slice(0, dated.index).trim();
  const parts = title.split(TITLE_SEP);
  if (parts.length < 2) return { title, site: null };
  const seps = title.match(new RegExp(TITLE_SEP.source, 'g')) ?? [];
  const join = (from: number, to: number): string => {
    let s = parts[from];
    for (let i = from + 1; i < to; i++) s += seps[i - 1] + parts[i];
    return s;
  };
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (site) {
    const n = normName(site);
    if (n && normName(last) === n) return { title: join(0, parts.length - 1).trim(), site: last.trim() };
    if (n && normName(first) === n) return { title: join(1, parts.length).trim(), site: first.trim() };
  }
  const rest = join(0, parts.length - 1).trim();
  if (h1 && normName(h1) === normName(rest) && last.split(/\s+/).length <= 5) return { title: rest, site: last.trim() };
  // "Site » Section » Headline" with the headline as the page's <h1>.
  if (h1 && normName(h1) === normName(last)) return { title: last.trim(), site: first.trim() };
  return { title, site: null };
}

/** Metadata from JSON-LD (NewsArticle and friends), OpenGraph, <meta>, <time> and <title>. */
export function htmlMetadata(document: Document): HtmlMeta {
  // One pass over <meta>: `name`, `property` and `itemprop` keys (lower-cased) to the first non-empty content.
  const metas = new Map<string, string>();
  for (const m of Array.from(document.querySelectorAll('meta'))) {
    const content = str(m.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(key)) metas.set(key, content);
    }
  }
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k.toLowerCase());
      if (v) return v;
    }
    return null;
  };
  const lds = jsonLd(document);
  const ld = (key: string): unknown => lds.map((o) => o[key]).find((v) => v != null && v !== '');
  const pub = ld('publisher');
  const h1 = str(document.querySelector('h1')?.textContent);

  const siteName =
    (typeof pub === 'string' ? str(pub) : personNames(pub)) ??
    meta('og:site_name', 'application-name', 'publisher', 'cre');

  const docTitle = str(document.querySelector('head title')?.textContent ?? document.querySelector('title')?.textContent);
  const rawTitle =
    str(ld('headline')) ?? meta('og:title', 'twitter:title', 'title') ?? docTitle ?? h1;
  let title = rawTitle;
  let site = siteName;
  if (rawTitle) {
    const s = stripSiteName(rawTitle, siteName, h1);
    title = s.title;
    if (!site && s.site && rawTitle === docTitle) site = s.site;
  }

  const metaAuthor = meta('author', 'article:author', 'byl', 'sailthru.author', 'parsely-author');
  const relAuthor = str(document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]')?.textContent);
  const byline =
    personNames(ld('author')) ??
    (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) ??
    (relAuthor && relAuthor.length < 100 ? relAuthor.replace(/^by\s+/i, '') : null);

  const timeEl = document.querySelector('[itemprop="datePublished"]');
  const published =
    str(ld('datePublished')) ??
    meta(
      'article:published_time', 'article:published_time', 'og:published_time',
      'date', 'pubdate', 'publishdate', 'publish-date',
      'dc.date', 'DC.date.issued', 'dcterms.date', 'sailthru.date',
      'parsely-pub-date', 'datePublished',
    ) ??
    str(timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('content')) ??
    str(document.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    str(ld('dateCreated')) ?? str(ld('dateModified'));

  const canonical = str(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const url = [canonical, meta('og:url'), str(ld('url'))].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  const body = ld('articleBody');
  return {
    title,
    source: site,
    byline: byline && !NO_AUTHOR.test(byline) ? byline.replace(/^by\s+/i, '') : null,
    published,
    url,
    lang: str(document.documentElement?.getAttribute('lang')),
    h1,
    articleBody: typeof body === 'string' && body.trim() ? decodeEntities(body) : null,
  };
}
