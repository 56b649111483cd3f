import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, eventsOf } from './helpers.js';

// One hand-written sentence per PLOVER category: [text, expected "TYPE source -> target", expected mode or undefined].
const cases: [string, string, string?][] = [
  ['Ruritania agreed with Freedonia on a new border crossing.', 'AGREE Ruritania -> Freedonia'],
  ['Ada Lorne met Tomas Vell in Geneva.', 'CONSULT Ada Lorne -> Tomas Vell', 'meet'],
  ['Sylvania praised Ruritania for its restraint.', 'SUPPORT Sylvania -> Ruritania'],
  ['Freedonia lifted the curfew on Ruritanian traders.', 'CONCEDE Freedonia -> Ruritania'],
  ['Ruritania shared intelligence with Sylvania.', 'COOPERATE Ruritania -> Sylvania'],
  ['Sylvania sent rifles to Freedonia.', 'AID Sylvania -> Freedonia', 'military'],
  ['Sylvania donated a million ducats to Freedonia.', 'AID Sylvania -> Freedonia'],
  ['Freedonia withdrew its troops from Ruritania.', 'RETREAT Freedonia -> Ruritania', 'withdraw'],
  ['Sylvania urged Freedonia to halt the offensive.', 'REQUEST Sylvania -> Freedonia'],
  ['Ruritania accused Freedonia of spying.', 'ACCUSE Ruritania -> Freedonia'],
  ['Freedonia rejected the Sylvanian proposal.', 'REJECT Freedonia -> Sylvania'],
  ['Ruritania threatened Freedonia with new tariffs.', 'THREATEN Ruritania -> Freedonia'],
  ['Ruritanian farmers protested against Freedonia.', 'PROTEST Ruritania -> Freedonia'],
  ['Sylvania imposed sanctions on Freedonia.', 'SANCTION Sylvania -> Freedonia'],
  ['Sylvania broke off diplomatic relations with Freedonia.', 'SANCTION Sylvania -> Freedonia', 'break-relations'],
  ['Freedonia deployed troops to the Ruritanian border.', 'MOBILIZE Freedonia -> Ruritania'],
  ['Freedonian police arrested Ruritanian journalists.', 'COERCE Freedonia -> Ruritania', 'arrest'],
  ['Freedonia shelled Ruritanian villages.', 'ASSAULT Freedonia -> Ruritania', 'heavy-weapons'],
  ['Freedonia fired two rockets at Ruritania on Thursday.', 'ASSAULT Freedonia -> Ruritania'],
  ['Sylvanian guards abused Freedonian detainees for months.', 'ASSAULT Sylvania -> Freedonia'],
  ['Ruritanian police used water cannon to disperse Freedonian protesters.', 'COERCE Ruritania -> Freedonia'],
  ['Ruritanian police fired tear gas at Freedonian students.', 'COERCE Ruritania -> Freedonia'],
  ['Freedonian jets struck Ruritanian positions overnight.', 'ASSAULT Freedonia -> Ruritania'],
  ['Freedonian troops seized the town from Ruritania.', 'ASSAULT Freedonia -> Ruritania', 'occupy'],
];

for (const [text, expected, mode] of cases) {
  test(`events: ${expected.split(' ')[0]} from "${text}"`, () => {
    const { events, actor } = eventsOf(text);
    const hit = events.find((e) => brief(e, actor) === expected);
    assert.ok(hit, `expected ${expected}, got ${events.map((e) => brief(e, actor)).join('; ') || 'nothing'}`);
    assert.equal(hit.negated, false);
    assert.equal(hit.modality, 'asserted');
    if (mode) assert.equal(hit.mode, mode);
    assert.ok(hit.score >= -10 && hit.score <= 10);
    assert.ok(hit.why && hit.why.length > 0, 'every event says which pattern fired');
    assert.equal(text.slice(hit.trigger.start, hit.trigger.end), hit.trigger.text);
  });
}

test('events: cooperation scores positive, conflict negative', () => {
  const coop = eventsOf('Sylvania sent rifles to Freedonia.').events[0]!;
  const conflict = eventsOf('Freedonia shelled Ruritanian villages.').events[0]!;
  assert.ok(coop.score > 0 && conflict.score < 0);
});

test('events: no actor on the subject side means no event', () => {
  const { events } = eventsOf('Unknown gunmen shelled Ruritanian villages.');
  assert.deepEqual(events, []);
});

test('events: a required recipient that is not an actor means no event (AID)', () => {
  const { events } = eventsOf('Sylvania sent rifles to the region.');
  assert.deepEqual(events, []);
});

test('events: a strike with an object is an attack, not a labour strike', () => {
  const { events, actor } = eventsOf('Freedonian jets struck Ruritanian positions overnight.');
  assert.deepEqual(events.map((e) => brief(e, actor)), ['ASSAULT Freedonia -> Ruritania']);
  // An object the clause parse misses (a quoted phrase) still rules out the labour strike.
  const quoted = eventsOf('Freedonia struck "terror targets" belonging to the Brightwater Front overnight.');
  assert.ok(!quoted.events.some((e) => e.type === 'PROTEST'), JSON.stringify(quoted.events.map((e) => brief(e, quoted.actor))));
});
