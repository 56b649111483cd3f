import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { articleFromHtml, htmlMetadata, stripSiteName } from '../../src/ingest/index.js';

const P = [
  'The harbor council of Kestrel Bay approved a new ferry route on Tuesday after months of debate among its members.',
  'Council chair Miro Tal said the route would connect the outer islands with the mainland twice a day from June onward.',
  'Fishermen welcomed the decision but asked the council to keep the old pier open for their boats during the repairs.',
  'The ferry company said it would hire twenty new crew members and buy a second boat before the summer season begins.',
];
const paras = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const page = (body: string, head = ''): string => `<!doctype html><html lang="en"><head><title>Ferry route approved</title>${head}</head><body>${body}</body></html>`;

describe('html: main text without the page furniture', () => {
  const cases: [name: string, body: string, expected: string][] = [
    ['nav, header menu, aside and footer are dropped', `
      <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
      <main><article><h1>Ferry route approved</h1>${paras(P)}</article>
      <aside><h3>Most read</h3><ul><li><a href="/a">Other story one is here</a></li><li><a href="/b">Other story two</a></li></ul></aside></main>
      <footer><p>© 2024 Lantern Media. All rights reserved.</p><a href="/privacy">Privacy</a></footer>`, P.join('\n\n')],
    ['share bars, newsletter boxes and related lists inside the article are dropped', `
      <article><div class="article-body">
        <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        ${paras(P.slice(0, 2))}
        <div class="newsletter-signup"><h4>Get our morning briefing</h4><p>Sign up for the newsletter and get the news in your inbox every day.</p><form><input type="email"><button>Sign up</button></form></div>
        ${paras(P.slice(2))}
        <section class="related-articles"><h3>Related</h3><ul><li><a href="/x">Port workers strike over pay in the north</a></li><li><a href="/y">Island school reopens after storm damage</a></li></ul></section>
      </div></article>`, P.join('\n\n')],
    ['figures, captions and photo credits are dropped', `
      <article>${paras(P.slice(0, 2))}
        <figure><img src="a.jpg" alt="The pier"><figcaption>The old pier at dawn. Photo: Ana Ruiz/Lantern</figcaption></figure>
        ${paras(P.slice(2))}</article>`, P.join('\n\n')],
    ['hidden elements and cookie banners are dropped', `
      <div class="cookie-consent"><p>We use cookies to improve your experience on our site. Accept all cookies?</p></div>
      <article>${paras(P.slice(0, 2))}<div style="display:none"><p>Hidden text that readers never see on the page.</p></div>${paras(P.slice(2))}</article>`, P.join('\n\n')],
    ['junk lines ("Read more", "Advertisement") are dropped; headings and list items stay', `
      <article>${paras(P.slice(0, 2))}
        <p>Read more: Port workers strike over pay</p>
        <div>Advertisement</div>
        <p>Story continues below advertisement</p>
        <p>Image source, Getty Images</p>
        <h2>What happens next</h2>
        <ul><li>The first ferry sails on June 3 from the north pier.</li><li>Tickets go on sale in May at the harbor office.</li></ul>
        ${paras(P.slice(2))}</article>`,
      [P[0], P[1], 'What happens next', 'The first ferry sails on June 3 from the north pier.', 'Tickets go on sale in May at the harbor office.', P[2], P[3]].join('\n\n')],
    ['closing notices (copyright, app plugs) are dropped from the end', `
      <article>${paras(P)}
        <p>Download the Lantern app for iOS and Android for the latest news.</p>
        <p>This article is the copyrighted property of Lantern Media and may not be republished without permission.</p></article>`, P.join('\n\n')],
    ['a page wrapped in one <form> (ASP.NET) keeps its article', `
      <form id="aspnetForm" method="post"><div class="story">${paras(P)}</div><input type="hidden" name="__VIEWSTATE"></form>`, P.join('\n\n')],
    ['a closing paragraph about copyright law is article text and stays', `
      <article>${paras(P)}<p>The court said the copyright in the photographs belongs to the agency, not to the newspaper that printed them.</p></article>`,
      [...P, 'The court said the copyright in the photographs belongs to the agency, not to the newspaper that printed them.'].join('\n\n')],
    ['a date and byline line at the start are dropped', `
      <article><p>March 5, 2024</p><p>By Ana Ruiz</p>${paras(P)}</article>`, P.join('\n\n')],
    ['<br> line breaks stay inside one paragraph', `<article>${paras(P.slice(0, 3))}<p>Harbor office<br>North pier 1<br>Kestrel Bay</p></article>`,
      [...P.slice(0, 3), 'Harbor office\nNorth pier 1\nKestrel Bay'].join('\n\n')],
  ];
  for (const [name, body, expected] of cases) {
    test(name, () => assert.equal(articleFromHtml(page(body)).text, expected));
  }
});

describe('html: fallbacks when Readability finds too little', () => {
  test('JSON-LD articleBody is used when the page body holds only a teaser', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry route approved', articleBody: P.join('\n\n') };
    const html = page(`<div class="teaser"><p>${P[0]}</p><a href="/subscribe">Subscribe to read the full story</a></div>`,
      `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    assert.equal(articleFromHtml(html).text, P.join('\n\n'));
  });

  test('an article inside <noscript> (pages rendered by script) is read', () => {
    const html = page(`<div class="post-body"><script type="text/template">${paras(P)}</script><noscript>${paras(P)}</noscript></div>`);
    assert.equal(articleFromHtml(html).text, P.join('\n\n'));
  });

  test('a fragment without <html>, and stray markup before <!doctype>, are read', () => {
    assert.equal(articleFromHtml(paras(P)).text, P.join('\n\n'));
    assert.equal(articleFromHtml(`<style>p{color:red}</style>\n${page(`<article>${paras(P)}</article>`)}`).text, P.join('\n\n'));
  });

  test('itemprop=articleBody split into sections is read whole', () => {
    const sections = P.map((p, i) => `<div class="content_body" id="TOC_TITLE_${i}"><h2>Part ${i + 1}</h2><p>${p}</p></div>`).join('');
    const text = articleFromHtml(page(`<article class="article-body" itemprop="articleBody">${sections}</article>`)).text;
    for (const p of P) assert.ok(text.includes(p), p);
  });

  // Regression: Readability took about two minutes on this page; the timeout only guards against a hang.
  test('a page nested thousands of wrappers deep is read', { timeout: 60_000 }, () => {
    const depth = 3000;
    const a = articleFromHtml(`<html><body>${'<div>'.repeat(depth)}${paras(P)}${'</div>'.repeat(depth)}</body></html>`);
    assert.equal(a.text, P.join('\n\n'));
  });

  test('a page nested deeper than 300 levels with text at every level is refused with INPUT_UNSUPPORTED', () => {
    const html = `<html><body>${'<div>word '.repeat(2000)}${'</div>'.repeat(2000)}</body></html>`;
    assert.throws(() => articleFromHtml(html, { input: 'deep.html' }), { code: 'INPUT_UNSUPPORTED', message: 'deep.html: HTML is nested more than 300 elements deep' });
  });

  test('a closing author note naming the byline is dropped; other closing paragraphs stay', () => {
    const head = '<meta name="author" content="Ana Ruiz">';
    const bio = 'Ana Ruiz is a reporter at the Lantern Post who covers the harbor and the islands.';
    assert.equal(articleFromHtml(page(`<article>${paras(P)}<p>${bio}</p></article>`, head)).text, P.join('\n\n'));
    const quote = 'Ana Ruiz said nothing more; the council will meet again in April to vote on the budget.';
    assert.equal(articleFromHtml(page(`<article>${paras(P)}<p>${quote}</p></article>`, head)).text, [...P, quote].join('\n\n'));
  });

  test('a page with no article text fails with INPUT_NO_ARTICLE', () => {
    assert.throws(() => articleFromHtml(page('<nav><a href="/">Home</a></nav><footer>© 2024</footer>'), { input: 'menu.html' }), {
      code: 'INPUT_NO_ARTICLE',
      message: 'menu.html: HTML page has no article text',
    });
  });
});

describe('html: metadata', () => {
  const meta = (head: string, body = '') => htmlMetadata(parseHTML(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document);

  test('JSON-LD NewsArticle wins: headline, author, publisher, datePublished, url', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Page name', url: 'https://lantern.example/page' },
        {
          '@type': 'NewsArticle', headline: 'Ferry route approved', datePublished: '2024-03-05T09:30:00+01:00',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Miro Tal' }],
          publisher: { '@type': 'Organization', name: 'The Lantern Post' }, url: 'https://lantern.example/ferry',
        },
      ],
    };
    const m = meta(`<title>Something else | Lantern</title><meta property="og:title" content="OG title">
      <script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    assert.deepEqual(
      { title: m.title, source: m.source, byline: m.byline, published: m.published, url: m.url, lang: m.lang },
      { title: 'Ferry route approved', source: 'The Lantern Post', byline: 'Ana Ruiz, Miro Tal', published: '2024-03-05T09:30:00+01:00', url: 'https://lantern.example/ferry', lang: 'en-GB' },
    );
  });

  test('broken JSON-LD is ignored; OpenGraph and <meta> fill in', () => {
    const m = meta(`<script type="application/ld+json">{ broken</script>
      <meta property="og:title" content="Ferry route approved"><meta property="og:site_name" content="The Lantern Post">
      <meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2024-03-05">
      <link rel="canonical" href="https://lantern.example/ferry">`);
    assert.deepEqual([m.title, m.source, m.byline, m.published, m.url], ['Ferry route approved', 'The Lantern Post', 'Ana Ruiz', '2024-03-05', 'https://lantern.example/ferry']);
  });

  test('a "By" prefix is not part of the byline; placeholder bylines are no byline', () => {
    assert.equal(meta('<meta name="author" content="By Ana Ruiz and Miro Tal">').byline, 'Ana Ruiz and Miro Tal');
    assert.equal(meta('<meta name="author" content="No Author">').byline, null);
  });

  test('HTML character references left in JSON-LD are decoded', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Harbor deal &#8211; what&#039;s next', author: { name: 'Liam O&#039;Neill' }, publisher: { name: 'Lantern &amp; Co' } };
    const m = meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    assert.deepEqual([m.title, m.byline, m.source], ['Harbor deal – what\'s next', "Liam O'Neill", 'Lantern & Co']);
  });

  test('<time datetime> and itemprop=datePublished give the date', () => {
    assert.equal(meta('', '<time datetime="2024-03-05T10:00:00Z">5 March</time>').published, '2024-03-05T10:00:00Z');
    assert.equal(meta('', '<span itemprop="datePublished" content="2024-02-01">1 Feb</span><time datetime="2020-01-01">x</time>').published, '2024-02-01');
  });

  test('a <title> suffix naming the site is stripped; the site becomes the source', () => {
    const m = meta('<title>Ferry route approved | The Lantern Post</title><meta property="og:site_name" content="The Lantern Post">');
    assert.equal(m.title, 'Ferry route approved');
    const n = meta('<title>Ferry route approved - Lantern</title>', '<h1>Ferry route approved</h1>');
    assert.equal(n.title, 'Ferry route approved');
    assert.equal(n.source, 'Lantern');
  });

  test('articleFromHtml normalizes the date to YYYY-MM-DD', () => {
    const a = articleFromHtml(page(`<article>${paras(P)}</article>`, '<meta property="article:published_time" content="Tue, 05 Mar 2024 23:30:00 -0500">'));
    assert.equal(a.published, '2024-03-05');
    assert.equal(a.title, 'Ferry route approved');
    assert.equal(a.lang, 'en');
  });
});

describe('html: stripSiteName', () => {
  const cases: [title: string, site: string | null, h1: string | null, expected: string][] = [
    ['Talks resume | The Lantern', 'The Lantern', null, 'Talks resume'],
    ['Talks resume - Lantern', 'The Lantern', null, 'Talks resume'],
    ['Talks resume – lantern.com', 'Lantern', null, 'Talks resume'],
    ['The Lantern: Talks resume', 'The Lantern', null, 'Talks resume'],
    ['Talks resume — Kestrel Bay | The Lantern', 'The Lantern', null, 'Talks resume — Kestrel Bay'],
    ['Talks resume - Kestrel Bay', 'The Lantern', null, 'Talks resume - Kestrel Bay'],
    ['Talks resume | Lantern', null, 'Talks resume', 'Talks resume'],
    ['Talks resume | Lantern', null, null, 'Talks resume | Lantern'],
    ['Talks resume', 'The Lantern', null, 'Talks resume'],
    ['Talks resume | Lantern | 19.01.2020', 'Lantern.com', null, 'Talks resume'],
    ['Talks resume - March 5, 2024', null, null, 'Talks resume'],
    ['Lantern Blog » Archive » Talks resume', null, 'Talks resume', 'Talks resume'],
  ];
  for (const [title, site, h1, expected] of cases) {
    test(`${JSON.stringify(title)} with site ${JSON.stringify(site)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(stripSiteName(title, site, h1).title, expected);
    });
  }
});
