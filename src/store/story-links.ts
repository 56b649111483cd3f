// How a new article links to earlier ones, shared by the store drivers: candidates from LSH buckets, the best relation.
import { relate, sigFromBytes, type Fingerprint } from '../stories/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** Most earlier articles compared with a new one (those sharing the most LSH bands win). */
export const MAX_CANDIDATES = 64;
/** Most recent articles read from one LSH bucket. */
export const BUCKET_LIMIT = 24;

/** A new article's story, the original it rewrites (if any), why, and other stories it bridges. */
export interface StoryLink {
  readonly story: string | null;
  readonly duplicateOf: string | null;
  readonly why: string | null;
  readonly bridged: string[];
}

/** No earlier article is related: a story of its own. */
export const noLink = (): StoryLink => ({ story: null, duplicateOf: null, why: null, bridged: [] });

/** The articles to compare with, from the sequence numbers each band's bucket returned: most shared bands first. */
export function topCandidates(bucketSeqs: Iterable<number>): number[] {
  const shared = new Map<number, number>();
  for (const seq of bucketSeqs) shared.set(seq, (shared.get(seq) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([seq]) => seq);
}

/** The best relation of a new article to candidate rows (seq, id, published, story, duplicate_of, sig_wording, sig_topic). */
export function bestLink(fp: Fingerprint, published: string | null, cands: readonly Row[]): StoryLink {
  let best: { kind: 'rewrite' | 'story'; score: number; row: Row; why: string } | null = null;
  const related = new Set<string>();
  for (const c of cands) {
    const r = relate({ fp, published }, { fp: { kind: 'Fingerprint', wording: sigFromBytes(c.sig_wording), topic: sigFromBytes(c.sig_topic) }, published: c.published });
    if (r.kind === 'none') continue;
    related.add(c.story as string);
    const score = r.kind === 'rewrite' ? 1 + r.wording : r.topic;
    if (!best || score > best.score) best = { kind: r.kind, score, row: c, why: `${r.why} with ${c.id}` };
  }
  if (!best) return noLink();
  related.delete(best.row.story as string);
  return {
    story: best.row.story as string,
    duplicateOf: best.kind === 'rewrite' ? ((best.row.duplicate_of as string | null) ?? (best.row.id as string)) : null,
    why: best.why,
    bridged: [...related].sort(),
  };
}

/** The link of a rewrite published before its chain's original: it becomes the original (the story keeps its count). */
export const asOriginal = (link: StoryLink): StoryLink => ({ ...link, duplicateOf: null, why: `${link.why}; earlier than the chain's original, so it becomes the original` });
