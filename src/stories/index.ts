// Public face of stories: fingerprints of articles, and the rule that says "reworded copy", "same story" or neither.
import { bandKeys, contentWordHashes, minhash, shingleHashes, similarity } from './minhash.js';

export { bandKeys, minhash, similarity, shingleHashes, contentWordHashes, sigToBytes, sigFromBytes, words } from './minhash.js';

/** Two MinHash signatures of an article: wording (3-word shingles) and topic (content words). */
export interface Fingerprint {
  readonly kind: 'Fingerprint';
  readonly wording: Uint32Array;
  readonly topic: Uint32Array;
}

/** Thresholds of the relation rule. Defaults in brackets. */
export interface RelationOptions {
  /** Wording similarity at or above which an article is a reworded copy [0.3]. */
  readonly rewriteAt?: number;
  /** Topic similarity at or above which two articles close in time are one story [0.4]. */
  readonly storyAt?: number;
  /** Most days between two articles of one story (rewrites have no limit) [4]. */
  readonly storyDays?: number;
}

export type RelationKind = 'rewrite' | 'story' | 'none';

/** How two articles relate, with the figures behind the verdict. */
export interface Relation {
  readonly kind: RelationKind;
  readonly wording: number;
  readonly topic: number;
  readonly days: number | null;
  readonly why: string;
}

/** The fingerprint of an article's text (title included when given: headlines carry the event). */
export function fingerprint(text: string, title?: string | null): Fingerprint {
  const full = title ? `${title}\n${text}` : text;
  return { kind: 'Fingerprint', wording: minhash(shingleHashes(full)), topic: minhash(contentWordHashes(full)) };
}

/**
 * LSH keys under which an article is filed: the topic signature's 32 bands. Reworded copies share even more content
 * words than 3-word shingles, so topic bands find rewrites too; `relate` then checks both signatures. (Filing the
 * wording bands as well doubled the writer's cost for no extra recall.)
 */
export function lshKeys(fp: Fingerprint): number[] {
  return bandKeys(fp.topic);
}

const dayNumber = (d: string | null): number | null => {
  if (!d) return null;
  const t = Date.parse(d.slice(0, 10));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
};

/** Decide how two articles relate. Symmetric. */
export function relate(
  a: { fp: Fingerprint; published: string | null },
  b: { fp: Fingerprint; published: string | null },
  options: RelationOptions = {},
): Relation {
  const rewriteAt = options.rewriteAt ?? 0.3;
  const storyAt = options.storyAt ?? 0.4;
  const storyDays = options.storyDays ?? 4;
  const wording = similarity(a.fp.wording, b.fp.wording);
  const topic = similarity(a.fp.topic, b.fp.topic);
  const da = dayNumber(a.published);
  const db = dayNumber(b.published);
  const days = da === null || db === null ? null : Math.abs(da - db);
  const figures = `wording ${wording.toFixed(2)}, topic ${topic.toFixed(2)}, ${days === null ? 'undated' : `${days} d apart`}`;
  if (wording >= rewriteAt) return { kind: 'rewrite', wording, topic, days, why: `reworded copy (${figures})` };
  if (topic >= storyAt && (days === null || days <= storyDays)) return { kind: 'story', wording, topic, days, why: `same story (${figures})` };
  return { kind: 'none', wording, topic, days, why: `unrelated (${figures})` };
}
