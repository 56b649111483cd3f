// `standpoint actors`: the cross-article actor registry.
import type { Command } from 'commander';
import type { ActorRow } from '../../store/index.js';
import { positiveInt } from '../options.js';
import { archiveOptions, printRows, withStore, type Column, type TableFormat } from './query-common.js';

const COLUMNS: Column<ActorRow>[] = [
  { header: 'id', get: (a) => a.id, width: 32 },
  { header: 'name', get: (a) => a.name, width: 28 },
  { header: 'kind', get: (a) => a.actorKind, width: 12 },
  { header: 'country', get: (a) => a.country, width: 7 },
  { header: 'sector', get: (a) => a.sector, width: 6 },
  { header: 'articles', get: (a) => a.articles, width: 8 },
  { header: 'aliases', get: (a) => a.aliases.join('; '), width: 50 },
];

export function registerActors(program: Command): void {
  const cmd = program
    .command('actors')
    .description('list registry actors (most articles first)')
    .option('--search <text>', 'part of a name or alias')
    .option('--country <code>', 'ISO alpha-3 or IGO code')
    .option('--resolve <name>', 'show what an actor argument resolves to, best first')
    .option('--limit <n>', 'rows per page (default 50)', positiveInt)
    .option('--cursor <cursor>', 'continue after a previous page');
  archiveOptions(cmd).action(async (f: { search?: string; country?: string; resolve?: string; limit?: number; cursor?: string; db?: string; format: TableFormat }) => {
    await withStore(f.db, async (s) => {
      if (f.resolve) return printRows(await s.resolveActor(f.resolve), COLUMNS, f.format);
      const page = await s.listActors({ search: f.search, country: f.country, limit: f.limit, cursor: f.cursor });
      printRows(page.items, COLUMNS, f.format, page.nextCursor);
    }, true);
  });
}
