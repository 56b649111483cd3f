// The article view: clean text with actors, quotes (speaker shown) and event triggers highlighted, and a side panel.
import type { V1Output } from '../../contract/index.js';
import { html, join, type Html } from '../html.js';
import { scoreClass } from './layout.js';

/** Links from the article's local actor ids (`a1`) to registry pages, when known. */
export type ActorLinks = ReadonlyMap<string, string>;

interface Span {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
  readonly title?: string;
}

/** The name shown for a quote's speaker. */
export function speakerName(v1: V1Output, q: V1Output['quotes'][number]): string {
  if (!q.speaker) return 'unattributed';
  const actor = q.speaker.actor ? v1.actors.find((a) => a.id === q.speaker!.actor) : undefined;
  return actor?.name ?? q.speaker.text;
}

/**
 * Highlight spans over the text without nesting problems: the text is cut at every span boundary and each piece
 * gets the classes of the spans covering it. Every piece of text is escaped.
 */
export function highlightText(text: string, spans: readonly Span[], badges: ReadonlyMap<number, Html[]> = new Map()): Html {
  const n = text.length;
  const valid = spans.filter((s) => s.start >= 0 && s.end <= n && s.start < s.end);
  const cuts = new Set<number>([0, n, ...badges.keys()]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= n).sort((a, b) => a - b);
  const opens = new Map<number, Span[]>();
  for (const s of valid) {
    const list = opens.get(s.start) ?? [];
    list.push(s);
    opens.set(s.start, list);
  }
  const active: Span[] = [];
  const out: Html[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const at = points[i];
    const next = points[i + 1];
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= at) active.splice(k, 1);
    active.push(...(opens.get(at) ?? []));
    for (const b of badges.get(at) ?? []) out.push(b);
    const piece = text.slice(at, next);
    if (active.length === 0) {
      out.push(html`${piece}`);
      continue;
    }
    const cls = [...new Set(active.map((s) => s.cls))].join(' ');
    const title = active.map((s) => s.title).filter(Boolean).join(' · ');
    out.push(title ? html`<span class="${cls}" title="${title}">${piece}</span>` : html`<span class="${cls}">${piece}</span>`);
  }
  return join(out);
}

/** Spans and badges for one analysis. */
function marks(v1: V1Output): { spans: Span[]; badges: Map<number, Html[]> } {
  const spans: Span[] = [];
  for (const a of v1.actors) {
    for (const m of a.mentions) spans.push({ start: m.start, end: m.end, cls: 'm-actor', title: `${a.name} (${a.kind}${a.country ? ', ' + a.country : ''})` });
  }
  const badges = new Map<number, Html[]>();
  for (const q of v1.quotes) {
    const who = speakerName(v1, q);
    spans.push({ start: q.start, end: q.end, cls: `q q-${q.kind}`, title: `${q.kind} quote · ${who}` });
    if (q.speaker && q.speaker.end > q.speaker.start) spans.push({ start: q.speaker.start, end: q.speaker.end, cls: 'm-speaker', title: `speaker of ${q.id}` });
    if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, cls: 'cue' });
    const list = badges.get(q.start) ?? [];
    list.push(html`<span class="who" id="quote-${q.id}" data-quote="${q.id}">${who}</span>`);
    badges.set(q.start, list);
  }
  for (const e of v1.events) {
    spans.push({ start: e.trigger.start, end: e.trigger.end, cls: `ev ev-${scoreClass(e.score)}`, title: `${e.negated ? 'not ' : ''}${e.type}${e.mode ? ':' + e.mode : ''} (${e.score})` });
  }
  return { spans, badges };
}

function actorLabel(v1: V1Output, id: string | null | undefined, fallback: string, links: ActorLinks): Html {
  const actor = id ? v1.actors.find((a) => a.id === id) : undefined;
  const name = actor?.name ?? fallback;
  const href = id ? links.get(id) : undefined;
  return href ? html`<a href="${href}">${name}</a>` : html`${name}`;
}

/** The highlighted body and the side panel for one analysis. */
export function analysisView(v1: V1Output, links: ActorLinks = new Map()): Html {
  const { spans, badges } = marks(v1);
  const body = highlightText(v1.text, spans, badges);
  const actors = [...v1.actors].sort((a, b) => b.mentions.length - a.mentions.length);
  return html`<div class="article-grid">
<article class="panel article-text" id="article-text">${body}</article>
<aside class="panel side">
  <p class="legend"><span class="m-actor">actor</span> <span class="q q-direct">quote</span> <span class="who">speaker</span> <span class="ev ev-conflict">conflict</span> <span class="ev ev-coop">cooperation</span></p>
  <h2>Quotes <small>${v1.quotes.length}</small></h2>
  ${v1.quotes.length === 0 ? html`<p class="muted">No quotes found.</p>` : ''}
  <ol class="quote-list">${v1.quotes.map(
    (q) => html`<li class="quote-item"><span class="speaker">${q.speaker ? actorLabel(v1, q.speaker.actor, q.speaker.text, links) : 'unattributed'}</span> <span class="kind">${q.kind}</span><br><a class="quote-text" href="#quote-${q.id}">“${q.text}”</a></li>`,
  )}</ol>
  <h2>Events <small>${v1.events.length}</small></h2>
  ${v1.events.length === 0 ? html`<p class="muted">No events found.</p>` : ''}
  <ol class="event-list">${v1.events.map(
    (e) => html`<li class="event-item"><span class="badge ${scoreClass(e.score)}">${e.negated ? 'not ' : ''}${e.type}${e.mode ? ':' + e.mode : ''} ${e.score}</span> ${e.source ? actorLabel(v1, e.source.actor, e.source.text, links) : '?'} → ${e.target ? actorLabel(v1, e.target.actor, e.target.text, links) : '?'} <span class="muted">“${e.trigger.text}”${e.modality !== 'asserted' ? ' · ' + e.modality : ''}${e.date ? ' · ' + e.date : ''}</span></li>`,
  )}</ol>
  <h2>Actors <small>${v1.actors.length}</small></h2>
  ${v1.actors.length === 0 ? html`<p class="muted">No actors found.</p>` : ''}
  <ul class="actor-list">${actors.map(
    (a) => html`<li>${actorLabel(v1, a.id, a.name, links)} <span class="muted">${[a.kind, a.country, a.sector, a.title].filter(Boolean).join(' · ')} · ${a.mentions.length}×</span></li>`,
  )}</ul>
</aside>
</div>`;
}
