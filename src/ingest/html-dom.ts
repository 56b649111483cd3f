// DOM work for main-text extraction: boilerplate removal before and after Readability, candidates, and block text.
import { toIsoDate } from './page-dump.js';
import { boilerplateName, boilerplateRules, isJunkLine, isTailJunk, type BoilerplateRules } from './boilerplate.js';

/** Elements that never hold article text. */
const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT',
  'INPUT', 'TEXTAREA', 'LINK', 'META', 'DIALOG', 'MAP', 'AUDIO', 'VIDEO', 'SOURCE', 'PICTURE',
]);
/** Landmarks that are page furniture. */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'MENU']);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar)$/i;
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Block elements whose text becomes its own paragraph. */
const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'FIGCAPTION',
  'DD', 'DT', 'TABLE', 'UL', 'OL', 'DL', 'HEADER', 'MAIN', 'FIGURE', 'ADDRESS', 'CENTER', 'FORM', 'FIELDSET', 'HR',
]);

/** How much article-like text each element holds: characters of text runs outside links. */
export type TextWeights = Map<Element, number>;

/** A text run counts as article-like when it is at least this long (shorter runs are labels and menus). */
const MIN_RUN = 25;

/** One pass over the tree: article-like characters per element (text outside links, in runs of 25+ chars). */
export function textWeights(root: Element): TextWeights {
  const weights: TextWeights = new Map();
  const visit = (el: Element, inLink: boolean): number => {
    let sum = 0;
    const link = inLink || el.tagName === 'A';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if (!link) {
          const len = (n.textContent ?? '').trim().length;
          if (len >= MIN_RUN) sum += len;
        }
      } else if (n.nodeType === 1 && !DROP_TAGS.has((n as Element).tagName)) {
        sum += visit(n as Element, link);
      }
    }
    weights.set(el, sum);
    return sum;
  };
  visit(root, false);
  return weights;
}

const nameOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style != null && HIDDEN_STYLE.test(style);
}

/** Blocks named by a weak boilerplate word are removed only when they hold less text than this. */
const WEAK_MAX_CHARS = 300;

/** Why an element is page furniture, given how much article-like text it holds and the limit that protects it; or null. */
function furnitureWhy(el: Element, weight: number, limit: number, rules: BoilerplateRules): string | null {
  if (DROP_TAGS.has(el.tagName)) return `<${el.tagName.toLowerCase()}> holds no text`;
  if (weight >= limit) return null;
  if (FURNITURE_TAGS.has(el.tagName)) return `<${el.tagName.toLowerCase()}> landmark`;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return `role=${role}`;
  if (isHidden(el)) return weight < WEAK_MAX_CHARS ? 'hidden' : null;
  const name = nameOf(el);
  if (!name.trim()) return null;
  const kind = boilerplateName(name, rules);
  if (kind === 'strong' || (kind === 'weak' && weight < WEAK_MAX_CHARS)) return `class/id "${name.trim()}"`;
  return null;
}

/** Replace `<noscript>` blocks that carry the article (Blogger renders posts this way) with their content. */
function unwrapNoscript(root: Element): void {
  for (const ns of Array.from(root.querySelectorAll('noscript'))) {
    const w = textWeights(ns).get(ns) ?? 0;
    if (w < 200) continue;
    const div = ns.ownerDocument.createElement('div');
    while (ns.firstChild) div.appendChild(ns.firstChild);
    ns.replaceWith(div);
  }
}

export interface CleanOptions {
  /** An element holding at least this share of the page's article-like text is never removed. Default 0.3. */
  readonly protectShare?: number;
  readonly rules?: BoilerplateRules;
}

/** A block found to be page furniture, and why. */
export interface Furniture {
  readonly element: Element;
  readonly why: string;
}

/**
 * Find page furniture, outermost blocks only: non-text elements, hidden elements, nav/footer/aside landmarks and
 * blocks whose class or id names boilerplate (share, related, newsletter, comments, ads, …). An element that holds
 * a large share of the page's text is kept whatever its name, so a wrapper like `class="post has-sidebar"` survives.
 */
export function findFurniture(root: Element, options: CleanOptions = {}): Furniture[] {
  const rules = options.rules ?? boilerplateRules();
  const weights = textWeights(root);
  const limit = Math.max((weights.get(root) ?? 0) * (options.protectShare ?? 0.3), 200);
  const found: Furniture[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName;
      const why = tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' ? null : furnitureWhy(c, weights.get(c) ?? 0, limit, rules);
      if (why) found.push({ element: c, why });
      else visit(c);
    }
  };
  visit(root);
  return found;
}

/** Remove page furniture before Readability (see `findFurniture`). Returns how many blocks were removed. */
export function removeBoilerplate(root: Element, options: CleanOptions = {}): number {
  unwrapNoscript(root);
  const found = findFurniture(root, options);
  for (const f of found) f.element.remove();
  return found.length;
}

/** Total length of link text within an element. */
function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').trim().length;
  return n;
}

/**
 * Clean an extracted article body: drop figures and captions, furniture blocks by class/id, junk paragraphs
 * ("Read more: …", "Sign up …"), and short blocks that are mostly links (related-story lists).
 */
export function cleanContent(root: Element, rules: BoilerplateRules = boilerplateRules()): void {
  for (const el of Array.from(root.querySelectorAll('figure,figcaption,picture,img,video,audio,iframe,script,style,noscript,button,svg,select,input,textarea,nav,footer,aside'))) {
    el.remove();
  }
  const weights = textWeights(root);
  const total = weights.get(root) ?? 0;
  // Forms are sign-up and comment boxes, unless a whole page sits in one (ASP.NET pages do).
  for (const el of Array.from(root.querySelectorAll('form'))) if ((weights.get(el) ?? 0) < Math.max(total * 0.3, 200)) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class],[id],[hidden],[aria-hidden],[style],[role]'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (furnitureWhy(el, weights.get(el) ?? 0, Math.max(total * 0.3, 200), rules)) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll('p,li,div,ul,ol,h2,h3,h4,h5,h6,blockquote,section'))) {
    if (!root.contains(el)) continue;
    const raw = el.textContent ?? '';
    // Long blocks are article text or hold it; only short ones can be junk lines or link lists.
    if (raw.length > 2000) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text === '') {
      if (!el.querySelector('br')) el.remove();
      continue;
    }
    if (text.length <= 260 && isJunkLine(text, rules)) {
      el.remove();
      continue;
    }
    // Link lists: a block whose text is nearly all links and not long, e.g. "More: A | B | C".
    if (el.tagName !== 'LI' && el.tagName !== 'BLOCKQUOTE' && !/^H\d$/.test(el.tagName) && text.length < 600) {
      const ratio = linkChars(el) / text.length;
      if (ratio > 0.8 && (el.tagName !== 'P' || text.length < 120)) el.remove();
    }
  }
}

/** Text of an element with block elements separated by blank lines; `<br>` becomes a line break. */
export function blockText(root: { childNodes: ArrayLike<unknown> }): string {
  const parts: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf
      .split('\n')
      .map((l) => l.replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (t) parts.push(t);
    buf = '';
  };
  const walk = (node: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }): void => {
    if (node.nodeType === 3) {
      buf += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (DROP_TAGS.has(name)) return;
    if (name === 'BR') {
      buf += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child as typeof node);
    if (block) flush();
  };
  for (const child of Array.from(root.childNodes)) walk(child as never);
  flush();
  return parts.join('\n\n');
}

/** Drop junk paragraphs from block text (after the DOM clean, for text that came from elsewhere, e.g. JSON-LD). */
export function dropJunkParagraphs(text: string, rules: BoilerplateRules = boilerplateRules()): string {
  return text
    .split(/\n{2,}/)
    .filter((p) => !isJunkLine(p, rules))
    .join('\n\n');
}

/**
 * Drop closing notices from the end of a text: paragraphs in the last third (at least the last four) that are
 * copyright lines, app or newsletter plugs, or disclaimers. The first paragraph always stays.
 */
export function trimTail(text: string, rules: BoilerplateRules = boilerplateRules()): string {
  const paras = text.split(/\n{2,}/);
  const from = Math.max(1, Math.min(paras.length - 4, Math.floor(paras.length * 0.66)));
  return paras.filter((p, i) => i < from || !isTailJunk(p, rules)).join('\n\n');
}

const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i;
const HEAD_LABEL = /^(posted|published|updated|last updated|modified|date|by|written by|words by|story by|author)\b[\s:|]*/i;

/** True for a short header line: a date, "Posted on …", "By …", "Updated …", or the title again. */
function isHeadLine(p: string, known: readonly (string | null)[], rules: BoilerplateRules): boolean {
  const t = p.replace(/\s+/g, ' ').trim();
  if (t.length > 100) return false;
  if (isJunkLine(t, rules)) return true;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (known.some((k) => k && norm(t) === norm(k))) return true;
  const labelled = HEAD_LABEL.test(t);
  const rest = t.replace(HEAD_LABEL, '');
  const words = rest.split(/\s+/).filter(Boolean).length;
  // A date: a month name or an ISO date with digits, in a few words ("April 21, 2022", "Posted: Thu, 21.10.2019").
  const dateLike = (MONTH.test(rest) && /\d/.test(rest)) || /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(rest);
  if (dateLike && words <= 10 && !/[.!?]["”’]?$/.test(t.replace(/\b(a\.m|p\.m|[ap]m|st|cst|est|gmt|utc)\.?$/i, ''))) return true;
  if (dateLike && toIsoDate(rest) && words <= 8) return true;
  // "By Ana Ruiz" (capitalized names, no sentence).
  if (labelled && /^by\b/i.test(t) && words <= 6 && /^(\p{Lu}[\p{L}.'’-]*\s*,?\s*(and\s+)?)+$/u.test(rest)) return true;
  return false;
}

/**
 * Drop header lines from the start of a text, at most four: the title or byline again (`known`), dates,
 * "By …" lines, furniture.
 */
export function trimHead(text: string, known: readonly (string | null)[], rules: BoilerplateRules = boilerplateRules()): string {
  const paras = text.split(/\n{2,}/);
  let i = 0;
  while (i < Math.min(4, paras.length - 1) && isHeadLine(paras[i], known, rules)) i++;
  return paras.slice(i).join('\n\n');
}

/** Wrappers deeper than this are unwrapped: real pages stay well below it, and deep trees make Readability slow. */
const MAX_WRAPPER_DEPTH = 40;

/**
 * Unwrap empty wrapper elements (one element child, no text of their own) that sit deeper than 40 levels, and
 * return the deepest level left. Iterative, so a page nested thousands deep cannot overflow the stack.
 */
export function flattenDeepWrappers(root: Element, maxDepth = MAX_WRAPPER_DEPTH): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    let node = el;
    if (depth > maxDepth) {
      // Replace the wrapper by its only child as long as it is a pure wrapper.
      while (node.childElementCount === 1 && node.parentElement && !hasOwnText(node)) {
        const child = node.firstElementChild!;
        node.replaceWith(child);
        node = child;
      }
    }
    deepest = Math.max(deepest, depth);
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return deepest;
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.textContent ?? '').trim() !== '') return true;
  return false;
}
