// `standpoint serve --ingest`: one command ingests articles into a store and serves the UI and API.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FISHERIES } from './fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');

test('serve --ingest DIR --port 0 stores the articles and answers on 127.0.0.1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-serve-cli-'));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, 'fisheries.txt'), `${FISHERIES.title}\n\nSource: ${FISHERIES.source}\n\n${FISHERIES.text}\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--db', join(dir, 's.db'), '--port', '0', '--ingest', articles], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 60 s; stderr: ${stderr}`)), 60000);
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
        const m = stderr.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    assert.match(stderr, /ingested 1 articles \(1 new/);
    const health = (await (await fetch(`${url}/api/v1/health`)).json()) as { store: { articles: number } };
    assert.equal(health.store.articles, 1);
    // Request-time analysis runs on the worker pool.
    const analyzed = await fetch(`${url}/api/v1/analyze`, { method: 'POST', body: JSON.stringify({ text: 'Norway thanked Denmark for the rescue ships.' }), headers: { 'content-type': 'application/json' } });
    assert.equal(analyzed.status, 200);
    assert.ok(((await analyzed.json()) as { actors: { name: string }[] }).actors.some((a) => a.name === 'Norway'));
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Norway Accuses Denmark/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve refuses a public host without a token (usage error, exit 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-serve-cli-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), 'serve', '--db', join(dir, 's.db'), '--host', '0.0.0.0', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, STANDPOINT_TOKEN: '' },
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
  assert.equal(code, 2, stderr);
  assert.match(stderr, /--token/);
});
