// Which registry actors an actor argument stands for, in the order both store drivers look them up; each reads its own SQL.
import countries from 'i18n-iso-countries';
import { normalizeName } from './registry.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** Sectors under which a person or organization acts for its state, so "China" includes China's officials. */
export const STATE_SECTORS: readonly string[] = ['GOV', 'MIL', 'DIP', 'LEG', 'JUD'];

/** The reads a driver answers, each with rows of `actors`. */
export interface ActorLookup {
  /** The actor with this registry id (none or one). */
  byId(id: string): Promise<Row[]> | Row[];
  /** For a country or IGO code: the country, and countries and organizations filed under the code, most articles first. */
  byCode(code: string): Promise<Row[]> | Row[];
  /** Actors with this normalized full name (`name`) or surname (`surname`), most articles first. */
  byAlias(norm: string, strength: 'name' | 'surname'): Promise<Row[]> | Row[];
}

/**
 * The actors rows an argument stands for, best first, each once: 1. a registry id; 2. a country or IGO code;
 * 3. a country's English name; 4. names and aliases; 5. surnames.
 */
export async function lookUpActor(q: string, lookup: ActorLookup): Promise<Row[]> {
  const query = q.trim();
  if (!query) return [];
  const rows: Row[] = [];
  const push = (xs: Row[]): void => {
    for (const x of xs) if (!rows.some((r) => r.id === x.id)) rows.push(x);
  };
  push(await lookup.byId(query));
  const upper = query.toUpperCase();
  if (/^[A-Z]{2,5}$/.test(upper) && (query === upper || query.length === 3)) push(await lookup.byCode(upper));
  const code =
    countries.getAlpha3Code(query, 'en') ??
    countries.getAlpha3Code(query.replace(/^the\s+/i, ''), 'en') ??
    (/^[A-Z]{2}$/.test(query) ? countries.alpha2ToAlpha3(query) : undefined);
  if (code) push(await lookup.byId(`country:${code}`));
  const norm = normalizeName(query);
  push(await lookup.byAlias(norm, 'name'));
  push(await lookup.byAlias(norm, 'surname'));
  return rows;
}
