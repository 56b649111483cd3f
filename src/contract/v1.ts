// Serializing a Doc to `standpoint/v1`. Change this shape only by adding fields.
import type { Actor, Doc, PoliticalEvent, Quote } from '../core/index.js';

export const SCHEMA = 'standpoint/v1';

export interface V1Output {
  schema: typeof SCHEMA;
  id: string;
  input: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  sentences: { start: number; end: number }[];
  actors: V1Actor[];
  quotes: V1Quote[];
  events: V1Event[];
}

export interface V1Actor {
  id: string;
  name: string;
  kind: Actor['kind'];
  country: string | null;
  sector: string | null;
  title: string | null;
  mentions: { start: number; end: number; text: string }[];
}

export type V1Quote = Omit<Quote, 'why'> & { why?: string };
export type V1Event = Omit<PoliticalEvent, 'why'> & { why?: string };

export interface V1Options {
  /** Include `why` on quotes and events. */
  readonly explain?: boolean;
}

/** The contract object for one analyzed document. */
export function toV1(doc: Doc, options: V1Options = {}): V1Output {
  const a = doc.article;
  const explain = options.explain ?? false;
  return {
    schema: SCHEMA,
    id: a.id,
    input: a.input ?? null,
    title: a.title,
    source: a.source,
    url: a.url,
    byline: a.byline,
    published: a.published,
    text: a.text,
    sentences: doc.maybe('sentences', []).map((s) => ({ start: s.start, end: s.end })),
    actors: doc.maybe('actors', []).map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind,
      country: x.country,
      sector: x.sector,
      title: x.title,
      mentions: x.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    })),
    quotes: doc.maybe('quotes', []).map((q) => pick(q, explain)),
    events: doc.maybe('events', []).map((e) => pick(e, explain)),
  };
}

function pick<T extends { why?: string }>(x: T, explain: boolean): T {
  if (explain || x.why === undefined) return x;
  const { why: _why, ...rest } = x;
  return rest as T;
}
