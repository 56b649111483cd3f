import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, type Token } from '../../src/core/index.js';
import { makeArticle } from '../../src/ingest/index.js';
import { quotesStage } from '../../src/quotes/index.js';
import { analyzeQuotes, view, actorsLayer, type ActorSpec } from './helpers.js';

const BRAND: ActorSpec = { name: 'Ivo Brand', mentions: ['Foreign Minister Ivo Brand', 'Brand'] };
const LEROT: ActorSpec = { name: 'Tomas Lerot', mentions: ['Lerot'] };
const KELL: ActorSpec = { name: 'Mara Kell', mentions: ['Mara Kell', 'Kell'] };
const TOVA: ActorSpec = { name: 'Tova', kind: 'country', mentions: ['Tova'] };

test('quotes: "He said" resolves to the subject of the previous sentence, not the nearest name', () => {
  const text =
    'On Thursday, Foreign Minister Ivo Brand underlined the Lerot administration’s worry about the port. ' +
    'He said Lerot will make it plain to Tova that “any steps against the port will be answered.”';
  const doc = analyzeQuotes(text, [BRAND, LEROT, TOVA]);
  const he = doc.get('quotes').find((q) => q.speaker?.text === 'He');
  assert.ok(he, 'a quote attributed to "He"');
  assert.equal(view(doc, he)[3], 'Ivo Brand');
  assert.equal(he.kind, 'mixed');
});

test('quotes: a quote in the next paragraph inherits the speaker of the quote before it', () => {
  const text = '“We will rebuild the harbour,” Mara Kell said.\n\n“And we will not wait for the council to agree.”';
  const doc = analyzeQuotes(text, [KELL]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [
    ['direct', 'We will rebuild the harbour', 'Mara Kell', 'Mara Kell'],
    ['direct', 'And we will not wait for the council to agree.', 'Mara Kell', 'Mara Kell'],
  ]);
  assert.match(doc.get('quotes')[1].why ?? '', /inherited/);
});

test('quotes: a paragraph-opening attribution with a colon gives the next paragraph its speaker', () => {
  const text = 'Kell continued:\n\n“The harbour is ours. We built it and we will keep it open for every ship.”';
  const doc = analyzeQuotes(text, [KELL]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [
    ['direct', 'The harbour is ours. We built it and we will keep it open for every ship.', 'Kell', 'Mara Kell'],
  ]);
});

test('quotes: a quote spanning paragraphs (each paragraph reopens, only the last closes) is one quote', () => {
  const text = 'Kell said:\n\n“The harbour is ours and we built it.\n\n“We will keep it open for every ship that comes.”\n\nThe council did not reply.';
  const doc = analyzeQuotes(text, [KELL]);
  const quotes = doc.get('quotes');
  assert.equal(quotes.length, 1);
  const q = quotes[0];
  assert.equal(q.kind, 'direct');
  assert.equal(q.speaker?.text, 'Kell');
  assert.equal(q.text, 'The harbour is ours and we built it.\n\nWe will keep it open for every ship that comes.');
  assert.equal(text.slice(q.start, q.end), 'The harbour is ours and we built it.\n\n“We will keep it open for every ship that comes.');
});

const anonymous: [string, string][] = [
  [
    'according to the official',
    'Ivo Brand met Tomas Lerot on Monday. Tova is weighing the possible “reputational fallout” of the deal, according to the official, who spoke on condition of anonymity.',
  ],
  ['a source familiar with', 'Ivo Brand met Tomas Lerot on Monday. A source familiar with the talks said the deal was close to collapse.'],
  ['officials said', 'Ivo Brand met Tomas Lerot on Monday. The harbour deal was close to collapse, officials said.'],
];

for (const [name, text] of anonymous) {
  test(`quotes: anonymous source stays anonymous (${name})`, () => {
    // Even when the actors layer (wrongly) links the description to a named person, the speaker has no actor.
    const specs: ActorSpec[] = [
      { name: 'Ivo Brand', mentions: ['Ivo Brand', 'the official', 'A source familiar with the talks', 'officials'] },
      { name: 'Tomas Lerot', mentions: ['Tomas Lerot'] },
      TOVA,
    ];
    const doc = analyzeQuotes(text, specs);
    const quotes = doc.get('quotes');
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].speaker, 'the source words are the speaker');
    assert.ok(!/Brand|Lerot/.test(quotes[0].speaker.text));
    assert.equal(quotes[0].speaker.actor, null);
  });
}

test('quotes: an unnamed source is the speaker when a mention of it is the speaker words', () => {
  const text = 'A senior Tovan trade official, who asked not to be named, said the ban was unfair. “Nobody asked us,” the official said. Ivo Brand met Tomas Lerot.';
  const doc = analyzeQuotes(text, [
    { name: 'A senior Tovan trade official', mentions: ['A senior Tovan trade official', 'the official'] },
    BRAND,
    LEROT,
  ]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  assert.equal(views.find((v) => v[1] === 'the ban was unfair')?.[3], 'A senior Tovan trade official', JSON.stringify(views));
  assert.equal(views.find((v) => v[1] === 'Nobody asked us')?.[3], 'A senior Tovan trade official', JSON.stringify(views));
  // So when the speaker words run on after the unnamed source's mention: "A Western diplomat in Port Lerot said".
  const more = analyzeQuotes('A Western diplomat in Port Lerot said the talks had stalled.', [
    { name: 'A Western diplomat', mentions: ['A Western diplomat'] },
    { name: 'Port Lerot', kind: 'place', mentions: ['Port Lerot'] },
  ]);
  assert.equal(view(more, more.get('quotes')[0])[3], 'A Western diplomat', JSON.stringify(more.get('quotes')));
});

test('quotes: a relative clause with commas of its own keeps the subject before "who" as the speaker', () => {
  const text = 'Ivo Brand, who signed the accord with his counterpart, Tomas Lerot, said Tova would keep the port open. Mara Kell, who met the envoy, Tomas Lerot, on Monday, said the talks went well.';
  const doc = analyzeQuotes(text, [BRAND, LEROT, KELL, TOVA]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  assert.equal(views.find((v) => v[1] === 'Tova would keep the port open')?.[3], 'Ivo Brand', JSON.stringify(views));
  assert.equal(views.find((v) => v[1] === 'the talks went well')?.[3], 'Mara Kell', JSON.stringify(views));
  // The relative clause is no quote of its own.
  assert.ok(!views.some((v) => /accord|envoy/.test(v[1] ?? '')), JSON.stringify(views));
});

test('quotes: "who asked not to be named" and an adverbial clause after the cue are no contents', () => {
  const text = 'A Tovan official, who asked not to be named because he was not authorized to speak, said the port would close. Tova will appeal, Ivo Brand said on Monday, after the court ruled against the port.';
  const doc = analyzeQuotes(text, [BRAND, TOVA, { name: 'A Tovan official', mentions: ['A Tovan official'] }]);
  const contents = doc.get('quotes').map((q) => q.text);
  assert.ok(contents.includes('the port would close'), JSON.stringify(contents));
  assert.ok(contents.includes('Tova will appeal'), JSON.stringify(contents));
  assert.ok(!contents.some((c) => /named|after the court/.test(c)), JSON.stringify(contents));
});

// Scraped text with broken marks: never throw, keep what is recoverable.
const repairs: [string, string, string[]][] = [
  [
    'a stray closing mark after a closed question continues that quote',
    '“Bread matters more than rifles,” Kell told reporters. “Which is more urgent: bread or rifles?” It is easy to answer.”',
    ['Bread matters more than rifles', 'Which is more urgent: bread or rifles?', 'It is easy to answer.'],
  ],
  [
    'an unclosed quote ends at its paragraph end',
    'Kell said: “We will rebuild the harbour before winter comes\n\nThe council met later.',
    ['We will rebuild the harbour before winter comes'],
  ],
  ['a lone closing mark with nothing before it is ignored', '” The council met on Monday and Kell said nothing.', []],
  ['a lone opening mark at the end of the text', 'The council met on Monday. “', []],
  ['only marks', '“”"\'\'«»', []],
];

for (const [name, text, expected] of repairs) {
  test(`quotes repair: ${name}`, () => {
    const doc = analyzeQuotes(text, [KELL]);
    const direct = doc.get('quotes').filter((q) => q.kind === 'direct');
    assert.deepEqual(direct.map((q) => q.text), expected);
    for (const q of direct) assert.equal(q.speaker?.text ?? 'Kell', 'Kell');
  });
}

test('quotes: a hand-built Doc (no tokenizer) yields the quote and speaker', () => {
  // "Kell said the port had closed."
  const text = 'Kell said the port had closed.';
  const spec: [string, Token['pos'], string][] = [
    ['Kell', 'PROPN', 'kell'], ['said', 'VERB', 'say'], ['the', 'DET', 'the'], ['port', 'NOUN', 'port'],
    ['had', 'AUX', 'have'], ['closed', 'VERB', 'close'], ['.', 'PUNCT', '.'],
  ];
  let at = 0;
  const tokens: Token[] = spec.map(([t, pos, lemma], index) => {
    const start = text.indexOf(t, at);
    at = start + t.length;
    return { index, start, end: start + t.length, text: t, norm: t.toLowerCase(), lemma, pos, sentence: 0, spaceBefore: index > 0 && text[start - 1] === ' ', shape: '' };
  });
  const doc = new Doc(makeArticle({ text }));
  doc.set('paragraphs', [{ index: 0, start: 0, end: text.length }]);
  doc.set('sentences', [{ index: 0, start: 0, end: text.length, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 }]);
  doc.set('tokens', tokens);
  doc.set('actors', actorsLayer(text, [KELL]));
  quotesStage.run(doc);
  const [q] = doc.get('quotes');
  assert.deepEqual(
    { kind: q.kind, text: q.text, cue: q.cue?.text, speaker: q.speaker?.text, actor: q.speaker?.actor },
    { kind: 'indirect', text: 'the port had closed', cue: 'said', speaker: 'Kell', actor: 'a1' },
  );
});

test('quotes: scrambled quote marks and punctuation never throw, and every span indexes the text', () => {
  // Deterministic pseudo-random texts built from words, marks, commas and paragraph breaks.
  const parts = ['Kell', 'said', 'the', 'port', 'closed', '“', '”', '"', "'", '‘', '’', '«', '»', "''", ',', '.', ':', '\n\n', 'according to', 'he', 'told', 'that'];
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 200; k++) {
    const text = Array.from({ length: 5 + rand(40) }, () => parts[rand(parts.length)]).join(rand(2) ? ' ' : '');
    const doc = analyzeQuotes(text, [KELL]);
    for (const q of doc.get('quotes')) {
      assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, `bad span in ${JSON.stringify(text)}`);
      if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
      if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    }
  }
});

test('quotes: a possessor inside the speaker words is not the speaker', () => {
  const text = 'Lerot’s government said the harbour would stay closed.';
  const doc = analyzeQuotes(text, [LEROT]);
  const [q] = doc.get('quotes');
  assert.equal(q.speaker?.text, 'Lerot’s government');
  assert.equal(q.speaker?.actor, null);
});

test('quotes: "His supporters" are not the man they support, but "his office" speaks for him', () => {
  const text = 'Police held Tomas Lerot overnight. His supporters say the charges are political. His office said he would appeal.';
  const doc = analyzeQuotes(text, [{ name: 'Tomas Lerot', mentions: ['Tomas Lerot', 'His', 'he'] }]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  assert.deepEqual(views.find((v) => v[2] === 'His supporters')?.[3], null);
  assert.equal(views.find((v) => v[2] === 'His office')?.[3], 'Tomas Lerot');
});

test('quotes: unnamed speaker words take the person named in apposition after them', () => {
  const text = '“They came at dawn,” said his wife, Rudo Tande. A spokesman for the police, Ivo Brand, said the arrest was lawful.';
  const doc = analyzeQuotes(text, [
    { name: 'Tomas Lerot', mentions: ['his'] },
    { name: 'Rudo Tande', mentions: ['Rudo Tande'] },
    { name: 'Ivo Brand', mentions: ['A spokesman', 'Ivo Brand'], how: { 'A spokesman': 'appositive' } },
  ]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  assert.equal(views.find((v) => v[1] === 'They came at dawn')?.[3], 'Rudo Tande', JSON.stringify(views));
  assert.equal(views.find((v) => v[2]?.startsWith('A spokesman'))?.[3], 'Ivo Brand', JSON.stringify(views));
});

test('quotes: a quote opened in one paragraph and closed in the next is one quote with its speaker', () => {
  const text = 'Kell said: “We built the harbour with our own hands\n\nand we will keep it open for every ship.”\n\nThe council met later.';
  const doc = analyzeQuotes(text, [KELL]);
  const direct = doc.get('quotes').filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.equal(direct[0].text, 'We built the harbour with our own hands\n\nand we will keep it open for every ship.');
  assert.equal(direct[0].speaker?.text, 'Kell');
});

test('quotes: reported content that opens the story does not include its dateline', () => {
  const text = 'Tova halts exports\n\nPORT LEROT, June 11 (Wire) - Tova has suspended copper exports, Foreign Minister Ivo Brand said on Wednesday.\n\nThe ban starts on Friday.';
  const doc = analyzeQuotes(text, [BRAND, TOVA]);
  const q = doc.get('quotes').find((x) => x.cue?.text === 'said');
  assert.ok(q, JSON.stringify(doc.get('quotes')));
  assert.equal(q.text, 'Tova has suspended copper exports');
  assert.equal(text.slice(q.start, q.end), q.text);
});

test('quotes: a participle joined by a hyphen ("London-listed") is no speech verb', () => {
  const text = 'Foreign Minister Ivo Brand said on Wednesday that Tova-listed Lerot Mining owed taxes. Port-ordered repairs and Tova-announced plans followed.';
  const doc = analyzeQuotes(text, [BRAND, TOVA]);
  assert.deepEqual(doc.get('quotes').map((q) => q.cue?.text), ['said']);
});

test('quotes: a plural possessive\'s apostrophe inside an appositive is no quote mark', () => {
  const text = 'The Tova Nurses Association, the country\'s largest nurses\' union, said the strike would go on.';
  const doc = analyzeQuotes(text, [{ name: 'Tova Nurses Association', kind: 'organization', mentions: ['Tova Nurses Association'] }]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [['indirect', 'the strike would go on', 'The Tova Nurses Association', 'Tova Nurses Association']]);
});

test('quotes: a short quote right after an attributed quote in its paragraph continues it', () => {
  const text = 'Kell spoke last.\n\n“The harbour stays open,” Kell said. “So we stay.” The council met later.';
  const doc = analyzeQuotes(text, [KELL]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [
    ['direct', 'The harbour stays open', 'Kell', 'Mara Kell'],
    ['direct', 'So we stay.', 'Kell', 'Mara Kell'],
  ]);
});

test('quotes: "…," X said, adding that …: the gerund\'s speaker is X, not a name inside the quote', () => {
  const text = '“Tova is our neighbour,” Brand said, adding that the port would stay open.';
  const doc = analyzeQuotes(text, [BRAND, TOVA]);
  const adding = doc.get('quotes').find((q) => q.cue?.text === 'adding');
  assert.ok(adding, JSON.stringify(doc.get('quotes')));
  assert.equal(view(doc, adding)[3], 'Ivo Brand');
});

test('quotes: a body named in apposition after speaker words that name only its event is the speaker, but not after "according to"', () => {
  const text = 'The organisers of the Tova Marathon, Lerot Events, said they would wait. According to a source in the ministry, the minister, Ivo Brand, disagreed.';
  const doc = analyzeQuotes(text, [
    { name: 'Tova', kind: 'country', mentions: ['Tova'] },
    { name: 'Lerot Events', kind: 'organization', mentions: ['Lerot Events'] },
    { name: 'Ivo Brand', mentions: ['the minister', 'Ivo Brand'], how: { 'the minister': 'appositive' } },
  ]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  assert.equal(views.find((v) => v[1].startsWith('they would wait'))?.[3], 'Lerot Events', JSON.stringify(views));
  assert.notEqual(views.find((v) => v[2]?.startsWith('a source'))?.[3], 'Ivo Brand', JSON.stringify(views));
});

test('quotes: the subject before "who" and a relative clause, with or without commas, is the speaker', () => {
  const text = [
    'Nomsa Vell runs a bank. "Companies are borrowing again," she said. "But they borrow short, because nobody wants these rates."',
    'A member of the committee, who asked not to be named, said two members had argued for a cut.',
    'A manager at one of the shafts, who asked not to be named because he was not authorized to speak, said morale was low.',
    'A retired general said the patrols would fail. A Tarrow official who asked not to be named said the talks had stalled.',
    'The Velmar Rights Commission (VRC), a watchdog, said at least 11 people had been killed.',
  ].join('\n\n');
  const doc = analyzeQuotes(text, [
    { name: 'Nomsa Vell', mentions: ['Nomsa Vell', 'she'] },
    { name: 'A member of the committee', mentions: ['A member of the committee'] },
    { name: 'A manager at one of the shafts', mentions: ['A manager at one of the shafts'] },
    { name: 'A retired general', mentions: ['A retired general'] },
    { name: 'A Tarrow official', mentions: ['A Tarrow official'] },
    { name: 'Velmar Rights Commission', kind: 'organization', mentions: ['Velmar Rights Commission'] },
  ]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  const by = (start: string) => views.find((v) => v[1].startsWith(start))?.[3];
  const words = (start: string) => views.find((v) => v[1].startsWith(start))?.[2];
  // The last quote of a paragraph is its speaker's, not the next paragraph's "who asked".
  assert.equal(by('But they borrow short'), 'Nomsa Vell', JSON.stringify(views));
  assert.equal(words('morale was low'), 'A manager at one of the shafts', JSON.stringify(views));
  // "general" reads as an adjective; after a determiner it is the head.
  assert.equal(by('the patrols would fail'), 'A retired general', JSON.stringify(views));
  assert.equal(by('the talks had stalled'), 'A Tarrow official', JSON.stringify(views));
  // "at least" opens a quantity, not a place the words were said at.
  assert.equal(by('at least 11 people'), 'Velmar Rights Commission', JSON.stringify(views));
});

test('quotes: a name with a word the tagger reads as a verb or a preposition stays whole; "X, known as Y, said"', () => {
  const text = [
    '"The money went out as a fee," Ivo Brand told The Associated Press.',
    'Healers Without Frontiers, known by its French initials GSF, said the camps had run out of food.',
  ].join('\n\n');
  const doc = analyzeQuotes(text, [BRAND, { name: 'Healers Without Frontiers', kind: 'organization', mentions: ['Healers Without Frontiers'] }]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  // "told The Associated Press" names the listener; the quotation before it is the content.
  assert.deepEqual(views.filter((v) => v[1].includes('Associated')), [], JSON.stringify(views));
  assert.equal(views.find((v) => v[1].startsWith('The money'))?.[3], 'Ivo Brand', JSON.stringify(views));
  assert.equal(views.find((v) => v[1].startsWith('the camps'))?.[2], 'Healers Without Frontiers', JSON.stringify(views));
});

test('quotes: a participle before a noun describes it and reports nothing', () => {
  const text = "Tarnland's internationally recognized government met in exile. Boats sail near the disputed Velmar islands. The army-backed government met too.";
  const doc = analyzeQuotes(text, [{ name: 'Tarnland', kind: 'country', mentions: ['Tarnland'] }]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), []);
  // A verb after an adverb is still a verb.
  const verb = analyzeQuotes('Ivo Brand repeatedly warned the government would fall.', [BRAND]);
  assert.deepEqual(verb.get('quotes').map((q) => view(verb, q)), [['indirect', 'the government would fall', 'Ivo Brand', 'Ivo Brand']]);
});

test('quotes: definite speaker words the actors stage reads as a named person are that person', () => {
  const text = 'A spokesman for the president, Ivo Brand, said talks would start. Until then, the cabinet will stay, the spokesman said.';
  const doc = analyzeQuotes(text, [{ name: 'Ivo Brand', mentions: ['A spokesman for the president', 'Ivo Brand', 'the spokesman'], how: { 'A spokesman for the president': 'appositive' } }]);
  const views = doc.get('quotes').map((q) => view(doc, q));
  assert.equal(views.find((v) => v[2] === 'the spokesman')?.[3], 'Ivo Brand', JSON.stringify(views));
});

test('quotes: the subject before an age and an appositive, a "whose" clause, or an appositive with a list is the speaker', () => {
  const text = 'Tomas Vell, 45, a truck driver from Kesby, said he had voted against. '
    + 'Mara Kell, whose Harbour Alliance party abstained, said the chamber had followed the rules. '
    + 'The Tarn River Board, a body that advises Tova, Lerot, Varna and Ostmark, said it had not been consulted.';
  const doc = analyzeQuotes(text, [
    { name: 'Tomas Vell', mentions: ['Tomas Vell'] },
    { name: 'Kesby', kind: 'place', mentions: ['Kesby'] },
    KELL,
    { name: 'Harbour Alliance', kind: 'organization', mentions: ['Harbour Alliance'] },
    { name: 'Tarn River Board', kind: 'organization', mentions: ['The Tarn River Board'] },
    { name: 'Lerot', kind: 'country', mentions: ['Lerot'] },
    TOVA,
  ]);
  const speakers = doc.get('quotes').map((q) => view(doc, q)[3]);
  assert.deepEqual(speakers, ['Tomas Vell', 'Mara Kell', 'Tarn River Board']);
});

test('quotes: a place after the speaker words\' preposition is where the speaker is; a body\'s office or delegation speaks for it', () => {
  const text = 'Farmers in Kesby and Varna said the river had dried up. '
    + 'The Labour Federation\'s office in Varna said it would help. The Tovan Union\'s delegation in Kesby said the vote was fair.';
  const doc = analyzeQuotes(text, [
    { name: 'Kesby', kind: 'place', mentions: ['Kesby'] },
    { name: 'Varna', kind: 'place', mentions: ['Varna'] },
    { name: 'Labour Federation', kind: 'organization', mentions: ['The Labour Federation'] },
    { name: 'Tovan Union', kind: 'organization', mentions: ['The Tovan Union'] },
  ]);
  const speakers = doc.get('quotes').map((q) => view(doc, q)[3]);
  assert.deepEqual(speakers, [null, 'Labour Federation', 'Tovan Union']);
});

test('quotes: a given name the tagger reads as a verb right after the cue opens the speaker ("said Said Vell")', () => {
  const text = '“Returns without a judge are expulsions,” said Said Vell, a member of the group.';
  const doc = analyzeQuotes(text, [{ name: 'Said Vell', mentions: ['Said Vell'] }]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [['direct', 'Returns without a judge are expulsions', 'Said Vell', 'Said Vell']]);
});

test('quotes: a capitalized word the tagger reads as a verb inside a place\'s name does not cut the speaker ("The deputy governor of Broken Vell province, Sok Dara, said")', () => {
  const text = 'The deputy governor of Broken Vell province, Sok Dara, said the rates were fair.';
  const doc = analyzeQuotes(text, [
    { name: 'Broken Vell', kind: 'place', mentions: ['Broken Vell'] },
    { name: 'Sok Dara', mentions: ['The deputy governor', 'Sok Dara'] },
  ]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)[3]), ['Sok Dara']);
});

test('quotes: before a relative clause, a phrase that is itself an appositive leads back to the subject ("Vera Lind, 38, a climber from Kesby, Tovan, who …, said")', () => {
  const text = 'Vera Lind, 38, a climber from Kesby, Tovan, who turned back in May, said she supported the change. '
    + 'Ivo Marsk, 63, from the Orlo district of Kesby, whose son is being held, said he had written the letter. '
    + 'In Kesby, Dana Vell, 67, who returned to her house in the spring, said she had packed her car.';
  const doc = analyzeQuotes(text, [
    { name: 'Kesby', kind: 'place', mentions: ['Kesby'] },
    { name: 'Tovan', kind: 'country', mentions: ['Tovan'] },
    { name: 'Vera Lind', mentions: ['Vera Lind'] },
    { name: 'Ivo Marsk', mentions: ['Ivo Marsk'] },
    { name: 'Dana Vell', mentions: ['Dana Vell'] },
  ]);
  assert.deepEqual(doc.get('quotes').filter((q) => q.cue?.text === 'said').map((q) => view(doc, q)[3]), ['Vera Lind', 'Ivo Marsk', 'Dana Vell']);
});

test('quotes: a body named with its short form in brackets and a place ("The Tovan Virus Institute (TVI) in Kesby, which …, said") is the speaker, not the place', () => {
  const text = 'The Tovan Virus Institute (TVI) in Kesby, which runs the national laboratory, said it was testing samples.';
  const doc = analyzeQuotes(text, [
    { name: 'Tovan Virus Institute', kind: 'organization', mentions: ['The Tovan Virus Institute', 'TVI'] },
    { name: 'Kesby', kind: 'place', mentions: ['Kesby'] },
  ]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)[3]), ['Tovan Virus Institute']);
});

test('quotes: "said in its ruling that" reports the that-clause, as "said in a statement that" does', () => {
  const text = 'The Tovan Football Union said in its ruling that the club had failed to act.';
  const doc = analyzeQuotes(text, [{ name: 'Tovan Football Union', kind: 'organization', mentions: ['The Tovan Football Union'] }]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q).slice(1, 4)), [['that the club had failed to act', 'The Tovan Football Union', 'Tovan Football Union']]);
});

test('quotes: a relative clause of up to twenty words without commas stands between the speaker and the cue', () => {
  const text = 'A judicial official who spoke on condition of anonymity because he was not authorized to discuss the case said prosecutors had asked for four years.';
  const doc = analyzeQuotes(text, [{ name: 'A judicial official', mentions: ['A judicial official'] }, { name: 'prosecutors', kind: 'group', mentions: ['prosecutors'] }]);
  assert.deepEqual(doc.get('quotes').filter((q) => q.cue?.text === 'said').map((q) => view(doc, q)[3]), ['A judicial official']);
  // (Not past the cue: the prosecutors asked.)
  assert.deepEqual(doc.get('quotes').filter((q) => q.cue?.text === 'asked').map((q) => view(doc, q)[3]), ['prosecutors']);
});

test('quotes: a described person whose mention stops before an owner\'s mark is still the speaker ("A spokeswoman for Tovan\'s foreign ministry said"), a name before one is not', () => {
  const text = 'A spokeswoman for Tovan\'s foreign ministry said the talks would go on. Ivo Marsk\'s lawyer said he would appeal.';
  const doc = analyzeQuotes(text, [
    { name: 'A spokeswoman for Tovan', mentions: ['A spokeswoman for Tovan'] },
    { name: 'Ivo Marsk', mentions: ['Ivo Marsk'] },
  ]);
  assert.deepEqual(doc.get('quotes').filter((q) => q.cue?.text === 'said').map((q) => view(doc, q)[3]), ['A spokeswoman for Tovan', null]);
});

test('quotes: a romanized given name whose second syllable the tagger reads as a verb is whole ("Bae Ji-won, an analyst …, said", "said Bae Ji-won")', () => {
  const text = 'Bae Ji-won, an analyst at Tarn Securities, said the strike would end soon. The yard would reopen, said Bae Ji-won.';
  const doc = analyzeQuotes(text, [{ name: 'Bae Ji-won', mentions: ['Bae Ji-won'] }]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q).slice(2, 4)), [['Bae Ji-won', 'Bae Ji-won'], ['Bae Ji-won', 'Bae Ji-won']]);
});

test('quotes: a place joined by a hyphen to a participle describes the speaker ("The Johannesburg-listed miner said"), is not the speaker, and the participle is no cue', () => {
  const text = 'Karoo Platinum will close two shafts. The Johannesburg-listed miner said the shafts had lost money. The Geneva-based group said it was worried. '
    + 'The fund sold its stake in a British-listed miner, following advice from its council.';
  const doc = analyzeQuotes(text, [
    { name: 'Karoo Platinum', kind: 'organization', mentions: ['Karoo Platinum', 'Johannesburg-listed miner'] },
    { name: 'Johannesburg', kind: 'place', mentions: ['Johannesburg'] },
    { name: 'Geneva', kind: 'place', mentions: ['Geneva'] },
  ]);
  assert.deepEqual(doc.get('quotes').map((q) => [q.cue?.text, ...view(doc, q).slice(2, 4)]), [
    ['said', 'The Johannesburg-listed miner', 'Karoo Platinum'],
    ['said', 'The Geneva-based group', null],
  ]);
});

test('quotes: "it said" goes to the body named before, not to a country named inside the body\'s name', () => {
  const text = 'A fire killed three workers, the Velmar Integrated Refining Company said. Two workers were hurt, it said.';
  const doc = analyzeQuotes(text, [
    { name: 'Velmar Integrated Refining Company', kind: 'organization', mentions: ['the Velmar Integrated Refining Company'] },
    { name: 'Velmar', kind: 'country', mentions: ['Velmar'] },
  ]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)[3]), ['Velmar Integrated Refining Company', 'Velmar Integrated Refining Company']);
});

test('quotes: "X, 45, from the island of Y, said" is X\'s, even when the tagger reads X\'s given name as a verb; "according to the Kesby-based Institute …" is the institute\'s', () => {
  const text = 'Rose Tarva, 45, from the island of Kesby, said her clan had leased its land. According to the Kesby-based Institute for Policy Research (IPR), the leases were legal.';
  const doc = analyzeQuotes(text, [
    { name: 'Rose Tarva', mentions: ['Rose Tarva'] },
    { name: 'Kesby', kind: 'place', mentions: ['Kesby'] },
    { name: 'Institute for Policy Research', kind: 'organization', mentions: ['Institute for Policy Research', 'IPR'] },
  ]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)[3]), ['Rose Tarva', 'Institute for Policy Research']);
});
