// Hand-built articles and standpoint/v1 analyses for store tests: no tokenizer or stage involved.
import { contentId, type Article, type Modality, type PloverType } from '../../src/core/index.js';
import type { V1Output } from '../../src/contract/index.js';

type V1Actor = V1Output['actors'][number];

export interface ActorSpec {
  readonly name: string;
  readonly kind?: V1Actor['kind'];
  readonly country?: string | null;
  readonly sector?: string | null;
  readonly title?: string | null;
  /** Words of the text that refer to the actor (each must occur in the text); default the name. */
  readonly mentions?: readonly string[];
}

export interface EventSpec {
  readonly type: PloverType;
  readonly source: string;
  readonly target: string;
  readonly trigger: string;
  readonly score: number;
  readonly negated?: boolean;
  readonly modality?: Modality;
  readonly date?: string | null;
}

export interface QuoteSpec {
  readonly text: string;
  readonly speaker: string;
}

export interface ArticleSpec {
  readonly text: string;
  readonly title?: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
  readonly actors?: readonly ActorSpec[];
  readonly events?: readonly EventSpec[];
  readonly quotes?: readonly QuoteSpec[];
}

const find = (text: string, needle: string, from = 0): { start: number; end: number; text: string } => {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`test fixture: "${needle}" not in text`);
  return { start: i, end: i + needle.length, text: needle };
};

/** An Article and its analysis, with offsets computed from the text. Actors are referred to by name in specs. */
export function build(spec: ArticleSpec): { article: Article; v1: V1Output } {
  const text = spec.text;
  const article: Article = {
    id: contentId(text), url: spec.url ?? null, source: spec.source ?? null, title: spec.title ?? null, byline: null,
    published: spec.published ?? null, text, input: null,
  };
  // Sentences: split after . ! ? followed by a space.
  const sentences: { start: number; end: number }[] = [];
  let s = 0;
  for (const m of text.matchAll(/[.!?]"?(?=\s|$)/g)) {
    const end = m.index! + m[0].length;
    sentences.push({ start: s, end });
    s = end + 1;
  }
  if (s < text.length) sentences.push({ start: s, end: text.length });
  const actors: V1Actor[] = (spec.actors ?? []).map((a, i) => ({
    id: `a${i + 1}`, name: a.name, kind: a.kind ?? 'person', country: a.country ?? null, sector: a.sector ?? null, title: a.title ?? null,
    mentions: (a.mentions ?? [a.name]).map((m) => find(text, m)),
  }));
  const idOf = (name: string): string => {
    const a = actors.find((x) => x.name === name);
    if (!a) throw new Error(`test fixture: no actor "${name}"`);
    return a.id;
  };
  const mentionOf = (name: string) => {
    const a = actors.find((x) => x.name === name)!;
    return { actor: a.id, ...a.mentions[0] };
  };
  const events = (spec.events ?? []).map((e, i) => {
    const trigger = find(text, e.trigger);
    return {
      id: `e${i + 1}`, type: e.type, mode: null, negated: e.negated ?? false, modality: e.modality ?? 'asserted',
      source: mentionOf(e.source), target: mentionOf(e.target), trigger,
      sentence: Math.max(0, sentences.findIndex((x) => trigger.start >= x.start && trigger.start < x.end)),
      score: e.score, cameo: null, date: e.date === undefined ? spec.published ?? null : e.date,
    };
  });
  const quotes = (spec.quotes ?? []).map((q, i) => {
    const span = find(text, q.text);
    return { id: `q${i + 1}`, kind: 'direct' as const, ...span, cue: null, speaker: { ...mentionOf(q.speaker), actor: idOf(q.speaker) } };
  });
  const v1: V1Output = {
    schema: 'standpoint/v1', id: article.id, input: null, title: article.title, source: article.source, url: article.url,
    byline: null, published: article.published, text, sentences, actors, quotes, events,
  };
  return { article, v1 };
}
