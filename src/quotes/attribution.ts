// Finds attributions in a sentence: a cue (verb, "according to", a colon), its speaker and the content it reports.
import type { Sentence, Span, Token } from '../core/index.js';
import type { CueEntry, QuotesLexicon } from './lexicon.js';
import type { MarkedQuote } from './quote-marks.js';
import { joinedByHyphen, npEndingAt, npStartingAt, POSSESSIVE, subjectBefore, type TokenRange } from './speaker-span.js';

/** One attribution found around a cue: the cue, the speaker words and the reported content. */
export interface Attribution {
  readonly kind: 'Attribution';
  readonly cue: Span;
  /** Speaker words as a token range, or null (the gerund subject is filled in later). */
  readonly speaker: TokenRange | null;
  /** Reported content as character spans (one, or the pieces of a multi-paragraph quote). */
  readonly content: Span;
  /** Index of the marked quote the content is, when it is exactly one. */
  readonly quote: number | null;
  readonly cls: CueEntry['cls'] | 'source';
  /** The rule that fired, e.g. "pre:said+that", "post:quote", "according-to:lead". */
  readonly why: string;
  /** The speaker is the subject shared with an earlier clause ("…, adding that …"). */
  readonly sharedSubject: boolean;
}

/** The sentence's tokens and the quote marks the matcher needs. */
export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  readonly quotes: readonly MarkedQuote[];
  /** Marked quote index by the offset of its opening mark and of its closing mark. */
  readonly quoteByOpen: ReadonlyMap<number, number>;
  readonly quoteByClose: ReadonlyMap<number, number>;
  /** The next paragraph, for a colon cue that ends its paragraph ("Kell continued:"). */
  readonly nextParagraph: Span | null;
}

const OPEN_MARKS = new Set(['“', '"', '‘', "'", '«', '„', '`']);
const CLOSE_MARKS = new Set(['”', '"', '’', "'", '»']);
const CLAUSE_START = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
const ADJUNCT_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
const FINITE_HINT = new Set(['VERB', 'AUX']);
const TRAILING = /[\s.,;:!?”"’'»\u2014\u2013-]/;
const LEADING = /[\s,;:“"‘'«\u2014\u2013-]/;

/** Trim a character span of surrounding spaces, punctuation and quote marks. */
export function trimContent(text: string, start: number, end: number): Span {
  while (start < end && LEADING.test(text[start])) start++;
  while (end > start && TRAILING.test(text[end - 1])) end--;
  // Keep a question or exclamation mark: it belongs to the content.
  if (end < text.length && (text[end] === '?' || text[end] === '!')) end++;
  return { start, end };
}

const SUBJECT_PRON = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const VERB_SUFFIX = /(s|ed)$/;

/** A cue verb at token `i`. A cue word the tagger called a noun counts when it stands between a subject and a complement. */
function isCueToken(toks: readonly Token[], i: number, lex: QuotesLexicon): CueEntry | undefined {
  const t = toks[i];
  const prev = toks[i - 1];
  // ("London-listed", "Moscow-led": a participle joined to the word before by a hyphen is an adjective, not a cue.)
  if (joinedByHyphen(toks, i)) return undefined;
  if (t.pos === 'VERB' || (t.pos === 'AUX' && t.norm === 'says')) return lex.cues.get(t.lemma) ?? lex.cues.get(t.norm);
  const next = toks[i + 1];
  // "…, promising to lift the rules": a participle after a comma that the tagger called an adjective or a noun.
  if ((t.pos === 'ADJ' || t.pos === 'NOUN') && t.norm.endsWith('ing') && prev?.text === ',' && prev.sentence === t.sentence && next?.sentence === t.sentence) {
    const stem = t.norm.slice(0, -3);
    const entry = lex.cues.get(stem) ?? lex.cues.get(stem + 'e') ?? lex.cues.get(stem.slice(0, -1));
    if (entry && (next.norm === 'that' || next.norm === 'to' || entry.frames.has('np'))) return entry;
    return undefined;
  }
  // "Polls show a close race": a bare plural-subject verb the tagger called a noun.
  if (t.pos === 'NOUN' && !VERB_SUFFIX.test(t.norm) && prev && next && prev.sentence === t.sentence && next.sentence === t.sentence) {
    const entry = lex.cues.get(t.norm);
    const pluralSubject = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /[^s]s$/.test(prev.norm);
    if (entry && pluralSubject && (next.norm === 'that' || next.pos === 'DET' || SUBJECT_PRON.has(next.norm))) return entry;
    return undefined;
  }
  if (t.pos !== 'NOUN' || !VERB_SUFFIX.test(t.norm)) return undefined;
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return undefined;
  const subjectBefore = prev.pos === 'PROPN' || SUBJECT_PRON.has(prev.norm) || prev.pos === 'NOUN';
  const complementAfter = next.norm === 'that' || next.norm === 'to' || next.pos === 'DET' || next.pos === 'PROPN' || SUBJECT_PRON.has(next.norm);
  if (!subjectBefore || !complementAfter || (prev.pos === 'NOUN' && SUBJECT_PRON.has(next.norm))) return undefined;
  const lemma = t.norm.endsWith('ed') ? t.norm.replace(/e?d$/, '') : t.norm.replace(/s$/, '');
  return lex.cues.get(t.lemma) ?? lex.cues.get(lemma) ?? lex.cues.get(lemma + 'e');
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FINITE_HINT.has(tokens[i].pos)) return true;
  return false;
}

/** The marked quote whose opening mark is token `i`, if any. */
function quoteOpenedAt(v: SentenceView, i: number): number | null {
  const t = v.tokens[i];
  if (!t || !OPEN_MARKS.has(t.text)) return null;
  return v.quoteByOpen.get(t.start) ?? null;
}

function quoteClosedAt(v: SentenceView, i: number): number | null {
  const t = v.tokens[i];
  if (!t || !CLOSE_MARKS.has(t.text)) return null;
  return v.quoteByClose.get(t.start) ?? null;
}

/** Content from token `from` to the sentence end, or the marked quote that opens at `from`. */
function contentFrom(v: SentenceView, from: number, last: number): { span: Span; quote: number | null } | null {
  const q = quoteOpenedAt(v, from);
  if (q !== null) {
    const mq = v.quotes[q];
    // The quote is the whole complement only if nothing but punctuation follows it in the sentence.
    const after = v.text.slice(mq.close >= 0 ? mq.close + 1 : mq.end, v.sentence.end);
    if (mq.end >= v.sentence.end || !/[\p{L}\p{N}]/u.test(after)) return { span: { start: mq.start, end: mq.end }, quote: q };
  }
  if (from > last) return null;
  let end = v.tokens[last].end;
  // A quote opened inside the content but closed in a later sentence runs on to its close.
  for (let i = from; i <= last; i++) {
    const qi = quoteOpenedAt(v, i);
    if (qi !== null && v.quotes[qi].end > end) end = v.quotes[qi].end;
  }
  const span = trimContent(v.text, v.tokens[from].start, end);
  return span.end > span.start ? { span, quote: null } : null;
}

/** Content from the sentence start (or an earlier boundary) up to token `to` (exclusive), for "CONTENT, X said". */
function contentBefore(v: SentenceView, first: number, to: number): { span: Span; quote: number | null } | null {
  let j = to - 1;
  while (j >= first && (v.tokens[j].text === ',' || v.tokens[j].text === '—' || v.tokens[j].text === '--')) j--;
  if (j < first) return null;
  const q = quoteClosedAt(v, j);
  if (q !== null) return { span: { start: v.quotes[q].start, end: v.quotes[q].end }, quote: q };
  if (j - first < 2 || !hasVerb(v.tokens, first, j + 1)) return null;
  let start = v.tokens[first].start;
  // A quote that closes inside the content but opened before this sentence starts at its opening.
  for (let i = first; i <= j; i++) {
    const qi = quoteClosedAt(v, i);
    if (qi !== null && v.quotes[qi].start < start) start = v.quotes[qi].start;
  }
  const span = trimContent(v.text, start, v.tokens[j].end);
  return span.end > span.start ? { span, quote: null } : null;
}

/**
 * Where the reported content starts after a cue verb at `k`: after "that", a colon or at an opening quote, past a
 * listener ("told reporters") and short adjuncts ("on Monday"); or right away when a clause follows.
 * Returns the token index and the rule, or null when the verb has no complement here.
 */
function complementStart(v: SentenceView, k: number, last: number, cue: CueEntry): { at: number; how: string; until?: number } | null {
  const toks = v.tokens;
  const firstAfter = k;
  if (k > last) return null;
  // 1. A listener after tell/warn/assure: a noun phrase or an object pronoun.
  let listenerEnd = -1;
  if (cue.frames.has('obj') && !OPEN_MARKS.has(toks[k].text) && toks[k].norm !== 'that') {
    if (OBJECT_PRONOUNS.has(toks[k].norm)) k++;
    else {
      const np = npStartingAt(toks, k, last + 1);
      if (np) k = np.end;
    }
    if (k > firstAfter) listenerEnd = k;
  }
  // 2. Scan short adjuncts for "that", a colon or an opening quote; a wh-clause right away ("asked whether …").
  for (let i = k, n = 0; i <= last && n < 10; i++, n++) {
    const t = toks[i];
    if (WH.has(t.norm) && (cue.frames.has('clause') || cue.frames.has('np')) && (i === k || (i === k + 1 && toks[k].pos === 'ADV'))) {
      return { at: i, how: 'wh' };
    }
    // The content of a that-clause starts at "that" (the annotation convention of PolNeAR: 1888 of 1889 train cases).
    if (t.norm === 'that' && i + 1 <= last && !demonstrativeThat(toks[i + 1])) return { at: i, how: 'that' };
    if (t.text === ':') return { at: i + 1, how: 'colon' };
    if (OPEN_MARKS.has(t.text) && quoteOpenedAt(v, i) !== null && (cue.frames.has('quote') || n === 0)) return { at: i, how: 'quote' };
    if (t.text === ',' && i + 1 <= last && quoteOpenedAt(v, i + 1) !== null && cue.frames.has('quote')) return { at: i + 1, how: 'quote' };
    if (t.text === ',' && i + 1 <= last && toks[i + 1].norm === 'that') continue;
    // ("said in its ruling that": a possessive opens an adjunct too.)
    if (!(ADJUNCT_POS.has(t.pos) || OBJECT_PRONOUNS.has(t.norm) || (POSSESSIVE.has(t.norm) && i > k) || t.text === ',')) break;
  }
  // 3. An infinitive: "wants to leave", "vowed to fight".
  if (cue.frames.has('inf') && toks[k]?.norm === 'to' && k + 1 <= last && (toks[k + 1].pos === 'VERB' || toks[k + 1].pos === 'AUX')) {
    return { at: k, how: 'inf' };
  }
  // 4. A bare clause: "said Biden will …". Needs a subject-like start and a verb soon after.
  if (cue.frames.has('clause') && k <= last) {
    const t = toks[k];
    const next = toks[k + 1];
    const startsClause =
      (CLAUSE_START.has(t.pos) && !OBJECT_PRONOUNS.has(t.norm)) ||
      t.norm === 'there' ||
      (t.pos === 'ADV' && !!next && (next.pos === 'ADJ' || next.pos === 'ADV' || next.pos === 'AUX' || next.pos === 'NUM')) ||
      t.norm === 'it' ||
      // ("said at least 11 people had been killed": a quantity, not a place.)
      (t.norm === 'at' && /^(least|most)$/.test(next?.norm ?? '')) ||
      (t.norm === 'her' && !!next && (next.pos === 'NOUN' || next.pos === 'ADJ')) ||
      (t.norm === 'that' && !!next && demonstrativeThat(next));
    if (startsClause && (k === firstAfter || k === listenerEnd)) {
      for (let i = k + 1, n = 0; i <= last && n <= 12; i++, n++) {
        // ("said damage to roads, bridges and crops could …", "said 410,000 packs, sold by X, were …": a list or an
        // insertion inside the subject does not end it.)
        if (toks[i].text === ',') {
          const on = pastSubjectComma(toks, i, last);
          if (on < 0) break;
          i = on - 1;
          continue;
        }
        if (toks[i].text === ';') break;
        if (FINITE_HINT.has(toks[i].pos) && toks[i].norm !== 'to') return { at: k, how: 'clause' };
      }
    }
  }
  // 5. A noun-phrase content: "called for compensation", "criticized the plan", "urged voters to …".
  if (cue.frames.has('np')) {
    let j = firstAfter;
    if (j <= last && NP_PARTICLES.has(toks[j].norm) && toks[j].pos === 'ADP') j++;
    const t = toks[j];
    if (t && j <= last && (NP_START.has(t.pos) || (OPEN_MARKS.has(t.text) && quoteOpenedAt(v, j) !== null)) && !(t.pos === 'PRON' && !POSSESSIVE.has(t.norm))) {
      return { at: j, how: 'np', until: clauseEnd(toks, j, last) };
    }
  }
  return null;
}

/**
 * After a comma at `i` inside a reported clause's subject, where its scan goes on: past a list's next items ("roads,
 * bridges and crops") to the token after them, or past an insertion closed by a second comma (", sold by X,",
 * ", which is based in Y,"). -1 when the comma ends the clause's subject.
 */
function pastSubjectComma(toks: readonly Token[], i: number, last: number): number {
  // A list: nouns and "and"/"or" up to a finite verb.
  let j = i + 1;
  let joined = false;
  while (j <= last && j - i <= 8 && (NOMINAL.has(toks[j].pos) || toks[j].text === ',' || toks[j].norm === 'and' || toks[j].norm === 'or')) {
    if (toks[j].norm === 'and' || toks[j].norm === 'or') joined = true;
    j++;
  }
  if (joined && j <= last && j > i + 1 && FINITE_HINT.has(toks[j].pos) && !/ing$/.test(toks[j].norm)) return j;
  // An insertion: a participle, a relative pronoun or a noun phrase, then a comma within ten words.
  const open = toks[i + 1];
  if (!open || !((open.pos === 'VERB' && !/ing$/.test(open.norm)) || /^(which|who|whose)$/.test(open.norm) || NOMINAL.has(open.pos) || open.pos === 'ADV')) return -1;
  for (let e = i + 2; e <= last && e - i <= 10; e++) {
    if (toks[e].text === ';' || OPEN_MARKS.has(toks[e].text)) return -1;
    if (toks[e].text === ',') return e + 1 <= last && FINITE_HINT.has(toks[e + 1].pos) ? e + 1 : -1;
  }
  return -1;
}

/** Parts of speech of a noun phrase's words, inside a reported clause's subject. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which']);
const NP_PARTICLES = new Set(['for', 'on', 'against', 'to', 'of', 'about', 'at']);
const NP_START = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON']);
const CLAUSE_BREAK = new Set(['because', 'while', 'although', 'though', 'after', 'before', 'since', 'when', 'as', 'if', 'unless', 'whereas']);

/** The last token of a noun-phrase content starting at `from`: up to a comma, a dash, a subordinate clause or a new predicate. */
function clauseEnd(toks: readonly Token[], from: number, last: number): number {
  let depth = 0;
  for (let i = from; i <= last; i++) {
    const t = toks[i];
    if (t.text === '“') depth++;
    else if (t.text === '”') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (i > from && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '--' || t.text === '(')) return i - 1;
    if (i > from + 1 && CLAUSE_BREAK.has(t.norm) && (t.pos === 'SCONJ' || t.pos === 'ADP')) return i - 1;
    if (i > from && (t.norm === 'and' || t.norm === 'but') && i + 1 <= last && (toks[i + 1].pos === 'VERB' || toks[i + 1].pos === 'AUX')) return i - 1;
  }
  return last;
}

/** "said that would …": a "that" followed by a finite verb is the subject, not a complementizer. */
function demonstrativeThat(next: Token): boolean {
  return next.pos === 'AUX' || (next.pos === 'VERB' && !next.norm.endsWith('ing'));
}

/** The last token index of a sentence, not counting closing punctuation. */
function lastWordIndex(v: SentenceView): number {
  return v.sentence.tokenEnd - 1;
}

const POSSESSIVE_MARK = new Set(["'s", '’s', "'", '’']);
const COPULA = new Set(['is', 'was', 'remains', 'remained']);

/** The source of a nominal cue at `i`: a possessor ("Kell's claim", "her claim") or a by-phrase ("the claim by Kell"). */
function nominalSource(toks: readonly Token[], i: number, first: number, last: number): { speaker: TokenRange; next: number } | null {
  let p = i - 1;
  // One modifier may stand between the possessor and the noun: "Kell's repeated claim".
  if (p > first && (toks[p].pos === 'ADJ' || (toks[p].pos === 'VERB' && toks[p].norm.endsWith('ed')))) p--;
  if (p >= first && POSSESSIVE.has(toks[p].norm) && toks[p].pos !== 'PART') return { speaker: { start: p, end: p + 1 }, next: i + 1 };
  if (p - 1 >= first && POSSESSIVE_MARK.has(toks[p].text) && toks[p].pos === 'PART') {
    const np = npEndingAt(toks, p - 1, first);
    if (np) return { speaker: np, next: i + 1 };
  }
  if (i + 2 <= last && toks[i + 1].norm === 'by' && toks[i - 1]?.norm === 'the') {
    const np = npStartingAt(toks, i + 2, last + 1);
    if (np) return { speaker: np, next: np.end };
  }
  return null;
}

const VERB_GROUP = new Set(['VERB', 'AUX', 'PART', 'ADV']);
const LINKS = new Set(['and', 'or', 'but', 'that', 'to', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'because', 'if']);

/**
 * The last token of a that-clause inside a sentence subject ("Kell's claim that the dam leaks was news"): the clause ends
 * before the next finite verb that follows its own verb group without a linking word.
 */
function subjectClauseEnd(toks: readonly Token[], from: number, last: number): number {
  let i = from;
  while (i <= last && !FINITE_HINT.has(toks[i].pos)) i++;
  while (i <= last && VERB_GROUP.has(toks[i].pos) && toks[i].pos !== 'VERB') i++;
  if (i <= last && toks[i].pos === 'VERB') i++;
  for (; i <= last; i++) {
    if (FINITE_HINT.has(toks[i].pos) && !LINKS.has(toks[i - 1].norm) && !toks[i].norm.endsWith('ing') && toks[i - 1].pos !== 'PRON') return i - 1;
    if (LINKS.has(toks[i].norm)) return last;
  }
  return last;
}

/**
 * A nominal cue: "Kell's claim that …", "the warning by Kell that …", "Kell's view is that …". The content is the
 * that-clause, up to the end of its clause (or of the sentence after a copula).
 */
function matchNominal(v: SentenceView, i: number, first: number, last: number, lex: QuotesLexicon): Omit<Attribution, 'kind'> | null {
  const toks = v.tokens;
  const t = toks[i];
  // A cue word after a possessive is a noun even when the tagger calls it a verb ("the administration's worry that").
  const prev = toks[i - 1];
  const afterPossessive = !!prev && i - 1 >= first && ((POSSESSIVE_MARK.has(prev.text) && prev.pos === 'PART') || POSSESSIVE.has(prev.norm));
  if (t.pos !== 'NOUN' && !(t.pos === 'VERB' && afterPossessive)) return null;
  const cls = lex.nominalCues.get(t.lemma) ?? lex.nominalCues.get(t.norm);
  if (!cls) return null;
  const src = nominalSource(toks, i, first, last);
  if (!src) return null;
  let k = src.next;
  const copula = k <= last && COPULA.has(toks[k].norm);
  if (copula) k++;
  if (k + 1 > last || toks[k].norm !== 'that' || demonstrativeThat(toks[k + 1])) return null;
  let end = copula ? last : clauseEnd(toks, k + 1, last);
  if (!copula && !hasVerb(toks, first, i)) end = Math.min(end, subjectClauseEnd(toks, k + 1, end));
  const c = contentFrom(v, k, end);
  if (!c || c.span.end - c.span.start < 2 || !hasVerb(toks, k + 1, last + 1)) return null;
  return { cue: { start: t.start, end: t.end }, speaker: src.speaker, content: c.span, quote: c.quote, cls, why: `nominal:${t.norm}+${copula ? 'copula' : 'that'}`, sharedSubject: false };
}

/** Longest run, in tokens, of a participle or prepositional tail after an "according to" source. */
const MAX_SOURCE_TAIL = 15;

/** The comma closing a long "according to" source ("a report released Monday by the agency,"), or -1. */
function sourceComma(toks: readonly Token[], from: number, last: number): number {
  for (let j = from; j <= last && j - from <= MAX_SOURCE_TAIL; j++) {
    const t = toks[j];
    if (t.text === ',') return j > from && hasVerb(toks, j + 1, last + 1) ? j : -1;
    if (t.pos === 'AUX' || OPEN_MARKS.has(t.text) || t.text === ';' || t.text === ':') return -1;
  }
  return -1;
}

/**
 * Whether the cue word at token i is a participle describing the noun after it, not a verb: "its internationally
 * recognized government", "the disputed islands", "the army-backed government".
 */
export function describingParticiple(toks: readonly Token[], i: number, first: number): boolean {
  const t = toks[i];
  const before = toks[i - 1];
  const after = toks[i + 1];
  if (!/ed$/.test(t.norm) || i - 1 < first || !after || !/^(NOUN|PROPN|ADJ)$/.test(after.pos)) return false;
  if ((!/^(DET|ADV|ADJ)$/.test(before.pos) && before.text !== '-') || /^(that|which|this|these|those)$/.test(before.norm)) return false;
  // (An adverb only after a determiner or a possessor: "He repeatedly warned the government" is a verb.)
  return before.pos !== 'ADV' || POSSESSIVE_MARK.has(toks[i - 2]?.text ?? '') || toks[i - 2]?.pos === 'DET';
}

/** Find every attribution in one sentence. */
export function matchSentence(v: SentenceView, lex: QuotesLexicon): Attribution[] {
  const out: Attribution[] = [];
  const toks = v.tokens;
  const first = v.sentence.tokenStart;
  const last = lastWordIndex(v);
  const push = (a: Omit<Attribution, 'kind'>): void => {
    out.push({ kind: 'Attribution', ...a });
  };

  for (let i = first; i <= last; i++) {
    const t = toks[i];

    // "according to X, CONTENT" and "CONTENT, according to X."
    if (t.norm === 'according' && toks[i + 1]?.norm === 'to' && i + 2 <= last) {
      const np = npStartingAt(toks, i + 2, last + 1);
      if (!np) continue;
      const cue = { start: t.start, end: toks[i + 1].end };
      const lead = i === first || (i - 1 >= first && /^[“"‘(]$/.test(toks[i - 1].text));
      if (lead || (toks[np.end]?.text === ',' && !(i - 1 >= first && toks[i - 1].text === ','))) {
        let comma = np.end <= last && toks[np.end].text === ',' ? np.end : -1;
        // "According to a complaint filed by the state on Monday, …": the source runs on to the comma.
        if (comma < 0 && lead) comma = sourceComma(toks, np.end, last);
        const c = comma >= 0 ? contentFrom(v, comma + 1, last) : null;
        if (c) push({ cue, speaker: np, content: c.span, quote: c.quote, cls: 'source', why: 'according-to:lead', sharedSubject: false });
        else if (!lead) {
          const b = contentBefore(v, first, i);
          if (b) push({ cue, speaker: np, content: b.span, quote: b.quote, cls: 'source', why: 'according-to:tail', sharedSubject: false });
        }
      } else {
        const b = contentBefore(v, first, i);
        if (b) push({ cue, speaker: np, content: b.span, quote: b.quote, cls: 'source', why: 'according-to:tail', sharedSubject: false });
      }
      i = np.end - 1;
      continue;
    }

    const nominal = matchNominal(v, i, first, last, lex);
    if (nominal) {
      push(nominal);
      continue;
    }

    const cue = isCueToken(toks, i, lex);
    if (!cue) continue;
    // "her repeated insistence that …": a participle modifying a nominal cue is not a verb of its own.
    if (toks[i + 1] && toks[i + 1].pos === 'NOUN' && lex.nominalCues.has(toks[i + 1].lemma) && i - 1 >= first && (POSSESSIVE.has(toks[i - 1].norm) || POSSESSIVE_MARK.has(toks[i - 1].text))) continue;
    // "declined to say", "is expected to tell": an infinitive cue has no reported content of its own.
    if (i - 1 >= first && toks[i - 1].norm === 'to') continue;
    if (describingParticiple(toks, i, first)) continue;
    const cueSpan = { start: t.start, end: t.end };

    // 1. Speaker: subject before the verb, or inverted after it ("…,” said Caddell).
    let speaker = subjectBefore(toks, i, first, lex);
    let how = 'pre';
    let k = i + 1;
    let prevIdx = i - 1;
    while (prevIdx >= first && (toks[prevIdx].pos === 'ADV' || toks[prevIdx].pos === 'AUX')) prevIdx--;
    const afterBoundary = prevIdx < first || toks[prevIdx].text === ',' || CLOSE_MARKS.has(toks[prevIdx].text);
    const gerund = t.norm.endsWith('ing');
    let shared = false;
    const coordinated = !speaker && prevIdx >= first && (toks[prevIdx].norm === 'and' || toks[prevIdx].norm === 'but') && prevIdx > first && toks[prevIdx - 1].text !== ',';
    if (coordinated) {
      // "… announced the arrest and said …": the subject is the first clause's.
      shared = true;
      how = 'coordinated';
    } else if (gerund && prevIdx >= first && toks[prevIdx].text === ',') {
      // "…, adding that …": the subject is the main clause's.
      speaker = null;
      shared = true;
      how = 'gerund';
    } else if (!speaker && afterBoundary && cue.frames.has('post')) {
      const np = npStartingAt(toks, i + 1, last + 1);
      // An inverted speaker closes its clause: "…,” said Kell." / "…, said Kell in a statement", not "…, said he would".
      const after = np && np.end <= last ? toks[np.end] : null;
      if (np && (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.norm === 'who')) {
        speaker = np;
        how = 'inverted';
        k = np.end;
      }
    }
    if (!speaker && !shared) continue;

    // 2. Content after the verb.
    const comp = complementStart(v, k, last, cue);
    if (comp) {
      let c: { span: Span; quote: number | null } | null;
      if (comp.how === 'colon' && comp.at > last) {
        // "Caddell continued:" closing a paragraph: the next paragraph is the content.
        const np = v.nextParagraph;
        const q = np ? v.quotes.findIndex((mq) => mq.open === np.start) : -1;
        c = q >= 0 ? { span: { start: v.quotes[q].start, end: v.quotes[q].end }, quote: q } : np ? { span: trimContent(v.text, np.start, np.end), quote: null } : null;
      } else c = contentFrom(v, comp.at, comp.until ?? last);
      if (c && c.span.end - c.span.start >= 2) {
        push({ cue: cueSpan, speaker, content: c.span, quote: c.quote, cls: cue.cls, why: `${how}:${t.norm}+${comp.how}`, sharedSubject: shared });
        // An interrupted quote also reports what came before: “A,” he said, “B.”
        const before = speaker && how !== 'gerund' ? Math.min(speaker.start, i) : i;
        if (c.quote !== null && before - 1 >= first && (toks[before - 1].text === ',' || CLOSE_MARKS.has(toks[before - 1].text))) {
          const b = contentBefore(v, first, before);
          if (b && b.quote !== null) push({ cue: cueSpan, speaker, content: b.span, quote: b.quote, cls: cue.cls, why: `post:${t.norm}+interrupted`, sharedSubject: shared });
        }
        continue;
      }
    }

    // 3. Content before the cluster: "CONTENT, X said" / "“…,” said X".
    if (!cue.frames.has('post') || shared) continue;
    const clusterStart = speaker && how === 'pre' ? Math.min(speaker.start, i) : i;
    // 3a. An interpolated cluster: "Too often, Mr. Clarke said (on Monday), the debate …" reports both sides.
    let kc = k;
    while (kc <= last && kc - k < 8 && toks[kc].text !== ',' && ADJUNCT_POS.has(toks[kc].pos)) kc++;
    if (kc <= last && toks[kc].text === ',') k = kc;
    if (k <= last && toks[k].text === ',' && clusterStart - 1 >= first && toks[clusterStart - 1].text === ',' && quoteOpenedAt(v, k + 1) === null) {
      const after = contentFrom(v, k + 1, last);
      if (after && hasVerb(toks, k + 1, last + 1)) {
        push({ cue: cueSpan, speaker, content: after.span, quote: after.quote, cls: cue.cls, why: `mid:${t.norm}`, sharedSubject: false });
        const head = trimContent(v.text, toks[first].start, toks[clusterStart - 1].start);
        if (head.end > head.start) push({ cue: cueSpan, speaker, content: head, quote: null, cls: cue.cls, why: `mid:${t.norm}+head`, sharedSubject: false });
        continue;
      }
    }
    const b = clusterStart - 1;
    if (b < first) {
      // The cluster opens the sentence right after a closing quote in the previous sentence, in its paragraph: “…?” she
      // asked. (Not a relative clause's verb: in "X, who asked not to be named, said" X asks nothing.)
      const prevTok = toks[first - 1];
      const q = prevTok ? quoteClosedAt(v, first - 1) : null;
      const relative = !!speaker && toks[speaker.end - 1]?.norm === 'who';
      if (q !== null && !relative && /^[^\S\n]*$/.test(v.text.slice(prevTok.end, toks[first].start))) {
        push({ cue: cueSpan, speaker, content: { start: v.quotes[q].start, end: v.quotes[q].end }, quote: q, cls: cue.cls, why: `post:${t.norm}+prev-quote`, sharedSubject: false });
      }
      continue;
    }
    if (!(toks[b].text === ',' || CLOSE_MARKS.has(toks[b].text) || toks[b].text === '—' || toks[b].text === '--')) continue;
    // The speaker clause must close the sentence (allowing "to reporters on Monday").
    const bc = contentBefore(v, first, b + 1);
    if (bc) push({ cue: cueSpan, speaker, content: bc.span, quote: bc.quote, cls: cue.cls, why: `post:${t.norm}`, sharedSubject: false });
  }
  // A right-hand content never runs over a trailing attribution of its own sentence: "… that X, the source added."
  for (const a of out) {
    for (const b of out) {
      if (a === b || !b.why.startsWith('post:') && !b.why.startsWith('according-to:tail')) continue;
      if (b.cue.start > a.content.start && b.cue.start < a.content.end && b.content.end > a.content.start && b.content.end < a.content.end) {
        (a as { content: Span }).content = trimContent(v.text, a.content.start, b.content.end);
      }
    }
  }
  return out;
}

/** Transcript lines: "PENCE: Well, look, …" — a short name before a colon opening the paragraph. */
export function matchColonSpeaker(text: string, tokens: readonly Token[], para: Span, firstToken: number): Attribution | null {
  // A transcript line may itself sit inside an opening quote mark: "WALLACE: …
  if (firstToken < tokens.length && OPEN_MARKS.has(tokens[firstToken].text) && tokens[firstToken].start === para.start) firstToken++;
  let i = firstToken;
  while (i < tokens.length && tokens[i].start < para.end && i - firstToken < 5 && (tokens[i].pos === 'PROPN' || /^[A-Z][A-Z.'’-]+$/.test(tokens[i].text))) i++;
  if (i === firstToken || i >= tokens.length || tokens[i].text !== ':' || tokens[i].start >= para.end) return null;
  const content = trimContent(text, tokens[i].end, para.end);
  if (text.slice(content.start, content.end).split(/\s+/).length < 3) return null;
  return {
    kind: 'Attribution',
    cue: { start: tokens[i].start, end: tokens[i].end },
    speaker: { start: firstToken, end: i },
    content,
    quote: null,
    cls: 'speech',
    why: 'colon:speaker',
    sharedSubject: false,
  };
}

