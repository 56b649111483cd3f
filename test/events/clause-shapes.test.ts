import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, eventsOf } from './helpers.js';

type Expect = { events: string[]; negated?: boolean; modality?: string };

// [shape, text, expected]: every expected event must be present with the given negation and modality.
const cases: [string, string, Expect][] = [
  ['active', 'Ruritania condemned Freedonia.', { events: ['ACCUSE Ruritania -> Freedonia'], negated: false, modality: 'asserted' }],
  ['passive with agent', 'Freedonia was condemned by Ruritania on Tuesday.', { events: ['ACCUSE Ruritania -> Freedonia'] }],
  ['coordinated subject', 'Ruritania and Sylvania condemned Freedonia.', { events: ['ACCUSE Ruritania -> Freedonia', 'ACCUSE Sylvania -> Freedonia'] }],
  ['coordinated participants', 'Ada Lorne and Tomas Vell met in Geneva.', { events: ['CONSULT Ada Lorne -> Tomas Vell', 'CONSULT Tomas Vell -> Ada Lorne'] }],
  ['coordinated modifiers', 'Ruritanian and Sylvanian officials condemned Freedonia.', { events: ['ACCUSE Ruritania -> Freedonia', 'ACCUSE Sylvania -> Freedonia'] }],
  ['appositive', 'Ada Lorne, the foreign minister, criticised Freedonia.', { events: ['ACCUSE Ada Lorne -> Freedonia'] }],
  ['appositive in coordination', 'Ada Lorne, the foreign minister, and Tomas Vell, his counterpart, met on Monday.', { events: ['CONSULT Ada Lorne -> Tomas Vell'] }],
  ['relative clause', 'The envoy spoke to officials from Sylvania, who condemned Freedonia.', { events: ['ACCUSE Sylvania -> Freedonia'] }],
  ['coordinated verb phrase', 'Sylvania praised Ruritania but avoided condemning Freedonia.', { events: ['SUPPORT Sylvania -> Ruritania', 'ACCUSE Sylvania -> Freedonia'] }],
  ['participial clause', 'Ruritania recalled its envoy on Friday, accusing Freedonia of espionage.', { events: ['ACCUSE Ruritania -> Freedonia'] }],
  ['nominal with possessor', 'Freedonia’s invasion of Ruritania began at dawn.', { events: ['ASSAULT Freedonia -> Ruritania'] }],
  ['reduced relative passive', 'Trade fell after the sanctions imposed by Sylvania on Freedonia.', { events: ['SANCTION Sylvania -> Freedonia'] }],
  ['light verb', 'Ruritania held talks with Freedonia.', { events: ['CONSULT Ruritania -> Freedonia'] }],
  ['infinitive chain', 'Ruritania agreed to set up a joint commission with Freedonia.', { events: ['AGREE Ruritania -> Freedonia'] }],
  ['reported clause', 'The ministry said Ruritania accused Freedonia of spying.', { events: ['ACCUSE Ruritania -> Freedonia'], modality: 'reported' }],
  ['negated by avoid', 'Sylvania avoided condemning Freedonia.', { events: ['ACCUSE Sylvania -> Freedonia'], negated: true }],
  ['negated by not', 'Sylvania did not condemn Freedonia.', { events: ['ACCUSE Sylvania -> Freedonia'], negated: true }],
  ['neither … nor', 'Neither Ruritania nor Sylvania condemned Freedonia.', { events: ['ACCUSE Ruritania -> Freedonia', 'ACCUSE Sylvania -> Freedonia'], negated: true }],
  ['recipient hanging off the object', 'Sylvania welcomed the resumption of ties between Ruritania and Freedonia.', { events: ['SUPPORT Sylvania -> Ruritania', 'SUPPORT Sylvania -> Freedonia'] }],
  ['modifier naming the country', 'Freedonian security officials condemned Ruritania.', { events: ['ACCUSE Freedonia -> Ruritania'] }],
  ['purpose clause lends the recipient', 'Sylvania is willing to send rifles to help defend Freedonia.', { events: ['AGREE Sylvania -> Freedonia'] }],
  ['chain recipient', 'Ruritania threatened on Monday to break relations with Freedonia.', { events: ['THREATEN Ruritania -> Freedonia'] }],
  ['complement subject as recipient', 'Sylvania demanded that Freedonia withdraw its troops.', { events: ['REQUEST Sylvania -> Freedonia'] }],
  ['parenthetical inside the subject', 'The Freedonia Trade Council (FTC) agreed with Sylvania on tariffs.', { events: ['AGREE Freedonia -> Sylvania'] }],
  ['conditional future conflict is a threat', 'Ruritania will boycott the summit unless Freedonia apologizes.', { events: ['THREATEN Ruritania -> Freedonia'] }],
  ['noun compound object', 'Sylvania cut food supplies to Freedonia.', { events: ['SANCTION Sylvania -> Freedonia'] }],
  ['verbal attack', 'Lorne attacked Tomas Vell in a speech on Monday.', { events: ['ACCUSE Ada Lorne -> Tomas Vell'] }],
  ['recipient located by the object', 'Freedonia banned an opposition party in Ruritania.', { events: ['COERCE Freedonia -> Ruritania'] }],
  ['readying force', 'The Freedonian army prepared to shell Ruritanian villages.', { events: ['MOBILIZE Freedonia -> Ruritania'] }],
  ['object control', 'Sylvania urged Freedonia to withdraw its troops from Ruritania.', { events: ['RETREAT Freedonia -> Ruritania'], modality: 'hypothetical' }],
  ['quantity subject', 'Up to 1,000 Ruritanian farmers protested against Freedonia on Monday.', { events: ['PROTEST Ruritania -> Freedonia'] }],
  ['quantity object: at least', 'Sylvania killed at least 20 Freedonian soldiers.', { events: ['ASSAULT Sylvania -> Freedonia'] }],
  ['quantity object: up to', 'Ruritania has detained up to 16 Sylvanian advisers.', { events: ['COERCE Ruritania -> Sylvania'] }],
  ['quantity object: more than', 'Freedonia arrested more than 100 Ruritanian protesters on Monday.', { events: ['COERCE Freedonia -> Ruritania'] }],
  ['name the tagger reads as a verb', 'The Red Cross operating in Sylvania said Freedonia must release the prisoners.', { events: ['REQUEST Red Cross -> Freedonia'] }],
  ['participle with an object is a verb', 'Ada Lorne speaking in Geneva said Freedonia must withdraw its troops.', { events: ['REQUEST Ada Lorne -> Freedonia'] }],
  ['object after a predicative "as" phrase', 'Sylvania denounced as a grave crime Freedonia’s blockade of the port.', { events: ['ACCUSE Sylvania -> Freedonia'] }],
  ['state passive reads as active (engaged in)', 'Sylvanian troops were engaged in heavy fighting against Freedonia.', { events: ['ASSAULT Sylvania -> Freedonia'] }],
  ['state passive reads as active (committed to)', 'Ada Lorne said Ruritania is committed to talks with Freedonia.', { events: ['AGREE Ruritania -> Freedonia'] }],
  ['purpose clause addressed to the object', 'Ruritania summoned the Freedonian ambassador to complain about the arrests.', { events: ['ACCUSE Ruritania -> Freedonia'] }],
  ['agent of the deed protested against', 'Ruritanian farmers staged a rally against abuses by Freedonian troops.', { events: ['PROTEST Ruritania -> Freedonia'] }],
  ['agent of a participle on the object', 'Ruritania welcomed the proposals sent by Freedonia last week.', { events: ['SUPPORT Ruritania -> Freedonia'] }],
  ['amount with an adjective before the head', 'Sylvania sent two million Sylvanian crowns to Freedonia.', { events: ['AID Sylvania -> Freedonia'] }],
  ['named list member with an article', 'Ruritania, the proud Sylvania, and Freedonia condemned Ada Lorne.', { events: ['ACCUSE Ruritania -> Ada Lorne', 'ACCUSE Sylvania -> Ada Lorne', 'ACCUSE Freedonia -> Ada Lorne'] }],
  ['list with a serial comma', 'Ruritania, Sylvania, and Freedonia condemned Ada Lorne.', { events: ['ACCUSE Ruritania -> Ada Lorne', 'ACCUSE Sylvania -> Ada Lorne', 'ACCUSE Freedonia -> Ada Lorne'] }],
  ['coordinated adjectives in the object', 'Ruritania demanded political and economic concessions from Freedonia.', { events: ['REQUEST Ruritania -> Freedonia'] }],
  ['goal of an -ing participle on the object', 'Sylvanian troops sealed off the roads leading into Freedonia.', { events: ['COERCE Sylvania -> Freedonia'] }],
  ['participle modifier after a preposition', 'Sylvania arrested dozens of suspected Freedonian smugglers.', { events: ['COERCE Sylvania -> Freedonia'] }],
  ['parties to a symmetric act are each other’s recipients, not the venue', 'Ruritania and Sylvania signed a treaty in Geneva.', { events: ['SUPPORT Ruritania -> Sylvania', 'SUPPORT Sylvania -> Ruritania'] }],
  ['the forces moved are not the recipient', 'Ruritania deployed Ruritanian troops along its border with Freedonia.', { events: ['MOBILIZE Ruritania -> Freedonia'] }],
  ['target named by a deed phrase', 'Sylvania condemned the Freedonian blockade of the port.', { events: ['ACCUSE Sylvania -> Freedonia'] }],
  ['nominal deed with a country adjective', 'The Freedonian invasion of Ruritania began at dawn.', { events: ['ASSAULT Freedonia -> Ruritania'] }],
  ['-ing modifier with a compound object before the verb', 'Sylvanian jets using laser guided bombs killed 4 Freedonian soldiers.', { events: ['ASSAULT Sylvania -> Freedonia'] }],
  ['main verb after a relative clause on the subject', 'Freedonian rebels who raided a border post on Monday killed three Sylvanian soldiers.', { events: ['ASSAULT Freedonia -> Sylvania'] }],
  ['time word after the subject', 'Ruritania today accused Freedonia of spying.', { events: ['ACCUSE Ruritania -> Freedonia'] }],
  ['double negation', 'Sylvania did not hesitate to condemn Freedonia.', { events: ['ACCUSE Sylvania -> Freedonia'], negated: false }],
  ['future cooperation is an intention (PLOVER AGREE)', 'Ruritania will meet Freedonia on Friday.', { events: ['AGREE Ruritania -> Freedonia'], modality: 'intended' }],
  ['refusal through negated agreement', 'Freedonia will not accept the Sylvanian proposal.', { events: ['REJECT Freedonia -> Sylvania'], negated: false }],
  ['pronoun subject of a reported clause', 'Sylvania said it would send rifles to Freedonia.', { events: ['AGREE Sylvania -> Freedonia'], modality: 'hypothetical' }],
  ['scheduled', 'Ada Lorne and Tomas Vell are scheduled to meet on Friday.', { events: ['CONSULT Ada Lorne -> Tomas Vell'], modality: 'intended' }],
  ['considering', 'Sylvania is considering selling rifles to Freedonia.', { events: ['AID Sylvania -> Freedonia'], modality: 'intended' }],
  ['conditional modal', 'Sylvania would be prepared to send rifles to Freedonia.', { events: ['AGREE Sylvania -> Freedonia'], modality: 'hypothetical' }],
  ['future conflict is a threat', 'Sylvania will impose sanctions on Freedonia.', { events: ['THREATEN Sylvania -> Freedonia'], modality: 'intended' }],
  ['deontic in reported speech', 'Ruritania said Freedonia must withdraw its troops.', { events: ['REQUEST Ruritania -> Freedonia'] }],
];

for (const [shape, text, want] of cases) {
  test(`clause shape: ${shape}`, () => {
    const { events, actor } = eventsOf(text);
    const got = events.map((e) => brief(e, actor));
    for (const w of want.events) {
      const e = events.find((x) => brief(x, actor) === w);
      assert.ok(e, `expected ${w} in ${JSON.stringify(got)}`);
      if (want.negated !== undefined) assert.equal(e.negated, want.negated, `negated for ${w}`);
      if (want.modality !== undefined) assert.equal(e.modality, want.modality, `modality for ${w}`);
    }
  });
}

test('clause shape: an event inside a quote is reported', () => {
  const text = 'Lorne said: “Freedonia shelled our villages.”';
  const start = text.indexOf('“') + 1;
  const { events } = eventsOf(text, { quotes: [[start, text.indexOf('”')]] });
  const e = events.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.equal(e.modality, 'reported');
});

test('clause shape: the passive subject is never the source', () => {
  const { events, actor } = eventsOf('Freedonia was attacked by the Brightwater Front.');
  assert.deepEqual(events.map((e) => brief(e, actor)), ['ASSAULT Brightwater Front -> Freedonia']);
});

// [text, why no event is expected]
const nonEvents: [string, string][] = [
  ['Ruritania called Freedonia a bully.', 'calling someone a name is not a phone call'],
  ['Ruritania did not meet the deadline.', 'meeting a deadline is not a consultation'],
  ['Ruritania asked why Freedonia had left.', 'a question is not a request'],
  ['Sylvania visited polling stations.', 'a visit needs an actor to visit'],
  ['Ruritania backed off its demands on Freedonia.', 'a particle that changes the sense (back off) needs its own pattern'],
  ['Ruritania called Freedonia’s remarks unhelpful.', 'a possessor inside the object is no phone partner'],
];

for (const [text, why] of nonEvents) {
  test(`clause shape: no event — ${why}`, () => {
    const { events, actor } = eventsOf(text);
    assert.deepEqual(events.map((e) => brief(e, actor)), []);
  });
}

test('clause shape: sanctions imposed by an agent are never coded from the subject of the sentence', () => {
  const text = 'Lorne said Sylvania will not tolerate Ruritania helping Freedonia evade the sanctions imposed by Sylvania since the spring.';
  const { events, actor } = eventsOf(text);
  const sanctions = events.filter((e) => e.type === 'SANCTION');
  assert.ok(sanctions.length > 0, `expected a SANCTION in ${JSON.stringify(events.map((e) => brief(e, actor)))}`);
  for (const e of sanctions) assert.equal(actor(e.source?.actor), 'Sylvania');
});

test('clause shape: an embedded action under a non-reporting verb is hypothetical', () => {
  const { events, actor } = eventsOf('Sylvania will not tolerate Ruritania helping Freedonia.');
  const aid = events.find((e) => brief(e, actor) === 'AID Ruritania -> Freedonia');
  assert.ok(aid, JSON.stringify(events.map((e) => brief(e, actor))));
  assert.equal(aid.modality, 'hypothetical');
});

test('clause shape: only agreement verbs turn into REJECT when negated', () => {
  const accept = eventsOf('Freedonia did not accept the Sylvanian offer.');
  assert.ok(accept.events.some((e) => e.type === 'REJECT' && !e.negated));
  const propose = eventsOf('Freedonia has not proposed anything to Sylvania.');
  assert.ok(!propose.events.some((e) => e.type === 'REJECT'));
  assert.ok(propose.events.every((e) => e.negated));
});
