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

/** A casual English chrono without the time-of-day and time-zone machinery that event dates never need. */
const DROP = /Time(Expression|Unit(Within|Later))|CasualTime|Timezone|MergeDateTime/;
const dateParser = ((): chrono.Chrono => {
  const cfg = chrono.en.configuration.createCasualConfiguration(false);
  return new chrono.Chrono({
    parsers: cfg.parsers.filter((p) => !DROP.test(p.constructor.name)),
    refiners: cfg.refiners.filter((r) => !DROP.test(r.constructor.name)),
  });
})();

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const BARE_DAY = /\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)\b/i;

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
  /** Per sentence: its cue windows, each parsed (to its dates) on first need. */
  readonly #windows = new Map<number, { from: number; to: number; found: Found[] | null }[]>();

  constructor(doc: Doc) {
    this.#doc = doc;
    const ref = (doc.context.referenceDate as string | null | undefined) ?? doc.article.published;
    this.#ref = referenceInstant(ref);
    this.#fallback = this.#ref ? `${this.#ref.getFullYear()}-${pad(this.#ref.getMonth() + 1)}-${pad(this.#ref.getDate())}` : null;
  }

  /** The date expression in the sentence nearest to a character offset, else the publication date. */
  near(sentence: number, offset: number, future = false): EventDate | null {
    if (!this.#ref) return null;
    // Windows nearest the event first; a farther window is parsed only when the nearer ones hold no date.
    const windows = [...this.#windowsOf(sentence)].sort(
      (a, b) => distance(a.from, a.to, offset) - distance(b.from, b.to, offset),
    );
    let best: Found | null = null;
    for (const w of windows) {
      if (best && distance(w.from, w.to, offset) > Math.abs(best.index - offset)) break;
      w.found ??= this.#datesIn(w.from, w.to);
      for (const f of w.found) if (!best || Math.abs(f.index - offset) < Math.abs(best.index - offset)) best = f;
    }
    if (best) {
      let date = best.date;
      if (future && best.weekdayOnly && date < this.#fallback!) date = shiftDays(date, 7); // "will meet on Monday"
      if (future && best.yearImplied && date < this.#fallback!) date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
      return { date, how: `${best.certain ? 'text' : 'text~'}:${JSON.stringify(best.text.replace(/[\s,.;:]+$/, ""))}` };
    }
    return this.#fallback ? { date: this.#fallback, how: 'published' } : null;
  }

  #windowsOf(sentence: number): { from: number; to: number; found: Found[] | null }[] {
    let ws = this.#windows.get(sentence);
    if (!ws) {
      const s = this.#doc.get('sentences')[sentence]!;
      // chrono runs every parser over its input, so it only sees short windows around words that can anchor a date.
      ws = cueWindows(this.#doc.text, s.start, s.end).map(([from, to]) => ({ from, to, found: null }));
      this.#windows.set(sentence, ws);
    }
    return ws;
  }

  #datesIn(from: number, to: number): Found[] {
    const out: Found[] = [];
    const text = this.#doc.text.slice(from, to);
    if (!this.#bareDay(text, from, out)) this.#parse(text, from, out);
    return out;
  }

  /**
   * Fast path for the commonest news dates, a bare weekday ("on Monday") or today/yesterday, resolved as chrono does
   * (the latest such day on or before the reference date). False when the window holds anything else.
   */
  #bareDay(text: string, offset: number, out: Found[]): boolean {
    if (/\d|\b(?:last|next|this|coming|past|previous|early|late|mid|week|month|year|ago|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) return false;
    const m = BARE_DAY.exec(text);
    if (!m) return false;
    const word = m[1]!.toLowerCase();
    const ref = this.#ref!;
    let back = 0;
    if (word === 'yesterday') back = 1;
    else if (word !== 'today' && word !== 'tonight') back = (ref.getDay() - WEEKDAYS.indexOf(word.slice(0, 3)) + 7) % 7;
    const date = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() - back, 12);
    const weekdayOnly = back > 0 || (word !== 'today' && word !== 'tonight' && word !== 'yesterday');
    out.push({
      index: offset + m.index,
      date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
      text: m[0],
      certain: true,
      weekdayOnly: weekdayOnly && word !== 'yesterday',
      yearImplied: false,
    });
    return true;
  }

  #parse(text: string, offset: number, out: Found[]): void {
    for (const r of dateParser.parse(text, { instant: this.#ref! }, { forwardDate: false })) {
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
      if (out.some((f) => f.index === offset + r.index)) continue;
      out.push({
        index: offset + r.index,
        date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
        text: r.text,
        certain: r.start.isCertain('day') || weekdayOnly,
        weekdayOnly,
        yearImplied,
      });
    }
  }
}

/** Words that can anchor a date expression. */
const CUE = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:week|weekend|month|year|yesterday|today|tonight|ago)\b/gi;

/** Merged character windows [from, to) around date cues in [start, end): two words before a cue, three after. */
function cueWindows(text: string, start: number, end: number): [number, number][] {
  const windows: [number, number][] = [];
  const slice = text.slice(start, end);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(slice); m; m = CUE.exec(slice)) {
    const from = wordsBack(text, start + m.index, start, 2);
    const to = wordsForward(text, start + m.index + m[0].length, end, 3);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function wordsBack(text: string, i: number, limit: number, words: number): number {
  while (i > limit && /\S/.test(text[i - 1]!)) i--; // to the start of the cue's word
  for (let w = 0; w < words && i > limit; w++) {
    while (i > limit && /\s/.test(text[i - 1]!)) i--;
    while (i > limit && /\S/.test(text[i - 1]!)) i--;
  }
  return i;
}

function wordsForward(text: string, i: number, limit: number, words: number): number {
  while (i < limit && /\S/.test(text[i]!)) i++;
  for (let w = 0; w < words && i < limit; w++) {
    while (i < limit && /\s/.test(text[i]!)) i++;
    while (i < limit && /\S/.test(text[i]!)) i++;
  }
  return i;
}

function shiftDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const t = new Date(y, m - 1, d + days, 12);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** Distance from an offset to a window [from, to). */
function distance(from: number, to: number, offset: number): number {
  return offset < from ? from - offset : offset >= to ? offset - to + 1 : 0;
}
