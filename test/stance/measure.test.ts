// Stance arithmetic on hand-built items: weights, negation, once-per-story counting, periods, polarity, issues.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregate, MODALITY_WEIGHT, parseIssue, periodOf, QUOTE_WEIGHT, quotePolarity, valueOf, type StanceItem } from '../../src/stance/index.js';

let n = 0;
function item(over: Partial<StanceItem>): StanceItem {
  n++;
  return {
    kind: 'event', id: `x${n}`, article: `art${n}`, title: null, outlet: null, story: `s${n}`, date: '2024-03-04', text: '…',
    raw: 0, modality: 'asserted', negated: false, key: `k${n}`, why: 'test', ...over,
  };
}

describe('stance: value and weight of one item', () => {
  const cases: [string, Partial<StanceItem>, number, number][] = [
    ['asserted ACCUSE', { raw: -5 }, -5, 1],
    ['reported THREATEN', { raw: -6, modality: 'reported' }, -6, 0.8],
    ['intended AID', { raw: 7, modality: 'intended' }, 7, 0.6],
    ['hypothetical ASSAULT', { raw: -9, modality: 'hypothetical' }, -9, 0.3],
    ['negated ACCUSE ("avoided condemning")', { raw: -5, negated: true }, 2.5, 1],
    ['negated AGREE', { raw: 4, negated: true }, -2, 1],
    ['quote, asserted', { kind: 'quote', raw: 3 }, 3, QUOTE_WEIGHT],
  ];
  for (const [name, over, value, weight] of cases) {
    it(name, () => {
      const v = valueOf(item(over));
      assert.equal(v.value, value);
      assert.ok(Math.abs(v.weight - weight) < 1e-9, `${v.weight} ≠ ${weight}`);
    });
  }
  it('modality weights are ordered asserted > reported > intended > hypothetical', () => {
    assert.ok(MODALITY_WEIGHT.asserted > MODALITY_WEIGHT.reported && MODALITY_WEIGHT.reported > MODALITY_WEIGHT.intended && MODALITY_WEIGHT.intended > MODALITY_WEIGHT.hypothetical);
  });
});

describe('stance: aggregation', () => {
  it('weighted mean per period: (1×−5 + 0.3×+6) / 1.3', () => {
    const agg = aggregate([item({ raw: -5 }), item({ raw: 6, modality: 'hypothetical' })], 'week');
    assert.equal(agg.points.length, 1);
    assert.equal(agg.points[0].score, Math.round(((-5 + 0.3 * 6) / 1.3) * 100) / 100);
    assert.equal(agg.points[0].weight, 1.3);
    assert.equal(agg.points[0].events, 2);
  });

  it('the same act in four copies of one story counts once; the earliest copy counts', () => {
    const copies = ['2024-03-05', '2024-03-04', '2024-03-06', '2024-03-05'].map((date, i) =>
      item({ raw: -5, story: 'wire', key: 'event|ACCUSE|CHN|USA', date, article: `copy${i}` }),
    );
    const agg = aggregate([...copies, item({ raw: 5, story: 'talks', key: 'event|AGREE|CHN|USA', date: '2024-03-07' })], 'week');
    const p = agg.points[0];
    assert.equal(p.events, 2);
    assert.equal(p.stories, 2);
    assert.equal(p.score, 0);
    assert.equal(p.evidence.length, 5);
    assert.equal(p.evidence.filter((e) => e.counted).length, 2);
    assert.equal(p.evidence.find((e) => e.counted && e.key.includes('ACCUSE'))?.date, '2024-03-04');
  });

  it('different acts within one story each count', () => {
    const agg = aggregate([item({ raw: -5, story: 'w', key: 'a' }), item({ raw: -2, story: 'w', key: 'b' })], 'day');
    assert.equal(agg.points[0].events, 2);
    assert.equal(agg.points[0].score, -3.5);
  });

  it('splits into periods in date order and leaves undated items out of the series only', () => {
    const agg = aggregate(
      [item({ raw: 2, date: '2024-03-20' }), item({ raw: -4, date: '2024-03-04' }), item({ raw: -4, date: '2024-03-05' }), item({ raw: 8, date: null })],
      'week',
    );
    assert.deepEqual(agg.points.map((p) => [p.period, p.score, p.events]), [['2024-W10', -4, 2], ['2024-W12', 2, 1]]);
    assert.equal(agg.overall.events, 4);
    assert.equal(agg.overall.score, 0.5);
  });

  it('no evidence, no score', () => {
    const agg = aggregate([], 'month');
    assert.deepEqual(agg.points, []);
    assert.equal(agg.overall.score, null);
  });
});

describe('stance: periods', () => {
  const cases: [string, 'day' | 'week' | 'month', string, string, string][] = [
    ['2024-03-06', 'day', '2024-03-06', '2024-03-06', '2024-03-06'],
    ['2024-03-06', 'week', '2024-W10', '2024-03-04', '2024-03-10'],
    ['2024-03-10', 'week', '2024-W10', '2024-03-04', '2024-03-10'],
    ['2024-12-30', 'week', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2021-01-03', 'week', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-02-14', 'month', '2024-02', '2024-02-01', '2024-02-29'],
    ['2024-03-18T10:00:00Z', 'day', '2024-03-18', '2024-03-18', '2024-03-18'],
  ];
  for (const [date, by, period, start, end] of cases) {
    it(`${date} by ${by} → ${period}`, () => assert.deepEqual(periodOf(date, by), { period, start, end }));
  }
});

describe('stance: quote polarity', () => {
  const cases: [string, number | null][] = [
    ['We welcome dialogue and support every effort toward peace.', 4.8], // 4 support words: 6 × 4 / 5,
    ['China firmly opposes these illegal unilateral sanctions.', -4.8],
    ['We condemn the attack.', -3],
    ['We do not support the plan.', -3],
    ['The meeting is on Tuesday.', null],
    ['We praise the talks but condemn the shelling.', 0], // one each way: 6 × 0 / 3,
  ];
  for (const [text, raw] of cases) {
    it(text, () => {
      const p = quotePolarity(text);
      if (raw === null) assert.equal(p, null);
      else assert.equal(p?.raw, raw);
    });
  }
});

describe('stance: issues', () => {
  const cases: [string, string[][]][] = [
    ['Russia war', [['Russia'], ['Ukraine'], ['war', 'invasion', 'offensive', 'ceasefire', 'troops', 'missiles']]],
    ['Valdoria + Ostrava + border|river', [['Valdoria'], ['Ostrava'], ['border', 'river']]],
    ['fishing quotas', [['fishing'], ['quotas']]],
    ['tariffs|duties', [['tariffs', 'duties']]],
  ];
  for (const [q, groups] of cases) it(q, () => assert.deepEqual(parseIssue(q).groups, groups));
});
