// Loading and validating the PLOVER pattern dictionary, category table and modality words from `data/events/`.
import { DataError, PLOVER_TYPES, dataPath, readJsonData, type PloverType } from '../core/index.js';

/** One category row: quad class, CAMEO root, whether a recipient is required, and scores. */
export interface CategoryInfo {
  readonly quad: string;
  readonly cameo: string;
  readonly requiresTarget: boolean;
  readonly score: number;
  readonly modes: Readonly<Record<string, number>>;
}

/** A verb pattern: lemma plus frame → category and mode. */
export interface VerbPattern {
  readonly kind: 'VerbPattern';
  readonly id: string;
  readonly lemmas: readonly string[];
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly particle: readonly string[] | null;
  /** Particles the verb may carry without changing the sense ("broke off ties", "cut off aid"). */
  readonly particleOptional: readonly string[] | null;
  readonly prep: readonly string[] | null;
  readonly noPrep: readonly string[] | null;
  /** An object, if present, must name an actor ("met the envoy", not "met the threshold"). */
  readonly actorObject: boolean;
  /** No direct object at all (intransitive sense: "travelled to", not "left decisions to"). */
  readonly noObject: boolean;
  /** The object stands alone: not followed by a second phrase, adjective or quote ("called X", not "called X a liar"). */
  readonly bareObject: boolean;
  /** The object (or the verb) is followed by a to-infinitive ("asked X to leave"). */
  readonly infinitive: boolean;
  /** The category a negated event of this pattern becomes ("did not accept" → REJECT), or null. */
  readonly negatedAs: PloverType | null;
  readonly object: ReadonlySet<string> | null;
  readonly notObject: ReadonlySet<string> | null;
  readonly target: readonly string[];
  readonly requiresTarget: boolean | null;
  readonly symmetric: boolean;
  /** Words that make an attack verbal ("attacked her in a tweet"): then the event is ACCUSE (disapprove). */
  readonly verbalIf: ReadonlySet<string> | null;
}

/** A noun pattern: the head of a nominal event ("invasion", "talks"). */
export interface NounPattern {
  readonly kind: 'NounPattern';
  readonly id: string;
  readonly nouns: readonly string[];
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly target: readonly string[];
  readonly requiresTarget: boolean | null;
  readonly symmetric: boolean;
  /** Only as the object of a light verb ("hold talks"), never on its own. */
  readonly lightOnly: boolean;
  /** As for verb patterns: words that make the event a verbal attack. */
  readonly verbalIf: ReadonlySet<string> | null;
}

/** Words that set negation and modality. */
export interface ModalityWords {
  readonly negators: ReadonlySet<string>;
  readonly negatingVerbs: ReadonlySet<string>;
  readonly intendVerbs: ReadonlySet<string>;
  readonly futureModals: ReadonlySet<string>;
  readonly hypotheticalModals: ReadonlySet<string>;
  readonly deonticModals: ReadonlySet<string>;
  readonly conditionals: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  /** Stated willingness to cooperate: a cooperative action under these is AGREE. */
  readonly willingnessWords: ReadonlySet<string>;
  /** Verbs whose passive before "to"/"in" describes the subject acting ("is committed to", "were engaged in"). */
  readonly statePassives: ReadonlySet<string>;
}

/** Everything the event coder reads from data. */
export interface EventsLexicon {
  readonly categories: Readonly<Record<PloverType, CategoryInfo>>;
  readonly verbs: ReadonlyMap<string, readonly VerbPattern[]>;
  readonly nouns: ReadonlyMap<string, readonly NounPattern[]>;
  readonly lightVerbs: ReadonlySet<string>;
  readonly modality: ModalityWords;
}

const DEFAULT_TARGET = ['object', 'prep:to', 'prep:against', 'prep:on', 'prep:with', 'prep:at', 'prep:into'];

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(file: string, where: string, v: unknown, optional = false): string[] | null {
  if (v === undefined && optional) return null;
  const arr = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(arr) || !arr.every((x) => typeof x === 'string' && x.length > 0)) {
    throw new DataError(file, `${where}: expected a string or a list of strings`);
  }
  return arr.map((x) => x.toLowerCase());
}

function ploverType(file: string, where: string, v: unknown): PloverType {
  if (typeof v !== 'string' || !(PLOVER_TYPES as readonly string[]).includes(v)) {
    throw new DataError(file, `${where}: "${String(v)}" is not a PLOVER category`);
  }
  return v as PloverType;
}

/** Parse and validate the category table. */
export function parseCategories(file: string, raw: unknown): Record<PloverType, CategoryInfo> {
  if (!isObj(raw)) throw new DataError(file, 'expected an object of categories');
  const out = {} as Record<PloverType, CategoryInfo>;
  for (const t of PLOVER_TYPES) {
    const row = raw[t];
    if (!isObj(row)) throw new DataError(file, `category ${t} is missing`);
    const score = row.score;
    if (typeof score !== 'number' || score < -10 || score > 10) throw new DataError(file, `${t}: score must be a number in -10..10`);
    const modes = isObj(row.modes) ? row.modes : {};
    for (const [m, v] of Object.entries(modes)) {
      if (typeof v !== 'number' || v < -10 || v > 10) throw new DataError(file, `${t}.modes.${m}: score must be in -10..10`);
    }
    out[t] = {
      quad: String(row.quad ?? ''),
      cameo: String(row.cameo ?? ''),
      requiresTarget: row.requiresTarget === true,
      score,
      modes: modes as Record<string, number>,
    };
  }
  return out;
}

/** Parse and validate the pattern dictionary. */
export function parsePatterns(file: string, raw: unknown): Pick<EventsLexicon, 'verbs' | 'nouns' | 'lightVerbs'> {
  if (!isObj(raw) || !Array.isArray(raw.verbs) || !Array.isArray(raw.nouns)) {
    throw new DataError(file, 'expected {objectSets, lightVerbs, verbs: [...], nouns: [...]}');
  }
  const sets = new Map<string, string[]>();
  if (isObj(raw.objectSets)) {
    for (const [k, v] of Object.entries(raw.objectSets)) sets.set(k, strings(file, `objectSets.${k}`, v)!);
  }
  const objectList = (where: string, v: unknown): ReadonlySet<string> | null => {
    if (v === undefined) return null;
    if (typeof v === 'string' && v.startsWith('@')) {
      const s = sets.get(v.slice(1));
      if (!s) throw new DataError(file, `${where}: unknown object set ${v}`);
      return new Set(s);
    }
    return new Set(strings(file, where, v)!);
  };
  const ids = new Set<string>();
  const checkId = (where: string, id: unknown): string => {
    if (typeof id !== 'string' || !id) throw new DataError(file, `${where}: missing id`);
    if (ids.has(id)) throw new DataError(file, `${where}: duplicate id ${id}`);
    ids.add(id);
    return id;
  };
  const verbs = new Map<string, VerbPattern[]>();
  raw.verbs.forEach((v: unknown, i: number) => {
    const where = `verbs[${i}]`;
    if (!isObj(v)) throw new DataError(file, `${where}: expected an object`);
    const p: VerbPattern = {
      kind: 'VerbPattern',
      id: checkId(where, v.id),
      lemmas: strings(file, `${where}.lemma`, v.lemma)!,
      type: ploverType(file, `${where}.type`, v.type),
      mode: typeof v.mode === 'string' ? v.mode : null,
      cameo: typeof v.cameo === 'string' ? v.cameo : null,
      particle: strings(file, `${where}.particle`, v.particle, true),
      particleOptional: strings(file, `${where}.particleOptional`, v.particleOptional, true),
      prep: strings(file, `${where}.prep`, v.prep, true),
      noPrep: strings(file, `${where}.noPrep`, v.noPrep, true),
      actorObject: v.actorObject === true,
      noObject: v.noObject === true,
      bareObject: v.bareObject === true,
      infinitive: v.infinitive === true,
      negatedAs: v.negatedAs === undefined ? null : ploverType(file, `${where}.negatedAs`, v.negatedAs),
      object: objectList(`${where}.object`, v.object),
      notObject: objectList(`${where}.notObject`, v.notObject),
      target: v.target === undefined ? DEFAULT_TARGET : (Array.isArray(v.target) && v.target.length === 0 ? [] : strings(file, `${where}.target`, v.target)!),
      requiresTarget: typeof v.requiresTarget === 'boolean' ? v.requiresTarget : null,
      symmetric: v.symmetric === true,
      verbalIf: objectList(`${where}.verbalIf`, v.verbalIf),
    };
    for (const l of p.lemmas) {
      const list = verbs.get(l) ?? [];
      list.push(p);
      verbs.set(l, list);
    }
  });
  const nouns = new Map<string, NounPattern[]>();
  raw.nouns.forEach((v: unknown, i: number) => {
    const where = `nouns[${i}]`;
    if (!isObj(v)) throw new DataError(file, `${where}: expected an object`);
    const p: NounPattern = {
      kind: 'NounPattern',
      id: checkId(where, v.id),
      nouns: strings(file, `${where}.noun`, v.noun)!,
      type: ploverType(file, `${where}.type`, v.type),
      mode: typeof v.mode === 'string' ? v.mode : null,
      cameo: typeof v.cameo === 'string' ? v.cameo : null,
      target: strings(file, `${where}.target`, v.target ?? [])!,
      requiresTarget: typeof v.requiresTarget === 'boolean' ? v.requiresTarget : null,
      symmetric: v.symmetric === true,
      lightOnly: v.lightOnly === true,
      verbalIf: objectList(`${where}.verbalIf`, v.verbalIf),
    };
    for (const n of p.nouns) {
      const list = nouns.get(n) ?? [];
      list.push(p);
      nouns.set(n, list);
    }
  });
  return { verbs, nouns, lightVerbs: new Set(strings(file, 'lightVerbs', raw.lightVerbs ?? [])!) };
}

/** Parse and validate the modality words. */
export function parseModality(file: string, raw: unknown): ModalityWords {
  if (!isObj(raw)) throw new DataError(file, 'expected an object');
  const set = (k: string): ReadonlySet<string> => new Set(strings(file, k, raw[k] ?? [])!);
  return {
    negators: set('negators'),
    negatingVerbs: set('negatingVerbs'),
    intendVerbs: set('intendVerbs'),
    futureModals: set('futureModals'),
    hypotheticalModals: set('hypotheticalModals'),
    deonticModals: set('deonticModals'),
    conditionals: set('conditionals'),
    reportingVerbs: set('reportingVerbs'),
    willingnessWords: set('willingnessWords'),
    statePassives: set('statePassives'),
  };
}

let shipped: EventsLexicon | null = null;

/** The shipped lexicon from `data/events/` (loaded and validated once). */
export function eventsLexicon(): EventsLexicon {
  if (shipped) return shipped;
  const cat = dataPath('events', 'categories.json');
  const pat = dataPath('events', 'patterns.json');
  const mod = dataPath('events', 'modality.json');
  shipped = {
    categories: parseCategories(cat, readJsonData(cat)),
    ...parsePatterns(pat, readJsonData(pat)),
    modality: parseModality(mod, readJsonData(mod)),
  };
  return shipped;
}
