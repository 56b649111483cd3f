// Streaming ingest with an injected analyzer: order, bounded read-ahead, failures reported, stored articles skipped.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError, type Article } from '../../src/core/index.js';
import type { V1Output } from '../../src/contract/index.js';
import type { IngestResult } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/index.js';
import { ingestInto, type IngestOutcome } from '../../src/workers/index.js';
import { build } from './build.js';

const dir = mkdtempSync(join(tmpdir(), 'standpoint-run-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => openStore({ path: join(dir, `run-${n++}.db`) });

const TOWNS = ['Brenna', 'Port Alder', 'Kessel', 'Ostmark', 'Varn', 'Lindau', 'Torvik', 'Helm', 'Sarre', 'Quill', 'Mora', 'Dunn'];
const fixtures = TOWNS.map((t, i) => build({ text: `The council of ${t} voted on item ${i} of the harbour budget on a rainy Tuesday.`, published: `2024-06-${String(i + 1).padStart(2, '0')}` }));
const byId = new Map(fixtures.map((f) => [f.article.id, f.v1]));

async function* stream(items: readonly (Article | string)[], read: { count: number }): AsyncGenerator<IngestResult> {
  for (const x of items) {
    read.count++;
    if (typeof x === 'string') yield { ok: false, input: x, error: new InputError('INPUT_MALFORMED', x, 'not an article') };
    else yield { ok: true, article: x };
  }
}

describe('ingestInto', () => {
  it('writes in input order, reports failures with reasons, and never reads more than the queue ahead', async () => {
    const store = await fresh();
    const read = { count: 0 };
    let inFlight = 0;
    let maxAhead = 0;
    const written: string[] = [];
    const analyze = async (a: Article): Promise<V1Output> => {
      inFlight++;
      maxAhead = Math.max(maxAhead, read.count - written.length);
      // Later articles finish first: the writer must still keep input order.
      await new Promise((r) => setTimeout(r, 30 - (fixtures.findIndex((f) => f.article.id === a.id) % 5) * 6));
      inFlight--;
      if (a.text.includes('Kessel')) throw new Error('stage exploded');
      return byId.get(a.id)!;
    };
    const items: (Article | string)[] = fixtures.map((f) => f.article);
    items.splice(5, 0, 'broken.html');
    const summary = await ingestInto(store, stream(items, read), { jobs: 0, analyze, queueSize: 4, onOutcome: (o: IngestOutcome) => written.push(o.input) });
    assert.deepEqual([summary.read, summary.new, summary.failed], [13, 11, 2]);
    assert.deepEqual(summary.failures.map((f) => f.reason), ['analysis failed: stage exploded', 'not an article']);
    assert.equal(written[5], 'broken.html');
    assert.ok(maxAhead <= 4, `read ${maxAhead} ahead of the writer`);
    assert.equal(inFlight, 0);
    const rerun = await ingestInto(store, stream(fixtures.map((f) => f.article), { count: 0 }), {
      jobs: 0,
      analyze: () => assert.fail('stored articles must not be analyzed again'),
    });
    assert.deepEqual([rerun.new, rerun.unchanged], [0, 11]);
    // The failed article is retried on the next run.
    const retry = await ingestInto(store, stream([fixtures[2].article], { count: 0 }), { jobs: 0, analyze: (a) => byId.get(a.id)! });
    assert.equal(retry.new, 1);
    await store.close();
  });
});
