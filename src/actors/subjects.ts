// Where each candidate stands in its sentence: inside a direct quote or not, and whether it is its clause's subject.
// Pronoun resolution reads both: the "she" of `"…," she said` is the speaker, not a person the quote talks about.
import { lowerBound, type Doc } from '../core/index.js';
import { findMarkedQuotes } from '../quotes/quote-marks.js';
import type { Candidate } from './match.js';
import { isPossessive, KIN_GENDER } from './match-words.js';

/** A direct quote, with the sentences its words fall in. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  readonly firstSentence: number;
  readonly lastSentence: number;
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * Mark candidates inside quote marks (`quote`), the subject of each sentence (`subject`), and the candidates a verb
 * follows (`beforeVerb`); a person named after a kin word takes its gender, which says more than a list of given names,
 * and is marked `kin`.
 */
export function markQuotesAndSubjects(cands: readonly Candidate[], doc: Doc): void {
  const quoteAt = quoteFinder(doc);
  const tokens = doc.get('tokens');
  for (const c of cands) {
    c.quote = quoteAt(c.start, c.end);
    const n = lowerBound(tokens, c.end, (t) => t.start);
    const verb = tokens[n]?.pos === 'ADV' ? tokens[n + 1] : tokens[n];
    c.beforeVerb = !!verb && (verb.pos === 'VERB' || verb.pos === 'AUX');
    if (c.kind === 'person' && c.how !== 'pronoun') {
      const p = lowerBound(tokens, c.start, (t) => t.start) - 1;
      const kin = tokens[p]?.text === ',' ? tokens[p - 1] : tokens[p];
      const g = kin && KIN_GENDER.get(kin.norm);
      if (g) {
        c.gender = g;
        c.kin = true;
      }
    }
  }
  markSubjects(cands, doc, quoteAt);
}

/** The direct quote whose marks enclose [start, end), if any. */
function quoteFinder(doc: Doc): (start: number, end: number) => QuoteSpan | null {
  const paragraphs = doc.maybe('paragraphs', []);
  const marked = findMarkedQuotes(doc.text, paragraphs.length ? paragraphs : [{ start: 0, end: doc.text.length }]);
  const pieces: { start: number; end: number; quote: QuoteSpan }[] = [];
  for (const q of marked) {
    const quote: QuoteSpan = { start: q.start, end: q.end, firstSentence: doc.sentenceAt(q.start), lastSentence: doc.sentenceAt(Math.max(q.start, q.end - 1)) };
    for (const p of q.pieces) pieces.push({ start: p.start, end: p.end, quote });
  }
  pieces.sort((a, b) => a.start - b.start);
  return (start, end) => {
    if (!pieces.length) return null;
    const k = lowerBound(pieces, start + 1, (p) => p.start) - 1;
    return k >= 0 && end <= pieces[k].end ? pieces[k].quote : null;
  };
}

/**
 * The subject of a sentence is its first candidate outside quote marks with no verb before it (outside quote marks),
 * pronouns included: in `"…," she said` it is "she". A possessor is not the subject but what it owns may be
 * ("Lindqvist's lawyer, Ada Berg, told …" and "His brother, Ali Noor, told …": the named one).
 */
function markSubjects(cands: readonly Candidate[], doc: Doc, quoteAt: (start: number, end: number) => QuoteSpan | null): void {
  const sentences = doc.get('sentences');
  const tokens = doc.get('tokens');
  const bySentence = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.quote) continue;
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  for (const [s, list] of bySentence) {
    let from = sentences[s].start;
    for (const c of list) {
      if (c.start < from) continue; // nested in a possessor already passed
      if (doc.tokensIn({ start: from, end: c.start }).some((t) => t.pos === 'VERB' && t.end <= c.start && !quoteAt(t.start, t.end))) break;
      const next = tokens[lowerBound(tokens, c.end, (t) => t.start)];
      if ((next && isPossessive(next.text)) || (c.how === 'pronoun' && POSSESSIVE_PRONOUNS.has(c.name.toLowerCase()))) {
        from = c.end;
        continue;
      }
      c.subject = true;
      break;
    }
  }
}
