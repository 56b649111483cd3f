// HTML pages: main text (Readability over a pre-cleaned linkedom DOM, with fallbacks) and page metadata.
import { parseHTML } from 'linkedom';
import { InputError, type Article } from '../core/index.js';
import { makeArticle, tidyBody } from './article.js';
import { htmlMetadata } from './html-meta.js';
import { flattenDeepWrappers } from './html-dom.js';
import { mainText } from './html-main.js';

export { blockText } from './html-dom.js';
export { htmlMetadata, stripSiteName, type HtmlMeta } from './html-meta.js';

export interface HtmlOptions {
  readonly input?: string | null;
  readonly url?: string | null;
}

/** Fewer words than this after cleaning means the page has no article. */
const MIN_WORDS = 4;
/** Pages nested deeper than this (after unwrapping empty wrappers) are refused: extraction would take minutes. */
const MAX_DEPTH = 300;

/**
 * Markup that a DOM parser reads as a whole document: leading junk before `<!doctype>`/`<html>` (a stray `<style>`,
 * an XML declaration) is dropped, and a fragment without `<html>` is wrapped in one.
 */
export function asDocumentHtml(html: string): string {
  const start = html.search(/<!doctype\s+html|<html[\s>]/i);
  if (start > 0) return html.slice(start);
  if (start < 0) return `<!doctype html><html><body>${html.replace(/^\s*<\?xml[^>]*>/i, '')}</body></html>`;
  return html;
}

/**
 * Drop scripts (except JSON-LD), styles, comments and inline SVG before parsing: they are most of a modern page's
 * bytes, hold no article text, and the DOM parser is the slowest step.
 */
export function stripInert(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (m, attrs: string) => (/ld\+json/i.test(attrs) ? m : ''))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg\s*>/gi, '');
}

/** One article from an HTML page. Throws `INPUT_NO_ARTICLE` when the page has no main text. */
export function articleFromHtml(html: string, options: HtmlOptions = {}): Article {
  const input = options.input ?? 'html';
  const { document } = parseHTML(asDocumentHtml(stripInert(html)));
  const doc = document as unknown as Document;
  if (doc.documentElement && flattenDeepWrappers(doc.documentElement) > MAX_DEPTH) {
    throw new InputError('INPUT_UNSUPPORTED', input, `HTML is nested more than ${MAX_DEPTH} elements deep`);
  }
  const meta = htmlMetadata(doc);
  const main = mainText(doc, { ldBody: meta.articleBody, title: meta.title, h1: meta.h1, byline: meta.byline });
  const text = tidyBody(main.text);
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) {
    throw new InputError('INPUT_NO_ARTICLE', input, 'HTML page has no article text');
  }
  return makeArticle({
    text,
    title: meta.title,
    source: meta.source,
    byline: meta.byline,
    published: meta.published,
    url: options.url ?? meta.url,
    input: options.input,
    lang: meta.lang,
  });
}
