// `standpoint stance`: where an actor stands toward another actor or on an issue, over time, with evidence.
import type { Command } from 'commander';
import { StandpointError } from '../../core/index.js';
import type { StanceSeries } from '../../store/index.js';
import { isoDate, oneOf, positiveInt } from '../options.js';
import { archiveOptions, renderRows, withStore, type Column, type TableFormat } from './query-common.js';

type PointRow = StanceSeries['points'][number];
const COLUMNS: Column<PointRow>[] = [
  { header: 'period', get: (p) => p.period, width: 10 },
  { header: 'start', get: (p) => p.start, width: 10 },
  { header: 'score', get: (p) => p.score, width: 6 },
  { header: 'weight', get: (p) => p.weight, width: 6 },
  { header: 'events', get: (p) => p.events, width: 6 },
  { header: 'quotes', get: (p) => p.quotes, width: 6 },
  { header: 'stories', get: (p) => p.stories, width: 7 },
];

/** The table view: one line per period, then its evidence indented. */
export function stanceTable(s: StanceSeries, evidence: boolean): string {
  const other = s.toward ? `toward ${s.toward.name} (${s.toward.id})` : `on "${s.issue?.query}" = ${[...(s.issue?.actors ?? []).map((a) => a.name), ...(s.issue?.terms ?? [])].join(' + ')}`;
  const o = s.overall;
  const out = [`${s.actor.name} (${s.actor.id}) ${other}, by ${s.by}`, `overall: score ${o.score ?? '–'} · weight ${o.weight} · ${o.events} events · ${o.quotes} quotes · ${o.stories} stories`, ''];
  if (s.points.length === 0) return out.join('\n') + '(no evidence)\n';
  out.push(renderRows(s.points, COLUMNS, 'table').trimEnd());
  if (evidence) {
    for (const p of s.points) {
      out.push('', `${p.period}:`);
      for (const e of p.evidence) {
        const text = e.text.replace(/\s+/g, ' ');
        out.push(`  ${e.counted ? '✓' : '·'} ${e.date ?? ''} ${e.why} [w ${e.weight}]${e.counted ? '' : ' (not counted: the same act or statement already counts for this story)'}`);
        out.push(`      "${text.length > 140 ? text.slice(0, 139) + '…' : text}" — ${e.outlet ?? e.title ?? e.article}`);
      }
    }
  }
  return out.join('\n') + '\n';
}

export function registerStance(program: Command): void {
  const cmd = program
    .command('stance')
    .description('stance of an actor toward another actor or on an issue: PLOVER scores and quote polarity over time')
    .argument('<actor>', 'name, alias, code or registry id')
    .option('--toward <actor>', 'the other actor')
    .option('--on <issue>', 'an issue: "Russia war", or "Russia + Ukraine + war|invasion"')
    .option('--by <period>', 'day, week or month', oneOf('day', 'week', 'month'), 'week')
    .option('--since <date>', 'from this date (YYYY-MM-DD)', isoDate)
    .option('--until <date>', 'up to this date (YYYY-MM-DD)', isoDate)
    .option('--evidence <n>', 'evidence items kept per period (default 20)', positiveInt)
    .option('--no-evidence-table', 'table format: print only the series');
  archiveOptions(cmd).addHelpText('after', `
Examples:
  standpoint stance China --toward "United States" --by week
  standpoint stance China --on "Russia war" --by month --format json`);
  cmd.action(async (actor: string, f: { toward?: string; on?: string; by: 'day' | 'week' | 'month'; since?: string; until?: string; evidence?: number; evidenceTable: boolean; db?: string; format: TableFormat }) => {
    if (!f.toward === !f.on) throw new StandpointError('USAGE', 'stance needs exactly one of --toward ACTOR or --on ISSUE');
    const series = await withStore(f.db, (s) => s.stance({ actor, toward: f.toward, on: f.on, by: f.by, since: f.since, until: f.until, evidencePerPoint: f.evidence }), true);
    if (f.format === 'json') process.stdout.write(JSON.stringify(series, null, 2) + '\n');
    else if (f.format === 'jsonl') process.stdout.write(series.points.map((p) => JSON.stringify(p)).join('\n') + (series.points.length ? '\n' : ''));
    else if (f.format === 'csv') process.stdout.write(renderRows(series.points, COLUMNS, 'csv'));
    else process.stdout.write(stanceTable(series, f.evidenceTable));
  });
}
