// The stance computation shared by the store drivers: stored events and quotes to a stance series; each driver reads the rows.
import { StandpointError } from '../core/index.js';
import { aggregate, parseIssue, quotePolarity, type StanceItem } from '../stance/index.js';
import { flag } from './rows.js';
import { normalizeName } from './registry.js';
import type { ActorRow, StanceEvidence, StanceQuery, StanceSeries } from './types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>;

/** What a driver reads for a stance series, each in its own SQL. */
export interface StanceSource {
  /** Registry actors an argument may stand for, best first. */
  resolveActor(q: string): Promise<readonly ActorRow[]>;
  /** The registry ids an actor stands for (a country with its state's officials). */
  expand(a: ActorRow): Promise<string[]> | string[];
  /** The normalized name aliases (strength `name`) of these actors. */
  nameNorms(actors: readonly string[]): Promise<string[]>;
  /** Current articles' events whose source is one of these actors, with article id, title, outlet, story, published. */
  events(sources: readonly string[]): Promise<Row[]>;
  /** Current articles' quotes whose speaker is one of these actors, with article id, title, outlet, story, published. */
  quotes(sources: readonly string[]): Promise<Row[]>;
}

/** An actor's stance toward another actor or on an issue, over time, from what a store holds. */
export async function stanceSeries(query: StanceQuery, src: StanceSource): Promise<StanceSeries> {
  const [actor] = await src.resolveActor(query.actor);
  if (!actor) throw new StandpointError('USAGE', `unknown actor "${query.actor}"`);
  const by = query.by ?? 'week';
  const sources = await src.expand(actor);
  let toward: ActorRow | null = null;
  const targets: string[] = [];
  const terms: string[] = [];
  let issueActors: ActorRow[] = [];
  if (query.toward) {
    [toward] = await src.resolveActor(query.toward);
    if (!toward) throw new StandpointError('USAGE', `unknown actor "${query.toward}"`);
    targets.push(...(await src.expand(toward)));
  } else if (query.on) {
    for (const group of parseIssue(query.on).groups) {
      for (const alt of group) {
        const [a] = await src.resolveActor(alt);
        if (a && a.id !== actor.id) issueActors.push(a);
        else if (!a) terms.push(alt.toLowerCase());
      }
    }
    issueActors = issueActors.filter((a, i, all) => all.findIndex((x) => x.id === a.id) === i);
    for (const a of issueActors) targets.push(...(await src.expand(a)));
  } else {
    throw new StandpointError('USAGE', 'stance needs --toward ACTOR or --on ISSUE');
  }
  // Names that stand for the other side, to find quotes that are about it.
  const aliasNorms = new Set<string>();
  if (targets.length) for (const n of await src.nameNorms(targets)) if (n.length >= 3) aliasNorms.add(n);
  const termNorms = terms.map((t) => normalizeName(t)).filter(Boolean);
  const items: StanceItem[] = [];
  const dateOk = (d: string | null): boolean => (!query.since || (d !== null && d >= query.since)) && (!query.until || (d !== null && d <= query.until));
  for (const e of await src.events(sources)) {
    const date = (e.date as string | null) ?? (e.published as string | null);
    if (!dateOk(date)) continue;
    const atTarget = e.target_actor !== null && targets.includes(e.target_actor);
    const onTerms = termNorms.length > 0 && mentions(e.sentence_text, termNorms);
    if (!(atTarget || (query.on && onTerms))) continue;
    const negated = flag(e.negated);
    items.push({
      kind: 'event', id: e.id, article: e.article, title: e.title, outlet: e.outlet, story: e.story, date,
      text: e.sentence_text, raw: e.score, modality: e.modality, negated,
      key: `event|${e.type}|${negated ? 1 : 0}|${e.source_actor}|${e.target_actor ?? ''}`,
      why: `${negated ? 'not ' : ''}${e.type}${e.mode ? `:${e.mode}` : ''} (${e.score > 0 ? '+' : ''}${e.score}) ${e.modality}, "${e.trigger}"${atTarget ? ` toward ${e.target_text}` : ' on the issue'}`,
    });
  }
  for (const q of await src.quotes(sources)) {
    if (!dateOk(q.published)) continue;
    const about = mentions(q.text, aliasNorms) || (query.on !== undefined && query.on !== null && termNorms.length > 0 && mentions(q.text, termNorms));
    if (!about) continue;
    const pol = quotePolarity(q.text);
    if (!pol) continue;
    items.push({
      kind: 'quote', id: q.id, article: q.article, title: q.title, outlet: q.outlet, story: q.story, date: q.published,
      text: q.text, raw: pol.raw, modality: 'asserted', negated: false,
      // The same speaker using the same polar words within one story is one statement, however each copy words it.
      key: `quote|${q.speaker_actor}|${[...pol.words].sort().join(',')}`,
      why: `quote by ${q.speaker_text ?? 'speaker'}: ${pol.words.join(' ')} → ${pol.raw > 0 ? '+' : ''}${pol.raw}`,
    });
  }
  const agg = aggregate(items, by, query.evidencePerPoint ?? 20);
  const evidence = (x: (typeof agg.points)[number]['evidence'][number]): StanceEvidence => ({
    kind: x.kind, id: x.id, article: x.article, title: x.title, outlet: x.outlet, story: x.story, date: x.date, text: x.text,
    raw: x.raw, weight: x.weight, why: x.why + (x.negated ? ' (negated: ×−0.5)' : ''), counted: x.counted,
  });
  return {
    kind: 'StanceSeries',
    actor,
    toward,
    issue: query.on ? { query: query.on, actors: issueActors, terms } : null,
    by,
    points: agg.points.map((p) => ({ ...p, evidence: p.evidence.map(evidence) })),
    overall: agg.overall,
  };
}

/** Whether a text names one of these normalized names as whole words. */
function mentions(text: string, names: Iterable<string>): boolean {
  const hay = ` ${normalizeName(text)} `;
  for (const n of names) if (hay.includes(` ${n} `)) return true;
  return false;
}
