// `standpoint analyze`: ingest inputs and print one standpoint/v1 object per article.
import type { Command } from 'commander';
import { analyze } from '../../analysis/index.js';
import { errorMessage, PipelineError } from '../../core/index.js';
import type { V1Output } from '../../contract/index.js';
import { readInputs } from '../../ingest/index.js';
import { ObjectWriter, Progress, reportFailure, type OutputFormat } from '../output.js';
import { actorsContext, addInputOptions, ingestOptions, oneOf, type InputFlags } from '../options.js';
import { prettyAnalysis } from '../pretty.js';

interface AnalyzeFlags extends InputFlags {
  format: OutputFormat;
  actors?: string;
  explain?: boolean;
}

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('analyze articles: actors, quotes and PLOVER events, as standpoint/v1 objects')
    .argument('[inputs...]', 'files, directories, URLs, or - for stdin', [])
    .option('-f, --format <format>', 'json, jsonl or pretty', oneOf('json', 'jsonl', 'pretty'), 'json')
    .option('--actors <file>', 'a user actor dictionary (JSON, or PETRARCH/CAMEO text) that takes precedence')
    .option('--explain', 'add the rule behind each quote and event (`why`)');
  addInputOptions(cmd)
    .addHelpText('after', `
Examples:
  standpoint analyze article.txt
  standpoint analyze --format pretty --published 2022-03-18 article.txt
  standpoint analyze --input jsonl --plain --format jsonl articles.jsonl
  cat page.html | standpoint analyze -`)
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      if (inputs.length === 0) inputs = ['-'];
      const context = actorsContext(flags.actors);
      const writer = new ObjectWriter<V1Output>(flags.format, prettyAnalysis);
      const progress = new Progress('analyze');
      for await (const r of readInputs(inputs, ingestOptions(flags))) {
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
