// `standpoint extract`: ingest only, printing the article fields.
import type { Command } from 'commander';
import type { Article } from '../../core/index.js';
import { readInputs } from '../../ingest/index.js';
import { ObjectWriter, Progress, reportFailure, type OutputFormat } from '../output.js';
import { addInputOptions, ingestOptions, oneOf, type InputFlags } from '../options.js';

interface ExtractFlags extends InputFlags {
  format: OutputFormat;
}

function prettyArticle(a: Article): string {
  const meta = [a.source, a.published, a.byline].filter(Boolean).join(' · ');
  return `# ${a.title ?? '(untitled)'}\n${meta ? meta + '\n' : ''}${a.url ? a.url + '\n' : ''}id ${a.id}\n\n${a.text}\n`;
}

export function registerExtract(program: Command): void {
  const cmd = program
    .command('extract')
    .description('ingest only: print each article\'s fields (id, url, source, title, byline, published, text)')
    .argument('[inputs...]', 'HTML files, feeds, text files, directories, URLs, or - for stdin', [])
    .option('-f, --format <format>', 'json, jsonl or pretty', oneOf('json', 'jsonl', 'pretty'), 'json');
  addInputOptions(cmd)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (inputs.length === 0) inputs = ['-'];
      const writer = new ObjectWriter<Article>(flags.format, prettyArticle);
      const progress = new Progress('extract');
      for await (const r of readInputs(inputs, ingestOptions(flags))) {
        if (r.ok) writer.write(r.article);
        else reportFailure(r.error);
        progress.tick(r.ok);
      }
      progress.end();
      writer.end();
      if (progress.failed > 0) process.exitCode = 1;
    });
}
