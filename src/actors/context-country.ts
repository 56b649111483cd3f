// Country from context: an actor named without a country takes the country of the nearest actor in its sentence.
import type { Actor, Doc } from '../core/index.js';
import { isAlpha3 } from './main-state.js';
import { AGE_AFTER, STATELESS_SECTORS, UNPLACED_CODES } from './match-words.js';

/** Whether a country code places an actor: a state (ISO 3166-1 alpha-3, a dictionary's code) or an IGO (UN, EU). */
function places(code: string | null): code is string {
  return !!code && !UNPLACED_CODES.has(code);
}

/** Sectors of bodies and groups that act where they are: the state, armed groups, parties, civilians, refugees, labour. */
const POLITICAL = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'DIP', 'REB', 'OPP', 'PTY', 'UAF', 'PRM', 'INS', 'CVL', 'REF', 'LAB', 'ELI']);

/** Titles only a state's officials hold. */
const STATE_TITLE = /\b(?:Minister|Premier|Chancellor|Treasurer)\b/;

/** Titles of those a state posts abroad. */
const POSTED = /\b(?:Diplomat|Ambassador|Envoy|Consul|Charg[eé])/i;

/** A rank or office abbreviation before a name ("Lt. Gen. Prosper Avril", "Gov. Ann Ruiz") makes a titled person. */
const RANK = /^(?:Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Brig|Sgt|Gov|Sen|Rep|Amb)\.\s/;

/** "-backed", "-sponsored": a hyphenated patron before the actor. */
const PATRON = /^-(?:backed|sponsored|funded|supported|allied|armed|trained|friendly|aligned|installed|appointed|controlled)\b/;

/** "Jordan's visiting King …": a possessor right before the actor (at most two words between) is its country. */
const POSSESSOR_GAP = /^['’]s?(?:\s+[\p{Ll}-]+){0,2}\s+$/u;

interface Located {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
}

/**
 * Actors with no country (an unknown "President Dos Santos", "rebels", "the Liberation Front") take the country of the
 * nearest mention, in the same sentence, of another actor placed in a state or an IGO ("… in Abidjan", "An Argentine
 * judge ordered former president …", "Kenzo Oshima, the UN relief coordinator"); a possessor ("Jordan's visiting
 * King …") counts as nearest. Bare names (a person with no title or sector) and bodies outside politics (universities,
 * companies, hospitals) are left alone: in ordinary prose they are too often foreign to the places around them. The first named mention of the actor decides; pronouns do not count. Media,
 * companies, IGOs and NGOs keep no country. With nothing placed in its sentence, an office of the state takes `home`,
 * the state the whole story is set in (see main-state.ts), if there is one; `sole` says no other state comes close to
 * it (only then does it outrank a state named after an office). Returns new actor objects where a country was filled
 * in.
 *
 * Cost: one pass over the mentions, then a scan of each uncountried actor's sentence.
 */
export function inferContextCountries(actors: readonly Actor[], doc: Doc, home: string | null = null, sole = true): Actor[] {
  const text = doc.text;
  const bySentence = new Map<number, Located[]>();
  for (const a of actors) {
    // (A news agency, a company or a sports body places no one near it: "President X, Reuters reported", "X told AFP",
    // "FIFA banned the club, its president X said": a governing body's seat is no one's state.)
    if (!places(a.country) || a.sector === 'MED' || a.sector === 'BUS' || a.sector === 'SPT') continue;
    for (const m of a.mentions) {
      if (m.how === 'pronoun') continue;
      const s = doc.sentenceAt(m.start);
      let list = bySentence.get(s);
      if (!list) bySentence.set(s, (list = []));
      list.push({ actor: a, start: m.start, end: m.end });
    }
  }
  return actors.map((a) => {
    if (a.country || a.kind === 'country' || a.kind === 'place') return a;
    if (home && settledAtHome(a, home, doc, bySentence, actors)) return { ...a, country: home };
    const first = a.mentions.find((m) => m.how !== 'pronoun');
    if (!first) return a;
    // ("Ana Ruiz, 52, a cassava farmer from …": someone whose age the story gives is placed like a civilian, whatever
    // their trade.)
    const aged = a.kind === 'person' && AGE_AFTER.test(text.slice(first.end, first.end + 8));
    if (STATELESS_SECTORS.has(a.sector ?? '') && !aged) return a;
    // A bare name says nothing of a role; only titled people, role groups and bodies with a sector are placed.
    const ranked = a.kind === 'person' && a.mentions.some((m) => RANK.test(text.slice(m.start, m.end)));
    if (a.kind === 'person' && !a.title && !a.sector && !ranked) return a;
    if ((a.kind === 'organization' || a.kind === 'group') && !POLITICAL.has(a.sector ?? '')) return a;
    let best: Located | null = null;
    let bestGap = Infinity;
    // (A minister is a state's: "Argentina has asked the IMF to …, Economy Minister X said" is not the IMF's.)
    // (Nor is a state's own body: "…, alongside NATO Secretary-General X, the presidential palace's press office said".)
    // (Only one named by a common noun: "according to a Commission statement" near the EU is the European Commission.)
    const national = (a.kind === 'person' && STATE_TITLE.test(a.title ?? '')) || (a.kind === 'organization' && STATE_OFFICE.has(a.sector ?? '') && first.how === 'anonymous');
    for (const o of bySentence.get(doc.sentenceAt(first.start)) ?? []) {
      if (national && (o.actor.sector === 'IGO' || !isAlpha3(o.actor.country ?? ''))) continue;
      // "US-backed rebels" are not American: a patron joined by a hyphen places no one.
      if (o.end <= first.start && PATRON.test(text.slice(o.end, first.start))) continue;
      // A mention inside the actor's own words ("… of Angola") is the nearest of all, then a possessor before it.
      const inside = o.start >= first.start && o.end <= first.end;
      const gap = inside ? -2 : o.start >= first.end ? o.start - first.end : POSSESSOR_GAP.test(text.slice(o.end, first.start)) ? -1 : first.start - o.end;
      if (gap < bestGap) {
        best = o;
        bestGap = gap;
      }
    }
    // ("Civil Protection Minister Nikos Papadakis said Italy and France were sending planes", in a Greek story: a state
    // named after an office, not as its "of", is an object when the story is set in another state. An IGO named after
    // it may still be the office's: "Vice President X said the Commission …".)
    // (A diplomat is posted where the story puts them: "A Western diplomat in Lilongwe" takes only a possessor's
    // country or one inside its own words.)
    if (a.kind === 'person' && POSTED.test(a.title ?? '') && bestGap >= 0) return a;
    const after = !!best && best.start >= first.end && !/^\s+of\s+(?:the\s+)?$/.test(text.slice(first.end, best.start));
    if (best && after && home && sole && isAlpha3(best.actor.country ?? '') && best.actor.sector !== 'IGO' && STATE_OFFICE.has(a.sector ?? '') && best.actor.country !== home) return { ...a, country: home };
    if (best) return { ...a, country: best.actor.country };
    // "Mayor Tishaura Jones" in a story set in St. Louis, Missouri: an office of the state names none when the whole
    // story is in one state. Nor do the civilians a story from one state quotes ("said Ana Ruiz, a 67-year-old
    // beekeeper"), nor its unions.
    return home && (STATE_OFFICE.has(a.sector ?? '') || a.sector === 'CVL' || a.sector === 'LAB' || aged) ? { ...a, country: home } : a;
  });
}

/** Sectors of a state's own offices and bodies: held by someone in a one-state story, they are that state's. */
const STATE_OFFICE = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'PTY', 'OPP']);


/**
 * Sectors outside the state whose unlisted bodies, and the people who speak for them, are mostly of the story's state
 * (for the media, the outlets only).
 */
const CIVIL = new Set(['NGO', 'EDU', 'HLH', 'SPT', 'REL', 'BUS', 'MED']);

/** Words in a body's name that say it spans states ("International Coordinating Group", "European Sea Ports Organisation"). */
const SPANS_STATES = /\b(?:International|Global|World|Worldwide|Multinational|European|Asian|African|Arab|Islamic|Latin|Americas|Inter-American|Pan-\p{L}+|Commonwealth|Nordic|Gulf|Pacific|Atlantic|Caribbean|Andean|Regional|Central American)\b/u;

/**
 * Whether an unlisted body outside the state (a local NGO, university, hospital, club, church or company), or a person
 * of such a sector, is of `home`, the state a one-state story is set in: "said Ana Ruiz, director of the Tarrow
 * Housing Trust" in a story set in one state. Not when its name says it spans states, when its first sentence names
 * another state ("an analyst at BMI in London"), or when a person's words name a body of their own ("A Gavi
 * spokeswoman": the body's state is theirs, see employers.ts).
 */
function settledAtHome(a: Actor, home: string, doc: Doc, bySentence: ReadonlyMap<number, readonly Located[]>, actors: readonly Actor[]): boolean {
  if (a.ref || !CIVIL.has(a.sector ?? '') || (a.kind !== 'organization' && a.kind !== 'person') || SPANS_STATES.test(a.name)) return false;
  // (An outlet, but not its people: the reporters and editors of a wire's credit line work for the wire.)
  if (a.sector === 'MED' && a.kind === 'person') return false;
  const first = a.mentions.find((m) => m.how !== 'pronoun');
  if (!first) return false;
  if ((bySentence.get(doc.sentenceAt(first.start)) ?? []).some((o) => o.actor !== a && isAlpha3(o.actor.country ?? '') && o.actor.country !== home)) return false;
  if (a.kind === 'person' && actors.some((o) => o !== a && o.kind === 'organization' && o.mentions.some((m) => m.start >= first.start && m.end <= first.end))) return false;
  return true;
}
