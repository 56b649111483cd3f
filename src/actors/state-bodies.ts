// "The government" in a story about two states: each mention is the government of the state its sentence is about.
import type { Actor, Doc, Mention } from '../core/index.js';
import type { Lexicon } from './lexicon.js';
import { normPhrase } from './match.js';

/** Sectors of the bodies a state has one of: its government, army, parliament, police. */
const ONE_PER_STATE = new Set(['GOV', 'MIL', 'LEG', 'COP']);

/** A body named only by a lower-case common noun ("government", "army", "central bank"), with every mention unnamed. */
function bareStateBody(a: Actor, lex: Lexicon): boolean {
  return a.kind === 'organization' && ONE_PER_STATE.has(a.sector ?? '') && lex.countryNames.has(a.country ?? '') && !/\p{Lu}/u.test(a.name) && unnamed(a);
}

const unnamed = (a: Actor) => a.mentions.every((m) => m.how === 'anonymous' || m.how === 'pronoun');

/** "Lee said the government …", "She told Radio Okapi that the government …": a speaker before the body. */
const SPEECH_BETWEEN = /^[^.;:!?"“”]{0,60}?\b(?:said|says|told|tells|added|adds|announced|announces|stated|insisted|warned|argued|noted|explained)\b[^.;:!?"“”]{0,60}$/;

/**
 * Splits a bare state body ("the government") whose mentions belong to different states. A mention takes the state
 * of the speaker who talks about it in its sentence ("Lee said the government would …", "In Tokyo, Nakamura told
 * reporters the government had …"), a person, body or country named before a verb of speech, or the one the body's
 * words stand in apposition to ("Nakamura, the government's top spokesman"); one with no such
 * speaker takes the state of the mention before it, so a story that goes on about "the government" stays with it. A
 * state named elsewhere in the sentence does not count: "the government condemned Russia's attack" is not Russia's,
 * nor is "Saudi Arabia, which backs the government". Each state's mentions then join the body the story names with
 * that state's name or demonym before the same words ("the Korean government", "Japan's government"), else become a
 * body of their own, one for all the state's mentions with those words. Actors keep their order of first mention and
 * are numbered again.
 *
 * Cost: one pass over the placed mentions to index them by sentence, then a scan of each bare body's sentences.
 */
export function splitStateBodies(actors: readonly Actor[], doc: Doc, lex: Lexicon): Actor[] {
  if (!actors.some((a) => bareStateBody(a, lex))) return [...actors];
  const text = doc.text;
  // Mentions, pronouns too, of people, bodies and countries placed in a state, by sentence. (A place says where
  // someone speaks, not for whom: "Castellani, speaking in Brussels, said her government …".)
  const bySentence = new Map<number, { actor: Actor; start: number; end: number }[]>();
  for (const a of actors) {
    if (a.kind === 'place' || !lex.countryNames.has(a.country ?? '') || a.sector === 'MED' || a.sector === 'IGO') continue;
    for (const m of a.mentions) {
      const s = doc.sentenceAt(m.start);
      bySentence.get(s)?.push({ actor: a, start: m.start, end: m.end }) ?? bySentence.set(s, [{ actor: a, start: m.start, end: m.end }]);
    }
  }
  const speakerState = (self: Actor, m: Mention): string | null => {
    let best: { actor: Actor; end: number } | null = null;
    for (const o of bySentence.get(doc.sentenceAt(m.start)) ?? []) {
      if (o.actor === self || o.end > m.start || (best && o.end <= best.end)) continue;
      const between = text.slice(o.end, m.start);
      if (SPEECH_BETWEEN.test(between) || /^,\s+$/.test(between)) best = o;
    }
    return best?.actor.country ?? null;
  };
  // "Japan's government", "the Korean government": the bare name after a name or demonym of the state.
  const namedAfterState = (name: string, bare: string, state: string): boolean =>
    name.toLowerCase().endsWith(` ${bare.toLowerCase()}`) && namesState(name.slice(0, name.length - bare.length - 1).replace(/['’]s?$/, ''), state, lex);

  // Each bare body's mentions by its words and state: two bodies with the same words in one state are one.
  const bare = actors.filter((a) => bareStateBody(a, lex));
  const groups = new Map<string, { proto: Actor; mentions: Mention[] }>();
  for (const a of bare) {
    let current = a.country!;
    for (const m of [...a.mentions].sort((x, y) => x.start - y.start)) {
      if (m.how !== 'pronoun') current = speakerState(a, m) ?? current;
      const key = `${a.name}|${current}`;
      groups.get(key)?.mentions.push(m) ?? groups.set(key, { proto: { ...a, country: current }, mentions: [m] });
    }
  }
  const bodyOf = (a: Actor) => actors.find((b) => b.kind === 'organization' && b.country === a.country && b.sector === a.sector && unnamed(b) && namedAfterState(b.name, a.name, a.country!));

  const out: Actor[] = actors.filter((a) => !bare.includes(a));
  const extra = new Map<Actor, Mention[]>();
  for (const { proto, mentions } of groups.values()) {
    const body = bodyOf(proto);
    if (body) extra.set(body, [...(extra.get(body) ?? []), ...mentions]);
    else out.push({ ...proto, mentions: mentions.sort((x, y) => x.start - y.start) });
  }
  return withMentions(out, extra);
}

/**
 * An unnamed state body joins the one body of its state the story names with its head word: "Ghana's central bank"
 * and "the central bank" are the "Bank of Ghana", "the police" the "Tarnland Police Service", when the story names no
 * other body of that state, sector and word. Actors keep their order of first mention and are numbered again.
 */
export function joinNamedBodies(actors: readonly Actor[], lex: Lexicon): Actor[] {
  const extra = new Map<Actor, Mention[]>();
  const joined = new Set<Actor>();
  for (const a of actors) {
    if (a.kind !== 'organization' || !ONE_PER_STATE.has(a.sector ?? '') || !lex.countryNames.has(a.country ?? '') || !unnamed(a)) continue;
    // (Only a body named by its kind alone, after its state at most: not "the regional government".)
    const kind = a.name.replace(/^(?:\p{Lu}[\p{L}.]*(?:['’]s?)?\s+)+/u, '').toLowerCase();
    if (!lex.phrases.get(kind)?.some((e) => e.type === 'role' && e.kind === 'organization')) continue;
    const head = kind.split(/\s+/).at(-1)!;
    const named = actors.filter((b) => b !== a && b.kind === 'organization' && b.country === a.country && b.sector === a.sector && !unnamed(b) && namedFor(b.name, head, a.country!, lex));
    if (named.length !== 1) continue;
    extra.set(named[0], [...(extra.get(named[0]) ?? []), ...a.mentions]);
    joined.add(a);
  }
  return joined.size ? withMentions(actors.filter((a) => !joined.has(a)), extra) : [...actors];
}

/** Whether a body's name has the head word, and is "of" nothing but the state: "Bank of Ghana", not "… of San Francisco". */
function namedFor(name: string, head: string, state: string, lex: Lexicon): boolean {
  const at = name.search(/\s+of\s+/);
  const own = at < 0 ? name : name.slice(0, at);
  if (at >= 0 && !namesState(name.slice(at).replace(/^\s+of\s+(?:the\s+)?/, ''), state, lex)) return false;
  return own.toLowerCase().split(/[\s-]+/).includes(head);
}

/** Whether words name the state by its name, an alias or a demonym ("Japan", "Korean", "Argentine Republic"). */
function namesState(words: string, state: string, lex: Lexicon): boolean {
  return !!lex.phrases.get(normPhrase(words))?.some((e) => e.type === 'country' && e.code === state && e.how !== 'metonym');
}

/** The actors with the extra mentions added, in order of first mention, numbered again. */
function withMentions(actors: readonly Actor[], extra: ReadonlyMap<Actor, readonly Mention[]>): Actor[] {
  const merged = actors.map((b) => (extra.has(b) ? { ...b, mentions: [...b.mentions, ...extra.get(b)!].sort((x, y) => x.start - y.start) } : b));
  const first = (b: Actor) => b.mentions[0]?.start ?? Infinity;
  return merged.sort((x, y) => first(x) - first(y)).map((b, i) => ({ ...b, id: `a${i + 1}` }));
}
