// Actors stage: titles, appositives, metonyms, demonyms, coreference, pronouns, user dictionaries and the bad cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Doc, type Actor } from '../../src/core/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { actorsStage } from '../../src/actors/index.js';

function actorsOf(text: string, context: Record<string, unknown> = {}, published: string | null = null): readonly Actor[] {
  const doc = new Doc({ id: 't', url: null, source: null, title: null, byline: null, published, text }, { referenceDate: published, ...context });
  nlpStage.run(doc);
  actorsStage.run(doc);
  return doc.get('actors');
}

/** The actor with a mention whose text is exactly `words`. */
function byMention(actors: readonly Actor[], words: string): Actor | undefined {
  return actors.find((a) => a.mentions.some((m) => m.text === words));
}

interface Expect {
  readonly mention: string;
  readonly name?: string;
  readonly kind?: Actor['kind'];
  readonly country?: string | null;
  readonly sector?: string | null;
  readonly title?: string | null;
}

function check(actors: readonly Actor[], e: Expect): void {
  const a = byMention(actors, e.mention);
  assert.ok(a, `no actor has the mention "${e.mention}"; got ${JSON.stringify(actors.map((x) => x.mentions.map((m) => m.text)))}`);
  if (e.name !== undefined) assert.equal(a.name, e.name, `name of "${e.mention}"`);
  if (e.kind !== undefined) assert.equal(a.kind, e.kind, `kind of "${e.mention}"`);
  if (e.country !== undefined) assert.equal(a.country, e.country, `country of "${e.mention}"`);
  if (e.sector !== undefined) assert.equal(a.sector, e.sector, `sector of "${e.mention}"`);
  if (e.title !== undefined) assert.equal(a.title, e.title, `title of "${e.mention}"`);
}

const cases: [family: string, text: string, expect: Expect[]][] = [
  ['title', 'Chinese President Wen Tao arrived on Monday.', [{ mention: 'Chinese President Wen Tao', name: 'Wen Tao', kind: 'person', country: 'CHN', sector: 'GOV', title: 'President' }]],
  ['title', 'White House press secretary Mara Quill declined to comment.', [
    { mention: 'Mara Quill', name: 'Mara Quill', country: 'USA', sector: 'GOV', title: 'Press Secretary' },
    { mention: 'White House', kind: 'country', country: 'USA', sector: 'GOV' },
  ]],
  ['title', 'Canadian researcher Ivo Marsk and President Wen Tao spoke.', [
    { mention: 'Ivo Marsk', kind: 'person', country: 'CAN', title: 'Researcher' },
    { mention: 'President Wen Tao', kind: 'person', title: 'President' },
  ]],
  ['title', 'Secretary of State Dana Holt flew home.', [{ mention: 'Secretary of State Dana Holt', name: 'Dana Holt', sector: 'GOV', title: 'Secretary of State' }]],
  ['title', 'Russian General Ivo Marsk inspected the troops.', [{ mention: 'Russian General Ivo Marsk', country: 'RUS', sector: 'MIL' }]],
  ['title', 'Brazil’s Senator Lia Prado voted against it.', [{ mention: 'Brazil’s Senator Lia Prado', name: 'Lia Prado', kind: 'person', country: 'BRA', sector: 'LEG' }]],
  ['title', 'Former Prime Minister Otto Brenn spoke at the rally.', [{ mention: 'Former Prime Minister Otto Brenn', name: 'Otto Brenn', sector: 'ELI' }]],
  ['appositive', 'China rejected the claim. “No,” Lin Bao, a spokeswoman for the Foreign Ministry, told reporters.', [
    { mention: 'Lin Bao', kind: 'person', country: 'CHN', sector: 'GOV', title: 'Spokeswoman' },
    { mention: 'Foreign Ministry', kind: 'organization', country: 'CHN', sector: 'GOV' },
  ]],
  ['appositive', 'Tomas Reyes, the senior Chilean trade adviser, arrived late.', [{ mention: 'Tomas Reyes', country: 'CHL', sector: 'GOV' }]],
  ['metonym', 'Moscow warned Kyiv on Sunday.', [
    { mention: 'Moscow', name: 'Russia', kind: 'country', country: 'RUS', sector: 'GOV' },
    { mention: 'Kyiv', name: 'Ukraine', kind: 'country', country: 'UKR', sector: 'GOV' },
  ]],
  ['metonym', 'The Kremlin said talks were over, and the Pentagon disagreed.', [
    { mention: 'Kremlin', name: 'Russia', country: 'RUS', sector: 'GOV' },
    { mention: 'Pentagon', kind: 'organization', country: 'USA', sector: 'MIL' },
  ]],
  ['metonym', 'The two envoys met in Rome last week.', [{ mention: 'Rome', kind: 'place', country: 'ITA' }]],
  ['demonym', 'Ukrainian civilians fled as Russian officials watched.', [
    { mention: 'Ukrainian civilians', kind: 'group', country: 'UKR', sector: 'CVL' },
    { mention: 'Russian officials', kind: 'group', country: 'RUS', sector: 'GOV' },
  ]],
  ['demonym', 'The Chinese Embassy moved to the city of Lviv.', [
    { mention: 'Chinese Embassy', kind: 'organization', country: 'CHN', sector: 'GOV' },
    { mention: 'Lviv', kind: 'place', country: 'UKR' },
  ]],
  ['country', 'The U.S. and the EU imposed sanctions on Iran.', [
    { mention: 'U.S.', name: 'United States', kind: 'country', country: 'USA' },
    { mention: 'EU', name: 'European Union', country: 'EU', sector: 'IGO' },
    { mention: 'Iran', kind: 'country', country: 'IRN' },
  ]],
  ['media', 'The report was first carried by Reuters and the New York Post.', [
    { mention: 'Reuters', kind: 'organization', sector: 'MED' },
    { mention: 'New York Post', kind: 'organization', sector: 'MED' },
  ]],
  ['nested place', 'She studied at the University of Toronto before moving.', [
    { mention: 'University of Toronto', kind: 'organization', country: 'CAN', sector: 'EDU' },
    { mention: 'Toronto', kind: 'place', country: 'CAN' },
  ]],
  ['place word in front', 'The convoy reached Fort Halden at noon.', [{ mention: 'Fort Halden', kind: 'place' }]],
  ['acronym that spells a word', 'The US said it would help.', [{ mention: 'US', name: 'United States', kind: 'country', country: 'USA' }]],
  ['camel-case brand', 'Engineers at BrightLoom said the update was ready.', [{ mention: 'BrightLoom', kind: 'organization' }]],
  ['organization of a country', 'The Lottery Corporation of Mexico raised prices.', [{ mention: 'Lottery Corporation of Mexico', kind: 'organization', country: 'MEX', sector: 'BUS' }]],
  ['affiliation', 'Nick Roe, of the University of Oslo, studies ants.', [{ mention: 'Nick Roe', kind: 'person', country: 'NOR', sector: 'EDU' }]],
  ['possessor', 'Chile has reached out to Peru, with its ambassador declaring support.', [{ mention: 'its ambassador', kind: 'person', country: 'CHL', sector: 'DIP' }]],
  ['leader + government', 'The Biden administration warned Beijing.', [{ mention: 'Biden administration', kind: 'organization', country: 'USA', sector: 'GOV' }]],
  ['abbreviated title', 'Maj. Gen. Ada Korvin and Rev. Tom Blane met Gov. Lia Marsh of Fla. on Monday.', [
    { mention: 'Maj. Gen. Ada Korvin', name: 'Ada Korvin', kind: 'person', sector: 'MIL', title: 'Major General' },
    { mention: 'Rev. Tom Blane', name: 'Tom Blane', kind: 'person', sector: 'REL' },
    { mention: 'Gov. Lia Marsh', name: 'Lia Marsh', kind: 'person', country: 'USA', sector: 'GOV', title: 'Governor' },
    { mention: 'Fla.', name: 'Florida', kind: 'place', country: 'USA' },
  ]],
  ['state abbreviation', 'The mayor of Tarnville, Wis., said the river rose. Officials in Pa. agreed.', [
    { mention: 'Wis.', name: 'Wisconsin', kind: 'place', country: 'USA' },
    { mention: 'Pa.', name: 'Pennsylvania', kind: 'place', country: 'USA' },
  ]],
  ['a person\'s name before a head word', 'Traffic backed up on the Mara Lisbon Bridge on Monday.', [
    { mention: 'Mara Lisbon Bridge', kind: 'place' },
  ]],
  ['three-word name around a place word', 'Mara Lisbon Tessaro taught botany.', [{ mention: 'Mara Lisbon Tessaro', kind: 'person' }]],
  ['official country name', 'Envoys of the Federal Republic of Germany met officials of the Hashemite Kingdom of Jordan.', [
    { mention: 'Federal Republic of Germany', kind: 'country', country: 'DEU' },
    { mention: 'Hashemite Kingdom of Jordan', kind: 'country', country: 'JOR' },
  ]],
  ['agency of an international body', 'The United Nations World Food Programme sent grain.', [
    { mention: 'United Nations World Food Programme', name: 'World Food Programme', kind: 'organization', country: 'UN', sector: 'IGO' },
  ]],
  ['lower-case noun before a capitalized title', 'They set to work on the mission President Wen Tao described.', [{ mention: 'President Wen Tao', name: 'Wen Tao', sector: 'GOV' }]],
  ['country name that is also a given name', 'Chad Tomsen and Jordan Vell flew to Chad.', [
    { mention: 'Chad Tomsen', kind: 'person', country: null },
    { mention: 'Jordan Vell', kind: 'person', country: null },
    { mention: 'Chad', kind: 'country', country: 'TCD' },
  ]],
  ['listed city that is also a given name', 'Florence Vell spoke in Florence, on Florence Place.', [
    { mention: 'Florence Vell', kind: 'person' },
    { mention: 'Florence', kind: 'place', country: 'ITA' },
  ]],
  ['elided particle in a name', 'The paper by Anne-Marie d’Arvell appeared in May.', [{ mention: 'Anne-Marie d’Arvell', kind: 'person' }]],
  ['name said to be a place', 'Marrowby is a small town on the coast, and Velk is a town councillor there.', [
    { mention: 'Marrowby', kind: 'place' },
  ]],
  ['name ending in a plural noun', 'Brightwater Tours cancelled its trips, and Nadia Sparks agreed.', [
    { mention: 'Brightwater Tours', kind: 'organization' },
    { mention: 'Nadia Sparks', kind: 'person' },
  ]],
  ['body of a country whose name opens with a given name', 'The Law Society of Tarnland and the Law Society of Kenya objected.', [
    { mention: 'Law Society of Kenya', kind: 'organization', country: 'KEN' },
  ]],
  ['place-like ending after a given name', 'Sindre Haugland scored twice, and fans in Kettleland cheered.', [
    { mention: 'Sindre Haugland', kind: 'person' },
  ]],
  ['listed place + name after a locative', 'Fire reached homes in Pacific Palisades and crews from Oregon, Washington and Mexico arrived. The Boston Kestrels won.', [
    { mention: 'Pacific Palisades', kind: 'place' },
    { mention: 'Washington', kind: 'place', country: 'USA' },
    { mention: 'Boston Kestrels', kind: 'organization' },
  ]],
  ['kin word or role appositive outweighs a place-like spelling', 'Her mother Wadiha al-Basrawi painted. She admired Oharu Tamaseki, a 19th-century poet, all her life.', [
    { mention: 'Wadiha al-Basrawi', kind: 'person' },
    { mention: 'Oharu Tamaseki', kind: 'person' },
  ]],
  ['a language after "in" is no place', 'He answered in Mandarin, and the letter was written in Swahili.', []],
  ['headline with no verb', 'Brenford Rovers sack manager after poor start\n\nThe club said so.', [{ mention: 'Brenford Rovers', kind: 'organization' }]],
  ['headline: a plural role noun before its verb', 'Chilean workers storm assembly over pay\n\nThe workers left at noon.', [{ mention: 'Chilean workers', kind: 'group', country: 'CHL', sector: 'LAB' }]],
  ['one-word title after a given name is a surname', 'Health Minister Dora King met Paul Bishop.', [
    { mention: 'Health Minister Dora King', name: 'Dora King', kind: 'person', sector: 'GOV' },
    { mention: 'Paul Bishop', kind: 'person' },
  ]],
  ['"X House" is a building; "the House" and "House of …" a chamber', 'Corvel House issued a statement. The bill reached the House of Assembly, and the House voted.', [
    { mention: 'Corvel House', kind: 'place' },
    { mention: 'House of Assembly', kind: 'organization', sector: 'LEG' },
    { mention: 'House', kind: 'organization', sector: 'LEG' },
  ]],
  ['trade word after a demonym names a business', 'Danish drugmaker Velmora and online lender Corvath gained.', [
    { mention: 'Velmora', kind: 'organization', country: 'DNK', sector: 'BUS' },
    { mention: 'Corvath', kind: 'organization', sector: 'BUS' },
  ]],
  ['a body many states name alike, "of" a country', 'The Supreme Court of the Philippines ruled on Monday.', [
    { mention: 'Supreme Court of the Philippines', kind: 'organization', country: 'PHL', sector: 'JUD' },
    { mention: 'Philippines', kind: 'country' },
  ]],
  ['a plural role word opening a cause group\'s name', 'She joined Farmers for Cleaner Rivers last year.', [{ mention: 'Farmers for Cleaner Rivers', kind: 'organization' }]],
  ['an Arabic article opens the name', 'Fighters of the al-Tavir Brigades withdrew.', [{ mention: 'al-Tavir Brigades', kind: 'organization' }]],
  ['the region after a place tells which place it is', 'The firm is based in Santa Clara, California.', [{ mention: 'Santa Clara, California', kind: 'place', country: 'USA' }]],
  ['a body\'s one-word name after a person\'s role opens a name', 'Brazilian actor Wagner Tavello won the prize.', [{ mention: 'Wagner Tavello', kind: 'person', country: 'BRA' }]],
  ['a possessive is no region after a place', 'In Bihar, India\'s poorest state, turnout rose.', [{ mention: 'Bihar', kind: 'place', country: 'IND' }]],
  ['a peer\'s title runs on to its territory', 'The Duchess of Varnholm opened the hospital.', [
    { mention: 'The Duchess of Varnholm', kind: 'person', title: 'Duchess' },
    { mention: 'Varnholm', kind: 'place' },
  ]],
  ['a state\'s name before a body many states have', 'Lena Varga, a former justice of the Ohio Supreme Court, spoke to the Ohio Senate.', [
    { mention: 'Ohio Supreme Court', kind: 'organization', country: 'USA', sector: 'JUD' },
    { mention: 'Ohio Senate', kind: 'organization', sector: 'LEG' },
    { mention: 'a former justice of the Ohio Supreme Court', kind: 'person' },
  ]],
  ['a role "of" a name that opens with a demonym takes the whole name', 'Ivo Marsk, leader of the Welsh Liberal Democrats, resigned.', [
    { mention: 'leader of the Welsh Liberal Democrats', kind: 'person' },
  ]],
  ['legal suffix after a comma', 'Korvane Holdings, Inc. denied the claim.', [{ mention: 'Korvane Holdings, Inc.', kind: 'organization', sector: 'BUS' }]],
  ['anonymous', 'According to a Western person familiar with the talks, the deal is close. The official said more.', [
    { mention: 'a Western person familiar with the talks', kind: 'person' },
  ]],
];

for (const [family, text, expects] of cases) {
  test(`actors: ${family}: ${text.slice(0, 48)}`, () => {
    const actors = actorsOf(text);
    for (const e of expects) check(actors, e);
    // A case that expects nothing expects no named actor at all.
    if (!expects.length) assert.deepEqual(actors.filter((a) => a.kind !== 'person' || !/^(he|she|it|they)$/i.test(a.name)).map((a) => a.name), []);
  });
}

test('actors: mentions carry exact offsets into the text', () => {
  const text = 'Chinese President Wen Tao met Moscow’s envoy. Wen said he was pleased.';
  const actors = actorsOf(text);
  assert.ok(actors.length >= 2);
  for (const a of actors) for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(actors.map((a) => a.id), actors.map((_, i) => `a${i + 1}`));
});

const coref: [what: string, text: string, mentions: string[]][] = [
  ['surname', 'Mara Quill spoke first. Later, Quill said the vote would wait.', ['Mara Quill', 'Quill']],
  ['repeated surname', 'Chilean President Oren Valt spoke. Mara Quill will call Valt. Later, President Valt agreed.', ['Chilean President Oren Valt', 'Valt', 'President Valt']],
  ['given name after title', 'President Oren Valt arrived. President Valt waved.', ['President Oren Valt', 'President Valt']],
  ['definite title', 'Chilean President Oren Valt arrived on Monday. The president said little.', ['Chilean President Oren Valt', 'The president']],
  ['pronoun (subject of the previous sentence)', 'Mara Quill met the mayor on Monday. She said the talks went well.', ['Mara Quill', 'She']],
  ['pronoun (same sentence)', 'Ivo Marsk said he would resign.', ['Ivo Marsk', 'he']],
  ['"the <place>-based company" after an unplaced company', 'Regulators fined Norvik Systems Inc. on Monday. The Oslo-based company will appeal.', ['Norvik Systems Inc.', 'Oslo-based company']],
  ['a body described, then named', 'The main opposition party, Velmar Unity, gained seats.', ['Velmar Unity', 'The main opposition party']],
  ['"Its leader, <title in lower case> Name"', 'The party gained seats. Its leader, former interior minister Tarv Ondu, said the vote was fair.', ['Tarv Ondu', 'Its leader']],
  ['a surname with its Arabic article dropped', 'Negotiator Nabil al-Varani arrived. Varani said talks went well.', ['Negotiator Nabil al-Varani', 'Varani']],
  ['a relative named after a kin word leaves the bare surname to the one the story is about', 'Police held opposition leader Tendai Moyo. "They came at dawn," said his wife, Rudo Moyo. Moyo has been arrested four times.', ['Tendai Moyo', 'Moyo']],
  ['the official → the unnamed source', 'A senior official said the plan was ready. The official asked not to be named.', ['A senior official', 'The official']],
  ['metonyms merge with the country', 'China and Beijing’s envoys agreed, Chinese state media said.', ['China', 'Beijing']],
];

for (const [what, text, expected] of coref) {
  test(`actors: coreference: ${what}`, () => {
    const actors = actorsOf(text);
    const a = byMention(actors, expected[0]);
    assert.ok(a, `no actor for "${expected[0]}"`);
    const texts = a.mentions.map((m) => m.text);
    for (const e of expected) assert.ok(texts.includes(e), `"${e}" is not a mention of ${a.name}: ${JSON.stringify(texts)}`);
  });
}

test('actors: a region of a country is a place, not the state; a compass word before a compound noun stays out', () => {
  const actors = actorsOf('Rain fell across northern Chile. Farmers in the western Tarnland valley and Kenya worried.');
  check(actors, { mention: 'northern Chile', kind: 'place', country: 'CHL' });
  assert.ok(!byMention(actors, 'Chile'), 'no separate mention of the country inside the region');
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text.startsWith('western'))), 'the compass word modifies "valley"');
});

test('actors: a place the article names on its own is named inside a body\'s or a park\'s name too', () => {
  const actors = actorsOf('Marrowby is a small town on the coast. Visitors to Marrowby Historic Park walk the cliffs, and the Marrowby Rowing Club trains on West Avenue.');
  const town = actors.find((a) => a.name === 'Marrowby');
  assert.ok(town, 'the town is an actor');
  assert.equal(town.kind, 'place');
  assert.equal(town.mentions.length, 3, JSON.stringify(town.mentions));
  check(actors, { mention: 'Marrowby Historic Park', kind: 'place' });
  check(actors, { mention: 'Marrowby Rowing Club', kind: 'organization' });
  assert.ok(!byMention(actors, 'West'), 'a compass word is no place of its own');
});

test('actors: a lone given name after "the" is no one\'s name, nor a listed person\'s surname', () => {
  const actors = actorsOf('The probe will fly around the Moon in April, officials said.', {}, '2019-05-01');
  assert.ok(!actors.some((a) => a.kind === 'person' && a.mentions.some((m) => m.text === 'Moon')), JSON.stringify(actors.map((a) => [a.name, a.kind])));
});

test('actors: "the company", "the ministry" point back to the body of that trade or head word named last', () => {
  const actors = actorsOf('Velcor Holdings posted a loss. The company said sales fell. Officials met the Ministry of Finance. The ministry declined to comment.');
  const velcor = actors.find((a) => a.name === 'Velcor Holdings');
  assert.deepEqual(velcor?.mentions.map((m) => m.text), ['Velcor Holdings', 'The company']);
  const ministry = actors.find((a) => a.name === 'Ministry of Finance');
  assert.deepEqual(ministry?.mentions.map((m) => m.text), ['Ministry of Finance', 'The ministry']);
  const alone = actorsOf('Officials met the company on Monday.');
  check(alone, { mention: 'the company', kind: 'organization', sector: 'BUS' });
});

test('actors: "the House" after "the House of Representatives" is that body', () => {
  const actors = actorsOf('The bill went to the House of Representatives. The Speaker said the House would vote next week.');
  const house = actors.find((a) => a.name === 'House of Representatives');
  assert.deepEqual(house?.mentions.map((m) => m.text), ['House of Representatives', 'House']);
});

test('actors: a body named with a legal suffix or "of" its country is the body named without them', () => {
  const firm = actorsOf('Shares in Korvex Corporation fell. Korvex said demand was weak, and the company cut jobs.');
  const korvex = firm.filter((a) => /Korvex/.test(a.name));
  assert.equal(korvex.length, 1, JSON.stringify(firm.map((a) => a.mentions.map((m) => m.text))));
  assert.deepEqual(korvex[0].mentions.map((m) => m.text), ['Korvex Corporation', 'Korvex', 'the company']);
  const court = actorsOf('The Supreme Court of the Philippines ruled on Monday. The Supreme Court had heard the case in May.');
  const courts = court.filter((a) => a.kind === 'organization');
  assert.deepEqual(courts.map((a) => a.mentions.map((m) => m.text)), [['Supreme Court of the Philippines', 'Supreme Court']]);
  assert.equal(courts[0].country, 'PHL');
});

test('actors: a role after a bare "as" is no one else', () => {
  const actors = actorsOf('Former striker Ruud Vell will take charge as interim coach. The club thanked owner Sir Ivo Marsk.');
  assert.ok(!byMention(actors, 'interim coach'), JSON.stringify(actors.map((a) => a.mentions.map((m) => m.text))));
  check(actors, { mention: 'Sir Ivo Marsk', name: 'Ivo Marsk', kind: 'person' });
  assert.ok(!actors.some((a) => a.name === 'Ivo Marsk' && a.mentions.length > 1));
});

test('actors: a one-word place that is the surname of a person named in full is that person', () => {
  const actors = actorsOf('Actor Lena Jordan won. Jordan said she was surprised.');
  const a = byMention(actors, 'Actor Lena Jordan') ?? byMention(actors, 'Lena Jordan');
  assert.ok(a, JSON.stringify(actors.map((x) => x.mentions.map((m) => m.text))));
  assert.ok(a.mentions.some((m) => m.text === 'Jordan'), JSON.stringify(a.mentions));
  assert.ok(!actors.some((x) => x.kind === 'country' && x.mentions.some((m) => m.text === 'Jordan')));
});

test('actors: "the <leader> administration" stays the government, not an organization named after the leader', () => {
  const actors = actorsOf('The Biden administration declared Tuesday that tariffs would stay.', {}, '2022-03-01');
  check(actors, { mention: 'Biden administration', kind: 'organization', country: 'USA', sector: 'GOV' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'Biden' && a.kind !== 'person')));
});

test('actors: an unknown name after "the" is a body or a region, not a person', () => {
  const actors = actorsOf('The Koinonia held a vote. Troops moved into the Drenland, and the Koinonia objected.');
  check(actors, { mention: 'Koinonia', kind: 'organization' });
});

test('actors: with no cue around it, an unknown name takes the kind its spelling says, and common words drop out', () => {
  const actors = actorsOf('Yesterday Kowalczyk said no, Szczebrzeszyn voted, and Electricity arrived in the valley.');
  check(actors, { mention: 'Kowalczyk', kind: 'person' });
  check(actors, { mention: 'Szczebrzeszyn', kind: 'place' });
  assert.ok(!byMention(actors, 'Electricity'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: the outlet that published the article is a media actor with no mentions', () => {
  const doc = new Doc({ id: 't', url: null, source: 'Reuters', title: null, byline: null, published: null, text: 'Mara Quill spoke on Monday.' }, {});
  nlpStage.run(doc);
  actorsStage.run(doc);
  const outlet = doc.get('actors').find((a) => a.name === 'Reuters');
  assert.ok(outlet, JSON.stringify(doc.get('actors')));
  assert.equal(outlet.sector, 'MED');
  assert.equal(outlet.country, 'GBR');
  assert.deepEqual(outlet.mentions, []);
  const unknown = new Doc({ id: 'u', url: null, source: 'Valdoria Gazette', title: null, byline: null, published: null, text: 'Mara Quill spoke.' }, {});
  nlpStage.run(unknown);
  actorsStage.run(unknown);
  assert.equal(unknown.get('actors').find((a) => a.name === 'Valdoria Gazette')?.sector, 'MED');
});

test('actors: a named person the article never describes is the titled, unnamed person introduced just before', () => {
  const actors = actorsOf('Norway has reached out to Chile, with its ambassador to the nation saying on Monday, “We are friends.” “We will help,” Ilse Marren told reporters in Santiago.');
  check(actors, { mention: 'Ilse Marren', kind: 'person', country: 'NOR', sector: 'DIP' });
  // "a diplomat" is someone else, and a described person keeps their own description.
  const other = actorsOf('A diplomat said talks were over. Ilse Marren, a farmer, disagreed.');
  assert.notEqual(byMention(other, 'Ilse Marren')?.sector, 'DIP');
});

test('actors: a common noun capitalized after "the" mid-sentence names an institution', () => {
  const actors = actorsOf('As of today, the House has passed the bill, and the Commission said it agreed.');
  check(actors, { mention: 'House', kind: 'organization' });
  check(actors, { mention: 'Commission', kind: 'organization', sector: 'GOV' });
});

test('actors: the stage places a titled person with no country by the place the sentence names', () => {
  check(actorsOf('President Tavo Renkel imposed a curfew in Nairobi on Sunday.'), { mention: 'President Tavo Renkel', kind: 'person', country: 'KEN', sector: 'GOV' });
});

test('actors: a group noun followed by "loyal to", "close to" … is still a group', () => {
  check(actorsOf('Militants loyal to the warlord attacked a convoy near Goma.'), { mention: 'Militants', kind: 'group', sector: 'REB', country: 'COD' });
});

test('actors: cited authors are people', () => {
  const actors = actorsOf('Earlier work (Varga, 2014; Holm and Pettit, 2009) disagrees with Olsky (2011) and Trent et al. on this.');
  for (const n of ['Varga', 'Olsky', 'Trent']) check(actors, { mention: n, kind: 'person' });
  check(actorsOf('This follows Toledo (1989) closely.'), { mention: 'Toledo', kind: 'person' });
  // The tagger may call an unknown name a verb; mid-sentence and capitalized, it is still the author.
  check(actorsOf('Besides the types above, Velder (1983) noted that a subject fits.'), { mention: 'Velder', kind: 'person' });
  const pair = actorsOf('The design follows Brandt & Oyelaran (2016) closely.');
  for (const n of ['Brandt', 'Oyelaran']) check(pair, { mention: n, kind: 'person' });
});

const spans: [what: string, text: string, expect: Expect[]][] = [
  ['honorific + title', 'Thank you, Madam Speaker. Mr. President, we are ready.', [
    { mention: 'Madam Speaker', kind: 'person', sector: 'LEG' },
    { mention: 'Mr. President', kind: 'person', sector: 'GOV' },
  ]],
  ['place head words', 'Tourists walked from Corvel Mansion to the Harnow Glacier and ate on Tesk Ave. at noon.', [
    { mention: 'Corvel Mansion', kind: 'place' },
    { mention: 'Harnow Glacier', kind: 'place' },
    { mention: 'Tesk Ave.', kind: 'place' },
  ]],
  ['a gazetteer phrase of words the text also writes in lower case', 'The press was silent, but in an interview with the Associated Press she spoke.', [
    { mention: 'Associated Press', kind: 'organization', sector: 'MED' },
  ]],
  ['"and" inside a body\'s name', 'She sat on the Dravic and Lune Court of Appeal, not at Harvard University and Yale Law School.', [
    { mention: 'Dravic and Lune Court of Appeal', kind: 'organization', sector: 'JUD' },
    { mention: 'Harvard University', kind: 'organization' },
    { mention: 'Yale Law School', kind: 'organization' },
  ]],
  ['a name joined to a place', 'Jets struck targets in Vorsk and Khal Tamir overnight, and talks in Vorsk and Ivo Marsk\'s plan failed.', [
    { mention: 'Khal Tamir', kind: 'place' },
    { mention: 'Ivo Marsk', kind: 'person' },
  ]],
  ['a place named as the port of somewhere, a company by its suffix', 'Waves reached the port of Telvar, and Hokara Electric Power Co. cut power.', [
    { mention: 'Telvar', kind: 'place' },
    { mention: 'Hokara Electric Power Co.', kind: 'organization', sector: 'BUS' },
  ]],
  ['places and bodies named inside listed bodies', 'The Bank of England and the United Nations Office for Vellian Affairs met.', [
    { mention: 'Bank of England', kind: 'organization' },
    { mention: 'England', kind: 'country', country: 'GBR' },
    { mention: 'United Nations Office for Vellian Affairs', kind: 'organization', country: 'UN' },
    { mention: 'United Nations', kind: 'organization', country: 'UN' },
  ]],
  ['a greeting before a name', "He said, 'Hey Tobin, my name is Lars.' Dear Ada, thanks.", [
    { mention: 'Tobin', kind: 'person' },
    { mention: 'Ada', kind: 'person' },
  ]],
  ['a word of faith before a role', 'Hindu leaders in Vellia met Anglican bishops and a Buddhist community leader.', [
    { mention: 'Hindu leaders', kind: 'group', sector: 'REL' },
    { mention: 'Anglican bishops', kind: 'group', sector: 'REL' },
    { mention: 'a Buddhist community leader', kind: 'person', sector: 'REL' },
  ]],
  ['a portfolio before a capitalized title', 'Economy Minister Paulo Verde met Energy Minister Ivo Marsk and Transport Secretary Ben Tarr.', [
    { mention: 'Economy Minister Paulo Verde', kind: 'person', sector: 'GOV' },
    { mention: 'Energy Minister Ivo Marsk', kind: 'person', sector: 'GOV' },
    { mention: 'Transport Secretary Ben Tarr', kind: 'person' },
  ]],
  ['news names: "of the" inside a body, an ordinal opening a place, an apposition to a role with its own phrase', "The Armed Forces of the Philippines patrolled the Second Vell Shoal. Vellia's ambassador to Manila, Kazuro Tenmoshi, said so.", [
    { mention: 'Armed Forces of the Philippines', kind: 'organization', country: 'PHL', sector: 'MIL' },
    { mention: 'Second Vell Shoal', kind: 'place' },
    { mention: 'Kazuro Tenmoshi', kind: 'person' },
  ]],
  ['two name particles in a row; a short form after a body that names a country', 'European Commission President Ilse von der Marrow met the Alternative for Germany (AfD). The AfD refused.', [
    { mention: 'European Commission President Ilse von der Marrow', kind: 'person' },
    { mention: 'AfD', kind: 'organization', sector: 'PTY' },
  ]],
  ['news bodies: regional adjectives, a city as a place, a name after a word for its body', 'Several Latin American governments and the militant group Selvar condemned the vote, and crowds filled the streets of Caracas.', [
    { mention: 'Selvar', kind: 'organization', sector: 'REB' },
    { mention: 'Caracas', kind: 'place', country: 'VEN' },
  ]],
  ['a capital before "-based" is a place', 'The London-based Vellian Observatory for Human Rights said 20 died.', [
    { mention: 'London', kind: 'place', country: 'GBR' },
  ]],
  ['initials before a family name; an acronym after a body\'s head', 'I see O.J. Velkner on the news. He trained with Coast Guard OCS in 1990.', [
    { mention: 'O.J. Velkner', kind: 'person' },
    { mention: 'Coast Guard OCS', kind: 'organization', sector: 'MIL' },
  ]],
  ['court titles; a role that opens a sentence and runs on in lower case', 'The ruling was final. Special counsel Ivo Marsk declined to comment, and US District Judge Tanya Rell set a date.', [
    { mention: 'Special counsel Ivo Marsk', kind: 'person', sector: 'JUD' },
    { mention: 'US District Judge Tanya Rell', kind: 'person', country: 'USA', sector: 'JUD' },
  ]],
  ['first-level regions', 'Floods hit Sichuan, and the party swept West Bengal and Andhra Pradesh.', [
    { mention: 'Sichuan', kind: 'place', country: 'CHN' },
    { mention: 'West Bengal', kind: 'place', country: 'IND' },
    { mention: 'Andhra Pradesh', kind: 'place', country: 'IND' },
  ]],
  ['one scientist is a person; an administrator is a title', '"We hoped for this," said Ken Varley, the project scientist at the Vellian Institute of Technology. NASA Administrator Bill Norden agreed.', [
    { mention: 'the project scientist at the Vellian Institute of Technology', kind: 'person', sector: 'EDU' },
    { mention: 'NASA Administrator Bill Norden', kind: 'person', country: 'USA', sector: 'GOV' },
  ]],
  ['a listed company with its legal suffix; an unknown body as a possessor of a title', "Microsoft bought Activision Blizzard Inc. on Friday, and Sara Vell, the CMA's chief executive, approved.", [
    { mention: 'Activision Blizzard Inc.', name: 'Activision Blizzard', kind: 'organization', sector: 'BUS' },
    { mention: "the CMA's chief executive", name: 'Sara Vell', kind: 'person' },
  ]],
  ['"and" inside a body\'s "for" phrase; a two-word short form; hyphenated titles; an acronym opening a headline', 'WHO warns of outbreak\n\nThe Vellia Centres for Disease Control and Prevention (Vellia CDC) declared an emergency, and Vellia CDC asked for vaccines. WHO Director-General Ada Lorne, who spoke first, agreed. The Office of Ports and the Division of Rivers objected.', [
    { mention: 'WHO', kind: 'organization', country: 'UN' },
    { mention: 'Vellia Centres for Disease Control and Prevention', kind: 'organization' },
    { mention: 'Vellia CDC', name: 'Vellia Centres for Disease Control and Prevention' },
    { mention: 'WHO Director-General Ada Lorne', kind: 'person', sector: 'IGO' },
    { mention: 'Office of Ports', kind: 'organization' },
    { mention: 'Division of Rivers', kind: 'organization' },
  ]],
  ['a capital joined to a place after a preposition is a place', 'Airlines suspended flights to Tel Aviv and Beirut.', [
    { mention: 'Beirut', kind: 'place', country: 'LBN' },
  ]],
  ['a role word opening a body whose name holds a country', 'The General Court of Ukraine ruled on Friday.', [
    { mention: 'General Court of Ukraine', kind: 'organization', country: 'UKR', sector: 'JUD' },
    { mention: 'Ukraine', kind: 'country', country: 'UKR' },
  ]],
  ['a given name after a word for a place is that place, everywhere in the article', 'Wildfire forces evacuation of Jasper\n\nThe fire forced people to flee the town of Jasper overnight.', [
    { mention: 'Jasper', kind: 'place' },
  ]],
  ['member states are a group; only "the States" is the United States', 'The United Nations and its Member States must act. He moved back to the States in 1990.', [
    { mention: 'its Member States', kind: 'group', sector: 'GOV' },
    { mention: 'States', kind: 'country', country: 'USA' },
  ]],
  ['title of a country', 'In 1804 he was crowned Emperor of France.', [{ mention: 'Emperor of France', kind: 'person', country: 'FRA', sector: 'GOV' }]],
  ['place, region', 'She grew up in Dunmore, Massachusetts and later in Lyon, France.', [
    { mention: 'Dunmore, Massachusetts', kind: 'place', country: 'USA' },
    { mention: 'Massachusetts', kind: 'place' },
    { mention: 'Lyon, France', kind: 'place', country: 'FRA' },
    { mention: 'France', kind: 'country' },
  ]],
  ['compass word + place', 'Floods hit Southern Mali and Northeast Texas, and shelling went on in eastern Ukraine and south-eastern Scotland.', [
    { mention: 'Southern Mali', kind: 'place', country: 'MLI' },
    { mention: 'Northeast Texas', kind: 'place', country: 'USA' },
    { mention: 'eastern Ukraine', kind: 'place', country: 'UKR' },
    { mention: 'south-eastern Scotland', kind: 'place', country: 'GBR' },
  ]],
  ['a place before the pronoun "I"', 'I thought that in Varnholm I had escaped.', [{ mention: 'Varnholm', kind: 'place' }]],
  ['place after a verb of motion or a direction', 'The ferry sailed to Marnholm. Skarvik lies north of Tollund, and buses run from Marnholm daily.', [
    { mention: 'Marnholm', kind: 'place' },
    { mention: 'Tollund', kind: 'place' },
  ]],
  ['the + compass word', 'Voters in the South disagreed with the North.', [{ mention: 'South', kind: 'place' }, { mention: 'North', kind: 'place' }]],
  ['a city that also stands for a body', 'Brussels said the rules stand. She lives in Brussels, Belgium.', [
    { mention: 'Brussels', kind: 'organization', country: 'EU' },
    { mention: 'Brussels, Belgium', kind: 'place', country: 'BEL' },
  ]],
  ['place of a country', 'Oil spilled into the Gulf of Mexico.', [{ mention: 'Gulf of Mexico', kind: 'place', country: 'MEX' }]],
  ['country + legislature', 'The United States Congress voted.', [
    { mention: 'United States Congress', kind: 'organization', country: 'USA', sector: 'LEG' },
    { mention: 'United States', kind: 'country' },
  ]],
  ['given name + place word that is also a surname', 'Envoy Martin Hill and Mara Temple met in Lake Orla.', [
    { mention: 'Mara Temple', kind: 'person' },
    { mention: 'Lake Orla', kind: 'place' },
  ]],
  ['foreign names opened by their head', 'Staff of the Universidad de Valdoria and the Banco Central do Norte met.', [
    { mention: 'Universidad de Valdoria', kind: 'organization', sector: 'EDU' },
    { mention: 'Banco Central do Norte', kind: 'organization', sector: 'BUS' },
  ]],
  ['a particle joined by a hyphen', 'The court heard Abd al-Rahim Nasser on Monday.', [{ mention: 'Abd al-Rahim Nasser', kind: 'person' }]],
  ['given name that is also a capital', 'Douglas Verrick wrote the report.', [{ mention: 'Douglas Verrick', kind: 'person' }]],
];

for (const [what, text, expects] of spans) {
  test(`actors: mention spans: ${what}`, () => {
    const actors = actorsOf(text);
    for (const e of expects) check(actors, e);
  });
}

test('actors: an acronym in brackets after a named body is that body everywhere', () => {
  const actors = actorsOf('The Agency for Coastal Safety (ACS) warned ships. On Monday ACS issued a notice.');
  const a = byMention(actors, 'Agency for Coastal Safety');
  assert.ok(a, JSON.stringify(actors.map((x) => x.name)));
  assert.equal(a.kind, 'organization');
  assert.equal(a.mentions.filter((m) => m.text === 'ACS').length, 2);
  const b = byMention(actorsOf('Doctors set up the Valdorian College of Surgeons (VaCS). Later VaCS issued a statement.'), 'Valdorian College of Surgeons');
  assert.equal(b?.mentions.filter((m) => m.text === 'VaCS').length, 2, JSON.stringify(b));
});

test('actors: an acronym the text defines as a term is no actor, even when a gazetteer knows it', () => {
  const terms = actorsOf('Engineers measured the sea surface drift (SSD) twice. The SSD was small, and automatic fare payment (AFP) failed too. AFP is common.');
  assert.deepEqual(terms.filter((a) => /^(SSD|AFP|Agence France)/.test(a.name)).map((a) => a.name), []);
  const test2 = actorsOf('Teams ran the Pump Under Trial (PUT) again. The PUT failed.');
  assert.equal(byMention(test2, 'PUT'), undefined);
  // A body that the brackets name keeps its short form.
  const body = actorsOf('Agence France-Presse (AFP) reported the vote. AFP said turnout was low.');
  assert.equal(byMention(body, 'AFP')?.sector, 'MED');
});

test('actors: the surname of a person named in full stays a name where the text also writes it in lower case', () => {
  const actors = actorsOf('Senator Marla Vornstag spoke in the morning. Regulars call the drink a vornstag. Vornstag criticized the vote.');
  const a = actors.find((x) => x.name === 'Marla Vornstag');
  assert.ok(a);
  assert.ok(a.mentions.some((m) => m.text === 'Vornstag'), JSON.stringify(a.mentions.map((m) => m.text)));
});

test('actors: a title-line full name joins the person the body names by a longer name or by surname alone', () => {
  const longer = actorsOf('Brant Holvik\n\nBrant Wyatt Holvik (born 1988) is a Norwegian shortstop. Holvik played for Fjordby.');
  const a = longer.find((x) => x.mentions.some((m) => m.text === 'Brant Wyatt Holvik'));
  assert.ok(a?.mentions.some((m) => m.text === 'Brant Holvik' && m.start === 0), JSON.stringify(a?.mentions.map((m) => m.text)));
  const bare = actorsOf('Tomáš Vrbenský\n\nThe composer studied in Brno. Vrbenský wrote nine symphonies, and Vrbenský taught in Prague.');
  const b = bare.find((x) => x.mentions.some((m) => m.text === 'Vrbenský'));
  assert.equal(b?.name, 'Tomáš Vrbenský');
  assert.ok(b?.mentions.some((m) => m.start === 0));
});

test('actors: post-nominal letters stay in the mention but not in the name', () => {
  const actors = actorsOf('Dame Orla Venmore DBE RA designed the hall. Venmore was born in Leeds.');
  const a = byMention(actors, 'Dame Orla Venmore DBE RA');
  assert.equal(a?.name, 'Orla Venmore');
  assert.ok(a?.mentions.some((m) => m.text === 'Venmore'));
});

test('actors: a bare surname goes to the person already introduced, not to a namesake named later', () => {
  const actors = actorsOf('Senator Ilse Marrow spoke first at the long and tiresome hearing on the county budget. Marrow grew up on a farm; her father Tobias Marrow ran it.');
  const ilse = actors.find((x) => x.name === 'Ilse Marrow');
  assert.ok(ilse?.mentions.some((m) => m.text === 'Marrow'), JSON.stringify(actors.map((x) => [x.name, x.mentions.map((m) => m.text)])));
});

test('actors: a seat name many states share takes the country the text gives it', () => {
  check(actorsOf("Brazil's Senate approved the bill on Tuesday."), { mention: 'Senate', country: 'BRA', sector: 'LEG' });
  const peru = actorsOf('Peru faces a crisis. Congress voted to remove the president of Peru, and crowds in Lima cheered.');
  check(peru, { mention: 'Congress', country: 'PER', sector: 'LEG' });
  // With the United States named, and with nothing else named, the default stands.
  check(actorsOf('The Senate approved the bill, and the White House welcomed it.'), { mention: 'Senate', country: 'USA' });
  check(actorsOf('The Senate approved the bill.'), { mention: 'Senate', country: 'USA' });
  // A name that says its state keeps it, however much the article is about another.
  check(actorsOf('Japan and Tokyo and the Japanese cabinet welcomed the vote in the United States Senate.'), { mention: 'United States Senate', country: 'USA' });
});

test('actors: a possessive inside a body\'s name ("the Workers\' Party") is part of the name', () => {
  const actors = actorsOf("The Workers' Party opposed the plan, and the Millers' Union backed it.");
  check(actors, { mention: "Workers' Party", kind: 'organization', sector: 'PTY' });
  check(actors, { mention: "Millers' Union", kind: 'organization' });
});

test('actors: a known name at the front of a longer body\'s name is part of it', () => {
  const actors = actorsOf('The Independent Electoral and Boundaries Commission of Vellia met. African Union Commission staff came too.');
  check(actors, { mention: 'Independent Electoral and Boundaries Commission of Vellia', kind: 'organization', sector: 'GOV' });
  assert.equal(byMention(actors, 'Independent'), undefined);
  // An IGO's organ is the IGO's, even as a sentence's first words.
  check(actorsOf('African Union Commission staff came too.'), { mention: 'African Union Commission', country: 'AU', sector: 'IGO' });
});

test('actors: news appositions and lower-case body nouns type unknown names', () => {
  const actors = actorsOf("The commission's chairman, Wafula Otieno, declared the result. The Umoja Bora coalition rejected it at a rally in Kisumu, and the embassy in Kisumu urged calm.");
  check(actors, { mention: 'Wafula Otieno', kind: 'person' });
  check(actors, { mention: 'Umoja Bora', kind: 'organization' });
  assert.ok(actors.filter((a) => a.mentions.some((m) => m.text === 'Kisumu')).every((a) => a.kind === 'place'));
});

test('actors: a role word before a body\'s head word is part of the body\'s name, not a title', () => {
  const actors = actorsOf('Orvia will appeal at the General Court in Luxembourg. In Washington, the Justice Department is preparing a case.');
  check(actors, { mention: 'General Court', kind: 'organization', sector: 'JUD' });
  check(actors, { mention: 'Justice Department', kind: 'organization', country: 'USA' });
});

test('actors: a body named by its head word alone is the body named last with that head', () => {
  const actors = actorsOf('The Varnish Trade Commission fined Orvia. Orvia said the Commission had no evidence.');
  const a = byMention(actors, 'Varnish Trade Commission');
  assert.ok(a?.mentions.some((m) => m.text === 'Commission'), JSON.stringify(actors.map((x) => [x.name, x.mentions.map((m) => m.text)])));
});

test('actors: a club\'s later name word standing alone is the club; an American team\'s leading city stays a city', () => {
  const actors = actorsOf('Real Madrid beat Borussia Dortmund 2-0. Dortmund had the better of the first half, but Madrid scored twice.');
  check(actors, { mention: 'Dortmund', name: 'Borussia Dortmund', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'Madrid', name: 'Real Madrid', kind: 'organization' });
  const boston = actorsOf('The Boston Red Sox lost again. Fans in Boston were angry.');
  check(boston, { mention: 'Boston', kind: 'place' });
});

test('actors: Georgia is the American state in an article about American politics, and the country elsewhere', () => {
  const us = actorsOf('The House passed the bill. President Joe Biden praised Senate Majority Leader Chuck Schumer of New York, and Rep. Ada Voss of Georgia voted no.', {}, '2024-02-14');
  check(us, { mention: 'Georgia', kind: 'place', country: 'USA' });
  check(us, { mention: 'Senate Majority Leader Chuck Schumer', sector: 'LEG' });
  const caucasus = actorsOf("Georgia's president met Russian officials in Tbilisi. Georgia wants to join NATO.");
  check(caucasus, { mention: 'Georgia', kind: 'country', country: 'GEO' });
});

test('actors: a listed city that is a given name and acts like a person in the article is a person', () => {
  const actors = actorsOf('When Eugene was a boy, his mother sold bread. In Eugene\'s memory she never rested. Eugene said so, and Eugene told us more.');
  check(actors, { mention: 'Eugene', kind: 'person' });
  // A city that is acted on as a place stays one.
  check(actorsOf('Flights to Eugene resumed. Eugene grew fast, and the mayor of Eugene spoke.'), { mention: 'Eugene', kind: 'place' });
});

test('actors: a lone given name that the article places ("the town of Jasper") is a place in every mention', () => {
  const actors = actorsOf('Wildfire forces evacuation of Jasper\n\nThe fire forced people to flee the town of Jasper overnight.');
  const jasper = actors.filter((a) => a.mentions.some((m) => m.text === 'Jasper'));
  assert.deepEqual(jasper.map((a) => a.kind), ['place'], JSON.stringify(jasper));
  assert.equal(jasper[0].mentions.length, 2);
});

test('actors: an unknown name takes the kind its contexts vote for across the article', () => {
  const actors = actorsOf('Trade fairs came to Vrelnik in 1850. Vrelnik grew fast. Today Vrelnik has a port, and most visitors stay in Vrelnik.');
  const a = byMention(actors, 'Vrelnik');
  assert.ok(a, JSON.stringify(actors.map((x) => x.name)));
  assert.equal(a.kind, 'place');
  assert.equal(a.mentions.filter((m) => m.text === 'Vrelnik').length, 4);
  const p = byMention(actorsOf('Dolan Brisk opened the mill. Brisk, who had sold shoes, was cheered. Later Brisk thanked staff in Norvale.'), 'Brisk');
  assert.equal(p?.kind, 'person');
});

test('actors: a listed person named by surname alone outside the dates of their roles is still that person', () => {
  const actors = actorsOf('The rally heard Biden speak about jobs.', {}, '2030-06-01');
  check(actors, { mention: 'Biden', name: 'Joe Biden', kind: 'person', country: 'USA' });
});

test('actors: a definite title with no antecedent is the gazetteer office holder on the article date', () => {
  const actors = actorsOf('The French president said the talks were over.', {}, '2022-03-18');
  check(actors, { mention: 'The French president', name: 'Emmanuel Macron', kind: 'person', country: 'FRA', sector: 'GOV' });
});

// Each case: the text, a snippet that starts with the pronoun (unique in the text), and the actor it refers to.
const pronouns: [what: string, text: string, at: string, owner: string][] = [
  ['"she said" after a quote is not a person the quote names',
    'Deputy Ada Rusk spoke after Kim Valt. "Valt has broken every promise," she said.', 'she said', 'Ada Rusk'],
  ['a pronoun inside a quote is not its speaker',
    'A court upheld the sentence against developer Lin Mei. Her lawyer, Kim Brink, told the court her client had repaid the money. "She has shown remorse," Brink said.',
    'She has', 'Lin Mei'],
  ['a possessor is not the subject; the named appositive is', 'Quill\'s lawyer, Oren Dask, told the court his client was innocent.', 'his client', 'Oren Dask'],
  ['the subject of the nearest clause', 'Oren Valt said Tomas Brink had failed to meet anyone during his visit.', 'his visit', 'Tomas Brink'],
  ['a kin word gives the gender', 'Oren Valt was jailed in March. Valt\'s sister, Alva Dask, who visited him on Monday, said he was calm.', 'he was calm', 'Oren Valt'],
  ['"His brother, X, told": the brother speaks, the quote is about the other',
    'Oren Valt died on Friday. His brother, Tomas Brink, told reporters the family was shocked. "He loved the sea," he said.', 'he said', 'Tomas Brink'],
  ['… and the quote is about the one who died',
    'Oren Valt died on Friday. His brother, Tomas Brink, told reporters the family was shocked. "He loved the sea," he said.', 'He loved', 'Oren Valt'],
  ['after `"…," said X.` "He" is X, not a person the quote names',
    'Kim Valt was arrested. "Valt is no criminal," said party spokesman Kim Ralse. He said the party would protest.', 'He said', 'Kim Ralse'],
  ['a name of either gender ("Jean") does not block "his"', 'Foreign Minister Jean-Paul Nkurunziza, speaking in Gitega, said his government agreed.', 'his government', 'Jean-Paul Nkurunziza'],
];

for (const [what, text, at, owner] of pronouns) {
  test(`actors: pronoun: ${what}`, () => {
    const start = text.indexOf(at);
    assert.ok(start >= 0 && text.indexOf(at, start + 1) < 0, `"${at}" must occur once`);
    const actor = actorsOf(text).find((a) => a.mentions.some((m) => m.start === start));
    assert.equal(actor?.name, owner, `"${at}" belongs to ${actor?.name ?? 'no actor'}`);
  });
}

test('actors: an unnamed person described by a phrase, then named, is the named person', () => {
  const actors = actorsOf('A spokesman for the police, Inspector Tarv Ondu, said the arrest was lawful. A lawyer for the three fishermen, Kim Ralse, said they would appeal.');
  check(actors, { mention: 'Inspector Tarv Ondu', kind: 'person', sector: 'COP' });
  assert.equal(byMention(actors, 'A spokesman')?.name, 'Tarv Ondu');
  assert.equal(byMention(actors, 'A lawyer')?.name, 'Kim Ralse');
  // (Not the body's name: the body is the object of "for".)
  const office = actorsOf('A spokesman for the presidential administration, Erlan Toktov, said the vote was fair.');
  check(office, { mention: 'Erlan Toktov', kind: 'person' });
});

test('actors: a name after a kin word and a comma is a person, of the kin word\'s gender', () => {
  const actors = actorsOf('Police held Kim Tande overnight. "They came at dawn," said his wife, Rudo Tande. She said he was calm.');
  check(actors, { mention: 'Rudo Tande', kind: 'person' });
  assert.equal(byMention(actors, 'She')?.name, 'Rudo Tande');
});

test('actors: a state\'s envoy to an IGO is the state\'s; the IGO\'s own envoy is the IGO\'s', () => {
  const actors = actorsOf("Russia's deputy U.N. ambassador, Oleg Varn, objected. The Chilean U.N. envoy, Ana Ruiz, abstained. The U.N. envoy for the region, Tom Fell, left.");
  check(actors, { mention: 'Oleg Varn', country: 'RUS', sector: 'DIP' });
  check(actors, { mention: 'Ana Ruiz', country: 'CHL', sector: 'DIP' });
  check(actors, { mention: 'Tom Fell', country: 'UN' });
});

test('actors: an office in a body given in apposition gives the body\'s country and the office\'s sector there', () => {
  const actors = actorsOf("Chile's Electoral Service said turnout was high. Ana Vell, chairwoman of the service, said the count was fair. Tomas Brink, secretary general of the Dockers' Union, disagreed.");
  check(actors, { mention: 'Ana Vell', country: 'CHL', sector: 'GOV', title: 'Chairwoman' });
  check(actors, { mention: 'Tomas Brink', sector: 'LAB', title: 'Secretary-General' });
});

test('actors: a state body with no state before it belongs to the story\'s state, not to one named in the next sentence', () => {
  const text = 'ATHENS, Aug 3 (Reuters) - Greece fought fires for a third day. Greek firefighters held the line near Athens. '
    + 'Greece asked for help, and Greek villagers fled. Winds picked up in the afternoon. Smoke reached the coast. Roads were closed. '
    + 'The fire service said on Sunday that the government had asked for planes. Italy and France were sending four.';
  check(actorsOf(text), { mention: 'the government', country: 'GRC' });
});

test('actors: an office of the story\'s state is not of a state named after it as an object', () => {
  const text = 'ATHENS, Aug 3 (Reuters) - Greece fought fires for a third day. Greek firefighters held the line. Greece asked for help. '
    + 'Fire Minister Kostas Varn said Italy and France were sending planes. Chief Justice Ana Ruiz of Chile was in Athens.';
  const actors = actorsOf(text);
  check(actors, { mention: 'Minister Kostas Varn', country: 'GRC', sector: 'GOV' });
  check(actors, { mention: 'Chief Justice Ana Ruiz', country: 'CHL' });
});

test('actors: a person described by an age or as a parent is a civilian, of the state a one-state story is set in', () => {
  const text = 'SANTIAGO, June 3 (Reuters) - Chile raised fuel prices. Chilean police fired tear gas in Santiago. Chile\'s government blamed looters. '
    + '"We are hungry," said Dara Kull, a 67-year-old beekeeper. Peter Otieno, 52, a taxi driver, said he had lost his income. "It is hard," said Ann Oma, a mother of three.';
  const actors = actorsOf(text);
  check(actors, { mention: 'Dara Kull', kind: 'person', country: 'CHL', sector: 'CVL' });
  check(actors, { mention: 'Peter Otieno', country: 'CHL', sector: 'CVL' });
  assert.equal(byMention(actors, 'a taxi driver')?.name, 'Peter Otieno');
  check(actors, { mention: 'Ann Oma', country: 'CHL', sector: 'CVL' });
  // (An age alone, set off by commas, describes one too; "from" a place abroad places them there.)
  const more = actorsOf(text + ' Rosa Pell, 41, who runs a grocery store in Valparaiso, said sales had fallen. Ewa Marsk, 38, a climber from Krakow, Poland, said she would stay.');
  check(more, { mention: 'Rosa Pell', country: 'CHL', sector: 'CVL' });
  check(more, { mention: 'Ewa Marsk', country: 'POL', sector: 'CVL' });
  // (Whatever their trade: "Rosa Vell, 52, a cassava farmer".)
  check(actorsOf(text + ' Rosa Vell, 52, a cassava farmer, said the rain had not come.'), { mention: 'Rosa Vell', country: 'CHL', sector: 'AGR' });
});

test('actors: a capital joined by "-listed" is where a company trades, not the government there', () => {
  const actors = actorsOf('Mines Minister Ana Ruiz said London-listed Velmar Copper owed taxes.');
  check(actors, { mention: 'London', kind: 'place' });
  assert.ok(!actors.some((a) => a.kind === 'country' && a.country === 'GBR'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: "Resources" ends a company\'s name', () => {
  const actors = actorsOf('The ministry said Velmar Copper Resources owed taxes. The company denied it.');
  check(actors, { mention: 'Velmar Copper Resources', kind: 'organization', sector: 'BUS' });
  assert.equal(byMention(actors, 'The company')?.name, 'Velmar Copper Resources');
});

test('actors: a former job in an appositive does not make a current office holder former', () => {
  const actors = actorsOf('Economy Minister Raul Venn welcomed the decision. Venn, a former executive at Banco Andino, said rates would fall. '
    + 'President Tomas Brink left office in May. The former president said he was proud. Ana Ruiz, a former minister, disagreed.');
  check(actors, { mention: 'Economy Minister Raul Venn', sector: 'GOV' });
  check(actors, { mention: 'Ana Ruiz', sector: 'ELI' });
  check(actors, { mention: 'President Tomas Brink', sector: 'ELI' });
});

test('actors: a chief executive serves in the sector of the body they run, and takes no NGO code as a country', () => {
  const actors = actorsOf('The Velmar Teachers Service Commission said the strike was illegal. Its chief executive, Joseph Karu, said pay would be docked. '
    + 'Oxfam said aid was short. Its chief executive, Ann Ruiz, said so.');
  check(actors, { mention: 'Joseph Karu', sector: 'GOV', title: 'Chief Executive' });
  check(actors, { mention: 'Ann Ruiz', sector: 'NGO', country: null });
});

test('actors: an officer of an office\'s kind is no police officer; an officer serves the body named with them', () => {
  const actors = actorsOf('A police officer was hurt. Dana Voss, a press officer, said the rally was peaceful. A Ministry of Fisheries officer, Tom Kora, counted the catch.');
  check(actors, { mention: 'A police officer', sector: 'COP' });
  assert.notEqual(byMention(actors, 'Dana Voss')?.sector, 'COP');
  check(actors, { mention: 'Tom Kora', sector: 'GOV' });
});

test('actors: pronouns carry how=pronoun and respect gender', () => {
  const actors = actorsOf('Mara Quill met Ivo Marsk, a spokesman for the navy. He said she had left.');
  const marsk = byMention(actors, 'Ivo Marsk');
  const quill = byMention(actors, 'Mara Quill');
  assert.ok(marsk && quill);
  assert.ok(marsk.mentions.some((m) => m.text === 'He' && m.how === 'pronoun'), JSON.stringify(marsk.mentions));
  assert.ok(!quill.mentions.some((m) => m.text === 'He'));
});

test('actors: a full name on a title line is a person; a headline of common words is not', () => {
  const actors = actorsOf('Harbour workers at dawn. Photo: Maria Velkovska\n\nThe strike entered its second week.');
  check(actors, { mention: 'Maria Velkovska', kind: 'person' });
  assert.equal(byMention(actorsOf('Grace Period Ends Soon'), 'Grace Period'), undefined);
});

const bad: [what: string, text: string, notActor: string[]][] = [
  ['sentence-initial common word', 'Several protesters gathered outside. Nothing happened.', ['Several', 'Nothing']],
  ['a faith word before a noun', 'She met Buddhist neighbours and the Sikh congregation in Vrell.', ['Buddhist', 'Sikh']],
  ['an acronym defined as a term', 'Losses come from automatic fare payment (AFP). The AFP fails at noon.', ['AFP']],
  ['an event named with a place word first', 'The competition from the World Cup was strong.', ['World Cup']],
  ['a region\'s adjective is no country', 'Several Latin American governments and South American leaders met.', ['American governments', 'American leaders']],
  ['a headline verb the tagger reads as a noun', 'Vellia coalition collapses as Marrow fires finance minister\n\nThe vote came late.', ['fires finance minister', 'finance minister']],
  ['an ordinal before a name', 'They won the 15th Vellian Cup title.', ['15th Vellian Cup']],
  ['the options of a question', 'Which came first? A. Velnari B. Tessaro', ['A. Velnari', 'B. Tessaro']],
  ['a trophy named after a person', 'The commissioner presented the Larry Varnish Trophy to the owner.', ['Larry Varnish Trophy', 'Larry Varnish']],
  ['a role word used as an abstract noun', 'We fight for racial justice and economic justice.', ['racial justice', 'economic justice', 'justice']],
  ['a place inside a compound adjective', "Vellia's Euro-Atlantic integration matters.", ['Atlantic', 'Euro-Atlantic']],
  ['all-caps headline', 'OFFICIALS WARN OF STORM AS RAIN HITS TEXAS', ['OFFICIALS WARN', 'STORM', 'RAIN', 'WARN']],
  ['title-case headline', 'Minister Pushes Back on Budget Plan', ['Pushes', 'Budget Plan', 'Back']],
  ['verb that is a role noun', 'It is hard to judge where the talks stand.', ['judge']],
  ['adjective demonym', 'The Russian invasion began at dawn.', ['Russian']],
  ['events, laws and works named by their head word', 'Fans of the Velmar Cup cheered. Hurricane Odra hit Texas. The Kessel Accord holds.', ['Velmar Cup', 'Hurricane Odra', 'Kessel Accord', 'Odra']],
  ['codes and plural acronyms', 'Sales rose in Q3 as VRMs spread and TLX-19 faded.', ['Q3', 'VRMs', 'TLX-19']],
  ['a sentence-initial gazetteer word the text also writes in lower case', 'Male birds sing at dawn; the male is larger.', ['Male']],
  ['title-cased common words after "the"', 'They studied the Future of the Year in class.', ['Future', 'Year']],
  ['a word that is a JavaScript object key', 'The constructor of the bridge and its prototype were praised.', ['constructor', 'prototype']],
  ['a name used for a language', 'Most Veltish speakers live in the hills. Veltish has six vowels, and Veltish grammar is hard.', ['Veltish']],
  ['common-noun acronyms', 'The DNA results were shown on TV, and GDP fell.', ['DNA', 'TV', 'GDP']],
  ['numbered labels', 'As Figure 2 shows, Wave 4 of the survey differs.', ['Figure', 'Wave']],
  ['an acronym used as a modifier', 'Schools teach ICT skills. Firms buy ICT tools.', ['ICT']],
];

for (const [what, text, notActor] of bad) {
  test(`actors: no actor for ${what}`, () => {
    const actors = actorsOf(text);
    const all = actors.flatMap((a) => a.mentions.map((m) => m.text));
    for (const n of notActor) assert.ok(!all.includes(n), `"${n}" became an actor: ${JSON.stringify(all)}`);
  });
}

test('actors: names that are also places — Georgia and Jordan', () => {
  const actors = actorsOf('Michael Jordan spoke in Atlanta, Georgia. Jordan closed its border, and Georgia protested.');
  check(actors, { mention: 'Michael Jordan', kind: 'person' });
  const georgias = actors.filter((a) => a.mentions.some((m) => m.text === 'Georgia'));
  assert.deepEqual(georgias.map((a) => [a.kind, a.country]).sort(), [['country', 'GEO'], ['place', 'USA']]);
  const jordan = actors.find((a) => a.kind === 'country' && a.country === 'JOR');
  assert.ok(jordan, 'Jordan the country');
});

test('actors: gazetteer people take the role held on the article date', () => {
  const text = 'Boris Johnson spoke in London.';
  assert.equal(byMention(actorsOf(text, {}, '2020-05-01'), 'Boris Johnson')?.sector, 'GOV');
  assert.equal(byMention(actorsOf(text, {}, '2024-05-01'), 'Boris Johnson')?.sector, 'ELI');
});

function dictionary(items: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'standpoint-actors-'));
  const file = join(dir, 'actors.json');
  writeFileSync(file, typeof items === 'string' ? items : JSON.stringify(items));
  return file;
}

test('actors: a user dictionary (Standpoint format) adds fictional actors and takes precedence', () => {
  const file = dictionary([
    { name: 'Gondor', aliases: ['Minas Tirith'], kind: 'country', country: 'GON', sector: null },
    { name: 'Aragorn Elessar', aliases: ['Strider'], kind: 'person', country: 'GON', sector: 'GOV', title: 'King' },
    { name: 'Rome Daily Courier', aliases: ['Rome'], kind: 'organization', country: 'ITA', sector: 'MED' },
  ]);
  const actors = actorsOf('Strider told Gondor that the Rome newspaper was wrong, and Rome agreed.', { actorsFile: file });
  check(actors, { mention: 'Strider', name: 'Aragorn Elessar', kind: 'person', country: 'GON', sector: 'GOV', title: 'King' });
  check(actors, { mention: 'Gondor', kind: 'country', country: 'GON' });
  check(actors, { mention: 'Rome', name: 'Rome Daily Courier', kind: 'organization', sector: 'MED' });
});

test('actors: a surname spelled as in a listed alias finds the person listed under a plain spelling', () => {
  const file = dictionary([
    { name: 'Tomas Vrbensky', aliases: ['Tomáš Vrbenský'], kind: 'person', country: 'CZE', sector: 'GOV', title: 'Minister' },
  ]);
  const actors = actorsOf('Minister Tomáš Vrbenský spoke first. Later Vrbenský left.', { actorsFile: file });
  const person = actors.find((a) => a.name === 'Tomas Vrbensky');
  assert.ok(person);
  assert.deepEqual(person.mentions.map((m) => m.text), ['Minister Tomáš Vrbenský', 'Vrbenský']);
});

test('actors: a listed body named with "U.S." is found when the text spells out "United States"', () => {
  const actors = actorsOf('The United States Geological Survey said the quake was shallow, and the US Navy sent ships.');
  check(actors, { mention: 'United States Geological Survey', kind: 'organization', country: 'USA', sector: 'GOV' });
  check(actors, { mention: 'US Navy', kind: 'organization', country: 'USA', sector: 'MIL' });
});

test('actors: the evaluation-kit dictionary format: actors, agents and date-ranged codes', () => {
  const file = dictionary([
    { entry: 'actor', name: 'Arnor', aliases: ['Arnorian'], code: 'ARN', country: 'ARN', sector: null },
    { entry: 'actor', name: 'Bilbo Baggins', aliases: ['Bilbo'], code: 'SHRGOV', country: 'SHR', sector: 'GOV',
      codes: [{ code: 'SHRGOV', country: 'SHR', sector: 'GOV', to: '2000-01-01' }, { code: 'SHRREB', country: 'SHR', sector: 'REB', from: '2000-01-01' }] },
    { entry: 'agent', name: 'minister', aliases: ['ministers'], sector: 'GOV', position: 'suffix', code: '~GOV' },
  ]);
  const early = actorsOf('Bilbo met the Arnor minister.', { actorsFile: file }, '1999-03-01');
  check(early, { mention: 'Bilbo', name: 'Bilbo Baggins', country: 'SHR', sector: 'GOV' });
  check(early, { mention: 'the Arnor minister', kind: 'person', country: 'ARN', sector: 'GOV' });
  const late = actorsOf('Bilbo met the Arnor minister.', { actorsFile: file }, '2003-03-01');
  check(late, { mention: 'Bilbo', sector: 'REB' });
});

test('actors: the PETRARCH actor dictionary text format: names, aliases, dated codes, agents', () => {
  const file = dictionary([
    '# a fictional dictionary',
    'GONDOR_ [GON]',
    '+MINAS_TIRITH_',
    'BILBO_BAGGINS_  # the burglar',
    '+BILBO_',
    ' [SHRGOV <000101]',
    ' [SHRREB >000101]',
    'MINISTER_ [~GOV]',
  ].join('\n'));
  const early = actorsOf('Bilbo met the Gondor minister in Minas Tirith.', { actorsFile: file }, '1999-05-05');
  check(early, { mention: 'Bilbo', name: 'Bilbo Baggins', kind: 'person', country: 'SHR', sector: 'GOV' });
  check(early, { mention: 'the Gondor minister', country: 'GON', sector: 'GOV' });
  check(early, { mention: 'Minas Tirith', name: 'Gondor', country: 'GON' });
  check(actorsOf('Bilbo spoke.', { actorsFile: file }, '2003-05-05'), { mention: 'Bilbo', sector: 'REB' });
  const bad = dictionary('+ALIAS_BEFORE_ACTOR_');
  assert.throws(() => actorsOf('Someone spoke.', { actorsFile: bad }), (err: Error) => err.message.includes(bad));
});

test('actors: a bad dictionary fails with an error naming the file', () => {
  const broken = dictionary('{ not json');
  assert.throws(() => actorsOf('Someone spoke.', { actorsFile: broken }), (err: Error) => err.message.includes(broken));
  const invalid = dictionary([{ name: 'Nobody', kind: 'wizard' }]);
  assert.throws(() => actorsOf('Someone spoke.', { actorsFile: invalid }), (err: Error) => err.message.includes(invalid) && /kind/.test(err.message));
});

test('actors: an unnamed group or person is mentioned by its whole noun phrase; a lone letter is no name', () => {
  const actors = actorsOf('Halvard Osk thanked his troops. All residents of Tarnby left, and a 40-year-old man stayed. After speaker K spoke, the adjusted F statistic rose.');
  check(actors, { mention: 'his troops', kind: 'group', sector: 'MIL' });
  assert.equal(byMention(actors, 'his troops')?.name, 'troops');
  check(actors, { mention: 'a 40-year-old man', kind: 'person' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'K' || m.text === 'F')), 'single letters are not names');
});

test('actors: a source is a person only where the text makes it one', () => {
  const actors = actorsOf('Coal is the main source of energy here. A senior source said the mine would close.');
  check(actors, { mention: 'A senior source', kind: 'person' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => /main source/.test(m.text))));
});

test('actors: "Ph.D." is one word and ends no sentence', () => {
  const actors = actorsOf('Mira Holt earned a Ph.D. in physics. She has one. D. Varga agreed.');
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'D.' || m.text === 'Ph')));
  check(actors, { mention: 'Mira Holt', kind: 'person' });
});

test('actors: "forces" are armed only with a country, a body, an armed modifier or an article pointing back', () => {
  const actors = actorsOf('Evolutionary forces shaped the island birds. Security forces fired on the crowd, and the forces of the junta withdrew. Their forces left Tarnby.');
  assert.ok(!actors.some((a) => a.mentions.some((m) => /volutionary/.test(m.text))));
  check(actors, { mention: 'Security forces', kind: 'group', sector: 'COP' });
  check(actors, { mention: 'Their forces', kind: 'group', sector: 'MIL' });
});

test('actors: an unnamed person takes a lower-case "of" phrase into the mention, not a name after it', () => {
  const actors = actorsOf('The director of the new museum said it would open. The head of President Ivo Marsk’s office declined.');
  check(actors, { mention: 'The director of the new museum', kind: 'person' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => /head of President/.test(m.text))));
});

test('actors: news patterns for bodies and places: trade word + name, "and" after a country word, compass adjectives', () => {
  const actors = actorsOf('Insurance company Halvik said it had 900 claims, and the chipmaker Korvane fell. The Norwegian Fisheries and Food Directorate warned of storms. Rain flooded northern Tarnmark on Monday and neighbouring Dorsvia.');
  check(actors, { mention: 'Halvik', kind: 'organization', sector: 'BUS' });
  check(actors, { mention: 'Korvane', kind: 'organization', sector: 'BUS' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'Insurance')), 'the trade word is not a body');
  check(actors, { mention: 'Norwegian Fisheries and Food Directorate', kind: 'organization', country: 'NOR', sector: 'GOV' });
  check(actors, { mention: 'Tarnmark', kind: 'place' });
  check(actors, { mention: 'Dorsvia', kind: 'place' });
});

test('actors: "Mr Varga" and "Mr. Varga" are the Varga named before, "Mrs Holm" is not Erik Holm', () => {
  const actors = actorsOf('Health Minister Tomas Varga spoke. Critics called on Mr Varga to resign, and Mr. Varga declined. Erik Holm agreed, but Mrs Holm did not.');
  const varga = byMention(actors, 'Health Minister Tomas Varga');
  assert.ok(varga);
  assert.deepEqual(varga.mentions.map((m) => m.text), ['Health Minister Tomas Varga', 'Mr Varga', 'Mr. Varga']);
  assert.notEqual(byMention(actors, 'Mrs Holm'), byMention(actors, 'Erik Holm'));
});

test('actors: "the Democratic Alliance" is not NATO', () => {
  const actors = actorsOf('Opposition leader Grace Ndlovu of the Democratic Alliance called for a vote.');
  assert.ok(!actors.some((a) => a.country === 'NATO'));
});

test('actors: a dateline names a place and its agency, not a government', () => {
  const actors = actorsOf('DOHA (Wirepost) — Negotiators returned to talks on Monday.\n\nThe talks are mediated by Qatar.');
  check(actors, { mention: 'DOHA', kind: 'place', country: 'QAT' });
  assert.equal(byMention(actors, 'DOHA')?.name, 'Doha');
  check(actors, { mention: 'Wirepost', kind: 'organization', sector: 'MED' });
  assert.notEqual(byMention(actors, 'Wirepost'), byMention(actors, 'Qatar'));
});

test('actors: a compass word opening a name is no given name ("North Velmar" is a place)', () => {
  const actors = actorsOf('Fighting in North Velmar killed 40 civilians.');
  check(actors, { mention: 'North Velmar', kind: 'place' });
});

test('actors: a business named in full is meant by its first word alone, in the headline too', () => {
  const actors = actorsOf('Chipmaker Halvane to cut 3,000 jobs\n\nHalvane Semiconductor, Europe\'s third-largest chipmaker, said it would close a plant in Saxony. Shares in Halvane fell.');
  const firm = byMention(actors, 'Halvane Semiconductor');
  assert.ok(firm && firm.kind === 'organization' && firm.sector === 'BUS');
  assert.deepEqual(firm.mentions.map((m) => m.text), ['Halvane', 'Halvane Semiconductor', 'Halvane']);
  check(actors, { mention: 'Europe', kind: 'place' });
  check(actors, { mention: 'Saxony', kind: 'place', country: 'DEU' });
  // Named after "-based" too; "the lender" is then that bank.
  const bank = actorsOf('A Durban group agreed to buy Lagos-based Seaview Bank. Seaview has four million customers. The lender\'s managing director, Ada Obi, welcomed it.');
  const seaview = byMention(bank, 'Seaview Bank');
  assert.deepEqual(seaview?.mentions.map((m) => m.text), ['Seaview Bank', 'Seaview', 'The lender']);
  check(bank, { mention: 'Ada Obi', country: 'NGA', sector: 'BUS' });
});

test('actors: sport: clubs named by a club word, players and managers by their role, a surname that is a place word', () => {
  const actors = actorsOf('Westmoor Rovers beat Dunhill 2–1 on Saturday. Striker Jonas Kettle scored twice, and Rovers manager Ellen Marsh praised her players.');
  check(actors, { mention: 'Westmoor Rovers', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'Striker Jonas Kettle', kind: 'person', sector: 'SPT' });
  assert.equal(byMention(actors, 'Striker Jonas Kettle')?.name, 'Jonas Kettle');
  check(actors, { mention: 'Ellen Marsh', kind: 'person' });
  assert.equal(byMention(actors, 'Rovers'), byMention(actors, 'Westmoor Rovers'));
});

test('actors: one word ending in "news" is an outlet', () => {
  const actors = actorsOf('Tarvonews reported the sale on Monday, and Ivo Marsk told Dorsianews he agreed.');
  check(actors, { mention: 'Tarvonews', kind: 'organization', sector: 'MED' });
  check(actors, { mention: 'Dorsianews', kind: 'organization', sector: 'MED' });
});

test('actors: one soldier is a person, soldiers are a group; "special agent" is a title', () => {
  const actors = actorsOf('A Scottish soldier was hurt, and soldiers returned fire. FBI special agent Tom Ruiz said a protester was held.');
  check(actors, { mention: 'A Scottish soldier', kind: 'person', country: 'GBR', sector: 'MIL' });
  check(actors, { mention: 'soldiers', kind: 'group', sector: 'MIL' });
  check(actors, { mention: 'Tom Ruiz', kind: 'person', country: 'USA', sector: 'COP' }); // the FBI's own sector
  check(actors, { mention: 'a protester', kind: 'person', sector: 'CVL' });
});

test('actors: "its president" after a sentence about a union is the union\'s president', () => {
  const actors = actorsOf('The Harbour Workers Union welcomed the vote. Its president, Doreen Vallis, said members were relieved.');
  check(actors, { mention: 'Doreen Vallis', kind: 'person', sector: 'LAB' });
});

test('actors: an unsure name listed with named people is a person, with named places a place, but not a sentence\'s first word', () => {
  const people = actorsOf('The prize went to Mara Vornstag, Peter Hask and Telleby for their work on the bridge.');
  check(people, { mention: 'Telleby', kind: 'person' });
  const places = actorsOf('The storm closed roads between Sweden, Norway and Vestamark before dawn.');
  check(places, { mention: 'Vestamark', kind: 'place' });
  // One named person is not enough to vouch for a word opening the sentence.
  const opening = actorsOf('Alright, Peter Hask and Telleby are ready.');
  assert.ok(!byMention(opening, 'Alright'), JSON.stringify(opening.map((a) => a.name)));
  check(opening, { mention: 'Telleby', kind: 'person' });
});

test('actors: a given name located by a state is a town ("Florence, Alabama"); a full name "of" a place is a person from it', () => {
  const actors = actorsOf('The deed was signed by Mrs. Dora Kessel of Florence, Alabama, on Friday. Lord Peter Vesk of Tarnby abstained.');
  check(actors, { mention: 'Florence, Alabama', kind: 'place', country: 'USA' });
  check(actors, { mention: 'Mrs. Dora Kessel', kind: 'person' });
  assert.equal(byMention(actors, 'Mrs. Dora Kessel')?.name, 'Dora Kessel');
  // A peer's name keeps its territory.
  check(actors, { mention: 'Lord Peter Vesk of Tarnby', kind: 'person' });
});

test('actors: a role word after a body\'s head and "of" names its field; a capitalized title runs on over its portfolio', () => {
  const actors = actorsOf('The Ministry of Justice will appeal to the Superior Court of Justice. The Minister of Health and Social Affairs, Vera Dalgaard, said the plan was sound.');
  check(actors, { mention: 'Ministry of Justice', kind: 'organization', sector: 'GOV' });
  check(actors, { mention: 'Superior Court of Justice', kind: 'organization', sector: 'JUD' });
  check(actors, { mention: 'Vera Dalgaard', kind: 'person', title: 'Minister of Health and Social Affairs' });
  assert.ok(!byMention(actors, 'Justice') && !byMention(actors, 'Social Affairs'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a title\'s portfolio may be a list joined by commas, before a name or an appositive', () => {
  const actors = actorsOf("Tarnland's Minister of Economy, Trade and Industry, Oskar Brandl, said exports would resume. The Minister for Transport, Housing and Energy Ines Halm disagreed. The Ministry of Health Services, Regulations and Coordination said nothing. The Ministry of Tourism and Sports agreed.");
  check(actors, { mention: 'Ministry of Health Services, Regulations and Coordination', kind: 'organization', sector: 'GOV' });
  // Two joined by "and", though the second is a head word of its own ("Fox Sports").
  check(actors, { mention: 'Ministry of Tourism and Sports', kind: 'organization', sector: 'GOV' });
  check(actors, { mention: 'Oskar Brandl', kind: 'person', sector: 'GOV', title: 'Minister of Economy, Trade and Industry' });
  check(actors, { mention: 'Minister for Transport, Housing and Energy Ines Halm', kind: 'person', sector: 'GOV', title: 'Minister for Transport, Housing and Energy' });
  assert.equal(byMention(actors, 'Minister for Transport, Housing and Energy Ines Halm')?.name, 'Ines Halm');
  const names = actors.map((a) => a.name);
  assert.ok(!names.some((n) => /Industry|Energy/.test(n) && !/Brandl|Halm/.test(n)), JSON.stringify(names));
  assert.ok(!byMention(actors, 'Industry Ines Halm'), JSON.stringify(names));
});

test('actors: an office only one state has gives that state; a definite title that points back is not the name', () => {
  const actors = actorsOf('SEOUL, May 4 (Reuters) - South Korea protested on Monday. Chief Cabinet Secretary Ryota Imai told reporters the decision stood. The chief cabinet secretary said talks could resume. Taoiseach Niamh Corr said Dublin would help.');
  check(actors, { mention: 'Chief Cabinet Secretary Ryota Imai', kind: 'person', country: 'JPN', sector: 'GOV', title: 'Chief Cabinet Secretary' });
  assert.equal(byMention(actors, 'The chief cabinet secretary')?.name, 'Ryota Imai');
  check(actors, { mention: 'Taoiseach Niamh Corr', kind: 'person', country: 'IRL', sector: 'GOV', title: 'Taoiseach' });
});

test('actors: "the government" in a story about two states is the government of the state whose speaker names it', () => {
  const text = [
    "VARNA, May 4 (Reuters) - Bulgaria's energy minister, Todor Velin, said on Monday that the government would take Romania to arbitration over a pipeline.",
    '"The government will not be bullied," Velin told reporters.',
    'In Bucharest, Foreign Minister Ana Murgu said the government had acted within the law. The Romanian government has denied wrongdoing.',
  ].join('\n\n');
  const actors = actorsOf(text);
  const govs = actors.filter((a) => a.kind === 'organization' && /government/i.test(a.name));
  const of = (code: string) => govs.filter((a) => a.country === code);
  assert.equal(of('BGR').length, 1, JSON.stringify(govs));
  assert.equal(of('ROU').length, 1, JSON.stringify(govs));
  assert.deepEqual(of('BGR')[0].mentions.map((m) => m.text), ['the government', 'The government']);
  // Romania's joins the body the story names with its demonym.
  assert.deepEqual(of('ROU')[0].mentions.map((m) => m.text), ['the government', 'The Romanian government']);
});

test('actors: a state named after "the government" or as the place of a speech does not take it (guards the split above)', () => {
  const text = [
    'SOFIA, May 4 (Reuters) - Bulgarian Prime Minister Ivo Dimov, speaking in Brussels, said the government would respond.',
    "The government condemned Serbia's decision on Monday, and Serbia said the army was ready.",
  ].join('\n\n');
  const actors = actorsOf(text);
  const govs = actors.filter((a) => a.kind === 'organization' && /government/i.test(a.name));
  assert.deepEqual(govs.map((a) => [a.country, a.mentions.length]), [['BGR', 2]]);
  check(actors, { mention: 'the army', kind: 'organization', country: 'SRB' });
});

test('actors: a named body\'s office opening a sentence is the body\'s ("Tarrow Bank\'s chief executive, X, said")', () => {
  const actors = actorsOf("Tarrow Bank's chief executive, Sipho Vrba, said the deal was done. Kessel Bank's spokesman said it was not.");
  check(actors, { mention: 'Sipho Vrba', kind: 'person', sector: 'BUS', title: 'Chief Executive' });
  check(actors, { mention: "Kessel Bank's spokesman", kind: 'person', sector: 'BUS', title: 'Spokesman' });
});

test('actors: a name said to be a company in apposition is one, of the state the appositive gives', () => {
  const actors = actorsOf("Tarrow Air, Vietnam's fastest-growing private airline, said it would buy planes. Velda Steel, a Monterrey-based producer of flat steel, said exports fell. Kessel Bhd, a Kuala Lumpur-based maker of cooking oil, agreed. Ravno, a Thai carmaker, did too. Frode Vell, the group's secretary-general, and Dora Lind, a bank manager, did not.");
  check(actors, { mention: 'Tarrow Air', kind: 'organization', country: 'VNM', sector: 'BUS' });
  check(actors, { mention: 'Velda Steel', kind: 'organization', country: 'MEX', sector: 'BUS' });
  check(actors, { mention: 'Kessel Bhd', kind: 'organization', country: 'MYS', sector: 'BUS' });
  check(actors, { mention: 'Ravno', kind: 'organization', country: 'THA', sector: 'BUS' });
  check(actors, { mention: 'Frode Vell', kind: 'person' });
  check(actors, { mention: 'Dora Lind', kind: 'person' });
  // "One of" several, and a name of common words after a word for a business, which "the company" then points back to.
  const more = actorsOf("Vranik, one of Bulgaria's largest grain exporters, said it had shifted shipments. Tarnish platinum producer Kessel Platinum cut jobs. The company said talks would start.");
  check(more, { mention: 'Vranik', kind: 'organization', country: 'BGR', sector: 'BUS' });
  const platinum = byMention(more, 'Kessel Platinum');
  assert.equal(platinum?.sector, 'BUS');
  assert.ok(platinum?.mentions.some((m) => m.text === 'The company'), JSON.stringify(more.map((a) => a.mentions.map((m) => m.text))));
});

test('actors: a person described by where they work takes the employer\'s country and sector', () => {
  const text = [
    'Rates were held, said Dora Vell, an economist at Varna-based Tarrow Capital Group.',
    'Ivo Lind, head of research at Kessel Holdings in Lagos, agreed.',
    'Mira Dolan, an analyst at Norbank in Johannesburg, said so. The plan is wrong, said Olek Varn of the Tarrow Workers Union.',
  ].join(' ');
  const actors = actorsOf(text);
  check(actors, { mention: 'Dora Vell', kind: 'person', country: 'BGR', sector: 'BUS' });
  check(actors, { mention: 'an economist at Varna-based Tarrow Capital Group', kind: 'person' });
  check(actors, { mention: 'Ivo Lind', kind: 'person', sector: 'BUS' });
  // A trade's own sector (an analyst's) gives way to the employer's; the city after an unknown employer places her.
  check(actors, { mention: 'Mira Dolan', kind: 'person', country: 'ZAF', sector: 'BUS' });
  check(actors, { mention: 'Olek Varn', kind: 'person', sector: 'LAB' });
});

test('actors: an office of a body outside the state is in the body\'s sector; a union in a one-state story is that state\'s', () => {
  const text = [
    'VARNA, May 4 (Reuters) - The Tarrow Teachers\' Union called a strike on Monday.',
    '"We are tired," said Marta Vell, general secretary of the Tarrow Teachers\' Union.',
    'Kessel Holdings, a Varna-based lender, said it would close schools\' accounts. A spokeswoman for Kessel Holdings said talks had failed.',
  ].join('\n\n');
  const actors = actorsOf(text);
  check(actors, { mention: "Tarrow Teachers' Union", kind: 'organization', country: 'BGR', sector: 'LAB' });
  check(actors, { mention: 'Marta Vell', country: 'BGR', sector: 'LAB', title: 'General Secretary' });
  check(actors, { mention: 'A spokeswoman for Kessel Holdings', sector: 'BUS' });
});

test('actors: unnamed sources close to something, of a body with its acronym, and traders', () => {
  const text = [
    'A person close to the negotiations, who asked not to be identified, said the fund had looked elsewhere. The person said the deal was near.',
    'A World Food Programme (WFP) official in Abeche said rations would be cut.',
    'A coal trader in Baotou, who declined to be named, said deliveries had slowed.',
    "Under the deal, Tarnland's state-owned energy trader Velcom will buy gas. Velcom's chief executive, Ivo Brandt, said so.",
    'Kessel Agro, a privately held grain trader based in Kyiv, said so.',
  ].join(' ');
  const actors = actorsOf(text);
  const person = byMention(actors, 'A person close to the negotiations');
  assert.deepEqual(person?.mentions.map((m) => m.text), ['A person close to the negotiations', 'The person']);
  check(actors, { mention: 'A World Food Programme (WFP) official', kind: 'person', country: 'UN', sector: 'IGO' });
  check(actors, { mention: 'A coal trader', kind: 'person', sector: 'BUS', title: 'Trader' });
  // A trade businesses ply too titles no name without a given name, and describes a body after its name.
  check(actors, { mention: 'Velcom', kind: 'organization', sector: 'BUS' });
  assert.ok(!actors.some((a) => /grain trader/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a name described by a title is a name; what a person is said to be outweighs their body\'s country', () => {
  const text = [
    'LAUSANNE, Switzerland (AP) — Swiss police searched the offices of the Global Chess Confederation, and the panel suspended its president, Nurlan Velikov.',
    'Velikov, a Kazakh businessman who has led the confederation since 2017, denied wrongdoing.',
    'The Tarrow Chess Club suspended its treasurer, Ivo Brandt.',
    'The lobby\'s president, Claudia Ferrero, said jobs were lost. "Every month costs jobs," Ferrero said.',
  ].join(' ');
  const actors = actorsOf(text);
  check(actors, { mention: 'Nurlan Velikov', country: 'KAZ', title: 'President' });
  // Unknown words, but the description says they are someone's name.
  check(actors, { mention: 'Ivo Brandt', kind: 'person', title: 'Treasurer' });
  // A given name before a listed body's one-word name makes a person, and the word alone is then that person.
  const ferrero = byMention(actors, 'Claudia Ferrero');
  assert.deepEqual([ferrero?.kind, ferrero?.mentions.map((m) => m.text)], ['person', ["The lobby's president", 'Claudia Ferrero', 'Ferrero']]);
});

test('actors: people in general inside a quotation are no actors; references and titles used as names are', () => {
  const text = '"We gave the vote back to voters," Ivo Brandt said. "A dozen officers were hurt, and a foreign government is to blame," he said. '
    + '"Our prime minister failed. The people saw it. A member of the board lied. Thank you, Madam Speaker," he said.';
  const names = actorsOf(text).map((a) => a.mentions[0].text);
  for (const generic of ['voters', 'A dozen officers', 'a foreign government']) assert.ok(!names.includes(generic), JSON.stringify(names));
  for (const kept of ['Our prime minister', 'The people', 'A member of the board', 'Madam Speaker']) assert.ok(names.includes(kept), `${kept}: ${JSON.stringify(names)}`);
});

test('actors: a foreign name opened by its head runs on through the cities in it', () => {
  const actors = actorsOf('Rates rose, said Ana Vell, a political scientist at Universidad San Francisco de Quito (USFQ). She studied at the Universidad Nacional de Colombia.');
  check(actors, { mention: 'Universidad San Francisco de Quito', kind: 'organization', country: 'ECU', sector: 'EDU' });
  check(actors, { mention: 'Ana Vell', country: 'ECU', sector: 'EDU' });
  assert.ok(!byMention(actors, 'San Francisco'), JSON.stringify(actors.map((a) => a.name)));
  // A country's name stays a mention of its own.
  check(actors, { mention: 'Colombia', kind: 'country', country: 'COL' });
});

test('actors: a sport\'s own committee or federation is in sport, and so is its president', () => {
  const actors = actorsOf('The Tarnland Olympic Committee backed the bid. The Velmar Chess Federation suspended its president, Ivo Brandt.');
  check(actors, { mention: 'Tarnland Olympic Committee', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'Velmar Chess Federation', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'Ivo Brandt', sector: 'SPT', title: 'President' });
});

test('actors: a listed body named by its head\'s office is, before a name in apposition, that person\'s title', () => {
  const actors = actorsOf('In Geneva, the U.N. High Commissioner for Refugees, Ivo Brandt, said he would travel to the camps. The UNHCR said so.');
  check(actors, { mention: 'Ivo Brandt', kind: 'person', sector: 'IGO', title: 'High Commissioner for Refugees' });
  check(actors, { mention: 'U.N. High Commissioner for Refugees', name: 'Ivo Brandt' });
  check(actors, { mention: 'UNHCR', kind: 'organization', sector: 'IGO' });
});

test('actors: a club word opening a name makes a club, and its later word alone is the club', () => {
  const actors = actorsOf("A fund agreed to buy UD Tarrowa for 200 million euros. Tarrowa's president, Ivo Roig, said the sale would secure its future. FC Velmar lost to Dunmore CF.");
  const club = byMention(actors, 'UD Tarrowa');
  assert.deepEqual([club?.kind, club?.sector, club?.mentions.map((m) => m.text)], ['organization', 'SPT', ['UD Tarrowa', 'Tarrowa']]);
  check(actors, { mention: 'Ivo Roig', sector: 'SPT' });
  check(actors, { mention: 'FC Velmar', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'Dunmore CF', kind: 'organization', sector: 'SPT' });
});

test('actors: the agency in a dateline is the listed agency its short name names', () => {
  const actors = actorsOf('KANO, Nigeria (AP) — Police arrested 40 people. "They came at dawn," Ivo Brandt told The Associated Press.');
  const ap = byMention(actors, 'AP');
  assert.ok(ap, JSON.stringify(actors.map((a) => a.name)));
  assert.deepEqual([ap.name, ap.country, ap.sector, ap.mentions.map((m) => m.text)], ['Associated Press', 'USA', 'MED', ['AP', 'Associated Press']]);
});

test('actors: the holder of a body\'s office takes the body\'s country and sector', () => {
  const text = [
    'Kessel Holdings, a Nairobi-based lender, cut its fees. "We listened," Kessel\'s chief executive, Ivo Brandt, said.',
    "The company's managing director, Ana Volk, said more cuts would come.",
    'The Velmar Consumers Foundation, a Kenyan watchdog group, said the cuts were too small. Its secretary general, Mara Holt, said so.',
    'Dorvan Bhd, a Kuala Lumpur-based planter with estates in Sabah, said it had mapped its land.',
    'The parts were made by Tarrow Safety Systems, an unlisted supplier based in Osaka.',
  ].join(' ');
  const actors = actorsOf(text);
  check(actors, { mention: 'Kessel Holdings', kind: 'organization', country: 'KEN', sector: 'BUS' });
  // After a quotation, the body's office opens the speaker's description.
  check(actors, { mention: "Kessel's chief executive", name: 'Ivo Brandt', country: 'KEN', sector: 'BUS', title: 'Chief Executive' });
  check(actors, { mention: 'Ana Volk', country: 'KEN', sector: 'BUS' });
  // A demonym in a body's appositive places it, whatever its sector; "its" is the body the sentence before is about.
  check(actors, { mention: 'Velmar Consumers Foundation', country: 'KEN', sector: 'NGO' });
  check(actors, { mention: 'Mara Holt', country: 'KEN', sector: 'NGO' });
  // A body its name says is one may be described by any noun; "based in" after the noun places it too.
  check(actors, { mention: 'Dorvan Bhd', country: 'MYS', sector: 'BUS' });
  check(actors, { mention: 'Tarrow Safety Systems', country: 'JPN', sector: 'BUS' });
});

test('actors: an unnamed state body joins the one body of its state named with its head word', () => {
  const text = [
    "ACCRA, May 4 (Reuters) - Ghana's central bank held its main rate on Monday.",
    'The Bank of Ghana said inflation was too high. "The central bank is being cautious," said Ama Vell, an economist.',
    'The Federal Reserve Bank of Tarrow City, a different bank, was not involved. The regional government said nothing, and the government agreed.',
  ].join('\n\n');
  const actors = actorsOf(text);
  const bank = byMention(actors, 'Bank of Ghana');
  assert.ok(bank, JSON.stringify(actors.map((a) => a.name)));
  assert.deepEqual(bank.mentions.map((m) => m.text), ["Ghana's central bank", 'Bank of Ghana', 'The central bank']);
  // An unlisted central bank is the state's too, and so the one its state's "central bank" is.
  const reserve = actorsOf("Vanuatu's central bank raised rates. The Reserve Bank of Vanuatu said prices were too high.");
  const named = byMention(reserve, 'Reserve Bank of Vanuatu');
  assert.equal(named?.sector, 'GOV', JSON.stringify(reserve));
  assert.deepEqual(named?.mentions.map((m) => m.text), ["Vanuatu's central bank", 'Reserve Bank of Vanuatu']);
  // A body "of" somewhere other than the state, and a body named by more than its kind, join nothing.
  assert.notEqual(byMention(actors, 'The regional government'), byMention(actors, 'the government'));
});

test('actors: a name that owns a chief executive is a body, and "the company" far on is the one company named', () => {
  const text = [
    'Varnex signed the supply deal on Monday, officials said.',
    "Varnex's chief executive, Ilse Dorn, said the terms were fair. Ministers welcomed the deal. Prices fell. Traders were calm. Unions were not. Farmers protested.",
    'The company said deliveries would start in May.',
  ].join('\n\n');
  const actors = actorsOf(text);
  const firm = byMention(actors, 'Varnex');
  assert.equal(firm?.kind, 'organization', JSON.stringify(actors.map((a) => [a.name, a.kind])));
  assert.equal(firm?.sector, 'BUS');
  assert.ok(firm?.mentions.some((m) => m.text === 'The company'), JSON.stringify(firm?.mentions));
  check(actors, { mention: 'Ilse Dorn', kind: 'person', sector: 'BUS', title: 'Chief Executive' });
});

test('actors: unnamed sources described as another, as a member of a body or by where they work are actors', () => {
  const text = [
    'A member of the committee, who asked not to be named, said two members had argued for a cut.',
    'Another retired general, who asked not to be identified, said the patrols would fail.',
    'A manager at the mine said morale was low.',
  ].join(' ');
  const actors = actorsOf(text);
  check(actors, { mention: 'A member of the committee', kind: 'person' });
  check(actors, { mention: 'Another retired general', kind: 'person', sector: 'ELI' });
  check(actors, { mention: 'A manager at the mine', kind: 'person' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'two members')), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a retired officer\'s "(retd)" between rank and name keeps them one mention', () => {
  const actors = actorsOf('Brigadier General (retd) Omar Vell said the patrols had failed. Vell spoke in Niamey.');
  check(actors, { mention: 'Brigadier General (retd) Omar Vell', kind: 'person', sector: 'ELI', title: 'Former Brigadier General' });
  assert.equal(byMention(actors, 'Vell')?.name, 'Omar Vell');
});

test('actors: a state\'s abbreviation right before a name abbreviates the name ("Md. Karim Vell"), not after a city', () => {
  const actors = actorsOf('Md. Karim Vell, the foreign affairs adviser, said talks would resume. The firm is based in Towson, Md., near the port.');
  check(actors, { mention: 'Md. Karim Vell', kind: 'person' });
  assert.deepEqual(actors.filter((a) => a.name === 'Maryland').flatMap((a) => a.mentions.map((m) => m.text)), ['Md.']);
});

test('actors: a given name that is also a capital opens a person\'s name ("Santiago Vell")', () => {
  const actors = actorsOf('The central bank held rates. Its president, Santiago Vell, said it would buy dollars.');
  check(actors, { mention: 'Santiago Vell', kind: 'person' });
  assert.ok(!actors.some((a) => a.kind === 'place' || a.kind === 'country'), JSON.stringify(actors.map((a) => [a.name, a.kind])));
});

test('actors: words for a kind of business ("the airline", "the lender") point back to it; a body\'s description may measure it', () => {
  const text = "Tarrow Air, Peru's largest private airline, ordered 40 jets. The airline said it would pay cash. Kessel Bank, the country's largest lender by assets, raised rates. The lender said profits rose.";
  const actors = actorsOf(text);
  assert.deepEqual(byMention(actors, 'Tarrow Air')?.mentions.map((m) => m.text), ['Tarrow Air', "Peru's largest private airline", 'The airline']);
  assert.deepEqual(byMention(actors, 'Kessel Bank')?.mentions.map((m) => m.text), ['Kessel Bank', "the country's largest lender", 'The lender']);
  // Only to a body of that kind: not the planemaker or the bank named in between.
  const between = actorsOf('Vell Air ordered 40 jets from Orvane on Monday. Orvane said deliveries would start in May. Analysts at Kessel Bank said the airline could pay.');
  assert.deepEqual(byMention(between, 'Vell Air')?.mentions.map((m) => m.text), ['Vell Air', 'the airline']);
});

test('actors: a body\'s name keeps a role word before its head and an ordinal in front ("the 7th Federal Criminal Court")', () => {
  const actors = actorsOf('A judge of the 7th Federal Criminal Court ruled on Monday. Tomas Vell won his 15th Champions League title.');
  check(actors, { mention: '7th Federal Criminal Court', kind: 'organization', sector: 'JUD' });
  assert.ok(!byMention(actors, '15th Champions League'));
});

test('actors: "Lawyers for <a person>" are no body; "the town of X, <state>" is one place', () => {
  const actors = actorsOf('Rafael Quintela was freed on Tuesday. Lawyers for Quintela said he would go home. A storm hit the town of Shawnee, Oklahoma.');
  assert.ok(!byMention(actors, 'Lawyers for Quintela'), JSON.stringify(actors.map((a) => a.name)));
  assert.equal(byMention(actors, 'Quintela'), byMention(actors, 'Rafael Quintela'));
  check(actors, { mention: 'Shawnee, Oklahoma', kind: 'place', country: 'USA' });
});

test('actors: a short name or listed name inside a longer body name ending in a head word is part of it', () => {
  const actors = actorsOf('The Nigeria Labour Congress (NLC) called a strike on Monday. Social Democratic Party leaders met in Velmar.');
  check(actors, { mention: 'Nigeria Labour Congress', kind: 'organization', country: 'NGA' });
  assert.equal(byMention(actors, 'NLC'), byMention(actors, 'Nigeria Labour Congress'));
  check(actors, { mention: 'Social Democratic Party', kind: 'organization', sector: 'PTY' });
  assert.notEqual(byMention(actors, 'Social Democratic Party')?.country, 'USA');
  assert.ok(!byMention(actors, 'Nigeria Labour'));
});

test('actors: bodies named with "for the", "and the", a campus after "at", a city before a role word, an orchestra', () => {
  const actors = actorsOf('The Federal Office for the Protection of the Constitution warned on Friday. She studied at the University of Texas at Austin and the Harwell Center for Water and the Environment. The London Symphony Orchestra played, and the Chicago Police Department stood by.');
  check(actors, { mention: 'Federal Office for the Protection of the Constitution', kind: 'organization' });
  check(actors, { mention: 'University of Texas at Austin', kind: 'organization', country: 'USA' });
  check(actors, { mention: 'Austin', kind: 'place' });
  assert.ok(actors.some((a) => a.kind === 'organization' && a.name === 'Harwell Center for Water and the Environment'), JSON.stringify(actors.map((a) => a.name)));
  check(actors, { mention: 'London Symphony Orchestra', kind: 'organization' });
  check(actors, { mention: 'Chicago Police Department', kind: 'organization', country: 'USA' });
  check(actors, { mention: 'Chicago', kind: 'place' });
});

test('actors: titles with a portfolio after "for", a listed business with a legal suffix, a title before a name ending in "Park"', () => {
  const actors = actorsOf('The bloc\'s Commissioner for Crisis Management, Lena Brandt, pledged aid. Nordea Bank Abp advised the buyer. Judge Tesni Park presided.');
  check(actors, { mention: 'Lena Brandt', kind: 'person', title: 'Commissioner for Crisis Management' });
  assert.ok(!byMention(actors, 'Crisis Management'));
  check(actors, { mention: 'Nordea Bank Abp', kind: 'organization', sector: 'BUS' });
  assert.equal(byMention(actors, 'Nordea Bank Abp')?.name, 'Nordea');
  check(actors, { mention: 'Judge Tesni Park', kind: 'person', sector: 'JUD' });
});

test('actors: a capital is the city after "through", a lower-case "central", a trip "to", and before "\'s mayor"', () => {
  const actors = actorsOf('Protesters marched through central Berlin. Berlin\'s mayor asked for calm. The minister later flew home to Canberra. Moscow rejected the plan.');
  assert.ok(byMention(actors, 'Berlin')?.kind === 'place', JSON.stringify(actors.map((a) => [a.name, a.kind])));
  check(actors, { mention: 'Canberra', kind: 'place', country: 'AUS' });
  check(actors, { mention: 'Moscow', kind: 'country', country: 'RUS' });
});

test('actors: a town\'s name inside a body\'s "for" phrase is a word of the name, and "of <country>" after it gives the country', () => {
  const actors = actorsOf('Talks resumed with the Popular Front for the Total Independence of Chad (PFTIC) on Sunday.');
  check(actors, { mention: 'Popular Front for the Total Independence of Chad', kind: 'organization', country: 'TCD' });
  assert.ok(!byMention(actors, 'Independence'));
});

test('actors: a place name that is a given name, before a surname used alone with "said", is a person ("Jordan Hughes")', () => {
  const actors = actorsOf('Jordan Hughes, a grain farmer near the river, watched prices fall. Hughes said he would hold his crop.');
  check(actors, { mention: 'Jordan Hughes', kind: 'person' });
  assert.ok(!actors.some((a) => a.kind === 'country' && a.country === 'JOR'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a trade word after "<place>-based" names a business there; a sentence-initial portfolio stays in the title', () => {
  const actors = actorsOf('The Accra-based consultancy Tembo Analytics said the strike would spread. Home Affairs Minister Ruth Adjei disagreed.');
  check(actors, { mention: 'Tembo Analytics', kind: 'organization', sector: 'BUS', country: 'GHA' });
  check(actors, { mention: 'Home Affairs Minister Ruth Adjei', kind: 'person', sector: 'GOV' });
});

test('actors: a country\'s own society of a movement is its own body; chapter and presidency are heads', () => {
  const actors = actorsOf('The Turkish Red Crescent sent tents. The Turkish Red Crescent said more were needed. The Red Cross sent doctors. '
    + 'The Granite Hills Chapter of the Sierra Club sued. The Migration Management Presidency counted arrivals.');
  check(actors, { mention: 'Turkish Red Crescent', name: 'Turkish Red Crescent', kind: 'organization', country: 'TUR', sector: 'NGO' });
  assert.notEqual(byMention(actors, 'Red Cross'), byMention(actors, 'Turkish Red Crescent'));
  check(actors, { mention: 'Granite Hills Chapter', kind: 'organization' });
  check(actors, { mention: 'Migration Management Presidency', kind: 'organization', sector: 'GOV' });
});

test('actors: "Gas and Electric" is one utility; a head word before a role is no place; a party of people is no party', () => {
  const actors = actorsOf('Harbor Gas and Electric raised its rates. Park rangers closed the trail. A small party of hikers was rescued.');
  check(actors, { mention: 'Harbor Gas and Electric', kind: 'organization', sector: 'BUS' });
  assert.ok(!byMention(actors, 'Park'), JSON.stringify(actors.map((a) => a.name)));
  assert.ok(!actors.some((a) => a.sector === 'PTY'), JSON.stringify(actors.map((a) => [a.name, a.sector])));
});

test('actors: a place named with a head word is in the place the text puts it after "in"', () => {
  const actors = actorsOf('Floods swept the Rio Grande Valley in Texas on Sunday.');
  check(actors, { mention: 'Rio Grande Valley', kind: 'place', country: 'USA' });
});

test('actors: a common noun before a full name at a sentence start describes the person, whose surname stays theirs after "in"', () => {
  const actors = actorsOf('Ethnographer Lena Marwick studied the herders for a year. Originally from Leeds, Marwick hesitated at first. '
    + 'In Marwick\'s own culture, winning mattered. Over time, Marwick learned their songs.');
  check(actors, { mention: 'Lena Marwick', kind: 'person' });
  const lena = byMention(actors, 'Lena Marwick');
  assert.equal(lena?.mentions.filter((m) => m.text === 'Marwick').length, 3, JSON.stringify(actors.map((a) => [a.name, a.kind, a.mentions.map((m) => m.text)])));
  assert.ok(!actors.some((a) => a.kind === 'place' && a.name === 'Marwick'));
});

test('actors: a country named inside a listed body\'s name is mentioned too; "US Congress" is Congress', () => {
  const actors = actorsOf('The U.S. Senate passed the bill. The US Congress must now act. The National Bank of Velmar met the Bank of England.');
  check(actors, { mention: 'U.S. Senate', kind: 'organization', country: 'USA', sector: 'LEG' });
  check(actors, { mention: 'U.S.', kind: 'country', country: 'USA' });
  check(actors, { mention: 'US Congress', name: 'Congress', sector: 'LEG' });
  check(actors, { mention: 'England', country: 'GBR' });
  assert.equal(actors.flatMap((a) => a.mentions).filter((m) => m.text === 'England').length, 1);
});

test('actors: an office held in a body outside the state takes the body\'s sector; an EU office stays GOV', () => {
  const actors = actorsOf('A senior Hamas official, Karim Fawzi, said the group was studying the plan. MLS commissioner Dana Brook praised the city. '
    + '"Stocks will run out," said a spokesman for the World Food Programme, Tobias Amollo. BNP secretary-general Rafiq Hasan denied it. '
    + 'The President of the European Council, Ilse Vandermeer, urged calm.');
  check(actors, { mention: 'Karim Fawzi', sector: 'REB' });
  check(actors, { mention: 'Dana Brook', sector: 'SPT', country: 'USA' });
  check(actors, { mention: 'Tobias Amollo', sector: 'IGO' });
  check(actors, { mention: 'Rafiq Hasan', sector: 'PTY', country: 'BGD' });
  check(actors, { mention: 'Ilse Vandermeer', sector: 'GOV' });
});

test('actors: a party or assembly name many states share belongs to the state the article is about', () => {
  const korea = actorsOf('South Korea\'s president vetoed the bill in Seoul. Korean lawmakers had passed it. The main opposition Democratic Party said it would try again. '
    + 'Its floor leader, Han Ji-woo, said Korea deserved better.');
  check(korea, { mention: 'Democratic Party', country: 'KOR', sector: 'PTY' });
  check(korea, { mention: 'Han Ji-woo', country: 'KOR' });
  const colombia = actorsOf('Colombia votes on Sunday. Bogota has deployed troops. Colombian voters are tired. Conservative Party candidate Mateo Vargas finished second.');
  check(colombia, { mention: 'Conservative Party', country: 'COL' });
  check(colombia, { mention: 'Mateo Vargas', country: 'COL' });
  const missouri = actorsOf('Missouri lawmakers in Jefferson City will vote. The tax credits need approval by the General Assembly in Jefferson City, Missouri.');
  check(missouri, { mention: 'General Assembly', name: 'General Assembly', country: 'USA', sector: 'LEG' });
  const un = actorsOf('The General Assembly voted on the resolution in New York.');
  check(un, { mention: 'General Assembly', name: 'UN General Assembly', country: 'UN' });
});

test('actors: a romanized two-syllable given name is one name; a describing word before a portfolio is no one', () => {
  const actors = actorsOf('Its floor leader, Han Ji-woo, said the bill was dead. Far-right National Security Minister Avi Tal objected. '
    + 'Its K-band antenna failed.');
  check(actors, { mention: 'Han Ji-woo', kind: 'person' });
  check(actors, { mention: 'National Security Minister Avi Tal', kind: 'person', sector: 'GOV' });
  assert.ok(!actors.some((a) => /Far-right/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
  assert.ok(!actors.some((a) => a.kind === 'person' && a.name === 'K-band'));
});

test('actors: a country that is a dateline\'s place is a place; a state body takes the article\'s state over one named in passing', () => {
  const text = 'LUXEMBOURG, May 4 (Wire) - The European Court of Justice ruled that Poland\'s media law breached European rules.\n\n'
    + 'The Luxembourg-based court said the Media Council, as rebuilt in Poland in 2019, was not independent. Critics in Warsaw cheered. '
    + 'Poland must now act, lawyers said.\n\n'
    + '"Today the law won in Luxembourg," said Marta Nowik, a lawyer.\n\n'
    + 'The government said it would present a bill within weeks.';
  const actors = actorsOf(text);
  const dateline = actors.find((a) => a.mentions.some((m) => m.start === 0));
  assert.equal(dateline?.kind, 'place');
  check(actors, { mention: 'The government', country: 'POL', sector: 'GOV' });
  check(actors, { mention: 'Media Council', country: 'POL' });
});

test('actors: a ministry\'s list of portfolios, words an acronym spells, a people for a cause and a forum are one body each', () => {
  const actors = actorsOf('Japan\'s Ministry of Education, Culture, Sports, Science and Technology issued rules. '
    + 'The Harbour Workers Congress (HWC) joined the strike, and the HWC said more would follow. '
    + 'Americans for Safer Roads spent millions. The Nigeria Governors\' Forum met in Abuja.');
  check(actors, { mention: 'Ministry of Education, Culture, Sports, Science and Technology', kind: 'organization', sector: 'GOV' });
  assert.ok(!byMention(actors, 'Sports'));
  check(actors, { mention: 'Harbour Workers Congress', kind: 'organization' });
  assert.equal(byMention(actors, 'HWC'), byMention(actors, 'Harbour Workers Congress'));
  check(actors, { mention: 'Americans for Safer Roads', kind: 'organization', country: 'USA', sector: 'NGO' });
  check(actors, { mention: 'Nigeria Governors\' Forum', kind: 'organization', country: 'NGA' });
});

test('actors: words of a body\'s field set its sector over its head word; a ministry keeps GOV; alderman, superintendent, lieutenant governor', () => {
  const actors = actorsOf('The Velmar Labour Congress called a strike. The Tarnby Chamber of Commerce and Industry objected. '
    + 'The Insurance Council of Velmar counted claims. The Ministry of Labour said talks would resume. The General Intelligence Service of Egypt mediated. '
    + 'The Senate Judiciary Committee met. Alderman Rosa Tillery and Superintendent Dana Okafor spoke, and Lieutenant Governor Ben Marsh agreed.');
  check(actors, { mention: 'Velmar Labour Congress', sector: 'LAB' });
  check(actors, { mention: 'Tarnby Chamber of Commerce and Industry', sector: 'BUS' });
  check(actors, { mention: 'Insurance Council of Velmar', sector: 'BUS' });
  check(actors, { mention: 'Ministry of Labour', kind: 'organization', sector: 'GOV' });
  assert.ok(!actors.some((a) => a.sector === 'PTY'), JSON.stringify(actors.map((a) => [a.name, a.sector])));
  check(actors, { mention: 'General Intelligence Service of Egypt', sector: 'SPY' });
  assert.notEqual(byMention(actors, 'Judiciary Committee')?.sector ?? byMention(actors, 'Senate Judiciary Committee')?.sector, 'JUD');
  check(actors, { mention: 'Alderman Rosa Tillery', sector: 'LEG', title: 'Alderman' });
  check(actors, { mention: 'Superintendent Dana Okafor', title: 'Superintendent' });
  check(actors, { mention: 'Lieutenant Governor Ben Marsh', title: 'Lieutenant Governor' });
});

test('actors: a family name before a romanized given name is the short name; two-city datelines; a move "out of" the capital', () => {
  const actors = actorsOf('BERLIN/LONDON, Oct 8 (Wire) - The deal was approved.\n\nBusan Mayor Kwon Seung-hoon said the move was unfair. '
    + 'Kwon told reporters the city would sue. Lawmakers opposed any move out of Seoul, where the Seoul metropolitan area holds half the people.');
  check(actors, { mention: 'Busan Mayor Kwon Seung-hoon', kind: 'person' });
  assert.equal(byMention(actors, 'Kwon'), byMention(actors, 'Busan Mayor Kwon Seung-hoon'));
  check(actors, { mention: 'BERLIN', kind: 'place' });
  check(actors, { mention: 'LONDON', kind: 'place' });
  assert.ok(actors.filter((a) => a.mentions.some((m) => m.text === 'Seoul')).every((a) => a.kind === 'place'), JSON.stringify(actors.map((a) => [a.name, a.kind])));
});

test('actors: in a story set in one state, its office holders and bodies named without a country are that state\'s', () => {
  const actors = actorsOf('ST. LOUIS, Missouri (Wire) - The city will build a stadium in St. Louis, Missouri.\n\n'
    + 'Mayor Lena Ostrow called it a good deal. Alderman Ivo Brandt voted against it. A consultancy, Halvane Partners, backed it.');
  check(actors, { mention: 'Mayor Lena Ostrow', country: 'USA', sector: 'GOV' });
  check(actors, { mention: 'Alderman Ivo Brandt', country: 'USA' });
  const abroad = actorsOf('Talks in Oslo, Norway, and in Nairobi, Kenya, stalled. Mayor Lena Ostrow called it a bad sign.');
  check(abroad, { mention: 'Mayor Lena Ostrow', country: null });
});

test('actors: "analysts at X" work for a body; a name before "program" names a thing; "X, France and Britain" is a list', () => {
  const actors = actorsOf('Analysts at Holberg Brothers expect cuts. The agency said its Vireo program would slip. '
    + 'The war pitted the Union against the Vandal League, France and Britain stayed neutral.');
  check(actors, { mention: 'Holberg Brothers', kind: 'organization' });
  assert.ok(!actors.some((a) => a.name === 'Vireo'), JSON.stringify(actors.map((a) => a.name)));
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'Vandal League, France')));
});

test('actors: a party\'s adjective, "the party\'s", and an employer after "at" give the office holder\'s sector', () => {
  const actors = actorsOf('Democratic leader Ana Castell said the vote was close. The party\'s treasurer, Ivo Marsk, disagreed. '
    + 'Jan Holt, an analyst at ABN Amro, said rates would fall.');
  check(actors, { mention: 'Ana Castell', sector: 'PTY' });
  check(actors, { mention: 'Ivo Marsk', sector: 'PTY' });
  check(actors, { mention: 'Jan Holt', sector: 'BUS' });
});

test('actors: "the University of <state>, <city>" is one campus; a city followed by its state places the university instead', () => {
  const actors = actorsOf('She taught at the University of Wisconsin, Madison, for years. He moved to the University of Texas, Austin, Texas.');
  check(actors, { mention: 'University of Wisconsin, Madison', kind: 'organization', sector: 'EDU' });
  check(actors, { mention: 'Madison', kind: 'place' });
  check(actors, { mention: 'University of Texas', kind: 'organization' });
});

test('actors: "Free Democrats (FDP)" is the listed FDP, not the US Democrats; long names an acronym defines are one body', () => {
  const actors = actorsOf('The Free Democrats (FDP) quit the coalition, and the Social Democrats (SPD) stayed. The FDP said so. '
    + 'The General Confederation of Labour (GCL) marched. Agents of the Velmari Institute of Forests and Renewable Water Resources (IVRA) raided farms. '
    + 'The Harbour Trade Union Congress (TUC) joined. Intelligence agents watched.');
  check(actors, { mention: 'Free Democrats', country: 'DEU', sector: 'PTY' });
  assert.equal(byMention(actors, 'FDP'), byMention(actors, 'Free Democrats'));
  check(actors, { mention: 'Social Democrats', country: 'DEU' });
  assert.ok(!actors.some((a) => a.country === 'USA'), JSON.stringify(actors.map((a) => [a.name, a.country])));
  check(actors, { mention: 'General Confederation of Labour', kind: 'organization', sector: 'LAB' });
  check(actors, { mention: 'Velmari Institute of Forests and Renewable Water Resources', kind: 'organization' });
  assert.equal(byMention(actors, 'IVRA'), byMention(actors, 'Velmari Institute of Forests and Renewable Water Resources'));
  assert.notEqual(byMention(actors, 'TUC')?.country, 'GBR');
  check(actors, { mention: 'Intelligence agents', sector: 'SPY' });
});

test('actors: a title\'s portfolio after "for" stops at the name; "a spokeswoman for the prime minister, X" is X', () => {
  const actors = actorsOf('Coordinating Minister for Human Development Tomasz Wielgor visited the site. Aid worker Ola Brandt said so. '
    + 'A spokeswoman for the prime minister, Claire Benhamou, said talks would go on. Prime Minister Luc Fabre agreed.');
  check(actors, { mention: 'Minister for Human Development Tomasz Wielgor', name: 'Tomasz Wielgor', title: 'Minister for Human Development' });
  assert.notEqual(byMention(actors, 'Ola Brandt'), byMention(actors, 'Minister for Human Development Tomasz Wielgor'));
  check(actors, { mention: 'A spokeswoman for the prime minister', name: 'Claire Benhamou' });
  assert.notEqual(byMention(actors, 'the prime minister'), byMention(actors, 'Claire Benhamou'));
});

test('actors: a title\'s list of portfolios joined by "and" is the title, and the name after it is its holder', () => {
  const actors = actorsOf('The Minister of Trade and Social Affairs Ines Valdor said on Monday the plan would work. '
    + 'Minister of Health and Family Welfare Oren Maddick agreed.');
  check(actors, { mention: 'Minister of Trade and Social Affairs Ines Valdor', name: 'Ines Valdor', kind: 'person', sector: 'GOV', title: 'Minister of Trade and Social Affairs' });
  check(actors, { mention: 'Minister of Health and Family Welfare Oren Maddick', name: 'Oren Maddick', title: 'Minister of Health and Family Welfare' });
  assert.ok(!actors.some((a) => /Affairs Ines|Welfare Oren/.test(a.name)));
});

test('actors: a head is someone only as a body\'s; an unlisted body named with an office gives the office its sector', () => {
  const actors = actorsOf('Lana Orsk, head of the Volcanology Agency, said the crater was calm. '
    + 'The PVMBG head, Tomas Ferro, agreed. A climber was hit in the head by a rock. She marched at the head of the Velmar march. '
    + 'Ivo Brandt, chairman of the Tarrow Group, said shares fell. Kestrel Holdings chairman Ruth Amsel was silent. '
    + 'A spokesman for the army said troops were sent. Lumen Party leader Ravi Dutt objected.');
  check(actors, { mention: 'Lana Orsk', title: 'Head', sector: 'GOV' });
  check(actors, { mention: 'Tomas Ferro', title: 'Head' });
  assert.equal(byMention(actors, 'The PVMBG head'), byMention(actors, 'Tomas Ferro'));
  assert.ok(!actors.some((a) => a.mentions.some((m) => /^the head/.test(m.text))), JSON.stringify(actors.map((a) => a.mentions.map((m) => m.text))));
  check(actors, { mention: 'Ivo Brandt', sector: 'BUS' });
  check(actors, { mention: 'Ruth Amsel', sector: 'BUS', title: 'Chairman' });
  check(actors, { mention: 'A spokesman', sector: 'MIL' });
  check(actors, { mention: 'Ravi Dutt', sector: 'PTY' });
});

test('actors: coast guards, navies, regulators and watchdogs are bodies, also after "of the" and before a verb the tagger misreads', () => {
  const actors = actorsOf('Two boats of the Philippine coast guard shadowed the vessels. The Taiwan coast guard said it tracked them. '
    + 'Ships of the Russian navy followed. The Veltran Energy Regulator (VER) fined the firm. Regulator chairman Ivo Marsk said the rules were clear. '
    + 'The watchdog said more fines would come.');
  check(actors, { mention: 'the Philippine coast guard', kind: 'organization', country: 'PHL', sector: 'MIL' });
  check(actors, { mention: 'The Taiwan coast guard', kind: 'organization', country: 'TWN', sector: 'MIL' });
  check(actors, { mention: 'the Russian navy', kind: 'organization', country: 'RUS', sector: 'MIL' });
  check(actors, { mention: 'Veltran Energy Regulator', kind: 'organization', sector: 'GOV' });
  assert.equal(byMention(actors, 'The watchdog'), byMention(actors, 'Veltran Energy Regulator'));
  check(actors, { mention: 'Ivo Marsk', sector: 'GOV', title: 'Chairman' });
});

test('actors: agencies named with their country or province ("Statistics Canada", "Elections Ontario") are the state\'s bodies', () => {
  const actors = actorsOf('Elections Ontario said 44 percent voted. Statistics Canada said prices rose, and Health Canada recalled a drug.');
  check(actors, { mention: 'Elections Ontario', kind: 'organization', country: 'CAN', sector: 'GOV' });
  check(actors, { mention: 'Statistics Canada', kind: 'organization', country: 'CAN', sector: 'GOV' });
  check(actors, { mention: 'Health Canada', kind: 'organization', country: 'CAN', sector: 'GOV' });
});

test('actors: "Its secretary-general, X" holds the office of the body that was the subject of the sentence before', () => {
  const actors = actorsOf('The opposition Lumen Movement (LM) called for the bill to be withdrawn by the Kenyan parliament. '
    + 'Its secretary general, Ada Wekesa, said the tax was unfair. '
    + 'The Velmari Garment Exporters Association (VGEA), which represents 900 factories, said its members could not pay. '
    + 'Its president, Omar Faruk, said so. The Velmari Road Carriers Union said trucks were stuck in Poland. Its head, Ivo Marsk, agreed.');
  check(actors, { mention: 'Ada Wekesa', sector: 'OPP' });
  check(actors, { mention: 'Omar Faruk', sector: 'BUS' });
  check(actors, { mention: 'Ivo Marsk', sector: 'LAB', title: 'Head' });
});

test('actors: an office after a body the article defines takes that body\'s sector ("LUC leader X", "A VRC official")', () => {
  const actors = actorsOf('The Lumen Democratic Party (LDA) walked out of the coalition. LDA leader Johan Merwe said the talks had failed. '
    + 'The Velmari Relief Foundation (VRC) sent teams. A VRC official said 40 people were hurt. '
    + 'The Kestrel Bar Society (KBS) sued the state. KBS general secretary Ruth Amsel said the law was void.');
  check(actors, { mention: 'Johan Merwe', sector: 'PTY', title: 'Leader' });
  check(actors, { mention: 'A VRC official', sector: 'NGO' });
  assert.equal(byMention(actors, 'VRC'), byMention(actors, 'Velmari Relief Foundation'));
  check(actors, { mention: 'Ruth Amsel', sector: 'NGO', title: 'General Secretary' });
});

test('actors: the European Commission is an actor of its own; "the Commission" and "a commission spokesperson" point back to it', () => {
  const actors = actorsOf('The European Commission fined Orvane Systems. The Commission said the firm broke EU law. '
    + 'A commission spokesperson, Lise Varden, said the EU executive would not back down. The EU welcomed the ruling.');
  check(actors, { mention: 'European Commission', name: 'European Commission', kind: 'organization', country: 'EU', sector: 'IGO' });
  assert.equal(byMention(actors, 'Commission'), byMention(actors, 'European Commission'));
  assert.equal(byMention(actors, 'EU executive'), byMention(actors, 'European Commission'));
  assert.notEqual(byMention(actors, 'EU'), byMention(actors, 'European Commission'));
  check(actors, { mention: 'Lise Varden', country: 'EU' });
});

test('actors: bare officers are police in a police story; police titles ("Inspector General of Police") are COP', () => {
  const actors = actorsOf('Police fired tear gas at protesters in Velmar. Police denied that officers had used live rounds. '
    + 'Inspector General of Police Omar Kessel said 42 officers were hurt. The army said two officers died in the north. '
    + 'The measure passed the Chamber of Deputies, though the chamber was split.');
  check(actors, { mention: 'officers', sector: 'COP' });
  check(actors, { mention: 'Inspector General of Police Omar Kessel', sector: 'COP', title: 'Inspector General of Police' });
  check(actors, { mention: 'two officers', sector: 'MIL' });
  check(actors, { mention: 'Chamber of Deputies', kind: 'organization', sector: 'LEG' });
  // ("Regional Police Commander": the body's word inside a capitalized name before the title.)
  check(actorsOf('Nairobi Regional Police Commander Ann Kora said the road was open.'), { mention: 'Nairobi Regional Police Commander Ann Kora', sector: 'COP' });
  // (Hyphenated, too.)
  check(actorsOf('Inspector-General of Police Tarv Ondu said officers acted lawfully.'), { mention: 'Inspector-General of Police Tarv Ondu', sector: 'COP' });
});

test('actors: the people a credit line names are the outlet\'s journalists, and the places they filed from stay places', () => {
  const actors = actorsOf('Talks in Velmar ended without a deal.\n\n(Reporting by Ines Valdor in Velmar and Hana Brook in Washington; '
    + 'Writing by Paul Grant; Editing by Oren Maddick)\n\n(Associated Press writer Tomas Ferro contributed from Kestrel.)');
  check(actors, { mention: 'Ines Valdor', kind: 'person', sector: 'MED', title: 'Reporter' });
  check(actors, { mention: 'Hana Brook', kind: 'person', sector: 'MED', title: 'Reporter' });
  check(actors, { mention: 'Paul Grant', kind: 'person', sector: 'MED', title: 'Writer' });
  check(actors, { mention: 'Oren Maddick', kind: 'person', sector: 'MED', title: 'Editor' });
  check(actors, { mention: 'Tomas Ferro', kind: 'person', sector: 'MED' });
  check(actors, { mention: 'Washington', kind: 'place' });
});

test('actors: "his party" is the one party the article has named so far, and no party where it has named several', () => {
  const one = actorsOf('The Lumen Party (LP) won 40 seats. LP leader Ivo Marsk said his party would govern alone.');
  assert.equal(byMention(one, 'his party'), byMention(one, 'Lumen Party'));
  const two = actorsOf('The Lumen Party won seats and the Kestrel Party lost. Ana Ruiz said her party would not join.');
  assert.notEqual(byMention(two, 'her party'), byMention(two, 'Lumen Party'));
  assert.notEqual(byMention(two, 'her party'), byMention(two, 'Kestrel Party'));
});

test('actors: the state a story is about counts its bodies and officials, not only its place names', () => {
  // Ukraine is named more often than the United States (the dateline does not count), but the story is about
  // Washington's own institutions.
  const actors = actorsOf('WASHINGTON (Wire) - Senators questioned the Pentagon nominee over aid to Ukraine on Tuesday.\n\n'
    + 'Ivo Brandt, a former Army colonel, told the Senate Armed Services Committee the Pentagon must buy faster. '
    + 'He said aid to Ukraine had no end, and Ukraine should pay. Defense Secretary Mark Ellison backed him, and the Pentagon agreed.');
  check(actors, { mention: 'Army', country: 'USA' });
  check(actors, { mention: 'Defense Secretary Mark Ellison', country: 'USA' });
});

test('actors: national legislatures, police forces and agencies are listed bodies; a state body takes the state its own "of" names', () => {
  const actors = actorsOf('The Sejm passed the bill. Officers of the Guardia Civil arrested two men, and the Generalitat protested. '
    + 'Jetstar cancelled flights. Moscow said drones hit a refinery. The General Staff of Ukraine\'s armed forces confirmed the strike.');
  check(actors, { mention: 'Sejm', kind: 'organization', country: 'POL', sector: 'LEG' });
  check(actors, { mention: 'Guardia Civil', kind: 'organization', country: 'ESP', sector: 'COP' });
  check(actors, { mention: 'Generalitat', kind: 'organization', country: 'ESP', sector: 'GOV' });
  check(actors, { mention: 'Jetstar', kind: 'organization', country: 'AUS', sector: 'BUS' });
  check(actors, { mention: 'General Staff', country: 'UKR', sector: 'MIL' });
});

test('actors: the Niger Delta is a Nigerian region, "the Delta" no city, and "X\'s Social Democrats (SPD)" the listed party', () => {
  const delta = actorsOf('A blast hit a pipeline in the Niger Delta on Monday. The Niger Delta Avengers (NDA) claimed it. '
    + 'Militancy in the Delta has cut output. Shares in the Basel-based company fell.');
  check(delta, { mention: 'Niger Delta', kind: 'place', country: 'NGA' });
  assert.ok(!delta.some((a) => a.country === 'NER'), JSON.stringify(delta.map((a) => [a.name, a.country])));
  assert.ok(!delta.some((a) => a.country === 'CAN'), JSON.stringify(delta.map((a) => [a.name, a.country])));
  check(delta, { mention: 'Basel', country: 'CHE' });
  const spd = actorsOf('Chancellor Karl Brenner faced a revolt. Brenner\'s Social Democrats (SPD) lost seats.');
  check(spd, { mention: 'SPD', country: 'DEU', sector: 'PTY' });
  assert.equal(byMention(spd, 'Social Democrats'), byMention(spd, 'SPD'));
});

test('actors: more titles: portfolio lists before a title, a minister of state with a portfolio, an ombudswoman', () => {
  const actors = actorsOf('Energy and Mineral Resources Minister Rahmat Sulis said exports would resume. '
    + 'Minister of State for Petroleum Resources Chidi Obi told reporters. Ombudswoman Marta Ruales said the killings must stop. '
    + 'Vice Finance Minister for International Affairs Aiko Hata said so.');
  check(actors, { mention: 'Energy and Mineral Resources Minister Rahmat Sulis', name: 'Rahmat Sulis', sector: 'GOV' });
  assert.ok(!actors.some((a) => a.name === 'Energy'));
  check(actors, { mention: 'Minister of State for Petroleum Resources Chidi Obi', name: 'Chidi Obi', kind: 'person', title: 'Minister of State for Petroleum Resources' });
  check(actors, { mention: 'Ombudswoman Marta Ruales', name: 'Marta Ruales', sector: 'GOV', title: 'Ombudswoman' });
  check(actors, { mention: 'Vice Finance Minister for International Affairs Aiko Hata', name: 'Aiko Hata', title: 'Vice Finance Minister for International Affairs' });
});

test('actors: a one-word outlet named like a role is the role before a name; police commanders and inspectors general are COP; a treasurer is GOV', () => {
  const actors = actorsOf('Economist Gonzalo Ferra said growth would slow. The Economist reported the figures. '
    + 'Kenyan police commander Omar Kessel said two died. Police Inspector General Rosa Jean said so. Treasurer Daniel Ashby spoke.');
  check(actors, { mention: 'Economist Gonzalo Ferra', name: 'Gonzalo Ferra', kind: 'person', title: 'Economist' });
  check(actors, { mention: 'Economist', kind: 'organization', sector: 'MED' });
  check(actors, { mention: 'Omar Kessel', sector: 'COP' });
  check(actors, { mention: 'Police Inspector General Rosa Jean', sector: 'COP' });
  check(actors, { mention: 'Treasurer Daniel Ashby', sector: 'GOV' });
});

test('actors: given names from beyond the English lists make people ("President Milan Vukic", "Kittipong Sornsak, the candidate")', () => {
  const actors = actorsOf('President Milan Vukic accused foreign services. Kittipong Sornsak, the 58-year-old candidate, lost the vote. '
    + 'Jelena Maric said so.');
  check(actors, { mention: 'President Milan Vukic', name: 'Milan Vukic', kind: 'person' });
  assert.ok(!actors.some((a) => a.name === 'Milan'));
  check(actors, { mention: 'Kittipong Sornsak', kind: 'person' });
  check(actors, { mention: 'Jelena Maric', kind: 'person' });
});

test('actors: an unlisted "Liberation Army" or rebel body is REB, a listed state army stays MIL', () => {
  const actors = actorsOf('The Velmari National Liberation Army (VNLA) seized the town. The People\'s Liberation Army held drills.');
  check(actors, { mention: 'Velmari National Liberation Army', kind: 'organization', sector: 'REB' });
  check(actors, { mention: 'People\'s Liberation Army', country: 'CHN', sector: 'MIL' });
});

test('actors: names other states share (the Conservatives, the House of Commons) take the story\'s state; "the Diet" is Japan\'s', () => {
  const ca = actorsOf('OTTAWA (Wire) - The opposition Conservatives demanded a debate in the House of Commons. '
    + 'Canada\'s prime minister refused, and Canadian officials said Canada would wait.');
  check(ca, { mention: 'Conservatives', country: 'CAN', sector: 'PTY' });
  check(ca, { mention: 'House of Commons', country: 'CAN', sector: 'LEG' });
  const jp = actorsOf('Lawmakers returned to the Diet on Monday in Tokyo.');
  check(jp, { mention: 'Diet', kind: 'organization', country: 'JPN', sector: 'LEG' });
});

test('actors: "the council\'s chair, X" and "the deputy foreign minister, X" keep the office and its rank; "the dog\'s head" is no one', () => {
  const actors = actorsOf('The Council on Ethics called it a risk. The council\'s chair, Svein Aasmo, said so. '
    + 'The region\'s chief minister, Tariq Lane, condemned the attack. The deputy foreign minister, Faisal Harb, agreed. '
    + 'The dog\'s head was hurt.');
  check(actors, { mention: 'Svein Aasmo', title: 'Chair', sector: 'GOV' });
  assert.equal(byMention(actors, 'The council\'s chair'), byMention(actors, 'Svein Aasmo'));
  check(actors, { mention: 'Tariq Lane', title: 'Chief Minister' });
  check(actors, { mention: 'Faisal Harb', title: 'Deputy Foreign Minister' });
  assert.ok(!actors.some((a) => /dog/.test(a.name)));
});

test('actors: a body named and then described in apposition is one actor ("IG Metall, the country\'s largest trade union,")', () => {
  const actors = actorsOf('Velmar Metall, the country\'s largest trade union, called a strike. '
    + 'The Court of Cassation, Italy\'s highest court, ruled on Friday. Kestrel Holdings, the company, and the union agreed.');
  assert.equal(byMention(actors, 'the country\'s largest trade union'), byMention(actors, 'Velmar Metall'));
  check(actors, { mention: 'Velmar Metall', sector: 'LAB' });
  assert.equal(byMention(actors, 'Italy\'s highest court'), byMention(actors, 'Court of Cassation'));
  assert.notEqual(byMention(actors, 'the union'), byMention(actors, 'Kestrel Holdings'));
});

test('actors: a one-capital short name in brackets is the body\'s ("the Velmari Cocoa Board (Cocobod)"), a qualifier is not ("(Marxist)")', () => {
  const actors = actorsOf('The Velmari Cocoa Board (Vecobod) buys beans. Vecobod said smuggling was rising. '
    + 'The Communist Party of India (Marxist) won seats.');
  assert.equal(byMention(actors, 'Vecobod'), byMention(actors, 'Velmari Cocoa Board'));
  check(actors, { mention: 'Vecobod', kind: 'organization' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'Marxist')));
});

test('actors: "in The Hague", "the centre of The Hague" are the city, named with its "The"; "The Hague said" is the government', () => {
  const actors = actorsOf('Protesters marched into the centre of The Hague on Tuesday. Talks were held in The Hague.');
  check(actors, { mention: 'The Hague', kind: 'place', name: 'The Hague', country: 'NLD' });
  const gov = actorsOf('The Hague said it would respond.');
  check(gov, { mention: 'Hague', kind: 'country', country: 'NLD' });
});

test('actors: "the opposition\'s finance spokesman, X" speaks for the opposition', () => {
  const actors = actorsOf('The opposition\'s finance spokesman, Damian Trewell, said rates were too high.');
  check(actors, { mention: 'Damian Trewell', sector: 'OPP', title: 'Spokesman' });
});

test('actors: a country\'s name before a body\'s role word and head is part of the name ("the Ghana Police Service"); a police department is COP', () => {
  const actors = actorsOf('The Ghana Police Service set up checkpoints. The Velmar City Police Department said so.');
  check(actors, { mention: 'Ghana Police Service', kind: 'organization', country: 'GHA', sector: 'COP' });
  check(actors, { mention: 'Ghana', kind: 'country' });
  check(actors, { mention: 'Velmar City Police Department', sector: 'COP' });
  const officers = actorsOf('Kenya Police Service officers were deployed.');
  check(officers, { mention: 'Kenya Police Service officers', kind: 'group', sector: 'COP' });
});

test('actors: a predecessor is not the person named next; "the group\'s secretary-general" is the group\'s, not an IGO\'s', () => {
  const pm = actorsOf('The court removed the previous premier from office last month. Kittipong Sornsak, the 58-year-old candidate, lost the vote.');
  assert.notEqual(byMention(pm, 'the previous premier'), byMention(pm, 'Kittipong Sornsak'));
  const ngo = actorsOf('Velmari Church Aid called the decision welcome. "It is overdue," said Frode Elvan, the group\'s secretary-general.');
  check(ngo, { mention: 'Frode Elvan', title: 'Secretary-General' });
  assert.notEqual(byMention(ngo, 'Frode Elvan')?.sector, 'IGO');
});

test('actors: "the Council of State, the country\'s highest administrative court" is one court of the story\'s state', () => {
  const actors = actorsOf('Dutch farmers protested in Utrecht. The Netherlands must cut nitrogen, a ruling by the Council of State, '
    + 'the country\'s highest administrative court, said.');
  check(actors, { mention: 'Council of State', country: 'NLD', sector: 'JUD' });
  assert.equal(byMention(actors, 'the country\'s highest administrative court'), byMention(actors, 'Council of State'));
});

test('actors: more titles (commodore, fisherman, Chair, chief electoral officer); a state body before an office narrows its sector', () => {
  const actors = actorsOf('Commodore Jay Tarrow said the ship was rammed. Fisherman Ruben Dalis lost his boat. Chair Lena Kahn testified. '
    + 'Chief electoral officer Greg Essen said turnout rose. A police official said two men were held. He sat in his folding chair.');
  check(actors, { mention: 'Commodore Jay Tarrow', sector: 'MIL', title: 'Commodore' });
  check(actors, { mention: 'Fisherman Ruben Dalis', sector: 'CVL' });
  check(actors, { mention: 'Chair Lena Kahn', kind: 'person', title: 'Chair' });
  check(actors, { mention: 'Chief electoral officer Greg Essen', sector: 'GOV' });
  check(actors, { mention: 'A police official', sector: 'COP' });
  assert.ok(!actors.some((a) => /chair$/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: "a Foreign Ministry spokesman" is an unnamed person speaking for the ministry, which stays a mention', () => {
  const actors = actorsOf('A Foreign Ministry spokesman declined to comment. A Velmar Bank spokeswoman said rates would hold.');
  check(actors, { mention: 'A Foreign Ministry spokesman', kind: 'person', sector: 'GOV' });
  check(actors, { mention: 'Foreign Ministry', kind: 'organization' });
  check(actors, { mention: 'A Velmar Bank spokeswoman', kind: 'person', sector: 'BUS' });
});

test('actors: a state body takes the country of an official before it in its sentence, and of the state a story is set in', () => {
  const text = 'CULIACAN, Mexico, Sept 21 (Wire) - Mexican soldiers clashed with gunmen near Culiacan, Mexico, on Saturday. '
    + 'The Sinaloa prosecutors said nine died in Culiacan. Mexican troops arrived in Mexico City and Culiacan.\n\n'
    + 'President Andrés Manuel López Obrador said the government would not declare war and blamed Washington. '
    + 'The U.S. Drug Enforcement Administration declined to comment.\n\n'
    + 'The National Guard also sent reinforcements, and the Interior Protection Ministry said federal forces detained a suspect.';
  const actors = actorsOf(text, {}, '2024-09-21');
  check(actors, { mention: 'the government', country: 'MEX' });
  check(actors, { mention: 'Interior Protection Ministry', country: 'MEX' });
  check(actors, { mention: 'National Guard', country: 'MEX' });
  const ford = actorsOf('Ontario Premier Ivan Ford\'s Progressive Conservatives won a third majority.');
  check(ford, { mention: 'Ontario Premier Ivan Ford', kind: 'person' });
  check(ford, { mention: 'Progressive Conservatives', kind: 'organization', sector: 'PTY' });
});

test('actors: a body\'s name then a country\'s ending the run is its branch there ("Greenpeace Brazil"), but not after an outlet', () => {
  const actors = actorsOf('Greenpeace Brazil protested at the port. NHS England said waiting lists grew. He told Reuters Brazil was ready.');
  check(actors, { mention: 'Greenpeace Brazil', kind: 'organization', country: 'BRA', sector: 'NGO' });
  check(actors, { mention: 'NHS England', kind: 'organization', country: 'GBR' });
  check(actors, { mention: 'Brazil', kind: 'country' });
});

test('actors: "the union" after an association; "the Amazon" is the forest; "Los Zetas" is a band', () => {
  const actors = actorsOf('The Velmar Medical Association (VMA) called a strike. The union said doctors would walk out. '
    + 'Loggers cleared the Amazon at record pace, while Amazon cut prices. Gunmen loyal to Los Halcones fought in the hills.');
  assert.equal(byMention(actors, 'The union'), byMention(actors, 'Velmar Medical Association'));
  check(actors, { mention: 'Amazon', kind: 'place' });
  assert.ok(actors.some((a) => a.kind === 'organization' && a.sector === 'BUS' && a.mentions.some((m) => m.text === 'Amazon')));
  check(actors, { mention: 'Los Halcones', kind: 'organization' });
});

test('actors: an owner before "\'s" gives the office its sector; a shadow minister is the opposition\'s', () => {
  const actors = actorsOf('Apple\'s senior vice president Ed Quill testified. The shadow health secretary, Wes Strand, said the plan would fail.');
  check(actors, { mention: 'Ed Quill', sector: 'BUS' });
  check(actors, { mention: 'Wes Strand', sector: 'OPP' });
});

test('actors: an appositive "<body>\'s <role>" or "<region>\'s <role>" describes the person before it', () => {
  const actors = actorsOf('Rodrigo Alves, IBAMA\'s director, said fines had doubled. Marcos Roca, Rondônia\'s governor, objected. '
    + 'Tomas Haq, the Lumajang district chief, ordered evacuations.');
  check(actors, { mention: 'Rodrigo Alves', title: 'Director' });
  check(actors, { mention: 'Marcos Roca', country: 'BRA', sector: 'GOV', title: 'Governor' });
  check(actors, { mention: 'Tomas Haq', country: 'IDN', sector: 'GOV' });
});

test('actors: "the state attorney general\'s office" is a body, not a person who later absorbs "the general"', () => {
  const actors = actorsOf('The Velmar state attorney general\'s office said five bodies were found. The general told reporters two soldiers were hurt.');
  check(actors, { mention: 'The Velmar state attorney general\'s office', kind: 'organization', sector: 'JUD' });
  assert.notEqual(byMention(actors, 'The general'), byMention(actors, 'The Velmar state attorney general\'s office'));
});

test('actors: "El <Name>" is no given name; a second leg of a motion places its name; the UNHCR\'s long name', () => {
  const actors = actorsOf('The Office of the United Nations High Commissioner for Refugees (UNHCR) said families fled to Adre from El Tarmin. '
    + 'Suppose you fly from Lyon to Rome.');
  check(actors, { mention: 'Office of the United Nations High Commissioner for Refugees', name: 'UNHCR', sector: 'IGO' });
  check(actors, { mention: 'El Tarmin', kind: 'place' });
  check(actors, { mention: 'Rome', kind: 'place' });
});

test('actors: a rank before a capitalized title stays in it ("Deputy Foreign Minister", "Detective Inspector")', () => {
  const actors = actorsOf('Russian Deputy Foreign Minister Igor Sablin said talks would resume. He said Acting President Ana Ruiz agreed. '
    + 'Detective Inspector Craig Mallon testified.');
  check(actors, { mention: 'Russian Deputy Foreign Minister Igor Sablin', country: 'RUS', title: 'Deputy Foreign Minister' });
  check(actors, { mention: 'Acting President Ana Ruiz', title: 'Acting President' });
  check(actors, { mention: 'Detective Inspector Craig Mallon', sector: 'COP', title: 'Detective Inspector' });
});

test('actors: the State Department is a body of the US government, not another name for the country', () => {
  const actors = actorsOf('The U.S. State Department said it was watching. Washington had warned before.');
  check(actors, { mention: 'U.S. State Department', kind: 'organization', country: 'USA', sector: 'GOV' });
  assert.notEqual(byMention(actors, 'U.S. State Department'), byMention(actors, 'Washington'));
});

test('actors: roles after a name in apposition without an article; an NGO\'s code places none of its staff', () => {
  const actors = actorsOf('Aidar Nurlan, managing director of QazaqGaz, said so. Clara Mbuyo, MSF\'s emergency coordinator in South Kivu, warned of cholera. '
    + 'Dr. Pascal Mulombo, an epidemiologist at the University of Kinshasa, agreed. Mara Quill, author of Silver Lanterns, was cited.');
  check(actors, { mention: 'Aidar Nurlan', sector: 'BUS', title: 'Managing Director' });
  check(actors, { mention: 'Clara Mbuyo', country: null, sector: 'NGO' });
  check(actors, { mention: 'Dr. Pascal Mulombo', sector: 'HLH' });
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'author of Silver Lanterns')));
});

test('actors: a unit "of" a listed body, an owner\'s possessive over the place a name is about, "a spokesman for the command"', () => {
  const actors = actorsOf('Taiwan was alarmed. The Eastern Theater Command of the People\'s Liberation Army said the drills began. '
    + 'Senior Colonel Shi Wen, a spokesman for the command, said they would last two days. China\'s Taiwan Affairs Office agreed. '
    + 'Presidential Office spokeswoman Karen Kuang said Beijing was to blame. The destroyer USS Ralph Jonson sailed through the strait.', {}, '2025-12-29');
  check(actors, { mention: 'Eastern Theater Command', country: 'CHN' });
  check(actors, { mention: 'Senior Colonel Shi Wen', country: 'CHN', sector: 'MIL' });
  check(actors, { mention: 'Taiwan Affairs Office', country: 'CHN' });
  assert.ok(!actors.some((a) => /Ralph Jonson/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: police words make a force police; a listed central bank is GOV; "a party to the deal" is no party; "the Russian company" is the Russian one named before', () => {
  const actors = actorsOf('The Velmar Police Force said. Bank of Italy Governor Fabio Panetti spoke. Russia, a party to the 2015 deal, objected. '
    + 'Gazprom and CNPC signed the deal. The Russian company said gas would flow. The European Central Bank held rates. The central bank said inflation eased.');
  check(actors, { mention: 'Velmar Police Force', sector: 'COP' });
  check(actors, { mention: 'Bank of Italy', sector: 'GOV', country: 'ITA' });
  assert.ok(!actors.some((a) => a.sector === 'PTY'), JSON.stringify(actors.map((a) => [a.name, a.sector])));
  assert.equal(byMention(actors, 'The Russian company'), byMention(actors, 'Gazprom'));
  assert.equal(byMention(actors, 'The central bank'), byMention(actors, 'European Central Bank'));
});

test('actors: "Its chair, X," and "Its director, X," are the body\'s, even for roles with no sector of their own', () => {
  const actors = actorsOf('Amnesty International India criticised the ruling. Its chair, Akash Patil, said it was a blow.');
  check(actors, { mention: 'Akash Patil', sector: 'NGO', title: 'Chair' });
});

test('actors: an acronym the text defines for another name is that name\'s, not the listed body it also names', () => {
  const actors = actorsOf('The Australian Federal Police (AFP) arrested two men. An AFP spokeswoman said more arrests would follow.');
  check(actors, { mention: 'An AFP spokeswoman', country: 'AUS' });
  assert.ok(!actors.some((a) => a.sector === 'MED'), JSON.stringify(actors.map((a) => [a.name, a.sector])));
});

test('actors: whoever leads a body ("<body>, led by X") is of its sector', () => {
  const actors = actorsOf('The Velmar Workers Union, led by Ana Ruiz, went on strike.');
  check(actors, { mention: 'Ana Ruiz', sector: 'LAB' });
});

test('actors: "Commander of the Unmanned Systems Forces Robert Brovdi" is a titled person and a body', () => {
  const actors = actorsOf('Commander of the Unmanned Systems Forces Robert Brovin said the strike hit its target.');
  check(actors, { mention: 'Commander of the Unmanned Systems Forces Robert Brovin', name: 'Robert Brovin', sector: 'MIL', title: 'Commander of the Unmanned Systems Forces' });
  check(actors, { mention: 'Unmanned Systems Forces', kind: 'organization' });
});

test('actors: bare "Congo" is the Congo the article names in full, and stays unresolved when it names neither', () => {
  const drc = actorsOf('Cholera spread in the Democratic Republic of Congo. Health workers in Congo said cases rose.');
  assert.equal(byMention(drc, 'Congo')?.country, 'COD');
  assert.equal(byMention(drc, 'Congo'), byMention(drc, 'Democratic Republic of Congo'));
  const bare = actorsOf('Health workers in Congo said cases rose.');
  assert.equal(byMention(bare, 'Congo')?.country ?? null, null);
  const cdc = actorsOf('Africa CDC Director General Jean Kasimba said the outbreak was spreading.');
  check(cdc, { mention: 'Africa CDC Director General Jean Kasimba', country: 'AU', sector: 'IGO' });
});

test('actors: "the Handelsblatt newspaper" is the listed outlet, once; a verb is no part of "11 Chinese vessels"', () => {
  const actors = actorsOf('He told the Handelsblatt newspaper that rates would fall. The coast guard shadowed 11 Chinese vessels.');
  check(actors, { mention: 'the Handelsblatt newspaper', name: 'Handelsblatt', sector: 'MED' });
  assert.equal(actors.filter((a) => /Handelsblatt/.test(a.name)).length, 1);
  check(actors, { mention: '11 Chinese vessels', country: 'CHN' });
});

test('actors: a name after "<place>-based" is a body there, by that name throughout; "border districts of X and Y" are places', () => {
  const actors = actorsOf('The takeover was led by Riyadh-based Al Noor Capital. Al Noor Capital said it would invest. '
    + 'Clashes hit the border districts of Irob and Gulomakeda.');
  check(actors, { mention: 'Al Noor Capital', kind: 'organization', country: 'SAU', sector: 'BUS' });
  assert.equal(actors.filter((a) => a.name === 'Al Noor Capital').length, 1);
  check(actors, { mention: 'Irob', kind: 'place' });
});

test('actors: "the club", "the agency", "the panel" point back to the body so called, and name no actor where they point nowhere', () => {
  const actors = actorsOf('Velmar Sports Holdings agreed to buy CD Tarrosa, the club said on Saturday. The club\'s president, Jaume Vidal, '
    + 'welcomed the sale. The Harlow Athletics Federation opened an inquiry, and the federation\'s ethics panel suspended a coach. '
    + 'The panel said it would report in May. In Geneva, the U.N. refugee agency UNHCR asked for funds. Later the refugee agency said '
    + 'the camps were full. The council said nothing.');
  check(actors, { mention: 'the club', name: 'CD Tarrosa', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'Jaume Vidal', sector: 'SPT' });
  check(actors, { mention: 'the federation', name: 'Harlow Athletics Federation' });
  check(actors, { mention: 'The panel', kind: 'organization', sector: 'SPT' });
  assert.equal(byMention(actors, 'The panel'), byMention(actors, "the federation's ethics panel"));
  check(actors, { mention: 'the refugee agency', name: 'UNHCR' });
  assert.equal(byMention(actors, 'The council'), undefined);
});

test('actors: "the club" after a club and its league is the club; "a member of the committee" is one person', () => {
  const actors = actorsOf('MADRID (Reuters) - Velmar Sports Holdings agreed to buy UD Tarrosa, a Spanish club promoted to La Liga last season, '
    + 'the club said. The Tarrow Central Bank left rates unchanged. A member of the committee, who asked not to be named, said the vote was close.');
  check(actors, { mention: 'the club', name: 'UD Tarrosa' });
  check(actors, { mention: 'A member of the committee', kind: 'person' });
});

test('actors: a body right before a title is where it is held ("Fund spokesperson X"); "the council\'s president" is the council\'s', () => {
  const imf = actorsOf('The International Monetary Fund received the request. Fund spokesperson Marta Keller told reporters that talks continued.');
  check(imf, { mention: 'Marta Keller', sector: 'IGO' });
  const council = actorsOf("Velmaria's Transitional Governing Council met on Monday. The council's president, Ana Ruiz, promised elections.");
  check(council, { mention: 'Ana Ruiz', sector: 'GOV' });
  check(council, { mention: 'The council', name: 'Transitional Governing Council' });
});

test('actors: "the biggest transport company in Andalusia" is a body in Spain', () => {
  const actors = actorsOf('Prosecutors raided the offices of the biggest transport company in Andalusia on Monday.');
  check(actors, { mention: 'the biggest transport company', kind: 'organization', country: 'ESP' });
});

test('actors: a portfolio before a capitalized title is part of the title; "the minister" is no prime minister', () => {
  const actors = actorsOf('Fisheries Minister Awa Ndiro revoked 12 licences on Monday. Prime Minister Moussa Sarro backed the move. '
    + 'The licences take effect at once, the minister said. Higher Education Minister Brian Yulanto and Saudi Sports Minister Prince Faisal bin Tarek met.');
  check(actors, { mention: 'Fisheries Minister Awa Ndiro', title: 'Fisheries Minister' });
  check(actors, { mention: 'the minister', name: 'Awa Ndiro' });
  check(actors, { mention: 'Prime Minister Moussa Sarro', title: 'Prime Minister' });
  check(actors, { mention: 'Higher Education Minister Brian Yulanto', title: 'Higher Education Minister' });
  assert.ok(!actors.some((a) => a.title === 'Sports Prince'), JSON.stringify(actors.map((a) => a.title)));
});

test('actors: a shared seat name the article has placed ("Peru\'s Congress") is that state\'s body when it comes back bare', () => {
  const actors = actorsOf("Peru's Congress rejected the budget on Sunday. The U.S. embassy and U.S. investors had urged a deal, "
    + 'and the United States Treasury said it was watching. "Today Congress voted against schools," the finance minister said.');
  const bare = actors.find((a) => a.mentions.some((m) => m.text === 'Congress' && m.start > 60));
  assert.equal(bare?.country, 'PER', JSON.stringify(actors.map((a) => [a.name, a.country])));
});

test('actors: a diplomat "in" a capital is posted there, not from there; a possessor still places one', () => {
  const actors = actorsOf('A Western diplomat in Lilongwe said the vote was close. Malawi\'s ambassador, Ana Ruizo, disagreed.');
  check(actors, { mention: 'A Western diplomat', country: null, sector: 'DIP' });
  check(actors, { mention: 'Ana Ruizo', country: 'MWI' });
});

test('actors: a listed body named with another state ("Malawi Congress Party") or owned by another state\'s person is that state\'s namesake', () => {
  const actors = actorsOf('LILONGWE (Reuters) - The Malawi Congress Party (MCP) challenged the result. President Peter Mutharika\'s '
    + 'Democratic Progressive Party (DPP) won the seat. Its spokesman, Alfred Banda, said the vote was fair. The DPP said more.');
  check(actors, { mention: 'Malawi Congress Party', name: 'Malawi Congress Party', country: 'MWI', sector: 'PTY' });
  check(actors, { mention: 'MCP', name: 'Malawi Congress Party' });
  check(actors, { mention: 'Democratic Progressive Party', country: 'MWI', sector: 'PTY' });
  assert.equal(byMention(actors, 'DPP'), byMention(actors, 'Democratic Progressive Party'));
  check(actors, { mention: 'Alfred Banda', country: 'MWI' });
});

test('actors: "X, the employers\' federation," describes X even where X alone is an unsure name; a plural possessive opens a body\'s description', () => {
  const actors = actorsOf('The strike began on Monday. CEPRA, the employers\' federation in the port, said the strike was unfair. '
    + 'The doctors\' union said it would join. The Velmar Teachers Union, the country\'s largest teachers\' union, agreed.');
  check(actors, { mention: 'CEPRA', kind: 'organization' });
  assert.equal(byMention(actors, "the employers' federation"), byMention(actors, 'CEPRA'));
  check(actors, { mention: "The doctors' union", kind: 'organization', sector: 'LAB' });
  assert.equal(byMention(actors, "the country's largest teachers' union"), byMention(actors, 'Velmar Teachers Union'));
});

test('actors: "<league> club X" makes X a club, and "X\'s president" makes X a body; "the club" is X', () => {
  const actors = actorsOf('BELGRADE (AP) — UEFA fined Serbian SuperLiga club Radnik Velmaro on Monday. Radnik Velmaro\'s president, '
    + 'Ivo Markovan, said the club would appeal. Tarvossa\'s president, Ana Ruizo, said nothing.');
  check(actors, { mention: 'Radnik Velmaro', kind: 'organization', sector: 'SPT' });
  check(actors, { mention: 'the club', name: 'Radnik Velmaro' });
  check(actors, { mention: 'Ivo Markovan', sector: 'SPT' });
  check(actors, { mention: 'Tarvossa', kind: 'organization' });
});

test('actors: "the regulator" is the last administration or agency named before it; "the Irish regulator" prefers one of its state', () => {
  const tga = actorsOf('The Velmar Goods Administration recalled 4,000 packs of tablets on Monday. The regulator said the risk was low.');
  check(tga, { mention: 'The regulator', name: 'Velmar Goods Administration' });
  const irish = actorsOf("Ireland's Data Protection Commission fined the app. The case went to the Tarvo Data Board. The Irish regulator said it would appeal.");
  check(irish, { mention: 'The Irish regulator', name: 'Data Protection Commission' });
});

test('actors: "the ministry" after "Qatar\'s foreign ministry" is that ministry; "The VLF\'s spokesman" is someone new; "Helvion" after "drugmaker Helvion Pharma" is the firm', () => {
  const actors = actorsOf("Qatar's foreign ministry said the talks were hard. Majed al-Ansani, the ministry's spokesman, said more talks were planned. "
    + "The VLF's spokesman, who gave his name only as Commander Bahati, said the group had freed the men. Swiss drugmaker Helvion Pharma recalled pills. Helvion said it was sorry.");
  check(actors, { mention: 'the ministry', name: "Qatar's foreign ministry" });
  check(actors, { mention: 'Majed al-Ansani', country: 'QAT' });
  assert.notEqual(byMention(actors, "The VLF's spokesman"), byMention(actors, 'Majed al-Ansani'));
  check(actors, { mention: 'Helvion', name: 'Helvion Pharma', kind: 'organization' });
});

test('actors: a capital someone speaks "from" is the city, not its government', () => {
  const actors = actorsOf('A Red Cross spokeswoman, speaking from Kuala Lumpur, said aid was coming. He told Reuters by phone from Accra that the club would pay.');
  check(actors, { mention: 'Kuala Lumpur', kind: 'place' });
  check(actors, { mention: 'Accra', kind: 'place' });
});

test('actors: "the department\'s director-general" is the state\'s, not an IGO\'s', () => {
  const actors = actorsOf('COLOMBO (AP) — The cyclone hit the east coast. The department\'s director-general, Athula Karunatilake, said rain would ease.');
  check(actors, { mention: 'Athula Karunatilake', sector: 'GOV' });
});

test('actors: a listed sports body\'s seat places no one near it and says nothing of where the story is', () => {
  const actors = actorsOf('ANKARA (AP) — FIFA banned the club on Thursday. FIFA said the ban would last a year, and FIFA officials met on Friday. '
    + 'Sports Minister Osman Tarhanli said the government would not bail out clubs.');
  assert.notEqual(byMention(actors, 'Sports Minister Osman Tarhanli')?.country, 'CHE');
  assert.ok(!actors.some((a) => a.kind === 'organization' && a.sector === 'GOV' && a.country === 'CHE'), JSON.stringify(actors.map((a) => [a.name, a.country])));
});

test('actors: a body word in apposition to a name describes that name; "the club" is no governing body', () => {
  const tga = actorsOf('The Velmar Goods Administration recalled the pills. A spokesman said the company had informed Swissmedic, the Swiss regulator, and other authorities.');
  assert.notEqual(byMention(tga, 'the Swiss regulator'), byMention(tga, 'Velmar Goods Administration'));
  const club = actorsOf('ISTANBUL (AP) — FIFA banned Super Lig club Karadon Spor on Thursday. Its president, Ivo Tarhan, said the club would appeal to the Court of Arbitration for Sport.');
  check(club, { mention: 'the club', name: 'Karadon Spor' });
});

test('actors: an owner\'s authority is its power, not a body', () => {
  const actors = actorsOf('The miners said the provinces\' authority over lithium was clear, and the court\'s authority was not in doubt.');
  assert.ok(!actors.some((a) => a.kind === 'organization' && /authority/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a docker is in labour; a market vendor is a civilian', () => {
  const actors = actorsOf('Velmari dockers walked out on Wednesday. "We are tired," said striking docker Kevin Peetersen, 48. '
    + '"Nobody buys," said Ana Ruizo, a market vendor.');
  check(actors, { mention: 'Kevin Peetersen', sector: 'LAB', title: 'Docker' });
  check(actors, { mention: 'Ana Ruizo', sector: 'CVL' });
});

test('actors: "X, who leads/heads <body>" works there', () => {
  const actors = actorsOf('"We are not against reform," said Marc Verhoeven, who leads the dockers\' section of the Tarvo Transport Union. '
    + 'Ana Ruizo, who heads the Velmar Teachers Union, agreed.');
  check(actors, { mention: 'Marc Verhoeven', sector: 'LAB' });
  check(actors, { mention: 'Ana Ruizo', sector: 'LAB' });
});

test('actors: "a local fishermen\'s union" is a union, and whoever heads it is in labour', () => {
  const actors = actorsOf('"Our fish are gone," said Mamadou Ndiayo, who heads a local fishermen\'s union.');
  check(actors, { mention: "a local fishermen's union", kind: 'organization', sector: 'LAB' });
  check(actors, { mention: 'Mamadou Ndiayo', sector: 'LAB' });
});

test('actors: "X, the Flemish socialist party that …," makes X a Belgian party', () => {
  const actors = actorsOf('The strike began on Monday. Vooruit, the Flemish socialist party that is a member of the government, said the reform should wait.');
  check(actors, { mention: 'Vooruit', kind: 'organization', country: 'BEL', sector: 'PTY' });
});

test('actors: a pointer word with a noun of its own ("The port authority said") names a body even when it points nowhere', () => {
  const actors = actorsOf('Dockers walked out on Monday. The port authority said only ships carrying medicines were handled. The new committee said nothing.');
  check(actors, { mention: 'The port authority', kind: 'organization' });
  assert.equal(byMention(actors, 'The new committee'), undefined);
});

test('actors: in a story set in one state, its unlisted charities, universities and companies are that state\'s; bodies that span states and those placed elsewhere are not', () => {
  const text0 = 'NAIROBI (Wire) - Kenya\'s parliament passed a housing levy on Tuesday, and Kenyan police dispersed protesters outside the building in Nairobi.\n\n'
    + 'The Tarrow Housing Trust, a charity, said the levy would push rents up. Its director, Ivo Marsk, said tenants were already struggling. '
    + 'Mwangi Kamau, a lecturer at Kiboko University, said the money would be wasted. Halvane Partners, a consultancy, said builders would gain.\n\n'
    + 'An analyst at Norvale Capital in London said investors were cautious. The International Tenants Alliance said it was watching.';
  const actors = actorsOf(text0);
  check(actors, { mention: 'Tarrow Housing Trust', country: 'KEN', sector: 'NGO' });
  check(actors, { mention: 'Ivo Marsk', country: 'KEN', sector: 'NGO' });
  check(actors, { mention: 'Mwangi Kamau', kind: 'person', country: 'KEN', sector: 'EDU', title: 'Lecturer' });
  check(actors, { mention: 'Kiboko University', country: 'KEN' });
  check(actors, { mention: 'Halvane Partners', country: 'KEN', sector: 'BUS' });
  check(actors, { mention: 'Norvale Capital', country: null });
  check(actors, { mention: 'International Tenants Alliance', country: null });
  // (So are its unlisted outlets, but not the wire's reporters and editors in the credit line.)
  const outlets = actorsOf(text0 + '\n\nShe told the local broadcaster Kiboko FM that rents were too high. Rents were discussed on the private station Tarrow FM.\n\n(Reporting by Ana Kerr; Editing by Tom Vell)');
  check(outlets, { mention: 'Kiboko FM', country: 'KEN', sector: 'MED' });
  check(outlets, { mention: 'Tarrow FM', country: 'KEN', sector: 'MED' });
  check(outlets, { mention: 'Ana Kerr', country: null });
  // (A story that moves between states gives its bodies none.)
  const abroad = actorsOf('Talks in Oslo, Norway, and in Nairobi, Kenya, stalled. The Tarrow Housing Trust, a charity, said so.');
  check(abroad, { mention: 'Tarrow Housing Trust', country: null });
});

test('actors: "X, a company based in the eastern Chinese city of Y," and "X, which is based in Perth," place the company; a possessed unit stays its owner\'s', () => {
  const actors = actorsOf('The trawlers belong to Harbor Gate Fisheries, a company based in the eastern Chinese city of Ningbo, according to documents. '
    + 'Quillon Minerals Ltd., which is based in Perth, said it would appeal. Germany\'s 45th Tank Brigade, based in Lithuania, took part.');
  check(actors, { mention: 'Harbor Gate Fisheries', country: 'CHN', sector: 'BUS' });
  check(actors, { mention: 'Quillon Minerals Ltd.', country: 'AUS' });
  assert.equal(byMention(actors, 'a company'), byMention(actors, 'Harbor Gate Fisheries'));
  check(actors, { mention: '45th Tank Brigade', country: 'DEU' });
});

test('actors: a name someone gave "only as" is a person\'s, even a city\'s, and it names the unnamed person who gave it', () => {
  const actors = actorsOf('At a school in Porto, a teacher who gave her name only as Sofia said pay was too low. A driver, identified only as Paris, said he would strike. '
    + 'A resident of Tarnby, who gave only his first name, Jordan, said the rains had failed.');
  check(actors, { mention: 'Sofia', kind: 'person', sector: 'EDU' });
  assert.equal(byMention(actors, 'a teacher'), byMention(actors, 'Sofia'));
  check(actors, { mention: 'Paris', kind: 'person', sector: 'CVL' });
  assert.equal(byMention(actors, 'A driver'), byMention(actors, 'Paris'));
  check(actors, { mention: 'Jordan', kind: 'person' });
  assert.equal(byMention(actors, 'A resident'), byMention(actors, 'Jordan'));
  assert.ok(!actors.some((a) => a.kind === 'country' || a.country === 'BGR' || a.country === 'FRA'), JSON.stringify(actors.map((a) => [a.name, a.kind, a.country])));
});

test('actors: a state\'s epithet owns an office ("the Gulf state\'s foreign ministry", "the island nation\'s president"), and an adjective may describe the owner', () => {
  const actors = actorsOf('DOHA (Wire) - Two Kenyan engineers were freed on Friday, the Gulf state\'s foreign ministry said. Qatar has mediated before. '
    + 'The island nation\'s president said no. The presidential palace\'s communications office said the talks went well.');
  check(actors, { mention: "the Gulf state's foreign ministry", kind: 'organization', sector: 'GOV' });
  check(actors, { mention: "The island nation's president", kind: 'person', sector: 'GOV' });
  check(actors, { mention: "The presidential palace's communications office", kind: 'organization', sector: 'GOV' });
});

test('actors: "A Helvion spokesman" speaks for the body named "Helvion …" before; "the labour ministry", "the presidency" and "the press office" are bodies', () => {
  const actors = actorsOf('SYDNEY (Wire) - Swiss drugmaker Helvion Pharma recalled pills. A Helvion spokesman said the company had informed regulators. '
    + 'The labour ministry said it would act. The presidency said it was watching. The ministry\'s press office declined to comment.');
  check(actors, { mention: 'A Helvion spokesman', kind: 'person', country: 'CHE', sector: 'BUS' });
  check(actors, { mention: 'The labour ministry', kind: 'organization', sector: 'GOV' });
  check(actors, { mention: 'The presidency', kind: 'organization', sector: 'GOV' });
  check(actors, { mention: "The ministry's press office", kind: 'organization', sector: 'GOV' });
});

test('actors: "the Vatican" stands for the Holy See, as "the Kremlin" for Russia', () => {
  const actors = actorsOf('The Vatican said on Wednesday that the ordination broke the accord. Vatican officials declined to comment.');
  check(actors, { mention: 'Vatican', kind: 'country', country: 'VAT', sector: 'GOV' });
  check(actors, { mention: 'Vatican officials', country: 'VAT' });
});

test('actors: a name after a described word for a body or an outlet is that body ("the environmental network Living Water", "the investigative website X", "the state-owned X"); a cause group is civic', () => {
  const actors = actorsOf('The environmental network Blue Current said the vote was lost. The investigative website Vista Libre reported the deal. '
    + 'The state-owned Tarvos Minerals could take over the stake. Brave Runners, an athlete-led advocacy group, said the ban was unfair. '
    + 'The Tovan Syndicate of Journalists said 300 reporters had signed.');
  check(actors, { mention: 'Blue Current', kind: 'organization', sector: 'NGO' });
  check(actors, { mention: 'Vista Libre', kind: 'organization', sector: 'MED' });
  check(actors, { mention: 'Tarvos Minerals', kind: 'organization', sector: 'BUS' });
  check(actors, { mention: 'Brave Runners', kind: 'organization', sector: 'NGO' });
  check(actors, { mention: 'Tovan Syndicate of Journalists', kind: 'organization', sector: 'LAB' });
});

test('actors: the first two words of a business\'s longer name are that business; a short form "known by its initials" or "known as" is the body\'s, not a state\'s', () => {
  const actors = actorsOf('Chile suspended the licence of Khan Talvar Resources on Monday. Khan Talvar said the decision had no basis. '
    + 'The Tovan Anti-Doping Authority, known by its Portuguese initials ATDA, said it accepted the ruling. The ATDA said more. '
    + 'Producers and allies led by Russia, known as OPEC+, cut output.');
  assert.equal(byMention(actors, 'Khan Talvar'), byMention(actors, 'Khan Talvar Resources'));
  assert.equal(byMention(actors, 'ATDA'), byMention(actors, 'Tovan Anti-Doping Authority'));
  assert.ok(!actors.some((a) => a.kind === 'person'), JSON.stringify(actors.map((a) => [a.name, a.kind])));
  assert.ok(!byMention(actors, 'Russia')?.mentions.some((m) => m.text === 'OPEC'));
});

test('actors: "The consortium, X, said" and "The main opposition coalition, the Y (YZ), said" describe the body named in apposition', () => {
  const actors = actorsOf('The consortium, Aguas del Tarn, said it welcomed the result. The main opposition coalition, the Tovan Democratic Congress (TDC), said the strike was predictable.');
  check(actors, { mention: 'Aguas del Tarn', kind: 'organization', sector: 'BUS' });
  assert.equal(byMention(actors, 'The consortium'), byMention(actors, 'Aguas del Tarn'));
  assert.equal(byMention(actors, 'The main opposition coalition'), byMention(actors, 'Tovan Democratic Congress'));
  check(actors, { mention: 'TDC', sector: 'OPP' });
});

test('actors: "X (ACR), a Tallinn think tank," places the body; "X, a lawmaker who represents the province," is a person; a herder is in farming', () => {
  const actors = actorsOf('Ivo Marsk, a researcher at the Centre for Harbour Studies (CHS), a Tallinn think tank, said the attack was serious. '
    + 'Oyunchimeg Batbayar, a lawmaker who represents the province in parliament, said the mine was harmful. Herder Dorjsuren Gantulga, 58, said the wells were dry.');
  check(actors, { mention: 'Centre for Harbour Studies', country: 'EST' });
  check(actors, { mention: 'Ivo Marsk', country: 'EST' });
  check(actors, { mention: 'Oyunchimeg Batbayar', kind: 'person', sector: 'LEG' });
  assert.equal(byMention(actors, 'a lawmaker'), byMention(actors, 'Oyunchimeg Batbayar'));
  check(actors, { mention: 'Herder Dorjsuren Gantulga', kind: 'person', sector: 'AGR', title: 'Herder' });
});

test('actors: an office "of" a listed seat of the state holds that seat\'s sector ("The president of Congress" is in the legislature)', () => {
  const actors = actorsOf("Peru's Congress voted on Monday. The president of Congress, Ivo Marsk, said the chamber had followed the constitution. A spokesman for the Pentagon declined to comment.");
  check(actors, { mention: 'Ivo Marsk', sector: 'LEG', title: 'President' });
  check(actors, { mention: 'A spokesman for the Pentagon', sector: 'MIL' });
});

test('actors: "X, whose Y party is in the coalition," is of that party where nothing else says what X is; a president keeps the office', () => {
  const actors = actorsOf('Slovakia\'s parliament met. Ivo Marsk, whose Slovak Harbour Party is a junior partner in the coalition, called the protests a carnival. '
    + 'President Ana Ruiz, whose Harbour Party holds few seats, said the vote was fair.');
  check(actors, { mention: 'Ivo Marsk', country: 'SVK', sector: 'PTY' });
  check(actors, { mention: 'President Ana Ruiz', sector: 'GOV' });
});

test('actors: a listed person\'s office now outweighs a "former" office the text gives them; one whose listed office has ended stays former', () => {
  const now = actorsOf('The European Union\'s foreign policy chief, Kaja Kallas, a former Estonian prime minister, condemned the attack.', {}, '2026-11-20');
  check(now, { mention: 'Kaja Kallas', country: 'EU', sector: 'IGO', title: 'Foreign Policy Chief' });
  const then = actorsOf('Imran Khan, a former prime minister, addressed the rally.', {}, '2026-11-20');
  check(then, { mention: 'Imran Khan', sector: 'ELI', title: 'Former Prime Minister' });
});

test('actors: a name a relative clause describes is not the unnamed officer named before it ("Its chair said … Elena Vell, who studies …, said")', () => {
  const actors = actorsOf('The Tovan Commission on Religious Freedom (TCRF) said the ordination was illegal. Its chair said in a statement that the deal was one-sided.\n\n'
    + 'Elena Vell, who studies diplomacy at a university in Rome, said the church had few options.');
  assert.notEqual(byMention(actors, 'Its chair'), byMention(actors, 'Elena Vell'));
});

test('actors: "the Perth-based miner" points back to the business named before and places it', () => {
  const actors = actorsOf('Chile suspended the licence of Khan Talvar Resources on Monday, and the Perth-based miner said it would seek arbitration.');
  assert.equal(byMention(actors, 'Perth-based miner'), byMention(actors, 'Khan Talvar Resources'));
  check(actors, { mention: 'Khan Talvar Resources', country: 'AUS', sector: 'BUS' });
});

test('actors: "the retailer" points back to a business named right after that word ("fashion retailer Nordvik … the retailer")', () => {
  const actors = actorsOf('A fire killed 19 workers in Dhaka. Swedish fashion retailer Nordvik, which the factory listed as a buyer, said it was saddened. '
    + 'A spokesman for the retailer said Nordvik had last audited the factory in March.');
  assert.equal(byMention(actors, 'the retailer'), byMention(actors, 'Nordvik'));
  check(actors, { mention: 'A spokesman', country: 'SWE', sector: 'BUS' });
});

test('actors: capitalized common words the text also writes in lower case name a body a word for a body names ("the environmental network Blue Water … the water")', () => {
  const actors = actorsOf('The environmental network Blue Water said it would now focus on pollution. Farmers said the water was dirty. '
    + 'Brave Athlete, an athlete-led advocacy group, said the cases showed the need for a threshold. He said the brave choice was right.');
  check(actors, { mention: 'Blue Water', kind: 'organization', sector: 'NGO' });
  check(actors, { mention: 'Brave Athlete', kind: 'organization', sector: 'NGO' });
});

test('actors: a business title held in a body outside business takes the body\'s sector ("chief executive of the anti-doping agency")', () => {
  const actors = actorsOf('Ivo Marsk, chief executive of the Chilean Anti-Doping Agency, said the ban was fair. Ana Ruiz, chief executive of Halvane Holdings, disagreed.');
  check(actors, { mention: 'Ivo Marsk', sector: 'GOV', title: 'Chief Executive' });
  check(actors, { mention: 'Ana Ruiz', sector: 'BUS' });
});

test('actors: "X, which operates/runs/owns …," is a body, and "an X spokesman" speaks for it; a place "which was evacuated" is no body', () => {
  const actors = actorsOf('Tarvia, which operates Kettle Bay airport, said flights were running normally. "We are watching," a Tarvia spokesman said. '
    + 'Grindby, which was evacuated on Friday, lies to the south.');
  check(actors, { mention: 'Tarvia', kind: 'organization' });
  assert.ok(!actors.some((a) => a.kind === 'organization' && a.name === 'Grindby'));
});

test('actors: an unknown acronym after a word for an outlet or a body is one ("told national broadcaster RTV")', () => {
  const actors = actorsOf('She told national broadcaster RTV that she was afraid to go home.');
  check(actors, { mention: 'RTV', kind: 'organization', sector: 'MED' });
});

test('actors: an unlisted body\'s name with no state is the one body of that name the article places ("Dutch trade union FNV … an FNV director")', () => {
  const actors = actorsOf('Dutch trade union TVB, which represents about 2,000 workers, said it would fight. Talks fail, said Joris Bakker, a TVB director.');
  const bodies = actors.filter((a) => a.name === 'TVB');
  assert.equal(bodies.length, 1, JSON.stringify(actors.map((a) => [a.name, a.country])));
  check(actors, { mention: 'Joris Bakker', country: 'NLD' });
});

test('actors: a business named in full twice keeps its short name ("Norvale Semiconductor … Norvale Semiconductor … Shares in Norvale")', () => {
  const actors = actorsOf('Norvale Semiconductor said it would cut jobs. Norvale Semiconductor added that sales fell. Shares in Norvale fell 5%.');
  assert.equal(byMention(actors, 'Norvale'), byMention(actors, 'Norvale Semiconductor'));
  assert.ok(!actors.some((a) => a.kind === 'place'), JSON.stringify(actors.map((a) => [a.name, a.kind])));
});

test('actors: "the chancellor" is the listed chancellor now, not a predecessor named nearer, unless it says "former"', () => {
  const text = 'Chancellor Friedrich Merz defended the budget on Monday. Olaf Scholz had drafted an earlier version. Critics asked whether the chancellor would give way.';
  const actors = actorsOf(text, {}, '2026-11-20');
  assert.equal(byMention(actors, 'the chancellor')?.name, 'Friedrich Merz');
  // (With no date, an office the list gives an end has ended.)
  assert.equal(byMention(actorsOf(text), 'the chancellor')?.name, 'Friedrich Merz');
  const former = actorsOf('Chancellor Friedrich Merz defended the budget on Monday. Olaf Scholz had drafted an earlier version. Critics said the former chancellor had been right.', {}, '2026-11-20');
  assert.equal(byMention(former, 'the former chancellor')?.name, 'Olaf Scholz');
});

test('actors: "the company" in the clause of another business is not that business ("X could take over the company\'s stake"), but it is after a copula', () => {
  const actors = actorsOf('Veltra Resources said on Monday it would appeal the ruling. The state-owned Norsk Ore could take over the company\'s stake if the dispute is not settled.');
  assert.equal(byMention(actors, 'the company')?.name, 'Veltra Resources');
  const same = actorsOf('Veltra Resources said on Monday it would appeal the ruling. Last year the state-owned Norsk Ore became the company with the largest stake.');
  assert.equal(byMention(same, 'the company')?.name, 'Norsk Ore');
});

test('actors: a word for a body before a name whose first word is a given name still names a body ("the civic group Free Voice … Free Voice said")', () => {
  const actors = actorsOf('Organizers from the civic group Free Voice said 3,000 people marched. Free Voice said it would march again next week.');
  check(actors, { mention: 'Free Voice', kind: 'organization', sector: 'NGO' });
  assert.equal(actors.filter((a) => a.name === 'Free Voice').length, 1);
});

test('actors: an acronym joined to a word by a hyphen in brackets is the body\'s short form, and the description before it names the body ("The former ruling party, the Tovan Party for Democracy (TPD-Vatan), whose …")', () => {
  const actors = actorsOf('The former ruling party, the Tovan Party for Democracy and Socialism (TPD-Vatan), whose activities have been suspended, called on its supporters to remain calm. TPD-Vatan said it would resist.');
  const party = byMention(actors, 'Tovan Party for Democracy and Socialism');
  assert.ok(party);
  assert.deepEqual(party.mentions.map((m) => m.text), ['The former ruling party', 'Tovan Party for Democracy and Socialism', 'TPD-Vatan', 'TPD-Vatan']);
});

test('actors: a capital is the city after a journey "from", a spread "to" and "the airspace over"; a letter "from" it is still its government\'s', () => {
  const actors = actorsOf('Officials feared the outbreak had spread to Kampala. Two flights from Nairobi were cancelled. Drones entered the airspace over Vilnius. A letter from Moscow arrived on Monday.');
  check(actors, { mention: 'Kampala', kind: 'place', country: 'UGA' });
  check(actors, { mention: 'Nairobi', kind: 'place', country: 'KEN' });
  check(actors, { mention: 'Vilnius', kind: 'place', country: 'LTU' });
  check(actors, { mention: 'Moscow', kind: 'country', country: 'RUS' });
});

test('actors: "the authority, known by its Spanish initials TCA," gives the short form to the body "the authority" points back to; with none, the form is still a body\'s and no state\'s', () => {
  const text = 'The Tovan Canal Authority said water was short. A drought in 2023 forced the authority, known by its Spanish initials TCA, to cut transits. The TCA said in a statement that it had offered every family a house.';
  const actors = actorsOf(text);
  check(actors, { mention: 'TCA', name: 'Tovan Canal Authority', kind: 'organization' });
  assert.equal(byMention(actors, 'TCA')?.mentions.filter((m) => m.text === 'TCA').length, 2);
  const alone = actorsOf('The Tovan Ports Agency said water was short. A drought forced the authority, known by its Spanish initials TCA, to cut transits. The TCA said it had offered every family a house.');
  check(alone, { mention: 'TCA', kind: 'organization', country: null });
});

test('actors: only a former office makes one of the elite ("a retired fisherman" stays a fisherman), and a title before the name is not made former by an appositive ("President X, a former rebel commander,")', () => {
  const actors = actorsOf('Tomas Vell, 59, a retired fisherman, said the lake was dying. Ana Kerr, a retired teacher, said she voted no. Ivo Marsk, a former interior minister, said the vote was fair. '
    + 'Regional President Oren Dask, a former rebel commander, said he would wait.');
  check(actors, { mention: 'Tomas Vell', sector: 'CVL' });
  check(actors, { mention: 'Ana Kerr', sector: 'EDU' });
  check(actors, { mention: 'Ivo Marsk', sector: 'ELI', title: 'Former Interior Minister' });
  check(actors, { mention: 'he', name: 'Oren Dask', sector: 'GOV', title: 'Regional President' });
});

test('actors: "…, the company said" in a lead is the sentence\'s subject, not a business inside its appositive; "the consortium" is the body called so, not the last business named', () => {
  const lead = actorsOf('GABORONE, Nov 30 (Reuters) - Velmar, the diamond joint venture between the government and Orlane Mining, will halt production for three months, the company said on Monday. Velmar\'s managing director, Ana Kerr, told reporters the cut was temporary.');
  assert.equal(byMention(lead, 'the company')?.name, 'Velmar');
  const consortium = actorsOf('The plant will be built by Tovan Water Partners, a consortium led by the French company Orlane. Orlane\'s chief executive said the plant would run on solar power. The rest of the money will come from the consortium.');
  const partners = byMention(consortium, 'Tovan Water Partners');
  assert.deepEqual(partners?.mentions.map((m) => m.text), ['Tovan Water Partners', 'a consortium', 'the consortium']);
  const aid = actorsOf('The Tovan Church Aid, a humanitarian organisation with strong ties to the church, had camps there.');
  assert.ok(!aid.some((a) => a.name === 'humanitarian organisation'), JSON.stringify(aid.map((a) => a.name)));
});

test('actors: "Limited", "Industries", "Engineering", "Online", "Tabernacle", "Municipality" and "Airports" end the names of bodies; a business\'s short name votes with its full name', () => {
  const actors = actorsOf('Tovan Copper Limited said it would appeal. She told Kesby Post Online that she was afraid. Orlan Engineering, which will build the pipeline, said it would hire workers. '
    + 'The ban hit the Orlo Glory Tabernacle, a church. The Kesby Rural Municipality said it would keep the levy. Workers at Hanvit Heavy Industries\' shipyard walked out. "Hanvit told us nothing," one said. Hanvit said it would talk.');
  check(actors, { mention: 'Tovan Copper Limited', kind: 'organization', sector: 'BUS' });
  check(actors, { mention: 'Kesby Post Online', kind: 'organization', sector: 'MED' });
  check(actors, { mention: 'Orlan Engineering', kind: 'organization', sector: 'BUS' });
  check(actors, { mention: 'Orlo Glory Tabernacle', kind: 'organization', sector: 'REL' });
  check(actors, { mention: 'Kesby Rural Municipality', kind: 'organization', sector: 'GOV' });
  check(actorsOf('Estonian Airports said flights were normal.'), { mention: 'Estonian Airports', kind: 'organization', country: 'EST', sector: 'BUS' });
  check(actors, { mention: 'Hanvit', name: 'Hanvit Heavy Industries', kind: 'organization', sector: 'BUS' });
});

test('actors: a state body\'s name of common words the text also writes in lower case is still a name after "the" or before its short form ("The State Border Guard Service (SBGS) … the border guard service")', () => {
  const actors = actorsOf('Flights resumed, the state airport company said. The State Border Guard Service (SBGS) said guards had recovered 19 balloons near the border. Ivo Marsk, the head of the border guard service, told reporters the smugglers were organised. The SBGS said it would add patrols.');
  check(actors, { mention: 'State Border Guard Service', kind: 'organization', sector: 'GOV' });
  assert.equal(byMention(actors, 'State Border Guard Service')?.mentions.filter((m) => m.text === 'SBGS').length, 2);
});

test('actors: words of a faith or of employers in a body\'s name give its sector ("Inter-Religious Council", "Enterprises Federation")', () => {
  const actors = actorsOf('The Inter-Religious Council of Tovan (IRCT) said it supported the ban. The Kesby Enterprises Federation said wages were too high.');
  check(actors, { mention: 'Inter-Religious Council of Tovan', sector: 'REL' });
  check(actors, { mention: 'Kesby Enterprises Federation', sector: 'BUS' });
});

test('actors: the reporters or journalists a speaker tells are no actor', () => {
  const actors = actorsOf('Prime Minister Ivo Marsk told reporters the ruling was final. Ana Kerr, the foreign minister, told journalists in Moscow that talks would resume.');
  assert.ok(!actors.some((a) => /reporters|journalists/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
  check(actors, { mention: 'Prime Minister Ivo Marsk', sector: 'GOV' });
});

test('actors: the surname of someone named before is theirs however like a common word it is spelled ("President Kais Saied … Saied said"); a given name after "the" and an adjective is no one\'s', () => {
  const actors = actorsOf('President Kais Saied has cracked down on critics. Later, Saied said that no one is prosecuted for an opinion. The Tovan Council, which groups the main Christian and Muslim bodies, backed him.');
  assert.deepEqual(byMention(actors, 'President Kais Saied')?.mentions.map((m) => m.text).slice(0, 2), ['President Kais Saied', 'Saied']);
  assert.ok(!actors.some((a) => a.name === 'Christian'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a brand\'s CamelCase word before a place or a country names one body ("GreenAid Middle East", "GreenAid Kenya")', () => {
  const actors = actorsOf('GreenAid Middle East, a group of environmentalists, said the brine was a risk. GreenAid Kenya said it agreed.');
  check(actors, { mention: 'GreenAid Middle East', kind: 'organization' });
  check(actors, { mention: 'GreenAid Kenya', kind: 'organization', country: 'KEN' });
  assert.ok(!actors.some((a) => a.name === 'Middle East'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: an acronym after a word for a body is that body, of the word\'s sector, whatever the tagger makes of it ("the state news agency TAP … TAP said", "the state water company OSE")', () => {
  const actors = actorsOf('The decree was reported by the state news agency TAP on Monday. Later TAP said the report was accurate. Prices were set by the state water company OSE.');
  check(actors, { mention: 'TAP', kind: 'organization', sector: 'MED' });
  assert.equal(byMention(actors, 'TAP')?.mentions.length, 2);
  check(actors, { mention: 'OSE', kind: 'organization', sector: 'BUS' });
});

test('actors: the first of two bodies joined by "and" in one name is not a body of its own ("the Fire Service and Civil Defence said")', () => {
  const actors = actorsOf('The fire was put out by midnight, the Fire Service and Civil Defence said. The service sent 20 units, and civil defence teams searched the site.');
  assert.ok(!actors.some((a) => a.name === 'Fire Service'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a business\'s first word that is someone\'s surname in the article is not its short name ("Haddad Engineering … Lina Haddad … Haddad is")', () => {
  const actors = actorsOf('The pipeline will be built by the Amman-based contractor Haddad Engineering. Haddad Engineering, which will build the pumping stations, said it would hire 3,000 workers. '
    + '"We need the water," said Lina Haddad, a hydrologist at the University of Jordan. Haddad is not related to the company\'s owners.');
  assert.equal(byMention(actors, 'Lina Haddad')?.mentions.some((m) => m.text === 'Haddad'), true, JSON.stringify(actors.map((a) => [a.name, a.mentions.map((m) => m.text)])));
  check(actors, { mention: 'Haddad Engineering', kind: 'organization', sector: 'BUS' });
});

test('actors: whole names of bodies: an ordinal after "of", a demonym and its people after "of", a national Red Cross, a portfolio list with "and the", a name "known as the …"', () => {
  const actors = actorsOf('The Velmar Court of First Instance jailed him. The National Union of Kenyan Teachers called a strike. The Malawi Red Cross Society sent tents. '
    + 'The Centre for Rural Development, Transport and the Environment, known as the Kesby Centre, objected. The Kesby Centre will appeal.');
  check(actors, { mention: 'Velmar Court of First Instance', kind: 'organization', sector: 'JUD' });
  check(actors, { mention: 'National Union of Kenyan Teachers', kind: 'organization', country: 'KEN' });
  check(actors, { mention: 'Malawi Red Cross Society', kind: 'organization', country: 'MWI', sector: 'NGO' });
  const centre = byMention(actors, 'Centre for Rural Development, Transport and the Environment');
  assert.deepEqual(centre?.mentions.map((m) => m.text), ['Centre for Rural Development, Transport and the Environment', 'Kesby Centre', 'Kesby Centre']);
});

test('actors: a conference of a faith\'s bishops is a standing body of that faith; a security conference is still an event', () => {
  const actors = actorsOf('The Episcopal Conference of Malawi called for calm. The Catholic Bishops\' Conference said it would pray. The Velmar Security Conference opened on Friday.');
  check(actors, { mention: 'Episcopal Conference of Malawi', kind: 'organization', country: 'MWI', sector: 'REL' });
  check(actors, { mention: 'Catholic Bishops\' Conference', kind: 'organization', sector: 'REL' });
  assert.ok(!actors.some((a) => /Security Conference/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: "the Johannesburg-listed miner" is a company of the place\'s state, and the company named before it', () => {
  const actors = actorsOf('The platinum producer Karoo Platinum will close two shafts. The Johannesburg-listed miner said the shafts had lost money.');
  assert.deepEqual(byMention(actors, 'Karoo Platinum')?.mentions.map((m) => m.text), ['Karoo Platinum', 'Johannesburg-listed miner']);
  check(actors, { mention: 'Karoo Platinum', country: 'ZAF', sector: 'BUS' });
});

test('actors: a story datelined in the state it names most is set there even when it names a second state often; a dateline of two cities in two states sets no state', () => {
  const story = (dateline: string) => `${dateline} (Reuters) - Mozambique closed its border crossing at Ressano Garcia on Monday after a tanker fire. `
    + 'South Africa said its trucks would wait, and South African hauliers counted losses. Mozambican police sealed the area, and Mozambique\'s ports reopened. '
    + 'Transport Minister Ana Velo said the crossing would reopen on Friday. Trade with South Africa has grown, and Mozambique sends gas to its neighbour. South Africa urged calm, and South Africa sent fire crews.';
  check(actorsOf(story('MAPUTO, Nov 3')), { mention: 'Transport Minister Ana Velo', country: 'MOZ', sector: 'GOV' });
  const two = byMention(actorsOf(story('MAPUTO/JOHANNESBURG, Nov 3')), 'Transport Minister Ana Velo');
  assert.equal(two?.country, null);
});

test('actors: a listed body\'s name after another state\'s demonym is that state\'s body ("the Kenyan Labour Party"); an Environmental Protection Agency is the story\'s state\'s unless the story is American', () => {
  const ghana = actorsOf('ACCRA, Ghana (Reuters) - Ghana halted gold dredging on the Pra river on Monday. The Environmental Protection Agency (EPA) said the dredgers had no permits. '
    + 'The EPA said Ghana would fine them, and Ghanaian police seized two boats. The opposition Kenyan Labour Party said Kenya should do the same.');
  check(ghana, { mention: 'Environmental Protection Agency', country: 'GHA', sector: 'GOV' });
  check(ghana, { mention: 'Kenyan Labour Party', country: 'KEN', sector: 'PTY' });
  const us = actorsOf('WASHINGTON (Reuters) - The Environmental Protection Agency said on Monday it would tighten rules on soot. The EPA said Congress had been told.');
  check(us, { mention: 'Environmental Protection Agency', country: 'USA', sector: 'GOV' });
});

test('actors: a body of citizens for their own cause is civic whatever its head word, and the office "Its president" of a body of no known sector is not the government\'s', () => {
  const actors = actorsOf('The Velmar League for Human Rights condemned the demolitions. Its president, Ana Kerr, said 900 families had lost their homes. '
    + 'The Tarn Landowners Council, which represents 40 clans, objected. Its chairman, Ivo Marsk, said the clans were not consulted. '
    + 'The Kesby Forum held a meeting. Its executive director, Lia Brand, said it was a start.');
  check(actors, { mention: 'Velmar League for Human Rights', sector: 'NGO' });
  check(actors, { mention: 'Ana Kerr', sector: 'NGO' });
  check(actors, { mention: 'Tarn Landowners Council', sector: 'NGO' });
  check(actors, { mention: 'Ivo Marsk', sector: 'NGO' });
  assert.equal(byMention(actors, 'Lia Brand')?.sector, null);
});

test('actors: after "the", a name before a word for a site is a place, even one that opens with a given name ("the Mina Velk refinery")', () => {
  const actors = actorsOf('A blaze at the Mina Velk refinery killed two workers. Trucks queued at the Rosa Tarn crossing.');
  check(actors, { mention: 'Mina Velk', kind: 'place' });
  check(actors, { mention: 'Rosa Tarn', kind: 'place' });
});

test('actors: a contractor or a line named as a business is one ("the contractor Tarvo Builders", "Velara Crociere, a Genoa-based line"); a listed business\'s first word alone is that business ("Vedanta Resources … Vedanta said")', () => {
  const actors = actorsOf('The lorry belonged to the contractor Tarvo Builders. Tarvo Builders said it would cooperate. Velara Crociere, a Genoa-based line, said it would cut calls. '
    + 'The fund sold its stake in Vedanta Resources. Vedanta said it was disappointed.');
  check(actors, { mention: 'Tarvo Builders', kind: 'organization', sector: 'BUS' });
  check(actors, { mention: 'Velara Crociere', kind: 'organization', country: 'ITA', sector: 'BUS' });
  assert.equal(byMention(actors, 'Vedanta'), byMention(actors, 'Vedanta Resources'));
});

test('actors: a word no rule took before a country, spelled out by the acronym after them, is a body of that country ("Transparency Malawi (TM)"); a place\'s head word alone before "and" is a field of a body ("the Building and Construction Authority")', () => {
  const actors = actorsOf('Transparency Malawi (TM) welcomed the ban. TM said it would watch the courts. The Building and Construction Authority said it would inspect the site.');
  check(actors, { mention: 'Transparency Malawi', kind: 'organization', country: 'MWI' });
  assert.equal(byMention(actors, 'TM'), byMention(actors, 'Transparency Malawi'));
  check(actors, { mention: 'Building and Construction Authority', kind: 'organization', sector: 'GOV' });
  assert.ok(!actors.some((a) => a.name === 'Building'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a name of common words with its short form in brackets, then "a … advocacy group", is that civic body, and the people whose group it is are no actor', () => {
  const actors = actorsOf('Hard Hats Count Too (HHCT), a migrant workers\' advocacy group, said the rules came too late. HHCT said it would keep pushing.');
  check(actors, { mention: 'Hard Hats Count Too', kind: 'organization', sector: 'NGO' });
  assert.equal(byMention(actors, 'HHCT'), byMention(actors, 'Hard Hats Count Too'));
  assert.ok(!actors.some((a) => /workers/.test(a.name)), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a demonym after a given name ends the run as a surname ("Ana Moldovan", "Tom French"), not a state', () => {
  const actors = actorsOf('The hiker, Ana Moldovan, a software tester, was attacked on Sunday. Tom French, a ranger, said the bear was old.');
  check(actors, { mention: 'Ana Moldovan', kind: 'person' });
  check(actors, { mention: 'Tom French', kind: 'person' });
  assert.ok(!actors.some((a) => a.kind === 'country'), JSON.stringify(actors.map((a) => a.name)));
});

test('actors: a place of several words before "-based" is where the body sits ("a Port of Spain-based conglomerate" is of Trinidad and Tobago, not Spain)', () => {
  const actors = actorsOf('Tarvo Bay Holdings, a Port of Spain-based conglomerate, bought the estate.');
  check(actors, { mention: 'Tarvo Bay Holdings', kind: 'organization', country: 'TTO', sector: 'BUS' });
  assert.ok(!actors.some((a) => a.country === 'ESP'), JSON.stringify(actors.map((a) => [a.name, a.country])));
});

test('actors: service workers are people a story can quote ("A receptionist who answered the phone said", "a cashier at the market")', () => {
  const actors = actorsOf('A receptionist who answered the phone said the manager was away. A cashier at the market said prices had doubled.');
  check(actors, { mention: 'A receptionist', kind: 'person', sector: 'CVL' });
  check(actors, { mention: 'A cashier at the market', kind: 'person', sector: 'CVL' });
});

test('actors: a listed body\'s acronym in brackets after a country\'s name is that body, not the country\'s short form ("LILONGWE, Malawi (AP) — … told the AP")', () => {
  const actors = actorsOf('LILONGWE, Malawi (AP) — Malawi halted the demolitions on Monday. Ana Kerr, a resident, told the AP that the ruling was fair.');
  assert.ok(!byMention(actors, 'Malawi')?.mentions.some((m) => m.text === 'AP'), JSON.stringify(actors.map((a) => [a.name, a.mentions.map((m) => m.text)])));
  check(actors, { mention: 'AP', kind: 'organization', sector: 'MED' });
});

test('actors: a title that is also an abstract word, alone, is that word ("Justice has spoken"); with a name it is still a title', () => {
  const actors = actorsOf('Residents cheered the ruling. "Justice has spoken," said Awa Kone, a resident. Justice Mara Tell dissented.');
  assert.ok(!actors.some((a) => a.name === 'Justice'), JSON.stringify(actors.map((a) => a.name)));
  check(actors, { mention: 'Justice Mara Tell', kind: 'person', sector: 'JUD' });
});

test('actors: a listed business\'s name after "a", heading its phrase, is a product ("built a Ferrari"); "a Facebook post" and "Ferrari said" still name the business', () => {
  const product = actorsOf('"They built a Ferrari and fuelled it with candles," said Ana Kerr, a lecturer.');
  assert.ok(!product.some((a) => a.name === 'Ferrari'), JSON.stringify(product.map((a) => a.name)));
  const firm = actorsOf('Ferrari said sales rose. Ana Kerr wrote in a Facebook post that she agreed.');
  check(firm, { mention: 'Ferrari', kind: 'organization', sector: 'BUS' });
  check(firm, { mention: 'Facebook', kind: 'organization', sector: 'BUS' });
});

test('actors: a "World Heritage Site" is a designation, not someone, wherever it stands', () => {
  const actors = actorsOf('UNESCO lists the old town of Velmar as a World Heritage Site. "A World Heritage Site cannot take 10,000 visitors a day," said Ana Kerr, the mayor.');
  assert.ok(!actors.some((a) => /Heritage Site/.test(a.name)), JSON.stringify(actors.map((a) => [a.name, a.kind])));
});

test('actors: a place that names an oil\'s grade is the grade ("Brent crude"), not the place', () => {
  const actors = actorsOf('Brent crude futures rose 2% after the fire. Dubai crude rose too, but shipments from Dubai fell.');
  assert.ok(!actors.some((a) => a.name === 'Brent'), JSON.stringify(actors.map((a) => a.name)));
  assert.deepEqual(byMention(actors, 'Dubai')?.mentions.map((m) => m.text), ['Dubai']);
});

test('actors: a lead that describes a body or a person named only after it ("the country\'s aviation regulator said")', () => {
  const text = 'VELMARA, Nov 28 (Reuters) - Two airlines grounded their jets on Friday after an engine fire, the country\'s aviation regulator said, '
    + 'and a court halted an eviction, a lawyer for the families said.\n\n'
    + 'The Civil Aviation Authority (CAA) said inspectors had found cracks. The families\' lawyer, Ana Reyes, said the court was right.';
  const actors = actorsOf(text);
  assert.equal(byMention(actors, 'the country\'s aviation regulator'), byMention(actors, 'Civil Aviation Authority'));
  assert.equal(byMention(actors, 'a lawyer'), byMention(actors, 'Ana Reyes'));
  // (A possessive's own body is the one he belongs to, not the next one named.)
  const split = actorsOf('ULAN TOR (Reuters) - The premier lost a vote as a scandal split his own ruling party.\n\nThe opposition Labour Party gained.');
  const own = split.find((a) => a.mentions.some((m) => m.text.includes('ruling party')));
  assert.ok(own);
  assert.ok(!own.mentions.some((m) => m.text === 'Labour Party'));
});

test('actors: a capital named as a city ("the capital Nairobi", "Kenya\'s capital, Nairobi,", "Nairobi, a city of …") is the place', () => {
  const actors = actorsOf('Trains to the capital Nairobi stopped on Monday. Authorities in Kenya\'s capital, Nairobi, closed schools. '
    + 'Nairobi, a city of five million people, was quiet. Nairobi said the talks had failed.');
  const place = actors.find((a) => a.kind === 'place' && a.name === 'Nairobi');
  assert.ok(place);
  assert.deepEqual(place.mentions.map((m) => m.start), [22, 81, 106]);
  assert.ok(actors.some((a) => a.kind === 'country' && a.country === 'KEN' && a.mentions.some((m) => m.text === 'Nairobi' && m.start === 157)));
});

test('actors: a city the article plainly uses as a place is not the short name of a company named after it', () => {
  const actors = actorsOf('KORVAT, Iraq, Nov 29 (Reuters) - Salt levels near Korvat reached a record on Sunday, the water ministry said.\n\n'
    + 'The Korvat Oil Company said its plant was running. Korvat\'s deputy governor, Ali Hadi, said schools would close.');
  const city = actors.find((a) => a.kind === 'place' && a.name === 'Korvat');
  assert.ok(city, 'the dateline city, named in title case');
  assert.equal(city.country, 'IRQ');
  assert.ok(city.mentions.some((m) => m.text === 'Korvat' && m.start === 50));
  check(actors, { mention: 'Korvat Oil Company', kind: 'organization', sector: 'BUS' });
  assert.ok(!byMention(actors, 'Korvat Oil Company')!.mentions.some((m) => m.text === 'Korvat'));
  check(actors, { mention: 'Ali Hadi', country: 'IRQ' });
  // ("Shares in Norvale fell": a company's short name stays the company's.)
  const firm = actorsOf('Norvale Semiconductor cut 300 jobs. Shares in Norvale fell 3%.');
  assert.ok(byMention(firm, 'Norvale Semiconductor')!.mentions.some((m) => m.text === 'Norvale'));
});

test('actors: a lead description opened by a state\'s possessive joins the body named next, not one its own sentence names', () => {
  const text = 'TARROW, Nov 24 (Reuters) - Zambia\'s main opposition party on Tuesday accused the ruling Unity Party of fraud, '
    + 'and Zambia\'s coffee regulator cut its export price.\n\n'
    + 'The Zambia Freedom Party (ZFP) said its monitors had seen forged tally sheets. The National Coffee Council (NCC) said prices had fallen.';
  const actors = actorsOf(text);
  assert.equal(byMention(actors, 'Zambia\'s main opposition party'), byMention(actors, 'Zambia Freedom Party'));
  assert.notEqual(byMention(actors, 'Zambia Freedom Party'), byMention(actors, 'Unity Party'));
  assert.equal(byMention(actors, 'Zambia\'s coffee regulator'), byMention(actors, 'National Coffee Council'));
});

test('actors: trade words that end a company\'s name (Foods, Seafood, Charters, Ferries, Lines, Cooperativa …) make a body, not alone', () => {
  const actors = actorsOf('Medo Foods said prices would rise. Dulce Charters said bookings fell. Kolo Express Ferries, which runs six boats, said it was sorry. '
    + 'Cooperativa Cafe Sol said it would buy more beans. Lines of buyers formed at the gate. Foods rich in fat were banned.');
  for (const name of ['Medo Foods', 'Dulce Charters', 'Kolo Express Ferries', 'Cooperativa Cafe Sol']) check(actors, { mention: name, kind: 'organization', sector: 'BUS' });
  assert.equal(byMention(actors, 'Lines'), undefined);
  assert.equal(byMention(actors, 'Foods'), undefined);
});

test('actors: a title before a given name and a body\'s head word names the body after someone ("King Omar Hospital")', () => {
  const actors = actorsOf('The driver was taken to King Omar Hospital, police said. General Ada Hill said the troops left.');
  check(actors, { mention: 'King Omar Hospital', kind: 'organization', sector: 'HLH' });
  check(actors, { mention: 'General Ada Hill', kind: 'person', sector: 'MIL' });
});

test('actors: "a spokesman for <country>\'s <body>, <name>," is the named spokesman of that body, not of the country', () => {
  const actors = actorsOf('In Santiago, a spokesman for Chile\'s foreign ministry, Tomas Rivas, said Chile was ready. '
    + 'A spokeswoman for the Chilean energy ministry said prices would rise.');
  check(actors, { mention: 'Tomas Rivas', kind: 'person', country: 'CHL', title: 'Spokesman' });
  assert.ok(byMention(actors, 'Tomas Rivas')!.mentions.some((m) => m.text === 'a spokesman for Chile\'s foreign ministry'));
  check(actors, { mention: 'Chile\'s foreign ministry', kind: 'organization', country: 'CHL' });
  check(actors, { mention: 'A spokeswoman for the Chilean energy ministry', kind: 'person', country: 'CHL' });
});

test('actors: a body\'s list of portfolios may hold words that are no portfolio ("… Agriculture, Livestock and Fisheries"), but not another body', () => {
  const actors = actorsOf('The Ministry of Agriculture, Livestock and Irrigation said exports fell. '
    + 'The Office for Food Safety, Veterinary Affairs and Plant Health said the honey was fake. '
    + 'The suit named the Department of Finance, and County of Tarrow as defendants.');
  check(actors, { mention: 'Ministry of Agriculture, Livestock and Irrigation', kind: 'organization', sector: 'GOV' });
  check(actors, { mention: 'Office for Food Safety, Veterinary Affairs and Plant Health', kind: 'organization' });
  assert.equal(byMention(actors, 'Livestock'), undefined);
  check(actors, { mention: 'Department of Finance', kind: 'organization' });
});

test('actors: with no dateline, the one state the lead names breaks a tie for the state a story is set in', () => {
  const text = 'The river fell to a record low this week, leaving fishermen in northern Laos with almost nothing to catch, officials said.\n\n'
    + 'Laos has asked China to release more water. China said its dams were not to blame, and China\'s water ministry said rain was below normal. '
    + 'Laos will raise the issue at a summit in Vientiane.\n\n'
    + '"We cannot wait for rain," said Bounkham Sy, a 52-year-old fisherman.';
  check(actorsOf(text), { mention: 'Bounkham Sy', country: 'LAO', sector: 'CVL' });
});

test('actors: "the Thai district of X", "the Lao town of Y": a place named after a demonym and a place word is in that state', () => {
  const actors = actorsOf('Across the river from the Lao town of Ban Kheo, the Thai district of Mae Phon has banned boats at night. '
    + 'Somchai Rattana, the district chief of Mae Phon, said Lao officials would come.');
  check(actors, { mention: 'Ban Kheo', kind: 'place', country: 'LAO' });
  check(actors, { mention: 'Mae Phon', kind: 'place', country: 'THA' });
  check(actors, { mention: 'Somchai Rattana', country: 'THA' });
  check(actors, { mention: 'Lao officials', kind: 'group', country: 'LAO' });
});

test('actors: "the Nairobi-based fund Baobab Ventures", "the New York-based Hudson Capital": a body where its place is', () => {
  const actors = actorsOf('It will invest in the Nairobi-based fund Baobab Ventures, which backs startups. '
    + 'Shares were sold by the New York-based brokerage Hudson Capital Partners. The Dar es Salaam-based lender Kilima Bank grew.');
  check(actors, { mention: 'Baobab Ventures', kind: 'organization', country: 'KEN', sector: 'BUS' });
  check(actors, { mention: 'Hudson Capital Partners', kind: 'organization', country: 'USA' });
  check(actors, { mention: 'Kilima Bank', kind: 'organization', country: 'TZA' });
});

test('actors: "the Velta" after "the Velta River" is the river, not an institution', () => {
  const actors = actorsOf('The Velta River fell to a record low. Fishing on the Velta\'s tributaries stopped, and the Velta is still falling.');
  const river = actors.find((a) => a.name === 'Velta River');
  assert.ok(river);
  assert.equal(river.kind, 'place');
  assert.deepEqual(river.mentions.map((m) => m.text), ['Velta River', 'Velta', 'Velta']);
  assert.ok(!actors.some((a) => a.kind === 'organization'));
});

test('actors: "Devon" is a man\'s name as often as not, so "he" after "Devon Baptiste" is his', () => {
  const actors = actorsOf('Peter Okafor, the union president, said boats were idle. Devon Baptiste, 44, a diver, said he had borrowed money to repair his boat.');
  assert.deepEqual(byMention(actors, 'Devon Baptiste')!.mentions.map((m) => m.text), ['Devon Baptiste', 'he', 'his']);
});

test('actors: a bare "police" or "government" that speaks ("…, police said.") is an actor', () => {
  const actors = actorsOf('A bus caught fire on Thursday, injuring a passenger with burns to her legs, police said. Police violence rose.');
  check(actors, { mention: 'police', kind: 'group', sector: 'COP' });
});

test('actors: a town "between" it and a listed place is not the short name of a company named after it', () => {
  const actors = actorsOf('The boat, run by Korvo Express Ferries, sank between Korvo and Freetown. Korvo Express Ferries said it was saddened. The Korvo crossing links Freetown with the airport.');
  check(actors, { mention: 'Korvo Express Ferries', kind: 'organization' });
  const town = actors.find((a) => a.kind === 'place' && a.name === 'Korvo');
  assert.ok(town && town.mentions.some((m) => m.text === 'Korvo' && m.start === 53));
});

test('actors: a chamber of a trade is its businesses\' ("Velmar Chamber of Commerce"), a chamber of deputies a legislature', () => {
  const actors = actorsOf('The Velmar Chamber of Tourism said bookings fell. Its president, Ana Mora, spoke. The Chamber of Deputies voted.');
  check(actors, { mention: 'Velmar Chamber of Tourism', kind: 'organization', sector: 'BUS' });
  check(actors, { mention: 'Ana Mora', sector: 'BUS' });
  check(actors, { mention: 'Chamber of Deputies', sector: 'LEG' });
});

test('actors: a police force named before a person\'s titles makes the office police ("Police spokesperson Superintendent X")', () => {
  const actors = actorsOf('Police spokesperson Superintendent Kofi Mensah said four people were arrested. Army spokesman Colonel Ben Aziz said.');
  check(actors, { mention: 'Police spokesperson Superintendent Kofi Mensah', sector: 'COP' });
  check(actors, { mention: 'Army spokesman Colonel Ben Aziz', sector: 'MIL' });
});

test('actors: a capital where a motion starts, past its object, and the rest of a list of places, are places', () => {
  const actors = actorsOf('The airline flies tourists from Riga, Vilnius and Tallinn to the islands. Washington sent weapons to Kyiv.');
  for (const city of ['Riga', 'Tallinn']) check(actors, { mention: city, kind: 'place' });
  check(actors, { mention: 'Kyiv', kind: 'country', country: 'UKR' });
});

test('actors: "Vantora, the Chilean Salmon Institute, said": a short name before a body\'s full name in apposition is that body', () => {
  const actors = actorsOf('Vantora, the Chilean Salmon Institute, said stocks had fallen. Vantora said it would act. '
    + 'Some examples are Nazism, the Velmar League, religious wars and famine.');
  const body = byMention(actors, 'Chilean Salmon Institute');
  assert.ok(body && body.kind === 'organization');
  assert.deepEqual(body.mentions.map((m) => m.text), ['Vantora', 'Chilean Salmon Institute', 'Vantora']);
  assert.notEqual(byMention(actors, 'Nazism'), byMention(actors, 'Velmar League'));
});

test('actors: an acronym no rule tied to a body is the one body the article names whose initials spell it', () => {
  const actors = actorsOf('The Velta River Commission said on Thursday the river was low. The commission, known as the VRC, warned farmers. '
    + 'According to the VRC, dams played a role.');
  const body = byMention(actors, 'Velta River Commission');
  assert.ok(body);
  assert.equal(body.mentions.filter((m) => m.text === 'VRC').length, 2);
});
