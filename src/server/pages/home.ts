// Home (search box, recent stories, most active actors, latest articles) and the search results page.
import type { ActorRow, ArticleRow, SearchHit, StoryRow } from '../../store/index.js';
import { html, markedSnippet, type Html } from '../html.js';
import { actorHref, articleHref, day, layout } from './layout.js';

/** What the home page shows. */
export interface HomeData {
  readonly stories: readonly StoryRow[];
  readonly actors: readonly ActorRow[];
  readonly articles: readonly ArticleRow[];
  readonly stats: { readonly articles: number; readonly quotes: number; readonly events: number; readonly actors: number } | null;
}

export function homePage(d: HomeData): Html {
  return layout(
    { title: 'Home', nav: 'home' },
    html`<section class="hero panel">
  <h1>Who said what, who did what to whom, and where each actor stands</h1>
  <form class="big-search" action="/search" method="get" role="search">
    <input type="search" name="q" id="home-q" placeholder="Search quotes and articles, e.g. sanctions" aria-label="Search" required>
    <button type="submit">Search</button>
  </form>
  ${d.stats ? html`<p class="muted">${d.stats.articles} articles · ${d.stats.quotes} quotes · ${d.stats.events} events · ${d.stats.actors} actors</p>` : html`<p class="muted">No store is open: start with <code>standpoint serve --db FILE</code>. <a href="/analyze">Analyze an article</a> still works.</p>`}
</section>
<div class="columns">
<section class="panel">
  <h2>Recent stories</h2>
  ${d.stories.length === 0 ? html`<p class="muted">No stories yet.</p>` : ''}
  <ul class="stories">${d.stories.map(
    (s) => html`<li><a href="${articleHref(s.articleIds[0] ?? '')}">${s.title ?? '(untitled)'}</a><br><span class="muted">${day(s.lastPublished)} · ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.independent} independent, ${s.outlets} outlet${s.outlets === 1 ? '' : 's'}</span></li>`,
  )}</ul>
</section>
<section class="panel">
  <h2>Most active actors</h2>
  <ul class="chips">${d.actors.map((a) => html`<li><a href="${actorHref(a.id)}">${a.name}</a> <span class="muted">${a.mentions}</span></li>`)}</ul>
  <h2>Latest articles</h2>
  <ul class="articles">${d.articles.map(
    (a) => html`<li><a href="${articleHref(a.id)}">${a.title ?? '(untitled)'}</a> <span class="muted">${a.source ?? ''} · ${day(a.published)}</span></li>`,
  )}</ul>
</section>
</div>`,
  );
}

export function searchPage(q: string, hits: readonly SearchHit[]): Html {
  const quotes = hits.filter((h) => h.kind === 'quote');
  const articles = hits.filter((h) => h.kind === 'article');
  return layout(
    { title: `Search: ${q}`, nav: null, q },
    html`<h1>Search: “${q}”</h1>
<div class="columns">
<section class="panel" id="quote-hits">
  <h2>Quotes <small>${quotes.length}</small></h2>
  ${quotes.length === 0 ? html`<p class="muted">No quotes match.</p>` : ''}
  <ol class="hits">${quotes.map((h) =>
    h.kind === 'quote'
      ? html`<li class="hit"><span class="speaker">${h.speaker ? (h.speaker.actor ? html`<a href="${actorHref(h.speaker.actor)}">${h.speaker.name ?? h.speaker.text}</a>` : h.speaker.text) : 'unattributed'}</span>: “${markedSnippet(h.snippet)}”<br><a href="${articleHref(h.article)}#quote-${h.quote.split(':').pop() ?? ''}">${h.title ?? '(untitled)'}</a> <span class="muted">${day(h.published)}</span></li>`
      : '',
  )}</ol>
</section>
<section class="panel" id="article-hits">
  <h2>Articles <small>${articles.length}</small></h2>
  ${articles.length === 0 ? html`<p class="muted">No articles match.</p>` : ''}
  <ol class="hits">${articles.map(
    (h) => html`<li class="hit"><a href="${articleHref(h.article)}">${h.title ?? '(untitled)'}</a> <span class="muted">${day(h.published)}</span><br>${markedSnippet(h.snippet)}</li>`,
  )}</ol>
</section>
</div>`,
  );
}
