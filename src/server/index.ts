// Public face of the server: `createApp` (the Hono app) and `startServer` (listen on a host and port).
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { StandpointError } from '../core/index.js';
import { createApp, type AppOptions } from './app.js';

export { createApp, CONTENT_SECURITY_POLICY, type AppOptions } from './app.js';
export { ingestArticle, ingestPaths, type IngestOutcome, type FetchPolicy, type Analyzer } from './articles.js';
export { escapeHtml, html } from './html.js';

/** Options for `startServer`: the app's, plus where to listen. */
export interface ServerOptions extends AppOptions {
  /** Interface to bind. Default `127.0.0.1`. Anything but loopback needs a `token`. */
  readonly host?: string;
  /** Port; 0 picks a free one. Default 8080. */
  readonly port?: number;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Listen and serve. Refuses to bind beyond loopback without a token, since writes would be open to the network. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.token) {
    throw new StandpointError('USAGE', `binding to ${host} exposes the write endpoints: give --token or set STANDPOINT_TOKEN`);
  }
  const app = createApp(options);
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
