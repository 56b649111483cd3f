import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeQuotes, view, type ActorSpec } from './helpers.js';

const KELL: ActorSpec = { name: 'Mara Kell', mentions: ['Mara Kell', 'Kell'] };

type Row = [kind: string, text: string, speaker: string | null, actor: string | null];

// [description, article text, expected quotes in text order]
const shapes: [string, string, Row[]][] = [
  ['straight double quotes, speaker after', '"We will win the vote," Mara Kell said.', [['direct', 'We will win the vote', 'Mara Kell', 'Mara Kell']]],
  ['curly quotes, inverted speaker', '“We will win the vote,” said Mara Kell.', [['direct', 'We will win the vote', 'Mara Kell', 'Mara Kell']]],
  ['single quotes used as quotes', "'We will win the vote,' Kell said.", [['direct', 'We will win the vote', 'Kell', 'Mara Kell']]],
  ['guillemets', '«We will win the vote», Kell said.', [['direct', 'We will win the vote', 'Kell', 'Mara Kell']]],
  ['doubled apostrophes', "''We will win the vote,'' Kell said.", [['direct', 'We will win the vote', 'Kell', 'Mara Kell']]],
  ['speaker before a colon', 'Mara Kell said: “We will win the vote.”', [['direct', 'We will win the vote.', 'Mara Kell', 'Mara Kell']]],
  ['speaker before a comma', 'Kell stated, “This is a chance to see where the council stands.”', [['direct', 'This is a chance to see where the council stands.', 'Kell', 'Mara Kell']]],
  [
    'interrupted quote: both halves get the speaker',
    '“We will win the vote,” Kell said, “and then we will rebuild the port.”',
    [
      ['direct', 'We will win the vote', 'Kell', 'Mara Kell'],
      ['direct', 'and then we will rebuild the port.', 'Kell', 'Mara Kell'],
    ],
  ],
  [
    'nested single quotes stay inside the double quote',
    '“They told us ‘never again’ and we believed them,” Kell said.',
    [['direct', 'They told us ‘never again’ and we believed them', 'Kell', 'Mara Kell']],
  ],
  ['indirect with that', 'Mara Kell said that the harbour talks had failed.', [['indirect', 'that the harbour talks had failed', 'Mara Kell', 'Mara Kell']]],
  ['indirect without that', 'Kell said the harbour talks had failed.', [['indirect', 'the harbour talks had failed', 'Kell', 'Mara Kell']]],
  ['told a listener', 'Kell told reporters the harbour talks had failed.', [['indirect', 'the harbour talks had failed', 'Kell', 'Mara Kell']]],
  ['content before the speaker', 'The harbour talks had failed, Kell said on Monday.', [['indirect', 'The harbour talks had failed', 'Kell', 'Mara Kell']]],
  ['according to, leading', 'According to Kell, the harbour talks had failed.', [['indirect', 'the harbour talks had failed', 'Kell', 'Mara Kell']]],
  ['according to, trailing', 'The harbour talks had failed, according to Kell.', [['indirect', 'The harbour talks had failed', 'Kell', 'Mara Kell']]],
  ['warned that', 'Kell warned that the harbour would close.', [['indirect', 'that the harbour would close', 'Kell', 'Mara Kell']]],
  [
    'partial quote inside indirect speech is mixed',
    'Kell said the plan was “a disaster for farmers” and must end.',
    [['mixed', 'the plan was “a disaster for farmers” and must end', 'Kell', 'Mara Kell']],
  ],
  ['belief', 'Kell believes the harbour plan will fail.', [['indirect', 'the harbour plan will fail', 'Kell', 'Mara Kell']]],
  ['intention', 'Kell wants to close the harbour.', [['indirect', 'to close the harbour', 'Kell', 'Mara Kell']]],
  ['appositive between speaker and cue', '“Bread comes first,” Kell, a spokeswoman for the port authority, told reporters.', [['direct', 'Bread comes first', 'Kell', 'Mara Kell']]],
  ['interpolated speaker', 'Too often, Kell said, the council ignores the harbour workers.', [
    ['indirect', 'Too often', 'Kell', 'Mara Kell'],
    ['indirect', 'the council ignores the harbour workers', 'Kell', 'Mara Kell'],
  ]],
  ['transcript line', 'KELL: We will not give up the port without a fight.', [['indirect', 'We will not give up the port without a fight', 'KELL', 'Mara Kell']]],
];

for (const [name, text, expected] of shapes) {
  test(`quotes shape: ${name}`, () => {
    const doc = analyzeQuotes(text, [{ ...KELL, mentions: [...KELL.mentions, 'KELL'] }]);
    assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), expected);
  });
}

test('quotes: offsets index the text and text is the content without marks', () => {
  const text = 'Kell said: “We will win.”\n\n“The port stays open,” said Kell. The talks had failed, Kell said.';
  const doc = analyzeQuotes(text, [KELL]);
  const quotes = doc.get('quotes');
  assert.ok(quotes.length >= 3);
  for (const q of quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(!/^[“"]/.test(q.text) && !/[”"]$/.test(q.text));
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    assert.match(q.id, /^q\d+$/);
    assert.ok(q.why);
  }
});

test('quotes: a short scare quote with no speaker is not a quote', () => {
  const doc = analyzeQuotes('The council called the move a “reset” of relations with the port.', [KELL]);
  assert.deepEqual(doc.get('quotes').filter((q) => q.kind === 'direct'), []);
});

test('quotes: a list or an insertion inside the reported clause\'s subject does not end it', () => {
  const list = analyzeQuotes('An official at the ministry, who asked not to be named, said damage to roads, bridges and crops could exceed $700 million.', [{ name: 'An official at the ministry', kind: 'person', mentions: ['An official at the ministry'] }]);
  assert.deepEqual(list.get('quotes').map((q) => view(list, q)), [['indirect', 'damage to roads, bridges and crops could exceed $700 million', 'An official at the ministry', 'An official at the ministry']]);
  const insertion = analyzeQuotes('The regulator said about 4,000 packs of tablets, sold by a Tarvo subsidiary, were affected.', [{ name: 'Tarvo Regulator', kind: 'organization', mentions: ['The regulator'] }]);
  assert.deepEqual(insertion.get('quotes').map((q) => view(insertion, q)), [['indirect', 'about 4,000 packs of tablets, sold by a Tarvo subsidiary, were affected', 'The regulator', 'Tarvo Regulator']]);
});

test('quotes: "X, who is also …, thanked Y and said" is X\'s; "the world governing body said" closes a quote', () => {
  const who = analyzeQuotes('In Velmar, Prime Minister Ana Ruiz, who is also the foreign minister, thanked Tarvo and said the two engineers were tired.', [{ name: 'Ana Ruiz', kind: 'person', mentions: ['Prime Minister Ana Ruiz'] }]);
  assert.deepEqual(who.get('quotes').map((q) => view(who, q)), [['indirect', 'the two engineers were tired', 'Prime Minister Ana Ruiz', 'Ana Ruiz']]);
  const body = analyzeQuotes('The ban takes effect immediately, the world governing body said in a statement.');
  assert.deepEqual(body.get('quotes').map((q) => view(body, q)), [['indirect', 'The ban takes effect immediately', 'the world governing body', null]]);
});
