// Shared by the archive commands (ingest, quotes, events, actors, stance, search, stories): --db, --format, tables.
import type { Command } from 'commander';
import { openStore, type Store } from '../../store/index.js';
import { oneOf } from '../options.js';

export type TableFormat = 'table' | 'json' | 'jsonl' | 'csv';

/** Add `--db` and `--format` to an archive command. */
export function archiveOptions(cmd: Command, withFormat = true): Command {
  cmd.option('--db <file>', 'database file (default: env STANDPOINT_DB, else ./standpoint.db)');
  if (withFormat) cmd.option('-f, --format <format>', 'table, json, jsonl or csv', oneOf('table', 'json', 'jsonl', 'csv'), 'table');
  return cmd;
}

/** Open the store named by `--db`, run `fn`, and close it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>, readonly = false): Promise<T> {
  const store = await openStore({ path: db, readonly });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** One column of a table: header and how to get its cell. */
export interface Column<T> {
  readonly header: string;
  readonly get: (row: T) => string | number | boolean | null | undefined;
  /** Most characters shown in a table cell (longer text is cut with …). Default 40. */
  readonly width?: number;
}

const cell = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const csvCell = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Render rows as a table, CSV, JSON or JSONL (JSON/JSONL print the full objects, not just the columns). */
export function renderRows<T>(rows: readonly T[], columns: readonly Column<T>[], format: TableFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  if (format === 'csv') {
    const lines = [columns.map((c) => csvCell(c.header)).join(',')];
    for (const r of rows) lines.push(columns.map((c) => csvCell(cell(c.get(r)))).join(','));
    return lines.join('\n') + '\n';
  }
  if (rows.length === 0) return '(nothing found)\n';
  const cells = rows.map((r) =>
    columns.map((c) => {
      const s = cell(c.get(r)).replace(/\s+/g, ' ');
      const w = c.width ?? 40;
      return s.length > w ? s.slice(0, w - 1) + '…' : s;
    }),
  );
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (xs: string[]): string => xs.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Print rows to stdout, with a note on stderr when more pages exist. */
export function printRows<T>(rows: readonly T[], columns: readonly Column<T>[], format: TableFormat, nextCursor: string | null = null): void {
  process.stdout.write(renderRows(rows, columns, format));
  if (nextCursor && format === 'table') process.stderr.write(`(more: --cursor ${nextCursor})\n`);
}
