// Turning inputs (paths, directories, URLs, stdin, JSONL) into a stream of articles or per-item errors.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InputError, errorMessage, type Article } from '../core/index.js';
import { makeArticle } from './article.js';
import { decodeBytes } from './decode.js';
import { articleFromFeedItem, isTeaser, parseFeedText } from './feed.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { articleFromHtml } from './html.js';
import { articleFromJsonLine } from './jsonl.js';
import { KNOWN_EXT, sniffKind } from './sniff.js';
import { articleFromText } from './text.js';

export interface IngestOptions extends FetchOptions {
  /** Inputs are already the body: no page-dump cleaning, offsets index the file exactly. */
  readonly plain?: boolean;
  /** `jsonl` reads every input as JSONL; `auto` (default) sniffs. */
  readonly inputFormat?: 'auto' | 'jsonl';
  /** Publication date for articles that carry none, `YYYY-MM-DD`. */
  readonly published?: string | null;
  /** Fetch the linked page for feed items that carry only a teaser. Default true. */
  readonly fetchFeedLinks?: boolean;
  /** Read this instead of process.stdin for `-` (tests). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** One input's result: an article, or the reason it failed. A batch goes on past failures. */
export type IngestResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly input: string; readonly error: InputError };

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

function failure(input: string, err: unknown): IngestResult {
  const error = err instanceof InputError ? err : new InputError('INPUT_UNREADABLE', input, errorMessage(err), { cause: err });
  return { ok: false, input, error };
}

function withDefaults(article: Article, options: IngestOptions): Article {
  if (options.published && !article.published) return { ...article, published: options.published };
  return article;
}

/** Read every input in order. Directories are walked recursively in name order. */
export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  for (const input of inputs) {
    for await (const r of readOne(input, options)) {
      yield r.ok ? { ok: true, article: withDefaults(r.article, options) } : r;
    }
  }
}

async function* readOne(input: string, options: IngestOptions): AsyncGenerator<IngestResult> {
  if (input === '-') {
    yield* readStream(options.stdin ?? process.stdin, 'stdin', options);
    return;
  }
  if (isUrl(input)) {
    yield* readUrl(input, options);
    return;
  }
  let info;
  try {
    info = await stat(input);
  } catch {
    yield failure(input, new InputError('INPUT_NOT_FOUND', input, 'no such file or directory'));
    return;
  }
  if (info.isDirectory()) {
    for (const file of await walk(input)) yield* readFileInput(file, options);
    return;
  }
  yield* readFileInput(input, options);
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile() && (KNOWN_EXT.test(e.name) || !/\.[a-z0-9]{1,5}$/i.test(e.name))) out.push(p);
  }
  return out;
}

async function* readFileInput(path: string, options: IngestOptions): AsyncGenerator<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const isJsonl = options.inputFormat === 'jsonl' || /\.(jsonl|ndjson)$/i.test(path);
  if (isJsonl) {
    // JSONL streams line by line, so the size cap applies per line, not per file.
    yield* readJsonlStream(createReadStream(path), path, maxBytes);
    return;
  }
  try {
    const info = await stat(path);
    if (info.size > maxBytes) throw new InputError('INPUT_TOO_LARGE', path, `file is ${info.size} bytes, over the ${maxBytes}-byte cap`);
    const bytes = await readFile(path);
    yield* parseDocument(bytes, path, options, null, null);
  } catch (err) {
    yield failure(path, err);
  }
}

async function* readStream(stream: NodeJS.ReadableStream, name: string, options: IngestOptions): AsyncGenerator<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (options.inputFormat === 'jsonl') {
    yield* readJsonlStream(stream, name, maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) {
      yield failure(name, new InputError('INPUT_TOO_LARGE', name, `input is over the ${maxBytes}-byte cap`));
      return;
    }
    chunks.push(b);
  }
  try {
    yield* parseDocument(Buffer.concat(chunks), name, options, null, null);
  } catch (err) {
    yield failure(name, err);
  }
}

async function* readJsonlStream(stream: NodeJS.ReadableStream, name: string, maxBytes: number): AsyncGenerator<IngestResult> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (line.trim() === '') continue;
      const where = `${name}:${n}`;
      if (line.length > maxBytes) {
        yield failure(where, new InputError('INPUT_TOO_LARGE', where, `line is over the ${maxBytes}-byte cap`));
        continue;
      }
      try {
        yield { ok: true, article: articleFromJsonLine(line, where) };
      } catch (err) {
        yield failure(where, err);
      }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield failure(name, new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', name, errorMessage(err)));
  }
}

async function* readUrl(url: string, options: IngestOptions): AsyncGenerator<IngestResult> {
  try {
    const res = await fetchUrl(url, options);
    yield* parseDocument(res.bytes, url, options, res.contentType, res.charset, res.url);
  } catch (err) {
    yield failure(url, err);
  }
}

/** A document that is one JSON value spanning lines: an object, or an array of objects. Null for JSONL. */
function parseWholeJson(text: string): unknown[] | null {
  const t = text.trim();
  if (!(t.startsWith('[') || (t.startsWith('{') && /\n/.test(t)))) return null;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) ? v : [v];
  } catch {
    return null;
  }
}

/** Parse one document's bytes; a feed yields one result per item. */
async function* parseDocument(
  bytes: Uint8Array,
  input: string,
  options: IngestOptions,
  contentType: string | null,
  charset: string | null,
  finalUrl?: string,
): AsyncGenerator<IngestResult> {
  if (bytes.length === 0) throw new InputError('INPUT_EMPTY', input, 'empty input');
  const mime = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (/^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|msword|vnd\.)/.test(mime)) {
    throw new InputError('INPUT_UNSUPPORTED', input, `content type ${mime} is not a news document`);
  }
  // Charset declarations can sit after long inline scripts, so look further than the spec's 1,024 bytes.
  const head = Buffer.from(bytes.subarray(0, 16384)).toString('latin1');
  const metaCharset = charset ?? head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1] ?? head.match(/<\?xml[^>]+encoding=["']([\w-]+)/i)?.[1] ?? null;
  const { text } = decodeBytes(bytes, input, metaCharset);
  if (text.trim() === '') throw new InputError('INPUT_EMPTY', input, 'input has only whitespace');
  if (options.plain) {
    yield { ok: true, article: articleFromText(text, { plain: true, input }) };
    return;
  }
  const kind = sniffKind(finalUrl ?? input, text.slice(0, 4096), contentType);
  if (kind === 'jsonl') {
    // A whole-file JSON document (one pretty-printed article, or an array of them) is read as such.
    const whole = parseWholeJson(text);
    if (whole) {
      for (let i = 0; i < whole.length; i++) {
        const where = whole.length > 1 ? `${input}[${i}]` : input;
        try {
          yield { ok: true, article: articleFromJsonLine(JSON.stringify(whole[i]), where) };
        } catch (err) {
          yield failure(where, err);
        }
      }
      return;
    }
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() === '') continue;
      const where = `${input}:${i + 1}`;
      try {
        yield { ok: true, article: articleFromJsonLine(lines[i], where) };
      } catch (err) {
        yield failure(where, err);
      }
    }
    return;
  }
  if (kind === 'html') {
    const url = finalUrl ?? (isUrl(input) ? input : null);
    yield { ok: true, article: articleFromHtml(text, { input, url }) };
    return;
  }
  if (kind === 'feed') {
    const feed = parseFeedText(text, input);
    if (feed.items.length === 0) throw new InputError('INPUT_EMPTY', input, 'feed has no items');
    for (let i = 0; i < feed.items.length; i++) {
      const item = feed.items[i];
      const where = `${input}#${i + 1}`;
      try {
        if (isTeaser(item) && item.link && isUrl(item.link) && (options.fetchFeedLinks ?? true)) {
          // A teaser whose page cannot be fetched still yields the teaser: the feed item is real, only shorter.
          const page = await fetchUrl(item.link, options).catch(() => null);
          if (page) {
            const { text: html } = decodeBytes(page.bytes, item.link, page.charset);
            const a = articleFromHtml(html, { input: where, url: page.url });
            yield {
              ok: true,
              article: makeArticle({
                ...a,
                id: null,
                title: a.title ?? item.title,
                byline: a.byline ?? item.author,
                published: a.published ?? item.published,
                source: a.source ?? feed.title,
                input: where,
              }),
            };
            continue;
          }
        }
        yield { ok: true, article: articleFromFeedItem(item, feed.title, where) };
      } catch (err) {
        yield failure(where, err);
      }
    }
    return;
  }
  yield { ok: true, article: articleFromText(text, { input }) };
}
