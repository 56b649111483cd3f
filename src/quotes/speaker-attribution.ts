// Links speaker words to actors: by mention overlap, pronouns to the nearest compatible subject, anonymous stay anonymous.
import { lowerBound, type Actor, type ActorKind, type Doc, type SpeakerRef, type TextSpan, type Token } from '../core/index.js';
import type { QuotesLexicon } from './lexicon.js';
import { POSSESSIVE } from './speaker-span.js';

interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly actor: Actor;
  /** How the words refer to the actor ("appositive", "pronoun", …), when the actors stage says. */
  readonly how?: string;
}

/** Actor mentions of a document, sorted by start, for overlap and nearest-mention look-ups. */
export class MentionIndex {
  readonly mentions: readonly MentionRef[];
  readonly #maxLength: number;
  constructor(actors: readonly Actor[]) {
    const all: MentionRef[] = [];
    for (const actor of actors) for (const m of actor.mentions) all.push({ start: m.start, end: m.end, actor, how: m.how });
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = all;
    this.#maxLength = all.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }
  /** Index of the first mention starting at or after `offset`. */
  #lowerBound(offset: number): number {
    return lowerBound(this.mentions, offset, (m) => m.start);
  }
  overlapping(start: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.#lowerBound(start - this.#maxLength); i < this.mentions.length && this.mentions[i].start < end; i++) {
      if (this.mentions[i].end > start) out.push(this.mentions[i]);
    }
    return out;
  }
  before(offset: number, from: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.#lowerBound(from); i < this.mentions.length && this.mentions[i].start < offset; i++) {
      if (this.mentions[i].end <= offset) out.push(this.mentions[i]);
    }
    return out;
  }
}

/** What follows an owner that speaks for it: "his office said", "The EU's delegation in Malawi said". */
const OWNED_OFFICE = /^(?:['’]s?)?\s+(?:office|delegation|mission)$/i;

const PERSON_KINDS: ReadonlySet<ActorKind> = new Set(['person']);
const GROUP_KINDS: ReadonlySet<ActorKind> = new Set(['organization', 'country', 'group', 'person']);
const ORG_KINDS: ReadonlySet<ActorKind> = new Set(['organization', 'country']);

function kindsFor(pronounKind: string): ReadonlySet<ActorKind> {
  if (pronounKind === 'person') return PERSON_KINDS;
  if (pronounKind === 'organization') return ORG_KINDS;
  return GROUP_KINDS;
}

/** Whether the speaker words are an unnamed source: no proper noun, head noun such as "official" or "source". */
export function isAnonymous(tokens: readonly Token[], lex: QuotesLexicon): boolean {
  let core = tokens;
  const cut = tokens.findIndex((t, i) => i > 0 && (t.pos === 'ADP' || t.text === ',' || (t.pos === 'ADJ' && t.norm === 'familiar') || t.norm === 'who'));
  if (cut > 0) core = tokens.slice(0, cut);
  const h = core.map((t) => lex.anonymousHeads.has(t.norm) && t.pos === 'NOUN').lastIndexOf(true);
  if (h < 0) return false;
  // A name after the head makes it a title ("spokesman Ivo Brand"); a name before it is a modifier ("a Western person",
  // "a State Department official") only when a determiner or number opens the phrase.
  if (core.slice(h + 1).some((t) => t.pos === 'PROPN')) return false;
  const hasName = core.slice(0, h).some((t) => t.pos === 'PROPN');
  return !hasName || core[0].pos === 'DET' || core[0].pos === 'NUM';
}

/** Whether an actor is an unnamed source: the mention its name comes from is one ("A senior trade official"). */
function unnamedActor(doc: Doc, actor: Actor, lex: QuotesLexicon): boolean {
  const m = actor.mentions.find((x) => doc.text.slice(x.start, x.end) === actor.name);
  return !!m && isAnonymous(doc.tokensIn(m), lex);
}

/** Whether a mention is in subject position: a verb, auxiliary or appositive comma follows it. */
function isSubject(doc: Doc, m: MentionRef): boolean {
  const next = doc.tokensIn({ start: m.end, end: m.end + 40 }).find((t) => t.start >= m.end);
  const prev = doc.tokensIn({ start: Math.max(0, m.start - 40), end: m.start }).filter((t) => t.end <= m.start).pop();
  // "supportive of Russia, …" is an object, not a subject.
  if (prev && (prev.pos === 'ADP' || prev.pos === 'VERB')) return false;
  return !!next && (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',');
}

/**
 * Resolve the speaker words of one quote to an actor.
 * 1. With no mention in the core of the speaker words (before any preposition or comma), the actor named in apposition
 *    right after them ("said his wife, Rudo Moyo"); not after the cue "according to" (`cue`, when known).
 * 2. A mention overlapping the core of the speaker words, persons first.
 * 3. Pronouns: the nearest earlier compatible mention in subject position within two sentences, else the nearest one.
 * Unnamed sources ("the official", "a source familiar with …") only take an actor that is itself unnamed.
 */
export function resolveSpeaker(doc: Doc, speaker: TextSpan, index: MentionIndex, lex: QuotesLexicon, cue: TextSpan | null = null): SpeakerRef {
  const toks = doc.tokensIn(speaker);
  const anonymous = isAnonymous(toks, lex);
  let coreEnd = speaker.end;
  const cut = toks.find((t, i) => i > 0 && (t.pos === 'ADP' || t.text === ','));
  if (cut) coreEnd = cut.start;
  // A possessor inside the speaker words is not the speaker: "Xi’s government", "the company's lawyer", "His supporters".
  // But one's office speaks for one: "his office said".
  // ("The labour organization's office in Dhaka said": the office's owner, before a cut too.)
  // (Not a person's mention that opens the speaker words, cut before an owner's mark: "A spokesperson for the European
  // Union|'s delegation in Tunis".)
  const possessor = (m: MentionRef): boolean =>
    !(m.start <= speaker.start && m.actor.kind === 'person' && /^(?:an?|the)\s/i.test(doc.text.slice(m.start, m.end))) &&
    ((/^\s*['’]s?\b/.test(doc.text.slice(m.end, m.end + 3)) && m.end + 3 < speaker.end)
      || (POSSESSIVE.has(doc.text.slice(m.start, m.end).toLowerCase()) && m.end + 1 < speaker.end))
    && !OWNED_OFFICE.test(doc.text.slice(m.end, speaker.end).trimEnd()) && !OWNED_OFFICE.test(doc.text.slice(m.end, coreEnd).trimEnd());
  // (A place after the core's preposition is where the speaker is, not who: "The EU's delegation in Malawi said".)
  const where = (m: MentionRef): boolean => m.start >= coreEnd && (m.actor.kind === 'place' || m.actor.kind === 'country') && /^\s*(?:in|at|from)\s/i.test(doc.text.slice(coreEnd, m.start));
  // (Nor is a name joined by a hyphen to the word after it, which describes: "The Geneva-based group said".)
  const joined = (m: MentionRef): boolean => m.end < speaker.end && /^-\p{Ll}/u.test(doc.text.slice(m.end, m.end + 2));
  const over = index.overlapping(speaker.start, speaker.end).filter((m) => !possessor(m) && !where(m) && !joined(m));
  // "said his wife, Rudo Moyo", "The organisers of the Berlin Marathon, SCC Events, said": the actor named in
  // apposition right after the speaker words, when none is named in their core (before any preposition or comma).
  // (Not after "according to": "According to a source, the attorney general, X, disagreed" is what the source said.)
  const source = !!cue && /^according to$/i.test(cue.text);
  const appositive = source ? undefined : index.overlapping(speaker.end, speaker.end + 4).find((m) => m.start >= speaker.end && m.actor.kind !== 'place' && /^\s*,\s*$/.test(doc.text.slice(speaker.end, m.start)));
  const named = appositive && !lex.pronouns.has(doc.text.slice(appositive.start, appositive.end).toLowerCase()) && (appositive.actor.kind === 'person' || !anonymous) ? appositive : undefined;
  if (named && !over.some((m) => m.start < coreEnd)) return { ...speaker, actor: named.actor.id };
  if (over.length) {
    const core = over.filter((m) => m.start < coreEnd);
    const pool = core.length ? core : over;
    const ranked = [...pool].sort((a, b) => {
      const pa = a.actor.kind === 'person' ? 1 : 0;
      const pb = b.actor.kind === 'person' ? 1 : 0;
      return pb - pa || b.end - b.start - (a.end - a.start) || b.start - a.start;
    });
    const pick = ranked[0];
    // (Unnamed speaker words take a named actor only as its appositive: "A spokesman for the police, Paul Ncube,".
    // They take an unnamed one when a mention of it is the speaker words themselves: "A senior trade official, who
    // …, said", "the official said".)
    // (The core ends at its last word, before the space that precedes a cut: "A spokeswoman| for Sunwa".)
    let lastWordEnd = coreEnd;
    while (lastWordEnd > speaker.start && /\s/.test(doc.text[lastWordEnd - 1])) lastWordEnd--;
    const covers = pick.start <= speaker.start && pick.end >= lastWordEnd;
    const own = covers && unnamedActor(doc, pick.actor, lex);
    // ("A spokesman for the president, Battsengel Dorj, said … the spokesman said": definite words the actors stage
    // read as a mention of a named person are that person when the text described the person so before.)
    const head = /(\p{L}+)\s*$/u.exec(doc.text.slice(speaker.start, lastWordEnd))?.[1].toLowerCase();
    const pointsBack = covers && /^the\s/i.test(speaker.text) && pick.actor.kind === 'person' && !!head
      && pick.actor.mentions.some((m) => m.end <= speaker.start && m.how === 'appositive' && doc.text.slice(m.start, m.end).toLowerCase().split(/[^\p{L}]+/u).includes(head));
    if (!anonymous || own || pointsBack || !/^[A-Z]/.test(pick.actor.name) || pick.how === 'appositive') return { ...speaker, actor: pick.actor.id };
    return { ...speaker, actor: null };
  }
  if (anonymous) return { ...speaker, actor: null };
  const pronoun = toks.length === 1 && toks[0].pos === 'PRON' ? lex.pronouns.get(toks[0].norm) : undefined;
  if (pronoun) {
    const kinds = kindsFor(pronoun);
    const si = doc.sentenceAt(speaker.start);
    const sentences = doc.get('sentences');
    const from = si >= 0 ? sentences[Math.max(0, si - 2)].start : 0;
    // (Not a name inside another's: "the Kuwait Integrated Petroleum Industries Company said … it said" is the
    // company's, not Kuwait's.)
    const inside = (m: MentionRef) => index.overlapping(m.start, m.end).some((o) => o.actor !== m.actor && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    const near = index
      .before(speaker.start, from)
      .filter((m) => kinds.has(m.actor.kind) && !inside(m))
      .reverse();
    const subject = near.find((m) => isSubject(doc, m));
    // Only "he"/"she"/"I" fall back to the nearest mention; "it", "they", "we" need a subject antecedent.
    const pick = subject ?? (pronoun === 'person' ? near[0] : undefined);
    if (pick) return { ...speaker, actor: pick.actor.id };
  }
  return { ...speaker, actor: null };
}
