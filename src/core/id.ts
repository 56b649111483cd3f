// Stable content ids.
import { createHash } from 'node:crypto';

/** A stable id for an article: the first 16 hex digits of SHA-256 over its normalized text. */
export function contentId(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16);
}
