// `standpoint extract`: ingest only, printing the article fields.
import type { Command } from 'commander';
import type { Article } from '../../core/index.js';
import { readInputs } from '../../ingest/index.js';
import { ObjectWriter, Progress, reportFailure, type OutputFormat } from '../output.js';
import { isoDate, oneOf, positiveInt } from '../options.js';

interface ExtractFlags {
  format: OutputFormat;
  plain?: boolean;
  published?: string;
  input: 'auto' | 'jsonl';
  allowPrivateNetwork?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  followLinks: boolean;
}

function prettyArticle(a: Article): string {
  const meta = [a.source, a.published, a.byline].filter(Boolean).join(' · ');
  return `# ${a.title ?? '(untitled)'}\n${meta ? meta + '\n' : ''}${a.url ? a.url + '\n' : ''}id ${a.id}\n\n${a.text}\n`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('ingest only: print each article\'s fields (id, url, source, title, byline, published, text)')
    .argument('[inputs...]', 'HTML files, feeds, text files, directories, URLs, or - for stdin', [])
    .option('-f, --format <format>', 'json, jsonl or pretty', oneOf('json', 'jsonl', 'pretty'), 'json')
    .option('--plain', 'the input is already the body: no cleaning')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', isoDate)
    .option('--input <kind>', 'read inputs as jsonl', oneOf('auto', 'jsonl'), 'auto')
    .option('--allow-private-network', 'allow fetching loopback and private addresses')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes (default 20 MiB)', positiveInt)
    .option('--timeout-ms <n>', 'URL fetch timeout in milliseconds (default 15000)', positiveInt)
    .option('--no-follow-links', 'do not fetch the linked page of feed items that carry only a teaser')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      if (inputs.length === 0) inputs = ['-'];
      const writer = new ObjectWriter<Article>(flags.format, prettyArticle);
      const progress = new Progress('extract');
      for await (const r of readInputs(inputs, {
        plain: flags.plain,
        inputFormat: flags.input,
        published: flags.published ?? null,
        allowPrivateNetwork: flags.allowPrivateNetwork,
        maxBytes: flags.maxBytes,
        timeoutMs: flags.timeoutMs,
        fetchFeedLinks: flags.followLinks,
      })) {
        if (r.ok) writer.write(r.article);
        else reportFailure(r.error);
        progress.tick(r.ok);
      }
      progress.end();
      writer.end();
      if (progress.failed > 0) process.exitCode = 1;
    });
}
