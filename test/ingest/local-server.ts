// A tiny HTTP server on 127.0.0.1 for ingest tests: routes map a path to a handler.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  readonly base: string;
  close(): Promise<void>;
}

/** Start a server on a free port of 127.0.0.1; unknown paths answer 404. */
export async function startServer(routes: Record<string, Route>): Promise<LocalServer> {
  const server: Server = createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0]];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers with a body and headers. */
export const send =
  (body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Route =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };

/** A page body long enough to count as an article. */
export function articleHtml(title: string, paragraphs: readonly string[], head = ''): string {
  return `<!doctype html><html><head><title>${title}</title>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>` +
    `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>` +
    `<footer>© 2024 Example Media. All rights reserved.</footer></body></html>`;
}
