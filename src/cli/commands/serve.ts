// `standpoint serve`: the HTTP API and web UI over a store, optionally ingesting inputs first.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { openStore, defaultStorePath } from '../../store/index.js';
import { ingestPaths, startServer } from '../../server/index.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  token?: string;
  ingest?: string[];
  allowPrivateNetwork?: boolean;
  maxBodyBytes?: number;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535');
  return n;
}

function bytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1024) throw new InvalidArgumentError('expected a byte count of at least 1024');
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/v1) and the web UI over a store')
    .option('--db <file>', 'SQLite store (default: $STANDPOINT_DB or ./standpoint.db)')
    .option('-p, --port <n>', 'port (0 picks a free one)', port, 8080)
    .option('--host <host>', 'interface to bind; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'API token required on write endpoints (default: $STANDPOINT_TOKEN)')
    .option('--ingest <inputs...>', 'ingest these files, directories or URLs into the store before serving')
    .option('--allow-private-network', 'allow fetching loopback and private addresses')
    .option('--max-body-bytes <n>', 'largest request body (default 2 MiB)', bytes)
    .action(async (flags: ServeFlags) => {
      const token = flags.token || process.env.STANDPOINT_TOKEN || null;
      const store = await openStore({ path: flags.db ?? defaultStorePath() });
      if (flags.ingest?.length) {
        const items = await ingestPaths(store, flags.ingest, { allowPrivateNetwork: flags.allowPrivateNetwork });
        const count = (s: string) => items.filter((i) => i.status === s).length;
        for (const i of items) if (i.status === 'failed') process.stderr.write(`standpoint: ${i.input}: ${i.error.message}\n`);
        process.stderr.write(`standpoint serve: ingested ${items.length} articles (${count('new')} new, ${count('unchanged')} unchanged, ${count('version')} new versions, ${count('failed')} failed)\n`);
      }
      let server;
      try {
        server = await startServer({
          store,
          host: flags.host,
          port: flags.port,
          token,
          maxBodyBytes: flags.maxBodyBytes,
          fetchPolicy: { allowPrivateNetwork: flags.allowPrivateNetwork ?? false },
        });
      } catch (err) {
        await store.close();
        throw err;
      }
      process.stderr.write(`standpoint serve: ${server.url}/ (API at ${server.url}/api/v1, store ${store.location})\n`);
      const stop = async () => {
        await server.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
