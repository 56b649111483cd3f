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

/** FNV-1a over several strings in a row, as if concatenated (no allocation). */
function fnv(...parts: string[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      h ^= p.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0) & MASK;
}

const BOS = { pos: '^', lemma: '^' };
const EOS = { pos: '$', lemma: '$' };

/** Feature hashes for token j of a sentence, given the previous tags. Equal to hashing the feature strings. */
export function features(tokens: readonly Token[], s: Sentence, ctx: SentenceContext, j: number, prev: Tag, prev2: Tag): number[] {
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
    const [a, b] = nearest < 0 ? [j + nearest, j] : [j, j + nearest];
    for (let k = a + 1; k < b; k++) {
      const x = tokens[base + k];
      if (x.text === ',') commaBetween = true;
      if (nearest < 0 && x.norm === 'that') thatBetween = true;
    }
  }
  const rel = String(Math.floor((10 * j) / Math.max(1, n)));
  const q = ctx.inQuote[j] ? 'true' : 'false';
  const th = thatBetween ? 'true' : 'false';
  const cm = commaBetween ? 'true' : 'false';
  return [
    fnv('b'),
    fnv('w=', t.norm),
    fnv('l=', t.lemma),
    fnv('p=', t.pos),
    fnv('sh=', t.shape),
    fnv('p-1=', p1.pos),
    fnv('p+1=', n1.pos),
    fnv('p-2=', p2.pos),
    fnv('p+2=', n2.pos),
    fnv('l-1=', p1.lemma),
    fnv('l+1=', n1.lemma),
    fnv('l-1l=', p1.lemma, '|', t.lemma),
    fnv('ll+1=', t.lemma, '|', n1.lemma),
    fnv('pp=', p1.pos, '|', t.pos, '|', n1.pos),
    fnv('q=', q),
    fnv('qp=', q, '|', t.pos),
    fnv('d=', dist),
    fnv('dp=', dist, '|', t.pos),
    fnv('dc=', dist, '|', cueLemma),
    fnv('th=', th, '|', dist),
    fnv('cm=', cm, '|', dist),
    fnv('rel=', rel),
    fnv('cue=', ctx.cueAt.length > 0 ? 'true' : 'false'),
    fnv('t-1=', prev),
    fnv('t-2=', prev2, '|', prev),
    fnv('t-1p=', prev, '|', t.pos),
    fnv('t-1w=', prev, '|', t.lemma),
    fnv('t-1d=', prev, '|', dist),
  ];
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
