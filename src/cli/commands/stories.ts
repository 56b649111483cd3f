// `standpoint stories`: story clusters, with reworded copies folded into independent reports.
import type { Command } from 'commander';
import type { StoryRow } from '../../store/index.js';
import { isoDate, positiveInt } from '../options.js';
import { archiveOptions, printRows, withStore, type Column, type TableFormat } from './query-common.js';

const COLUMNS: Column<StoryRow>[] = [
  { header: 'first', get: (s) => s.firstPublished, width: 10 },
  { header: 'last', get: (s) => s.lastPublished, width: 10 },
  { header: 'articles', get: (s) => s.articles, width: 8 },
  { header: 'independent', get: (s) => s.independent, width: 11 },
  { header: 'outlets', get: (s) => s.outlets, width: 7 },
  { header: 'title', get: (s) => s.title, width: 60 },
  { header: 'id', get: (s) => s.id, width: 20 },
];

export function registerStories(program: Command): void {
  const cmd = program
    .command('stories')
    .description('list story clusters (newest first); reworded wire copies count once under "independent"')
    .option('--min-articles <n>', 'only stories with at least this many articles', positiveInt)
    .option('--since <date>', 'from this date (YYYY-MM-DD)', isoDate)
    .option('--until <date>', 'up to this date (YYYY-MM-DD)', isoDate)
    .option('--limit <n>', 'rows per page (default 50)', positiveInt)
    .option('--cursor <cursor>', 'continue after a previous page');
  archiveOptions(cmd).action(async (f: { minArticles?: number; since?: string; until?: string; limit?: number; cursor?: string; db?: string; format: TableFormat }) => {
    const page = await withStore(f.db, (s) => s.listStories({ minArticles: f.minArticles, since: f.since, until: f.until, limit: f.limit, cursor: f.cursor }), true);
    printRows(page.items, COLUMNS, f.format, page.nextCursor);
  });
}
