// Country from context: an actor named without a country takes the country of the nearest actor in its sentence.
import type { Actor, Sentence } from '../core/index.js';

/** Codes in `country` that name no state (IGOs, NGOs, transnational movements). */
const NON_STATE = new Set(['NGO', 'IGO', 'IMG', 'ISM', 'MNC', 'UNO', 'EUR']);
/** Sectors that do not belong to the country where they report or trade: news media, companies, IGOs and NGOs. */
const STATELESS_SECTORS = new Set(['MED', 'BUS', 'IGO', 'NGO']);

/** Whether a country code names a state (ISO 3166-1 alpha-3, or a user dictionary's three-letter code). */
function isState(code: string | null): code is string {
  return !!code && /^[A-Z]{3}$/.test(code) && !NON_STATE.has(code);
}

interface Located {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
}

/**
 * Actors with no country (an unknown "President Dos Santos", "rebels", "the Liberation Front") take the country of the
 * nearest mention, in the same sentence, of another actor that has a state country ("… in Abidjan", "An Argentine
 * judge ordered former president …"). The first named mention of the actor decides; pronouns do not count. Media,
 * companies, IGOs and NGOs keep no country. Returns new actor objects where a country was filled in.
 *
 * Cost: one pass over the mentions, then a scan of each uncountried actor's sentence.
 */
export function inferContextCountries(actors: readonly Actor[], sentences: readonly Sentence[]): Actor[] {
  const bySentence = new Map<number, Located[]>();
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const a of actors) {
    if (!isState(a.country)) continue;
    for (const m of a.mentions) {
      if (m.how === 'pronoun') continue;
      const s = sentenceOf(m.start);
      let list = bySentence.get(s);
      if (!list) bySentence.set(s, (list = []));
      list.push({ actor: a, start: m.start, end: m.end });
    }
  }
  return actors.map((a) => {
    if (a.country || a.kind === 'country' || a.kind === 'place' || STATELESS_SECTORS.has(a.sector ?? '')) return a;
    const first = a.mentions.find((m) => m.how !== 'pronoun');
    if (!first || !sentences.length) return a;
    let best: Located | null = null;
    let bestGap = Infinity;
    for (const o of bySentence.get(sentenceOf(first.start)) ?? []) {
      // A mention inside the actor's own words ("… of Angola") is the nearest of all.
      const gap = o.start >= first.start && o.end <= first.end ? -1 : o.start >= first.end ? o.start - first.end : first.start - o.end;
      if (gap < bestGap) {
        best = o;
        bestGap = gap;
      }
    }
    return best ? { ...a, country: best.actor.country } : a;
  });
}
