import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/ingest/index.js';

test('page dump: breadcrumb, repeated title and Source line move into metadata', () => {
  const raw = [
    'Home World Harbor Deal Signed in Kestrel Bay',
    '',
    'Harbor Deal Signed in Kestrel Bay',
    '',
    'Harbor Deal Signed in Kestrel Bay',
    'Source: The Lantern Post',
    '',
    'Officials in Kestrel Bay signed the harbor deal on Tuesday.',
    '',
    'The deal ends a long dispute.',
  ].join('\n');
  const a = articleFromText(raw, { input: 'dump.txt' });
  assert.equal(a.title, 'Harbor Deal Signed in Kestrel Bay');
  assert.equal(a.source, 'The Lantern Post');
  assert.equal(a.text, 'Officials in Kestrel Bay signed the harbor deal on Tuesday.\n\nThe deal ends a long dispute.');
});

test('page dump: byline and date lines at the top are metadata', () => {
  const a = articleFromText('Title Line Here\n\nBy Ana Ruiz\nMarch 4, 2024\n\nThe body starts here and goes on.');
  assert.equal(a.byline, 'Ana Ruiz');
  assert.equal(a.published, '2024-03-04');
  assert.equal(a.title, 'Title Line Here');
  assert.equal(a.text, 'The body starts here and goes on.');
});

test('page dump: a "Source:" line inside the body stays in the body', () => {
  const body = 'The ministry spoke first.\n\nSource: a note seen by reporters said the talks failed.';
  const a = articleFromText(body);
  assert.equal(a.text, body);
  assert.equal(a.source, null);
});

test('plain: the text is kept character for character', () => {
  const raw = '  Home News X\r\n\r\nBody.  ';
  assert.equal(articleFromText(raw, { plain: true }).text, raw);
});

test('ids: the same text gives the same id, whatever the input name', () => {
  assert.equal(articleFromText('Same body.', { input: 'a.txt' }).id, articleFromText('Same body.', { input: 'b.txt' }).id);
  assert.notEqual(articleFromText('Same body.').id, articleFromText('Other body.').id);
});
