// Golden files for whole articles: ingest metadata, text and sentence spans (not the later stages, which change
// on their own schedule). Refresh with UPDATE_GOLDEN=1 and review the diff by eye.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis/index.js';
import { readInputs } from '../../src/ingest/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const GOLDEN = import.meta.dirname;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const cases: [fixture: string, golden: string][] = [
  ['pages/lantern-ferry.html', 'lantern-ferry.json'],
  ['dumps/breadcrumb-arrows.txt', 'breadcrumb-arrows.json'],
];

for (const [fixture, golden] of cases) {
  test(`golden: ${fixture}`, async () => {
    const results = [];
    for await (const r of readInputs([join(FIXTURES, fixture)])) results.push(r);
    assert.equal(results.length, 1);
    const r = results[0];
    if (!r.ok) throw r.error;
    const out = analyze(r.article);
    const got = {
      title: out.title,
      source: out.source,
      byline: out.byline,
      published: out.published,
      url: out.url,
      text: out.text,
      sentences: out.sentences.map((s) => ({ start: s.start, end: s.end, text: out.text.slice(s.start, s.end) })),
    };
    const path = join(GOLDEN, golden);
    if (UPDATE || !existsSync(path)) {
      if (!UPDATE) assert.fail(`${golden} is missing; run with UPDATE_GOLDEN=1 to create it`);
      writeFileSync(path, JSON.stringify(got, null, 2) + '\n');
      return;
    }
    assert.deepEqual(got, JSON.parse(readFileSync(path, 'utf8')));
  });
}
