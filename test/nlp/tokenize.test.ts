import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs, tokenize } from '../../src/nlp/index.js';

const sentencesOf = (text: string): string[] => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

test('tokenize: token offsets index the text exactly', () => {
  const text = 'Minister Ada Lorne can’t attend.\n\n  “We’ll see,” she said.';
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(tokens.some((t) => t.text === 'Lorne' && t.pos === 'PROPN'));
});

test('tokenize: letters outside Latin-1 stay inside their word, with the original text and offsets', () => {
  const text = 'Přemysl Vráník moved to Łódź, then Brașov and Hà Nội.';
  const { tokens } = tokenize(text);
  for (const w of ['Přemysl', 'Łódź', 'Brașov', 'Nội']) {
    const t = tokens.find((x) => x.text === w);
    assert.ok(t, `${w} is not one token: ${tokens.map((x) => x.text).join(' ')}`);
    assert.equal(text.slice(t.start, t.end), w);
    assert.equal(t.pos, 'PROPN');
  }
});

test('tokenize: a text tokenizes the same whatever was read before it (possessives stay split)', () => {
  const text = 'Voters weighed Mr. Zarvik\'s plan and the Velmar’s reply.';
  const before = tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`);
  // wink learns "Zarvik's" as one word after seeing it end a sentence.
  tokenize('It was all Zarvik\'s. The ship was the Velmar’s.');
  const after = tokenize(text).tokens;
  assert.deepEqual(after.map((t) => `${t.text}/${t.pos}`), before);
  assert.ok(after.some((t) => t.text === 'Zarvik') && after.some((t) => t.text === "'s" && t.pos === 'PART'));
  for (const t of after) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tokenize: paragraphs split on blank lines, sentences never cross them', () => {
  const text = 'First paragraph has no full stop\n\nSecond one does. And a third sentence.';
  assert.deepEqual(splitParagraphs(text).map((p) => text.slice(p.start, p.end)), [
    'First paragraph has no full stop',
    'Second one does. And a third sentence.',
  ]);
  assert.deepEqual(sentencesOf(text), ['First paragraph has no full stop', 'Second one does.', 'And a third sentence.']);
});

const cases: [string, string[]][] = [
  // A question inside curly quotes ends its sentence; the stray closing quote stays with the next one.
  [
    '“Is bread more urgent than rifles?” It is easy to answer.” She left.',
    ['“Is bread more urgent than rifles?”', 'It is easy to answer.”', 'She left.'],
  ],
  // A quote with its speaker tag stays one sentence.
  ['“We will not yield,” the minister said. Talks resume today.', ['“We will not yield,” the minister said.', 'Talks resume today.']],
  // A quoted question followed by a lower-case speaker tag is one sentence.
  ['“Why now?” she asked. He shrugged.', ['“Why now?” she asked.', 'He shrugged.']],
  // A lower-case word fused with its full stop still ends the sentence.
  ['The embassy said no. Officials left at 5 p.m. Tuesday.', ['The embassy said no.', 'Officials left at 5 p.m. Tuesday.']],
];

for (const [text, expected] of cases) {
  test(`tokenize: sentences of ${JSON.stringify(text.slice(0, 40))}`, () => {
    assert.deepEqual(sentencesOf(text), expected);
  });
}

test('tokenize: an abbreviated title never ends a sentence; a state abbreviation does before a capital', () => {
  const text = 'They met Maj. Ada Korvin and Rev. Tom Blane in Madison, Wis. Then they left for Wis. towns.';
  const { tokens } = tokenize(text);
  for (const word of ['Maj.', 'Rev.', 'Wis.']) assert.ok(tokens.some((t) => t.text === word), word);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(sentencesOf(text), [
    'They met Maj. Ada Korvin and Rev. Tom Blane in Madison, Wis.',
    'Then they left for Wis. towns.',
  ]);
});

test('tokenize: a dotted degree is one token and splits a sentence only before a capital', () => {
  const text = 'Ines Corr earned a Ph.D. in botany and a B.Sc. before that. Her brother has a Ph.D. He teaches.';
  const { tokens } = tokenize(text);
  assert.equal(tokens.filter((t) => t.text === 'Ph.D.').length, 2);
  assert.ok(tokens.some((t) => t.text === 'B.Sc.'));
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(sentencesOf(text), [
    'Ines Corr earned a Ph.D. in botany and a B.Sc. before that.',
    'Her brother has a Ph.D.',
    'He teaches.',
  ]);
});
