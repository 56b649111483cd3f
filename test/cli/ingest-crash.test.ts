// `standpoint ingest`: idempotent reruns, and kill -9 midway then rerun gives the same database as one clean run.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { syntheticArticle } from '../../bench/util.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'standpoint');
const dir = mkdtempSync(join(tmpdir(), 'standpoint-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const N = 30;
const corpus = join(dir, 'corpus.jsonl');
writeFileSync(
  corpus,
  Array.from({ length: N }, (_, i) => {
    const a = syntheticArticle(1000 + i, 3);
    return JSON.stringify({ id: `syn-${i}`, title: a.title, text: a.text, published: a.published, source: `Outlet ${i % 4}` });
  }).join('\n') + '\n',
);

const env = (extra: Record<string, string> = {}) => ({ ...process.env, STANDPOINT_FROM_SOURCE: '1', ...extra });
const args = (db: string) => [bin, 'ingest', '--db', db, '--jobs', '2', '--input', 'jsonl', '--json', corpus];

function ingest(db: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args(db), { env: env(extra), encoding: 'utf8' });
  return { status: r.status, signal: r.signal, summary: r.status === 0 ? (JSON.parse(r.stdout) as Record<string, number>) : null, stderr: r.stderr };
}

/** Every table's rows in a fixed order, without ingest timestamps and FTS shadow tables; plus FTS answers. */
function canonicalDump(path: string): string {
  const db = new Database(path, { readonly: true });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'ingested_at');
    const quoted = cols.map((c) => `"${c}"`).join(', ');
    out[t] = db.prepare(`SELECT ${quoted} FROM ${t} ORDER BY ${quoted}`).raw().all().map((row) => (row as unknown[]).map((v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  out.fts = ['pressure', 'border', 'troops'].map((w) => (db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid').raw().all(w) as unknown[][]).flat());
  db.close();
  return JSON.stringify(out);
}

const count = (path: string): number => {
  try {
    const db = new Database(path, { readonly: true });
    const n = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    db.close();
    return n;
  } catch {
    return 0;
  }
};

describe('ingest: idempotent and crash-safe', () => {
  const clean = join(dir, 'clean.db');
  let cleanDump = '';

  it('a clean run stores every article; a second run adds nothing', () => {
    const first = ingest(clean);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.summary?.new, N);
    cleanDump = canonicalDump(clean);
    const second = ingest(clean);
    assert.equal(second.status, 0, second.stderr);
    assert.deepEqual([second.summary?.new, second.summary?.unchanged, second.summary?.failed], [0, N, 0]);
    assert.equal(canonicalDump(clean), cleanDump);
  });

  it('SIGKILL in the middle of writing an article leaves no trace of it; a rerun completes to the same database', () => {
    const db = join(dir, 'killed-in-transaction.db');
    const killed = ingest(db, { STANDPOINT_CRASH_AFTER_PUTS: '12' });
    assert.equal(killed.signal, 'SIGKILL');
    assert.equal(count(db), 12);
    const rerun = ingest(db);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.deepEqual([rerun.summary?.new, rerun.summary?.unchanged], [N - 12, 12]);
    assert.equal(canonicalDump(db), cleanDump);
  });

  it('kill -9 from outside at a random moment, then a rerun, gives the same database', async () => {
    const db = join(dir, 'killed-from-outside.db');
    const child = spawn(process.execPath, args(db), { env: env(), stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    // Wait until some articles are in, then kill without warning.
    for (let i = 0; i < 600 && count(db) < 5; i++) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');
    const partial = count(db);
    assert.ok(partial >= 5 && partial < N, `killed after ${partial} of ${N}`);
    const rerun = ingest(db);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.equal(rerun.summary?.new, N - partial);
    assert.equal(canonicalDump(db), cleanDump);
  });
});

describe('ingest: bad input', () => {
  it('reports failures with reasons, stores the rest, and exits 1', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ id: 'ok-1', text: 'The Valdorian cabinet met on Tuesday to discuss the budget.', published: '2024-03-05' })}\nnot json at all\n`);
    const db = join(dir, 'bad.db');
    const r = spawnSync(process.execPath, [bin, 'ingest', '--db', db, '--jobs', '1', '--input', 'jsonl', bad], { env: env(), encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /1 new .* 1 failed/);
    assert.match(r.stderr, /failed: .*bad\.jsonl/);
    assert.equal(count(db), 1);
  });
});
