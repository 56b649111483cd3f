// HTML pages: main text with Readability over linkedom, and metadata from <title>, <meta> and JSON-LD.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError, type Article } from '../core/index.js';
import { makeArticle, tidyBody } from './article.js';

export interface HtmlOptions {
  readonly input?: string | null;
  readonly url?: string | null;
}

export interface HtmlMeta {
  title: string | null;
  source: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  lang: string | null;
}

type Dom = ReturnType<typeof parseHTML>['document'];

/** Metadata from JSON-LD (NewsArticle and friends), OpenGraph, <meta> and <title>. */
export function htmlMetadata(document: Dom): HtmlMeta {
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(document);
  const authorName = (a: unknown): string | null => {
    if (!a) return null;
    if (typeof a === 'string') return a;
    if (Array.isArray(a)) return a.map(authorName).filter(Boolean).join(', ') || null;
    if (typeof a === 'object' && a && 'name' in a) return String((a as { name: unknown }).name);
    return null;
  };
  const pub = ld?.publisher as { name?: string } | string | undefined;
  return {
    title: str(ld?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ??
      (document.querySelector('title')?.textContent?.trim() || null),
    source: (typeof pub === 'string' ? pub : str(pub?.name)) ?? meta('meta[property="og:site_name"]') ??
      meta('meta[name="application-name"]'),
    byline: authorName(ld?.author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    published: str(ld?.datePublished) ?? meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ?? meta('meta[name="pubdate"]') ?? meta('meta[itemprop="datePublished"]') ??
      (document.querySelector('time[datetime]')?.getAttribute('datetime') || null),
    url: meta('meta[property="og:url"]') ?? (document.querySelector('link[rel="canonical"]')?.getAttribute('href') || null),
    lang: document.documentElement?.getAttribute('lang') || null,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage)$/;

function jsonLd(document: Dom): Record<string, unknown> | null {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      const t = o['@type'];
      const types = Array.isArray(t) ? t : [t];
      if (types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x))) found.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; ignore it.
    }
  }
  return found.find((o) => o['@type'] !== 'WebPage') ?? found[0] ?? null;
}

/** Block elements whose text becomes its own paragraph. */
const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'FIGCAPTION', 'DD', 'DT', 'TABLE', 'UL', 'OL']);

/** Text of an element with block elements separated by blank lines. */
export function blockText(root: { childNodes: ArrayLike<unknown> }): string {
  const parts: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    buf = '';
  };
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }): void => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') {
      buf += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child as typeof node);
    if (block) flush();
  };
  for (const child of Array.from(root.childNodes)) walk(child as never);
  flush();
  return parts.join('\n\n');
}

/** One article from an HTML page. Throws `INPUT_NO_ARTICLE` when the page has no main text. */
export function articleFromHtml(html: string, options: HtmlOptions = {}): Article {
  const input = options.input ?? 'html';
  const { document } = parseHTML(html);
  const meta = htmlMetadata(document);
  const reader = new Readability(document as unknown as Document, { charThreshold: 200 });
  const parsed = reader.parse();
  let text = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(content.body);
  }
  text = tidyBody(text);
  if (text.length < 1) throw new InputError('INPUT_NO_ARTICLE', input, 'HTML page has no article text');
  return makeArticle({
    text,
    title: meta.title ?? parsed?.title ?? null,
    source: meta.source ?? parsed?.siteName ?? null,
    byline: meta.byline ?? parsed?.byline ?? null,
    published: meta.published ?? parsed?.publishedTime ?? null,
    url: options.url ?? meta.url,
    input: options.input,
    lang: meta.lang ?? parsed?.lang ?? null,
  });
}
