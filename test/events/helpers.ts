// Test helpers: Docs over hand-written text about fictional actors, with an actors layer filled by a tiny gazetteer.
import { Doc, type Actor, type ActorKind, type PoliticalEvent } from '../../src/core/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { apply, match } from '../../src/events/index.js';

/** [alternation of names, canonical name, country, kind] */
const GAZETTEER: [string, string, string | null, ActorKind][] = [
  ['Ada Lorne|Lorne', 'Ada Lorne', 'RUR', 'person'],
  ['Tomas Vell|Vell', 'Tomas Vell', 'FRD', 'person'],
  ['Ruritania|Ruritanian|Strelsau', 'Ruritania', 'RUR', 'country'],
  ['Freedonia|Freedonian', 'Freedonia', 'FRD', 'country'],
  ['Sylvania|Sylvanian', 'Sylvania', 'SYL', 'country'],
  ['Brightwater Front', 'Brightwater Front', 'RUR', 'group'],
  ['Geneva', 'Geneva', 'CHE', 'place'],
  ['security officials', 'security officials', null, 'group'],
  ['Red Cross', 'Red Cross', null, 'organization'],
];

/** Analyse `text` through nlp, fictional actors, the given quote spans and the events stage. */
export function eventsOf(text: string, options: { published?: string; quotes?: [number, number][] } = {}): {
  events: readonly PoliticalEvent[];
  actor: (id: string | null | undefined) => string | null;
} {
  const published = options.published ?? '2031-05-16';
  const doc = new Doc({ id: 't', url: null, source: null, title: null, byline: null, published, text }, { referenceDate: published });
  nlpStage.run(doc);
  const actors: Actor[] = [];
  for (const [re, name, country, kind] of GAZETTEER) {
    const mentions = [...text.matchAll(new RegExp(`\\b(?:${re})\\b`, 'g'))].map((m) => ({
      start: m.index!, end: m.index! + m[0].length, text: m[0], how: 'name',
    }));
    if (mentions.length) {
      actors.push({ id: `a${actors.length + 1}`, name, kind, country, sector: kind === 'country' ? 'GOV' : null, title: null, mentions });
    }
  }
  doc.set('actors', actors);
  doc.set(
    'quotes',
    (options.quotes ?? []).map(([start, end], i) => ({
      id: `q${i + 1}`, kind: 'direct' as const, start, end, text: text.slice(start, end), cue: null, speaker: null,
    })),
  );
  const events = apply(doc, match(doc));
  return { events, actor: (id) => actors.find((a) => a.id === id)?.name ?? null };
}

/** A compact view of an event: "TYPE source -> target". */
export function brief(e: PoliticalEvent, actor: (id: string | null | undefined) => string | null): string {
  return `${e.type} ${actor(e.source?.actor) ?? '-'} -> ${actor(e.target?.actor) ?? '-'}`;
}
