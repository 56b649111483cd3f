// Actor pages: the registry list, and one actor with quotes over time, events both ways and stance charts.
import type { ActorDetail, ActorRow, EventRow, QuoteRow, StanceSeries } from '../../store/index.js';
import { html, jsonIsland, type Html } from '../html.js';
import { actorHref, articleHref, day, layout, scoreClass } from './layout.js';

/** The data island the stance chart script reads. */
export interface ChartData {
  readonly title: string;
  readonly series: readonly { readonly name: string; readonly points: readonly { readonly period: string; readonly start: string; readonly score: number | null; readonly weight: number }[] }[];
}

/** Stance series → chart data. */
export function chartData(title: string, series: readonly StanceSeries[]): ChartData {
  return {
    title,
    series: series.map((s) => ({
      name: s.toward?.name ?? s.issue?.query ?? '?',
      points: s.points.map((p) => ({ period: p.period, start: p.start, score: p.score, weight: p.weight })),
    })),
  };
}

export function actorsPage(actors: readonly ActorRow[], search: string, next: string | null): Html {
  return layout(
    { title: 'Actors', nav: 'actors' },
    html`<h1>Actors</h1>
<form class="inline" method="get" action="/actors"><input type="search" name="search" value="${search}" placeholder="Name or alias" aria-label="Actor name"><button type="submit">Find</button></form>
<table class="panel table"><thead><tr><th>Name</th><th>Kind</th><th>Country</th><th>Sector</th><th>Articles</th><th>Mentions</th></tr></thead>
<tbody>${actors.map(
      (a) => html`<tr><td><a href="${actorHref(a.id)}">${a.name}</a></td><td>${a.actorKind}</td><td>${a.country ?? ''}</td><td>${a.sector ?? ''}</td><td>${a.articles}</td><td>${a.mentions}</td></tr>`,
    )}</tbody></table>
${next ? html`<p><a href="/actors?search=${encodeURIComponent(search)}&amp;cursor=${encodeURIComponent(next)}">More</a></p>` : ''}`,
  );
}

function eventLine(e: EventRow): Html {
  const side = (r: EventRow['source']) => (r ? (r.actor ? html`<a href="${actorHref(r.actor)}">${r.name ?? r.text}</a>` : html`${r.text}`) : html`?`);
  return html`<li><span class="badge ${scoreClass(e.score)}">${e.negated ? 'not ' : ''}${e.type} ${e.score}</span> ${side(e.source)} → ${side(e.target)} <span class="muted">${day(e.date)}</span><br><span class="evidence">${e.sentenceText}</span> <a href="${articleHref(e.article)}">${e.articleTitle ?? 'article'}</a></li>`;
}

function moreLink(total: number, shown: number, href: string): Html | string {
  return total > shown ? html`<p class="muted">${shown} of ${total} shown · <a href="${href}">all as JSON</a></p>` : '';
}

/** One actor. */
export function actorPage(
  a: ActorDetail,
  quotes: readonly QuoteRow[],
  asSource: readonly EventRow[],
  asTarget: readonly EventRow[],
  stance: readonly StanceSeries[],
): Html {
  const facts: [string, string | null][] = [
    ['Kind', a.actorKind],
    ['Country', a.country],
    ['Sector', a.sector],
    ['Title', a.title],
    ['Seen', a.firstSeen ? `${day(a.firstSeen)} – ${day(a.lastSeen)}` : null],
    ['Articles', String(a.articles)],
    ['Quotes', String(a.quotes)],
    ['Events', `${a.eventsAsSource} as source, ${a.eventsAsTarget} as target`],
  ];
  const byMonth = new Map<string, number>();
  for (const q of quotes) if (q.published) byMonth.set(q.published.slice(0, 7), (byMonth.get(q.published.slice(0, 7)) ?? 0) + 1);
  return layout(
    { title: a.name, nav: 'actors', scripts: ['vendor/echarts.min.js', 'charts.js'] },
    html`<h1>${a.name}</h1>
<div class="columns">
<section class="panel">
  <dl class="facts">${facts.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
  ${a.aliases.length ? html`<p><strong>Also called</strong> ${a.aliases.join(', ')}</p>` : ''}
</section>
<section class="panel">
  <h2>Stance toward the actors it deals with most</h2>
  ${stance.length === 0 ? html`<p class="muted" id="no-stance">No events with other actors yet, so no stance series.</p>` : html`<div class="chart" id="stance-chart" data-source="stance-data" role="img" aria-label="Stance over time"></div>${jsonIsland('stance-data', chartData(`${a.name}: stance`, stance))}
  <ul class="muted">${stance.map((s) => html`<li><a href="/stance?actor=${encodeURIComponent(a.id)}&amp;toward=${encodeURIComponent(s.toward?.id ?? '')}">${s.toward?.name ?? '?'}</a>: overall ${s.overall.score === null ? 'n/a' : s.overall.score.toFixed(1)} from ${s.overall.events} events and ${s.overall.quotes} quotes in ${s.overall.stories} stories</li>`)}</ul>`}
</section>
</div>
<section class="panel">
  <h2>Quotes <small>${a.quotes}</small></h2>
  ${quotes.length > a.quotes ? html`<p class="muted">Listed with the quotes of its officials and spokespeople (${quotes.length}).</p>` : ''}
  ${byMonth.size ? html`<div class="chart short" id="quotes-chart" data-source="quotes-data" role="img" aria-label="Quotes by month"></div>${jsonIsland('quotes-data', { kind: 'bars', title: 'Quotes by month', labels: [...byMonth.keys()].sort(), values: [...byMonth.keys()].sort().map((m) => byMonth.get(m) ?? 0) })}` : ''}
  ${quotes.length === 0 ? html`<p class="muted">No quotes.</p>` : ''}
  <ol class="quote-list">${quotes.map(
    (q) => html`<li><span class="muted">${day(q.published)}</span> “${q.text}” <a href="${articleHref(q.article)}#quote-${q.id.split(':').pop() ?? ''}">${q.articleTitle ?? 'article'}</a></li>`,
  )}</ol>
</section>
<div class="columns">
<section class="panel"><h2>Events as source <small>${a.eventsAsSource}</small></h2><ol class="event-list">${asSource.map(eventLine)}</ol>${moreLink(a.eventsAsSource, asSource.length, `/api/v1/events?source=${encodeURIComponent(a.id)}`)}</section>
<section class="panel"><h2>Events as target <small>${a.eventsAsTarget}</small></h2><ol class="event-list">${asTarget.map(eventLine)}</ol>${moreLink(a.eventsAsTarget, asTarget.length, `/api/v1/events?target=${encodeURIComponent(a.id)}`)}</section>
</div>`,
  );
}
