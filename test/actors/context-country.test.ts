// Country from context: actors named without a country take the nearest state actor's country in their sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, type Actor } from '../../src/core/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { actorsStage } from '../../src/actors/index.js';
import { inferContextCountries } from '../../src/actors/context-country.js';

function inferred(text: string): readonly Actor[] {
  const doc = new Doc({ id: 't', url: null, source: null, title: null, byline: null, published: null, text }, {});
  nlpStage.run(doc);
  actorsStage.run(doc);
  return inferContextCountries(doc.get('actors'), doc);
}

const countryOf = (actors: readonly Actor[], mention: string): string | null | undefined =>
  actors.find((a) => a.mentions.some((m) => m.text === mention))?.country;

// [text, mention, expected country]
const cases: [string, string, string | null][] = [
  ['President Tavo Renkel imposed a curfew in Nairobi on Sunday.', 'President Tavo Renkel', 'KEN'],
  ['A Chilean judge ordered former minister Ruben Alcaz to appear in court.', 'Ruben Alcaz', 'CHL'],
  ['Rebels attacked a convoy near Goma, and Peru was not involved.', 'Rebels', 'COD'],
  ['Minister Mira Dolan spoke about Norway.', 'Minister Mira Dolan', 'NOR'],
  ['Lt. Gen. Ivo Rask resigned to allow free elections in Peru.', 'Lt. Gen. Ivo Rask', 'PER'],
  // A bare name is left alone.
  ['Mira Dolan spoke about Norway.', 'Mira Dolan', null],
  ["Israel refused to receive Jordan's visiting Prince Talal Omeir in Haifa.", 'Prince Talal Omeir', 'JOR'],
  ['Olek Varn, the United Nations envoy, visited Iraq.', 'Olek Varn', 'UN'],
  // A minister is a state's, not an IGO's named nearer.
  ['Chile has asked the International Monetary Fund for time, Finance Minister Ruben Alcaz said.', 'Finance Minister Ruben Alcaz', 'CHL'],
  // A patron is not a home: "US-backed rebels" are not American.
  ['Chilean-backed rebels seized the town.', 'rebels', null],
  // A news agency or a company places no one near it.
  ['President Tavo Renkel said on Tuesday, Reuters reported.', 'President Tavo Renkel', null],
  ['Spokesman Ivo Rask told AFP the talks had failed.', 'Spokesman Ivo Rask', null],
  ['Minister Mira Dolan met executives of Toyota.', 'Minister Mira Dolan', null],
  // No state actor in the sentence: nothing to infer.
  ['President Tavo Renkel imposed a curfew. Kenya agreed.', 'President Tavo Renkel', null],
];

for (const [text, mention, want] of cases) {
  test(`context country: "${mention}" in "${text.slice(0, 50)}" → ${want}`, () => {
    assert.equal(countryOf(inferred(text), mention), want);
  });
}

test('context country: news media, companies and universities keep no country', () => {
  const actors = inferred('The Harlow Gazette reported that the Brightwell Mining Company closed its mine in Kabul.');
  assert.equal(countryOf(actors, 'Harlow Gazette'), null);
  assert.equal(countryOf(actors, 'Brightwell Mining Company'), null);
  assert.equal(countryOf(inferred('He taught at Brennan University before moving to Kenya.'), 'Brennan University'), null);
});

test('context country: an actor that has a country keeps it', () => {
  const actors = inferred('Chinese officials met the delegation in Nairobi.');
  assert.equal(countryOf(actors, 'Chinese officials'), 'CHN');
});

test('context country: a state\'s own body takes no international body\'s code from its sentence', () => {
  const actors = inferred('Leaders will meet NATO Secretary-General Ivo Rask on Monday, the foreign ministry said.');
  assert.equal(countryOf(actors, 'the foreign ministry'), null);
  // (A body named by its capitalized name may still be the IGO's: "a Commission statement" near the EU.)
  assert.equal(countryOf(inferred('The European Union will fund patrols, according to a Commission statement.'), 'Commission'), 'EU');
});
