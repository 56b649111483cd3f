// Building Article objects from parsed fields.
import { contentId, type Article } from '../core/index.js';
import { toIsoDate } from './page-dump.js';

export interface ArticleFields {
  id?: string | null;
  url?: string | null;
  source?: string | null;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  text: string;
  input?: string | null;
  lang?: string | null;
}

const clean = (s: string | null | undefined): string | null => {
  if (s == null) return null;
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** An Article with a stable id (content hash unless one is given) and normalized metadata. */
export function makeArticle(f: ArticleFields): Article {
  return {
    id: clean(f.id) ?? contentId(f.text),
    url: clean(f.url),
    source: clean(f.source),
    title: clean(f.title),
    byline: clean(f.byline),
    published: normalizePublished(f.published),
    text: f.text,
    input: f.input ?? null,
    lang: f.lang ?? null,
  };
}

/** Keep `YYYY-MM-DD` dates; turn other date strings into one. */
export function normalizePublished(s: string | null | undefined): string | null {
  const c = clean(s);
  if (!c) return null;
  return toIsoDate(c);
}

/** Normalize a body that we own (not `--plain`): CRLF to LF, no trailing spaces on lines, trimmed. */
export function tidyBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
