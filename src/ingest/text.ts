// Plain-text articles: page dumps are cleaned unless the caller says the text is already the body.
import type { Article } from '../core/index.js';
import { makeArticle, tidyBody } from './article.js';
import { parsePageDump } from './page-dump.js';

export interface TextOptions {
  /** The text is already the body: keep it byte for byte so offsets index the file exactly. */
  readonly plain?: boolean;
  readonly input?: string | null;
}

/** One article from plain text. */
export function articleFromText(raw: string, options: TextOptions = {}): Article {
  if (options.plain) return makeArticle({ text: raw, input: options.input });
  const normalized = raw.replace(/\r\n?/g, '\n');
  const dump = parsePageDump(normalized);
  return makeArticle({
    text: tidyBody(normalized.slice(dump.bodyStart)),
    title: dump.title,
    source: dump.source,
    byline: dump.byline,
    published: dump.published,
    input: options.input,
  });
}
