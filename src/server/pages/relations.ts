// The relations view: actors linked by events, each link coloured by its mean cooperation–conflict score.
import type { EventRow } from '../../store/index.js';
import { html, jsonIsland, type Html } from '../html.js';
import { actorHref, layout, scoreClass } from './layout.js';

/** A graph of actors and the event links between them. */
export interface RelationGraph {
  readonly nodes: readonly { readonly id: string; readonly name: string; readonly events: number }[];
  readonly links: readonly { readonly source: string; readonly target: string; readonly events: number; readonly score: number }[];
}

/** Aggregate events into a directed graph of registry actors (events without both actors resolved are left out). */
export function relationGraph(events: readonly EventRow[]): RelationGraph {
  const nodes = new Map<string, { id: string; name: string; events: number }>();
  const links = new Map<string, { source: string; target: string; events: number; sum: number }>();
  for (const e of events) {
    const s = e.source;
    const t = e.target;
    if (!s?.actor || !t?.actor || s.actor === t.actor) continue;
    for (const r of [s, t]) {
      const n = nodes.get(r.actor!) ?? { id: r.actor!, name: r.name ?? r.text, events: 0 };
      n.events++;
      nodes.set(r.actor!, n);
    }
    const key = `${s.actor}\u0000${t.actor}`;
    const l = links.get(key) ?? { source: s.actor, target: t.actor, events: 0, sum: 0 };
    l.events++;
    l.sum += e.negated ? 0 : e.score;
    links.set(key, l);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.events - a.events),
    links: [...links.values()].map((l) => ({ source: l.source, target: l.target, events: l.events, score: Math.round((l.sum / l.events) * 10) / 10 })).sort((a, b) => b.events - a.events),
  };
}

export function relationsPage(g: RelationGraph, range: { readonly since?: string; readonly until?: string } = {}): Html {
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return layout(
    { title: 'Relations', nav: 'relations', scripts: ['vendor/echarts.min.js', 'relations.js'] },
    html`<h1>Relations</h1>
<p class="muted">Actors linked by events; links run from source to target, red for conflict, green for cooperation. Click an actor to open its page.</p>
<form class="panel row" method="get" action="/relations">
  <label>From <input type="date" name="since" value="${range.since ?? ''}"></label>
  <label>To <input type="date" name="until" value="${range.until ?? ''}"></label>
  <button type="submit">Show</button>
</form>
${g.links.length === 0 ? html`<p class="panel muted">No events between known actors yet.</p>` : html`<div class="panel chart tall" id="relations-graph" data-source="relations-data" role="img" aria-label="Relations graph"></div>${jsonIsland('relations-data', g)}`}
<table class="panel table"><thead><tr><th>Source</th><th>Target</th><th>Events</th><th>Mean score</th></tr></thead>
<tbody>${g.links.map(
      (l) => html`<tr><td><a href="${actorHref(l.source)}">${name.get(l.source) ?? l.source}</a></td><td><a href="${actorHref(l.target)}">${name.get(l.target) ?? l.target}</a></td><td>${l.events}</td><td><span class="badge ${scoreClass(l.score)}">${l.score}</span></td></tr>`,
    )}</tbody></table>`,
  );
}
