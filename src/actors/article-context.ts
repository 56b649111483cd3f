// The narrow view of one document's matcher that the article-level passes (settle, places, acronyms) read and edit.
import type { Doc, Token } from '../core/index.js';
import type { Entry, Lexicon } from './lexicon.js';
import type { Candidate, Chunk } from './match.js';

export type { Candidate, Chunk };

/**
 * What an article-level pass sees once every sentence is chunked: the document, its tokens, the candidates found so
 * far (edited in place), and the matcher's token-level helpers. `Matcher` in match.ts implements it.
 */
export interface ArticleContext {
  readonly doc: Doc;
  readonly lex: Lexicon;
  readonly tokens: readonly Token[];
  /** Lookup form of each token. */
  readonly norms: readonly string[];
  /** The candidates so far, in document order after `run()` sorts them; passes edit, add and drop in place. */
  readonly out: Candidate[];
  /** Sentences read as headlines (almost every word capitalized): their capitals say little. */
  readonly headlines: ReadonlySet<number>;
  /** Places named inside organization names: mentions of their own, added after the passes that find them. */
  readonly nested: Chunk[];
  /** Surnames of people the document names in full ("Mara Vornstag"). */
  readonly surnames: ReadonlySet<string>;
  /** The longest gazetteer phrase starting at token i and ending by `end`, read in `mode`. */
  lookup(i: number, end: number, mode: 'caps' | 'title' | null): { j: number; entry: Entry } | null;
  /** Whether token k opens its sentence (after any opening quotes or brackets). */
  isSentenceStart(k: number): boolean;
  /** Index of the first token that starts at or after `offset` (the last token when none does). */
  tokenAt(offset: number): number;
  /** What one occurrence of an unknown name says about its kind, and how strongly (0: nothing). */
  nameEvidence(c: Candidate): ['person' | 'place' | 'organization', number];
  /** A person's cue right after a name ending before token j: "Marsk said", "Marsk, who". */
  personCueAfter(j: number): boolean;
  /** Add a candidate over tokens [i, j) and return it. */
  newCandidate(i: number, j: number, fields: Partial<Candidate> & { kind: Candidate['kind']; how: string; why: string }): Candidate;
}

/** Keep only the candidates `keep` accepts, editing `ctx.out` in place (the passes share that array). */
export function keepCandidates(ctx: ArticleContext, keep: (c: Candidate) => boolean): void {
  const kept = ctx.out.filter(keep);
  ctx.out.length = 0;
  ctx.out.push(...kept);
}

/**
 * Short forms of bodies the article names in full ("ACPeds" for the body it follows in brackets, "Halvane" for
 * "Halvane Semiconductor"): every candidate spelled like a form (and that `takes` accepts) becomes a mention of its
 * body, and so does every occurrence no rule picked up. A form mapped to null is ambiguous and links nothing.
 */
export function linkShortForms(ctx: ArticleContext, forms: ReadonlyMap<string, Candidate | null>, why: string, takes: (c: Candidate) => boolean = () => true): void {
  const as = (c: Candidate, body: Candidate) => Object.assign(c, { kind: body.kind, name: body.name, entry: body.entry, country: body.country, sector: body.sector, weak: false, how: 'name', refers: null, why });
  const covered = new Set<number>();
  for (const c of ctx.out) {
    const body = forms.get(ctx.doc.text.slice(c.start, c.end));
    if (!body || c === body || !takes(c)) continue;
    as(c, body);
    covered.add(c.start);
  }
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const body = forms.get(toks[i].text);
    if (!body || covered.has(toks[i].start) || ctx.out.some((c) => c.start <= toks[i].start && toks[i].end <= c.end)) continue;
    as(ctx.newCandidate(i, i + 1, { kind: body.kind, how: 'name', why: '' }), body);
  }
}
