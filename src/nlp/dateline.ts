// Datelines: "LONDON, Nov 3 (Wire) -", "DOHA (Wire) —", "Kyiv, Ukraine —" open a story's first paragraph (or any
// paragraph of a wire digest) with where it was filed.
import type { Sentence, Token } from '../core/index.js';

/** Words a dateline may hold between its place and its dash: months and their abbreviations. */
const DATELINE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?$/i;
const CAPITALIZED = /^\p{Lu}/u;

/** Where a dateline at the start of a sentence ends. */
export interface Dateline {
  /** Token index of the dash. */
  readonly dash: number;
  /** Offset where the place's words end (before the agency's bracket, if any). */
  readonly placeEnd: number;
  /** Token indexes of the agency's brackets, or -1 when there are none. */
  readonly open: number;
  readonly close: number;
}

/**
 * The dateline opening a sentence, if any: a capitalized word, then within its first ten tokens a spaced dash after
 * only names, commas, dates and one bracketed agency.
 */
export function datelineAt(tokens: readonly Token[], sent: Pick<Sentence, 'tokenStart' | 'tokenEnd'>): Dateline | null {
  const s = sent.tokenStart;
  if (s >= sent.tokenEnd || !CAPITALIZED.test(tokens[s].text)) return null;
  let dash = -1;
  let open = -1;
  let close = -1;
  for (let k = s + 1; k < Math.min(sent.tokenEnd, s + 10); k++) {
    const t = tokens[k];
    if (/^(?:—|–|--|-)$/.test(t.text) && t.spaceBefore) { dash = k; break; }
    if (t.text === '(' && open < 0) { open = k; continue; }
    if (t.text === ')' && open >= 0 && close < 0) { close = k; continue; }
    if (t.text === ',' || t.text === '/' || /^\d{1,2}$/.test(t.text) || DATELINE_WORD.test(t.text) || CAPITALIZED.test(t.text)) continue;
    break;
  }
  if (dash < 0 || (open >= 0) !== (close >= 0) || (open >= 0 && close !== dash - 1) || close === open + 1) return null;
  return { dash, placeEnd: tokens[open >= 0 ? open - 1 : dash - 1].end, open, close };
}
