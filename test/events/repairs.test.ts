import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, eventsOf } from './helpers.js';

// [what, text, events that must be present, events that must be absent]: repairs of tagger and clause mistakes.
const cases: [string, string, string[], string[]][] = [
  ['perfect participle read as a noun', 'Freedonian forces have retaken a strategic village in Ruritania.', ['ASSAULT Freedonia -> Ruritania'], []],
  ['perfect participle after an adverb', 'Freedonian forces have also retaken a strategic village in Ruritania.', ['ASSAULT Freedonia -> Ruritania'], []],
  ['no verb from a plain noun after "were"', 'The Freedonian envoys were children of Ruritanian diplomats.', [], ['ASSAULT Freedonia -> Ruritania']],
  [
    'a reporting clause after a comma is no appositive',
    'Freedonian rebels shelled the town on Sunday, killing 20 people, security officials in Geneva said.',
    [],
    ['ASSAULT Freedonia -> security officials'],
  ],
  ['an appositive with a participle is still one', 'Ada Lorne, a minister linked to the Brightwater Front, condemned Freedonia.', ['ACCUSE Ada Lorne -> Freedonia'], []],
  ['a deed named by a modifier alone is no event', 'Ada Lorne fled to Geneva after last month’s Freedonian invasion.', [], ['ASSAULT Freedonia -> -']],
  ['mandative verb read as a noun', 'Ruritania demanded that the Freedonian government end curbs on press freedom.', ['REQUEST Ruritania -> Freedonia'], []],
  ['mandative clause with its own verb is left alone', 'Ruritania demanded that the Freedonian government protest leaders be freed.', [], ['PROTEST Freedonia -> -']],
  ['resultative adjective after a passive verb', 'Three Ruritanian soldiers were shot dead in Freedonia.', ['ASSAULT Freedonia -> Ruritania'], []],
  ['adjectives listed with commas before the object', 'Ruritania is about to restore complete, full diplomatic ties with Freedonia.', ['SUPPORT Ruritania -> Freedonia'], []],
  [
    'a spelled-out number before "of" starts its own phrase',
    'Sylvania offered to hand over to Ruritania two of its citizens suspected of attacking Freedonia.',
    ['AGREE Sylvania -> Ruritania'],
    ['ASSAULT Ruritania -> Freedonia'],
  ],
  [
    'a recipient does not hang off the object through a "during" adjunct',
    'Ruritanian youths threw stones during rallies against abuses by Freedonian troops.',
    [],
    ['ASSAULT Ruritania -> Freedonia'],
  ],
  ['a recipient still hangs off the object right after it', 'Sylvania welcomed the resumption of ties between Ruritania and Freedonia.', ['SUPPORT Sylvania -> Ruritania'], []],
  ['a modifier deed with a recipient is one', 'The Freedonian invasion of Ruritania began at dawn.', ['ASSAULT Freedonia -> Ruritania'], []],
];

for (const [what, text, present, absent] of cases) {
  test(`repair: ${what}`, () => {
    const { events, actor } = eventsOf(text);
    const got = events.map((e) => brief(e, actor));
    for (const w of present) assert.ok(got.includes(w), `${w} missing; got ${JSON.stringify(got)}`);
    for (const w of absent) assert.ok(!got.includes(w), `${w} unexpected; got ${JSON.stringify(got)}`);
  });
}

test('repair: a killing by an unnamed hand is the state’s where it happens', () => {
  const { events, actor } = eventsOf('Three Sylvanian engineers were killed in a car bombing in central Strelsau.');
  assert.ok(events.map((e) => brief(e, actor)).includes('ASSAULT Ruritania -> Sylvania'));
});

test('repair: a named attacker is not replaced by the place', () => {
  const { events, actor } = eventsOf('Three Sylvanian engineers were killed by Freedonian troops in Strelsau.');
  const got = events.map((e) => brief(e, actor));
  assert.ok(got.includes('ASSAULT Freedonia -> Sylvania'), JSON.stringify(got));
  assert.ok(!got.includes('ASSAULT Ruritania -> Sylvania'), JSON.stringify(got));
});
