// `standpoint serve`: the HTTP API and web UI over a store, optionally ingesting inputs first.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { Article } from '../../core/index.js';
import { readInputs } from '../../ingest/index.js';
import { openStore, defaultStorePath } from '../../store/index.js';
import { startServer } from '../../server/index.js';
import { AnalyzerPool, ingestInto } from '../../workers/index.js';

interface ServeFlags {
  db?: string;
  port: number;
  host: string;
  token?: string;
  ingest?: string[];
  allowPrivateNetwork?: boolean;
  maxBodyBytes?: number;
  jobs?: number;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0-65535');
  return n;
}

function jobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 256) throw new InvalidArgumentError('expected a thread count 0-256');
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
    .option('-j, --jobs <n>', 'analysis worker threads (default: number of cores; 0 analyzes on the request thread)', jobs)
    .action(async (flags: ServeFlags) => {
      const token = flags.token || process.env.STANDPOINT_TOKEN || null;
      const store = await openStore({ path: flags.db ?? defaultStorePath() });
      if (flags.ingest?.length) {
        // Analysis runs on worker threads; articles already stored are skipped, so a rerun starts at once.
        const summary = await ingestInto(store, readInputs(flags.ingest, { allowPrivateNetwork: flags.allowPrivateNetwork }), { jobs: flags.jobs });
        for (const f of summary.failures) process.stderr.write(`standpoint: ${f.input}: ${f.reason}\n`);
        process.stderr.write(
          `standpoint serve: ingested ${summary.read} articles (${summary.new} new, ${summary.unchanged} unchanged, ${summary.version} new versions, ${summary.failed} failed) in ${summary.seconds.toFixed(1)} s\n`,
        );
      }
      // Request-time analysis (POST /analyze, /ingest) also runs on workers, started on first use.
      const workers: { pool: AnalyzerPool | null } = { pool: null };
      const analyzer = flags.jobs === 0 ? undefined : (article: Article) => (workers.pool ??= new AnalyzerPool({ jobs: flags.jobs })).analyze(article);
      let server;
      try {
        server = await startServer({
          store,
          host: flags.host,
          port: flags.port,
          token,
          maxBodyBytes: flags.maxBodyBytes,
          fetchPolicy: { allowPrivateNetwork: flags.allowPrivateNetwork ?? false },
          analyzer,
        });
      } catch (err) {
        await workers.pool?.close();
        await store.close();
        throw err;
      }
      process.stderr.write(`standpoint serve: ${server.url}/ (API at ${server.url}/api/v1, store ${store.location})\n`);
      const stop = async () => {
        await server.close();
        await workers.pool?.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
