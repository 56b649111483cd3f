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
  readonly weekdayOnly: boolean;
  readonly yearImplied: boolean;
}

/** Relative expressions whose day chrono implies: "earlier this week", "last month", "yesterday". */
const RELATIVE = /\b(?:this|last|next|past|previous|coming)\s+(?:week|month|year|weekend)\b|\b(?:yesterday|today|tonight|ago)\b/i;

/** A date expression with a digit, a month or a weekday name. */
const ANCHORED = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|,)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

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
  near(sentence: number, offset: number, future = false): EventDate | null {
    if (!this.#ref) return null;
    const found = this.#found(sentence);
    let best: Found | null = null;
    for (const f of found) if (!best || Math.abs(f.index - offset) < Math.abs(best.index - offset)) best = f;
    if (best) {
      let date = best.date;
      if (future && best.weekdayOnly && date < this.#fallback!) date = shiftDays(date, 7); // "will meet on Monday"
      if (future && best.yearImplied && date < this.#fallback!) date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
      return { date, how: `${best.certain ? 'text' : 'text~'}:${JSON.stringify(best.text.replace(/[\s,.;:]+$/, ""))}` };
    }
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
      if (!ANCHORED.test(r.text) && !RELATIVE.test(r.text)) continue;
      let date = new Date(y, mo - 1, d, 12);
      // News reports the past: a bare weekday after the reference date means the previous one ("on Monday").
      const weekdayOnly = r.start.isCertain('weekday') && !r.start.isCertain('day');
      if (weekdayOnly && date > this.#ref!) date = new Date(date.getTime() - 7 * 86_400_000);
      // …and a month without a year after the reference date means last year's ("in November").
      const yearImplied = !r.start.isCertain('year') && !weekdayOnly && !RELATIVE.test(r.text);
      if (yearImplied && date > this.#ref!) date = new Date(date.getFullYear() - 1, date.getMonth(), date.getDate(), 12);
      out.push({
        index: s.start + r.index,
        date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
        text: r.text,
        certain: r.start.isCertain('day') || weekdayOnly,
        weekdayOnly,
        yearImplied,
      });
    }
    this.#cache.set(sentence, out);
    return out;
  }
}

function shiftDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const t = new Date(y, m - 1, d + days, 12);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}
