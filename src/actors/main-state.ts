// Which state an article is about: how often its candidates place something in each state.
import type { Candidate } from './article-context.js';
import { STATELESS_SECTORS } from './match-words.js';

/** "-based", "-born", "-listed": a place joined to the next word says where that one is, not what the story is about. */
const JOINED_WORDS = 'based|born|bound|registered|headquartered|listed';
const JOINED = new RegExp(`^-(?:${JOINED_WORDS})\\b`);
const JOINED_INSIDE = new RegExp(`\\p{L}-(?:${JOINED_WORDS})\\b`, 'u');

/** The hyphen both patterns start from: without one, neither can match, and no text need be sliced. */
const HYPHEN = 0x2d;

/** Whether the candidate is a place joined to the word after it by "-based", "-born" … ("a Luxembourg-based court"). */
export function joinedAfter(c: Candidate, text: string): boolean {
  return text.charCodeAt(c.end) === HYPHEN && JOINED.test(text.slice(c.end, c.end + 16));
}

/** Whether a "-based" … joins two words inside the span ("the Luxembourg-based court"): `JOINED_INSIDE` on its text. */
function joinedInside(text: string, start: number, end: number): boolean {
  // (The pattern needs a letter before the hyphen, so a hyphen at `start` alone cannot match.)
  for (let k = start + 1; k < end; k++) if (text.charCodeAt(k) === HYPHEN) return JOINED_INSIDE.test(text.slice(start, end));
  return false;
}

/** Whether a country field holds an ISO alpha-3 code (`/^[A-Z]{3}$/`, without a regex test for every candidate). */
export function isAlpha3(code: string): boolean {
  if (code.length !== 3) return false;
  for (let k = 0; k < 3; k++) {
    const ch = code.charCodeAt(k);
    if (ch < 65 || ch > 90) return false;
  }
  return true;
}

/**
 * How many candidates place something in each state (ISO alpha-3 codes only): countries, places, demonyms, state
 * bodies and titled officials with a country, and listed people by the state of their latest role. Not counted:
 * pronouns, weak candidates, names many states share ("the Senate"), news media, companies, IGOs, NGOs, listed
 * sports bodies, places joined by "-based", and (unless asked for with `nested` and `datelines`) places named inside
 * another name and datelines.
 */
export function stateTally(cands: readonly Candidate[], text: string, options: { datelines?: boolean; nested?: boolean } = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cands) {
    if (c.weak || c.how === 'pronoun' || STATELESS_SECTORS.has(c.sector ?? '')) continue;
    // (Nor a listed sports body: FIFA's seat says nothing of where a story about a Turkish club is.)
    if (c.sector === 'SPT' && c.entry?.type === 'org') continue;
    // A listed person counts for the state of their roles ("President Joe Biden").
    const country = c.country ?? (c.entry?.type === 'person' ? c.entry.country ?? c.entry.roles[c.entry.roles.length - 1]?.country ?? null : null);
    if (!country || !isAlpha3(country)) continue;
    if ((c.entry?.type === 'seat' || c.entry?.type === 'org') && c.entry.shared) continue;
    if ((!options.nested && c.why.includes('inside a name')) || (!options.datelines && c.why.includes('dateline')) || joinedAfter(c, text)) continue;
    // (Nor the body such a place locates: "the Luxembourg-based court" sits there, the story need not.)
    if (joinedInside(text, c.start, c.end)) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/** The state counted most, when it is counted at least `min` times and no other state as often; else null. */
export function mainStateOf(counts: ReadonlyMap<string, number>, min: number): string | null {
  let best: string | null = null;
  let tie = false;
  for (const [code, n] of counts) {
    const top = best === null ? -1 : counts.get(best)!;
    if (n > top) { best = code; tie = false; } else if (n === top) tie = true;
  }
  return best !== null && !tie && counts.get(best)! >= min ? best : null;
}

/**
 * The state a story is set in: the state counted at least three times when no other is counted half as often, or,
 * when the story's dateline is in `dateline` (or, with no dateline, the lead names only that state), that state if it
 * is counted at least three times and no other more often (a story from Punta Cana that also names an American
 * university and agency is still set in the Dominican Republic). Null for stories that move between states.
 */
export function homeStateOf(counts: ReadonlyMap<string, number>, dateline: string | null = null): string | null {
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  if (!ranked.length || ranked[0][1] < 3) return null;
  if (!ranked[1] || ranked[1][1] * 2 <= ranked[0][1]) return ranked[0][0];
  // (Tied for the most, too: the story's own place breaks the tie.)
  return dateline !== null && counts.get(dateline) === ranked[0][1] ? dateline : null;
}

/**
 * Where the lead ends: the article's first paragraph, if it is one or two sentences long (a wire story's lead), else its
 * first sentence. `cands` give the sentence of each offset.
 */
export function leadEndOf(text: string, cands: readonly Candidate[]): number {
  const firstSentenceEnd = Math.max(0, ...cands.filter((c) => c.sentence === 0).map((c) => c.end));
  const paragraph = text.search(/\n\s*\n/);
  if (paragraph < 0) return firstSentenceEnd;
  const inLead = cands.filter((c) => c.end <= paragraph);
  return inLead.every((c) => c.sentence <= 1) ? paragraph : firstSentenceEnd;
}
