// Finding events: PLOVER patterns matched over each sentence's clause structure, with actors, negation and modality.
import type { Actor, Doc, EventActorRef, Modality, PloverType, Token } from '../core/index.js';
import { parseClauses, type Conjunct, type PhraseGroup, type Predicate, type PrepPhrase, type SentenceStructure } from './clauses/index.js';
import type { EventsLexicon, NounPattern, VerbPattern } from './lexicon.js';
import { SentenceDates } from './dates.js';

/** A found event, before ids are assigned. `why` names the pattern and the frame that fired. */
export interface EventCandidate {
  readonly kind: 'EventCandidate';
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly score: number;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly source: EventActorRef;
  readonly target: EventActorRef | null;
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: number;
  readonly date: string | null;
  readonly why: string;
}

/** Options for matching. */
export interface MatchOptions {
  /**
   * Convert future or conditional material actions as PLOVER prescribes: cooperative ones to AGREE, conflictual ones
   * to THREATEN (with the action as mode). Default true.
   */
  readonly futureAsIntent?: boolean;
}

interface MentionRef {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Actor mentions by token, for looking up the actor a noun phrase names. */
class MentionLookup {
  readonly #byToken: (MentionRef | undefined)[];

  constructor(doc: Doc, tokens: readonly Token[]) {
    this.#byToken = new Array(tokens.length);
    const refs: MentionRef[] = [];
    for (const actor of doc.get('actors')) {
      for (const m of actor.mentions) refs.push({ actor, start: m.start, end: m.end, text: m.text });
    }
    refs.sort((a, b) => a.start - b.start);
    // One merge walk over mentions and tokens; the longest mention wins a token.
    let t = 0;
    for (const ref of refs) {
      while (t < tokens.length && tokens[t]!.end <= ref.start) t++;
      for (let i = t; i < tokens.length && tokens[i]!.start < ref.end; i++) {
        const old = this.#byToken[i];
        if (!old || old.end - old.start < ref.end - ref.start) this.#byToken[i] = ref;
      }
    }
  }

  at(i: number): MentionRef | undefined {
    return this.#byToken[i];
  }

  /** The mention a conjunct names: at its head, else in its phrase (last first), else in attached phrases. */
  forConjunct(c: Conjunct, allowPlace: boolean): MentionRef | null {
    const ok = (m: MentionRef | undefined): m is MentionRef => !!m && (allowPlace || m.actor.kind !== 'place');
    let found: MentionRef | null = null;
    const head = this.at(c.np.head);
    if (ok(head)) found = head;
    // "White House security officials": a modifier that names a country beats a head that does not.
    for (let i = c.np.end - 1; i >= c.np.start && !found?.actor.country; i--) {
      const m = this.at(i);
      if (ok(m) && (!found || m.actor.country)) found = m;
    }
    // Appositives and of-complements: "Kenzo Oshima, the United Nations relief coordinator", "leaders of Romania".
    for (const np of c.attached) {
      for (let i = np.start; i < np.end && !found?.actor.country; i++) {
        const m = this.at(i);
        if (ok(m) && (!found || m.actor.country)) found = m;
      }
    }
    // A subject that names no country takes the country of where it is ("demonstrators in Baghdad").
    if (!found?.actor.country) {
      for (const np of c.located) {
        for (let i = np.start; i < np.end; i++) {
          const m = this.at(i);
          if (m?.actor.country) return m;
        }
      }
    }
    return found;
  }

  /** One mention per conjunct (distinct actors). */
  forGroup(g: PhraseGroup | null, allowPlace: boolean): MentionRef[] {
    if (!g) return [];
    const out: MentionRef[] = [];
    for (const c of g.conjuncts) {
      const m = this.forConjunct(c, allowPlace);
      if (m && !out.some((o) => o.actor.id === m.actor.id)) out.push(m);
    }
    return out;
  }
}

const refOf = (m: MentionRef): EventActorRef => ({ actor: m.actor.id, start: m.start, end: m.end, text: m.text });

const FALLBACK_SLOTS = ['object', 'prep:to', 'prep:with', 'prep:against', 'prep:on', 'prep:from', 'prep:into', 'prep:at', 'prep:for', 'prep:in'];
const VENUE_TYPES = new Set<PloverType>(['CONSULT', 'AGREE']);
const SENSE_PARTICLES = new Set(['off', 'down', 'back', 'away']);
const OBJECT_PREPS = new Set(['with', 'between', 'against', 'by', 'of', 'on', 'to', 'toward', 'towards']);
const COMPLEMENT_TARGET = new Set<PloverType>(['REQUEST', 'THREATEN', 'ACCUSE']);
const COOP_TO_AGREE = new Set<PloverType>(['CONSULT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE', 'SUPPORT']);
const LOCATED_SOURCE = new Set<PloverType>(['COERCE', 'ACCUSE', 'SANCTION']);
const LOCATING_PREPS = new Set(['in', 'near', 'outside', 'at']);
/** Prepositions that open an adjunct of the clause (time, circumstance), never a modifier of the object. */
const ADJUNCT_PREPS = new Set(['during', 'amid', 'despite', 'since', 'until']);
const CONFLICT_TO_THREATEN = new Set<PloverType>(['SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT', 'PROTEST']);

/** Find event candidates in a Doc (reads sentences, tokens, actors and quotes). */
export function matchEvents(doc: Doc, lex: EventsLexicon, options: MatchOptions = {}): EventCandidate[] {
  const tagged = doc.get('tokens');
  const sentences = doc.get('sentences');
  const actors = doc.get('actors');
  if (!actors.length) return [];
  const mentions = new MentionLookup(doc, tagged);
  const tokens = subjunctivesAsVerbs(participlesAsVerbs(namesAsNouns(tagged, mentions), lex), lex);
  const quotes = doc.get('quotes');
  const dates = new SentenceDates(doc);
  const out: EventCandidate[] = [];
  const futureAsIntent = options.futureAsIntent ?? true;

  for (const s of sentences) {
    // Only sentences with at least one actor mention can yield an event.
    let any = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !any; i++) any = !!mentions.at(i);
    if (!any) continue;
    const st = parseClauses(tokens, s.tokenStart, s.tokenEnd);
    const ctx: SentenceCtx = { doc, tokens, lex, mentions, st, sentence: s.index, quotes, dates, futureAsIntent, out, consumed: new Set() };
    st.predicates.forEach((p, n) => codePredicate(ctx, p, n));
    codeNominals(ctx);
  }
  return dedupe(out);
}

const RETAGGED = new Set(['VERB', 'AUX', 'ADJ', 'ADV']);

/**
 * The tokens with capitalized words inside a multi-word actor name read as proper nouns: the tagger's "Red Cross/VERB"
 * or "Human Rights Watch/VERB" must not open a verb group in the middle of a name. Other tokens are shared, not copied.
 */
function namesAsNouns(tokens: readonly Token[], mentions: MentionLookup): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = mentions.at(i);
    if (!m || !RETAGGED.has(t.pos) || !/^\p{Lu}/u.test(t.text) || (m.start === t.start && m.end === t.end)) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'PROPN' };
  }
  return out ?? tokens;
}

const PERFECT_OR_PASSIVE_AUX = new Set(['have', 'has', 'had', 'having', 'be', 'been', 'being', 'was', 'were', 'is', 'are', 'am']);
const ADVERB_GAP = 2;

/**
 * Past participles the tagger read as nouns or adjectives right after "have"/"be" ("have retaken/NOUN a village",
 * "were harassed/ADJ") become verbs when they de-inflect to a verb the pattern dictionary knows. Adverbs may sit
 * between ("have also retaken"). Tokens are shared, not copied, unless one changes.
 */
function participlesAsVerbs(tokens: readonly Token[], lex: EventsLexicon): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !/^\p{Ll}+$/u.test(t.text) || !/(ed|en)$/.test(t.norm)) continue;
    let a = i - 1;
    while (a > 0 && i - a <= ADVERB_GAP && tokens[a]!.pos === 'ADV' && tokens[a]!.sentence === t.sentence) a--;
    const aux = tokens[a]!;
    if (aux.sentence !== t.sentence || !PERFECT_OR_PASSIVE_AUX.has(aux.norm) || (aux.pos !== 'AUX' && aux.pos !== 'VERB')) continue;
    const lemma = participleLemma(t.norm, lex);
    if (!lemma) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB', lemma };
  }
  return out ?? tokens;
}

const MANDATIVE = new Set(['demand', 'insist', 'ask', 'urge', 'request', 'propose', 'recommend', 'require', 'suggest', 'order', 'call']);
const SUBJUNCTIVE_NEXT = new Set(['DET', 'NOUN', 'ADJ', 'PRON', 'NUM', 'PROPN', 'ADP', 'PART']);

/**
 * The bare verb of a mandative clause the tagger read as a noun: "demanded that the government end/NOUN curbs",
 * "urged that Freedonia release/NOUN the prisoners". After a demand-type verb and "that", the first base-form noun
 * that follows the subject's head and is a dictionary verb becomes that clause's verb.
 */
function subjunctivesAsVerbs(tokens: readonly Token[], lex: EventsLexicon): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const that = tokens[i]!;
    const gov = tokens[i - 1]!;
    if (that.norm !== 'that' || gov.pos !== 'VERB' || !MANDATIVE.has(gov.lemma.toLowerCase())) continue;
    let k = i + 1;
    if (tokens[k]?.pos === 'DET' && tokens[k]!.sentence === that.sentence) k++;
    let nominals = 0;
    for (; k < tokens.length && tokens[k]!.sentence === that.sentence; k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') break; // the clause already has its verb
      if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ') break;
      const next = tokens[k + 1];
      const prev = tokens[k - 1]!;
      if (
        t.pos === 'NOUN' && nominals > 0 && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && t.norm === t.lemma.toLowerCase() &&
        lex.verbs.has(t.norm) && !!next && next.sentence === t.sentence && SUBJUNCTIVE_NEXT.has(next.pos) &&
        !verbAhead(tokens, k + 1)
      ) {
        out ??= [...tokens];
        out[k] = { ...t, pos: 'VERB' };
        break;
      }
      nominals++;
    }
  }
  return out ?? tokens;
}

/** Whether a verb follows within the same clause (up to punctuation, a subordinator or a relative pronoun). */
function verbAhead(tokens: readonly Token[], from: number): boolean {
  const s = tokens[from - 1]!.sentence;
  for (let k = from; k < tokens.length && tokens[k]!.sentence === s; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'CCONJ') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** The dictionary verb a participle form comes from ("harassed" → harass, "retaken" → retake, "beaten" → beat), else null. */
function participleLemma(w: string, lex: EventsLexicon): string | null {
  const stems: string[] = [];
  if (w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) stems.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('en')) stems.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  for (const s of stems) if (s.length > 2 && (lex.verbs.has(s) || lex.lightVerbs.has(s))) return s;
  return null;
}

interface SentenceCtx {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  readonly lex: EventsLexicon;
  readonly mentions: MentionLookup;
  readonly st: SentenceStructure;
  readonly sentence: number;
  readonly quotes: readonly { readonly start: number; readonly end: number }[];
  readonly dates: SentenceDates;
  readonly futureAsIntent: boolean;
  readonly out: EventCandidate[];
  /** Noun-phrase heads already coded through a light verb. */
  readonly consumed: Set<number>;
}

interface Fired {
  readonly pattern: VerbPattern | NounPattern;
  readonly verb: number;
  /** Token that names the event (the verb, or the noun after a light verb). */
  readonly triggerEnd: number;
  readonly frame: string;
}

const PARTICIPLE_AGENT = new Set(['by', 'from']);
const PARTICIPLE_GOAL = new Set(['into', 'to', 'toward', 'towards']);
const COMPOUND_POS = new Set(['NOUN', 'NUM', 'ADJ', 'PROPN']);

function headLemma(tokens: readonly Token[], g: PhraseGroup | null): string | null {
  if (!g) return null;
  return tokens[g.conjuncts[0]!.np.head]!.lemma.toLowerCase();
}

/** The head lemma of any conjunct that is in `set` ("photographs and other military intelligence"), else null. */
function headIn(tokens: readonly Token[], g: PhraseGroup | null, set: ReadonlySet<string>): string | null {
  if (!g) return null;
  for (const c of g.conjuncts) {
    const l = tokens[c.np.head]!.lemma.toLowerCase();
    if (set.has(l)) return l;
  }
  // Noun compounds and of-complements: "mediation efforts", "food supplies", "a state of siege".
  for (const c of g.conjuncts) {
    // "a million austrian florin": adjectives may sit between the amount and the head.
    for (let i = c.np.head - 1; i >= c.np.start && COMPOUND_POS.has(tokens[i]!.pos); i--) {
      const l = tokens[i]!.lemma.toLowerCase();
      if (tokens[i]!.pos !== 'ADJ' && set.has(l)) return l;
    }
    for (const np of c.attached) {
      const l = tokens[np.head]!.lemma.toLowerCase();
      if (set.has(l)) return l;
    }
  }
  return null;
}

/** Does a verb pattern's frame hold for verb v of predicate p? */
/**
 * The verb's lemma as the pattern dictionary knows it. The tagger's lemma comes first; when it is unknown to the
 * dictionary, plain de-inflections of the word are tried ("staged" is sometimes lemmatized as "stag").
 */
function verbLemma(t: Token, lex: EventsLexicon): string {
  const lemma = t.lemma.toLowerCase();
  if (lex.verbs.has(lemma) || lex.lightVerbs.has(lemma)) return lemma;
  const w = t.norm;
  const stems = [w];
  if (w.endsWith('ied')) stems.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) stems.push(w.slice(0, -1), w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ing')) stems.push(`${w.slice(0, -3)}e`, w.slice(0, -3), w.slice(0, -4));
  if (w.endsWith('ies')) stems.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) stems.push(w.slice(0, -2));
  if (w.endsWith('s')) stems.push(w.slice(0, -1));
  for (const s of stems) if (s.length > 2 && (lex.verbs.has(s) || lex.lightVerbs.has(s))) return s;
  return lemma;
}

function frameHolds(ctx: SentenceCtx, pat: VerbPattern, p: Predicate, v: number, passive: boolean): string | null {
  const { tokens } = ctx;
  const bits: string[] = [];
  if (pat.particle) {
    const pt = p.vg.particles.get(v);
    if (pt === undefined || !pat.particle.includes(tokens[pt]!.norm)) return null;
    bits.push(tokens[pt]!.norm);
  }
  // A governed preposition comes right after the verb (or its particle): "called on X", not "called X on Friday".
  // A meaning-changing particle ("back off", "call off") needs a pattern that names it.
  const particle = p.vg.particles.get(v);
  if (!pat.particle && particle !== undefined && SENSE_PARTICLES.has(tokens[particle]!.norm) && !pat.particleOptional?.includes(tokens[particle]!.norm)) {
    return null;
  }
  const adjacent = p.preps.find((q) => q.prepToken <= (p.vg.particles.get(v) ?? v) + 2 && q.prepToken > v);
  if (pat.prep) {
    if (!adjacent || !pat.prep.includes(adjacent.prep)) return null;
    bits.push(`${adjacent.prep} X`);
  }
  if (pat.noPrep && adjacent && pat.noPrep.includes(adjacent.prep)) return null;
  if (pat.noObject && !passive && !p.object) {
    // "struck \"terror targets\"", "struck the targets it named": an object the clause parse missed still rules out
    // the intransitive sense ("nurses struck on Monday").
    const next = tokens[p.vg.particles.get(v) !== undefined ? p.vg.particles.get(v)! + 1 : p.vg.end];
    if (next && (/^[“"‘']$/.test(next.text) || next.pos === 'DET' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'NUM')) return null;
  }
  if (!passive && p.object) {
    if (pat.noObject) return null;
    if (pat.actorObject && !namesActor(ctx, p.object)) return null;
    if (pat.bareObject) {
      const next = tokens[p.object.end];
      if (next && (next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'DET' || /^[“"‘']$/.test(next.text))) return null;
    }
  }
  if (pat.infinitive) {
    const after = passive || !p.object ? p.vg.end : p.object.end;
    if (tokens[after]?.norm !== 'to' || tokens[after + 1]?.pos !== 'VERB') return null;
    bits.push('to-inf');
  }
  const objHead = headLemma(tokens, passive ? p.subject : p.object);
  if (pat.object) {
    const obj1 = headIn(tokens, passive ? p.subject : p.object, pat.object);
    const obj2 = passive ? null : headIn(tokens, p.object2, pat.object);
    if (obj1) bits.push(`obj=${obj1}`);
    else if (obj2) bits.push(`obj2=${obj2}`);
    else return null;
  }
  if (pat.notObject && objHead && pat.notObject.has(objHead)) return null;
  return bits.join(' ');
}

/**
 * The patterns that fire on the first verb of the chain that has any (most specific first), with the verbs before it.
 * A later alternative is tried when an earlier one finds no actor where it needs one.
 */
function findPatterns(ctx: SentenceCtx, p: Predicate): { fired: Fired; before: number[] }[] {
  const { tokens, lex } = ctx;
  const before: number[] = [];
  for (const v of p.vg.verbs) {
    const lemma = verbLemma(tokens[v]!, lex);
    // "is free to", "is ready to": an adjective link only sets modality.
    if (tokens[v]!.pos !== 'VERB') {
      before.push(v);
      continue;
    }
    const passive = isPassive(ctx, p, v);
    const out: { fired: Fired; before: number[] }[] = [];
    for (const pat of lex.verbs.get(lemma) ?? []) {
      const frame = frameHolds(ctx, pat, p, v, passive);
      if (frame === null) continue;
      const pt = p.vg.particles.get(v);
      out.push({ fired: { pattern: pat, verb: v, triggerEnd: pt ?? v, frame }, before: [...before] });
    }
    // Light verb + event noun: "held talks with", "launched an attack on".
    if (lex.lightVerbs.has(lemma) && !passive && p.object) {
      const head = p.object.conjuncts[0]!.np.head;
      for (const np of lex.nouns.get(tokens[head]!.lemma.toLowerCase()) ?? []) {
        out.push({ fired: { pattern: np, verb: v, triggerEnd: head, frame: `${lemma} + ${tokens[head]!.lemma}` }, before: [...before] });
      }
    }
    if (out.length) return out;
    before.push(v);
  }
  return [];
}

/**
 * Whether verb v of p is a passive whose subject undergoes the action. A state passive ("is committed to",
 * "were engaged in") describes its subject as the one acting, so it reads as active.
 */
function isPassive(ctx: SentenceCtx, p: Predicate, v: number): boolean {
  if (p.reduced) return true;
  if (!p.vg.passive.includes(v)) return false;
  const next = ctx.tokens[v + 1]?.norm;
  return !((next === 'to' || next === 'in') && ctx.lex.modality.statePassives.has(ctx.tokens[v]!.lemma.toLowerCase()));
}

function codePredicate(ctx: SentenceCtx, p: Predicate, n: number): void {
  const m = ctx.lex.modality;
  const deontic = p.vg.auxes.find((a) => m.deonticModals.has(ctx.tokens[a]!.norm));
  if (deontic !== undefined) codeDeontic(ctx, p, n, deontic);
  for (const found of findPatterns(ctx, p)) {
    if (codeWith(ctx, p, n, found)) {
      if (found.fired.pattern.kind === 'NounPattern') ctx.consumed.add(found.fired.triggerEnd);
      return;
    }
  }
}

/** Code predicate p with one fired pattern; false when a required side has no actor. */
function codeWith(ctx: SentenceCtx, p: Predicate, n: number, found: { fired: Fired; before: number[] }): boolean {
  const { tokens, lex, mentions } = ctx;
  const m = lex.modality;
  const { fired, before } = found;
  const pat = fired.pattern;
  const objectHead = p.object ? p.object.conjuncts[0]!.np.head : -1;
  const objectIsEvent = pat.kind === 'NounPattern' && fired.triggerEnd === objectHead;
  const passive = isPassive(ctx, p, fired.verb);

  // 1. Sides: active subject → source; passive "by" agent → source, subject → recipient.
  const byPP = passive ? p.preps.find((q) => q.prep === 'by') : undefined;
  const sourceGroup = passive ? byPP?.group ?? null : p.subject;
  let sources = mentions.forGroup(sourceGroup, false);
  // "X said it will …": a pronoun subject of a reported clause is the speaker.
  if (!passive && p.complementOf >= 0 && isPronounGroup(tokens, p.subject)) {
    const gov = ctx.st.predicates[p.complementOf]!;
    const govVerb = tokens[gov.vg.verbs[gov.vg.verbs.length - 1]!]!.lemma.toLowerCase();
    const speakers = m.reportingVerbs.has(govVerb) ? mentions.forGroup(gov.subject, false) : [];
    if (speakers.length && (!sources.length || !sources[0]!.actor.country)) sources = speakers;
  }
  // Passive without an agent: arrests, bans and probes are the state's where they happen ("was arrested in X").
  // Killings and attacks by an unnamed hand likewise ("was killed in a car bombing in central Strelsau").
  if (!sources.length && passive && (LOCATED_SOURCE.has(pat.type) || pat.type === 'ASSAULT')) {
    const places = pat.type === 'ASSAULT' ? p.preps.filter((q) => LOCATING_PREPS.has(q.prep)) : p.preps.filter((q) => q.prep === 'in').slice(0, 1);
    for (const where of places) {
      const ms = mentions.forGroup(where.group, false).filter((x) => x.actor.kind === 'country');
      if (ms.length) {
        sources = ms;
        break;
      }
    }
  }
  if (!sources.length) return false;
  let targets: MentionRef[] = [];
  let slot = '';
  const slots = pat.target;
  for (const s of slots) {
    if (passive && s === 'prep:by') continue; // the passive agent is the source
    // "sent troops to X": an object that is the thing given or sent is not the recipient ("sent Ukraine arms" is).
    if (s === 'object' && !passive && pat.type === 'AID' && pat.kind === 'VerbPattern' && pat.object && p.object) {
      const head = tokens[p.object.conjuncts[0]!.np.head]!;
      const named = mentions.forGroup(p.object, false).some((m) => m.start <= head.start && head.end <= m.end);
      if (named && pat.object.has(head.lemma.toLowerCase())) continue;
    }
    let g: PhraseGroup | null = null;
    if (s === 'object') g = passive ? p.subject : (p.object && !objectIsEvent ? p.object : null);
    else if (s.startsWith('prep:')) g = prepGroup(p.preps, s.slice(5), fired.verb);
    if (!g) continue;
    const ms = withAgent(mentions, p.preps, g);
    if (ms.length) {
      targets = ms;
      slot = s;
      break;
    }
  }
  // A light-verb noun reads its recipient from the noun's own prepositions too ("talks with X").
  if (!targets.length && pat.kind === 'NounPattern') {
    for (const prep of pat.target) {
      const g = prepGroup(p.preps, prep, fired.verb);
      const ms = withAgent(mentions, p.preps, g);
      if (ms.length) {
        targets = ms;
        slot = `prep:${prep}`;
        break;
      }
    }
  }

  // Last resort, as dictionary coders do: the first actor in any argument position after the verb. This also gives
  // an earlier verb of a chain its recipient from the embedded action ("threatened to break relations with X").
  const chained = fired.verb !== p.vg.verbs[p.vg.verbs.length - 1];
  // Coordinated parties to a symmetric act ("X and Y signed a treaty in Z") are each other's recipients, not Z.
  const mutual = pat.symmetric && sources.length > 1;
  if (!targets.length && !mutual && (chained || pat.target.some((t) => t.startsWith('prep:')))) {
    for (const s of FALLBACK_SLOTS) {
      // An object the pattern itself names ("mobilized troops") is what was moved, not who it was aimed at.
      if (s === 'object' && pat.kind === 'VerbPattern' && pat.object && !chained) continue;
      const g = s === 'object' ? p.object : prepGroup(p.preps, s.slice(5), fired.verb);
      // For talks and agreements a place is the venue, not the other side.
      const ms = mentions.forGroup(g, !VENUE_TYPES.has(pat.type));
      if (ms.length) {
        targets = ms;
        slot = `any:${s}`;
        break;
      }
    }
  }
  // A purpose clause sharing the subject ("is willing to send material to help defend X") lends its recipient.
  if (!targets.length) {
    const q = ctx.st.predicates[n + 1];
    const k = q ? ctx.st.chunks.indexOf(q.vg) : -1;
    const before = k > 0 ? ctx.st.chunks[k - 1] : undefined;
    if (q && q.subjectHow === 'inherited' && before?.kind === 'PREP' && before.word === 'to') {
      for (const s of FALLBACK_SLOTS) {
        const g = s === 'object' ? q.object : prepGroup(q.preps, s.slice(5), q.vg.start);
        const ms = mentions.forGroup(g, !VENUE_TYPES.has(pat.type));
        if (ms.length) {
          targets = ms;
          slot = `purpose:${s}`;
          break;
        }
      }
    }
  }
  // "welcomed a resumption of ties between X and Y": the recipient hangs off the object.
  if (!targets.length && !mutual && p.object && !objectIsEvent && !mentions.forGroup(p.object, true).length) {
    let reach = p.object.end;
    for (const q of p.preps) {
      // Only phrases chained right after the object hang off it ("stones during protests against abuses by X": the
      // "by" phrase is three phrases away and names no one the stones were thrown at).
      if (q.prepToken < reach) continue;
      if (q.prepToken > reach || ADJUNCT_PREPS.has(q.prep)) break;
      reach = q.group.end;
      // "outlawed an organization in Northern Ireland": a place right after the object locates the recipient.
      const locating = q.prep === 'in' && q.prepToken === p.object.end;
      if (!OBJECT_PREPS.has(q.prep) && !locating) continue;
      const ms = mentions.forGroup(q.group, true).filter((x) => !locating || !!x.actor.country);
      if (ms.length) {
        targets = ms;
        slot = `object-${q.prep}`;
        break;
      }
    }
    // "welcomed memos sent by X", "rejected demands made by X": the agent of a participle on the object; "sealed off
    // the roads leading into X": where an -ing participle on the object goes.
    const q = ctx.st.predicates[n + 1];
    const via = q?.reduced ? PARTICIPLE_AGENT : q?.subjectHow === 'participle' || q?.vg.ingForm ? PARTICIPLE_GOAL : null;
    if (!targets.length && via && q!.subject?.end === p.object.end) {
      const from = q!.preps.find((r) => via.has(r.prep));
      const ms = from ? mentions.forGroup(from.group, false) : [];
      if (ms.length) {
        targets = ms;
        slot = `object-participle-${from!.prep}`;
      }
    }
  }
  // "summoned the ambassador to complain": a verbal act in a purpose clause is addressed to the governing object.
  if (!targets.length && p.subjectHow === 'inherited' && n > 0 && lex.categories[pat.type].quad.startsWith('verbal')) {
    const gov = ctx.st.predicates[n - 1]!;
    const k = ctx.st.chunks.indexOf(p.vg);
    const to = k > 0 ? ctx.st.chunks[k - 1]! : null;
    if (gov.object && to?.kind === 'PREP' && to.word === 'to' && gov.object.end === to.start) {
      const ms = mentions.forGroup(gov.object, false);
      if (ms.length) {
        targets = ms;
        slot = 'purpose-object';
      }
    }
  }
  // "demanded that X withdraw": the subject of the complement clause is the recipient.
  if (!targets.length) {
    const comp = ctx.st.predicates.find((q) => q.complementOf === n && q.opener === 'that');
    const ms = comp && !passive ? mentions.forGroup(comp.subject, true) : [];
    if (ms.length && COMPLEMENT_TARGET.has(pat.type)) {
      targets = ms;
      slot = 'complement-subject';
    }
  }

  // 2. Negation and modality.
  let negationsFromObject = 0;
  let negations = p.vg.negations.length;
  // "offered no proof": a negative determiner on the object.
  if (!passive && p.object && tokens[p.object.start]!.norm === 'no') negationsFromObject++;
  // "Neither X nor Y condemned", "No country condemned".
  if (!passive && p.subject) {
    const first = tokens[p.subject.start]!.norm;
    const prev = p.subject.start > 0 ? tokens[p.subject.start - 1]!.norm : '';
    if (first === 'neither' || prev === 'neither' || first === 'no') negations++;
  }
  negations += negationsFromObject;
  let modality: Modality = 'asserted';
  const why: string[] = [`${pat.id}${fired.frame ? ` [${fired.frame}]` : ''}`];
  let intendedBy = '';
  for (const b of before) {
    const l = tokens[b]!.lemma.toLowerCase();
    if (m.negatingVerbs.has(l)) {
      negations++;
      why.push(`neg:${l}`);
    } else if (m.intendVerbs.has(l) || m.intendVerbs.has(tokens[b]!.norm)) intendedBy ||= l;
  }
  const auxWords = p.vg.auxes.map((a) => tokens[a]!.norm);
  const hypo = auxWords.find((a) => m.hypotheticalModals.has(a));
  const future = auxWords.find((a) => m.futureModals.has(a));
  if (hypo || (p.opener && m.conditionals.has(p.opener))) {
    modality = 'hypothetical';
    why.push(`modal:${hypo ?? p.opener}`);
  } else if (future || intendedBy) {
    modality = 'intended';
    why.push(`intent:${future ?? intendedBy}`);
  } else if (p.subjectHow === 'controlled') {
    // "urged X to withdraw": what X is asked to do has not happened.
    modality = 'hypothetical';
    why.push('controlled');
  } else if (p.complementOf >= 0) {
    const gov = ctx.st.predicates[p.complementOf]!;
    const govVerb = tokens[gov.vg.verbs[gov.vg.verbs.length - 1]!]!.lemma.toLowerCase();
    if (m.reportingVerbs.has(govVerb)) {
      modality = 'reported';
      why.push(`reported:${govVerb}`);
    } else {
      modality = 'hypothetical';
      why.push(`complement:${govVerb}`);
    }
  }
  const trigStart = tokens[Math.min(fired.verb, fired.triggerEnd)]!.start;
  if (modality === 'asserted' && ctx.quotes.some((q) => q.start <= trigStart && trigStart < q.end)) {
    modality = 'reported';
    why.push('in-quote');
  }

  // 3. PLOVER: future or conditional material actions are intentions (AGREE) or threats (THREATEN); so is a
  // stated willingness to cooperate ("is willing to send", "offered to hand over").
  let type: PloverType = pat.type;
  let mode = pat.mode;
  // A verbal attack ("attacked her in a tweet") is an accusation, not an assault.
  if (pat.verbalIf && verbalContext(ctx, pat.verbalIf)) {
    type = 'ACCUSE';
    mode = 'disapprove';
    why.push('verbal-attack→ACCUSE');
  }
  const preparedBy = !future && !hypo && before.some((b) => tokens[b]!.lemma.toLowerCase() === 'prepare' && tokens[b]!.pos === 'VERB' && !p.vg.passive.includes(b));
  const willing = before.some((b) => m.willingnessWords.has(tokens[b]!.lemma.toLowerCase()) || m.willingnessWords.has(tokens[b]!.norm));
  // "X will boycott the vote unless …": a future action held out on a condition is a threat.
  const conditionAfter = tokens.slice(fired.verb, ctx.st.chunks[ctx.st.chunks.length - 1]!.end).some((t) => t.norm === 'unless');
  if ((future || hypo === 'would') && conditionAfter && type !== 'THREATEN' && lex.categories[type].quad.endsWith('conflict')) {
    mode = type.toLowerCase();
    type = 'THREATEN';
    why.push('conditional→THREATEN');
  } else if (ctx.futureAsIntent && (future || hypo === 'would' || willing) && negations % 2 === 0) {
    if (COOP_TO_AGREE.has(type)) {
      mode = type.toLowerCase();
      type = 'AGREE';
      why.push('future→AGREE');
    } else if (preparedBy && (type === 'ASSAULT' || type === 'COERCE')) {
      // "The army prepared to resume shelling": readying force is MOBILIZE.
      mode = type.toLowerCase();
      type = 'MOBILIZE';
      why.push('prepare→MOBILIZE');
    } else if (CONFLICT_TO_THREATEN.has(type)) {
      mode = type.toLowerCase();
      type = 'THREATEN';
      why.push('future→THREATEN');
    }
  }

  // A threat's recipient is who must meet its condition: "… unless Freedonia apologizes".
  if (type === 'THREATEN' && !targets.length) {
    const cond = ctx.st.predicates.slice(n + 1).find((q) => q.opener !== null && m.conditionals.has(q.opener));
    const ms = cond ? mentions.forGroup(cond.subject, true) : [];
    if (ms.length) {
      targets = ms;
      slot = `condition:${cond!.opener}`;
    }
  }
  // Not agreeing is rejecting: "will not accept", "failed to reach agreement".
  let negated = negations % 2 === 1;
  if (negated && pat.kind === 'VerbPattern' && pat.negatedAs && negationsFromObject === 0) {
    why.push(`not-${type.toLowerCase()}→${pat.negatedAs}`);
    type = pat.negatedAs;
    mode = null;
    negated = false;
  }
  const required = pat.requiresTarget ?? lex.categories[type].requiresTarget;
  return emit(ctx, {
    type, mode, cameo: pat.cameo, negated, modality,
    sources, targets, required, symmetric: pat.symmetric,
    triggerStart: Math.min(fired.verb, fired.triggerEnd), triggerEnd: Math.max(fired.verb, fired.triggerEnd), future: !!future,
    why: `${why.join(' ')}${slot ? ` target=${slot}` : ''}${passive ? ' passive' : ''}`,
  }) > 0;
}

/** "X said Y must/should Z": the speaker's REQUEST of Y. */
function codeDeontic(ctx: SentenceCtx, p: Predicate, n: number, modal: number): void {
  if (p.complementOf < 0 || p.complementOf !== n - 1) return;
  const gov = ctx.st.predicates[p.complementOf]!;
  const govVerb = ctx.tokens[gov.vg.verbs[gov.vg.verbs.length - 1]!]!.lemma.toLowerCase();
  if (!ctx.lex.modality.reportingVerbs.has(govVerb)) return;
  const sources = ctx.mentions.forGroup(gov.subject, false);
  const targets = ctx.mentions.forGroup(p.subject, true);
  if (!sources.length || !targets.length) return;
  emit(ctx, {
    type: 'REQUEST', mode: null, cameo: null, negated: false, modality: 'asserted', sources, targets, required: true,
    symmetric: false, triggerStart: modal, triggerEnd: modal, why: `deontic [${govVerb} … ${ctx.tokens[modal]!.norm}]`,
  });
}

/** Whether the sentence talks about words (tweets, speeches, ads): then attacks are verbal. */
function verbalContext(ctx: SentenceCtx, words: ReadonlySet<string>): boolean {
  const s = ctx.doc.get('sentences')[ctx.sentence]!;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (words.has(ctx.tokens[i]!.lemma.toLowerCase())) return true;
  return false;
}

/** Whether a phrase group itself names an actor (at a conjunct's head or in the phrase, not only in a possessor). */
function namesActor(ctx: SentenceCtx, g: PhraseGroup): boolean {
  for (const c of g.conjuncts) {
    const from = c.np.possessorEnd ?? c.np.start;
    for (let i = from; i < c.np.end; i++) if (ctx.mentions.at(i)) return true;
    for (const np of c.attached) for (let i = np.start; i < np.end; i++) if (ctx.mentions.at(i)) return true;
  }
  return false;
}

function isPronounGroup(tokens: readonly Token[], g: PhraseGroup | null): boolean {
  if (!g || g.conjuncts.length !== 1) return false;
  const np = g.conjuncts[0]!.np;
  return np.end - np.start === 1 && tokens[np.head]!.pos === 'PRON';
}

/**
 * The actors a group names; when it names none, those of a "by" phrase right after it: the agent of the deed it
 * names is the one addressed ("in protest against violations by the security forces").
 */
function withAgent(mentions: MentionLookup, preps: readonly PrepPhrase[], g: PhraseGroup | null): MentionRef[] {
  const ms = mentions.forGroup(g, true);
  if (ms.length || !g) return ms;
  const by = preps.find((q) => q.prep === 'by' && q.prepToken === g.end);
  return by ? mentions.forGroup({ ...by.group, conjuncts: by.group.conjuncts.slice(0, 1) }, false) : [];
}

function prepGroup(preps: readonly PrepPhrase[], prep: string, after: number): PhraseGroup | null {
  const pp = preps.find((q) => q.prep === prep && q.prepToken > after);
  return pp?.group ?? null;
}

interface Emit {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly cameo: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly sources: readonly MentionRef[];
  readonly targets: readonly MentionRef[];
  readonly required: boolean;
  readonly symmetric: boolean;
  readonly triggerStart: number;
  readonly triggerEnd: number;
  readonly why: string;
  /** A future modal governs the event: a bare weekday means the coming one. */
  readonly future?: boolean;
}

/** Push one candidate per (source, recipient) pair; returns how many. */
function emit(ctx: SentenceCtx, e: Emit): number {
  const { tokens, lex } = ctx;
  const cat = lex.categories[e.type];
  const score = e.mode !== null && cat.modes[e.mode] !== undefined ? cat.modes[e.mode]! : cat.score;
  const a = tokens[e.triggerStart]!;
  const b = tokens[e.triggerEnd]!;
  const trigger = { start: a.start, end: b.end, text: ctx.doc.text.slice(a.start, b.end) };
  const date = ctx.dates.near(ctx.sentence, trigger.start, e.future);
  const pairs: [MentionRef, MentionRef | null][] = [];
  for (const s of e.sources) {
    const ts = e.targets.filter((t) => t.actor.id !== s.actor.id);
    if (ts.length) for (const t of ts) pairs.push([s, t]);
    else if (e.symmetric && e.sources.length > 1) {
      for (const o of e.sources) if (o.actor.id !== s.actor.id) pairs.push([s, o]);
    } else if (!e.required) pairs.push([s, null]);
  }
  for (const [s, t] of pairs) {
    ctx.out.push({
      kind: 'EventCandidate', type: e.type, mode: e.mode, cameo: e.cameo, score,
      negated: e.negated, modality: e.modality, source: refOf(s), target: t ? refOf(t) : null, trigger,
      sentence: ctx.sentence, date: date?.date ?? null,
      why: `${e.why}${date ? ` date=${date.how}` : ''}`,
    });
  }
  return pairs.length;
}

/** Nominal events: "Russia's invasion of Ukraine", "sanctions by the West on Moscow", "talks between X and Y". */
function codeNominals(ctx: SentenceCtx): void {
  const { tokens, lex, mentions } = ctx;
  for (const { np, preps } of ctx.st.nounPhrases) {
    // A noun inside an actor's own description ("officials familiar with the discussions") is no event, unless the
    // phrase is a country's deed ("the Russian invasion of Ukraine" names Russia and the invasion; without a
    // recipient such a phrase only mentions the deed, so it needs one).
    const own = mentions.at(np.head);
    const deed = !!own && own.actor.kind === 'country' && own.start < tokens[np.head]!.start && own.end === tokens[np.head]!.end;
    if (ctx.consumed.has(np.head) || (own && !deed)) continue;
    const pats = lex.nouns.get(tokens[np.head]!.lemma.toLowerCase());
    const pat = pats?.find((q) => !q.lightOnly);
    if (!pat) continue;
    // Source: an actor inside the phrase before the head (possessor, "Russian"), or a "by" phrase.
    let sources: MentionRef[] = deed ? [own] : [];
    let how = deed ? 'modifier' : '';
    for (let i = np.start; i < np.head && !deed; i++) {
      const m = mentions.at(i);
      if (m && m.actor.kind !== 'place' && !sources.some((x) => x.actor.id === m.actor.id)) {
        sources = [m];
        how = np.possessorEnd !== null && i < np.possessorEnd ? 'possessor' : 'modifier';
        break;
      }
    }
    const by = preps.find((q) => q.prep === 'by');
    if (!sources.length && by) {
      sources = mentions.forGroup(by.group, false);
      how = 'by';
    }
    let targets: MentionRef[] = [];
    let slot = '';
    for (const prep of pat.target) {
      const pp = preps.find((q) => q.prep === prep);
      if (!pp) continue;
      const ms = mentions.forGroup(pp.group, true);
      if (!ms.length) continue;
      if (!sources.length && pat.symmetric && prep === 'between' && ms.length > 1) {
        sources = ms;
        how = 'between';
        break;
      }
      targets = ms;
      slot = prep;
      break;
    }
    if (!sources.length) continue;
    const start = tokens[np.head]!.start;
    const modality: Modality = ctx.quotes.some((q) => q.start <= start && start < q.end) ? 'reported' : 'asserted';
    const verbal = !!pat.verbalIf && verbalContext(ctx, pat.verbalIf);
    emit(ctx, {
      type: verbal ? 'ACCUSE' : pat.type, mode: verbal ? 'disapprove' : pat.mode, cameo: pat.cameo, negated: false, modality, sources, targets,
      // A country or group named only as a modifier ("last month's U.S. invasion", "a Bosnia-style war") mentions a
      // deed in passing; without a recipient it is no event of its own.
      required: deed || how === 'modifier' || (pat.requiresTarget ?? lex.categories[pat.type].requiresTarget), symmetric: pat.symmetric,
      triggerStart: np.head, triggerEnd: np.head,
      why: `${pat.id} [nominal, source=${how}${slot ? `, target=${slot}` : ''}]`,
    });
  }
}

function dedupe(events: EventCandidate[]): EventCandidate[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = `${e.sentence}|${e.type}|${e.source.actor}|${e.target?.actor ?? ''}|${e.trigger.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
