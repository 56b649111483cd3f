// The example corpus through the CLI: ingested twice (second run adds nothing), stories fold the wire copies, and
// stance answers with each act counted once per story.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = join(root, 'examples', 'articles');
const dir = mkdtempSync(join(tmpdir(), 'standpoint-examples-'));
const db = join(dir, 'examples.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'standpoint'), ...args, '--db', db], { env: { ...process.env, STANDPOINT_FROM_SOURCE: '1' }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('example corpus', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.txt')).length;

  it('ingests every example, and a second run adds nothing', () => {
    const first = cli('ingest', '--jobs', '0', '--json', examples);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).new, files);
    const second = cli('ingest', '--jobs', '0', '--json', examples);
    assert.equal(second.status, 0, second.stderr);
    const s = JSON.parse(second.stdout);
    assert.deepEqual([s.new, s.version, s.unchanged, s.failed], [0, 0, files, 0]);
  });

  it('folds the four wire copies into one story with two independent reports', () => {
    const r = cli('stories', '--format', 'json', '--min-articles', '2');
    assert.equal(r.status, 0, r.stderr);
    const stories = JSON.parse(r.stdout) as { articles: number; independent: number; outlets: number }[];
    assert.deepEqual(stories.map((s) => [s.articles, s.independent, s.outlets]), [[5, 2, 5]]);
  });

  it('stance China toward the United States resolves both actors and counts each act once per story', () => {
    const r = cli('stance', 'China', '--toward', 'United States', '--by', 'week', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.actor.id, 'country:CHN');
    assert.equal(s.toward.id, 'country:USA');
    for (const p of s.points) {
      const counted = p.evidence.filter((e: { counted: boolean }) => e.counted);
      assert.ok(p.stories <= counted.length);
      // Folded items always have a counted twin in the same story.
      for (const e of p.evidence.filter((x: { counted: boolean }) => !x.counted)) assert.ok(counted.some((c: { story: string }) => c.story === e.story));
    }
  });

  it('stance on an issue and the query commands run in every format', () => {
    assert.equal(cli('stance', 'China', '--on', 'Russia war').status, 0);
    // One format per command keeps the test short; every format is exercised once.
    const runs: [string[], string][] = [
      [['quotes', '--by', 'China'], 'table'],
      [['events', '--source', 'Beijing'], 'json'],
      [['actors', '--search', 'Liu'], 'jsonl'],
      [['stories'], 'table'],
    ];
    for (const [args, format] of runs) {
      const r = cli(...args, '--format', format);
      assert.equal(r.status, 0, `${args.join(' ')} --format ${format}: ${r.stderr}`);
      if (format === 'json') assert.ok(Array.isArray(JSON.parse(r.stdout)));
      if (format === 'jsonl') for (const line of r.stdout.trim().split('\n').filter(Boolean)) JSON.parse(line);
    }
    const csv = cli('search', 'rare', 'minerals', '--format', 'csv', '--in', 'articles').stdout.trim().split('\n');
    assert.equal(csv[0], 'kind,date,title,speaker,snippet');
    assert.equal(csv.length, 6); // the four copies and the independent report mention the minerals
  });

  it('an unknown actor is a usage error', () => {
    const r = cli('stance', 'Atlantis', '--toward', 'China');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown actor "Atlantis"/);
  });
});
