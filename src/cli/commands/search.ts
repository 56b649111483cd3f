// `standpoint search`: full-text search over stored articles and quotes.
import type { Command } from 'commander';
import type { SearchHit } from '../../store/index.js';
import { oneOf, positiveInt } from '../options.js';
import { archiveOptions, printRows, withStore, type Column, type TableFormat } from './query-common.js';

const COLUMNS: Column<SearchHit>[] = [
  { header: 'kind', get: (h) => h.kind, width: 7 },
  { header: 'date', get: (h) => h.published, width: 10 },
  { header: 'title', get: (h) => h.title, width: 40 },
  { header: 'speaker', get: (h) => (h.kind === 'quote' ? h.speaker?.name ?? h.speaker?.text ?? '' : ''), width: 20 },
  { header: 'snippet', get: (h) => h.snippet, width: 90 },
];

export function registerSearch(program: Command): void {
  const cmd = program
    .command('search')
    .description('full-text search over stored articles and quotes')
    .argument('<text...>', 'words to find (all must occur)')
    .option('--in <what>', 'all, articles or quotes', oneOf('all', 'articles', 'quotes'), 'all')
    .option('--limit <n>', 'most hits (default 20)', positiveInt);
  archiveOptions(cmd).action(async (text: string[], f: { in: 'all' | 'articles' | 'quotes'; limit?: number; db?: string; format: TableFormat }) => {
    const hits = await withStore(f.db, (s) => s.search(text.join(' '), { in: f.in, limit: f.limit }), true);
    printRows(hits, COLUMNS, f.format);
  });
}
