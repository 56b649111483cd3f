// User actor dictionaries (`--actors FILE`): Standpoint JSON or the evaluation kit's PETRARCH-style JSON, merged over the gazetteer.
import { readFileSync } from 'node:fs';
import { DataError } from '../core/index.js';
import type { ActorKind } from '../core/index.js';
import { builtinLexicon, type Entry, type Lexicon, type Role } from './lexicon.js';

const KINDS = new Set<ActorKind>(['person', 'organization', 'country', 'group', 'place']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function strings(file: string, where: string, v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new DataError(file, `${where}: aliases must be a list of strings`);
  return v as string[];
}

function date(file: string, where: string, v: unknown): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string' || !DATE.test(v)) throw new DataError(file, `${where}: dates must be YYYY-MM-DD`);
  return v;
}

/** Title-case a role noun for display ("foreign minister" → "Foreign Minister"). */
function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Add one dictionary item (either format) to the builder. */
function addItem(file: string, i: number, item: unknown, b: ReturnType<typeof builtinLexicon>): void {
  const where = `item ${i}`;
  if (!item || typeof item !== 'object' || Array.isArray(item)) throw new DataError(file, `${where}: expected an object`);
  const o = item as Record<string, unknown>;
  const name = str(o.name);
  if (!name) throw new DataError(file, `${where}: name is required`);
  const aliases = strings(file, where, o.aliases);

  // 1. Evaluation-kit agents: role nouns that combine with a country ("Gondor minister").
  if (o.entry === 'agent') {
    const sector = str(o.sector);
    const singular: Entry = { type: 'role', term: name.toLowerCase(), title: titleCase(name), sector, kind: 'person', plural: false, source: 'user' };
    b.add(name, singular);
    for (const a of aliases) b.add(a, { ...singular, kind: 'group', plural: true });
    return;
  }

  // 2. Evaluation-kit actors: a code whose first three letters are the country, date-ranged codes in `codes`.
  if (o.entry === 'actor') {
    const country = str(o.country);
    const sector = str(o.sector);
    const roles: Role[] = [];
    if (Array.isArray(o.codes)) {
      for (const [j, c] of (o.codes as Record<string, unknown>[]).entries()) {
        roles.push({ title: null, country: str(c.country), sector: str(c.sector), from: date(file, `${where}.codes[${j}]`, c.from), to: date(file, `${where}.codes[${j}]`, c.to) });
      }
    }
    const code = str(o.code) ?? '';
    const isCountry = code.length === 3 && !sector && roles.every((r) => !r.sector);
    if (isCountry && country) {
      b.countryNames.set(country, b.countryNames.get(country) ?? name);
      const e: Entry = { type: 'org', name, country, sector: null, kind: 'country', source: 'user' };
      for (const n of [name, ...aliases]) b.add(n, e);
      return;
    }
    const base: Role = { title: null, country, sector, from: null, to: null };
    if (roles.length === 0 && !b.givenNames.has(name.split(/\s+/)[0])) {
      // No date-ranged codes and no given name: an organization or a place that stands for one ("Michel Delving").
      const e: Entry = { type: 'org', name, country, sector, kind: 'organization', source: 'user' };
      for (const n of [name, ...aliases]) b.add(n, e);
      return;
    }
    if (roles.length === 0) roles.push(base);
    // Outside every dated code the actor's own code holds, as in PETRARCH.
    b.addPerson({ type: 'person', name, country, roles, source: 'user', fallback: base }, aliases);
    return;
  }

  // 3. Standpoint format: { name, aliases[], kind, country, sector, title?, from?, to? }.
  const kind = str(o.kind) as ActorKind | null;
  if (!kind || !KINDS.has(kind)) throw new DataError(file, `${where}: kind must be one of person, organization, country, group, place`);
  const country = str(o.country);
  const sector = str(o.sector);
  const title = str(o.title);
  if (kind === 'person') {
    const role: Role = { title, country, sector, from: date(file, where, o.from), to: date(file, where, o.to) };
    b.addPerson({ type: 'person', name, country, roles: [role], source: 'user' }, aliases);
    return;
  }
  if (kind === 'country' && country) b.countryNames.set(country, name);
  const e: Entry = { type: 'org', name, country, sector, kind, source: 'user' };
  for (const n of [name, ...aliases]) b.add(n, e);
}

/** PETRARCH dates: YYMMDD (19YY from 50 on) or YYYYMMDD, as `YYYY-MM-DD`. */
function petrarchDate(d: string): string | null {
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) return `${Number(d.slice(0, 2)) >= 50 ? '19' : '20'}${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  return null;
}

/**
 * Parse the PETRARCH/CAMEO actor dictionary text format into evaluation-kit items:
 * `NAME_ [CODE]` starts an actor, `+ALIAS_` adds a name, ` [CODE >YYMMDD]`, `[CODE <YYMMDD]` and `[CODE YYMMDD-YYMMDD]`
 * add date-ranged codes, `#` starts a comment, and a code beginning with `~` makes the name an agent (a role noun).
 */
export function parsePetrarchActors(text: string, file = 'actor dictionary'): unknown[] {
  const items: Record<string, unknown>[] = [];
  let current: Record<string, unknown> | null = null;
  const name = (raw: string) => raw.replace(/_+$/, '').replace(/_/g, ' ').trim().toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  for (const [n, line0] of text.split(/\r?\n/).entries()) {
    const line = line0.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    if (head.startsWith('+')) {
      if (!current) throw new DataError(file, `line ${n + 1}: an alias before any actor`);
      (current.aliases as string[]).push(name(head.slice(1)));
    } else if (head) {
      current = { entry: 'actor', name: name(head), aliases: [], codes: [] };
      items.push(current);
    } else if (!current) {
      throw new DataError(file, `line ${n + 1}: a code before any actor`);
    }
    for (const c of codes) {
      const [code = '', when = ''] = c.split(/\s+/);
      if (!current) break;
      if (code.startsWith('~')) {
        current.entry = 'agent';
        current.sector = code.slice(1, 4) || null;
        continue;
      }
      if (!/^[A-Z]{3}[A-Z]*$/.test(code)) throw new DataError(file, `line ${n + 1}: bad code "${code}"`);
      const entry: Record<string, unknown> = { code, country: code.slice(0, 3), sector: code.slice(3, 6) || null };
      const range = when.match(/^(\d{6,8})-(\d{6,8})$/);
      if (when.startsWith('>')) entry.from = petrarchDate(when.slice(1));
      else if (when.startsWith('<')) entry.to = petrarchDate(when.slice(1));
      else if (range) { entry.from = petrarchDate(range[1]); entry.to = petrarchDate(range[2]); }
      if (!when) { current.code ??= code; current.country ??= entry.country; current.sector ??= entry.sector; }
      else (current.codes as unknown[]).push(entry);
    }
  }
  for (const it of items) {
    if ((it.codes as unknown[]).length === 0) delete it.codes;
    if (it.entry === 'actor' && !it.code) {
      const first = (it.codes as Record<string, unknown>[] | undefined)?.[0];
      it.code = first?.code ?? '';
      it.country = first?.country ?? null;
      it.sector = null;
    }
  }
  return items;
}

const cache = new Map<string, Lexicon>();

/** The gazetteer extended by the user dictionary at `path` (cached by path). Throws `DataError` naming the file. */
export function lexiconWithUserFile(path: string): Lexicon {
  const hit = cache.get(path);
  if (hit) return hit;
  let data: unknown;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataError(path, `cannot read actor dictionary: ${(err as Error).message}`, { cause: err });
  }
  if (/^\s*[[{]/.test(text)) {
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw new DataError(path, `invalid JSON: ${(err as Error).message}`, { cause: err });
    }
  } else {
    data = parsePetrarchActors(text, path);
  }
  const lexicon = lexiconWithUserItems(data, path);
  cache.set(path, lexicon);
  return lexicon;
}

/** The gazetteer extended by in-memory dictionary items (either format). `label` names the source in errors. */
export function lexiconWithUserItems(data: unknown, label = 'actor dictionary'): Lexicon {
  if (!Array.isArray(data)) throw new DataError(label, 'an actor dictionary must be a JSON list');
  const b = builtinLexicon().clone();
  for (const [i, item] of data.entries()) addItem(label, i, item, b);
  return b.build();
}
