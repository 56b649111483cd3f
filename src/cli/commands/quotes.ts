// `standpoint quotes`: stored quotes, by speaker, topic and date.
import type { Command } from 'commander';
import type { QuoteRow } from '../../store/index.js';
import { isoDate, positiveInt } from '../options.js';
import { archiveOptions, printRows, withStore, type Column, type TableFormat } from './query-common.js';

const COLUMNS: Column<QuoteRow>[] = [
  { header: 'date', get: (q) => q.published, width: 10 },
  { header: 'speaker', get: (q) => q.speaker?.name ?? q.speaker?.text ?? '', width: 24 },
  { header: 'kind', get: (q) => q.quoteKind, width: 8 },
  { header: 'quote', get: (q) => q.text, width: 80 },
  { header: 'outlet', get: (q) => q.outlet, width: 20 },
  { header: 'id', get: (q) => q.id, width: 24 },
];

export function registerQuotes(program: Command): void {
  const cmd = program
    .command('quotes')
    .description('list stored quotes')
    .option('--by <actor>', 'speaker: name, alias, code or registry id')
    .option('--about <text>', 'words the quote contains')
    .option('--since <date>', 'from this date (YYYY-MM-DD)', isoDate)
    .option('--until <date>', 'up to this date (YYYY-MM-DD)', isoDate)
    .option('--story <id>', 'only this story')
    .option('--independent', 'skip reworded copies of wire stories (count sources, not copies)')
    .option('--limit <n>', 'rows per page (default 50)', positiveInt)
    .option('--cursor <cursor>', 'continue after a previous page');
  archiveOptions(cmd).action(async (f: { by?: string; about?: string; since?: string; until?: string; story?: string; independent?: boolean; limit?: number; cursor?: string; db?: string; format: TableFormat }) => {
    const page = await withStore(f.db, (s) => s.listQuotes({ by: f.by, about: f.about, since: f.since, until: f.until, story: f.story, independent: f.independent, limit: f.limit, cursor: f.cursor }), true);
    printRows(page.items, COLUMNS, f.format, page.nextCursor);
  });
}
