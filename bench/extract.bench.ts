// Extraction throughput: pages/s and peak memory of articleFromHtml over generated news pages with boilerplate.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleFromHtml } from '../src/ingest/index.js';
import { peakRssMiB, rng, seconds, syntheticArticle } from './util.js';

const NAV = ['News', 'World', 'Politics', 'Business', 'Sport', 'Opinion', 'Culture', 'Science', 'Travel', 'Video'];

/** One news page: header menu, share bar, the article (with a figure, an ad and a newsletter box), related links, comments, footer. */
function page(seed: number): { html: string; body: string } {
  const r = rng(seed * 7 + 1);
  const a = syntheticArticle(seed, 4 + Math.floor(r() * 10));
  const paras = a.text.split('\n\n');
  const links = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${seed}-${i}">${prefix} story ${i} about ${NAV[i % NAV.length]} and more</a></li>`).join('');
  const mid = Math.floor(paras.length / 2);
  const content = paras
    .map((p, i) =>
      `<p>${p}</p>` +
      (i === 1 ? `<figure><img src="/img/${seed}.jpg"><figcaption>Officials at the talks. Photo: Agency ${seed}</figcaption></figure>` : '') +
      (i === mid ? '<div class="ad-slot"><span>Advertisement</span><iframe src="/ad"></iframe></div>' : ''))
    .join('\n');
  const script = `<script>var cfg=${JSON.stringify({ id: seed, tags: NAV, blob: 'x'.repeat(2000 + Math.floor(r() * 8000)) })};</script>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example"><meta property="article:published_time" content="${a.published}T08:00:00Z">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: a.title, datePublished: a.published, author: { name: 'Staff' } })}</script>
<style>body{font-family:serif}.share{display:flex}</style>${script}</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept?</p><button>OK</button></div>
<header class="site-header"><nav><ul>${NAV.map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${a.title}</h1><div class="byline">By Staff · ${a.published}</div>
<div class="share-bar"><a href="#">Facebook</a><a href="#">Twitter</a></div>
<div class="article-body">${content}
<div class="newsletter"><p>Sign up for our newsletter to get the news in your inbox.</p><form><input><button>Go</button></form></div></div></article>
<section class="related"><h3>Related</h3><ul>${links(6, 'related')}</ul></section>
<div class="comments"><ol>${Array.from({ length: 5 }, (_, i) => `<li><p>Comment ${i}: I think this is a very interesting article about the talks.</p></li>`).join('')}</ol></div></main>
<aside class="sidebar"><h3>Most read</h3><ol>${links(8, 'popular')}</ol></aside>
<footer class="site-footer"><p>© 2024 The Daily Example. All rights reserved.</p><ul>${links(10, 'footer')}</ul></footer>${script}</body></html>`;
  return { html, body: a.text };
}

export default async function bench(): Promise<void> {
  const N = 2000;
  const pages = Array.from({ length: N }, (_, i) => page(i + 1));
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0);
  // Warm up the JIT and the data files.
  for (const p of pages.slice(0, 50)) articleFromHtml(p.html);
  let exact = 0;
  const secs = await seconds(() => {
    for (const p of pages) if (articleFromHtml(p.html).text === p.body) exact++;
  });
  console.log(`extract: ${N} pages (${(bytes / N / 1024).toFixed(1)} KiB avg) in ${secs.toFixed(2)} s: ${(N / secs).toFixed(0)} pages/s, ${((secs * 1000) / N).toFixed(2)} ms/page, ${(bytes / secs / 1024 / 1024).toFixed(1)} MiB/s`);
  // Reference: linkedom + Readability alone on the same pages (no cleaning, no metadata), to read the ratio under load.
  const base = await seconds(() => {
    for (const p of pages) new Readability(parseHTML(p.html).document as unknown as Document).parse();
  });
  console.log(`reference (linkedom + Readability alone): ${(N / base).toFixed(0)} pages/s; extract runs at ${(base / secs).toFixed(2)}x its speed`);
  // Pathological input: an article wrapped 3,000 levels deep (Readability alone is quadratic or worse here).
  const deep = `<html><body>${'<div>'.repeat(3000)}<p>${pages[0].body.split('\n\n').join('</p><p>')}</p>${'</div>'.repeat(3000)}</body></html>`;
  const deepSecs = await seconds(() => articleFromHtml(deep));
  console.log(`extract: a page nested 3,000 wrappers deep in ${(deepSecs * 1000).toFixed(0)} ms`);
  console.log(`extract: body recovered exactly (boilerplate removed, nothing lost) on ${exact}/${N} pages; peak RSS ${peakRssMiB().toFixed(0)} MiB`);
}
