import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText, toIsoDate } from '../../src/ingest/index.js';

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

const DUMPS = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'dumps');

test('page dumps of other shapes: header lines become metadata, the body starts at the first paragraph', async (t) => {
  const cases: [file: string, meta: { title: string; source: string | null; byline: string | null; published: string | null }, bodyStart: string][] = [
    ['breadcrumb-arrows.txt', { title: 'Valdoria and Ostrava sign river treaty', source: null, byline: 'Lena Kovac and Ivo Marek', published: '2024-05-09' }, 'The foreign ministers of Valdoria'],
    ['guillemets.txt', { title: 'Parliament passes the budget', source: 'Valdoria Gazette', byline: null, published: '2024-05-09' }, 'The Valdorian parliament passed'],
    ['outlet-date.txt', { title: 'Tram line closed for repairs', source: 'Ostrava Daily', byline: null, published: '2024-06-16' }, 'Tram line 4 is closed'],
    ['title-once.txt', { title: 'Mayor opens new city library', source: null, byline: 'Ana Ruiz', published: '2024-03-04' }, 'The mayor of Ostrava opened'],
  ];
  for (const [file, meta, bodyStart] of cases) {
    await t.test(file, () => {
      const a = articleFromText(readFileSync(join(DUMPS, file), 'utf8'), { input: file });
      assert.deepEqual({ title: a.title, source: a.source, byline: a.byline, published: a.published }, meta);
      assert.ok(a.text.startsWith(bodyStart), a.text.slice(0, 80));
      assert.ok(!a.text.includes(meta.title), 'the title is not repeated in the body');
    });
  }
});

test('page dump: a body line that starts with "By" stays in the body', () => {
  const a = articleFromText('Mayor opens library\n\nThe mayor opened the library on Saturday morning with a speech.\n\nBy noon, the shelves were half empty.');
  assert.equal(a.text, 'The mayor opened the library on Saturday morning with a speech.\n\nBy noon, the shelves were half empty.');
  assert.equal(a.byline, null);
});

test('dates: written calendar dates become YYYY-MM-DD without time-zone shifts', () => {
  const cases: [string, string | null][] = [
    ['2022-03-18', '2022-03-18'], ['2022-03-18T23:30:00-04:00', '2022-03-18'], ['March 18, 2022', '2022-03-18'],
    ['18 Mar 2022', '2022-03-18'], ['Tue, 05 Mar 2024 23:30:00 -0500', '2024-03-05'], ['Sept. 3rd, 2021', '2021-09-03'],
    ['18.03.2022', '2022-03-18'], ['03/18/2022', '2022-03-18'], ['18/03/2022', '2022-03-18'], ['2024/05/09', '2024-05-09'],
    ['20240509', '2024-05-09'], ['Published: Tuesday | April 26, 2022 | 9:52 PM', '2022-04-26'], ['2022-02-30', null],
    ['yesterday', null], ['', null],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input), expected, input);
});

test('page dump: a headline that words the story otherwise than the breadcrumb, then Source and date lines, is the title', () => {
  const raw = [
    'Home > Business > Shipping > Kestrel Bay dockers halt the harbor',
    '',
    'Dockers Walk Out in Kestrel Bay, Ships Wait Offshore',
    'Source: The Lantern Post',
    'Published: 4 March 2024',
    '',
    'KESTREL BAY — Dockers began a strike on Tuesday.',
    '',
    'The union said the strike would last three days.',
  ].join('\n');
  const a = articleFromText(raw, { input: 'dump.txt' });
  assert.equal(a.title, 'Dockers Walk Out in Kestrel Bay, Ships Wait Offshore');
  assert.equal(a.source, 'The Lantern Post');
  assert.equal(a.published, '2024-03-04');
  assert.equal(a.text, 'KESTREL BAY — Dockers began a strike on Tuesday.\n\nThe union said the strike would last three days.');
});

test('page dump: a breadcrumb that ends in a section\'s name, then one headline and Source and date lines', () => {
  const raw = [
    'Home > World > Europe > Tova',
    '',
    'Harbour Fire in Kestrel Bay Kills Three as Crews Fight Through Night',
    'Source: The Lantern Post',
    'March 4, 2024',
    '',
    'KESTREL BAY — A fire swept through the harbour on Tuesday.',
  ].join('\n');
  const a = articleFromText(raw, { input: 'dump.txt' });
  assert.equal(a.title, 'Harbour Fire in Kestrel Bay Kills Three as Crews Fight Through Night');
  assert.equal(a.source, 'The Lantern Post');
  assert.equal(a.published, '2024-03-04');
  assert.equal(a.text, 'KESTREL BAY — A fire swept through the harbour on Tuesday.');
});
