// Events over the real actors stage: country adjectives and deeds as sides, compound sources, the venue of a treaty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/index.js';

/** "TYPE sourceCountry -> targetCountry" for every non-negated event of `text`. */
function triples(text: string): string[] {
  const out = analyze({ id: 't', url: null, source: null, title: null, byline: null, published: '2031-05-16', text });
  const country = (id: string | null | undefined) => out.actors.find((a) => a.id === id)?.country ?? '-';
  return out.events.filter((e) => !e.negated).map((e) => `${e.type} ${country(e.source?.actor)} -> ${country(e.target?.actor)}`);
}

// [what, text, expected triple, triple that must not appear]
const cases: [string, string, string, string?][] = [
  ['recipient named by a country adjective', 'Uruguay threatened to shell Paraguayan villages.', 'THREATEN URY -> PRY'],
  ['deed phrase as recipient', 'Uruguay condemned the Paraguayan blockade of the river.', 'ACCUSE URY -> PRY'],
  ['deed phrase as source of a nominal event', 'The Paraguayan invasion of Bolivia began at dawn.', 'ASSAULT PRY -> BOL'],
  ['country adjective + force as source', 'A Paraguayan air strike killed two Bolivian soldiers.', 'ASSAULT PRY -> BOL'],
  ['compound source from coordinated adjectives', 'Bolivian and Chilean officials condemned Paraguay.', 'ACCUSE BOL -> PRY'],
  ['compound source, second member', 'Bolivian and Chilean officials condemned Paraguay.', 'ACCUSE CHL -> PRY'],
  ['treaty venue is not a party', 'Uruguay and Paraguay signed a treaty in Montevideo.', 'SUPPORT URY -> PRY', 'SUPPORT URY -> URY'],
  ['troops sent are not the recipient', 'Uruguay sent 1,000 Uruguayan troops to the flooded area.', 'MOBILIZE URY -> -', 'AID URY -> URY'],
];

for (const [what, text, want, not] of cases) {
  test(`events with actors: ${what}`, () => {
    const got = triples(text);
    assert.ok(got.includes(want), `expected ${want} in ${JSON.stringify(got)}`);
    if (not) assert.ok(!got.includes(not), `did not expect ${not} in ${JSON.stringify(got)}`);
  });
}

test('events with actors: a deed phrase with no recipient codes no event', () => {
  assert.deepEqual(triples('The Paraguayan invasion began at dawn.'), []);
});
