// The cross-article actor registry rule: which registry actor an article's actor is, decided conservatively.
import type { V1Output } from '../contract/index.js';

type V1Actor = V1Output['actors'][number];

/** A registry actor as the matching rule sees it. */
export interface RegistryEntry {
  readonly id: string;
  readonly kind: V1Actor['kind'];
  readonly country: string | null;
  readonly sector: string | null;
  readonly articles: number;
}

/** Lookups the rule needs from a driver: registry actors filed under a normalized name (full name or surname). */
export interface RegistryLookup {
  byAlias(norm: string, strength: 'name' | 'surname'): readonly RegistryEntry[];
  exists(id: string): boolean;
}

/** A decision: an existing registry actor, or a new one with this id. */
export type RegistryMatch =
  | { readonly kind: 'existing'; readonly id: string; readonly why: string }
  | { readonly kind: 'new'; readonly id: string; readonly why: string };

const HONORIFICS =
  /^(?:(?:mr|mrs|ms|miss|dr|prof|sir|dame|president|vice president|prime minister|premier|chancellor|minister|foreign minister|defense minister|defence minister|secretary|senator|rep|representative|gov|governor|general|gen|adm|admiral|king|queen|prince|princess|chairman|chairwoman|chair|ambassador|spokesman|spokeswoman|spokesperson|envoy|mayor|judge|justice|pope|sheikh|emir|crown prince)\.?\s+)+/i;

/** Normalize a name for matching: NFKD without accents, lower case, no honorifics or punctuation, single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']s$/u, '')
    // Dotted initialisms are one word: "U.S." = "US", "E.U." = "EU".
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(HONORIFICS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a name is a description rather than a name: no capital letter anywhere ("officials", "two diplomats",
 * "the government"). Descriptions in different articles are different people, so they never enter the registry.
 */
export function isDescription(name: string): boolean {
  return !/\p{Lu}/u.test(name);
}

/** A URL- and id-safe slug of a name. */
export function slug(name: string): string {
  return normalizeName(name).replace(/\s+/g, '-') || 'actor';
}

const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
const agrees = (a: string | null, b: string | null): boolean => a !== null && a === b;

/**
 * Decide which registry actor an article's actor is.
 * 1. Countries are one actor per code: `country:CHN`.
 * 2. Full names match registry actors of the same kind filed under the same full name, with a compatible country.
 * 3. A lone surname ("Xi", "Mr. Lee") matches the one person filed under that surname with a compatible country;
 *    when several could match, only one that agrees on both country and sector is taken; otherwise a new actor.
 */
export function matchRegistry(actor: V1Actor, lookup: RegistryLookup): RegistryMatch {
  if (actor.kind === 'country' && actor.country) {
    const id = `country:${actor.country}`;
    return lookup.exists(id) ? { kind: 'existing', id, why: `country code ${actor.country}` } : { kind: 'new', id, why: `new country ${actor.country}` };
  }
  const norm = normalizeName(actor.name);
  const sameKind = (e: RegistryEntry): boolean => e.kind === actor.kind;
  // 2. Full name (or a single-word organization name) filed as a name.
  const named = lookup.byAlias(norm, 'name').filter((e) => sameKind(e) && compatible(e.country, actor.country));
  const lone = actor.kind === 'person' && !norm.includes(' ');
  if (named.length === 1 && !lone) return { kind: 'existing', id: named[0].id, why: `name "${norm}"` };
  if (named.length > 1 && !lone) {
    const sure = named.filter((e) => agrees(e.country, actor.country) && agrees(e.sector, actor.sector));
    if (sure.length === 1) return { kind: 'existing', id: sure[0].id, why: `name "${norm}", country and sector agree` };
  }
  // 3. A lone surname.
  if (lone) {
    const cands = [...named, ...lookup.byAlias(norm, 'surname')]
      .filter((e, i, all) => sameKind(e) && compatible(e.country, actor.country) && all.findIndex((x) => x.id === e.id) === i);
    if (cands.length === 1) return { kind: 'existing', id: cands[0].id, why: `surname "${norm}", one candidate` };
    const sure = cands.filter((e) => agrees(e.country, actor.country) && agrees(e.sector, actor.sector));
    if (sure.length === 1) return { kind: 'existing', id: sure[0].id, why: `surname "${norm}", country and sector agree` };
  }
  const base = `${actor.kind}:${actor.kind === 'person' || !actor.country ? '' : actor.country.toLowerCase() + '-'}${slug(actor.name)}`;
  let id = base;
  for (let n = 2; lookup.exists(id); n++) id = `${base}-${n}`;
  return { kind: 'new', id, why: named.length || lone ? `ambiguous "${norm}": kept apart` : `new name "${norm}"` };
}

/**
 * The names under which an actor is filed: its name and the name-like mentions (not pronouns or "the president"),
 * and for a person its surname as a weaker `surname` alias: the one-word mentions, else the name's last word.
 */
export function aliasesOf(actor: V1Actor): { alias: string; norm: string; strength: 'name' | 'surname' }[] {
  const out = new Map<string, { alias: string; norm: string; strength: 'name' | 'surname' }>();
  const add = (alias: string, strength: 'name' | 'surname'): void => {
    const norm = normalizeName(alias);
    if (!norm || norm.length < 2) return;
    const key = `${strength}|${norm}`;
    if (!out.has(key)) out.set(key, { alias: alias.trim(), norm, strength });
  };
  add(actor.name, 'name');
  for (const m of actor.mentions) {
    const t = m.text.trim();
    if (!/^\p{Lu}/u.test(t) || /^(?:the|a|an|he|she|it|they|his|her|its|their|this|that|these|those|we|i)\b/i.test(t)) continue;
    if (actor.kind === 'person') {
      const n = normalizeName(t);
      // A one-word mention of a person is a surname, never a full name.
      add(t, n.includes(' ') ? 'name' : 'surname');
    } else add(t, 'name');
  }
  // The last word is the surname only when the text never used a lone name ("Xi" of "Xi Jinping" comes first).
  if (actor.kind === 'person' && ![...out.values()].some((x) => x.strength === 'surname')) {
    const parts = normalizeName(actor.name).split(' ');
    if (parts.length > 1) add(parts[parts.length - 1], 'surname');
  }
  return [...out.values()];
}
