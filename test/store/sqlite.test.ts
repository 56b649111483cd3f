// Runs the store contract suite against the SQLite driver, plus SQLite-specific checks (WAL, migrations, reopen).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { storeContract, wireStory } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'standpoint-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract('sqlite', () => openStore({ path: join(dir, `contract-${n++}.db`) }));

describe('sqlite store', () => {
  it('uses WAL and records its migrations; reopening keeps the data and runs nothing twice', async () => {
    const path = join(dir, 'reopen.db');
    const s = await openStore({ path });
    const { article, v1 } = wireStory();
    await s.putAnalysis(article, v1);
    await s.close();
    const again = await openStore({ path });
    assert.equal((await again.stats()).articles, 1);
    assert.equal((await again.stats()).schemaVersion, 2);
    await again.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, 2);
    db.close();
  });

  it('upgrades an archive made by an older version: only the missing migrations run', async () => {
    const path = join(dir, 'old.db');
    const s = await openStore({ path });
    const { article, v1 } = wireStory();
    await s.putAnalysis(article, v1);
    await s.close();
    // Roll the file back to schema version 1, as an older release would have left it.
    const raw = new Database(path);
    raw.exec('DROP INDEX articles_duplicate_of; DELETE FROM schema_migrations WHERE version > 1;');
    raw.close();
    const again = await openStore({ path });
    assert.deepEqual([(await again.stats()).schemaVersion, (await again.stats()).articles], [2, 1]);
    await again.close();
    const check = new Database(path, { readonly: true });
    assert.ok(check.prepare("SELECT 1 FROM sqlite_master WHERE name = 'articles_duplicate_of'").get());
    check.close();
  });

  it('takes its path from STANDPOINT_DB when none is given', async () => {
    const path = join(dir, 'env.db');
    const before = process.env.STANDPOINT_DB;
    process.env.STANDPOINT_DB = path;
    try {
      const s = await openStore();
      assert.equal(s.location, path);
      await s.close();
    } finally {
      if (before === undefined) delete process.env.STANDPOINT_DB;
      else process.env.STANDPOINT_DB = before;
    }
  });
});
