import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, Doc, PipelineError, type Stage } from '../../src/core/index.js';
import { makeArticle } from '../../src/ingest/index.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns']): Stage => ({
  name,
  requires,
  assigns,
  run(doc) {
    for (const layer of assigns) doc.set(layer, [] as never);
  },
});

test('pipeline: a stage that requires a layer no earlier stage assigns is refused when built', () => {
  assert.throws(() => createPipeline([stage('quotes', ['actors'], ['quotes'])]), (err: unknown) => {
    assert.ok(err instanceof PipelineError);
    assert.match((err as Error).message, /requires layer "actors"/);
    return true;
  });
});

test('pipeline: two stages assigning the same layer are refused', () => {
  assert.throws(() => createPipeline([stage('a', [], ['tokens']), stage('b', [], ['tokens'])]), /both assign "tokens"/);
});

test('pipeline: a stage that forgets to write its layer fails the run', () => {
  const lazy: Stage = { name: 'lazy', requires: [], assigns: ['tokens'], run() {} };
  const doc = new Doc(makeArticle({ text: 'x' }));
  assert.throws(() => createPipeline([lazy]).run(doc), /did not write "tokens"/);
});

test('doc: layers are written once', () => {
  const doc = new Doc(makeArticle({ text: 'x' }));
  doc.set('quotes', []);
  assert.throws(() => doc.set('quotes', []), /already written/);
  assert.throws(() => doc.get('events'), /has not been written/);
});
