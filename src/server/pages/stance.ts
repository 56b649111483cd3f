// The stance explorer: pick an actor and a counterpart or an issue, see the series, click a point for its evidence.
import type { ActorRow, StanceSeries } from '../../store/index.js';
import { html, jsonIsland, type Html } from '../html.js';
import { chartData } from './actor.js';
import { articleHref, day, layout } from './layout.js';

/** The explorer's form values. */
export interface StanceForm {
  readonly actor?: string;
  readonly toward?: string;
  readonly on?: string;
  readonly by?: string;
}

export function stancePage(form: StanceForm, actors: readonly ActorRow[], series: StanceSeries | null, error: string | null): Html {
  const by = form.by ?? 'week';
  return layout(
    { title: 'Stance explorer', nav: 'stance', scripts: series ? ['vendor/echarts.min.js', 'charts.js'] : [] },
    html`<h1>Stance explorer</h1>
<form class="panel row stance-form" method="get" action="/stance">
  <label>Actor <input name="actor" list="actor-names" value="${form.actor ?? ''}" required></label>
  <label>Toward actor <input name="toward" list="actor-names" value="${form.toward ?? ''}"></label>
  <label>…or on issue <input name="on" value="${form.on ?? ''}" placeholder="e.g. Ukraine war"></label>
  <label>By <select name="by">${['day', 'week', 'month'].map((b) => html`<option${b === by ? html` selected` : ''}>${b}</option>`)}</select></label>
  <button type="submit">Show</button>
  <datalist id="actor-names">${actors.map((a) => html`<option value="${a.id}">${a.name}</option>`)}</datalist>
</form>
${error ? html`<p class="panel error" role="alert">${error}</p>` : ''}
${series ? seriesView(series) : ''}`,
  );
}

function seriesView(s: StanceSeries): Html {
  const other = s.toward?.name ?? (s.issue ? `“${s.issue.query}”` : '?');
  const o = s.overall;
  return html`<section class="panel">
<h2>${s.actor.name} toward ${other}</h2>
<p class="muted">Overall ${o.score === null ? 'n/a' : o.score.toFixed(1)} on −10 (conflict) … +10 (cooperation), from ${o.events} events and ${o.quotes} quotes in ${o.stories} stories. Click a point to see its evidence.</p>
<div class="chart" id="stance-chart" data-source="stance-data" data-evidence="true" role="img" aria-label="Stance series"></div>
${jsonIsland('stance-data', chartData(`${s.actor.name} → ${other}`, [s]))}
</section>
<section class="panel" id="evidence">
<h2>Evidence by period</h2>
${s.points.filter((p) => p.evidence.length > 0).map(
  (p) => html`<details id="p-${p.period}" class="period"><summary>${p.period} (${day(p.start)} – ${day(p.end)}): ${p.score === null ? 'n/a' : p.score.toFixed(1)}, ${p.evidence.length} items</summary>
<ol>${p.evidence.map(
    (e) => html`<li class="${e.counted ? '' : 'not-counted'}"><span class="badge">${e.why}</span> “${e.text}” <a href="${articleHref(e.article)}">${e.title ?? 'article'}</a> <span class="muted">${e.outlet ?? ''} · ${day(e.date)}${e.counted ? '' : ' · copy, not counted'}</span></li>`,
  )}</ol></details>`,
)}
</section>`;
}
