// Attributions in a title-case headline: "Kell Warns Of Port Closures" and "Port Will Close, Kell Says".
import type { Span, Token } from '../core/index.js';
import type { Attribution } from './attribution.js';
import { trimContent } from './attribution.js';
import type { CueEntry, QuotesLexicon } from './lexicon.js';

/** Longest headline, in tokens, the rule reads. */
const MAX_TOKENS = 30;
/** Most words before the cue that can be the speaker ("Former White House Doctor"). */
const MAX_SPEAKER = 6;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs', 'over', 'after']);
const CAPITAL = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;

/** Whether the tokens read as a title-case headline: most content words capitalized. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => WORD.test(t.text) && !SMALL_WORDS.has(t.norm));
  if (words.length < 3) return false;
  const caps = words.filter((t) => CAPITAL.test(t.text)).length;
  return caps / words.length >= 0.8;
}

/** The cue entry of a capitalized third-person verb form ("Says", "Warns", "Vows"), if any. */
function headlineCue(t: Token, lex: QuotesLexicon): CueEntry | undefined {
  if (!CAPITAL.test(t.text) || !/s$/.test(t.norm) || t.norm.length < 4) return undefined;
  const stem = t.norm.slice(0, -1);
  return lex.cues.get(stem) ?? (stem.endsWith('e') ? lex.cues.get(stem.slice(0, -1)) : undefined);
}

/** A span of name-like words: capitalized or a number, nothing else. */
function nameLike(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_SPEAKER) return false;
  for (let i = from; i < to; i++) if (!CAPITAL.test(tokens[i].text) && !/^[\p{N}.’'-]/u.test(tokens[i].text)) return false;
  return true;
}

/**
 * Attributions of a headline paragraph whose tokens are `tokens[first..end)`: "SPEAKER Cue CONTENT" (the speaker opens
 * the headline) or "CONTENT, SPEAKER Cue" (the cue closes it). Title case only: the POS tagger cannot read it.
 */
export function matchHeadline(text: string, tokens: readonly Token[], first: number, end: number, lex: QuotesLexicon): Attribution | null {
  if (end - first > MAX_TOKENS || end - first < 4) return null;
  const heads = tokens.slice(first, end);
  if (!isTitleCase(heads)) return null;
  let last = end - 1;
  while (last > first && !WORD.test(tokens[last].text)) last--;
  const make = (cue: Token, speaker: { start: number; end: number }, content: Span, cls: CueEntry['cls'], why: string): Attribution | null => {
    const span = trimContent(text, content.start, content.end);
    if (span.end - span.start < 2) return null;
    return { kind: 'Attribution', cue: { start: cue.start, end: cue.end }, speaker, content: span, quote: null, cls, why, sharedSubject: false };
  };
  // "CONTENT, SPEAKER Says."
  const tail = headlineCue(tokens[last], lex);
  if (tail?.frames.has('post')) {
    let comma = last - 1;
    while (comma > first && tokens[comma].text !== ',') comma--;
    if (comma > first + 1 && nameLike(tokens, comma + 1, last)) {
      return make(tokens[last], { start: comma + 1, end: last }, { start: tokens[first].start, end: tokens[comma].start }, tail.cls, 'headline:post');
    }
  }
  // "SPEAKER Warns CONTENT."
  for (let i = first + 1; i <= Math.min(last - 1, first + MAX_SPEAKER); i++) {
    const cue = headlineCue(tokens[i], lex);
    if (!cue) continue;
    if (!(cue.frames.has('clause') || cue.frames.has('np') || cue.frames.has('quote'))) return null;
    if (!nameLike(tokens, first, i) || tokens.slice(first, i).some((t) => t.text === ',')) return null;
    return make(tokens[i], { start: first, end: i }, { start: tokens[i + 1].start, end: tokens[last].end }, cue.cls, 'headline:pre');
  }
  return null;
}
