import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { Readable } from 'node:stream';
import { readInputs, type IngestResult } from '../../src/ingest/index.js';
import { articleHtml, send, startServer } from './local-server.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BODY = 'Officials in Kestrel Bay signed the harbor deal on Tuesday, ending a long dispute over fishing rights.';

async function collect(inputs: string[], options = {}): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}

let dir = '';
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-bad-'));
});

describe('bad input through readInputs: each failure names the input and the reason', () => {
  const failures: [name: string, make: () => string, code: string, reason: RegExp, options?: object][] = [
    ['binary file', () => file('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])), 'INPUT_BINARY', /binary file/],
    ['empty file', () => file('empty.txt', ''), 'INPUT_EMPTY', /empty input/],
    ['whitespace-only file', () => file('blank.txt', ' \n\t\r\n  \n'), 'INPUT_EMPTY', /only whitespace/],
    ['HTML with no article', () => file('menu.html', '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024 Example</footer></body></html>'), 'INPUT_NO_ARTICLE', /no article text/],
    ['malformed feed', () => file('broken.rss', '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Unclosed'), 'INPUT_MALFORMED', /malformed feed/],
    ['oversized file', () => file('big.txt', BODY.repeat(50)), 'INPUT_TOO_LARGE', /over the 1000-byte cap/, { maxBytes: 1000 }],
    ['missing file', () => join(dir, 'nope.txt'), 'INPUT_NOT_FOUND', /no such file/],
  ];
  for (const [name, make, code, reason, options] of failures) {
    test(name, async () => {
      const input = make();
      const rs = await collect([input], options);
      assert.equal(rs.length, 1);
      const r = rs[0];
      assert.equal(r.ok, false, `${name} should fail`);
      if (r.ok) return;
      assert.equal(r.error.code, code);
      assert.equal(r.error.input, input);
      assert.match(r.error.message, new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      assert.match(r.error.reason, reason);
    });
  }

  test('unreachable URL', async () => {
    const srv = await startServer({});
    const url = `${srv.base}/story`;
    await srv.close();
    const [r] = await collect([url], { allowPrivateNetwork: true });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.error.code, 'FETCH_FAILED');
      assert.equal(r.error.input, url);
    }
  });
});

describe('encodings are decoded, not rejected', () => {
  const text = 'Café talks in Zürich: the mayor’s “plan” won — 5 € a ticket.\n\nThe council agreed on Monday.';
  const cases: [name: string, bytes: () => Uint8Array][] = [
    ['Windows-1252 file', () => iconv.encode(text, 'windows-1252')],
    ['UTF-16 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['UTF-16 BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ];
  for (const [name, bytes] of cases) {
    test(name, async () => {
      const p = file(`${name.replace(/\W+/g, '-')}.txt`, bytes());
      const [r] = await collect([p], { plain: true });
      assert.ok(r.ok, r.ok ? '' : r.error.message);
      if (r.ok) assert.equal(r.article.text, text);
    });
  }

  test('a legacy charset declared after a long inline script (Windows-1251) is honoured', async () => {
    const body = 'Мэр города открыл новую библиотеку в субботу, сообщила пресс-служба администрации города.';
    const html = `<!doctype html><html><head><script>var x = "${'a'.repeat(6000)}";</script><meta charset="windows-1251"><title>Библиотека</title></head><body><article><p>${body}</p><p>${body}</p></article></body></html>`;
    const [r] = await collect([file('cyrillic.html', iconv.encode(html, 'windows-1251'))]);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    if (r.ok) {
      assert.equal(r.article.title, 'Библиотека');
      assert.equal(r.article.text, `${body}\n\n${body}`);
    }
  });

  test('mixed encodings: UTF-8 runs stay UTF-8, stray Windows-1252 bytes are read as Windows-1252', async () => {
    const bytes = Buffer.concat([Buffer.from('Zürich “talks” ', 'utf8'), iconv.encode('and café — done', 'windows-1252')]);
    const [r] = await collect([file('mixed.txt', bytes)], { plain: true });
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.article.text, 'Zürich “talks” and café — done');
  });
});

describe('JSONL: garbage lines fail one by one, the good ones still come out', () => {
  const lines = [
    JSON.stringify({ id: 'a1', text: 'First good line.' }),
    '{not json',
    JSON.stringify({ title: 'no text field' }),
    '',
    JSON.stringify([1, 2, 3]),
    JSON.stringify({ text: '   ' }),
    JSON.stringify({ text: 'Second good line.', title: 7 }),
    JSON.stringify({ text: 'Bad field.', source: { name: 'x' } }),
  ];
  const expectations = (rs: IngestResult[], name: string) => {
    const ok = rs.filter((r) => r.ok).map((r) => (r.ok ? r.article.text : ''));
    assert.deepEqual(ok, ['First good line.', 'Second good line.']);
    const bad = rs.filter((r) => !r.ok).map((r) => (r.ok ? null : [r.error.input, r.error.code]));
    assert.deepEqual(bad, [
      [`${name}:2`, 'INPUT_MALFORMED'],
      [`${name}:3`, 'INPUT_MALFORMED'],
      [`${name}:5`, 'INPUT_MALFORMED'],
      [`${name}:6`, 'INPUT_EMPTY'],
      [`${name}:8`, 'INPUT_MALFORMED'],
    ]);
  };
  test('from a .jsonl file', async () => {
    const p = file('mixed.jsonl', lines.join('\n') + '\n');
    expectations(await collect([p]), p);
  });
  test('from stdin with --input jsonl', async () => {
    expectations(await collect(['-'], { inputFormat: 'jsonl', stdin: Readable.from([lines.join('\n')]) }), 'stdin');
  });
  test('the text of a JSONL line is kept character for character', async () => {
    const raw = '  Line one.\r\n\r\nLine two with trailing spaces.   ';
    const p = file('exact.jsonl', JSON.stringify({ text: raw }) + '\n');
    const [r] = await collect([p]);
    assert.ok(r.ok);
    if (r.ok) assert.equal(r.article.text, raw);
  });
});

describe('the CLI exit code says whether every input succeeded', () => {
  const run = (args: string[], input?: string) =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'standpoint'), ...args], { encoding: 'utf8', input, cwd: ROOT });

  test('0 when every input succeeds', () => {
    const good = file('good.txt', `Harbor deal signed\n\n${BODY}`);
    const res = run(['extract', '--format', 'jsonl', good]);
    assert.equal(res.status, 0, res.stderr);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, 1);
    assert.equal(out[0].title, 'Harbor deal signed');
    assert.equal(out[0].text, BODY);
  });

  test('1 when some fail; the others are still printed and stderr names each bad input', () => {
    const good = file('good2.txt', BODY);
    const empty = file('empty2.txt', '');
    const binary = file('bin2.dat', Uint8Array.from([0, 1, 2, 3, 0, 0, 255]));
    const big = file('big2.txt', BODY.repeat(40));
    const res = run(['extract', '--format', 'jsonl', '--max-bytes', '2000', good, empty, binary, big, join(dir, 'missing.txt')]);
    assert.equal(res.status, 1);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.text), [BODY]);
    assert.match(res.stderr, new RegExp(`${empty.replace(/[.]/g, '\\.')}: empty input`));
    assert.match(res.stderr, new RegExp(`${binary.replace(/[.]/g, '\\.')}: binary file`));
    assert.match(res.stderr, /big2\.txt: file is \d+ bytes, over the 2000-byte cap/);
    assert.match(res.stderr, /missing\.txt: no such file or directory/);
  });

  test('1 for garbage JSONL lines on stdin, good lines printed exactly', () => {
    const res = run(['extract', '--input', 'jsonl', '--format', 'jsonl', '-'], `{"text":"Good one."}\nnope\n{"text":"Good two."}\n`);
    assert.equal(res.status, 1);
    assert.deepEqual(res.stdout.trim().split('\n').map((l) => JSON.parse(l).text), ['Good one.', 'Good two.']);
    assert.match(res.stderr, /stdin:2: not valid JSON/);
  });

  test('URLs: a loopback address is refused by default (exit 1, clear message) and fetched with --allow-private-network', async () => {
    const srv = await startServer({ '/story': send(articleHtml('Harbor deal', [BODY, BODY.replace('Tuesday', 'Friday')]), { 'content-type': 'text/html' }) });
    // The server lives in this process, so the CLI must run asynchronously.
    const runAsync = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [join(ROOT, 'bin', 'standpoint'), ...args], { cwd: ROOT }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
      });
    try {
      const url = `${srv.base}/story`;
      const refused = await runAsync(['extract', '--format', 'jsonl', url]);
      assert.equal(refused.code, 1);
      assert.equal(refused.stdout, '');
      assert.match(refused.stderr, new RegExp(`${url.replace(/[.]/g, '\\.')}: refusing to fetch a private, loopback or link-local address \\(127\\.0\\.0\\.1\\); pass --allow-private-network to allow it`));
      const allowed = await runAsync(['extract', '--format', 'jsonl', '--allow-private-network', url]);
      assert.equal(allowed.code, 0, allowed.stderr);
      const a = JSON.parse(allowed.stdout);
      assert.equal(a.title, 'Harbor deal');
      assert.equal(a.url, url);
    } finally {
      await srv.close();
    }
  });

  const usage: [string, string[]][] = [
    ['an unknown option', ['extract', '--bogus', 'x.txt']],
    ['a bad --format', ['extract', '--format', 'xml', 'x.txt']],
    ['a bad --max-bytes', ['extract', '--max-bytes', '-5', 'x.txt']],
    ['a bad --published', ['extract', '--published', 'yesterday', 'x.txt']],
  ];
  for (const [name, args] of usage) {
    test(`2 for a usage error: ${name}`, () => {
      const res = run(args);
      assert.equal(res.status, 2, res.stderr);
      assert.equal(res.stdout, '');
    });
  }
});
