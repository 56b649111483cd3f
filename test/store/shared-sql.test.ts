// The pieces both store drivers share, checked without a database: keyset paging, list conditions, migration order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StandpointError } from '../../src/core/index.js';
import { decodeCursor, encodeCursor, keysetPage, keysetQuery, limitOf } from '../../src/store/cursor.js';
import { actorConditions, eventConditions, quoteConditions, type FilterDialect } from '../../src/store/filters.js';
import { pendingMigrations } from '../../src/store/migrations.js';

/** A made-up dialect whose pieces are easy to spot in the output. */
const D: FilterDialect = {
  current: 'CURRENT(a)',
  inList: (col) => `${col} IN LIST(?)`,
  since: (col) => `${col} >= DAY(?)`,
  until: (col) => `${col} <= DAY(?)`,
  like: (col) => `${col} LIKE ?`,
  likeSpecial: /[%_]/g,
};

describe('keyset paging', () => {
  it('round-trips a cursor and refuses one it did not hand out', () => {
    assert.deepEqual(decodeCursor(encodeCursor('2025-03-01', 42)), ['2025-03-01', 42]);
    assert.equal(decodeCursor(null), null);
    assert.throws(() => decodeCursor('not-a-cursor'), (err: unknown) => err instanceof StandpointError && err.code === 'USAGE');
  });

  it('keeps page sizes between 1 and 1000, 50 by default', () => {
    assert.deepEqual([limitOf(undefined), limitOf(0), limitOf(7.9), limitOf(5000)], [50, 1, 7, 1000]);
  });

  it('reads one row more than the limit, after the cursor, newest key first', () => {
    const q = keysetQuery(
      { base: 'SELECT x.* FROM things x', where: ['x.ok'], params: [1], key: 'x.day', seq: 'x.n', keyParam: '?::text' },
      { cursor: encodeCursor('2025-01-02', 9), limit: 2 },
    );
    assert.equal(
      q.sql,
      'SELECT x.day AS __k, x.n AS __s, x.* FROM things x WHERE x.ok AND (x.day < ?::text OR (x.day = ?::text AND x.n < ?)) ORDER BY __k DESC, __s DESC LIMIT 3',
    );
    assert.deepEqual(q.params, [1, '2025-01-02', '2025-01-02', 9]);
    assert.equal(q.limit, 2);
  });

  it('hands out a cursor only when there are more rows than the limit', () => {
    const rows = [
      { __k: 'b', __s: 3, v: 'one' },
      { __k: 'a', __s: 2, v: 'two' },
      { __k: 'a', __s: 1, v: 'three' },
    ];
    const full = keysetPage(rows, 2, (r) => r.v as string);
    assert.deepEqual(full.items, ['one', 'two']);
    assert.deepEqual(decodeCursor(full.nextCursor), ['a', 2]);
    assert.equal(keysetPage(rows, 3, (r) => r.v as string).nextCursor, null);
  });
});

describe('list conditions', () => {
  it('event filters: conditions and parameters stay in step', async () => {
    const ids = async (q: string): Promise<string[]> => [`id:${q}`];
    const c = await eventConditions({ source: 'Ana', actor: 'Bel', type: ['PROTEST'], story: 's-1', independent: true, since: '2025-01-01' }, D, ids);
    assert.deepEqual(c.where, [
      'CURRENT(a)',
      'e.source_actor IN LIST(?)',
      '(e.source_actor IN LIST(?) OR e.target_actor IN LIST(?))',
      'e.type IN LIST(?)',
      'a.story = ?',
      'a.duplicate_of IS NULL',
      'e.date >= DAY(?)',
    ]);
    assert.deepEqual(c.params, ['["id:Ana"]', '["id:Bel"]', '["id:Bel"]', '["PROTEST"]', 's-1', '2025-01-01']);
  });

  it('quote filters: no words left to look for means no list at all', async () => {
    const none = async (): Promise<string[]> => [];
    assert.equal(await quoteConditions({ about: '!!' }, D, none, () => null), null);
    const c = await quoteConditions({ about: 'tariffs', article: 'art-1' }, D, none, (w) => ['FTS(?)', w]);
    assert.deepEqual(c, { where: ['CURRENT(a)', 'FTS(?)', 'a.id = ?'], params: ['tariffs', 'art-1'] });
  });

  it('actor filters: the search word loses the pattern characters of the dialect', () => {
    const c = actorConditions({ search: 'Lee_%', country: 'vld' }, D);
    assert.deepEqual(c.where, ['a.id IN (SELECT actor FROM actor_aliases WHERE norm LIKE ? OR alias LIKE ?)', 'a.country = ?']);
    assert.deepEqual(c.params, ['%lee%', '%Lee%', 'VLD']);
  });
});

describe('migrations', () => {
  it('runs only the ones not applied yet, lowest version first', () => {
    const m = (version: number) => ({ version, name: `m${version}`, sql: '' });
    assert.deepEqual(
      pendingMigrations([m(3), m(1), m(2)], new Set([1])).map((x) => x.version),
      [2, 3],
    );
  });
});
