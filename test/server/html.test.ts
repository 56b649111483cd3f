// Escaping and highlighting: untrusted text never becomes markup.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, html, jsonIsland, markedSnippet } from '../../src/server/html.js';
import { highlightText } from '../../src/server/pages/analysis-view.js';

describe('escaping', () => {
  const cases: [string, string][] = [
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="x()">', '&lt;img src=x onerror=&quot;x()&quot;&gt;'],
    ["it's `odd` & fine", 'it&#39;s &#96;odd&#96; &amp; fine'],
    ['plain words', 'plain words'],
  ];
  for (const [input, expected] of cases) {
    test(`escapeHtml ${JSON.stringify(input)}`, () => assert.equal(escapeHtml(input), expected));
  }

  test('templates escape values, keep fragments, drop null and booleans, join arrays', () => {
    const inner = html`<b>${'<i>'}</b>`;
    const out = html`<p title="${'"><script>'}">${inner}${null}${false}${['<', 2]}</p>`;
    assert.equal(out.value, '<p title="&quot;&gt;&lt;script&gt;"><b>&lt;i&gt;</b>&lt;2</p>');
  });

  test('JSON islands cannot close their script element', () => {
    const island = jsonIsland('d', { text: '</script><script>alert(1)</script> <!-- & \u2028' });
    assert.equal(island.value.match(/<\/script>/g)?.length, 1, 'only the closing tag of the island itself');
    assert.doesNotMatch(island.value, /<!--/);
    const json = island.value.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    assert.deepEqual(JSON.parse(json), { text: '</script><script>alert(1)</script> <!-- & \u2028' });
  });

  test('search snippets: hits become <mark>, everything else is escaped', () => {
    assert.equal(markedSnippet('a <b> [sanctions] & [more]').value, 'a &lt;b&gt; <mark>sanctions</mark> &amp; <mark>more</mark>');
  });
});

describe('highlighting', () => {
  const text = 'Ana said "we <will> win" today.';
  test('overlapping spans are cut into flat pieces with every covering class', () => {
    const out = highlightText(text, [
      { start: 0, end: 3, cls: 'm-actor' },
      { start: 10, end: 23, cls: 'q' },
      { start: 13, end: 19, cls: 'ev' },
    ]).value;
    assert.equal(
      out,
      '<span class="m-actor">Ana</span> said &quot;<span class="q">we </span><span class="q ev">&lt;will&gt;</span><span class="q"> win</span>&quot; today.',
    );
  });

  test('spans out of range are ignored, badges are inserted at their offset', () => {
    const out = highlightText('abc', [{ start: 2, end: 9, cls: 'x' }, { start: 2, end: 2, cls: 'y' }], new Map([[1, [html`<i>B</i>`]]])).value;
    assert.equal(out, 'a<i>B</i>bc');
  });
});
