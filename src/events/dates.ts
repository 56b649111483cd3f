// Event dates: chrono-node over each sentence, resolved against the article date, with the publication date as fallback.
import * as chrono from 'chrono-node';
import type { Doc } from '../core/index.js';

/** A resolved date and how it was found: `text:"on Friday"`, `text~:"in November"` (day implied) or `published`. */
export interface EventDate {
  readonly date: string;
  readonly how: string;
}

interface Found {
  readonly index: number;
  readonly date: string;
  readonly text: string;
  readonly certain: boolean;
}

/** Relative expressions whose day chrono implies: "earlier this week", "last month", "yesterday". */
const RELATIVE = /\b(?:this|last|next|past|previous|coming)\s+(?:week|month|year|weekend)\b|\b(?:yesterday|today|tonight|ago)\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Parse `YYYY-MM-DD` (or a full ISO timestamp) as local noon, so that weekday arithmetic cannot slip a day. */
export function referenceInstant(ref: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref ?? '');
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0);
}

/** Per-document date resolver; parses a sentence only when an event in it asks. */
export class SentenceDates {
  readonly #doc: Doc;
  readonly #ref: Date | null;
  readonly #fallback: string | null;
  readonly #cache = new Map<number, Found[]>();

  constructor(doc: Doc) {
    this.#doc = doc;
    const ref = (doc.context.referenceDate as string | null | undefined) ?? doc.article.published;
    this.#ref = referenceInstant(ref);
    this.#fallback = this.#ref ? `${this.#ref.getFullYear()}-${pad(this.#ref.getMonth() + 1)}-${pad(this.#ref.getDate())}` : null;
  }

  /** The date expression in the sentence nearest to a character offset, else the publication date. */
  near(sentence: number, offset: number): EventDate | null {
    if (!this.#ref) return null;
    const found = this.#found(sentence);
    let best: Found | null = null;
    for (const f of found) if (!best || Math.abs(f.index - offset) < Math.abs(best.index - offset)) best = f;
    if (best) return { date: best.date, how: `${best.certain ? 'text' : 'text~'}:${JSON.stringify(best.text)}` };
    return this.#fallback ? { date: this.#fallback, how: 'published' } : null;
  }

  #found(sentence: number): Found[] {
    const hit = this.#cache.get(sentence);
    if (hit) return hit;
    const s = this.#doc.get('sentences')[sentence]!;
    const text = this.#doc.text.slice(s.start, s.end);
    const out: Found[] = [];
    for (const r of chrono.parse(text, { instant: this.#ref! }, { forwardDate: false })) {
      const y = r.start.get('year');
      const mo = r.start.get('month');
      const d = r.start.get('day');
      if (y === null || mo === null || d === null) continue;
      // A bare time ("at 5 p.m.") says nothing about the day.
      if (!r.start.isCertain('day') && !r.start.isCertain('month') && !r.start.isCertain('weekday') && !RELATIVE.test(r.text)) continue;
      out.push({ index: s.start + r.index, date: `${y}-${pad(mo)}-${pad(d)}`, text: r.text, certain: r.start.isCertain('day') || r.start.isCertain('weekday') });
    }
    this.#cache.set(sentence, out);
    return out;
  }
}
