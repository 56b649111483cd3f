// The Hono application: security headers, body limits, errors, the /api/v1 router, static assets and the web pages.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { Store } from '../store/index.js';
import { ApiError, describeUnexpected, toErrorResponse } from './api-error.js';
import { apiRoutes } from './api.js';
import type { Analyzer, FetchPolicy } from './articles.js';
import { analyze } from '../analysis/index.js';
import { serveStatic } from './static-files.js';
import { webRoutes } from './web.js';
import { errorPage } from './pages/layout.js';

/** Options for `createApp`. */
export interface AppOptions {
  /** The store behind the read and ingest endpoints; null serves analyze only. */
  readonly store: Store | null;
  /** Token required on write endpoints (`POST /api/v1/ingest`). Default null: writes open (loopback only). */
  readonly token?: string | null;
  /** Largest request body in bytes. Default 2 MiB. */
  readonly maxBodyBytes?: number;
  /** How URLs in bodies are fetched. Default: private addresses refused, 15 s, 5 MiB. */
  readonly fetchPolicy?: FetchPolicy;
  /** How articles are analyzed. Default: `analyze` in this thread; `standpoint serve` passes a worker pool. */
  readonly analyzer?: Analyzer;
  /** Reported by /health and OpenAPI. */
  readonly version?: string;
  /** Where unexpected errors are logged. Default `console.error`. */
  readonly log?: (message: string) => void;
}

/** The Content-Security-Policy of every response: no inline script or style, nothing from other origins. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Build the application. Serve it with `startServer`, or call `app.request()` in tests. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const maxBodyBytes = options.maxBodyBytes ?? 2 * 1024 * 1024;
  const log = options.log ?? ((m: string) => console.error(m));
  const deps = {
    store: options.store,
    token: options.token || null,
    fetchPolicy: options.fetchPolicy ?? {},
    analyzer: options.analyzer ?? analyze,
    version: options.version ?? '0.1.0',
  };

  app.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CONTENT_SECURITY_POLICY);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    c.header('cross-origin-opener-policy', 'same-origin');
  });

  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `request body is over the ${maxBodyBytes}-byte limit`);
      },
    }),
  );

  app.onError((err, c) => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500) log(`standpoint serve: ${c.req.method} ${c.req.path}: ${describeUnexpected(err)}`);
    if (c.req.path.startsWith('/api/')) return c.json(body, status as 400);
    return c.html(errorPage(status, body.error.message).value, status as 400);
  });

  app.route('/api/v1', apiRoutes(deps));
  app.get('/static/*', serveStatic);
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301));
  app.use('/analyze', csrf());
  app.route('/', webRoutes(deps));
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'NOT_FOUND', message: 'no such API endpoint' } }, 404);
    return c.html(errorPage(404, 'No such page.').value, 404);
  });
  return app;
}
