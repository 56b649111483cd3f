// `standpoint events`: stored PLOVER events, by source, target, type and date.
import type { Command } from 'commander';
import { PLOVER_TYPES, type PloverType } from '../../core/index.js';
import type { EventRow } from '../../store/index.js';
import { isoDate, positiveInt } from '../options.js';
import { archiveOptions, printRows, withStore, type Column, type TableFormat } from './query-common.js';

const COLUMNS: Column<EventRow>[] = [
  { header: 'date', get: (e) => e.date, width: 10 },
  { header: 'source', get: (e) => e.source?.name ?? e.source?.text ?? '', width: 22 },
  { header: 'type', get: (e) => (e.negated ? 'not ' : '') + e.type + (e.mode ? `:${e.mode}` : ''), width: 22 },
  { header: 'target', get: (e) => e.target?.name ?? e.target?.text ?? '', width: 22 },
  { header: 'score', get: (e) => e.score, width: 6 },
  { header: 'modality', get: (e) => e.modality, width: 12 },
  { header: 'sentence', get: (e) => e.sentenceText, width: 70 },
];

function types(v: string): PloverType[] {
  const out = v.split(',').map((t) => t.trim().toUpperCase());
  for (const t of out) if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw new Error(`unknown PLOVER type "${t}" (one of ${PLOVER_TYPES.join(' ')})`);
  return out as PloverType[];
}

export function registerEvents(program: Command): void {
  const cmd = program
    .command('events')
    .description('list stored PLOVER events')
    .option('--source <actor>', 'source actor: name, alias, code or registry id')
    .option('--target <actor>', 'target actor')
    .option('--actor <actor>', 'either side')
    .option('--type <types>', 'PLOVER type(s), comma-separated', types)
    .option('--since <date>', 'from this date (YYYY-MM-DD)', isoDate)
    .option('--until <date>', 'up to this date (YYYY-MM-DD)', isoDate)
    .option('--story <id>', 'only this story')
    .option('--independent', 'skip reworded copies of wire stories (count sources, not copies)')
    .option('--limit <n>', 'rows per page (default 50)', positiveInt)
    .option('--cursor <cursor>', 'continue after a previous page');
  archiveOptions(cmd).action(async (f: { source?: string; target?: string; actor?: string; type?: PloverType[]; since?: string; until?: string; story?: string; independent?: boolean; limit?: number; cursor?: string; db?: string; format: TableFormat }) => {
    const page = await withStore(f.db, (s) => s.listEvents({ source: f.source, target: f.target, actor: f.actor, type: f.type, since: f.since, until: f.until, story: f.story, independent: f.independent, limit: f.limit, cursor: f.cursor }), true);
    printRows(page.items, COLUMNS, f.format, page.nextCursor);
  });
}
