// Credit lines at the foot of wire copy: "(Reporting by Ana Ribeiro in Brasilia; Editing by Tom Hale)".
import type { ArticleContext } from './article-context.js';

/** A credit line's openings, and the title each gives the names after it. */
const CREDITS: readonly [RegExp, string][] = [
  [/^(?:additional\s+)?reporting\s+by$/i, 'Reporter'],
  [/^(?:writing|written|compiled)\s+by$/i, 'Writer'],
  [/^editing\s+by$/i, 'Editor'],
];
/** Any of the openings, as found in running text. */
const OPENING = CREDITS.map(([re]) => re.source.slice(1, -1)).join('|');
/** A sentence that opens with a credit ("(Reporting by …"). */
const OPENS = new RegExp(`^\\s*\\(?\\s*(${OPENING})\\b`, 'i');
/** Every credit opening in a line, at its start or after ";" or "(". */
const HEADINGS = new RegExp(`(?:^|[;(]\\s*)(${OPENING})\\b`, 'gi');

/** "(Associated Press writer Farhan Riaz contributed from Attock.)": a staff credit in a sentence of its own. */
const CONTRIBUTED = /\b(writers?|reporters?|correspondents?)\b[^.;]*\bcontributed\b/i;

/**
 * The people a credit line names are the outlet's journalists: persons, sector MED, titled Reporter, Writer or
 * Editor, whatever their names look like elsewhere ("Helen Marsh in Washington" is no place). Places after "in" and
 * "from" stay places.
 */
export function creditLines(ctx: ArticleContext): void {
  const text = ctx.doc.text;
  for (const sent of ctx.doc.get('sentences')) {
    const body = text.slice(sent.start, sent.end);
    const open = OPENS.exec(body);
    const staff = !open && /^\s*\(/.test(body) && CONTRIBUTED.test(body);
    if (!open && !staff) continue;
    for (const c of ctx.out) {
      if (c.start < sent.start || c.end > sent.end || c.how === 'pronoun') continue;
      if (c.entry && c.entry.type !== 'person') continue;
      const before = text.slice(sent.start, c.start);
      // (Not the place a reporter filed from: "… in Washington", "… from Attock".)
      if (/\b(?:in|from|at)\s+$/i.test(before)) continue;
      const heading = [...before.matchAll(HEADINGS)].at(-1)?.[1] ?? '';
      const title = CREDITS.find(([re]) => re.test(heading.replace(/\s+/g, ' ')))?.[1] ?? (staff ? 'Writer' : null);
      if (!title) continue;
      // ("Writing by Paul Grant": a surname spelled like a common word is still the name's.)
      let k = ctx.tokenAt(c.end);
      while (k < ctx.tokens.length && ctx.tokens[k].start === ctx.tokens[k - 1].end + 1 && ctx.tokens[k].end <= sent.end && /^\p{Lu}\p{Ll}/u.test(ctx.tokens[k].text) && k - ctx.tokenAt(c.start) < 4) k++;
      const end = ctx.tokens[k - 1].end;
      const name = end > c.end ? text.slice(c.start, end) : c.name;
      Object.assign(c, { kind: 'person', name, end, sector: 'MED', title, weak: false, why: c.why + ', named in a credit line' });
    }
  }
}
