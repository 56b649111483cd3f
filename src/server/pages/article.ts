// The stored article page (source, date, rewrites of the same story) and the analyze page (paste or upload).
import type { V1Output } from '../../contract/index.js';
import type { ArticleDetail, ArticleRow } from '../../store/index.js';
import { html, type Html } from '../html.js';
import { analysisView, type ActorLinks } from './analysis-view.js';
import { articleHref, day, layout } from './layout.js';

function meta(a: { source: string | null; published: string | null; byline: string | null; url: string | null }): Html {
  return html`<p class="meta">${a.source ? html`<span class="source">${a.source}</span> · ` : ''}<time>${day(a.published)}</time>${a.byline ? html` · ${a.byline}` : ''}${
    a.url && /^https?:\/\//i.test(a.url) ? html` · <a href="${a.url}" rel="noopener noreferrer nofollow">original</a>` : ''
  }</p>`;
}

/** A stored article with its analysis and the other articles of its story. */
export function articlePage(a: ArticleDetail, rewrites: readonly ArticleRow[], links: ActorLinks): Html {
  const others = rewrites.filter((r) => r.id !== a.id);
  return layout(
    { title: a.title ?? 'Article', nav: null },
    html`<h1>${a.title ?? '(untitled)'}</h1>
${meta(a)}
${a.duplicateOf ? html`<p class="note">A reworded copy of <a href="${articleHref(a.duplicateOf)}">an earlier article</a>; it counts once in stance.</p>` : ''}
${a.superseded ? html`<p class="note">A newer version of this article exists at the same address; this one is kept for the record.</p>` : ''}
${a.replaces ? html`<p class="note">Version ${a.version}; it replaces <a href="${articleHref(a.replaces)}">the previous version</a>.</p>` : ''}
${analysisView(a.analysis, links)}
<section class="panel" id="rewrites">
  <h2>Same story <small>${others.length}</small></h2>
  ${others.length === 0 ? html`<p class="muted">No other articles of this story.</p>` : ''}
  <ul>${others.map(
    (r) => html`<li><a href="${articleHref(r.id)}">${r.title ?? '(untitled)'}</a> <span class="muted">${r.source ?? ''} · ${day(r.published)}${r.duplicateOf ? ' · reworded copy' : ''}</span></li>`,
  )}</ul>
</section>`,
  );
}

/** The list of stored articles, newest first, with an outlet filter and a link to the next page. */
export function articlesPage(articles: readonly ArticleRow[], outlet: string, next: string | null): Html {
  const nextHref = next ? `/articles?${new URLSearchParams({ ...(outlet ? { outlet } : {}), cursor: next })}` : null;
  return layout(
    { title: 'Articles', nav: 'articles' },
    html`<h1>Articles</h1>
<form class="inline" method="get" action="/articles"><input name="outlet" value="${outlet}" placeholder="Outlet" aria-label="Outlet"><button type="submit">Filter</button></form>
<table class="panel table"><thead><tr><th>Title</th><th>Outlet</th><th>Published</th><th>Quotes</th><th>Events</th><th></th></tr></thead>
<tbody>${articles.map(
      (a) => html`<tr><td><a href="${articleHref(a.id)}">${a.title ?? '(untitled)'}</a></td><td>${a.source ?? ''}</td><td>${day(a.published)}</td><td>${a.quotes}</td><td>${a.events}</td><td class="muted">${a.duplicateOf ? 'reworded copy' : ''}</td></tr>`,
    )}</tbody></table>
${nextHref ? html`<p><a href="${nextHref}">More</a></p>` : ''}`,
  );
}

/** Previously entered form values. */
export interface AnalyzeForm {
  readonly text?: string;
  readonly title?: string;
  readonly source?: string;
  readonly published?: string;
}

/** The paste/upload form, and the analysis when one was posted. */
export function analyzePage(form: AnalyzeForm, result: V1Output | null, error: string | null): Html {
  return layout(
    { title: result ? `Analysis: ${result.title ?? 'article'}` : 'Analyze an article', nav: 'analyze' },
    html`<h1>Analyze an article</h1>
<form class="panel analyze-form" method="post" action="/analyze" enctype="multipart/form-data">
  <p class="muted">Paste the text or upload a .txt or .html file. Nothing is stored.</p>
  <label>Text<textarea name="text" rows="10" placeholder="Paste the article here">${form.text ?? ''}</textarea></label>
  <label>…or a file <input type="file" name="file" accept=".txt,.html,.htm,text/plain,text/html"></label>
  <div class="row">
    <label>Title <input name="title" value="${form.title ?? ''}"></label>
    <label>Source <input name="source" value="${form.source ?? ''}"></label>
    <label>Published <input name="published" type="date" value="${form.published ?? ''}"></label>
  </div>
  <button type="submit">Analyze</button>
</form>
${error ? html`<p class="panel error" role="alert">${error}</p>` : ''}
${result ? html`<section id="analysis"><h2>${result.title ?? 'Analysis'}</h2>${meta(result)}${analysisView(result)}</section>` : ''}`,
  );
}
