import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerBound, upperBound } from '../../src/core/index.js';

// Spans as a tokenizer would lay them out: sorted, some touching, one gap, one empty.
const spans = [
  { start: 0, end: 4 },
  { start: 5, end: 9 },
  { start: 9, end: 10 },
  { start: 14, end: 20 },
  { start: 20, end: 20 },
];
const start = (s: { start: number }): number => s.start;
const end = (s: { end: number }): number => s.end;

/** The same answers by a linear scan, to compare with. */
const firstWhere = <T>(items: readonly T[], ok: (x: T) => boolean): number => {
  const i = items.findIndex(ok);
  return i < 0 ? items.length : i;
};

test('lowerBound: the first item whose key is at or after the value', () => {
  const rows: [number, number][] = [
    [-3, 0],
    [0, 0],
    [1, 1],
    [5, 1],
    [9, 2],
    [9.5, 3],
    [14, 3],
    [20, 4],
    [21, 5],
  ];
  for (const [value, expected] of rows) assert.equal(lowerBound(spans, value, start), expected, `value ${value}`);
});

test('upperBound: the first item whose key is after the value', () => {
  const rows: [number, number][] = [
    [-1, 0],
    [3, 0],
    [4, 1],
    [9, 2],
    [10, 3],
    [19, 3],
    [20, 5],
  ];
  for (const [value, expected] of rows) assert.equal(upperBound(spans, value, end), expected, `value ${value}`);
});

test('lowerBound and upperBound: equal keys — lower bound before the run, upper bound after it', () => {
  const keys = [1, 2, 2, 2, 3];
  assert.equal(lowerBound(keys, 2, (k) => k), 1);
  assert.equal(upperBound(keys, 2, (k) => k), 4);
});

test('lowerBound and upperBound: an empty list gives 0', () => {
  assert.equal(lowerBound([], 5, (k: number) => k), 0);
  assert.equal(upperBound([], 5, (k: number) => k), 0);
});

test('lowerBound and upperBound agree with a linear scan on every offset of a sorted list', () => {
  const keys = [0, 0, 3, 4, 4, 4, 7, 12, 12, 30];
  for (let v = -2; v <= 32; v++) {
    assert.equal(lowerBound(keys, v, (k) => k), firstWhere(keys, (k) => k >= v), `lower ${v}`);
    assert.equal(upperBound(keys, v, (k) => k), firstWhere(keys, (k) => k > v), `upper ${v}`);
  }
});

test('lowerBound: the key function can look items up elsewhere (an order of indices)', () => {
  const marked = [{ start: 30 }, { start: 2 }, { start: 17 }];
  const byStart = [1, 2, 0];
  assert.equal(lowerBound(byStart, 10, (i) => marked[i].start), 1);
  assert.equal(byStart[lowerBound(byStart, 18, (i) => marked[i].start)], 0);
});
