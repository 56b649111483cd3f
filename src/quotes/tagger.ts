// A token tagger for attributions (content, cue, source) — averaged perceptron over hashed features, greedy decoding.
import { existsSync, readFileSync } from 'node:fs';
import type { Sentence, Token } from '../core/index.js';
import { DataError } from '../core/index.js';
import type { QuotesLexicon } from './lexicon.js';

/** Tags: outside, content, cue, source. */
export const TAGS = ['O', 'C', 'Q', 'S'] as const;
export type Tag = (typeof TAGS)[number];
const NT = TAGS.length;

/** Hashed feature space: 2^BITS buckets per tag. */
export const BITS = 17;
const MASK = (1 << BITS) - 1;

/** FNV-1a hash of a feature string into the model's bucket range. */
export function featureHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

const OPEN = new Set(['“', '"', "'", '‘', '`', '«']);
const CLOSE = new Set(['”', '"', "'", '’', '»']);

/** Per-sentence context the features need: which tokens are inside quote marks, where lexicon cues are. */
export interface SentenceContext {
  readonly inQuote: readonly boolean[];
  readonly cueAt: readonly number[];
}

/** Static context of one sentence's tokens. */
export function sentenceContext(tokens: readonly Token[], s: Sentence, lex: QuotesLexicon): SentenceContext {
  const n = s.tokenEnd - s.tokenStart;
  const inQuote = new Array<boolean>(n).fill(false);
  let open = false;
  const cueAt: number[] = [];
  for (let j = 0; j < n; j++) {
    const t = tokens[s.tokenStart + j];
    if (!open && OPEN.has(t.text) && (t.text !== '"' || !tokens[s.tokenStart + j - 1] || tokens[s.tokenStart + j - 1].end < t.start || j === 0)) {
      open = true;
      continue;
    }
    if (open && CLOSE.has(t.text)) {
      open = false;
      continue;
    }
    inQuote[j] = open;
    if ((t.pos === 'VERB' || t.norm === 'according') && (lex.cues.has(t.lemma) || t.norm === 'according')) cueAt.push(j);
  }
  return { inQuote, cueAt };
}

function bucket(d: number): string {
  if (d === 0) return '0';
  const a = Math.abs(d);
  const b = a <= 3 ? String(a) : a <= 6 ? '4-6' : a <= 12 ? '7-12' : 'far';
  return (d < 0 ? '-' : '+') + b;
}

/** Feature hashes for token j of a sentence, given the previous tag. */
export function features(tokens: readonly Token[], s: Sentence, ctx: SentenceContext, j: number, prev: Tag, prev2: Tag): number[] {
  const at = (k: number): Token | null => (k >= 0 && k < s.tokenEnd - s.tokenStart ? tokens[s.tokenStart + k] : null);
  const t = at(j)!;
  const p1 = at(j - 1);
  const n1 = at(j + 1);
  const p2 = at(j - 2);
  const n2 = at(j + 2);
  let nearest = Infinity;
  let cueLemma = '-';
  for (const c of ctx.cueAt) {
    if (Math.abs(c - j) < Math.abs(nearest)) {
      nearest = c - j;
      cueLemma = at(c)!.lemma;
    }
  }
  const dist = Number.isFinite(nearest) ? bucket(nearest) : 'none';
  let thatBetween = false;
  if (Number.isFinite(nearest) && nearest < 0) {
    for (let k = j + nearest + 1; k < j; k++) if (at(k)!.norm === 'that') thatBetween = true;
  }
  const commaBetween = (() => {
    if (!Number.isFinite(nearest)) return false;
    const [a, b] = nearest < 0 ? [j + nearest, j] : [j, j + nearest];
    for (let k = a + 1; k < b; k++) if (at(k)!.text === ',') return true;
    return false;
  })();
  const rel = Math.floor((10 * j) / Math.max(1, s.tokenEnd - s.tokenStart));
  const f = [
    'b',
    `w=${t.norm}`,
    `l=${t.lemma}`,
    `p=${t.pos}`,
    `sh=${t.shape}`,
    `p-1=${p1?.pos ?? '^'}`,
    `p+1=${n1?.pos ?? '$'}`,
    `p-2=${p2?.pos ?? '^'}`,
    `p+2=${n2?.pos ?? '$'}`,
    `l-1=${p1?.lemma ?? '^'}`,
    `l+1=${n1?.lemma ?? '$'}`,
    `l-1l=${p1?.lemma ?? '^'}|${t.lemma}`,
    `ll+1=${t.lemma}|${n1?.lemma ?? '$'}`,
    `pp=${p1?.pos ?? '^'}|${t.pos}|${n1?.pos ?? '$'}`,
    `q=${ctx.inQuote[j]}`,
    `qp=${ctx.inQuote[j]}|${t.pos}`,
    `d=${dist}`,
    `dp=${dist}|${t.pos}`,
    `dc=${dist}|${cueLemma}`,
    `th=${thatBetween}|${dist}`,
    `cm=${commaBetween}|${dist}`,
    `rel=${rel}`,
    `cue=${ctx.cueAt.length > 0}`,
    `t-1=${prev}`,
    `t-2=${prev2}|${prev}`,
    `t-1p=${prev}|${t.pos}`,
    `t-1w=${prev}|${t.lemma}`,
    `t-1d=${prev}|${dist}`,
  ];
  return f.map(featureHash);
}

/** A trained model: weights[bucket * NT + tag]. */
export class TaggerModel {
  readonly weights: Float32Array;
  constructor(weights: Float32Array) {
    if (weights.length !== (1 << BITS) * NT) throw new DataError('tagger', `expected ${(1 << BITS) * NT} weights, got ${weights.length}`);
    this.weights = weights;
  }

  /** Score the tags for one feature list. */
  scores(feats: readonly number[], out: Float64Array): void {
    out.fill(0);
    for (const f of feats) {
      const base = f * NT;
      for (let k = 0; k < NT; k++) out[k] += this.weights[base + k];
    }
  }

  /** Tag one sentence greedily, left to right. */
  tag(tokens: readonly Token[], s: Sentence, lex: QuotesLexicon): Tag[] {
    const ctx = sentenceContext(tokens, s, lex);
    const out: Tag[] = [];
    const sc = new Float64Array(NT);
    for (let j = 0; j < s.tokenEnd - s.tokenStart; j++) {
      this.scores(features(tokens, s, ctx, j, out[j - 1] ?? '^' as Tag, out[j - 2] ?? '^' as Tag), sc);
      let best = 0;
      for (let k = 1; k < NT; k++) if (sc[k] > sc[best]) best = k;
      out.push(TAGS[best]);
    }
    return out;
  }
}

let cached: TaggerModel | null | undefined;

/** Load the shipped model (`data/quotes/tagger.bin`, little-endian float32), or null when absent. */
export function loadTagger(path: string): TaggerModel | null {
  if (cached !== undefined) return cached;
  if (!existsSync(path)) return (cached = null);
  const buf = readFileSync(path);
  if (buf.length % 4 !== 0) throw new DataError(path, 'size is not a multiple of 4 bytes');
  const arr = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  try {
    cached = new TaggerModel(arr);
  } catch (err) {
    throw new DataError(path, (err as Error).message, { cause: err });
  }
  return cached;
}
