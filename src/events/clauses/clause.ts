// Clause structure over chunks: subjects (with coordination and appositives), objects, prepositional phrases,
// passives, relative and reduced relative clauses, and reported (complement) clauses.
import type { Token } from '../../core/index.js';
import { chunkTokens, isPastParticiple, type Chunk, type NounPhrase, type VerbGroup } from './chunk.js';

/** One member of a coordinated phrase: its first noun phrase plus attached of-phrases and appositives. */
export interface Conjunct {
  /** The main noun phrase. */
  readonly np: NounPhrase;
  /** Noun phrases attached to it (appositives, "of" complements), in order. */
  readonly attached: readonly NounPhrase[];
  /** Where a subject is ("demonstrators in Baghdad", "Albanians of southern Serbia"): used when it names no country. */
  readonly located: readonly NounPhrase[];
}

/** A noun phrase group: one or more conjuncts ("Biden and Xi"). */
export interface PhraseGroup {
  readonly conjuncts: readonly Conjunct[];
  /** Token range covered by the whole group. */
  readonly start: number;
  readonly end: number;
}

/** A prepositional phrase after a verb or noun: the preposition's lower-cased text and its object group. */
export interface PrepPhrase {
  readonly prep: string;
  readonly prepToken: number;
  readonly group: PhraseGroup;
}

/** How a predicate found its subject. */
export type SubjectHow = 'subject' | 'relative' | 'inherited' | 'controlled' | 'reduced-relative' | 'participle' | 'none';

/** A predicate: one verb group and its arguments. */
export interface Predicate {
  readonly vg: VerbGroup;
  readonly subject: PhraseGroup | null;
  readonly subjectHow: SubjectHow;
  /** The direct object after the last main verb (or after the verb in `objectOf`). */
  readonly object: PhraseGroup | null;
  /** A second object right after the first ("give Tanzania a grant"): then `object` is the recipient. */
  readonly object2: PhraseGroup | null;
  /** Prepositional phrases between the verb group and the clause end. */
  readonly preps: readonly PrepPhrase[];
  /** A reduced relative participle ("sanctions imposed by the US"): passive with the noun as its subject. */
  readonly reduced: boolean;
  /** Index of the predicate whose complement this one is ("X said [Y accused Z]"), or -1. */
  readonly complementOf: number;
  /** The subordinator that opens this clause ("that", "if", "who"), lower-cased, or null. */
  readonly opener: string | null;
}

/** The clause structure of one sentence. */
export interface SentenceStructure {
  readonly chunks: readonly Chunk[];
  readonly predicates: readonly Predicate[];
  /** Noun phrases with their following prepositional phrases, for nominal events. */
  readonly nounPhrases: readonly { readonly np: NounPhrase; readonly preps: readonly PrepPhrase[] }[];
}

const RELATIVES = new Set(['who', 'which', 'that', 'whom']);
/** Heads of time expressions, which are adverbials and never subjects. */
const TEMPORAL = /^(?:weekend|week|day|month|year|morning|afternoon|evening|night|time|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|decade|hour|minute|season|summer|winter|spring|autumn|fall)s?$/i;

/** Parse the tokens [from, to) of one sentence into predicates with their arguments. */
export function parseClauses(tokens: readonly Token[], from: number, to: number): SentenceStructure {
  const chunks = chunkTokens(tokens, from, to);
  const predicates: Predicate[] = [];
  const vgAt: number[] = [];
  chunks.forEach((c, k) => {
    if (c.kind === 'VG') vgAt.push(k);
  });
  for (let n = 0; n < vgAt.length; n++) {
    const k = vgAt[n]!;
    const vg = chunks[k] as VerbGroup;
    if (!vg.verbs.length) continue; // bare copula: no event verb, but it still bounds clauses
    const reduced = isReducedRelative(tokens, chunks, k);
    let subject: PhraseGroup | null = null;
    let how: SubjectHow = 'none';
    let opener: string | null = null;
    if (reduced) {
      subject = groupEndingAt(chunks, k - 1);
      how = subject ? 'reduced-relative' : 'none';
    } else if (isParticipleModifier(chunks, k) && tokens[vg.verbs[0]!]!.norm.endsWith('ing')) {
      // "in the days following his deployment": the noun is the participle's subject.
      subject = groupEndingAt(chunks, k - 1);
      how = subject ? 'participle' : 'none';
    } else {
      const left = leftBoundary(chunks, k);
      const b = left >= 0 ? chunks[left]! : null;
      const gerund = !vg.auxes.length && tokens[vg.verbs[0]!]!.norm.endsWith('ing');
      const before = chunks[k - 1];
      if (b && b.kind === 'SUB') {
        opener = b.word;
        if (RELATIVES.has(opener) && isRelative(chunks, left) && !gerund && onlyAdverbs(chunks, tokens, left + 1, k)) {
          subject = groupEndingAt(chunks, chunks[left - 1]?.kind === 'COMMA' ? left - 2 : left - 1);
          if (subject) how = 'relative';
        }
      }
      const prevPred = predicates[predicates.length - 1];
      if (!subject && before?.kind === 'PREP' && before.word === 'to' && prevPred?.object && isControlledBy(prevPred, tokens) && prevPred.object.end === before.start) {
        // "urged Washington to withdraw": the object of an object-control verb is the infinitive's subject.
        subject = prevPred.object;
        how = 'controlled';
      } else if (!subject && gerund && before?.kind === 'PREP' && predicates.length) {
        // "accusing X of aggravating Y", "by delivering arms": the object (or else the subject) of the governing verb.
        const prev = predicates[predicates.length - 1]!;
        subject = prev.object ?? prev.subject;
        how = subject ? 'inherited' : 'none';
      } else if (!subject && !(gerund && (before?.kind === 'COMMA' || before?.kind === 'CC'))) {
        subject = firstGroupBetween(chunks, left + 1, k, b?.kind === 'VG');
        if (subject) how = 'subject';
      }
      // "Rebels who attacked a post on Monday killed three soldiers": after a relative clause on the sentence's first
      // noun phrase, the next verb is the main verb of that phrase.
      const first = predicates[0];
      if (!subject && predicates.length === 1 && first?.subjectHow === 'relative' && b?.kind === 'VG' && !hasKindBetween(chunks, chunks.indexOf(first.vg), k, 'CC')) {
        subject = first.subject;
        how = 'inherited';
      }
      if (!subject && predicates.length && !(b && b.kind === 'SUB')) {
        // Coordinated or participial clause without its own subject: "…, but avoided condemning", "…, accusing X of".
        const prev = [...predicates].reverse().find(
          (q) =>
            q.complementOf < 0 && !q.reduced && q.subject &&
            q.subjectHow !== 'relative' && q.subjectHow !== 'participle' && q.subjectHow !== 'controlled',
        );
        if (prev) {
          subject = prev.subject;
          how = 'inherited';
        }
      }
    }
    const { object, object2, preps } = rightArguments(chunks, k, tokens);
    predicates.push({
      vg, subject, subjectHow: how, object, object2, preps, reduced,
      complementOf: -1, opener,
    });
  }
  linkComplements(predicates, chunks);
  const nounPhrases: { np: NounPhrase; preps: PrepPhrase[] }[] = [];
  chunks.forEach((c, k) => {
    if (c.kind === 'NP') nounPhrases.push({ np: c, preps: prepsAfter(chunks, k + 1, tokens) });
  });
  return { chunks, predicates, nounPhrases };
}

function hasKindBetween(chunks: readonly Chunk[], from: number, to: number, kind: Chunk['kind']): boolean {
  for (let j = from + 1; j < to; j++) if (chunks[j]!.kind === kind) return true;
  return false;
}

/** A past participle right after a noun phrase with no auxiliary, followed by "by" or not by an object. */
function isReducedRelative(tokens: readonly Token[], chunks: readonly Chunk[], k: number): boolean {
  const vg = chunks[k] as VerbGroup;
  if (vg.auxes.length || vg.negations.length || vg.verbs.length !== 1) return false;
  const v = tokens[vg.verbs[0]!]!;
  if (!isPastParticiple(v)) return false;
  const prev = chunks[k - 1];
  if (!prev || prev.kind !== 'NP') return false;
  const next = chunks[k + 1];
  if (next && next.kind === 'PREP' && next.word === 'by') return true;
  // "the sanctions imposed on Moscow": only when the noun phrase itself follows a verb or preposition, and a main
  // verb came earlier ("Albania on Friday denounced" is the main verb).
  const before = chunks[k - 2];
  return !!before && (before.kind === 'PREP' || before.kind === 'VG') && (!next || next.kind !== 'NP') && hasVerbBefore(chunks, k);
}

/** Index of the chunk that bounds the clause to the left of chunk k (a verb group, subordinator or stop), or -1. */
function leftBoundary(chunks: readonly Chunk[], k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const c = chunks[j]!;
    // A participle modifying a noun inside a parenthetical ("…, in remarks published on Monday, urged") is no boundary.
    if (c.kind === 'VG' && isParticipleModifier(chunks, j)) continue;
    if (c.kind === 'VG' || c.kind === 'SUB' || c.kind === 'STOP') return j;
  }
  return -1;
}

function isParticipleModifier(chunks: readonly Chunk[], j: number): boolean {
  const vg = chunks[j] as VerbGroup;
  if (vg.auxes.length || vg.verbs.length !== 1 || vg.negations.length) return false;
  const prev = chunks[j - 1];
  const before = chunks[j - 2];
  if (prev?.kind !== 'NP' || !vg.participle) return false;
  // "…, in remarks published on Monday, urged": a passive participle takes no object ("… in Iraq said US forces must").
  if (before?.kind === 'PREP' && hasVerbBefore(chunks, j) && chunks[j + 1]?.kind !== 'NP') return true;
  // "British aircraft using guided missiles killed …": a lone -ing form after the subject, with a verb still to come.
  return vg.ingForm && hasVerbAfter(chunks, j);
}

function hasVerbAfter(chunks: readonly Chunk[], k: number): boolean {
  for (let j = k + 1; j < chunks.length; j++) {
    const c = chunks[j]!;
    if (c.kind === 'SUB' || c.kind === 'STOP') return false;
    // A lone "-ed" form is finite when an object follows it ("… using guided missiles killed 4 people").
    if (c.kind === 'VG' && (c.auxes.length || !c.participle || (!c.ingForm && chunks[j + 1]?.kind === 'NP'))) return true;
  }
  return false;
}

/** Verbs whose object is the subject of a following to-infinitive ("asked X to leave"). */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'order', 'tell', 'call', 'press', 'force', 'allow', 'invite', 'encourage', 'persuade', 'pressure', 'pressurize', 'request', 'require', 'want', 'instruct', 'direct', 'compel', 'push', 'implore', 'beg', 'help', 'enable', 'permit', 'advise', 'warn', 'remind', 'challenge', 'demand']);

function isControlledBy(p: Predicate, tokens: readonly Token[]): boolean {
  const v = p.vg.verbs[p.vg.verbs.length - 1];
  return v !== undefined && OBJECT_CONTROL.has(tokens[v]!.lemma.toLowerCase());
}

function hasVerbBefore(chunks: readonly Chunk[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (chunks[j]!.kind === 'VG') return true;
  return false;
}

function isRelative(chunks: readonly Chunk[], sub: number): boolean {
  const prev = chunks[sub - 1];
  if (prev?.kind === 'NP') return true;
  return prev?.kind === 'COMMA' && chunks[sub - 2]?.kind === 'NP';
}

/**
 * The first noun-phrase group in chunks [from, to) that is not the object of a preposition, with its
 * coordination, appositives and of-complements.
 */
function firstGroupBetween(chunks: readonly Chunk[], from: number, to: number, afterVerb: boolean): PhraseGroup | null {
  for (let j = from; j < to; j++) {
    const c = chunks[j]!;
    if (c.kind !== 'NP') continue;
    const prev = chunks[j - 1];
    // "Up to 1,000 refugees began …", "More than 200 protesters …": a quantity is no prepositional object.
    if (prev && prev.kind === 'PREP' && !(c.firstPos === 'NUM' && !/^\d{4}$/.test(c.firstText))) continue;
    if (TEMPORAL.test(c.headText)) continue; // "this past weekend, … Obama and Xi committed
    // Skip an NP that is itself part of a PP-attached chain ("According to X, the US decided"): take it only when it
    // is the last candidate before the verb group or followed by a coordinator/appositive pattern.
    const g = groupFrom(chunks, j, to, !afterVerb);
    // After a verb, an NP is its object unless the next verb group follows at once ("said Y accused Z").
    if (g.endChunk >= to - 1) return g.group;
    if (!afterVerb && restIsModifier(chunks, g.endChunk + 1, to)) return g.group;
    if (afterVerb) return null;
  }
  return null;
}

/** Whether chunks [from, to) are only commas, adverbial markers and prepositional phrases. */
function restIsModifier(chunks: readonly Chunk[], from: number, to: number): boolean {
  let inPP = false;
  for (let j = from; j < to; j++) {
    const c = chunks[j]!;
    if (c.kind === 'PREP' || (c.kind === 'VG' && isParticipleModifier(chunks, j))) inPP = true;
    else if (c.kind === 'NP' && !inPP && !TEMPORAL.test(c.headText)) return false;
    else if (c.kind === 'CC' && !inPP) return false; // "X …, but avoided": coordinated verb phrases
    else if (c.kind === 'COMMA') inPP = false;
  }
  return true;
}

function onlyAdverbs(chunks: readonly Chunk[], tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (chunks[j]!.kind !== 'OTHER' || tokens[chunks[j]!.start]!.pos !== 'ADV') return false;
  return true;
}

/** Build a group starting at NP chunk j, not crossing `limit`. */
function groupFrom(chunks: readonly Chunk[], j: number, limit: number, locate = false): { group: PhraseGroup; endChunk: number } {
  const conjuncts: Conjunct[] = [];
  let k = j;
  let current: { np: NounPhrase; attached: NounPhrase[]; located: NounPhrase[] } = { np: chunks[j] as NounPhrase, attached: [], located: [] };
  let end = j;
  for (k = j + 1; k < limit; k++) {
    const c = chunks[k]!;
    const next = chunks[k + 1];
    if (c.kind === 'PREP' && next?.kind === 'NP' && k + 1 < limit && isOf(chunks, k)) {
      current.attached.push(next);
      end = k = k + 1;
    } else if (locate && c.kind === 'PREP' && (c.word === 'in' || c.word === 'from') && next?.kind === 'NP' && k + 1 < limit) {
      current.located.push(next);
      end = k = k + 1;
    } else if (c.kind === 'COMMA' && next?.kind === 'NP' && k + 1 < limit && isAppositive(next) && !(/^\p{Lu}/u.test(next.headText) && listAhead(chunks, k + 1, limit)) && !opensClause(chunks, k + 1)) {
      // (A named phrase in a list goes on as a conjunct: "Mordor, the awful Fornost, and Gondor".)
      current.attached.push(next);
      end = k + 1;
      k = k + 1;
      if (chunks[k + 1]?.kind === 'COMMA' && chunks[k + 2]?.kind !== 'NP' && chunks[k + 2]?.kind !== 'CC') {
        end = k + 1; // closing comma of the appositive
        k++;
      }
    } else if (c.kind === 'CC' && next?.kind === 'NP' && k + 1 < limit) {
      conjuncts.push(current);
      current = { np: next, attached: [], located: [] };
      end = k = k + 1;
    } else if (c.kind === 'COMMA' && chunks[k + 1]?.kind === 'CC' && chunks[k + 2]?.kind === 'NP' && k + 2 < limit) {
      conjuncts.push(current);
      current = { np: chunks[k + 2] as NounPhrase, attached: [], located: [] };
      end = k = k + 2;
    } else if (c.kind === 'COMMA' && next?.kind === 'NP' && k + 1 < limit && listAhead(chunks, k + 1, limit)) {
      conjuncts.push(current);
      current = { np: next, attached: [], located: [] };
      end = k = k + 1;
    } else break;
  }
  conjuncts.push(current);
  const first = chunks[j] as NounPhrase;
  const last = chunks[end]!;
  return { group: { conjuncts, start: first.start, end: last.end }, endChunk: end };
}

/**
 * Whether the NP at chunk j is the subject of a verb group right after it (past "in/of X" phrases): in "killing 20
 * people, relief officials in Nairobi said." the phrase after the comma opens a new clause, it is no appositive.
 */
function opensClause(chunks: readonly Chunk[], j: number): boolean {
  let k = j + 1;
  while (chunks[k]?.kind === 'PREP' && chunks[k + 1]?.kind === 'NP') k += 2;
  const vg = chunks[k];
  if (vg?.kind !== 'VG') return false;
  // A lone participle may still modify the phrase ("a body linked to X"): only one that ends the clause counts.
  const after = chunks[k + 1];
  return !vg.participle || !after || after.kind === 'STOP' || after.kind === 'COMMA';
}

function isOf(chunks: readonly Chunk[], k: number): boolean {
  const c = chunks[k];
  return c?.kind === 'PREP' && c.word === 'of';
}

/** An NP after a comma is an appositive when it starts with a determiner or possessive and is not a list member. */
function isAppositive(np: NounPhrase): boolean {
  const p = np.firstPos;
  return p === 'DET' || (p === 'PRON' && np.possessorEnd !== null) || p === 'ADJ' || p === 'NOUN';
}

/** "A, B and C": after this NP comes ", NP" or "and NP". */
function listContinues(chunks: readonly Chunk[], at: number, limit: number): boolean {
  for (let k = at + 1; k < limit; k++) {
    const c = chunks[k]!;
    if (c.kind === 'CC') return chunks[k + 1]?.kind === 'NP';
    if (c.kind === 'COMMA' && chunks[k + 1]?.kind === 'NP') {
      k++;
      continue;
    }
    return false;
  }
  return false;
}

/** After the NP at `at`, does a list go on: "and NP", ", and NP" or ", NP …"? */
function listAhead(chunks: readonly Chunk[], at: number, limit: number): boolean {
  const a = chunks[at + 1];
  const b = chunks[at + 2];
  if (a?.kind === 'CC') return b?.kind === 'NP' && at + 2 < limit;
  if (a?.kind === 'COMMA' && b?.kind === 'CC') return chunks[at + 3]?.kind === 'NP' && at + 3 < limit;
  return listContinues(chunks, at, limit);
}

/** The group whose last chunk is at index k (walking back over coordination), or null. */
function groupEndingAt(chunks: readonly Chunk[], k: number): PhraseGroup | null {
  if (k < 0 || chunks[k]?.kind !== 'NP') return null;
  let j = k;
  // Walk back over "NP of NP", "NP and NP", "NP, NP".
  for (;;) {
    const a = chunks[j - 1];
    const b = chunks[j - 2];
    if (a && b && b.kind === 'NP' && (a.kind === 'CC' || (a.kind === 'PREP' && a.word === 'of'))) j -= 2;
    else break;
  }
  return groupFrom(chunks, j, k + 1).group;
}

/** The direct object and prepositional phrases to the right of verb group k, up to the clause end. */
function rightArguments(
  chunks: readonly Chunk[],
  k: number,
  tokens: readonly Token[],
): { object: PhraseGroup | null; object2: PhraseGroup | null; preps: PrepPhrase[] } {
  let object: PhraseGroup | null = null;
  let object2: PhraseGroup | null = null;
  let j = k + 1;
  // "denounced as an ugly crime Serbia's crackdown": the object comes after the predicative "as" phrase.
  if (chunks[j]?.kind === 'PREP' && (chunks[j] as { word: string }).word === 'as' && chunks[j + 1]?.kind === 'NP' && chunks[j + 2]?.kind === 'NP') j += 2;
  // "restore complete, full diplomatic ties": adjectives listed with commas before the object's own.
  const objectStart = j;
  while (isLoneAdjective(chunks[j], tokens) && chunks[j + 1]?.kind === 'COMMA') j += 2;
  if (chunks[j]?.kind !== 'NP') j = objectStart;
  const next = chunks[j];
  if (next?.kind === 'NP') {
    const vg = chunks[k] as VerbGroup;
    const g = groupFrom(chunks, j, clauseEnd(chunks, j));
    // A passive verb has no direct object; an NP right after it is an adverbial ("was attacked Monday").
    if (!vg.passive.includes(vg.verbs[vg.verbs.length - 1]!)) object = g.group;
    j = g.endChunk + 1;
    if (object && chunks[j]?.kind === 'NP' && tokens[(chunks[j] as NounPhrase).head]!.pos !== 'PROPN') {
      const g2 = groupFrom(chunks, j, clauseEnd(chunks, j));
      object2 = g2.group;
      j = g2.endChunk + 1;
    }
  }
  return { object, object2, preps: prepsAfter(chunks, j, tokens) };
}

/** A chunk that is one adjective standing alone ("dead" in "shot dead", "complete" in "complete, full ties"). */
function isLoneAdjective(c: Chunk | undefined, tokens: readonly Token[]): boolean {
  return c?.kind === 'OTHER' && c.end - c.start === 1 && tokens[c.start]!.pos === 'ADJ';
}

function clauseEnd(chunks: readonly Chunk[], from: number): number {
  let j = from;
  while (j < chunks.length && chunks[j]!.kind !== 'VG' && chunks[j]!.kind !== 'SUB' && chunks[j]!.kind !== 'STOP') j++;
  return j;
}

/** Prepositional phrases from chunk j on, up to the clause end (a comma ends them unless a list continues). */
function prepsAfter(chunks: readonly Chunk[], j: number, tokens: readonly Token[]): PrepPhrase[] {
  const preps: PrepPhrase[] = [];
  const end = clauseEnd(chunks, j);
  while (j < end) {
    const c = chunks[j]!;
    if (c.kind === 'PREP' && chunks[j + 1]?.kind === 'NP' && j + 1 < end) {
      const g = groupFrom(chunks, j + 1, end);
      preps.push({ prep: c.word, prepToken: c.start, group: g.group });
      j = g.endChunk + 1;
    } else if (c.kind === 'NP' || (c.kind === 'OTHER' && tokens[c.start]!.pos === 'ADV') || isLoneAdjective(c, tokens)) {
      j++; // adverbial noun phrases ("on Friday" handled above; "this week"), adverbs, resultatives ("shot dead")
    } else if (c.kind === 'PREP' && c.word === 'to' && chunks[j + 1]?.kind !== 'NP') {
      break;
    } else if (c.kind === 'PREP' || c.kind === 'CC') {
      j++;
    } else break;
  }
  return preps;
}

/** Mark predicates that are the complement of an earlier predicate in the same sentence ("said [that] Y accused Z"). */
function linkComplements(predicates: Predicate[], chunks: readonly Chunk[]): void {
  for (let n = 1; n < predicates.length; n++) {
    const p = predicates[n]!;
    if (p.subjectHow !== 'subject' || p.reduced) continue;
    const k = chunks.indexOf(p.vg);
    const b = leftBoundary(chunks, k);
    const prev = predicates[n - 1]!;
    const bc = chunks[b];
    if (bc === prev.vg || (bc?.kind === 'SUB' && bc.word === 'that' && leftBoundary(chunks, b) === chunks.indexOf(prev.vg))) {
      predicates[n] = { ...p, complementOf: n - 1 };
    }
  }
}

