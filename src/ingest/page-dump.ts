// Plain-text page dumps: move a breadcrumb, repeated title lines and Source/By/date lines at the top into metadata.

export interface PageDump {
  readonly title: string | null;
  readonly source: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  /** Offset in the raw text where the body starts. */
  readonly bodyStart: number;
}

const BREADCRUMB_WORDS = new Set([
  'home', 'news', 'world', 'politics', 'business', 'us', 'u.s.', 'uk', 'europe', 'asia', 'africa', 'americas',
  'middle', 'east', 'opinion', 'sport', 'sports', 'tech', 'technology', 'science', 'health', 'local', 'national',
  'international', 'latest', 'top', 'stories', 'china', 'russia', 'ukraine', 'economy', 'markets', 'breaking',
  'nation', 'culture', 'entertainment', 'video', 'videos', 'live', '>', '»', '/', '|', '›', '-', '–',
]);
const SOURCE_LINE = /^(?:source|from|publisher|published by|via)\s*[:\-–]\s*(.+?)\s*$/i;
const BYLINE_LINE = /^(?:by|written by|author)\s*[:\-–]?\s+(.{2,120}?)\s*$/i;
const DATE_LINE =
  /^(?:(?:published|updated|posted|date)\s*[:\-–]?\s*)?((?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:.*)?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}(?:.*)?)$/i;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Lines with their offsets. */
function lines(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ text: text.slice(start, end), start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

const CRUMB_SEP = /\s*[>»›]\s*|\s+[/|]\s+/;

/**
 * A breadcrumb: a short line that is a run of navigation words followed by the title, or by nothing; or a
 * separated trail ("Home > Culture > Books > <title>") whose steps are one to three words.
 */
function breadcrumbTitle(line: string, title: string | null): string | null | undefined {
  const steps = line.trim().split(CRUMB_SEP).filter((x) => x !== '');
  if (steps.length >= 3 || (steps.length === 2 && BREADCRUMB_WORDS.has(steps[0].toLowerCase()))) {
    const head = steps.slice(0, -1);
    if (head.every((h) => h.split(/\s+/).length <= 3 && /^[\p{Lu}\p{N}]/u.test(h) || BREADCRUMB_WORDS.has(h.toLowerCase()))) {
      const last = steps[steps.length - 1];
      if (title && norm(last) !== norm(title) && last.split(/\s+/).length <= 3) return null;
      return last.split(/\s+/).length <= 3 && !title ? null : last;
    }
  }
  const words = line.trim().split(/\s+/);
  let i = 0;
  while (i < words.length && BREADCRUMB_WORDS.has(words[i].toLowerCase())) i++;
  if (i === 0) return undefined;
  const rest = words.slice(i).join(' ');
  if (rest === '') return null;
  if (title && norm(rest) === norm(title)) return rest;
  // "Home News <Title>" with the first word "Home" is a breadcrumb even before the title is known.
  if (words[0].toLowerCase() === 'home' && i >= 1) return rest;
  return undefined;
}

const MAX_HEADER_LINES = 12;

/**
 * A header line of parts split by `|`, `·` or `•` ("Ostrava Daily | June 16, 2024", "By Ana Ruiz · 4 March 2024"):
 * every part is a date, a "By" line, or a short capitalized name (the outlet), and one part is a date or a byline.
 */
function metaLine(t: string): { published: string | null; byline: string | null; source: string | null } | null {
  if (t.length > 140) return null;
  const parts = t.split(/\s+[|·•]\s+/).map((x) => x.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let published: string | null = null;
  let byline: string | null = null;
  let source: string | null = null;
  for (const part of parts) {
    let m: RegExpMatchArray | null;
    if ((m = part.match(DATE_LINE))) published = toIsoDate(m[1]);
    else if ((m = part.match(BYLINE_LINE)) && /^\p{Lu}/u.test(m[1])) byline = m[1];
    else if (/^\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?(\s+[A-Z]{2,4})?$/i.test(part)) continue;
    else if (part.split(/\s+/).length <= 5 && /^[\p{Lu}\p{N}]/u.test(part) && !/[.!?]$/.test(part)) source = source ?? part;
    else return null;
  }
  return published || byline ? { published, byline, source } : null;
}

/** A line that could be a headline: short, capitalized, with no sentence's end. */
function headlineLike(t: string): boolean {
  return t.length < 150 && /^[\p{Lu}\d"“‘']/u.test(t) && !/[.!?:;,]["”’)]?$/.test(t);
}

/** A "Source:", "By" or date line of a page's header. */
function metaHeaderLine(t: string): boolean {
  return (SOURCE_LINE.test(t) && t.length < 120) || (BYLINE_LINE.test(t) && t.length < 120) || (DATE_LINE.test(t) && t.length < 80) || metaLine(t) !== null;
}

/**
 * Read the header block of a page dump. Only lines before the first long paragraph are considered,
 * so a body that merely mentions "Source:" is left alone.
 */
export function parsePageDump(raw: string): PageDump {
  const ls = lines(raw);
  let title: string | null = null;
  let source: string | null = null;
  let byline: string | null = null;
  let published: string | null = null;
  let bodyStart = 0;
  let seen = 0;
  /** Whether the title so far is a breadcrumb's tail, which the page's own headline may still replace. */
  let titleFromCrumb = false;

  // The title is the first non-empty line that appears twice, or the first short line followed by its repeat.
  const nonEmpty = ls.filter((l) => l.text.trim() !== '').slice(0, MAX_HEADER_LINES);
  const counts = new Map<string, number>();
  for (const l of nonEmpty) counts.set(norm(l.text), (counts.get(norm(l.text)) ?? 0) + 1);
  for (const l of nonEmpty) {
    const t = l.text.trim();
    if ((counts.get(norm(t)) ?? 0) >= 2 && t.length < 300 && !/[.!?]["”’]?$/.test(t)) {
      title = t;
      break;
    }
  }
  if (!title) {
    // A breadcrumb whose tail is repeated by the next line: "Home News X" then "X".
    for (let k = 0; k + 1 < nonEmpty.length; k++) {
      const a = nonEmpty[k].text.trim();
      const b = nonEmpty[k + 1].text.trim();
      if (b.length > 0 && b.length < 300 && norm(a).endsWith(norm(b)) && norm(a) !== norm(b)) {
        title = b;
        break;
      }
    }
  }

  // Otherwise a short first line without sentence punctuation, followed by more text, is a headline.
  if (!title && nonEmpty.length > 1) {
    const first = nonEmpty[0].text.trim();
    if (first.length < 150 && !/[.!?:;,]["”’)]?$/.test(first) && /^[\p{Lu}\d"“‘']/u.test(first) && breadcrumbTitle(first, null) === undefined) {
      title = first;
    }
  }

  for (const l of ls) {
    const t = l.text.trim();
    if (seen >= MAX_HEADER_LINES) break;
    if (t === '') {
      bodyStart = l.end + 1;
      continue;
    }
    seen++;
    let m: RegExpMatchArray | null;
    if (title && norm(t) === norm(title)) {
      bodyStart = l.end + 1;
      continue;
    }
    const crumb = breadcrumbTitle(t, title);
    if (crumb !== undefined && (seen === 1 || crumb === null)) {
      if (!title && crumb) {
        title = crumb;
        titleFromCrumb = true;
      }
      bodyStart = l.end + 1;
      continue;
    }
    if ((m = t.match(SOURCE_LINE)) && t.length < 120) {
      source = m[1];
      bodyStart = l.end + 1;
      continue;
    }
    if ((m = t.match(BYLINE_LINE)) && t.length < 120 && /^[A-Z]/.test(m[1])) {
      byline = m[1];
      bodyStart = l.end + 1;
      continue;
    }
    const meta = metaLine(t);
    if (meta) {
      published = meta.published ?? published;
      byline = meta.byline ?? byline;
      source = source ?? meta.source;
      bodyStart = l.end + 1;
      continue;
    }
    if ((m = t.match(DATE_LINE)) && t.length < 80) {
      published = toIsoDate(m[1]);
      bodyStart = l.end + 1;
      continue;
    }
    // ("Home > World > <tail>", then the page's own headline, then "Source: …": the headline is the title, even
    // where it words the story otherwise than the breadcrumb's tail, or where the tail is a section's name, "Asia".)
    const next = ls.slice(ls.indexOf(l) + 1).find((x) => x.text.trim() !== '');
    if ((titleFromCrumb || !title) && headlineLike(t) && next && metaHeaderLine(next.text.trim())) {
      title = t;
      titleFromCrumb = false;
      bodyStart = l.end + 1;
      continue;
    }
    break;
  }
  bodyStart = Math.min(bodyStart, raw.length);
  while (bodyStart < raw.length && /\s/.test(raw[bodyStart])) bodyStart++;
  return { title, source, byline, published, bodyStart };
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const ymd = (y: number, m: number, d: number): string | null => {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/**
 * `YYYY-MM-DD` from a date string, or null. The calendar date is the one written (a publisher's local date), never
 * shifted by the machine's time zone: ISO dates, "March 18, 2022", "18 Mar 2022", RFC 822 ("Tue, 05 Mar 2024
 * 09:30:00 GMT"), "18.03.2022" (day first) and "03/18/2022" (month first unless the first number is over 12).
 */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  let m: RegExpMatchArray | null;
  if ((m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/)) || (m = t.match(/^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = t.match(/^(\d{4})(\d{2})(\d{2})(?:T|$)/))) return ymd(+m[1], +m[2], +m[3]);
  const mon = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
  if ((m = t.match(new RegExp(`\\b${mon}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')))) return ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  if ((m = t.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${mon},?\\s+(\\d{4})\\b`, 'i')))) return ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  if ((m = t.match(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/))) return ymd(+m[3], +m[2], +m[1]);
  if ((m = t.match(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/))) return +m[1] > 12 ? ymd(+m[3], +m[2], +m[1]) : ymd(+m[3], +m[1], +m[2]);
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
