// The stance measure: weights for modality and negation, quote polarity, once-per-story counting, and periods.
import { DataError, dataPath, readJsonData, readTsvData, type Modality } from '../core/index.js';

/** How much one kind of statement counts, by modality. An asserted act counts fully. */
export const MODALITY_WEIGHT: Readonly<Record<Modality, number>> = {
  asserted: 1,
  reported: 0.8,
  intended: 0.6,
  hypothetical: 0.3,
};

/** Quotes count less than acts: words are cheaper than deeds. */
export const QUOTE_WEIGHT = 0.7;

/** A negated act ("refused to condemn") counts as half its score with the opposite sign. */
export const NEGATION_FACTOR = -0.5;

/** One candidate piece of evidence before counting. */
export interface StanceItem {
  readonly kind: 'event' | 'quote';
  readonly id: string;
  readonly article: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** Story id; items of one story with the same `key` count once. */
  readonly story: string | null;
  readonly date: string | null;
  readonly text: string;
  /** −10 … +10: the PLOVER score of an event, the polarity of a quote. */
  readonly raw: number;
  readonly modality: Modality;
  readonly negated: boolean;
  /** What makes two items "the same" within a story, e.g. `event|ACCUSE|false|country:CHN|country:USA`. */
  readonly key: string;
  readonly why: string;
}

/** The signed value and weight of one item: value = raw (× −0.5 when negated), weight = modality × kind weight. */
export function valueOf(item: Pick<StanceItem, 'kind' | 'raw' | 'modality' | 'negated'>): { value: number; weight: number } {
  const value = item.negated ? NEGATION_FACTOR * item.raw : item.raw;
  const weight = MODALITY_WEIGHT[item.modality] * (item.kind === 'quote' ? QUOTE_WEIGHT : 1);
  return { value, weight };
}

export type Granularity = 'day' | 'week' | 'month';

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The period a date falls in: label and first/last day. Weeks are ISO weeks (Monday first). */
export function periodOf(date: string, by: Granularity): { period: string; start: string; end: string } {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (by === 'day') return { period: ymd(d), start: ymd(d), end: ymd(d) };
  if (by === 'month') {
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return { period: ymd(d).slice(0, 7), start: `${ymd(d).slice(0, 7)}-01`, end: ymd(last) };
  }
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(d.getTime() - dow * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  // ISO week number: the week holding the year's first Thursday is week 1.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
  return { period: `${thursday.getUTCFullYear()}-W${pad(week)}`, start: ymd(monday), end: ymd(sunday) };
}

/** One counted (or folded) item in a point. */
export interface CountedItem extends StanceItem {
  readonly value: number;
  readonly weight: number;
  readonly counted: boolean;
}

export interface Point {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly score: number | null;
  readonly weight: number;
  readonly events: number;
  readonly quotes: number;
  readonly stories: number;
  readonly evidence: readonly CountedItem[];
}

export interface Aggregate {
  readonly points: readonly Point[];
  readonly overall: { score: number | null; weight: number; events: number; quotes: number; stories: number };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Aggregate items into a series.
 * 1. Order items by date, then article id, so the earliest report of a story is the one that counts.
 * 2. Within a story, an item whose `key` was already counted is kept as evidence but not counted (rewrites and
 *    follow-ups repeating the same act count once).
 * 3. Each period's score is the weighted mean Σ(weight × value) / Σ weight over counted items; undated items are
 *    left out of the series but kept in `overall`.
 */
export function aggregate(items: readonly StanceItem[], by: Granularity, evidencePerPoint = 20): Aggregate {
  const sorted = [...items].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.article.localeCompare(b.article) || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  const counted: CountedItem[] = sorted.map((it) => {
    const dedupe = `${it.story ?? `article:${it.article}`}|${it.key}`;
    const first = !seen.has(dedupe);
    seen.add(dedupe);
    return { ...it, ...valueOf(it), counted: first };
  });
  const groups = new Map<string, { p: { period: string; start: string; end: string }; items: CountedItem[] }>();
  for (const it of counted) {
    if (!it.date) continue;
    const p = periodOf(it.date, by);
    let g = groups.get(p.period);
    if (!g) groups.set(p.period, (g = { p, items: [] }));
    g.items.push(it);
  }
  const summarize = (xs: readonly CountedItem[]) => {
    const c = xs.filter((x) => x.counted);
    const weight = c.reduce((s, x) => s + x.weight, 0);
    const sum = c.reduce((s, x) => s + x.weight * x.value, 0);
    return {
      score: weight > 0 ? round2(sum / weight) : null,
      weight: round2(weight),
      events: c.filter((x) => x.kind === 'event').length,
      quotes: c.filter((x) => x.kind === 'quote').length,
      stories: new Set(c.map((x) => x.story ?? `article:${x.article}`)).size,
    };
  };
  const points = [...groups.values()]
    .sort((a, b) => a.p.start.localeCompare(b.p.start))
    .map(({ p, items: xs }) => ({
      ...p,
      ...summarize(xs),
      evidence: [...xs].sort((a, b) => Number(b.counted) - Number(a.counted) || Math.abs(b.value * b.weight) - Math.abs(a.value * a.weight)).slice(0, evidencePerPoint),
    }));
  return { points, overall: summarize(counted) };
}

interface Lexicon {
  readonly exact: Map<string, number>;
  readonly prefixes: readonly (readonly [string, number])[];
}
let lexicon: Lexicon | null = null;

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const path = dataPath('stance', 'polarity.tsv');
  const exact = new Map<string, number>();
  const prefixes: [string, number][] = [];
  for (const [word, pol] of readTsvData(path)) {
    if (word === 'word') continue;
    const p = Number(pol);
    if (!word || (p !== 1 && p !== -1)) throw new DataError(path, `bad row "${word}\t${pol}": polarity must be 1 or -1`);
    if (word.endsWith('*')) prefixes.push([word.slice(0, -1).toLowerCase(), p]);
    else exact.set(word.toLowerCase(), p);
  }
  return (lexicon = { exact, prefixes });
}

const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'cannot', 'refuse', 'refused', 'refuses', 'refusing', 'against']);

/**
 * Polarity of a quote on −10 … +10: support words count +1, opposition words −1, a negator within the three
 * words before flips one; raw = 6 × (pos − neg) / (pos + neg + 1), so one word gives ±3 and many tend to ±6.
 * Returns null when the quote carries no polar word.
 */
export function quotePolarity(text: string): { raw: number; words: string[] } | null {
  const lex = loadLexicon();
  const toks = text.toLowerCase().replace(/n[’']t\b/g, ' not').match(/[\p{L}]+/gu) ?? [];
  let pos = 0;
  let neg = 0;
  const hits: string[] = [];
  toks.forEach((t, i) => {
    let p = lex.exact.get(t) ?? 0;
    if (!p) for (const [pre, v] of lex.prefixes) if (t.startsWith(pre)) { p = v; break; }
    if (!p) return;
    if (toks.slice(Math.max(0, i - 3), i).some((w) => NEGATORS.has(w))) p = -p;
    if (p > 0) pos++;
    else neg++;
    hits.push(p > 0 ? `+${t}` : `−${t}`);
  });
  if (pos + neg === 0) return null;
  return { raw: round2((6 * (pos - neg)) / (pos + neg + 1)), words: hits };
}

/** A parsed issue: groups that must each be present; a group is alternatives (actor names or words). */
export interface IssueQuery {
  readonly query: string;
  readonly groups: readonly (readonly string[])[];
}

let issues: Map<string, string[][]> | null = null;
function namedIssues(): Map<string, string[][]> {
  if (issues) return issues;
  const path = dataPath('stance', 'issues.json');
  const raw = readJsonData(path) as { issues?: Record<string, unknown> };
  if (!raw || typeof raw.issues !== 'object') throw new DataError(path, 'expected {"issues": {name: [group, …]}}');
  issues = new Map();
  for (const [name, groups] of Object.entries(raw.issues)) {
    if (!Array.isArray(groups) || !groups.every((g) => typeof g === 'string')) throw new DataError(path, `issue "${name}": expected a list of strings`);
    issues.set(name.toLowerCase(), groups.map((g: string) => g.split('|').map((s) => s.trim()).filter(Boolean)));
  }
  return issues;
}

/**
 * Parse an issue: a named issue from `data/stance/issues.json` ("Russia war"), or groups joined by `+` whose
 * alternatives are joined by `|` ("Russia + Ukraine + war|invasion"), or plain words (each word a group).
 */
export function parseIssue(query: string): IssueQuery {
  const q = query.trim();
  const named = namedIssues().get(q.toLowerCase().replace(/\s+/g, ' '));
  if (named) return { query: q, groups: named };
  const parts = q.includes('+') ? q.split('+') : q.includes('|') ? [q] : q.split(/\s+/);
  return { query: q, groups: parts.map((p) => p.split('|').map((s) => s.trim()).filter(Boolean)).filter((g) => g.length) };
}
