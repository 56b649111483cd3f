// Fetching URLs safely: timeout, size cap, redirect limit, charset detection, and no private addresses by default.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { InputError } from '../core/index.js';

export interface FetchOptions {
  /** Abort after this long. Default 15000. */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this. Default 20 MiB. */
  readonly maxBytes?: number;
  /** Follow at most this many redirects. Default 5. */
  readonly maxRedirects?: number;
  /** Allow loopback, private and link-local addresses (tests use 127.0.0.1). Default false. */
  readonly allowPrivateNetwork?: boolean;
}

export interface Fetched {
  readonly url: string;
  readonly status: number;
  readonly contentType: string | null;
  readonly charset: string | null;
  readonly bytes: Uint8Array;
}

/** True for loopback, private, link-local, CGNAT, multicast and unspecified addresses (v4 and v6). */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return (
      a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224
    );
  }
  const v6 = ip.toLowerCase();
  if (v6 === '::1' || v6 === '::') return true;
  const mapped = v6.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return isPrivateAddress(mapped[1]);
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(v6);
}

async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new InputError('FETCH_FAILED', url.href, `cannot resolve host ${host}`);
  const bad = addresses.find(isPrivateAddress);
  if (bad) {
    throw new InputError(
      'FETCH_FORBIDDEN',
      url.href,
      `refusing to fetch a private, loopback or link-local address (${bad}); pass --allow-private-network to allow it`,
    );
  }
}

/** Fetch a URL with the limits above. Redirects are followed by hand so each hop is checked. */
export async function fetchUrl(href: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 15000;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new InputError('INPUT_MALFORMED', href, 'not a valid URL');
  }
  const signal = AbortSignal.timeout(timeoutMs);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InputError('INPUT_UNSUPPORTED', url.href, `unsupported protocol ${url.protocol}`);
    }
    await checkHost(url, options.allowPrivateNetwork ?? false);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'Standpoint/0.1 (+news analysis)', accept: 'text/html,application/xhtml+xml,application/xml,application/rss+xml,application/atom+xml,application/json;q=0.9,*/*;q=0.5' },
      });
    } catch (err) {
      if (signal.aborted) throw new InputError('FETCH_TIMEOUT', href, `timed out after ${timeoutMs} ms`, { cause: err });
      throw new InputError('FETCH_FAILED', href, `cannot fetch: ${(err as Error).cause ?? (err as Error).message}`, { cause: err });
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      if (hop >= maxRedirects) throw new InputError('FETCH_FAILED', href, `more than ${maxRedirects} redirects`);
      url = new URL(res.headers.get('location')!, url);
      await res.body?.cancel();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError('FETCH_FAILED', href, `HTTP ${res.status}`);
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new InputError('INPUT_TOO_LARGE', href, `response is ${declared} bytes, over the ${maxBytes}-byte cap`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          throw new InputError('INPUT_TOO_LARGE', href, `response is over the ${maxBytes}-byte cap`);
        }
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (signal.aborted) throw new InputError('FETCH_TIMEOUT', href, `timed out after ${timeoutMs} ms`, { cause: err });
      throw new InputError('FETCH_FAILED', href, `connection failed: ${(err as Error).message}`, { cause: err });
    }
    const contentType = res.headers.get('content-type');
    const charset = contentType?.match(/charset=([^;\s]+)/i)?.[1] ?? null;
    return { url: url.href, status: res.status, contentType, charset, bytes: Buffer.concat(chunks) };
  }
}
