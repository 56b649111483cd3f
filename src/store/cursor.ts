// Keyset paging shared by the store drivers: the opaque cursor, the page size, the query around a base SELECT, the page.
import { StandpointError } from '../core/index.js';
import type { Page } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** The opaque cursor of a page's last row: its sort key and sequence number. */
export const encodeCursor = (key: string, seq: number): string => Buffer.from(JSON.stringify([key, seq])).toString('base64url');

/** A cursor's sort key and sequence number; null for no cursor; a USAGE error for one this store did not hand out. */
export function decodeCursor(cursor: string | null | undefined): [string, number] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'number') return [v[0], v[1]];
  } catch {
    // fall through
  }
  throw new StandpointError('USAGE', `invalid cursor "${cursor}"`);
}

/** A page size from a caller's limit: 1 to 1000, 50 when not given. */
export const limitOf = (n: number | undefined): number => Math.max(1, Math.min(1000, Math.floor(n ?? 50)));

/** What one keyset page is read from: a base SELECT, its conditions, the sort key and sequence expressions. */
export interface KeysetSpec {
  /** `SELECT … FROM …` without WHERE. */
  readonly base: string;
  readonly where: readonly string[];
  readonly params: readonly unknown[];
  /** The sort key, an SQL text expression (newest first). */
  readonly key: string;
  /** The tie-breaking sequence number, an SQL integer expression. */
  readonly seq: string;
  /** Placeholders for the cursor's key and sequence (`?` by default; a driver may add casts). */
  readonly keyParam?: string;
  readonly seqParam?: string;
}

/** The SQL (with `?` placeholders) and parameters of one page: rows after the cursor, one more than the limit. */
export function keysetQuery(spec: KeysetSpec, opts: { cursor?: string | null; limit?: number }): { sql: string; params: unknown[]; limit: number } {
  const limit = limitOf(opts.limit);
  const cur = decodeCursor(opts.cursor);
  const w = [...spec.where];
  const p = [...spec.params];
  if (cur) {
    const kp = spec.keyParam ?? '?';
    w.push(`(${spec.key} < ${kp} OR (${spec.key} = ${kp} AND ${spec.seq} < ${spec.seqParam ?? '?'}))`);
    p.push(cur[0], cur[0], cur[1]);
  }
  // The sort key and sequence ride along on each row to build the next cursor.
  const select = `SELECT ${spec.key} AS __k, ${spec.seq} AS __s, ${spec.base.replace(/^\s*SELECT\s+/, '')}`;
  const sql = `${select}${w.length ? ` WHERE ${w.join(' AND ')}` : ''} ORDER BY __k DESC, __s DESC LIMIT ${limit + 1}`;
  return { sql, params: p, limit };
}

/** The page of rows a `keysetQuery` returned: at most `limit` mapped items, and a cursor when there are more. */
export function keysetPage<T>(rows: readonly Row[], limit: number, map: (r: Row) => T): Page<T> {
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: more && last ? encodeCursor(String(last.__k), Number(last.__s)) : null };
}
