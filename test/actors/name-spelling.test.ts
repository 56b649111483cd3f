// Name-spelling model: invented names rank person / place / organization / common word by their letters alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError } from '../../src/core/index.js';
import {
  SPELLING_CLASSES,
  SpellingScorer,
  loadSpellingModel,
  nameWords,
  parseSpellingModel,
  spellingResult,
  spellingScores,
  withPriors,
  wordShape,
  type SpellingClass,
} from '../../src/actors/name-spelling.js';

/** Names (mostly invented) whose spelling alone should say what they are, with the class that must rank first. */
const CLEAR: readonly [string, SpellingClass][] = [
  // surnames and full names
  ['Kowalczyk', 'person'],
  ['Brennerman', 'person'],
  ['Dvořáková', 'person'],
  ['Ivanovich', 'person'],
  ['Anna Kowalczyk', 'person'],
  ['Tomasz Wrzesniewski', 'person'],
  ['Marguerite Delacroixe', 'person'],
  ['Kemal Oyelaran', 'person'],
  // places
  ['Northbridge', 'place'],
  ['Lakeport', 'place'],
  ['Glenbrook', 'place'],
  ['Riverton', 'place'],
  ['Bergheimstadt', 'place'],
  ['Szczebrzyn', 'place'],
  ['Lake Varnoa', 'place'],
  ['Oderbrook River', 'place'],
  ['Port Velmar', 'place'],
  // organizations
  ['Globex Holdings', 'organization'],
  ['Acme Corp', 'organization'],
  ['Initech Inc.', 'organization'],
  ['Veltrana Group', 'organization'],
  ['Ministry of Forestry', 'organization'],
  ['Valdorian National Bank', 'organization'],
  ['University of Lakeport', 'organization'],
  ['Hansen & Moreau', 'organization'],
  // common words a sentence may start with
  ['Officials', 'other'],
  ['However', 'other'],
  ['Minister', 'other'],
];

test('name spelling: the clear class ranks first', () => {
  for (const [name, want] of CLEAR) {
    const r = spellingResult(name);
    assert.equal(r.best, want, `${name}: ${JSON.stringify(r.scores)}`);
  }
});

test('name spelling: pairs rank in the right order', () => {
  // [name, higher class, lower class]
  const pairs: [string, SpellingClass, SpellingClass][] = [
    ['Kowalczyk', 'person', 'place'],
    ['Nakamuro', 'person', 'organization'],
    ['Lakeport', 'place', 'person'],
    ['Brenford Analytics', 'organization', 'person'],
    ['Brenford Analytics', 'organization', 'place'],
    ['ZVKT', 'organization', 'person'],
    ['Tuesdays', 'other', 'organization'],
  ];
  for (const [name, hi, lo] of pairs) {
    const s = spellingScores(name);
    assert.ok(s[hi] > s[lo], `${name}: ${hi} ${s[hi]} should exceed ${lo} ${s[lo]}`);
  }
});

test('name spelling: a head word turns a surname into an organization or a place', () => {
  const alone = spellingScores('Kowalczyk');
  const firm = spellingScores('Kowalczyk Holdings');
  const street = spellingScores('Kowalczyk Street');
  assert.ok(firm.organization > alone.organization && firm.organization > 0.5);
  assert.ok(street.place > alone.place && street.place > 0.5);
});

test('name spelling: scores are probabilities and the result is consistent', () => {
  for (const name of ['Kowalczyk', 'Lakeport', 'Globex Holdings', 'However', 'X']) {
    const r = spellingResult(name);
    const ps = SPELLING_CLASSES.map((c) => r.scores[c]);
    assert.ok(ps.every((p) => p >= 0 && p <= 1));
    assert.ok(Math.abs(ps.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    assert.equal(r.best, SPELLING_CLASSES[ps.indexOf(Math.max(...ps))]);
    const sorted = [...ps].sort((a, b) => b - a);
    assert.ok(Math.abs(r.margin - (sorted[0]! - sorted[1]!)) < 1e-9);
    assert.equal(r.logits.length, SPELLING_CLASSES.length);
  }
});

test('name spelling: a possessive, quotes and surrounding punctuation do not change the score', () => {
  const plain = spellingScores('Kowalczyk');
  for (const v of ['Kowalczyk’s', "Kowalczyk's", '“Kowalczyk,”', '(Kowalczyk)']) assert.deepEqual(spellingScores(v), plain, v);
  assert.deepEqual(nameWords('  Globex   Holdings’s '), ['Globex', 'Holdings']);
});

test('name spelling: word shapes collapse runs', () => {
  const cases: [string, string][] = [
    ['Kowalczyk', 'Xx'],
    ['McGraw', 'XxXx'],
    ['NATO', 'XX'],
    ["O'Brien", "X'Xx"],
    ['J.', 'X.'],
    ['Vasquez-Ortega', 'Xx-Xx'],
    ['G7', 'Xd'],
  ];
  for (const [w, shape] of cases) assert.equal(wordShape(w), shape, w);
});

test('name spelling: the per-word cache gives the same scores as a fresh scorer', () => {
  const model = loadSpellingModel();
  const cached = new SpellingScorer(model, 2);
  const names = ['Kowalczyk', 'Lakeport', 'Anna Kowalczyk', 'Kowalczyk', 'Globex Holdings', 'Lakeport'];
  for (const n of names) assert.deepEqual(cached.score(n), new SpellingScorer(model).score(n), n);
});

test('name spelling: a malformed model file is a DataError naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spelling-'));
  const good = { classes: [...SPELLING_CLASSES], bits: 8, scale: 0.01, bias: [0, 0, 0, 0], weights: Buffer.alloc(256 * 4).toString('base64') };
  assert.ok(parseSpellingModel(good).weights.length === 256 * 4);
  const bad: [string, unknown][] = [
    ['classes', { ...good, classes: ['person', 'place'] }],
    ['bits', { ...good, bits: 3 }],
    ['scale', { ...good, scale: 0 }],
    ['bias', { ...good, bias: [0, 0] }],
    ['weight bytes', { ...good, weights: Buffer.alloc(10).toString('base64') }],
  ];
  for (const [what, json] of bad) {
    const file = join(dir, `${what.replace(' ', '-')}.json`);
    writeFileSync(file, JSON.stringify(json));
    assert.throws(() => loadSpellingModel(file), (e: unknown) => e instanceof DataError && e.file === file && e.message.includes(what.split(' ')[0]!), what);
  }
  const notJson = join(dir, 'not.json');
  writeFileSync(notJson, '{');
  assert.throws(() => loadSpellingModel(notJson), DataError);
  assert.throws(() => loadSpellingModel(join(dir, 'missing.json')), DataError);
});

test('name spelling: an all-zero model gives equal scores', () => {
  const flat = new SpellingScorer(parseSpellingModel({ classes: [...SPELLING_CLASSES], bits: 8, scale: 1, bias: [0, 0, 0, 0], weights: Buffer.alloc(1024).toString('base64') }));
  const r = flat.score('Anything');
  for (const c of SPELLING_CLASSES) assert.ok(Math.abs(r.scores[c] - 0.25) < 1e-12);
  assert.equal(r.margin, 0);
});

test('name spelling: priors shift the scores and keep them probabilities', () => {
  const s = spellingScores('Klingmar');
  const p = withPriors(s, { person: 4 });
  assert.ok(p.person > s.person && p.place < s.place);
  assert.ok(Math.abs(p.person + p.place + p.organization + p.other - 1) < 1e-9);
  const same = withPriors(s, {});
  for (const c of SPELLING_CLASSES) assert.ok(Math.abs(same[c] - s[c]) < 1e-12, c);
  const onlyPlaces = withPriors(s, { person: 0, organization: 0, other: 0 });
  assert.equal(onlyPlaces.place, 1);
  assert.throws(() => withPriors(s, { person: -1 }), RangeError);
});
