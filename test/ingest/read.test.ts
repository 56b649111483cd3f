import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, type IngestResult } from '../../src/ingest/index.js';

const BODY = 'Officials in Kestrel Bay signed the harbor deal on Tuesday, ending a long dispute over fishing rights.';
const HTML = `<!doctype html><html><head><title>Harbor deal</title></head><body><article><p>${BODY}</p><p>${BODY.replace('Tuesday', 'Wednesday')}</p></article></body></html>`;

async function collect(inputs: string[], options = {}): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}

test('directories: walked recursively in name order, by extension and by sniffing; hidden and unknown files skipped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-dir-'));
  mkdirSync(join(dir, 'b-sub'));
  writeFileSync(join(dir, 'a.html'), HTML);
  writeFileSync(join(dir, 'b-sub', 'c.txt'), `Harbor deal\n\n${BODY}`);
  writeFileSync(join(dir, 'b-sub', 'd.jsonl'), JSON.stringify({ id: 'j1', text: BODY }) + '\n');
  writeFileSync(join(dir, 'e'), HTML); // no extension: sniffed as HTML
  writeFileSync(join(dir, 'f.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Lantern</title><item><title>Deal</title><description>${BODY}</description></item></channel></rss>`);
  writeFileSync(join(dir, '.hidden.txt'), 'never read');
  writeFileSync(join(dir, 'photo.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  const rs = await collect([dir], { fetchFeedLinks: false });
  const inputs = rs.map((r) => (r.ok ? r.article.input : r.input));
  assert.deepEqual(inputs, [
    join(dir, 'a.html'), join(dir, 'b-sub', 'c.txt'), `${join(dir, 'b-sub', 'd.jsonl')}:1`, join(dir, 'e'), `${join(dir, 'f.xml')}#1`,
  ]);
  assert.ok(rs.every((r) => r.ok));
  const ids = rs.map((r) => (r.ok ? r.article.id : ''));
  assert.equal(ids[2], 'j1', 'an id given by the input is kept');
  assert.equal(ids[0], ids[3], 'the same article twice has the same id');
});

test('stdin: HTML, text and feeds are sniffed from the content', async () => {
  const [html] = await collect(['-'], { stdin: Readable.from([HTML]) });
  assert.ok(html.ok);
  if (html.ok) {
    assert.equal(html.article.title, 'Harbor deal');
    assert.equal(html.article.input, 'stdin');
  }
  const [text] = await collect(['-'], { stdin: Readable.from([`Harbor deal\n\n${BODY}`]) });
  assert.ok(text.ok && text.article.text === BODY);
});

test('--published fills in articles that carry no date and leaves dated ones alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-pub-'));
  writeFileSync(join(dir, 'a.txt'), BODY);
  writeFileSync(join(dir, 'b.txt'), `Harbor deal\nMarch 4, 2024\n\n${BODY}`);
  const rs = await collect([join(dir, 'a.txt'), join(dir, 'b.txt')], { published: '2024-01-02' });
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.published : null)), ['2024-01-02', '2024-03-04']);
});

test('--plain keeps the file byte for byte: no page-dump cleaning, no trimming', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-plain-'));
  const raw = 'Home News Harbor deal\r\n\r\nSource: Lantern\r\n\r\n  ' + BODY + '  \n\n\n';
  writeFileSync(join(dir, 'a.txt'), raw);
  const [r] = await collect([join(dir, 'a.txt')], { plain: true });
  assert.ok(r.ok && r.article.text === raw);
});

test('JSON files: one pretty-printed article, or an array of articles, not only JSONL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-json-'));
  const one = join(dir, 'one.json');
  writeFileSync(one, JSON.stringify({ id: 'p1', title: 'Harbor deal', text: BODY }, null, 2));
  const many = join(dir, 'many.json');
  writeFileSync(many, JSON.stringify([{ text: BODY }, { title: 'no text' }, { text: 'Second.' }], null, 2));
  const rs = await collect([one, many]);
  assert.deepEqual(rs.map((r) => (r.ok ? [r.article.input, r.article.text] : [r.input, r.error.code])), [
    [one, BODY],
    [`${many}[0]`, BODY],
    [`${many}[1]`, 'INPUT_MALFORMED'],
    [`${many}[2]`, 'Second.'],
  ]);
});
