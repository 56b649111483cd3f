// `standpoint ingest`: read inputs, analyze them in parallel, and store them, incrementally and idempotently.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readInputs } from '../../ingest/index.js';
import { ingestInto, type IngestSummary } from '../../workers/index.js';
import { Progress, reportFailure } from '../output.js';
import { actorsContext, addInputOptions, ingestOptions, positiveInt, type InputFlags } from '../options.js';
import { archiveOptions, withStore } from './query-common.js';

interface IngestFlags extends InputFlags {
  db?: string;
  jobs?: number;
  actors?: string;
  json?: boolean;
}

const nonNegativeInt = (v: string): number => (v === '0' ? 0 : positiveInt(v));

/** About how many articles the inputs hold, for the ETA: files in directories, lines in JSONL; null when unknown. */
async function estimateTotal(inputs: readonly string[], jsonl: boolean): Promise<number | null> {
  let total = 0;
  const countLines = (path: string): Promise<number> =>
    new Promise((resolve) => {
      let n = 0;
      createReadStream(path)
        .on('data', (b) => {
          for (const byte of b as Buffer) if (byte === 10) n++;
        })
        .on('end', () => resolve(n))
        .on('error', () => resolve(0));
    });
  const walk = async (p: string): Promise<void> => {
    const s = await stat(p).catch(() => null);
    if (!s) return void total++;
    if (s.isDirectory()) {
      for (const e of await readdir(p)) if (!e.startsWith('.')) await walk(join(p, e));
    } else if (jsonl || p.endsWith('.jsonl')) total += await countLines(p);
    else total++;
  };
  for (const i of inputs) {
    if (i === '-') return null;
    if (/^https?:/i.test(i)) total++;
    else await walk(i);
  }
  return total;
}

/** The summary line and reasons, as printed on stderr. */
export function summaryText(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` · ${((s.new + s.version) / s.seconds).toFixed(1)} articles/s` : '';
  const head = `ingest: ${s.read} read · ${s.new} new · ${s.version} new versions · ${s.unchanged} unchanged · ${s.failed} failed (${s.seconds.toFixed(1)} s${rate})`;
  return [head, ...s.failures.map((f) => `  failed: ${f.input}: ${f.reason}`)].join('\n') + '\n';
}

export function registerIngest(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('analyze articles and store them in the archive (incremental: stored articles are skipped)')
    .argument('[inputs...]', 'files, directories, URLs, feeds, JSONL, or - for stdin', [])
    .option('-j, --jobs <n>', 'analysis worker threads (default: number of cores; 0 = no workers)', nonNegativeInt)
    .option('--actors <file>', 'a user actor dictionary for the analysis')
    .option('--json', 'print the summary as JSON on stdout');
  archiveOptions(addInputOptions(cmd), false).addHelpText('after', `
Examples:
  standpoint ingest examples/articles/
  standpoint ingest --db news.db --jobs 4 --input jsonl articles.jsonl
Rerunning is safe: articles already stored are skipped; a changed text at a stored URL becomes a new version.`);
  cmd.action(async (inputs: string[], flags: IngestFlags) => {
    if (inputs.length === 0) inputs = ['-'];
    const context = actorsContext(flags.actors);
    const total = await estimateTotal(inputs, flags.input === 'jsonl');
    const progress = new Progress('ingest', total);
    const summary = await withStore(flags.db, (store) =>
      ingestInto(
        store,
        readInputs(inputs, ingestOptions(flags)),
        {
          jobs: flags.jobs,
          context,
          onOutcome: (o) => {
            if (!o.ok) reportFailure(new Error(`${o.input}: ${o.reason}`));
            progress.tick(o.ok);
          },
        },
      ),
    );
    progress.end();
    process.stderr.write(summaryText(summary));
    if (flags.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    if (summary.failed > 0) process.exitCode = 1;
  });
}
