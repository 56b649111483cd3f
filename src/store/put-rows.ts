// What the store drivers write for one article, computed once: its key fields and its quote and event records.
import type { Article } from '../core/index.js';
import type { V1Output } from '../contract/index.js';

/** An article's id, publication day, URL and outlet, from its analysis first and its input second. */
export function articleKeys(article: Article, v1: V1Output): { id: string; published: string | null; url: string | null; outlet: string | null } {
  return {
    id: v1.id || article.id,
    published: (v1.published ?? article.published)?.slice(0, 10) ?? null,
    url: v1.url ?? article.url ?? null,
    outlet: v1.source ?? article.source ?? null,
  };
}

/** The index of the sentence holding a character offset, or null. */
export function sentenceAt(v1: V1Output, offset: number): number | null {
  const i = v1.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? null : i;
}

/** One quote as stored (columns of `quotes` but the article's sequence). */
export interface QuoteRecord {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number | null;
  readonly cue: string | null;
  readonly speaker_actor: string | null;
  readonly speaker_text: string | null;
}

/** The article's quotes as stored, speakers as registry ids (`local` maps the article's actor ids to them). */
export function quoteRecords(v1: V1Output, id: string, local: ReadonlyMap<string, string>): QuoteRecord[] {
  return v1.quotes.map((q) => ({
    id: `${id}:${q.id}`, kind: q.kind, text: q.text, start: q.start, end: q.end, sentence: sentenceAt(v1, q.start), cue: q.cue?.text ?? null,
    speaker_actor: q.speaker?.actor ? local.get(q.speaker.actor) ?? null : null, speaker_text: q.speaker?.text ?? null,
  }));
}

/** One event as stored (columns of `events` but the article's sequence). */
export interface EventRecord {
  readonly id: string;
  readonly type: string;
  readonly mode: string | null;
  readonly negated: boolean;
  readonly modality: string;
  readonly score: number;
  readonly cameo: string | null;
  readonly source_actor: string | null;
  readonly source_text: string | null;
  readonly target_actor: string | null;
  readonly target_text: string | null;
  readonly trigger: string;
  readonly sentence: number;
  readonly sentence_text: string;
  readonly date: string | null;
}

/** The article's events as stored: actors as registry ids, the sentence's text, the date (else the publication day). */
export function eventRecords(v1: V1Output, id: string, text: string, published: string | null, local: ReadonlyMap<string, string>): EventRecord[] {
  return v1.events.map((e) => {
    const s = v1.sentences[e.sentence];
    return {
      id: `${id}:${e.id}`, type: e.type, mode: e.mode, negated: e.negated, modality: e.modality, score: e.score, cameo: e.cameo,
      source_actor: e.source?.actor ? local.get(e.source.actor) ?? null : null, source_text: e.source?.text ?? null,
      target_actor: e.target?.actor ? local.get(e.target.actor) ?? null : null, target_text: e.target?.text ?? null,
      trigger: e.trigger.text, sentence: e.sentence, sentence_text: s ? text.slice(s.start, s.end) : '', date: e.date ?? published,
    };
  });
}
