// MinHash signatures over word shingles, with LSH band keys, for near-duplicate and same-story detection.

/** 32-bit FNV-1a over a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finalizer: a cheap, well-mixed permutation of 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being it its this that these those ' +
    'he she they them his her their we our you your i me my not no said says say told also has have had will would could ' +
    'should may might can than then there which who whom whose what when where while after before over under about into ' +
    'out up down more most other some such only own same so too very just do does did per new mr mrs ms').split(' '),
);

/** Lower-cased word tokens (letters and digits), apostrophes folded. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of k-word shingles (default 3) over all words: sensitive to wording, for rewrites. */
export function shingleHashes(text: string, k = 3): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length < k) {
    if (w.length) set.add(fnv1a(w.join(' ')));
  } else {
    for (let i = 0; i + k <= w.length; i++) set.add(fnv1a(w.slice(i, i + k).join(' ')));
  }
  return Uint32Array.from(set);
}

/** Hashes of content words (stopwords dropped, crude plural folding): the topic and participants, for stories. */
export function contentWordHashes(text: string): Uint32Array {
  const set = new Set<number>();
  for (const w of words(text)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    set.add(fnv1a(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  }
  return Uint32Array.from(set);
}

/** A MinHash signature of `size` values (default 64) over a set of 32-bit hashes. */
export function minhash(hashes: Uint32Array, size = 64): Uint32Array {
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (let j = 0; j < hashes.length; j++) {
    const x = hashes[j];
    for (let i = 0; i < size; i++) {
      const v = fmix32(x ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

const SEEDS = Uint32Array.from({ length: 256 }, (_, i) => fmix32(0x9e3779b9 + i * 0x7f4a7c15));

/** Estimated Jaccard similarity of two signatures of equal size. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * LSH band keys: the signature cut into bands of `rows` values, each band hashed with its index. Two signatures
 * with Jaccard J share at least one key with probability 1 − (1 − J^rows)^bands; with 64 values and 2 rows that
 * is 0.9 at J = 0.19 and 0.998 at J = 0.3, so verification by `similarity` decides.
 */
export function bandKeys(sig: Uint32Array, rows = 2): number[] {
  const keys: number[] = [];
  for (let b = 0; b * rows < sig.length; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < rows && b * rows + r < sig.length; r++) h = fmix32(h ^ sig[b * rows + r]);
    // Keep keys in JavaScript's safe signed 32-bit range for SQLite INTEGER columns.
    keys.push(h | 0);
  }
  return keys;
}

/** A signature as bytes for storage, and back. */
export function sigToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}
export function sigFromBytes(b: Uint8Array): Uint32Array {
  const copy = new Uint8Array(b);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
