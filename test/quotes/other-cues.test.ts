// Attributions beyond speech verbs: nominal cues ("Kell's claim that …"), comma participles and bare plural verbs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DataError } from '../../src/core/index.js';
import { parseNominalCues, quotesLexicon } from '../../src/quotes/lexicon.js';
import { analyzeQuotes, view, type ActorSpec } from './helpers.js';

const KELL: ActorSpec = { name: 'Mara Kell', mentions: ['Mara Kell', 'Kell'] };
const LIND: ActorSpec = { name: 'Bo Lind', mentions: ['Bo Lind'] };

type Row = [kind: string, text: string, speaker: string | null, actor: string | null];

const shapes: [string, string, Row[]][] = [
  ['possessor and that-clause', 'The council checked Kell’s claim that the harbour had flooded twice.', [['indirect', 'that the harbour had flooded twice', 'Kell', 'Mara Kell']]],
  ['possessive pronoun and a modifier', 'Kell stayed home. Her repeated insistence that the vote was rigged, however, found few takers.', [['indirect', 'that the vote was rigged', 'Her', 'Mara Kell']]],
  ['possessive "his" resolves to the subject before', 'Bo Lind spoke first. His claim that the dam had leaked for years was news to the board.', [['indirect', 'that the dam had leaked for years', 'His', 'Bo Lind']]],
  ['a cue word after a possessive is a noun, whatever its tag', 'Lind stressed the harbour board’s worry that the port is sinking.', [
    ['indirect', 'the harbour board’s worry that the port is sinking', 'Lind', null],
    ['indirect', 'that the port is sinking', 'the harbour board', null],
  ]],
  ['copula: the view is that …', "Kell's view is that the port will close by winter.", [['indirect', 'that the port will close by winter', 'Kell', 'Mara Kell']]],
  ['by-phrase', 'Nobody heeded the warning by Mara Kell that tolls would double, and the bridge emptied.', [['indirect', 'that tolls would double', 'Mara Kell', 'Mara Kell']]],
  ['in a sentence subject the content ends before the main verb', 'The warning by Mara Kell that prices would rise went unheeded.', [['indirect', 'that prices would rise', 'Mara Kell', 'Mara Kell']]],
  ['"according to" with a long source', 'According to a report released on Monday by the harbour board, the port will close by winter.', [['indirect', 'the port will close by winter', 'a report', null]]],
  ['comma participle tagged as an adjective', 'Kell revised her plan, promising to focus more of its benefits on fishermen.', [['indirect', 'to focus more of its benefits on fishermen', 'Kell', 'Mara Kell']]],
  ['bare plural verb tagged as a noun', 'Polls show a close contest in the northern valleys.', [['indirect', 'a close contest in the northern valleys', 'Polls', null]]],
];

for (const [what, text, expected] of shapes) {
  test(`other cues: ${what}`, () => {
    const doc = analyzeQuotes(text, [KELL, LIND]);
    assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), expected);
  });
}

test('other cues: a nominal cue without a source is not an attribution', () => {
  const doc = analyzeQuotes('The fact that the harbour flooded surprised no one. The claim that the vote was rigged spread fast.', [KELL]);
  assert.deepEqual(doc.get('quotes'), []);
});

test('other cues: the nominal cue table loads and rejects bad rows', () => {
  assert.equal(quotesLexicon().nominalCues.get('claim'), 'speech');
  assert.equal(quotesLexicon().nominalCues.get('belief'), 'thought');
  assert.throws(() => parseNominalCues([['claim', 'rumour']], 'x.tsv'), DataError);
  assert.throws(() => parseNominalCues([['claim', 'speech'], ['claim', 'speech']], 'x.tsv'), DataError);
  assert.throws(() => parseNominalCues([['claim']], 'x.tsv'), DataError);
});

test('other cues: a cue claimed by a direct quote introduces nothing else', () => {
  const doc = analyzeQuotes('“We have seen how strong the people are,” Mara Kell told regional officials in the western city of Norvik, where the embassy has moved.', [KELL]);
  const quotes = doc.get('quotes').map((q) => view(doc, q));
  assert.deepEqual(quotes.map((q) => q[0]), ['direct'], JSON.stringify(quotes));
  assert.equal(quotes[0][3], 'Mara Kell');
});

test('other cues: a learned content that stops on a preposition is a cut-off phrase, not a quote', () => {
  const doc = analyzeQuotes('Varo’s government sought to distance itself from Ostrava’s attack in Norland in the days following his deployment, but avoided condemning Ostrava.', [KELL]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), []);
});

test('other cues: an elliptic clause ("as did X and Y") repeats the act and reports no content', () => {
  const doc = analyzeQuotes('Union chairperson Mara Kell congratulated Tomas Vell, as did Vellian President Ada Lorne and Norlandic President Ivo Marsk.', [KELL]);
  const contents = doc.get('quotes').map((q) => view(doc, q)[1]);
  assert.ok(!contents.some((c) => /^(as )?did\b/.test(String(c))), JSON.stringify(contents));
});
