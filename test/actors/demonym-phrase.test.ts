// Country adjectives before people, forces and territory: the phrase is an actor of that country; elsewhere it is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, type Actor } from '../../src/core/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { actorsStage } from '../../src/actors/index.js';

function actorsOf(text: string): readonly Actor[] {
  const doc = new Doc({ id: 't', url: null, source: null, title: null, byline: null, published: null, text }, {});
  nlpStage.run(doc);
  actorsStage.run(doc);
  return doc.get('actors');
}

// [text, mention, kind, country, sector]
const phrases: [string, string, Actor['kind'], string, string | null][] = [
  ['The navy fired on Peruvian villages near the coast.', 'Peruvian villages', 'country', 'PER', null],
  ['The ministry rejected a Chilean peace plan on Monday.', 'Chilean peace plan', 'country', 'CHL', null],
  ['The minister met his Peruvian counterpart on Sunday.', 'Peruvian counterpart', 'person', 'PER', 'GOV'],
  ['Chile protested at the Argentine military presence on the island.', 'Argentine military presence', 'group', 'ARG', 'MIL'],
  ['Peru denounced the Chilean blockade of the port.', 'Chilean blockade', 'country', 'CHL', null],
  ['Two Peruvian soldiers were wounded by Chilean fire.', 'Chilean fire', 'group', 'CHL', 'MIL'],
  ['A Chilean air strike hit the depot.', 'Chilean air strike', 'group', 'CHL', 'MIL'],
  ['Bosnian Serb forces shelled the town.', 'Bosnian Serb forces', 'group', 'BIH', 'MIL'],
  ['The court turned down a Bolivian request for the files.', 'Bolivian request', 'country', 'BOL', null],
  ['Guards beat illegal Bolivian immigrants at the crossing.', 'illegal Bolivian immigrants', 'group', 'BOL', 'CVL'],
  ['Argentine helicopters and tanks crossed the river.', 'Argentine helicopters', 'group', 'ARG', 'MIL'],
  ['The army shelled Paraguayan rebel-held territory overnight.', 'Paraguayan rebel-held territory', 'country', 'PRY', null],
  ['Kenyan army bulldozers flattened the market.', 'Kenyan army bulldozers', 'group', 'KEN', 'MIL'],
  ['The rebels threatened to attack Nigerian towns today.', 'Nigerian towns', 'country', 'NGA', null],
  ['Peruvian-led forces crossed the river at dawn.', 'Peruvian-led forces', 'group', 'PER', 'MIL'],
  ['Police questioned Chilean extremists about the blast.', 'Chilean extremists', 'group', 'CHL', 'REB'],
  ['The court barred Peruvian opposition candidates from the vote.', 'Peruvian opposition candidates', 'group', 'PER', 'OPP'],
];

for (const [text, mention, kind, country, sector] of phrases) {
  test(`demonym phrase: "${mention}" is a ${kind} of ${country}`, () => {
    const actors = actorsOf(text);
    const a = actors.find((x) => x.mentions.some((m) => m.text === mention));
    assert.ok(a, `no actor has the mention "${mention}": ${JSON.stringify(actors.map((x) => x.mentions.map((m) => m.text)))}`);
    assert.equal(a.kind, kind);
    assert.equal(a.country, country);
    assert.equal(a.sector, sector);
  });
}

test('demonym phrase: a territory phrase is a mention of the country actor itself', () => {
  const actors = actorsOf('Peru protested after troops entered Peruvian territory.');
  const peru = actors.find((a) => a.country === 'PER' && a.kind === 'country');
  assert.deepEqual(peru?.mentions.map((m) => m.text), ['Peru', 'Peruvian territory']);
});

test('demonym + plural demonym: "Bosnian Serbs" live in the first country', () => {
  const a = actorsOf('Bosnian Serbs rejected the offer.').find((x) => x.mentions.some((m) => m.text === 'Bosnian Serbs'));
  assert.equal(a?.country, 'BIH');
  assert.equal(a?.kind, 'group');
});

// Adjectives before nouns that name no actor stay out.
const none: [string, string][] = [
  ['She wrote a book on Spanish art and Chinese food.', 'Spanish art'],
  ['The German translation appeared in 1990.', 'German translation'],
  ['The raiders took Chilean soldiers prisoner.', 'soldiers prisoner'],
  ['THE CHILEAN HOUSE OPENS TODAY', 'CHILEAN HOUSE'],
];

for (const [text, words] of none) {
  test(`demonym phrase: no actor in "${text}"`, () => {
    const all = actorsOf(text).flatMap((a) => a.mentions.map((m) => m.text));
    assert.ok(!all.some((m) => m.includes(words)), JSON.stringify(all));
  });
}

test('ethnic demonyms name a people, not a state: no country of their own', () => {
  const actors = actorsOf('Ethnic Serbs marched through the capital, and ethnic Albanian guerrillas laid down their arms.');
  for (const words of ['Ethnic Serbs', 'ethnic Albanian guerrillas']) {
    const a = actors.find((x) => x.mentions.some((m) => m.text === words));
    assert.ok(a, `no actor "${words}": ${JSON.stringify(actors.map((x) => x.mentions.map((m) => m.text)))}`);
    assert.equal(a.kind, 'group');
    assert.equal(a.country, null);
  }
});

test('a people "of" a country belongs to the country they live in', () => {
  const a = actorsOf('The Serbs of northern Kosovo rejected the plan.').find((x) => x.mentions.some((m) => m.text === 'Serbs'));
  assert.equal(a?.country, 'XKX');
});

test('a country adjective before an unknown capitalized modifier still places the role', () => {
  const a = actorsOf('Iraqi Kurdish leaders rejected the offer.').find((x) => x.mentions.some((m) => m.text.endsWith('leaders')));
  assert.equal(a?.country, 'IRQ');
});

test('coordinated country adjectives share the head: "Hungarian and Romanian officials" are two groups', () => {
  const actors = actorsOf('Hungarian and Romanian officials met in Vienna.');
  const hungarian = actors.find((a) => a.mentions.some((m) => m.text === 'Hungarian'));
  const romanian = actors.find((a) => a.mentions.some((m) => m.text === 'Romanian officials'));
  assert.equal(hungarian?.country, 'HUN');
  assert.equal(hungarian?.sector, 'GOV');
  assert.equal(hungarian?.name, 'Hungarian officials');
  assert.equal(romanian?.country, 'ROU');
});
