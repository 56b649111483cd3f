// `standpoint analyze`: ingest inputs and print one standpoint/v1 object per article.
import type { Command } from 'commander';
import { analyze } from '../../analysis/index.js';
import { errorMessage, PipelineError } from '../../core/index.js';
import type { V1Output } from '../../contract/index.js';
import { readInputs } from '../../ingest/index.js';
import { ObjectWriter, Progress, reportFailure, type OutputFormat } from '../output.js';
import { isoDate, oneOf, positiveInt } from '../options.js';
import { prettyAnalysis } from '../pretty.js';

interface AnalyzeFlags {
  format: OutputFormat;
  plain?: boolean;
  published?: string;
  input: 'auto' | 'jsonl';
  actors?: string;
  explain?: boolean;
  allowPrivateNetwork?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze articles: actors, quotes and PLOVER events, as standpoint/v1 objects')
    .argument('[inputs...]', 'files, directories, URLs, or - for stdin', [])
    .option('-f, --format <format>', 'json, jsonl or pretty', oneOf('json', 'jsonl', 'pretty'), 'json')
    .option('--plain', 'the input is already the body: no cleaning, offsets index the file exactly')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', isoDate)
    .option('--input <kind>', 'read inputs as jsonl ({id?, text, title?, source?, published?, url?} a line)', oneOf('auto', 'jsonl'), 'auto')
    .option('--actors <file>', 'a user actor dictionary (JSON, or PETRARCH/CAMEO text) that takes precedence')
    .option('--explain', 'add the rule behind each quote and event (`why`)')
    .option('--allow-private-network', 'allow fetching loopback and private addresses')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes (default 20 MiB)', positiveInt)
    .option('--timeout-ms <n>', 'URL fetch timeout in milliseconds (default 15000)', positiveInt)
    .addHelpText('after', `
Examples:
  standpoint analyze article.txt
  standpoint analyze --format pretty --published 2022-03-18 article.txt
  standpoint analyze --input jsonl --plain --format jsonl articles.jsonl
  cat page.html | standpoint analyze -`)
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      if (inputs.length === 0) inputs = ['-'];
      const context: Record<string, unknown> = {};
      if (flags.actors) context.actorsFile = flags.actors;
      const writer = new ObjectWriter<V1Output>(flags.format, prettyAnalysis);
      const progress = new Progress('analyze');
      for await (const r of readInputs(inputs, {
        plain: flags.plain,
        inputFormat: flags.input,
        published: flags.published ?? null,
        allowPrivateNetwork: flags.allowPrivateNetwork,
        maxBytes: flags.maxBytes,
        timeoutMs: flags.timeoutMs,
      })) {
        if (!r.ok) {
          reportFailure(r.error);
          progress.tick(false);
          continue;
        }
        try {
          writer.write(analyze(r.article, { explain: flags.explain, context }));
          progress.tick(true);
        } catch (err) {
          if (err instanceof PipelineError && err.code === 'DATA_INVALID') throw err;
          reportFailure(new Error(`${r.article.input ?? r.article.id}: analysis failed: ${errorMessage(err)}`));
          progress.tick(false);
        }
      }
      progress.end();
      writer.end();
      if (progress.failed > 0) process.exitCode = 1;
    });
}
