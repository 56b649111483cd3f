import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../../src/core/index.js';
import { boilerplateRules } from '../../src/ingest/index.js';

test('the shipped boilerplate rules load and compile', () => {
  const rules = boilerplateRules();
  assert.ok(rules.classTokens.has('share'));
  assert.ok(rules.weakClassTokens.has('caption'));
  assert.ok(rules.junkLines.some((re) => re.test('Read more: Port workers strike')));
  assert.ok(rules.tailJunk.length > 0);
});

test('a malformed rules file fails with DataError naming the file and the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-rules-'));
  const cases: [content: string, message: RegExp][] = [
    ['not json', /invalid JSON/],
    ['[]', /expected a JSON object/],
    [JSON.stringify({ classTokens: 'share' }), /"classTokens" must be a list of non-empty strings/],
    [JSON.stringify({ classTokens: [], weakClassTokens: [], keepTokens: [], classPrefixes: [], junkLines: ['(unclosed'], tailJunk: [] }), /bad junkLines pattern "\(unclosed"/],
  ];
  cases.forEach(([content, message], i) => {
    const file = join(dir, `rules-${i}.json`);
    writeFileSync(file, content);
    assert.throws(() => boilerplateRules(file), (err: unknown) => err instanceof DataError && err.message.includes(file) && message.test(err.message));
  });
});
