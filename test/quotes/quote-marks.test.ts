import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DataError } from '../../src/core/index.js';
import { splitParagraphs } from '../../src/nlp/index.js';
import { findMarkedQuotes, mergeLearnedCues, parseCueStats, parseCues } from '../../src/quotes/index.js';

const marked = (text: string): [string, string | null][] =>
  findMarkedQuotes(text, splitParagraphs(text)).map((q) => [q.pieces.map((p) => text.slice(p.start, p.end)).join(' | '), q.repair]);

// [text, expected [content pieces, repair]]
const cases: [string, [string, string | null][]][] = [
  ['He said "yes, we can" and left.', [['yes, we can', null]]],
  ['“One.” Then “two.”', [['One.', null], ['two.', null]]],
  ["She said 'not now' twice.", [['not now', null]]],
  ["The voters’ choice and the party's line.", []],
  ['«Nous partons», dit-il.', [['Nous partons', null]]],
  ["''Quite so,'' he said.", [['Quite so', null]]],
  ['“Outer ‘inner’ outer.”', [['Outer ‘inner’ outer.', null]]],
  ['“First part.\n\n“Second part.”', [['First part. | Second part.', 'reopened']]],
  ['“Never closed\n\nNext paragraph.', [['Never closed', 'unclosed']]],
  ['“Asked?” Then more words.”', [['Asked?', null], ['Then more words.', 'stray-close']]],
  ['“Opened here\n\nand closed in the next paragraph.” Done.', [['Opened here | and closed in the next paragraph.', 'spans-paragraphs']]],
  ['No quotes at all.', []],
  ['', []],
];

for (const [text, expected] of cases) {
  test(`quote marks: ${JSON.stringify(text).slice(0, 50)}`, () => {
    assert.deepEqual(marked(text), expected);
  });
}

test('cue lexicon: a bad row is a DataError naming the file and row', () => {
  assert.throws(() => parseCues([['say', 'speech', 'clause,bogus']], 'cues.tsv'), (e: unknown) => e instanceof DataError && /cues\.tsv: row 1: unknown frame "bogus"/.test(e.message));
  assert.throws(() => parseCues([['say', 'gossip', 'clause']], 'cues.tsv'), DataError);
  assert.throws(() => parseCues([['say', 'speech', 'clause'], ['say', 'speech', 'post']], 'cues.tsv'), /duplicate cue "say"/);
  assert.throws(() => parseCueStats([['say', '1', 'x', '0', '0', '0', '0', '0', '0', '0', '0']], 'stats.tsv'), DataError);
});

test('cue lexicon: learned statistics add frequent cues with their frames and drop rare hand cues', () => {
  const hand = parseCues([['make', 'speech', 'clause'], ['say', 'speech', 'clause,post']], 'cues.tsv');
  const stats = parseCueStats(
    [
      ['lemma', 'cue', 'total', 'left', 'right', 'that', 'clause', 'inf', 'np', 'quote', 'obj'],
      ['make', '10', '1000', '0', '10', '0', '10', '0', '0', '0', '0'],
      ['chortle', '20', '25', '10', '10', '0', '0', '0', '10', '0', '0'],
      ['ponder', '2', '3', '0', '2', '0', '2', '0', '0', '0', '0'],
    ],
    'stats.tsv',
  );
  const merged = mergeLearnedCues(hand, stats);
  assert.ok(!merged.has('make'), 'a verb that is rarely a cue is dropped');
  assert.ok(merged.has('say'), 'hand cues without statistics stay');
  assert.deepEqual([...(merged.get('chortle')?.frames ?? [])].sort(), ['np', 'post']);
  assert.ok(!merged.has('ponder'), 'too few observations');
});
