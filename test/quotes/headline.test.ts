// Title-case headlines: "CONTENT, SPEAKER Says" and "SPEAKER Warns CONTENT" in an article's first paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTitleCase } from '../../src/quotes/headline.js';
import { analyzeQuotes, view, type ActorSpec } from './helpers.js';

const KELL: ActorSpec = { name: 'Mara Kell', mentions: ['Mara Kell', 'Kell'] };
const BODY = '\n\nThe harbour board met on Monday.';

test('headline: content, speaker and a closing cue', () => {
  const doc = analyzeQuotes(`Port Will Close By Winter, Mara Kell Says.${BODY}`, [KELL]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [['indirect', 'Port Will Close By Winter', 'Mara Kell', 'Mara Kell']]);
});

test('headline: speaker, cue, then content with a scare quote', () => {
  const doc = analyzeQuotes(`Mara Kell Warns Of ‘Grave Danger’ At The Port.${BODY}`, [KELL]);
  assert.deepEqual(doc.get('quotes').map((q) => view(doc, q)), [['mixed', 'Of ‘Grave Danger’ At The Port', 'Mara Kell', 'Mara Kell']]);
});

test('headline: no cue word, or the only paragraph, gives nothing', () => {
  assert.deepEqual(analyzeQuotes(`Mara Kell Visits The Northern Port.${BODY}`, [KELL]).get('quotes'), []);
  assert.deepEqual(analyzeQuotes('Port Will Close By Winter, Mara Kell Says.', [KELL]).get('quotes'), []);
});

test('headline: title case is most content words capitalized', () => {
  const doc = analyzeQuotes('Kell Warns Of Danger At The Port.');
  assert.equal(isTitleCase(doc.get('tokens')), true);
  assert.equal(isTitleCase(analyzeQuotes('Kell warns of danger at the port.').get('tokens')), false);
});
