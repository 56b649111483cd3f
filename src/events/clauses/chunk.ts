// Shallow chunking of one sentence's tokens into noun phrases, verb groups and the function words between them.
import type { Token } from '../../core/index.js';

/** A noun phrase: token range [start, end), its head token, and an optional possessor [start, possessorEnd). */
export interface NounPhrase {
  readonly kind: 'NP';
  /** POS of the first token (an appositive starts with a determiner, possessive or common noun). */
  readonly firstPos: string;
  /** The head token's text. */
  readonly headText: string;
  /** The first token's text. */
  readonly firstText: string;
  readonly start: number;
  readonly end: number;
  readonly head: number;
  /** End (exclusive) of a possessor at the front ("Russia 's"), or null. */
  readonly possessorEnd: number | null;
}

/** A verb group: auxiliaries, negation, adverbs and one or more main verbs chained by "to" or "-ing". */
export interface VerbGroup {
  readonly kind: 'VG';
  readonly start: number;
  readonly end: number;
  /** Main verbs in order ("agreed to set up" → agreed, set). */
  readonly verbs: readonly number[];
  /** Auxiliary and modal tokens before the first main verb. */
  readonly auxes: readonly number[];
  /** Negation tokens (not, n't, never) anywhere in the group. */
  readonly negations: readonly number[];
  /** Main verbs in the passive (a form of be/get directly before a past participle). */
  readonly passive: readonly number[];
  /** Verb particle tokens ("set up", "hand over"), by the verb they follow. */
  readonly particles: ReadonlyMap<number, number>;
  /** A lone participle ("published", "leading"), which may modify a noun rather than head a clause. */
  readonly participle: boolean;
  /** The lone participle is an -ing form. */
  readonly ingForm: boolean;
}

/** A single function token that shapes the clause. */
export interface Marker {
  readonly kind: 'PREP' | 'CC' | 'COMMA' | 'SUB' | 'STOP' | 'OTHER';
  /** The token's lower-cased text. */
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

export type Chunk = NounPhrase | VerbGroup | Marker;

const PERSONAL = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'itself', 'themselves', 'himself', 'herself']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const SUBORDINATORS = new Set(['that', 'who', 'which', 'whom', 'whose', 'where', 'when', 'while', 'if', 'because', 'although', 'though', 'unless', 'whether']);
const PARTICLES = new Set(['up', 'out', 'over', 'off', 'down', 'back', 'away', 'in', 'on']);
const NEGATORS = new Set(['not', "n't", 'never', 'n’t']);
/** "is about to", "are due to": words between a form of be and an infinitive that chain to it. */
const BE_LINKS = new Set(['about', 'due', 'poised', 'likely', 'unlikely', 'set', 'going', 'ready', 'able', 'unable', 'eager', 'keen', 'willing', 'prepared']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'now']);
const DASHES = new Set(['-', '–', '—']);
const STOPS = new Set([';', ':', '“', '”', '"', '(', ')', '[', ']', '—', '–']);

const isNominal = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM';
const isPossessiveMark = (t: Token): boolean => t.pos === 'PART' && (t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’');
const capitalised = (t: Token): boolean => /^[A-Z]/.test(t.text);
const isPastParticiple = (t: Token): boolean =>
  t.pos === 'VERB' && !t.norm.endsWith('ing') && (/(ed|en|wn|ne|t)$/.test(t.norm) || t.norm !== t.lemma);

/** Chunk the tokens [from, to) of one sentence. */
export function chunkTokens(tokens: readonly Token[], from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  let i = from;
  while (i < to) {
    const np = readNounPhrase(tokens, i, to, from);
    if (np) {
      out.push(np);
      i = np.end;
      continue;
    }
    const vg = readVerbGroup(tokens, i, to);
    if (vg) {
      out.push(vg);
      i = vg.end;
      continue;
    }
    out.push(marker(tokens[i]!, i));
    i++;
  }
  // "as the White House warns": an ambiguous preposition followed by a noun phrase and a finite verb group opens a clause.
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (c.kind === 'PREP' && CLAUSE_PREPS.has(c.word) && out[k + 1]?.kind === 'NP') {
      let m = k + 2;
      while (out[m]?.kind === 'CC' || out[m]?.kind === 'NP') m++;
      const vg = out[m];
      if (vg?.kind === 'VG' && (vg.auxes.length || (vg.verbs.length && !tokens[vg.verbs[0]!]!.norm.endsWith('ing')))) {
        out[k] = { ...c, kind: 'SUB' };
      }
    }
  }
  return out;
}

const CLEAR_SUBORDINATORS = new Set(['unless', 'although', 'though', 'whether', 'because', 'whereas']);
const CLAUSE_PREPS = new Set(['as', 'after', 'before', 'since', 'until', 'while', 'because', 'if']);

function marker(t: Token, i: number): Marker {
  const kind: Marker['kind'] =
    CLEAR_SUBORDINATORS.has(t.norm) ? 'SUB'
    : t.pos === 'ADP' ? 'PREP'
    : t.pos === 'CCONJ' ? 'CC'
    : t.text === ',' ? 'COMMA'
    : SUBORDINATORS.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV') ? 'SUB'
    : STOPS.has(t.text) || t.text === '.' || t.text === '?' || t.text === '!' ? 'STOP'
    : t.pos === 'PART' && t.norm === 'to' ? 'PREP'
    : 'OTHER';
  return { kind, word: t.norm, start: i, end: i + 1 };
}

/** Word sequences that open an amount before a number: "up to 16", "at least 20", "more than 100", "nearly 50". */
const QUANTITY_PREFIXES: readonly (readonly string[])[] = [
  ['up', 'to'], ['at', 'least'], ['at', 'most'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['as', 'many', 'as'],
  ['an', 'estimated'], ['nearly'], ['almost'], ['about'], ['around'], ['some'], ['over'], ['roughly'], ['approximately'],
];

/** Length of a quantity prefix at token i that is followed by a number, else 0. */
export function quantityPrefix(tokens: readonly Token[], i: number, to: number): number {
  for (const words of QUANTITY_PREFIXES) {
    const n = words.length;
    if (i + n >= to || tokens[i + n]!.pos !== 'NUM') continue;
    if (words.every((w, k) => tokens[i + k]!.norm === w)) return n;
  }
  return 0;
}

function readNounPhrase(tokens: readonly Token[], i: number, to: number, sentenceStart: number): NounPhrase | null {
  // "killed at least 20 soldiers": the amount words belong to the phrase, which starts with its number.
  const amount = quantityPrefix(tokens, i, to);
  if (amount) {
    const np = readNounPhrase(tokens, i + amount, to, sentenceStart);
    return np ? { ...np, start: i } : null;
  }
  const first = tokens[i]!;
  if (first.pos === 'PRON' && PERSONAL.has(first.norm)) return { kind: 'NP', firstPos: first.pos, firstText: first.text, headText: first.text, start: i, end: i + 1, head: i, possessorEnd: null };
  const degree = first.pos === 'ADV' && i + 2 < to && tokens[i + 1]!.pos === 'ADJ' && isNominalAt(tokens, i + 2, to); // "full diplomatic ties"
  // "of suspected militants", "for alleged crimes": after a preposition a participle before a common noun is a
  // modifier (before a bare name it may be a verb: "against besieged Sarajevo").
  const modifierParticiple =
    first.pos === 'VERB' && i > sentenceStart && tokens[i - 1]!.pos === 'ADP' && isPastParticiple(first) && i + 1 < to &&
    (tokens[i + 1]!.pos === 'NOUN' || (i + 2 < to && tokens[i + 2]!.pos === 'NOUN' && ['ADJ', 'PROPN'].includes(tokens[i + 1]!.pos)));
  const starts =
    degree || modifierParticiple || first.pos === 'DET' || first.pos === 'ADJ' || isNominal(first) || (first.pos === 'PRON' && POSSESSIVE.has(first.norm));
  if (!starts || (first.pos === 'DET' && SUBORDINATORS.has(first.norm) && !isNominalAt(tokens, i + 1, to))) return null;
  let j = i;
  let head = -1;
  let possessorEnd: number | null = null;
  if (first.pos === 'PRON') {
    possessorEnd = i + 1;
    j = i + 1;
  }
  while (j < to) {
    const t = tokens[j]!;
    const prev = j > i ? tokens[j - 1]! : null;
    // "Iran today threatened": a time word after the head is an adverbial, not part of the phrase.
    if (head >= 0 && TIME_WORDS.has(t.norm)) break;
    // A possessor after a common-noun head starts a new phrase: "denounced as a crime | Serbia's suppression".
    if (t.pos === 'PROPN' && head >= 0 && tokens[head]!.pos === 'NOUN' && j + 1 < to && isPossessiveMark(tokens[j + 1]!)) break;
    // "hand over to Britain | two of its nationals": a spelled-out number before "of" starts a new phrase.
    if (t.pos === 'NUM' && head >= 0 && /^\p{L}+$/u.test(t.text) && j + 1 < to && tokens[j + 1]!.norm === 'of') break;
    if (isNominal(t) || (capitalised(t) && j > sentenceStart && (t.pos === 'ADJ' || t.pos === 'NOUN'))) {
      head = j;
      j++;
    } else if (t.pos === 'ADJ' || (t.pos === 'ADV' && j + 1 < to && tokens[j + 1]!.pos === 'ADJ' && (j > i || degree))) {
      j++;
    } else if (t.pos === 'CCONJ' && head < 0 && prev?.pos === 'ADJ' && j + 2 < to && (tokens[j + 1]!.pos === 'ADJ' || tokens[j + 1]!.pos === 'NOUN') && isNominalAt(tokens, j + 2, to)) {
      j++; // "political and economic ties": coordinated adjectives before one head
    } else if (t.pos === 'DET' && (j === i || (prev && isPossessiveMark(prev)))) {
      j++;
    } else if (isPossessiveMark(t) && head >= 0) {
      possessorEnd = j + 1;
      head = -1;
      j++;
    } else if (DASHES.has(t.text) && !t.spaceBefore && j + 1 < to && !tokens[j + 1]!.spaceBefore && j > i) {
      j++; // "Asia-Pacific", "US-China", "long-threatened"
    } else if (j === i && modifierParticiple) {
      j++;
    } else if (t.pos === 'VERB' && prev?.pos === 'NOUN' && j - 1 === i && i > sentenceStart && tokens[i - 1]!.norm.endsWith('ing') && tokens[i - 1]!.pos === 'VERB' && isPastParticiple(t) && j + 1 < to && tokens[j + 1]!.pos === 'NOUN') {
      j++; // "using precision guided missiles": a compound modifier inside the object of an -ing verb
    } else if (t.pos === 'VERB' && prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || (DASHES.has(prev.text) && !t.spaceBefore) || isPossessiveMark(prev)) && j + 1 < to && (isNominal(tokens[j + 1]!) || tokens[j + 1]!.pos === 'ADJ')) {
      j++; // "the ruling party", "an armed group"
    } else if (t.text === '(' && head >= 0) {
      // "the Asia-Pacific Economic Cooperation (APEC) forum": a short parenthetical stays inside the phrase.
      let k = j + 1;
      while (k < to && k - j <= 6 && tokens[k]!.text !== ')' && tokens[k]!.text !== '(') k++;
      if (k >= to || tokens[k]!.text !== ')') break;
      j = k + 1;
    } else if ((t.text === '“' || t.text === '"') && j + 1 < to && head < 0 && j > i) {
      j++; // quoted modifier: Beijing's “rhetorical backing”
    } else if ((t.text === '”' || t.text === '"') && head >= 0 && j + 1 < to && isNominal(tokens[j + 1]!)) {
      j++;
    } else break;
  }
  // "a new military offensive" with the noun tagged as an adjective: the last adjective heads the phrase.
  if (head < 0 && first.pos === 'DET' && j - 1 > i && tokens[j - 1]!.pos === 'ADJ' && (j >= to || tokens[j]!.pos !== 'NOUN')) {
    head = j - 1;
  }
  if (head < 0) {
    // A possessor with no head, or only adjectives: back off to the last nominal.
    let k = j - 1;
    while (k >= i && !isNominal(tokens[k]!) && !(tokens[k]!.pos === 'PRON')) k--;
    if (k < i) return null;
    if (possessorEnd !== null && k < possessorEnd) return { kind: 'NP', firstPos: first.pos, firstText: first.text, headText: tokens[k]!.text, start: i, end: k + 1, head: k, possessorEnd: null };
    return { kind: 'NP', firstPos: first.pos, firstText: first.text, headText: tokens[k]!.text, start: i, end: k + 1, head: k, possessorEnd };
  }
  // Trailing closing quote that belongs to the phrase.
  if (j < to && (tokens[j]!.text === '”') && tokens.slice(i, j).some((t) => t.text === '“')) j++;
  return { kind: 'NP', firstPos: first.pos, firstText: first.text, headText: tokens[head]!.text, start: i, end: Math.max(j, head + 1), head, possessorEnd };
}

function isNominalAt(tokens: readonly Token[], i: number, to: number): boolean {
  return i < to && (isNominal(tokens[i]!) || tokens[i]!.pos === 'ADJ');
}

function readVerbGroup(tokens: readonly Token[], i: number, to: number): VerbGroup | null {
  const first = tokens[i]!;
  if (!(first.pos === 'AUX' || first.pos === 'VERB' || (first.pos === 'PART' && NEGATORS.has(first.norm)))) return null;
  const verbs: number[] = [];
  const auxes: number[] = [];
  const negations: number[] = [];
  const passive: number[] = [];
  const particles = new Map<number, number>();
  let j = i;
  let lastBe = false;
  while (j < to) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') {
      if (!verbs.length) auxes.push(j);
      lastBe = t.lemma === 'be' || t.lemma === 'get';
      j++;
    } else if (NEGATORS.has(t.norm) && (t.pos === 'PART' || t.pos === 'ADV')) {
      negations.push(j);
      j++;
    } else if (t.pos === 'VERB') {
      if (lastBe && isPastParticiple(t)) passive.push(j);
      lastBe = false;
      verbs.push(j);
      j++;
      const p = tokens[j];
      if (p && PARTICLES.has(p.norm) && (p.pos === 'ADP' || p.pos === 'ADV' || p.pos === 'PART') && !['in', 'on'].includes(p.norm) && !quantityPrefix(tokens, j, to)) {
        particles.set(j - 1, j);
        j++;
      }
    } else if (t.pos === 'ADV' && j + 1 < to && ['AUX', 'VERB', 'PART', 'ADV'].includes(tokens[j + 1]!.pos) && t.norm !== 'to') {
      j++; // "has already agreed", "will also meet"
    } else if (t.pos === 'PART' && t.norm === 'to' && verbs.length && j + 1 < to && ['VERB', 'AUX', 'ADV'].includes(tokens[j + 1]!.pos)) {
      j++; // "agreed to set up"
    } else if ((t.pos === 'ADJ' || BE_LINKS.has(t.norm)) && lastBe && j + 2 < to && tokens[j + 1]!.norm === 'to' && tokens[j + 2]!.pos === 'VERB') {
      verbs.push(j); // "is ready to", "would be prepared to" (tagged ADJ): a chain link
      lastBe = false;
      j += 2;
    } else break;
  }
  // Trailing "to" or adverbs that did not lead anywhere are not part of the group.
  while (j > i && (tokens[j - 1]!.pos === 'ADV' || tokens[j - 1]!.norm === 'to') && !negations.includes(j - 1)) j--;
  if (j === i) return null;
  if (!verbs.length && !auxes.length) return null;
  const lone = verbs.length === 1 && !auxes.length ? tokens[verbs[0]!]! : null;
  const participle = !!lone && (lone.norm.endsWith('ing') || isPastParticiple(lone));
  const ingForm = !!lone && lone.norm.endsWith('ing');
  return { kind: 'VG', start: i, end: j, verbs, auxes, negations, passive, particles, participle, ingForm };
}

export { isPastParticiple };
