// Public face of the actors stage: mentions of people, organizations, countries and groups, resolved to actors.
import type { Actor, Doc, Stage } from '../core/index.js';
import { inferContextCountries } from './context-country.js';
import { inferEmployers } from './employers.js';
import { joinNamedBodies, splitStateBodies } from './state-bodies.js';
import { buildActors } from './coref.js';
import { homeStateOf, isAlpha3, leadEndOf, stateTally } from './main-state.js';
import { builtinLexicon, type Lexicon } from './lexicon.js';
import { matchMentions, normPhrase, type Candidate } from './match.js';
import { lexiconWithUserFile, lexiconWithUserItems } from './user-dictionary.js';

export type { Candidate } from './match.js';
export type { Lexicon } from './lexicon.js';

/** Options for the actors stage. */
export interface ActorsOptions {
  /** A user actor dictionary file (JSON) that takes precedence over the built-in gazetteer. Default: none. */
  readonly actorsFile?: string | null;
  /** In-memory dictionary items, same formats as the file. Default: none. */
  readonly actorItems?: readonly unknown[] | null;
}

let builtinBuilt: Lexicon | null = null;

/** The gazetteer for a document: the built-in one, or it extended by `doc.context.actorsFile` / `actorItems`. */
export function lexiconFor(options: ActorsOptions = {}): Lexicon {
  if (options.actorsFile) return lexiconWithUserFile(options.actorsFile);
  if (options.actorItems) return lexiconWithUserItems(options.actorItems, 'actorItems');
  builtinBuilt ??= builtinLexicon().build();
  return builtinBuilt;
}

/** The reference date of a document, `YYYY-MM-DD`, or null. */
function docDate(doc: Doc): string | null {
  const d = (doc.context.referenceDate as string | null | undefined) ?? doc.article.published ?? null;
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
}

/** Find mention candidates (with the rule behind each) without writing anything. */
export function matchActors(doc: Doc, options: ActorsOptions = {}): Candidate[] {
  return matchMentions(doc, lexiconFor(options));
}

/** Resolve candidates into actors and write the `actors` layer. */
export function applyActors(doc: Doc, candidates: readonly Candidate[], options: ActorsOptions = {}): readonly Actor[] {
  const lex = lexiconFor(options);
  const tally = stateTally(candidates, doc.text, { datelines: true });
  // (A story whose dateline is in the state counted most is set there even when it names another state often: only
  // where no other state comes close does the home state also outrank a state named after an office.)
  // (Not a dateline of two cities in two states: "AMSTERDAM/TOKYO".)
  const datelines = new Set(candidates.filter((c) => c.why === 'dateline').map((c) => c.country));
  // (With no dateline, the one state the lead names: "… leaving fishermen in northern Laos with nothing".)
  const dateline = datelines.size === 1 ? [...datelines][0] : datelines.size ? null : leadState(candidates, doc.text);
  const sole = homeStateOf(tally);
  const home = sole ?? homeStateOf(tally, dateline);
  // Coreference, then what the actors' surroundings say: employers, the states of their sentences, the states of
  // bare bodies ("the government"), and the named body each bare one is.
  let resolved = buildActors(candidates, lex, docDate(doc), doc.text);
  resolved = inferEmployers(resolved, doc);
  resolved = inferContextCountries(resolved, doc, home, sole !== null);
  // (Again, for employers their sentences have just placed: "X, general secretary of the Tarrow Teachers' Union".)
  resolved = inferEmployers(resolved, doc);
  resolved = joinNamedBodies(splitStateBodies(resolved, doc, lex), lex);
  const actors = resolved.map((a) => ({
    ...a,
    mentions: a.mentions.map((m) => ({ ...m, text: doc.text.slice(m.start, m.end) })),
  }));
  const publisher = publisherActor(doc, lex, actors);
  const all = publisher ? [...actors, publisher] : actors;
  doc.set('actors', all);
  return all;
}

/** The one state the article's lead names as a country or a place in it, if exactly one. */
function leadState(candidates: readonly Candidate[], text: string): string | null {
  const end = leadEndOf(text, candidates);
  const states = new Set(candidates.filter((c) => c.end <= end && (c.kind === 'country' || c.kind === 'place') && !c.weak && isAlpha3(c.country ?? '')).map((c) => c.country));
  return states.size === 1 ? [...states][0] : null;
}

/**
 * The outlet that published the article ("Source: New York Post", og:site_name) is a media actor of the article even
 * when the text never names it; it has no mentions, only the article's `source` field as evidence.
 */
function publisherActor(doc: Doc, lex: Lexicon, actors: readonly Actor[]): Actor | null {
  const source = doc.article.source?.trim();
  if (!source || source.length > 80 || !/\p{L}{2}/u.test(source) || source.split(/\s+/).length > 6) return null;
  const entry = lex.phrases.get(normPhrase(source))?.find((e) => e.type === 'org');
  const name = entry && entry.type === 'org' ? entry.name : source;
  if (actors.some((a) => normPhrase(a.name) === normPhrase(name))) return null;
  return {
    id: `a${actors.length + 1}`,
    name,
    kind: 'organization',
    country: entry && entry.type === 'org' ? entry.country : null,
    sector: 'MED',
    title: null,
    mentions: [],
  };
}

function optionsOf(doc: Doc): ActorsOptions {
  const file = doc.context.actorsFile;
  const items = doc.context.actorItems;
  return {
    actorsFile: typeof file === 'string' && file ? file : null,
    actorItems: Array.isArray(items) ? items : null,
  };
}

/** Writes `actors`. Reads `doc.context.actorsFile` (a user dictionary path) and `doc.context.actorItems`. */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['sentences', 'tokens'],
  assigns: ['actors'],
  run(doc) {
    const options = optionsOf(doc);
    applyActors(doc, matchActors(doc, options), options);
  },
};
