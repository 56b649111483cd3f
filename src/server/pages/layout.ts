// The page shell every web page shares: head, navigation with a search box, and the error page.
import { html, type Html, type HtmlValue } from '../html.js';

/** What a page puts in the shell. */
export interface PageOptions {
  readonly title: string;
  /** Scripts under /static/ to load (deferred, same origin; no inline script). */
  readonly scripts?: readonly string[];
  /** Which navigation entry is current. */
  readonly nav?: 'home' | 'articles' | 'stance' | 'relations' | 'analyze' | 'actors' | null;
  /** Prefill of the header search box. */
  readonly q?: string;
}

const NAV: readonly [NonNullable<PageOptions['nav']>, string, string][] = [
  ['home', '/', 'Home'],
  ['articles', '/articles', 'Articles'],
  ['actors', '/actors', 'Actors'],
  ['stance', '/stance', 'Stance'],
  ['relations', '/relations', 'Relations'],
  ['analyze', '/analyze', 'Analyze an article'],
];

/** A full HTML document. */
export function layout(options: PageOptions, body: HtmlValue): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Standpoint</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${(options.scripts ?? []).map((s) => html`<script src="/static/${s}" defer></script>\n`)}
</head>
<body>
<header class="top">
  <a class="brand" href="/">Standpoint</a>
  <nav>${NAV.map(([key, href, label]) => html`<a href="${href}"${key === options.nav ? html` aria-current="page"` : ''}>${label}</a>`)}</nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" placeholder="Search quotes and articles" value="${options.q ?? ''}" aria-label="Search quotes and articles">
    <button type="submit">Search</button>
  </form>
</header>
<main>
${body}
</main>
<footer>Standpoint · who said what, who did what to whom, and where each actor stands</footer>
</body>
</html>
`;
}

/** The page for 4xx/5xx errors on web routes. */
export function errorPage(status: number, message: string): Html {
  return layout({ title: `Error ${status}` }, html`<section class="panel error"><h1>Error ${status}</h1><p>${message}</p><p><a href="/">Back to the start page</a></p></section>`);
}

/** A `YYYY-MM-DD` date or a dash. */
export function day(d: string | null | undefined): string {
  return d ? d.slice(0, 10) : '—';
}

/** Href of a registry actor's page. */
export function actorHref(id: string): string {
  return `/actors/${encodeURIComponent(id)}`;
}

/** Href of a stored article's page. */
export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(id)}`;
}

/** CSS class for a PLOVER score: conflict, neutral or cooperation. */
export function scoreClass(score: number): string {
  return score <= -1 ? 'conflict' : score >= 1 ? 'coop' : 'neutral';
}
