// Paragraphs, sentences and tokens with character offsets, from wink-nlp run paragraph by paragraph.
import type { Paragraph, Pos, Sentence, Token } from '../core/index.js';
import { wink } from './wink.js';

export interface TokenizeResult {
  readonly paragraphs: Paragraph[];
  readonly sentences: Sentence[];
  readonly tokens: Token[];
}

/** Paragraphs are separated by blank lines (a line with only whitespace counts as blank). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    // Trim whitespace inside the paragraph bounds.
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

/** Lower-case abbreviations that may end with a period inside a sentence. */
const LOWER_ABBREVIATIONS = new Set(['a.m.', 'p.m.', 'etc.', 'vs.', 'e.g.', 'i.e.', 'approx.', 'cf.', 'al.', 'ca.', 'st.']);

/**
 * Repairs wink's sentence token ranges: (1) a sentence that starts with a lower-case word continues the previous
 * one ("“Why?” she asked."); (2) a lower-case word fused with its full stop ("said no. Officials") ends a sentence.
 */
function repairBounds(bounds: [number, number][], values: string[], starts: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const b of bounds) {
    // Split after a lower-case word token that swallowed the full stop, when a capitalised word follows.
    let [a, e] = b;
    for (let i = a; i < e; i++) {
      const v = values[i];
      if (/^[a-z]{2,}\.$/.test(v) && !LOWER_ABBREVIATIONS.has(v) && /^[A-Z“"‘]/.test(values[i + 1] ?? '')) {
        out.push([a, i]);
        a = i + 1;
      }
    }
    const cur: [number, number] = [a, e];
    const prev = out[out.length - 1];
    const first = values[cur[0]] ?? '';
    if (prev && /^\p{Ll}/u.test(first) && starts[cur[0]] >= 0) {
      prev[1] = cur[1];
    } else {
      out.push(cur);
    }
  }
  return out;
}

/**
 * A same-length copy of `text` for wink, whose tokenizer splits words at letters outside Latin-1 ("Přemysl" →
 * "P ř emysl", "Łódź" → "Ł ód ź"): each such letter becomes its unaccented base, or x/X when it has none
 * (Cyrillic, Greek). Offsets stay valid because every UTF-16 unit maps to one unit; tokens keep the original text.
 */
export function foldForWink(text: string): string {
  if (!/[\u0100-\uffff]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (code < 0x100 || code >= 0xd800 && code < 0xe000 || !/\p{L}/u.test(ch)) { out += ch; continue; }
    const base = ch.normalize('NFD')[0];
    out += base.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(base) ? base : ch === ch.toLowerCase() ? 'x' : 'X';
  }
  return out;
}

/** A degree or abbreviation with a lower-case letter inside ("Ph.D.", "B.Sc."), which wink cuts into pieces. */
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.){2,}$/u;

/**
 * Abbreviated titles, which never end a sentence ("Maj. Smith"). wink keeps most ("Gov.", "Sen.", "Dr.") whole on its
 * own and cuts the rest ("Maj" "."), ending the sentence there; this list rejoins and repairs those.
 */
const TITLE_ABBREVIATIONS = new Set([
  'Maj.', 'Adm.', 'Rev.', 'Ald.', 'Cmdr.', 'Supt.', 'Msgr.', 'Fr.', 'Sens.', 'Reps.', 'Pres.', 'Atty.', 'Gens.',
  'Cpl.', 'Pvt.', 'Spc.', 'Det.', 'Insp.', 'Cong.', 'Mme.', 'Mlle.', 'Brig.', 'Gov.', 'Govs.', 'Lt.', 'Col.', 'Capt.',
  'Sgt.', 'Gen.', 'Sen.', 'Rep.', 'Prof.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Messrs.', 'Hon.', 'Amb.', 'Sec.',
]);

/** Other capitalised abbreviations to rejoin where wink cuts them: US states, Canadian provinces, "Bros.", "Dept.". */
const NAME_ABBREVIATIONS = new Set([
  'Wis.', 'Bros.', 'Assn.', 'Dept.', 'Univ.', 'Blvd.', 'Hwy.', 'Dist.', 'Ida.', 'Alta.', 'Ont.',
  'Que.', 'Sask.', 'Man.', 'Nfld.', 'Wash.', 'Tenn.', 'Okla.', 'Mich.', 'Minn.', 'Ariz.', 'Colo.', 'Conn.', 'Calif.',
  'Mass.', 'Nev.', 'Neb.', 'Wyo.', 'Ore.', 'Ark.', 'Ala.', 'Fla.', 'Ill.', 'Ind.', 'Kan.', 'Kans.', 'Miss.', 'Mont.',
  'Tex.', 'Del.', 'Md.', 'Va.', 'Vt.', 'Ky.', 'Mo.', 'Ga.', 'La.', 'Pa.', 'Corp.', 'Inc.', 'Co.', 'Ltd.', 'Mt.',
  'Ft.', 'Jr.', 'Sr.',
]);

/**
 * Runs of wink tokens, with no space between them, that spell a dotted abbreviation wink split ("Ph" "." "D." →
 * "Ph.D."; "Maj" "." → "Maj."); wink also ends a sentence after "Ph.". Returns the last token index of each run,
 * keyed by its first, and whether the run is a title, which never ends a sentence.
 */
function dottedRuns(values: string[], starts: number[]): Map<number, { last: number; title: boolean }> {
  const runs = new Map<number, { last: number; title: boolean }>();
  for (let i = 0; i < values.length; i++) {
    if (starts[i] < 0) continue;
    if (values[i + 1] === '.' && starts[i + 1] === starts[i] + values[i].length) {
      const word = values[i] + '.';
      const title = TITLE_ABBREVIATIONS.has(word);
      if (title || NAME_ABBREVIATIONS.has(word)) {
        runs.set(i, { last: i + 1, title });
        i++;
        continue;
      }
    }
    if (!/^\p{L}{1,3}\.?$/u.test(values[i])) continue;
    let text = values[i];
    let best = -1;
    for (let k = i + 1; k < values.length && k < i + 6 && starts[k] === starts[k - 1] + values[k - 1].length; k++) {
      text += values[k];
      if (DOTTED_ABBREVIATION.test(text) && /\p{Ll}/u.test(text)) best = k;
    }
    if (best > i) {
      runs.set(i, { last: best, title: false });
      i = best;
    }
  }
  return runs;
}

/** A possessive wink left on its word ("Trump's", "nation’s"): the word needs a letter of its own before it. */
const POSSESSIVE = /(?<=\p{L}[\p{L}.]*)['’][sS]$/u;

/**
 * Tokenize one text. wink-nlp gives token values and sentence token ranges; offsets come from
 * aligning each value with the text (wink keeps the original characters).
 */
export function tokenize(text: string): TokenizeResult {
  const nlp = wink();
  const its = nlp.its;
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  for (const para of paragraphs) {
    const chunk = text.slice(para.start, para.end);
    const folded = foldForWink(chunk);
    const d = nlp.readDoc(folded);
    const values = d.tokens().out(its.value) as string[];
    const pos = d.tokens().out(its.pos) as Pos[];
    const lemmas = d.tokens().out(its.lemma) as string[];
    const shapes = d.tokens().out(its.shape) as string[];
    const spans = d.sentences().out(its.span) as [number, number][];

    // 1. Align token values with the chunk to get offsets.
    const starts = new Array<number>(values.length).fill(-1);
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const at = folded.indexOf(v, cursor);
      if (at >= 0 && at - cursor < 64 + v.length) {
        starts[i] = at;
        cursor = at + v.length;
        if (folded !== chunk) values[i] = chunk.slice(at, cursor);
      }
    }

    // 2. Emit sentences and their tokens; a closing quote wink left at the start of the next sentence moves back.
    let bounds = spans.map(([a, b]) => [a, b] as [number, number]);
    for (let s = 1; s < bounds.length; s++) {
      const first = bounds[s][0];
      if (first <= bounds[s][1] && CLOSING_QUOTES.has(values[first]) && starts[first] >= 0) {
        const prevEnd = bounds[s - 1][1];
        const gap = starts[first] - (starts[prevEnd] + values[prevEnd].length);
        if (gap === 0 && bounds[s][1] > first) {
          bounds[s - 1][1] = first;
          bounds[s][0] = first + 1;
        }
      }
    }
    bounds = repairBounds(bounds.filter(([a, b]) => b >= a), values, starts);
    // A sentence never ends inside "Ph.D.".
    const dotted = dottedRuns(values, starts);
    for (const [i, { last: k, title }] of dotted) {
      const s = bounds.findIndex(([a, b]) => a <= i && i <= b);
      while (s >= 0 && s + 1 < bounds.length && bounds[s][1] < k + (title ? 1 : 0)) bounds.splice(s, 2, [bounds[s][0], bounds[s + 1][1]]);
      // "… has a Ph.D. She …": the abbreviation's full stop ends the sentence before a capital; a title's does not.
      if (!title && s >= 0 && k < bounds[s][1] && /^[\p{Lu}“"‘]/u.test(values[k + 1] ?? '')) bounds.splice(s, 1, [bounds[s][0], k], [k + 1, bounds[s][1]]);
    }

    for (const [a, b] of bounds) {
      const sentenceIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let i = a; i <= b; i++) {
        if (starts[i] < 0) continue;
        const start = para.start + starts[i];
        const prev = tokens[tokens.length - 1];
        const run = dotted.get(i);
        if (run !== undefined) {
          const last = run.last;
          const end = para.start + starts[last] + values[last].length;
          const value = text.slice(start, end);
          tokens.push({
            index: tokens.length, start, end, text: value, norm: value.toLowerCase(), lemma: value.toLowerCase(),
            pos: last === i + 1 && /^\p{Lu}/u.test(value) ? 'PROPN' : 'NOUN',
            sentence: sentenceIndex, spaceBefore: prev ? prev.end < start : true, shape: value.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x'),
          });
          i = last;
          continue;
        }
        // wink learns words as it reads: once it has seen "Trump's." at a sentence end, it keeps "Trump's" whole in
        // every later text. Split the possessive off again, so a text tokenizes the same whatever came before it.
        const clitic = POSSESSIVE.exec(values[i]);
        const base = clitic ? values[i].length - clitic[0].length : values[i].length;
        const baseText = values[i].slice(0, base);
        tokens.push({
          index: tokens.length,
          start,
          end: start + base,
          text: baseText,
          norm: baseText.toLowerCase(),
          lemma: clitic ? baseText.toLowerCase() : lemmas[i] ?? values[i].toLowerCase(),
          pos: pos[i] ?? 'X',
          sentence: sentenceIndex,
          spaceBefore: prev ? prev.end < start : true,
          shape: clitic ? (shapes[i] ?? '').slice(0, -2) : shapes[i] ?? '',
        });
        if (clitic) {
          tokens.push({
            index: tokens.length,
            start: start + base,
            end: start + values[i].length,
            text: clitic[0],
            norm: clitic[0].toLowerCase(),
            lemma: "'s",
            pos: 'PART',
            sentence: sentenceIndex,
            spaceBefore: false,
            shape: clitic[0][0] + 'x',
          });
        }
      }
      if (tokens.length === tokenStart) continue;
      sentences.push({
        index: sentenceIndex,
        start: tokens[tokenStart].start,
        end: tokens[tokens.length - 1].end,
        tokenStart,
        tokenEnd: tokens.length,
        paragraph: para.index,
      });
    }
  }
  return { paragraphs, sentences, tokens };
}
