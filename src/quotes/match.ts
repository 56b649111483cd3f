// Finding quotes: marked quotes plus attributions, merged into candidates with speaker spans (writing is in index.ts).
import { lowerBound, upperBound, type Doc, type QuoteKind, type Sentence, type Span, type TextSpan, type Token } from '../core/index.js';
import { describingParticiple, matchColonSpeaker, matchSentence, type Attribution, type SentenceView } from './attribution.js';
import type { QuotesLexicon } from './lexicon.js';
import { findMarkedQuotes, type MarkedQuote } from './quote-marks.js';
import { matchHeadline } from './headline.js';
import { trimContent } from './attribution.js';
import type { Tag, TaggerModel } from './tagger.js';
import { antecedentOf, npEndingAt, type TokenRange } from './speaker-span.js';
import { datelineAt } from '../nlp/dateline.js';

/** A quote found but not yet written: content, cue, speaker words (unresolved) and the rule behind it. */
export interface QuoteCandidate {
  readonly kind: 'QuoteCandidate';
  readonly quoteKind: QuoteKind;
  readonly start: number;
  readonly end: number;
  /** Text without quote marks (reopening marks of multi-paragraph quotes removed). */
  readonly text: string;
  readonly cue: TextSpan | null;
  readonly speaker: TextSpan | null;
  /** The speaker came from an earlier quote ("inherited"), not from words next to this one. */
  readonly inherited: boolean;
  readonly why: string;
}

/** Options for `matchQuotes`. */
export interface MatchOptions {
  /** Unattributed quoted passages shorter than this many words are scare quotes or titles and are left out. Default 4. */
  readonly minUnattributedWords?: number;
  /** Also report attributions nested inside a direct quote ("… I think they will fail …"). Default false. */
  readonly nested?: boolean;
  /** A learned tagger that adds contents the rules missed; none by default. */
  readonly tagger?: TaggerModel | null;
  /** Tagger contents shorter than this many tokens are dropped. Default 5. */
  readonly taggerMinTokens?: number;
}

/** Whether a sentence has a word the tagger's cue features key on (a lexicon cue verb or "according"). */
function hasCueWord(tokens: readonly Token[], s: Sentence, lex: QuotesLexicon): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if ((lex.cues.has(tokens[i].lemma) && !describingParticiple(tokens, i, s.tokenStart)) || tokens[i].norm === 'according' || tokens[i].text === ':') return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** An elliptic clause ("as did X", "nor has Y"): an opener, then an auxiliary standing for the verb. */
const ELLIPSIS_OPENER = /^(as|so|nor|neither)$/;
const ELLIPSIS_AUX = /^(did|does|do|has|have|had|was|were|is|are|would|will)$/;
/**
 * Whether a tagger content is whole: it does not stop on a word that needs more ("itself from the attack in Ukraine
 * in" is a cut-off phrase, not a claim) and is not an elliptic clause ("as did X"). Contents without a verb stay: "a
 * close contest in the valleys" is a claim. `before` is the token before the content.
 */
function propositional(tokens: readonly Token[], before: Token | undefined): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (!words.length) return false;
  // "…, as did President X and President Y": an elliptic clause repeats the act, it reports no content.
  if ((before && ELLIPSIS_OPENER.test(before.norm) && ELLIPSIS_AUX.test(words[0].norm)) || (words.length > 1 && ELLIPSIS_OPENER.test(words[0].norm) && ELLIPSIS_AUX.test(words[1].norm))) return false;
  const last = words[words.length - 1];
  return !(last.pos === 'ADP' || last.pos === 'DET' || last.pos === 'CCONJ' || last.pos === 'SCONJ');
}

/** Most tokens between a tagger content run and its cue run. */
const MAX_CUE_GAP = 6;
const DASH_SPEAKER = /^([ \t]*)[―—–-]([ \t]*)(\p{Lu}[\p{L}.'’ -]{1,60}?)[ \t]*(?:\n|$)/u;
const wordCount = (s: string): number => (s.match(WORD) ?? []).length;

function textOf(doc: Doc, span: Span, pieces: readonly Span[] | null): string {
  if (!pieces || pieces.length < 2) return doc.slice(span);
  return pieces.map((p) => doc.slice(p)).join('\n\n');
}

function tokenSpan(doc: Doc, r: TokenRange): TextSpan {
  const toks = doc.get('tokens');
  const start = toks[r.start].start;
  const end = toks[r.end - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The sentence subject for "…, adding that …": the first noun phrase directly before the sentence's first verb. */
function sentenceSubject(doc: Doc, sentence: number, lex: QuotesLexicon): TokenRange | null {
  const s = doc.get('sentences')[sentence];
  const toks = doc.get('tokens');
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') {
      let j = i - 1;
      while (j >= s.tokenStart && (toks[j].pos === 'ADV' || toks[j].pos === 'AUX' || lex.subjectSkip.has(toks[j].norm))) j--;
      // ("X, who is also the foreign minister, thanked Qatar and said …": a relative clause's verb; its subject is
      // the noun phrase the "who" follows.)
      if (j > s.tokenStart && lex.relativePronouns.has(toks[j].norm) && toks[j].norm !== 'that') {
        const np = antecedentOf(toks, j, s.tokenStart);
        if (np) return np;
      }
      return npEndingAt(toks, j, s.tokenStart);
    }
  }
  return null;
}

/**
 * The tagger sometimes calls a capitalized word inside a name a verb ("Stephen Lynch", "Colorado Springs"):
 * a capitalized VERB that is not a sentence's first word and follows a proper noun or "(" is read as PROPN.
 */
function retagNames(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && prev.sentence === t.sentence && (prev.pos === 'PROPN' || prev.text === '(')) {
      out ??= [...tokens];
      out[i] = { ...t, pos: 'PROPN' };
    }
  }
  return out ?? tokens;
}

/** A test for "offset lies inside one of these spans", by binary search over their merged union. */
function insideAny(spans: readonly Span[]): (offset: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push({ start: s.start, end: s.end });
  }
  return (offset) => {
    const i = upperBound(merged, offset, (s) => s.end);
    return i < merged.length && merged[i].start <= offset;
  };
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Reported content that opens a paragraph with its dateline ("KINSHASA, June 11 (Wire) - Congo has suspended …, the
 * minister said") starts after the dateline's dash.
 */
function afterDateline(doc: Doc, tokens: readonly Token[], span: Span): Span {
  const si = doc.sentenceAt(span.start);
  if (si < 0) return span;
  const sent = doc.get('sentences')[si];
  const para = doc.maybe('paragraphs', [])[sent.paragraph];
  if (para && para.start !== sent.start) return span;
  const dateline = datelineAt(tokens, sent);
  const next = dateline ? tokens[dateline.dash + 1] : undefined;
  return next && span.start <= tokens[dateline!.dash].start && next.start < span.end ? { start: next.start, end: span.end } : span;
}

/** Find every quote in a document. Pure: reads `sentences`, `tokens` and `paragraphs`; writes nothing. */
export function matchQuotes(doc: Doc, lex: QuotesLexicon, options: MatchOptions = {}): QuoteCandidate[] {
  const minWords = options.minUnattributedWords ?? 4;
  const nested = options.nested ?? false;
  const text = doc.text;
  const tokens = retagNames(doc.get('tokens'));
  const sentences = doc.get('sentences');
  const paragraphs = doc.maybe('paragraphs', []);
  const marked = findMarkedQuotes(text, paragraphs.length ? paragraphs : [{ start: 0, end: text.length }]);
  const quoteByOpen = new Map<number, number>();
  const quoteByClose = new Map<number, number>();
  marked.forEach((q, i) => {
    if (q.open >= 0) quoteByOpen.set(q.open, i);
    if (q.close >= 0) {
      quoteByClose.set(q.close, i);
      // A doubled-apostrophe close ('') is two tokens; either one closes the quote.
      if (text.startsWith("''", q.close)) quoteByClose.set(q.close + 1, i);
    }
  });

  // 1. Attributions sentence by sentence, plus transcript "NAME: …" paragraphs.
  const attributions: { a: Attribution; sentence: number }[] = [];
  for (const s of sentences) {
    const para = paragraphs[s.paragraph];
    const view: SentenceView = {
      text,
      tokens,
      sentence: s,
      quotes: marked,
      quoteByOpen,
      quoteByClose,
      nextParagraph: paragraphs[s.paragraph + 1] ?? null,
    };
    for (const a of matchSentence(view, lex)) attributions.push({ a, sentence: s.index });
    if (para && s.start === para.start) {
      const colon = matchColonSpeaker(text, tokens, para, s.tokenStart);
      if (colon) attributions.push({ a: colon, sentence: s.index });
    }
  }

  // 1b. A title-case headline the rules could not parse (its first paragraph, when more follow).
  if (paragraphs.length > 1) {
    const head = sentences.filter((s) => s.paragraph === 0);
    const found = head.length > 0 && attributions.some(({ a }) => a.cue.start < paragraphs[0].end);
    if (!found && head.length) {
      const h = matchHeadline(text, tokens, head[0].tokenStart, head[head.length - 1].tokenEnd, lex);
      if (h) attributions.push({ a: h, sentence: head[0].index });
    }
  }

  // 2. Candidates from attributions; a marked quote inside indirect content makes it mixed.
  const byStart = marked.map((_, i) => i).sort((x, y) => marked[x].start - marked[y].start);
  const out: QuoteCandidate[] = [];
  const used = new Set<number>();
  const speakerOfQuote = new Map<number, TextSpan | null>();
  const seen = new Set<string>();
  const insideQuote = insideAny(marked);
  for (const { a, sentence } of attributions) {
    // Attributions inside a quote ("I think …" within a speech) are the quoted speaker's own; left out by default.
    if (!nested && insideQuote(a.cue.start)) continue;
    let speakerRange = a.speaker;
    // ('"…," Whitlock said, adding that …': a shared subject is the speaker of the cue before it in the sentence, when
    // there is one; the sentence's first noun phrase may be inside the quote.)
    if (!speakerRange && a.sharedSubject) {
      const before = attributions.filter((x) => x.sentence === sentence && x.a.cue.start < a.cue.start && x.a.speaker).at(-1);
      speakerRange = before?.a.speaker ?? sentenceSubject(doc, sentence, lex);
    }
    const speaker = speakerRange ? tokenSpan(doc, speakerRange) : null;
    const key = `${a.content.start}:${a.content.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let kind: QuoteKind = 'indirect';
    let pieces: readonly Span[] | null = null;
    if (a.quote !== null) {
      kind = 'direct';
      used.add(a.quote);
      speakerOfQuote.set(a.quote, speaker);
      pieces = marked[a.quote].pieces;
    } else {
      // Only quotes that start near the content can be inside it or cover most of it.
      const from = lowerBound(byStart, a.content.start - (a.content.end - a.content.start) * 0.3 - 1, (i) => marked[i].start);
      for (let bi = from; bi < byStart.length && marked[byStart[bi]].start <= a.content.end; bi++) {
        const qi = byStart[bi];
        const q = marked[qi];
        if (q.start >= a.content.start && q.end <= a.content.end + 3) {
          kind = 'mixed';
          used.add(qi);
          speakerOfQuote.set(qi, speaker);
        } else if (overlap(q, a.content) >= 0.9 * (a.content.end - a.content.start) && q.end - q.start <= 1.2 * (a.content.end - a.content.start)) {
          used.add(qi);
          speakerOfQuote.set(qi, speaker);
        }
      }
    }
    const content = a.quote === null ? afterDateline(doc, tokens, a.content) : a.content;
    out.push({
      kind: 'QuoteCandidate',
      quoteKind: kind,
      start: content.start,
      end: content.end,
      text: textOf(doc, content, pieces),
      cue: { ...a.cue, text: doc.slice(a.cue) },
      speaker,
      inherited: false,
      why: a.why,
    });
  }

  const paraOfCandidate = new Map<QuoteCandidate, number>();
  // 3. Marked quotes no attribution claimed: continue the previous quote's speaker, or stand alone.
  marked.forEach((q: MarkedQuote, qi) => {
    if (used.has(qi)) return;
    const words = wordCount(text.slice(q.start, q.end));
    const si = doc.sentenceAt(q.start);
    const sentence = si >= 0 ? sentences[si] : null;
    const sentenceLevel = !!sentence && q.open >= 0 && q.open <= sentence.start + 1;
    // (A short quote that opens a sentence right after an attributed quote of its paragraph continues it: '"…," she
    // said. "Open your platforms."')
    const paraStart = sentence ? paragraphs[sentence.paragraph]?.start ?? sentence.start : q.start;
    const continuesSpeech = sentenceLevel && words >= 2 && out.some((c) => c.quoteKind === 'direct' && c.speaker && c.end <= q.start && c.start >= paraStart && /^[^.!?]*[.!?]\s*$/.test(text.slice(c.end, q.open)));
    if (q.continues === null && !continuesSpeech && (words < minWords || (!sentenceLevel && words < 2 * minWords))) return;
    if (out.some((c) => c.start <= q.start && c.end >= q.end)) return;
    let speaker: TextSpan | null = null;
    let cue: TextSpan | null = null;
    let why = 'marked:alone';
    const dash = q.close >= 0 ? DASH_SPEAKER.exec(text.slice(q.close + 1, q.close + 120)) : null;
    if (dash) {
      // “…” ― Name: a dash and a name after the closing mark, ending the line.
      const cueStart = q.close + 1 + dash.index + dash[1].length;
      const nameStart = cueStart + 1 + dash[2].length;
      cue = { start: cueStart, end: cueStart + 1, text: text[cueStart] };
      speaker = { start: nameStart, end: nameStart + dash[3].length, text: dash[3] };
      why = 'marked:dash';
    } else if (q.continues !== null && speakerOfQuote.has(q.continues)) {
      speaker = speakerOfQuote.get(q.continues) ?? null;
      why = 'marked:continues';
    } else {
      // The nearest earlier quote in this paragraph, or in the previous one when this quote opens its paragraph.
      const para = sentence ? sentence.paragraph : -1;
      const opensParagraph = !!sentence && paragraphs[para] && q.open === paragraphs[para].start;
      let best: QuoteCandidate | null = null;
      for (const c of out) {
        if (c.start >= q.start || !c.speaker) continue;
        let cp = paraOfCandidate.get(c);
        if (cp === undefined) paraOfCandidate.set(c, (cp = sentences[doc.sentenceAt(c.start)]?.paragraph ?? -2));
        if (cp === para || (opensParagraph && cp === para - 1)) {
          if (!best || c.start > best.start) best = c;
        }
      }
      if (best) {
        speaker = best.speaker;
        why = 'marked:inherited';
      }
    }
    speakerOfQuote.set(qi, speaker);
    out.push({
      kind: 'QuoteCandidate',
      quoteKind: 'direct',
      start: q.start,
      end: q.end,
      text: textOf(doc, q, q.pieces),
      cue,
      speaker,
      inherited: speaker !== null && !cue,
      why,
    });
  });

  // 4. The learned tagger adds contents in sentences where the rules found nothing overlapping.
  if (options.tagger) {
    // Sentences the rules already cover for the most part are not tagged: the tagger only adds where rules found nothing.
    const coverage = new Float64Array(sentences.length);
    for (const c of out) {
      for (let si = Math.max(0, doc.sentenceAt(c.start)); si < sentences.length && sentences[si].start < c.end; si++) {
        coverage[si] += Math.max(0, Math.min(c.end, sentences[si].end) - Math.max(c.start, sentences[si].start));
      }
    }
    const covered = (s: Sentence): boolean => coverage[s.index] >= 0.5 * (s.end - s.start);
    // Each sentence is tagged at most once; both passes below read the same tags.
    const model = options.tagger;
    const tagCache = new Map<number, readonly Tag[]>();
    const tagsOf = (s: Sentence): readonly Tag[] => {
      let tags = tagCache.get(s.index);
      if (!tags) tagCache.set(s.index, (tags = model.tag(tokens, s, lex)));
      return tags;
    };
    const ruleCues = new Set(out.map((o) => o.cue?.start));
    for (const c of taggerCandidates(doc, tokens, lex, tagsOf, options.taggerMinTokens ?? 5, covered)) {
      if (out.some((o) => o.start < c.end && o.end > c.start)) continue;
      // (One cue introduces one content, and none between its speaker's first word and itself: "X, who signed the
      // deal with Y, said Z" says Z, not the relative clause.)
      if (c.cue && ruleCues.has(c.cue.start)) continue;
      if (c.cue && c.speaker && c.start >= c.speaker.start && c.end <= c.cue.start) continue;
      const inside = doc.tokensIn(c);
      if (!propositional(inside, inside.length ? tokens[inside[0].index - 1] : undefined)) continue;
      out.push(c);
    }
    // A rule quote with no speaker words, or one inherited from an earlier quote, takes the source the tagger sees in
    // its own sentence, if any: local evidence beats inheritance.
    for (let i = 0; i < out.length; i++) {
      const c = out[i];
      if (c.speaker && !c.inherited) continue;
      const si = doc.sentenceAt(c.start);
      if (si < 0) continue;
      const s = sentences[si];
      const tags = tagsOf(s);
      let best: TextSpan | null = null;
      for (let j = 0; j < tags.length; j++) {
        if (tags[j] !== 'S' || (j > 0 && tags[j - 1] === 'S')) continue;
        let e = j;
        while (e + 1 < tags.length && tags[e + 1] === 'S') e++;
        const start = tokens[s.tokenStart + j].start;
        const end = tokens[s.tokenStart + e].end;
        if (start < c.end && end > c.start) continue;
        if (!best) best = { start, end, text: text.slice(start, end) };
      }
      if (best) out[i] = { ...c, speaker: best, inherited: false, why: `${c.why}+tagger-source` };
    }
  }

  // One cue word introduces one content: when a direct quote claims it ("“…,” Fan told officials in Lviv"), a second,
  // indirect content hung on the same cue is a misreading of what follows it.
  const directCues = new Set(out.filter((c) => c.quoteKind === 'direct' && c.cue).map((c) => c.cue!.start));
  // (Nor is an adverbial clause after the cue a second content: "…, the minister said Wednesday, after the country
  // missed a target".)
  const cueCount = new Map<number, number>();
  for (const c of out) if (c.cue) cueCount.set(c.cue.start, (cueCount.get(c.cue.start) ?? 0) + 1);
  const adverbial = (c: QuoteCandidate) => !!c.cue && (cueCount.get(c.cue.start) ?? 0) > 1 && c.start > c.cue.start && ADVERBIAL_OPENING.test(c.text);
  const kept = out.filter((c) => (c.quoteKind === 'direct' || !c.cue || !directCues.has(c.cue.start)) && !adverbial(c) && !NOT_SAID.test(c.text));
  kept.sort((x, y) => x.start - y.start || y.end - x.end);
  return kept;
}

/** Words that open an adverbial clause, not what someone said: "after", "as", "while" … */
const ADVERBIAL_OPENING = /^(?:after|before|as|while|when|since|despite|following|amid|ahead of|even as)\b/i;

/**
 * Contents that report no words: "who asked not to be named because he was not authorized to speak". ("did not
 * respond to requests for comment" is kept: news corpora annotate a refusal to comment as an attribution.)
 */
const NOT_SAID = /^(?:not\s+)?to\s+be\s+(?:named|identified|quoted)\b|^anonymity\b/i;

/** Content runs from the tagger, each linked to the nearest cue run in its sentence and the source run nearest that cue. */
function taggerCandidates(
  doc: Doc,
  tokens: readonly Token[],
  lex: QuotesLexicon,
  tagsOf: (s: Sentence) => readonly Tag[],
  minTokens: number,
  skip: (s: Sentence) => boolean,
): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const text = doc.text;
  for (const s of doc.get('sentences')) {
    if (!hasCueWord(tokens, s, lex) || skip(s)) continue;
    const tags = tagsOf(s);
    const runs: { tag: string; a: number; b: number }[] = [];
    tags.forEach((t, j) => {
      const last = runs[runs.length - 1];
      if (last && last.tag === t && last.b === j) last.b = j + 1;
      else runs.push({ tag: t, a: j, b: j + 1 });
    });
    const cues = runs.filter((r) => r.tag === 'Q');
    const sources = runs.filter((r) => r.tag === 'S');
    for (const r of runs) {
      if (r.tag !== 'C' || r.b - r.a < minTokens) continue;
      const cue = cues.reduce<typeof r | null>((best, q) => (!best || Math.abs(q.a - r.a) < Math.abs(best.a - r.a) ? q : best), null);
      if (!cue) continue;
      const src = sources.reduce<typeof r | null>((best, q) => (!best || Math.abs(q.a - cue.a) < Math.abs(best.a - cue.a) ? q : best), null);
      const tok = (j: number): Token => tokens[s.tokenStart + j];
      // Without a source the link is a guess; such contents are left to the rules.
      // The content must sit next to its cue (within a few words on either side); far runs are loose guesses.
      const near = (r.a >= cue.b && r.a - cue.b <= MAX_CUE_GAP) || (r.b <= cue.a && cue.a - r.b <= MAX_CUE_GAP);
      if (!near) continue;
      const srcSpan: Span | null = src ? { start: tokens[s.tokenStart + src.a].start, end: tokens[s.tokenStart + src.b - 1].end } : null;
      if (!srcSpan) continue;
      const span = trimContent(text, tok(r.a).start, tok(r.b - 1).end);
      if (span.end <= span.start) continue;
      const cueSpan = { start: tok(cue.a).start, end: tok(cue.b - 1).end };
      const speaker = srcSpan;
      out.push({
        kind: 'QuoteCandidate',
        quoteKind: /[“”"]/.test(text.slice(span.start, span.end)) ? 'mixed' : 'indirect',
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        cue: { ...cueSpan, text: text.slice(cueSpan.start, cueSpan.end) },
        speaker: speaker ? { ...speaker, text: text.slice(speaker.start, speaker.end) } : null,
        inherited: false,
        why: 'tagger',
      });
    }
  }
  return out;
}
