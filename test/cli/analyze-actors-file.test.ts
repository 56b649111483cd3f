// `analyze --actors FILE`: a bad dictionary stops the run once, with an error naming the file; a good one is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sp-actors-file-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'Lord Varro of the Tessaly Guild met Ivo Marsk on Monday.\n');

function analyze(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin', 'standpoint'), 'analyze', '--format', 'json', ...args], {
    env: { ...process.env, STANDPOINT_FROM_SOURCE: '1' },
    encoding: 'utf8',
  });
}

test('analyze --actors: a malformed dictionary fails once, before any article, with exit 2 and the file named', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{ not json');
  const r = analyze('--actors', bad, article, article);
  assert.equal(r.status, 2);
  const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('standpoint:'));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], new RegExp(`--actors ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*JSON`));
  assert.equal(r.stdout.trim(), '');
});

test('analyze --actors: a missing dictionary is a usage error naming the file', () => {
  const missing = join(dir, 'missing.json');
  const r = analyze('--actors', missing, article);
  assert.equal(r.status, 2);
  assert.ok(r.stderr.includes(missing), r.stderr);
});

test('analyze --actors: a good dictionary resolves its actors', () => {
  const good = join(dir, 'good.json');
  writeFileSync(good, JSON.stringify([{ name: 'Tessaly Guild', aliases: [], kind: 'organization', country: 'TSY', sector: 'BUS' }]));
  const r = analyze('--actors', good, article);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const guild = (Array.isArray(out) ? out[0] : out).actors.find((a: { name: string }) => a.name === 'Tessaly Guild');
  assert.ok(guild, r.stdout);
  assert.equal(guild.country, 'TSY');
});
