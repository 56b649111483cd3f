// Small pure parts of the server: the relations graph, error mapping, and date validation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InputError, StandpointError } from '../../src/core/index.js';
import type { EventRow } from '../../src/store/index.js';
import { ApiError, toErrorResponse } from '../../src/server/api-error.js';
import { relationGraph } from '../../src/server/pages/relations.js';
import { isoDay } from '../../src/server/schemas.js';

const ref = (actor: string | null, name: string) => ({ actor, name, text: name });
function event(source: ReturnType<typeof ref> | null, target: ReturnType<typeof ref> | null, score: number, negated = false): EventRow {
  return {
    kind: 'EventRow', id: 'x:e1', article: 'x', articleTitle: null, outlet: null, published: null, date: null, story: null,
    type: 'ACCUSE', mode: null, negated, modality: 'asserted', score, cameo: null, source, target, trigger: 'accused', sentence: 0, sentenceText: '',
  };
}

describe('relationGraph', () => {
  const nor = ref('country:NOR', 'Norway');
  const dnk = ref('country:DNK', 'Denmark');
  const swe = ref('country:SWE', 'Sweden');
  test('links are directed, averaged, and skip unresolved sides and self-links; negated events count as 0', () => {
    const g = relationGraph([
      event(nor, dnk, -4),
      event(nor, dnk, -2),
      event(nor, dnk, 6, true),
      event(dnk, nor, 3),
      event(swe, ref(null, 'fishermen'), -5),
      event(null, nor, -5),
      event(nor, nor, 2),
    ]);
    assert.deepEqual(g.links, [
      { source: 'country:NOR', target: 'country:DNK', events: 3, score: -2 },
      { source: 'country:DNK', target: 'country:NOR', events: 1, score: 3 },
    ]);
    assert.deepEqual(g.nodes.map((n) => [n.id, n.events]), [['country:NOR', 4], ['country:DNK', 4]]);
  });
});

describe('toErrorResponse', () => {
  const cases: [string, unknown, number, string][] = [
    ['api error', new ApiError(404, 'NOT_FOUND', 'gone'), 404, 'NOT_FOUND'],
    ['empty input', new InputError('INPUT_EMPTY', 'request', 'no text'), 422, 'INPUT_EMPTY'],
    ['refused fetch', new InputError('FETCH_FORBIDDEN', 'http://10.0.0.1/', 'private'), 403, 'FETCH_FORBIDDEN'],
    ['fetch timeout', new InputError('FETCH_TIMEOUT', 'http://example.org/', 'slow'), 504, 'FETCH_TIMEOUT'],
    ['too large', new InputError('INPUT_TOO_LARGE', 'x', 'big'), 413, 'INPUT_TOO_LARGE'],
    ['usage', new StandpointError('USAGE', 'invalid cursor'), 400, 'USAGE'],
    ['store failure hides its message', new StandpointError('STORE_FAILED', 'disk path /secret/x'), 500, 'STORE_FAILED'],
    ['unexpected error hides its message', new TypeError('x is undefined'), 500, 'INTERNAL'],
  ];
  for (const [name, err, status, code] of cases) {
    test(name, () => {
      const r = toErrorResponse(err);
      assert.equal(r.status, status);
      assert.equal(r.body.error.code, code);
      if (status === 500) assert.doesNotMatch(r.body.error.message, /secret|undefined/);
    });
  }
});

describe('isoDay', () => {
  const cases: [string, boolean][] = [
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-1-5', false],
    ['20250105', false],
    ['2025-01-05T00:00:00Z', false],
  ];
  for (const [value, ok] of cases) test(`${value} → ${ok ? 'valid' : 'invalid'}`, () => assert.equal(isoDay.safeParse(value).success, ok));
});
