// A token tagger for attributions (content, cue, source) — averaged perceptron over hashed features, greedy decoding.
import { existsSync, readFileSync } from 'node:fs';
import type { Sentence, Token } from '../core/index.js';
import { DataError } from '../core/index.js';
import type { QuotesLexicon } from './lexicon.js';
import { joinedByHyphen } from './speaker-span.js';

/** Tags: outside, content, cue, source. */
export const TAGS = ['O', 'C', 'Q', 'S'] as const;
export type Tag = (typeof TAGS)[number];
/** Number of tags; `TaggerModel.tag` unrolls its scoring for exactly four. */
const NT: 4 = TAGS.length;

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
    // (Not a participle joined by a hyphen to the word before: "a British-listed miner".)
    if ((t.pos === 'VERB' || t.norm === 'according') && (lex.cues.has(t.lemma) || t.norm === 'according') && !(j > 0 && joinedByHyphen(tokens, s.tokenStart + j))) cueAt.push(j);
  }
  return { inQuote, cueAt };
}

const NEAR_AFTER = ['0', '+1', '+2', '+3'];
const NEAR_BEFORE = ['0', '-1', '-2', '-3'];

/** The distance bucket of a signed token distance: '0', '+1'…'+3', '+4-6', '+7-12', '+far' (and '-' alike). */
function bucket(d: number): string {
  if (d === 0) return '0';
  const a = Math.abs(d);
  if (a <= 3) return d < 0 ? NEAR_BEFORE[a] : NEAR_AFTER[a];
  if (a <= 6) return d < 0 ? '-4-6' : '+4-6';
  if (a <= 12) return d < 0 ? '-7-12' : '+7-12';
  return d < 0 ? '-far' : '+far';
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after also reading `s` (unmasked, so hashing can continue). */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** The bucket of a finished FNV-1a state. */
const fin = (h: number): number => (h >>> 0) & MASK;

/** FNV state after a constant feature prefix, e.g. `pre('w=')`. */
const pre = (...parts: string[]): number => parts.reduce(mix, FNV_OFFSET);

const H_BIAS = fin(pre('b'));
const H_W = pre('w=');
const H_L = pre('l=');
const H_P = pre('p=');
const H_SH = pre('sh=');
const H_P_1 = pre('p-1=');
const H_P1 = pre('p+1=');
const H_P_2 = pre('p-2=');
const H_P2 = pre('p+2=');
const H_L_1 = pre('l-1=');
const H_L1 = pre('l+1=');
const H_L_1L = pre('l-1l=');
const H_LL1 = pre('ll+1=');
const H_PP = pre('pp=');
const H_Q = pre('q=');
const H_QP = pre('qp=');
const H_D = pre('d=');
const H_DP = pre('dp=');
const H_DC = pre('dc=');
const H_TH = pre('th=');
const H_CM = pre('cm=');
const H_REL = pre('rel=');
const H_CUE_TRUE = fin(pre('cue=', 'true'));
const H_CUE_FALSE = fin(pre('cue=', 'false'));

const BOS = { pos: '^', lemma: '^' };
const EOS = { pos: '$', lemma: '$' };

/** Number of features that do not depend on earlier tags; they come first in every feature list. */
const STATIC_COUNT = 23;

/** Scratch for one token's tag-independent features, in feature-list order, plus what the tag features need. */
class StaticFeatures {
  readonly hashes = new Int32Array(STATIC_COUNT);
  pos = '';
  lemma = '';
  dist = '';
}

/** Fill `sf` with the features of token j that do not depend on earlier tags. */
function staticFeatures(tokens: readonly Token[], s: Sentence, ctx: SentenceContext, j: number, sf: StaticFeatures): void {
  const n = s.tokenEnd - s.tokenStart;
  const base = s.tokenStart;
  const t = tokens[base + j];
  const p1 = j >= 1 ? tokens[base + j - 1] : BOS;
  const n1 = j + 1 < n ? tokens[base + j + 1] : EOS;
  const p2 = j >= 2 ? tokens[base + j - 2] : BOS;
  const n2 = j + 2 < n ? tokens[base + j + 2] : EOS;
  let nearest = Infinity;
  let cueLemma = '-';
  for (const c of ctx.cueAt) {
    if (Math.abs(c - j) < Math.abs(nearest)) {
      nearest = c - j;
      cueLemma = tokens[base + c].lemma;
    }
  }
  const finite = Number.isFinite(nearest);
  const dist = finite ? bucket(nearest) : 'none';
  let thatBetween = false;
  let commaBetween = false;
  if (finite) {
    const a = nearest < 0 ? j + nearest : j;
    const b = nearest < 0 ? j : j + nearest;
    for (let k = a + 1; k < b; k++) {
      const x = tokens[base + k];
      if (x.text === ',') commaBetween = true;
      if (nearest < 0 && x.norm === 'that') thatBetween = true;
    }
  }
  const tenths = Math.floor((10 * j) / Math.max(1, n));
  const rel = DIGITS[tenths] ?? String(tenths);
  const q = ctx.inQuote[j] ? 'true' : 'false';
  const th = thatBetween ? 'true' : 'false';
  const cm = commaBetween ? 'true' : 'false';
  const h = sf.hashes;
  h[0] = H_BIAS;
  h[1] = fin(mix(H_W, t.norm));
  h[2] = fin(mix(H_L, t.lemma));
  h[3] = fin(mix(H_P, t.pos));
  h[4] = fin(mix(H_SH, t.shape));
  h[5] = fin(mix(H_P_1, p1.pos));
  h[6] = fin(mix(H_P1, n1.pos));
  h[7] = fin(mix(H_P_2, p2.pos));
  h[8] = fin(mix(H_P2, n2.pos));
  h[9] = fin(mix(H_L_1, p1.lemma));
  h[10] = fin(mix(H_L1, n1.lemma));
  h[11] = fin(mix(mix(mix(H_L_1L, p1.lemma), '|'), t.lemma));
  h[12] = fin(mix(mix(mix(H_LL1, t.lemma), '|'), n1.lemma));
  h[13] = fin(mix(mix(mix(mix(mix(H_PP, p1.pos), '|'), t.pos), '|'), n1.pos));
  h[14] = fin(mix(H_Q, q));
  h[15] = fin(mix(mix(mix(H_QP, q), '|'), t.pos));
  h[16] = fin(mix(H_D, dist));
  h[17] = fin(mix(mix(mix(H_DP, dist), '|'), t.pos));
  h[18] = fin(mix(mix(mix(H_DC, dist), '|'), cueLemma));
  h[19] = fin(mix(mix(mix(H_TH, th), '|'), dist));
  h[20] = fin(mix(mix(mix(H_CM, cm), '|'), dist));
  h[21] = fin(mix(H_REL, rel));
  h[22] = ctx.cueAt.length > 0 ? H_CUE_TRUE : H_CUE_FALSE;
  sf.pos = t.pos;
  sf.lemma = t.lemma;
  sf.dist = dist;
}

/** FNV states after each tag-feature prefix and one previous tag, per tag ('^' included). */
interface TagPrefixes {
  readonly t1: number;
  readonly t2: number;
  readonly t1p: number;
  readonly t1w: number;
  readonly t1d: number;
}
const TAG_PREFIXES = new Map<string, TagPrefixes>(
  ['^', ...TAGS].map((tag) => [
    tag,
    {
      t1: fin(pre('t-1=', tag)),
      t2: pre('t-2=', tag, '|'),
      t1p: pre('t-1p=', tag, '|'),
      t1w: pre('t-1w=', tag, '|'),
      t1d: pre('t-1d=', tag, '|'),
    },
  ]),
);

/** Number of features that depend on the previous tags; they come last in every feature list. */
const TAG_COUNT = 5;

/** Write the features that depend on the previous two tags, in feature-list order. */
function tagFeatures(sf: StaticFeatures, prev: Tag, prev2: Tag, out: Int32Array): void {
  const p = TAG_PREFIXES.get(prev)!;
  out[0] = p.t1;
  out[1] = fin(mix(TAG_PREFIXES.get(prev2)!.t2, prev));
  out[2] = fin(mix(p.t1p, sf.pos));
  out[3] = fin(mix(p.t1w, sf.lemma));
  out[4] = fin(mix(p.t1d, sf.dist));
}

/** Feature hashes for token j of a sentence, given the previous tags. Equal to hashing the feature strings. */
export function features(tokens: readonly Token[], s: Sentence, ctx: SentenceContext, j: number, prev: Tag, prev2: Tag): number[] {
  const sf = new StaticFeatures();
  staticFeatures(tokens, s, ctx, j, sf);
  const dynamic = new Int32Array(TAG_COUNT);
  tagFeatures(sf, prev, prev2, dynamic);
  return [...sf.hashes, ...dynamic];
}

/** A trained model: weights[bucket * NT + tag]. */
export class TaggerModel {
  readonly weights: Float32Array;
  readonly #sf = new StaticFeatures();
  readonly #dynamic = new Int32Array(TAG_COUNT);

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

  /**
   * Tag one sentence greedily, left to right. Same result as `scores(features(...))` token by token: each tag's
   * score is summed in the same feature order, in registers instead of an array (four tags, checked at load).
   */
  tag(tokens: readonly Token[], s: Sentence, lex: QuotesLexicon): Tag[] {
    const ctx = sentenceContext(tokens, s, lex);
    const out: Tag[] = [];
    const w = this.weights;
    const sf = this.#sf;
    const dynamic = this.#dynamic;
    for (let j = 0; j < s.tokenEnd - s.tokenStart; j++) {
      staticFeatures(tokens, s, ctx, j, sf);
      tagFeatures(sf, out[j - 1] ?? ('^' as Tag), out[j - 2] ?? ('^' as Tag), dynamic);
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < STATIC_COUNT; i++) {
        const b = sf.hashes[i] * 4;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
        s3 += w[b + 3];
      }
      for (let i = 0; i < TAG_COUNT; i++) {
        const b = dynamic[i] * 4;
        s0 += w[b];
        s1 += w[b + 1];
        s2 += w[b + 2];
        s3 += w[b + 3];
      }
      // Argmax with the first best winning ties, as `scores` + a left-to-right scan does.
      let best = 0;
      let top = s0;
      if (s1 > top) { best = 1; top = s1; }
      if (s2 > top) { best = 2; top = s2; }
      if (s3 > top) best = 3;
      out.push(TAGS[best]);
    }
    return out;
  }
}

const cache = new Map<string, TaggerModel | null>();

/** Load a model file (little-endian float32 weights, e.g. `data/quotes/tagger.bin`), once per path; null when absent. */
export function loadTagger(path: string): TaggerModel | null {
  const hit = cache.get(path);
  if (hit !== undefined) return hit;
  let model: TaggerModel | null = null;
  if (existsSync(path)) {
    const buf = readFileSync(path);
    if (buf.length % 4 !== 0) throw new DataError(path, 'size is not a multiple of 4 bytes');
    const arr = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
    try {
      model = new TaggerModel(arr);
    } catch (err) {
      throw new DataError(path, (err as Error).message, { cause: err });
    }
  }
  cache.set(path, model);
  return model;
}
