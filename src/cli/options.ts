// Option parsing shared by commands.
import { InvalidArgumentError, type Command } from 'commander';
import type { IngestOptions } from '../ingest/index.js';
import { lexiconFor } from '../actors/index.js';
import { StandpointError } from '../core/index.js';

/** A positive integer option. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive integer, got "${value}"`);
  return n;
}

/** A `YYYY-MM-DD` date option. */
export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** One of a fixed set of values. */
export function oneOf<T extends string>(...values: T[]): (value: string) => T {
  return (value: string) => {
    if (!(values as string[]).includes(value)) {
      throw new InvalidArgumentError(`expected one of ${values.join(', ')}, got "${value}"`);
    }
    return value as T;
  };
}

/** Flags every command that reads inputs shares (analyze, extract, ingest). */
export interface InputFlags {
  plain?: boolean;
  published?: string;
  input: 'auto' | 'jsonl';
  allowPrivateNetwork?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  followLinks: boolean;
}

/** Add the input-reading options to a command. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('--plain', 'the input is already the body: no cleaning, offsets index the file exactly')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles that carry none', isoDate)
    .option('--input <kind>', 'read inputs as jsonl ({id?, text, title?, source?, published?, url?} a line)', oneOf('auto', 'jsonl'), 'auto')
    .option('--allow-private-network', 'allow fetching loopback and private addresses')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes (default 20 MiB)', positiveInt)
    .option('--timeout-ms <n>', 'URL fetch timeout in milliseconds (default 15000)', positiveInt)
    .option('--no-follow-links', 'do not fetch the linked page of feed items that carry only a teaser');
}

/** The `readInputs` options those flags stand for. */
export function ingestOptions(flags: InputFlags): IngestOptions {
  return {
    plain: flags.plain,
    inputFormat: flags.input,
    published: flags.published ?? null,
    allowPrivateNetwork: flags.allowPrivateNetwork,
    maxBytes: flags.maxBytes,
    timeoutMs: flags.timeoutMs,
    fetchFeedLinks: flags.followLinks,
  };
}

/**
 * The analysis context for `--actors FILE`: the dictionary is read and validated once, up front, so a bad file stops
 * the run with one error naming it (exit 2) instead of failing every article.
 */
export function actorsContext(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    lexiconFor({ actorsFile: file });
  } catch (err) {
    throw new StandpointError('USAGE', `--actors ${(err as Error).message.startsWith(file) ? '' : `${file}: `}${(err as Error).message}`, { cause: err });
  }
  return { actorsFile: file };
}
