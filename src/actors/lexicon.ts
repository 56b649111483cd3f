// The actor gazetteer: loads and validates data/actors/*, and indexes every phrase by its normalized text.
import { DataError, dataPath, readJsonData, readTsvData } from '../core/index.js';
import type { ActorKind } from '../core/index.js';

/** A date-ranged role of a known person or dictionary actor. */
export interface Role {
  readonly title: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  /** Inclusive start, `YYYY-MM-DD`, or null for open. */
  readonly from: string | null;
  /** Exclusive end, `YYYY-MM-DD`, or null for open. */
  readonly to: string | null;
}

/** One gazetteer entry a phrase can resolve to. */
export type Entry =
  | { readonly type: 'country'; readonly code: string; readonly name: string; readonly how: 'name' | 'alias' | 'demonym' | 'metonym'; readonly plural?: boolean }
  | {
    readonly type: 'seat'; readonly name: string; readonly country: string; readonly sector: string;
    /** A name many states give their own body ("the Senate", "Congress"): its country is a default, not a fact. */
    readonly shared?: boolean;
  }
  | {
    readonly type: 'org'; readonly name: string; readonly country: string | null; readonly sector: string | null; readonly kind: ActorKind; readonly source: string;
    /** A name bodies of many states go by ("Democratic Party", "General Assembly"): its country is a default, not a fact. */
    readonly shared?: boolean;
  }
  | { readonly type: 'person'; readonly name: string; readonly country: string | null; readonly roles: readonly Role[]; readonly source: string; readonly fallback?: Role }
  | { readonly type: 'place'; readonly name: string; readonly country: string | null; readonly generated?: boolean }
  | { readonly type: 'role'; readonly term: string; readonly title: string | null; readonly sector: string | null; readonly kind: ActorKind; readonly plural: boolean; readonly source: string; readonly country?: string };

/** Higher wins when two entries share a phrase. User entries are 100+. */
export function priority(e: Entry): number {
  const user = 'source' in e && e.source === 'user' ? 100 : 0;
  switch (e.type) {
    case 'person': return user + 60;
    case 'seat': return user + 55;
    case 'org': return user + 50;
    case 'country': return user + (e.how === 'metonym' ? 30 : 45);
    case 'place': return user + 35;
    case 'role': return user + 10;
  }
}

/** The compiled gazetteer. Built once per process (and once per user dictionary). */
export interface Lexicon {
  /** Normalized phrase → entries, best first. */
  readonly phrases: ReadonlyMap<string, readonly Entry[]>;
  /** Longest phrase, in whitespace-separated words. */
  readonly maxWords: number;
  /** Every phrase cut before a space, hyphen or apostrophe: a lookup that is not a prefix can stop. */
  readonly prefixes: ReadonlySet<string>;
  /** Org/place head words → sector and kind. */
  readonly heads: ReadonlyMap<string, { readonly sector: string | null; readonly kind: ActorKind; readonly first?: boolean }>;
  /** Words that make an unknown name an event, law, work or idea ("World Cup", "Hurricane X"): where they stand. */
  readonly nonActorHeads: ReadonlyMap<string, 'first' | 'last' | 'modifier'>;
  /** Words of faith ("Muslim", "Catholic"): before a role they make it religious. */
  readonly faithWords: ReadonlySet<string>;
  /** Government portfolios ("economy", "health"): before a capitalized role they are part of the title. */
  readonly portfolios: ReadonlySet<string>;
  /** Given names → gender. */
  readonly givenNames: ReadonlyMap<string, 'm' | 'f' | 'u'>;
  /** Surname (last word of a known person's name) → persons, for bare-surname references. */
  readonly surnames: ReadonlyMap<string, readonly Entry[]>;
  /** Country code → canonical name. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Bare names several states share ("congo", normalized) → their codes: the article says which one is meant. */
  readonly sharedCountryNames: ReadonlyMap<string, readonly string[]>;
}

const normCache = new Map<string, string>();

/**
 * A copy of `s` that does not keep alive the text it was cut from. V8 shares the parent of a slice of 13 characters
 * or more, so a cache keyed by slices of articles would hold every article's full text.
 */
function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Normalize a phrase for lookup: lower case, curly quotes straight, single spaces, no leading "the". */
export function normPhrase(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  if (normCache.size > 50000) normCache.clear();
  const out = detached(normalize(s));
  normCache.set(detached(s), out);
  return out;
}

function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s+'s$/, "'s")
    .replace(/^the /, '')
    .trim();
}

const CODE = /^[A-Z][A-Z0-9]{1,5}$/;
const SECTOR = /^[A-Za-z]{2,4}$|^-$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Mutable builder for a Lexicon; `add` keeps entries per phrase sorted by priority. */
export class LexiconBuilder {
  readonly phrases = new Map<string, Entry[]>();
  readonly heads = new Map<string, { sector: string | null; kind: ActorKind; first?: boolean }>();
  readonly nonActorHeads = new Map<string, 'first' | 'last' | 'modifier'>();
  readonly faithWords = new Set<string>();
  readonly portfolios = new Set<string>();
  readonly givenNames = new Map<string, 'm' | 'f' | 'u'>();
  readonly surnames = new Map<string, Entry[]>();
  readonly countryNames = new Map<string, string>();
  readonly sharedCountryNames = new Map<string, string[]>();
  maxWords = 1;

  add(phrase: string, entry: Entry): void {
    const key = normPhrase(phrase);
    if (!key) return;
    const list = this.phrases.get(key) ?? [];
    if (!list.some((e) => sameEntry(e, entry))) list.push(entry);
    list.sort((a, b) => priority(b) - priority(a));
    this.phrases.set(key, list);
    this.maxWords = Math.max(this.maxWords, key.split(/[ -]/).length + 1);
  }

  addPerson(entry: Entry & { type: 'person' }, aliases: readonly string[]): void {
    for (const n of [entry.name, ...aliases]) this.add(n, entry);
    // The family name is the last word, or the first one in East Asian order ("Xi Jinping"): both index the person,
    // except a first word that is a common given name ("Joe"). Full-name aliases index theirs too, so "Erdoğan" finds
    // the "Recep Tayyip Erdogan" listed under its plain spelling.
    const keys = new Set<string>();
    for (const n of [entry.name, ...aliases.filter((a) => /\s/.test(a.trim()))]) {
      const parts = normPhrase(n).split(' ');
      keys.add(parts[parts.length - 1]);
      const first = n.trim().split(' ')[0];
      if (parts.length > 1 && (this.givenNames.get(first) ?? 'u') === 'u') keys.add(parts[0]);
    }
    for (const key of keys) {
      const list = this.surnames.get(key) ?? [];
      if (!list.some((e) => sameEntry(e, entry))) list.push(entry);
      this.surnames.set(key, list);
    }
  }

  /** A copy, so a user dictionary can extend the built-in gazetteer without touching it. */
  clone(): LexiconBuilder {
    const b = new LexiconBuilder();
    for (const [k, v] of this.phrases) b.phrases.set(k, [...v]);
    for (const [k, v] of this.heads) b.heads.set(k, v);
    for (const [k, v] of this.nonActorHeads) b.nonActorHeads.set(k, v);
    for (const w of this.faithWords) b.faithWords.add(w);
    for (const w of this.portfolios) b.portfolios.add(w);
    for (const [k, v] of this.givenNames) b.givenNames.set(k, v);
    for (const [k, v] of this.surnames) b.surnames.set(k, [...v]);
    for (const [k, v] of this.countryNames) b.countryNames.set(k, v);
    for (const [k, v] of this.sharedCountryNames) b.sharedCountryNames.set(k, [...v]);
    b.maxWords = this.maxWords;
    return b;
  }

  build(): Lexicon {
    const prefixes = new Set<string>();
    for (const key of this.phrases.keys()) {
      prefixes.add(key);
      for (let i = 1; i < key.length; i++) if (key[i] === ' ' || key[i] === '-' || key[i] === "'" || key[i] === '.') {
        prefixes.add(key.slice(0, i));
        prefixes.add(key.slice(0, i + 1));
      }
    }
    return {
      prefixes,
      phrases: this.phrases,
      maxWords: this.maxWords,
      heads: this.heads,
      nonActorHeads: this.nonActorHeads,
      faithWords: this.faithWords,
      portfolios: this.portfolios,
      givenNames: this.givenNames,
      surnames: this.surnames,
      countryNames: this.countryNames,
      sharedCountryNames: this.sharedCountryNames,
    };
  }
}

function sameEntry(a: Entry, b: Entry): boolean {
  return a.type === b.type && JSON.stringify(a) === JSON.stringify(b);
}

function list(s: string | undefined): string[] {
  return (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
}

function need(file: string, ok: boolean, why: string): void {
  if (!ok) throw new DataError(file, why);
}

/** Whether `role` holds on `date` (`YYYY-MM-DD`); open ends hold. */
export function roleActive(role: Role, date: string | null): boolean {
  if (!date) return role.to === null;
  return (role.from === null || role.from <= date) && (role.to === null || date < role.to);
}

function loadCountries(b: LexiconBuilder): void {
  const file = dataPath('actors', 'countries.json');
  const data = readJsonData(file);
  need(file, Array.isArray(data), 'expected a JSON list of countries');
  for (const [i, c] of (data as Record<string, unknown>[]).entries()) {
    const where = `countries[${i}]`;
    need(file, typeof c.code === 'string' && CODE.test(c.code), `${where}: code must be an upper-case code`);
    need(file, typeof c.name === 'string' && c.name !== '', `${where}: name is required`);
    for (const k of ['aliases', 'demonyms', 'metonyms', 'shared']) {
      need(file, Array.isArray(c[k]) && (c[k] as unknown[]).every((x) => typeof x === 'string'), `${where}: ${k} must be a list of strings`);
    }
    const code = c.code as string;
    const name = c.name as string;
    b.countryNames.set(code, name);
    b.add(name, { type: 'country', code, name, how: 'name' });
    for (const a of c.aliases as string[]) b.add(a, { type: 'country', code, name, how: 'alias' });
    for (const d of c.demonyms as string[]) {
      const plural = /s$/.test(d) && !/(ese|ss|Swiss)$/.test(d);
      b.add(d, { type: 'country', code, name, how: 'demonym', plural });
    }
    for (const m of c.metonyms as string[]) b.add(m, { type: 'country', code, name, how: 'metonym' });
    for (const m of c.shared as string[]) {
      const key = normPhrase(m);
      b.sharedCountryNames.set(key, [...(b.sharedCountryNames.get(key) ?? []), code]);
    }
  }
}

function loadSeats(b: LexiconBuilder): void {
  const file = dataPath('actors', 'seats.json');
  const data = readJsonData(file);
  need(file, Array.isArray(data), 'expected a JSON list');
  for (const [i, s] of (data as Record<string, unknown>[]).entries()) {
    need(file, typeof s.name === 'string' && typeof s.country === 'string' && typeof s.sector === 'string', `[${i}]: name, country and sector are required`);
    need(file, Array.isArray(s.aliases), `[${i}]: aliases must be a list`);
    const name = (s.name as string).replace(/^the /, '');
    const e: Entry = { type: 'seat', name, country: s.country as string, sector: s.sector as string };
    const shared = (s.shared ?? []) as string[];
    need(file, Array.isArray(shared) && shared.every((n) => n === s.name || (s.aliases as string[]).includes(n)), `[${i}]: shared must list some of its names`);
    const sharedEntry: Entry = { ...e, shared: true };
    for (const n of [s.name as string, ...(s.aliases as string[])]) b.add(n, shared.includes(n) ? sharedEntry : e);
  }
}

/** How a body's name that opens with its country's short form is also written: "U.S. Army", "US Army", "United States Army". */
const COUNTRY_PREFIXES = [['U.S.', 'US', 'United States'], ['U.K.', 'UK', 'United Kingdom']];
/** A U.N. body's name in its three spellings: "UN refugee agency", "U.N. refugee agency", "United Nations refugee agency". */
const UN_PREFIXES = [['U.N.', 'UN', 'United Nations']];

function countryPrefixVariants(name: string, prefixes = COUNTRY_PREFIXES): string[] {
  const out = [name];
  for (const forms of prefixes) {
    const form = forms.find((f) => name.startsWith(f + ' '));
    if (!form) continue;
    for (const f of forms) if (f !== form) out.push(f + name.slice(form.length));
  }
  return out;
}

function loadOrgs(b: LexiconBuilder): void {
  const file = dataPath('actors', 'igos.json');
  const data = readJsonData(file);
  need(file, Array.isArray(data), 'expected a JSON list');
  for (const [i, o] of (data as Record<string, unknown>[]).entries()) {
    need(file, typeof o.name === 'string' && typeof o.code === 'string' && CODE.test(o.code as string), `[${i}]: name and an upper-case code are required`);
    need(file, Array.isArray(o.aliases), `[${i}]: aliases must be a list`);
    const e: Entry = { type: 'org', name: o.name as string, country: o.code as string, sector: (o.sector as string) ?? 'IGO', kind: 'organization', source: 'igos' };
    const shared = (o.shared ?? []) as string[];
    need(file, Array.isArray(shared) && shared.every((n) => n === o.name || (o.aliases as string[]).includes(n)), `[${i}]: shared must list some of its names`);
    const sharedEntry: Entry = { ...e, shared: true };
    // (Not for a name of the people in the body's service, "UN peacekeepers": only its listed spellings stand.)
    for (const n of [o.name as string, ...(o.aliases as string[])]) for (const v of /^\S+ [a-z ]+s$/.test(n) ? [n] : countryPrefixVariants(n, UN_PREFIXES)) b.add(v, shared.includes(n) ? sharedEntry : e);
  }
  const companies = dataPath('actors', 'companies.tsv');
  for (const [i, row] of readTsvData(companies).entries()) {
    const [name, aliases, country, sector] = row.map((x) => x.trim());
    need(companies, !!name && (!country || CODE.test(country)) && SECTOR.test(sector ?? ''), `row ${i + 1}: expected name, aliases, country, sector`);
    const e: Entry = { type: 'org', name, country: country || null, sector, kind: 'organization', source: 'companies' };
    for (const n of [name, ...list(aliases)]) for (const v of countryPrefixVariants(n)) b.add(v, e);
  }
  const media = dataPath('actors', 'media.tsv');
  for (const [i, row] of readTsvData(media).entries()) {
    need(media, row.length >= 1 && row[0].trim() !== '', `row ${i + 1}: name is required`);
    const country = row[2]?.trim() || null;
    need(media, country === null || CODE.test(country), `row ${i + 1}: bad country "${country}"`);
    const e: Entry = { type: 'org', name: row[0].trim(), country, sector: 'MED', kind: 'organization', source: 'media' };
    for (const n of [row[0], ...list(row[1])]) b.add(n, e);
  }
}

function loadPeople(b: LexiconBuilder): void {
  const file = dataPath('actors', 'people.tsv');
  const byName = new Map<string, { aliases: Set<string>; country: string; roles: Role[] }>();
  for (const [i, row] of readTsvData(file).entries()) {
    need(file, row.length >= 5, `row ${i + 1}: expected name, aliases, country, title, sector, from, to`);
    const [name, aliases, country, title, sector, from = '', to = ''] = row.map((x) => x.trim());
    need(file, CODE.test(country), `row ${i + 1}: bad country "${country}"`);
    need(file, SECTOR.test(sector), `row ${i + 1}: bad sector "${sector}"`);
    need(file, (from === '' || DATE.test(from)) && (to === '' || DATE.test(to)), `row ${i + 1}: dates must be YYYY-MM-DD`);
    const p = byName.get(name) ?? { aliases: new Set<string>(), country, roles: [] };
    for (const a of list(aliases)) p.aliases.add(a);
    p.roles.push({ title: title || null, country, sector, from: from || null, to: to || null });
    byName.set(name, p);
  }
  for (const [name, p] of byName) {
    b.addPerson({ type: 'person', name, country: p.country, roles: p.roles, source: 'people' }, [...p.aliases]);
  }
}

function loadPlaces(b: LexiconBuilder, name: string, generated: boolean): void {
  const file = dataPath('actors', name);
  for (const [i, row] of readTsvData(file).entries()) {
    need(file, row[0]?.trim() !== '', `row ${i + 1}: name is required`);
    const country = row[2]?.trim() || null;
    need(file, country === null || CODE.test(country), `row ${i + 1}: bad country "${country}"`);
    if (generated && b.phrases.has(normPhrase(row[0]))) continue;
    const e: Entry = generated ? { type: 'place', name: row[0].trim(), country, generated } : { type: 'place', name: row[0].trim(), country };
    for (const n of [row[0], ...list(row[1])]) b.add(n, e);
  }
}

const KINDS = new Set<ActorKind>(['person', 'organization', 'country', 'group', 'place']);

function loadRoles(b: LexiconBuilder): void {
  const file = dataPath('actors', 'roles.tsv');
  for (const [i, row] of readTsvData(file).entries()) {
    need(file, row.length >= 4, `row ${i + 1}: expected term, plural, sector, kind, title`);
    const [term, plural, sector, kind, title = '', country = ''] = row.map((x) => x.trim());
    need(file, term !== '' && term === term.toLowerCase(), `row ${i + 1}: term must be lower case`);
    need(file, SECTOR.test(sector), `row ${i + 1}: bad sector "${sector}"`);
    need(file, KINDS.has(kind as ActorKind), `row ${i + 1}: bad kind "${kind}"`);
    need(file, country === '' || /^[A-Z]{3}$/.test(country), `row ${i + 1}: bad country "${country}"`);
    const base = { type: 'role' as const, term, title: title || null, sector: sector === '-' ? null : sector, kind: kind as ActorKind, source: 'roles', ...(country ? { country } : {}) };
    b.add(term, { ...base, plural: kind === 'group' && !plural });
    if (plural && plural !== term) b.add(plural, { ...base, kind: kind === 'organization' ? 'organization' : 'group', plural: true });
  }
}

function loadHeads(b: LexiconBuilder): void {
  const file = dataPath('actors', 'org-heads.tsv');
  for (const [i, row] of readTsvData(file).entries()) {
    const [word, sector, kind, where = ''] = row.map((x) => x.trim());
    need(file, !!word && SECTOR.test(sector ?? '') && (kind === 'organization' || kind === 'place') && (where === '' || where === 'first'), `row ${i + 1}: expected word, sector, organization|place, and optionally "first"`);
    b.heads.set(word, { sector: sector === '-' ? null : sector, kind: kind as ActorKind, ...(where === 'first' ? { first: true } : {}) });
  }
}

function loadPortfolios(b: LexiconBuilder): void {
  const file = dataPath('actors', 'portfolios.tsv');
  for (const [i, row] of readTsvData(file).entries()) {
    const word = row[0]?.trim() ?? '';
    need(file, /^[a-z]+$/.test(word) && row.length === 1, `row ${i + 1}: expected one lower-case word`);
    b.portfolios.add(word);
  }
}

function loadNonActorHeads(b: LexiconBuilder): void {
  const file = dataPath('actors', 'non-actor-heads.tsv');
  for (const [i, row] of readTsvData(file).entries()) {
    const [word, where, what] = row.map((x) => x.trim());
    need(file, !!word && (where === 'first' || where === 'last' || where === 'modifier') && !!what, `row ${i + 1}: expected word, first|last|modifier, what`);
    b.nonActorHeads.set(word, where as 'first' | 'last' | 'modifier');
    if (what === 'faith') b.faithWords.add(word);
  }
}

function loadGivenNames(b: LexiconBuilder, name: string): void {
  const file = dataPath('actors', name);
  const seen = new Map<string, string>();
  for (const [i, row] of readTsvData(file).entries()) {
    const [g, names] = row;
    need(file, (g === 'm' || g === 'f' || g === 'u') && !!names, `row ${i + 1}: expected m|f|u and a list of names`);
    for (const n of names.split(/\s+/).filter(Boolean)) {
      // (A name of either gender, like "Jean", belongs in the u row, not in both.)
      need(file, (seen.get(n) ?? g) === g, `row ${i + 1}: "${n}" is also listed as ${seen.get(n)}`);
      seen.set(n, g);
      b.givenNames.set(n, g as 'm' | 'f' | 'u');
    }
  }
}

let builtin: LexiconBuilder | null = null;

/** The built-in gazetteer, loaded and validated once per process. */
export function builtinLexicon(): LexiconBuilder {
  if (builtin) return builtin;
  const b = new LexiconBuilder();
  loadGivenNames(b, 'given-names-common.tsv');
  loadGivenNames(b, 'given-names.tsv');
  loadRoles(b);
  loadPlaces(b, 'places.tsv', false);
  loadCountries(b);
  loadSeats(b);
  loadOrgs(b);
  loadPeople(b);
  loadPlaces(b, 'cities.tsv', true);
  loadPlaces(b, 'regions.tsv', true);
  loadHeads(b);
  loadNonActorHeads(b);
  loadPortfolios(b);
  builtin = b;
  return b;
}

const entryNames = new WeakMap<Lexicon, Map<Entry, string[]>>();

/** Every phrase of the gazetteer that names `entry` (lower case). Built once per gazetteer. */
export function namesOf(lex: Lexicon, entry: Entry): readonly string[] {
  let byEntry = entryNames.get(lex);
  if (!byEntry) {
    byEntry = new Map();
    for (const [phrase, entries] of lex.phrases) {
      for (const e of entries) {
        if (e.type !== 'org') continue;
        const list = byEntry.get(e);
        if (list) list.push(phrase);
        else byEntry.set(e, [phrase]);
      }
    }
    entryNames.set(lex, byEntry);
  }
  return byEntry.get(entry) ?? [];
}
