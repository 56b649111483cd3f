// JSONL: one article object a line, {id?, text, title?, source?, published?, url?}. The text is kept exactly.
import { InputError, type Article } from '../core/index.js';
import { makeArticle } from './article.js';

/** Parse one JSONL line into an article. `where` names it in errors, e.g. `file.jsonl:12`. */
export function articleFromJsonLine(line: string, where: string): Article {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (err) {
    throw new InputError('INPUT_MALFORMED', where, `not valid JSON: ${(err as Error).message}`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new InputError('INPUT_MALFORMED', where, 'expected a JSON object with a "text" field');
  }
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new InputError('INPUT_MALFORMED', where, 'missing string field "text"');
  if (o.text.trim() === '') throw new InputError('INPUT_EMPTY', where, 'empty "text"');
  const opt = (k: string): string | null => {
    const v = o[k];
    if (v == null) return null;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    throw new InputError('INPUT_MALFORMED', where, `field "${k}" must be a string`);
  };
  return makeArticle({
    id: opt('id'),
    text: o.text,
    title: opt('title'),
    source: opt('source'),
    published: opt('published'),
    url: opt('url'),
    byline: opt('byline'),
    input: where,
  });
}
