// Noun-phrase chunks around a cue verb: the subject before it, or the inverted speaker after it ("said Psaki").
import type { Token } from '../core/index.js';
import type { QuotesLexicon } from './lexicon.js';

/** A token range [start, end) in the document's token layer. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON']);
const NP_ADP = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'to', 'familiar', 'close']);
/** Possessive determiners: "his" in "his office" owns what follows, it names no speaker by itself. */
export const POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'this', 'that', 'one', 'someone', 'everyone', 'both', 'some', 'many', 'others', 'few', 'most', 'all']);
const CLOSE_MARKS = new Set(['”', '"', '’', "'", '»']);
const MAX_NP_TOKENS = 16;
/** Quantities that take "of": "one of the shafts", "some of the workers". */
const PARTITIVE = new Set(['one', 'some', 'many', 'each', 'several', 'most', 'all', 'none', 'two', 'three']);

const isPossessiveMark = (t: Token): boolean => t.norm === "'s" || t.norm === '’s' || t.norm === "'" || t.norm === '’';

function isNpToken(t: Token): boolean {
  if (NP_POS.has(t.pos)) return true;
  if (isPossessiveMark(t)) return true;
  // Initials and abbreviations inside names: "Gov.", "R-IN", "U.S."
  if ((t.text === '.' || t.text === '-' || t.text === '&') && !t.spaceBefore) return true;
  if (t.text === '(' || t.text === ')') return false;
  return false;
}

/**
 * Whether a range holds a plausible speaker: it has a noun, a proper noun or a pronoun, or a determiner opens it and
 * an adjective ends it, which then stands for a noun ("A retired general", "the accused": words the tagger reads as
 * adjectives).
 */
function hasHead(tokens: readonly Token[], r: TokenRange): boolean {
  for (let i = r.start; i < r.end; i++) if (HEAD_POS.has(tokens[i].pos) && !POSSESSIVE.has(tokens[i].norm)) return true;
  return r.end - r.start >= 2 && tokens[r.start].pos === 'DET' && !POSSESSIVE.has(tokens[r.start].norm) && tokens[r.end - 1].pos === 'ADJ';
}

/** A capitalized word the tagger reads as a verb or an adjective, right before a proper noun: "Stung Treng", "said Said Vell". */
function capitalBeforeName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (t.pos === 'VERB' || t.pos === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(t.text) && !!next && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
}

/** Whether token i is joined by a hyphen, with no spaces, to the word before it: "listed" in "London-listed". */
export function joinedByHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return !!hyphen && hyphen.text === '-' && !hyphen.spaceBefore && !tokens[i].spaceBefore;
}

/** A participle joined by a hyphen to a name or a noun: "based" in "the Geneva-based group", "the Johannesburg-listed miner". */
function hyphenParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 2];
  return t.pos === 'VERB' && /ed$/.test(t.norm) && joinedByHyphen(tokens, i) && !!before && (before.pos === 'PROPN' || before.pos === 'NOUN');
}

/**
 * A short lower-case syllable joined by a hyphen to a proper noun, whatever the tagger reads it as: "won" in "Ji-won"
 * (not a participle: "the Amsterdam-listed company").
 */
function syllableAfterHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 2];
  return !!before && joinedByHyphen(tokens, i) && /^\p{Ll}{1,5}$/u.test(t.text) && !/(?:ed|ing)$/.test(t.text) && before.pos === 'PROPN' && /^\p{Lu}/u.test(before.text);
}

/**
 * Collect a noun phrase that ends at token `last` (inclusive), walking left, never before `floor`.
 * Prepositional tails ("a spokeswoman for the Foreign Ministry") are kept when a noun precedes the preposition.
 */
export function npEndingAt(tokens: readonly Token[], last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  const end = last + 1;
  const lastTok = tokens[last];
  // A personal pronoun is a whole noun phrase by itself.
  if (lastTok.pos === 'PRON' && !POSSESSIVE.has(lastTok.norm)) {
    return SUBJECT_PRONOUNS.has(lastTok.norm) || /^[A-Z]/.test(lastTok.text) ? { start: last, end } : null;
  }
  let i = last;
  while (i >= floor && end - i <= MAX_NP_TOKENS) {
    const t = tokens[i];
    if (isNpToken(t) && !(t.pos === 'PRON' && !POSSESSIVE.has(t.norm))) {
      i--;
      continue;
    }
    // ("the world governing body", "the ruling party", "the armed group": a participle before a noun inside the
    // phrase.)
    const prev = tokens[i - 1];
    if (t.pos === 'VERB' && i < last && /(ing|ed)$/.test(t.norm) && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'ADJ') && i > floor && prev && (prev.pos === 'DET' || prev.pos === 'NOUN' || prev.pos === 'ADJ' || prev.pos === 'PROPN' || prev.pos === 'PART')) {
      i--;
      continue;
    }
    // ("the Johannesburg-listed miner", "the Geneva-based group".)
    if (i < last && i - 2 > floor && hyphenParticiple(tokens, i) && (tokens[i + 1].pos === 'NOUN' || tokens[i + 1].pos === 'ADJ')) {
      i -= 2;
      continue;
    }
    // ("Choi Ji-won": a romanized given name's second syllable.)
    if (i - 2 >= floor && syllableAfterHyphen(tokens, i)) {
      i -= 2;
      continue;
    }
    // ("The deputy governor of Stung Treng province": a capitalized word the tagger reads as a verb, inside a name.)
    // ("Rose Kuve, 45, said": or opening the sentence.)
    if (i < last && i >= floor && capitalBeforeName(tokens, i) && (i === floor || prev?.sentence === t.sentence)) {
      i--;
      continue;
    }
    if (t.text === ')' && i < last + 1) {
      // A parenthetical inside a name: "Sen. David Perdue (R-Ga.)".
      let j = i - 1;
      while (j >= floor && i - j <= 6 && tokens[j].text !== '(' && tokens[j].text !== ')') j--;
      if (j >= floor && tokens[j].text === '(' && j > floor && (tokens[j - 1].pos === 'PROPN' || tokens[j - 1].pos === 'NOUN' || /^\p{Lu}/u.test(tokens[j - 1].text))) {
        i = j - 1;
        continue;
      }
      break;
    }
    // (And "one of the shafts": a quantity before "of".)
    const partitive = t.norm === 'of' && (tokens[i - 1]?.pos === 'NUM' || PARTITIVE.has(tokens[i - 1]?.norm ?? ''));
    // ("The Tovan Virus Institute (TVI) in Entebbe": after a name's bracketed short form too.)
    if (t.pos === 'ADP' && NP_ADP.has(t.norm) && i > floor && i < last && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'ADJ' || tokens[i - 1].text === ')' || partitive)) {
      i--;
      continue;
    }
    if ((t.norm === 'and' || t.norm === '&') && i > floor && i < last && tokens[i - 1].pos === 'PROPN' && tokens[i + 1].pos === 'PROPN') {
      i--;
      continue;
    }
    // ("Doctors Without Borders": a capitalized preposition inside a name.)
    if (t.pos === 'ADP' && i > floor && i < last && [tokens[i - 1], t, tokens[i + 1]].every((x) => /^\p{Lu}\p{Ll}/u.test(x.text))) {
      i--;
      continue;
    }
    break;
  }
  let start = i + 1;
  let endTrim = end;
  while (endTrim > start && (tokens[endTrim - 1].text === '.' || tokens[endTrim - 1].text === '-')) endTrim--;
  // Never start on a preposition, a conjunction or a possessive mark.
  while (start < end && (tokens[start].pos === 'ADP' || tokens[start].pos === 'CCONJ' || isPossessiveMark(tokens[start]))) start++;
  const r = { start, end: endTrim };
  return r.end > r.start && hasHead(tokens, r) ? r : null;
}

/**
 * Collect a noun phrase that starts at token `first`, walking right, never at or past `ceil`.
 * Stops at punctuation and verbs; keeps prepositional tails ("a Western person familiar with current assessments").
 */
export function npStartingAt(tokens: readonly Token[], first: number, ceil: number): TokenRange | null {
  if (first >= ceil) return null;
  const t0 = tokens[first];
  if (t0.pos === 'PRON' && !POSSESSIVE.has(t0.norm)) {
    return SUBJECT_PRONOUNS.has(t0.norm) || t0.norm === 'him' || t0.norm === 'her' || t0.norm === 'them' || t0.norm === 'us' || t0.norm === 'me'
      ? { start: first, end: first + 1 }
      : null;
  }
  let i = first;
  while (i < ceil && i - first < MAX_NP_TOKENS) {
    const t = tokens[i];
    // A determiner after a noun starts a new phrase: "told reporters the talks …".
    if (t.pos === 'DET' && i > first && (tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN')) break;
    if (isNpToken(t) && !(t.pos === 'PRON' && !POSSESSIVE.has(t.norm) && i > first)) {
      i++;
      continue;
    }
    const prev = tokens[i - 1];
    if (i - 2 >= first && syllableAfterHyphen(tokens, i)) {
      i++;
      continue;
    }
    // ("according to the Windhoek-based Institute for …".)
    if (i - 2 >= first && i + 1 < ceil && hyphenParticiple(tokens, i) && NP_POS.has(tokens[i + 1].pos)) {
      i++;
      continue;
    }
    // ("told The Associated Press": a capitalized word the tagger reads as a verb, inside a name.)
    // ("said Said Benhammou": a given name the tagger reads as a verb, right after the cue, opens one.)
    if ((i > first || (i > 0 && tokens[i - 1].sentence === t.sentence && tokens[i - 1].pos === 'VERB')) && i + 1 < ceil && capitalBeforeName(tokens, i)) {
      i++;
      continue;
    }
    if (t.text === '(' && i > first && (prev.pos === 'PROPN' || prev.pos === 'NOUN')) {
      let j = i + 1;
      while (j < ceil && j - i <= 6 && tokens[j].text !== ')' && tokens[j].text !== '(') j++;
      if (j < ceil && tokens[j].text === ')') {
        i = j + 1;
        continue;
      }
      break;
    }
    if (i > first && (t.pos === 'ADP' || NP_ADP.has(t.norm)) && NP_ADP.has(t.norm) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ') && i + 1 < ceil && NP_POS.has(tokens[i + 1].pos)) {
      i++;
      continue;
    }
    if ((t.norm === 'and' || t.norm === '&') && i > first && prev.pos === 'PROPN' && i + 1 < ceil && tokens[i + 1].pos === 'PROPN') {
      i++;
      continue;
    }
    break;
  }
  let end = i;
  while (end > first && (tokens[end - 1].pos === 'ADP' || tokens[end - 1].pos === 'CCONJ' || tokens[end - 1].pos === 'DET' || tokens[end - 1].text === '.' || tokens[end - 1].text === '-')) end--;
  const r = { start: first, end };
  return r.end > r.start && hasHead(tokens, r) ? r : null;
}

/**
 * Verbs that report speech or thought: a relative clause's subject is not sought past one. (Fewer than the cue table:
 * its "asked" and "declined" stand inside the clauses sought, "an official who asked not to be named".)
 */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'stated', 'announced', 'wrote', 'thinks', 'believes']);

/** Before an age set off by commas ("Carlos Vell, 45, a driver,"), the token before it; else `last`. */
function pastAge(tokens: readonly Token[], last: number, floor: number): number {
  return last - 1 > floor && tokens[last].pos === 'NUM' && /^\d{1,3}$/.test(tokens[last].text) && tokens[last - 1].text === ',' ? last - 2 : last;
}

/** Whether tokens [from, to) end a list: names and nouns joined by commas and a last "and"/"or" ("Laos, Thailand and Vietnam"). */
function isListTail(tokens: readonly Token[], from: number, to: number): boolean {
  const span = tokens.slice(from, to);
  return span.some((t) => t.norm === 'and' || t.norm === 'or') && span.every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'CCONJ' || t.text === ',');
}

/**
 * Whether tokens [from, to) are an appositive to the phrase before the comma at `from - 1`: an age, a description
 * opened by a determiner, an adjective, a lower-case noun or "from" ("a climber from Kesby", "from the Vell district"),
 * or one name after a name ("Kesby, Tovan").
 */
function appositiveSegment(tokens: readonly Token[], from: number, to: number): boolean {
  const t = tokens[from];
  if (t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) || (t.pos === 'ADP' && t.norm === 'from')) return true;
  return to - from === 1 && t.pos === 'PROPN' && tokens[from - 2]?.pos === 'PROPN';
}

/**
 * The subject at the head of a chain of appositives that ends with the phrase `np`: "Vera Lind, 38, a climber from
 * Kesby, Tovan, who …" is Vera Lind's, not Tovan's. Stops at anything that is not an appositive ("In Kesby, Vera Lind,").
 */
function chainHead(tokens: readonly Token[], np: TokenRange, floor: number): TokenRange {
  let cur = np;
  for (let hops = 0; hops < 4; hops++) {
    let from = cur.start;
    // ("a climber from Kesby": a preposition's object belongs to the phrase before it.)
    while (from - 2 >= floor && tokens[from - 1].pos === 'ADP' && tokens[from - 2].text !== ',') {
      const head = npEndingAt(tokens, from - 2, floor);
      if (!head) break;
      from = head.start;
    }
    if (from - 1 >= floor && tokens[from - 1].pos === 'ADP' && tokens[from - 1].norm === 'from') from--;
    const comma = from - 1;
    if (comma - 1 < floor || tokens[comma].text !== ',' || !appositiveSegment(tokens, from, cur.end)) return cur;
    const prev = npEndingAt(tokens, pastAge(tokens, comma - 1, floor), floor);
    if (!prev) return cur;
    cur = prev;
  }
  return cur;
}

/** The noun phrase a relative pronoun at token `rel` follows, with or without a comma: "Kell, who", "a man who". */
export function antecedentOf(tokens: readonly Token[], rel: number, floor: number): TokenRange | null {
  return npEndingAt(tokens, rel - 1 >= floor && tokens[rel - 1].text === ',' ? rel - 2 : rel - 1, floor);
}

/**
 * The subject of a cue verb at token `verb`: skip auxiliaries and adverbs ("has repeatedly said"), an appositive or
 * relative clause set off by commas ("Zhao Lijian, a spokeswoman for …, told"), then take the noun phrase.
 * Returns null for passives ("was told") and when no noun phrase stands there.
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number, lex: QuotesLexicon): TokenRange | null {
  let i = verb - 1;
  let sawBe = false;
  while (i >= floor && (lex.subjectSkip.has(tokens[i].norm) || tokens[i].pos === 'ADV' || tokens[i].pos === 'AUX' || tokens[i].norm === 'not')) {
    if (tokens[i].pos === 'AUX' && tokens[i].lemma === 'be') sawBe = true;
    i--;
  }
  if (sawBe && !tokens[verb].norm.endsWith('ing')) return null;
  if (i < floor) return null;
  if (lex.relativePronouns.has(tokens[i].norm) && tokens[i].norm !== 'that') {
    // "Kell, who chairs the council, said": the span runs from the antecedent through "who".
    const np = antecedentOf(tokens, i, floor);
    return np ? { start: np.start, end: i + 1 } : { start: i, end: i + 1 };
  }
  const delim = tokens[i].text;
  // ("Ivan, who signed the deal with his counterpart, Dorin Tarsa, said", "Ruiz, who met the president, Carlos Vega, on
  // Monday, said": a relative clause may hold commas of its own; the subject stands before its "who".)
  if (delim === ',') {
    for (let j = i - 1; j > floor && i - j <= 30; j--) {
      const t = tokens[j];
      if (CLOSE_MARKS.has(t.text) || t.text === '“' || t.text === '"' || t.text === ';') break;
      if (t.text === ',' && j + 1 < i && (lex.relativePronouns.has(tokens[j + 1].norm) || tokens[j + 1].norm === 'whose') && tokens[j + 1].norm !== 'that') {
        if (j + 1 === i - 1) break;
        const np = npEndingAt(tokens, pastAge(tokens, j - 1, floor), floor);
        if (np && tokens.slice(j + 2, i).some((x) => x.text === ',')) return chainHead(tokens, np, floor);
        break;
      }
    }
  }
  if (delim === ',' || delim === '--' || delim === '—' || delim === '–') {
    // An appositive or relative clause between commas: the subject stands before the first comma.
    for (let j = i - 1; j >= floor && i - j <= 30; j--) {
      const t = tokens[j];
      // (A plural possessive's apostrophe is no quote mark: "the country's largest teachers' union,".)
      const possessive = (t.text === "'" || t.text === '’') && !t.spaceBefore && j > floor && /s$/i.test(tokens[j - 1].text) && !!tokens[j + 1]?.spaceBefore;
      if ((CLOSE_MARKS.has(t.text) && !possessive) || t.text === '“' || t.text === '"') return null;
      if (t.text === delim || (delim === '—' && t.text === '--') || (delim === '--' && t.text === '—')) {
        // ("…, a body that advises Cambodia, Laos, Thailand and Vietnam, said": a list's commas are inside the clause.)
        if (delim === ',' && isListTail(tokens, j + 1, i)) continue;
        const inner = tokens[j + 1];
        // ("Vera Lind, 38, from the island of Kesby, said": where someone is from stands in apposition too.)
        const from = inner.norm === 'from' && delim === ',';
        const appositive = (inner.pos === 'VERB' && /(ing|ed|en|wn)$/.test(inner.norm)) || inner.pos === 'DET' || inner.pos === 'ADJ' || inner.pos === 'NOUN' || inner.pos === 'PROPN' || inner.pos === 'NUM' || lex.relativePronouns.has(inner.norm) || inner.norm === 'who' || inner.norm === 'whose' || from;
        if (!appositive) return null;
        const np = npEndingAt(tokens, pastAge(tokens, j - 1, floor), floor);
        // (Before a relative clause, the phrase may itself stand in apposition: "Vera Lind, 38, from Kesby, who …".)
        return np && (lex.relativePronouns.has(inner.norm) || inner.norm === 'who' || inner.norm === 'whose' || from) ? chainHead(tokens, np, floor) : np;
      }
    }
    return null;
  }
  if (tokens[i].pos === 'PRON' && tokens[i].norm === 'that') return null;
  // ("A Vietnamese official who asked not to be named said", "Residents who fled the town said": a relative clause
  // with no commas; the subject stands before its "who".)
  // ("A judicial official who spoke on condition of anonymity because he was not authorized to discuss the case said".)
  // (Not past a cue of its own: in "An official who … said prosecutors had asked", the prosecutors asked.)
  for (let j = i; j > floor && i - j <= 20; j--) {
    const t = tokens[j];
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || (j < i && REPORTING.has(t.norm))) break;
    if (t.norm === 'who') return npEndingAt(tokens, j - 1, floor);
  }
  return npEndingAt(tokens, i, floor);
}
