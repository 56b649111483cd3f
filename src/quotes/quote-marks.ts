// Pairs quote marks into direct-quote spans: curly, straight, single, guillemets, multi-paragraph, stray-mark repair.
import type { Span } from '../core/index.js';

/** One run of quoted text found from its marks. `start/end` is the content without the marks. */
export interface MarkedQuote extends Span {
  readonly kind: 'MarkedQuote';
  /** Offset of the opening mark, or -1 when the opener was missing and the span was repaired. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the quote ran to a paragraph end without one. */
  readonly close: number;
  /** Content pieces, one per paragraph the quote spans (reopening marks left out). */
  readonly pieces: readonly Span[];
  /** Single quote marks rather than double. */
  readonly single: boolean;
  /** Why the span is not a clean pair: 'unclosed', 'stray-close', 'reopened', 'spans-paragraphs', or null. */
  readonly repair: string | null;
  /** For a 'stray-close' repair: the quote this one continues, by index into the result. */
  readonly continues: number | null;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
/** Every character that can be (part of) a quote mark; all others are skipped quickly. */
const MARK_CHARS = new Set(['“', '„', '«', '‟', '”', '»', '"', "'", '‘', '’', '`']);
/** The next character of `MARK_CHARS`, for skipping the text between marks in one step. */
const NEXT_MARK = /[“„«‟”»"'‘’`]/g;

/** Offset of the first quote-mark character at or after `from`, or `end` when there is none before it. */
function nextMark(text: string, from: number, end: number): number {
  NEXT_MARK.lastIndex = from;
  const m = NEXT_MARK.exec(text);
  return m && m.index < end ? m.index : end;
}
const DOUBLE_CLOSE = new Set(['”', '»']);
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,“‘«„]/;
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** True when a quote mark at `i` in `text` opens rather than closes, judged from its neighbours. */
function opensHere(text: string, i: number, width = 1): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + width];
  return (prev === undefined || OPEN_CONTEXT.test(prev)) && !isSpace(next);
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Find every direct-quote span in `text`, given its paragraphs. Never throws; unbalanced marks are repaired:
 * an unclosed quote ends at its paragraph's end unless the next paragraph reopens it (a multi-paragraph quote),
 * and a stray closing mark after a closed quote in the same paragraph becomes a quote continuing that one.
 */
export function findMarkedQuotes(text: string, paragraphs: readonly Span[]): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  // An open double quote carried over paragraphs: its open mark and the pieces so far.
  let carry: { open: number; pieces: Span[]; reopened: boolean } | null = null;

  const emit = (q: Omit<MarkedQuote, 'kind' | 'start' | 'end'>): void => {
    const pieces = q.pieces.filter((p) => p.end > p.start);
    if (pieces.length === 0) return;
    out.push({ kind: 'MarkedQuote', ...q, pieces, start: pieces[0].start, end: pieces[pieces.length - 1].end });
  };

  // An unclosed quote of the previous paragraph, which a stray closing mark in this one may close.
  let unclosedBefore = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let nextUnclosed = -1;
    let dOpen = -1;
    let pieceStart = -1;
    let sOpen = -1;
    let lastClose = -1;
    let lastQuote = -1;
    let pieces: Span[] = [];
    let reopenAt = -1;
    if (carry) {
      // The paragraph reopens the carried quote (its first character is an opening mark).
      dOpen = carry.open;
      pieces = carry.pieces;
      const lead = text.slice(para.start, para.start + 2);
      pieceStart = para.start + (lead === "''" || lead === '``' ? 2 : 1);
      reopenAt = para.start;
      carry = null;
    }
    for (let i = para.start; i < para.end; i++) {
      if (i === reopenAt) {
        i = pieceStart - 1;
        continue;
      }
      // Doubled apostrophes and backticks stand for double quotes in some archives: ''…'' and ``…''.
      const ch = text[i];
      if (!MARK_CHARS.has(ch)) {
        i = nextMark(text, i + 1, para.end) - 1; // the loop's i++ lands on the next mark
        continue;
      }
      const pair = ch === "'" || ch === '`' ? text.slice(i, i + 2) : '';
      const c = pair === "''" ? '"' : pair === '``' ? '“' : ch;
      const width = pair === "''" || pair === '``' ? 2 : 1;
      const straightDouble = c === '"';
      const isDoubleOpen = DOUBLE_OPEN.has(c) || (straightDouble && dOpen < 0 && opensHere(text, i, width));
      const isDoubleClose = DOUBLE_CLOSE.has(c) || (straightDouble && !isDoubleOpen);
      if (isDoubleOpen) {
        if (dOpen >= 0) {
          // Two openers in a row: the first quote ran up to this one.
          emit({ open: dOpen, close: -1, pieces: [...pieces, trimSpan(text, pieceStart, i)], single: false, repair: 'unclosed', continues: null });
          lastQuote = out.length - 1;
        }
        dOpen = i;
        pieceStart = i + width;
        pieces = [];
        sOpen = -1;
        i += width - 1;
        continue;
      }
      if (isDoubleClose) {
        if (dOpen >= 0) {
          const before = out.length;
          emit({ open: dOpen, close: i, pieces: [...pieces, trimSpan(text, pieceStart, i)], single: false, repair: pieces.length ? 'reopened' : null, continues: null });
          if (out.length > before) lastQuote = out.length - 1;
          dOpen = -1;
          pieces = [];
          lastClose = i + width - 1;
        } else if (!straightDouble || !isLetter(text[i + width])) {
          // A stray closing mark: the words since the last closed quote in this paragraph continue it.
          const from = lastClose >= 0 ? lastClose + 1 : para.start;
          const span = trimSpan(text, from, i);
          const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
          if (lastQuote >= 0 && lastClose >= 0 && words >= 2) {
            emit({ open: -1, close: i, pieces: [span], single: false, repair: 'stray-close', continues: lastQuote });
            lastQuote = out.length - 1;
          } else if (lastClose < 0 && unclosedBefore >= 0 && words >= 1 && !/[“„«]/.test(text.slice(para.start, i))) {
            // The previous paragraph's quote never closed and this paragraph closes it: one quote over both.
            const prev = out[unclosedBefore];
            const pieces2 = [...prev.pieces, span].filter((x) => x.end > x.start);
            out[unclosedBefore] = { ...prev, close: i, pieces: pieces2, end: pieces2[pieces2.length - 1].end, repair: 'spans-paragraphs' };
            lastQuote = unclosedBefore;
          }
          lastClose = i + width - 1;
        }
        sOpen = -1;
        i += width - 1;
        continue;
      }
      // Single marks are quotes only at the top level (nested singles stay inside their double quote).
      if (dOpen >= 0) continue;
      if ((c === '‘' || c === "'") && sOpen < 0 && opensHere(text, i) && isLetter(text[i + 1])) {
        if (c === "'" && i > 0 && isLetter(text[i - 1])) continue;
        sOpen = i;
        continue;
      }
      if ((c === '’' || c === "'") && sOpen >= 0 && !isLetter(text[i + 1]) && !isSpace(text[i - 1])) {
        // "the voters’ choice": a possessive apostrophe followed by a space and a lower-case word is not a close.
        const words = text.slice(sOpen + 1, i).split(/\s+/).length;
        if (text[i - 1] === 's' && isSpace(text[i + 1]) && /[a-z]/.test(text[i + 2] ?? '') && words > 1) continue;
        emit({ open: sOpen, close: i, pieces: [trimSpan(text, sOpen + 1, i)], single: true, repair: null, continues: null });
        sOpen = -1;
        lastClose = i;
        lastQuote = out.length - 1;
      }
    }
    if (dOpen >= 0) {
      const piece = trimSpan(text, pieceStart, para.end);
      const next = paragraphs[p + 1];
      const lead = text.slice(next?.start ?? 0, (next?.start ?? 0) + 2);
      if (next && (DOUBLE_OPEN.has(text[next.start]) || lead === '``' || ((text[next.start] === '"' || lead === "''") && opensHere(text, next.start, lead === "''" ? 2 : 1)))) {
        carry = { open: dOpen, pieces: [...pieces, piece], reopened: true };
      } else {
        emit({ open: dOpen, close: -1, pieces: [...pieces, piece], single: false, repair: 'unclosed', continues: null });
        nextUnclosed = out.length - 1;
      }
    }
    unclosedBefore = nextUnclosed;
  }
  if (carry) emit({ open: carry.open, close: -1, pieces: carry.pieces, single: false, repair: 'unclosed', continues: null });
  return out;
}
