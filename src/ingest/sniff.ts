// Guessing what a document is from its name, content type and first bytes.

export type DocumentKind = 'html' | 'feed' | 'jsonl' | 'text';

const HTML_EXT = /\.(html?|xhtml|php|aspx?)$/i;
const FEED_EXT = /\.(rss|atom|xml)$/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;
const TEXT_EXT = /\.(txt|text|md)$/i;

/** File extensions that a directory walk picks up. */
export const KNOWN_EXT = /\.(html?|xhtml|rss|atom|xml|json|jsonl|ndjson|txt|text|md)$/i;

/** The kind of a document, from its name or URL, its content type, and its head. */
export function sniffKind(name: string, head: string, contentType?: string | null): DocumentKind {
  const h = head.replace(/^\ufeff/, '').trimStart().slice(0, 2048).toLowerCase();
  const ct = (contentType ?? '').toLowerCase();
  if (/<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(h)) return 'feed';
  if (h.startsWith('{') && /jsonfeed\.org\/version/.test(h)) return 'feed';
  if (/(rss|atom)\+xml|feed\+json/.test(ct)) return 'feed';
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(h) || ct.includes('html')) return 'html';
  if (JSONL_EXT.test(name) || (/^[[{]/.test(h) && /"text"\s*:/.test(h))) return 'jsonl';
  if (HTML_EXT.test(name)) return 'html';
  if (FEED_EXT.test(name) && h.startsWith('<')) return 'feed';
  if (TEXT_EXT.test(name)) return 'text';
  if (/^<\?xml/.test(h) || /<(p|div|article|span|a)[\s>]/.test(h)) return 'html';
  return 'text';
}
