// Choosing the main text of a page: Readability on a pre-cleaned DOM, checked against structural candidates.
import { Readability } from '@mozilla/readability';
import { boilerplateRules } from './boilerplate.js';
import { blockText, cleanContent, dropJunkParagraphs, removeBoilerplate, textWeights, trimHead, trimTail } from './html-dom.js';

/** Main text and the rule that chose it. */
export interface MainText {
  readonly text: string;
  /** `readability`, `structure` (articleBody / article / content class), `json-ld`, or `body`. */
  readonly why: 'readability' | 'structure' | 'json-ld' | 'body' | 'none';
}

/** Class names of article-body containers used across CMSs. */
const BODY_CLASS =
  /(^|[\s_-])((article|entry|post|story|blog|main|news|content|single|td-post)[-_]?(body|content|text|entry|inner)|articlebody|storybody|rich-?text|body-?copy|article__body|post__content|entry__content)([\s_-]|$)/i;

/** Structural candidates: itemprop=articleBody, <article>, <main>, and common body classes. */
function structuralCandidate(body: Element): { parts: Element[] } | null {
  const weights = textWeights(body);
  const candidates: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('[itemprop="articleBody"],[itemprop="reviewBody"],article,main,[role="main"],[class]'))) {
    const ip = el.getAttribute('itemprop');
    if (ip === 'articleBody' || ip === 'reviewBody' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.getAttribute('role') === 'main' || BODY_CLASS.test(el.getAttribute('class') ?? '')) {
      candidates.push(el);
    }
  }
  if (candidates.length === 0) return null;
  let best = 0;
  for (const c of candidates) best = Math.max(best, weights.get(c) ?? 0);
  if (best < 200) return null;
  // The deepest candidate that still holds most of the best one's text: <article> > div.entry-content.
  let chosen: Element | null = null;
  let depth = -1;
  for (const c of candidates) {
    if ((weights.get(c) ?? 0) < best * 0.85) continue;
    let d = 0;
    for (let p = c.parentElement; p; p = p.parentElement) d++;
    if (d > depth) {
      depth = d;
      chosen = c;
    }
  }
  if (!chosen) return null;
  // An article split into sibling blocks of one class (story-text, story-text, …): read them all, in order.
  const cls = chosen.getAttribute('class');
  const group = cls
    ? candidates.filter((c) => c.tagName === chosen.tagName && c.getAttribute('class') === cls && !candidates.some((o) => o !== c && o.getAttribute('class') === cls && o.contains(c)))
    : [chosen];
  const groupWeight = group.reduce((n, c) => n + (weights.get(c) ?? 0), 0);
  return { parts: group.length > 1 && groupWeight > (weights.get(chosen) ?? 0) * 1.2 ? group : [chosen] };
}

/** Drop a closing author note ("Ana Ruiz is a reporter at …") when it names the byline. */
function dropAuthorBio(text: string, byline: string | null): string {
  if (!byline) return text;
  const first = byline.split(/,| and /)[0].trim();
  if (first.split(/\s+/).length < 2) return text;
  const cut = text.lastIndexOf('\n\n');
  if (cut < 0) return text;
  const last = text.slice(cut + 2);
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return last.length < 400 && new RegExp(`^${escaped}\\s+(is|was|has been|writes|covers|reports)\\b`, 'i').test(last) ? text.slice(0, cut) : text;
}

/** True when most of `inner`'s paragraphs appear in `outer`: the structural text extends Readability's. */
function covers(outer: string, inner: string): boolean {
  const paras = inner.split(/\n{2,}/).filter((p) => p.length > 40);
  if (paras.length === 0) return true;
  const o = outer.replace(/\s+/g, ' ');
  return paras.filter((p) => o.includes(p.replace(/\s+/g, ' '))).length >= paras.length * 0.6;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** What the page's metadata tells the extractor. */
export interface PageHints {
  /** JSON-LD `articleBody`, used when the DOM gives much less. */
  readonly ldBody?: string | null;
  /** Title, `<h1>` and byline: dropped when the text starts with them. */
  readonly title?: string | null;
  readonly h1?: string | null;
  readonly byline?: string | null;
}

/** The main text of a page, paragraphs separated by blank lines. `document` is consumed (mutated). */
export function mainText(document: Document, hints: PageHints = {}): MainText {
  const ldBody = hints.ldBody ?? null;
  const rules = boilerplateRules();
  const body = document.body ?? document.documentElement;
  if (!body) return { text: '', why: 'none' };
  // 1. Strip furniture from the page so Readability scores only plausible blocks.
  removeBoilerplate(body, { rules });
  // 2. Structural candidate, read before Readability rewrites the tree.
  const found = structuralCandidate(body);
  let cand: { copy: Element } | null = null;
  if (found) {
    const copy = document.createElement('div');
    for (const part of found.parts) copy.appendChild(part.cloneNode(true));
    cand = { copy: copy as Element };
  }
  // 3. Readability on what is left.
  let readText = '';
  try {
    // The serializer hands back the article element itself: no HTML string to parse again.
    const parsed = new Readability<Element>(document, {
      charThreshold: 300,
      keepClasses: true,
      serializer: (el) => el as Element,
    }).parse();
    if (parsed?.content) {
      const root = parsed.content;
      cleanContent(root, rules);
      readText = blockText(root);
    }
  } catch {
    // Readability can throw on odd trees; the structural candidate is the fallback.
  }
  // 4. Choose: Readability unless a structural candidate holds clearly more text. Its raw text length bounds its
  //    cleaned text from above, so it is cleaned and read only when it might win.
  let best: MainText = { text: readText, why: 'readability' };
  let structText = '';
  if (cand && (cand.copy.textContent ?? '').length > readText.length * 1.2) {
    cleanContent(cand.copy, rules);
    structText = blockText(cand.copy);
  }
  const rw = words(readText);
  const sw = words(structText);
  if (sw > 0 && (rw === 0 || (sw > rw * 1.4 && (rw < 100 || covers(structText, readText))))) best = { text: structText, why: 'structure' };
  if (ldBody) {
    const ld = dropJunkParagraphs(ldBody.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim(), rules);
    if (words(ld) > Math.max(words(best.text) * 1.5, 40)) best = { text: ld, why: 'json-ld' };
  }
    const text = trimHead(trimTail(best.text, rules), [hints.title ?? null, hints.h1 ?? null, hints.byline ?? null], rules);
  return { ...best, text: dropAuthorBio(text, hints.byline ?? null) };
}
