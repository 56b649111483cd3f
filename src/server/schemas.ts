// zod schemas for every request body and query string the API accepts.
import { z } from 'zod';
import { PLOVER_TYPES } from '../core/index.js';

/** `YYYY-MM-DD` that is a real calendar day. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

const shortText = z.string().trim().min(1).max(500);
const httpUrl = z
  .string()
  .max(2048)
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), 'expected an http(s) URL');

/** Body of `POST /analyze`: exactly one of `text`, `html`, `url`. */
export const analyzeBody = z
  .object({
    text: z.string().min(1).optional(),
    html: z.string().min(1).optional(),
    url: httpUrl.optional(),
    title: shortText.optional(),
    source: shortText.optional(),
    published: isoDay.optional(),
    /** The text is already the body: not cleaned, offsets index it exactly. */
    plain: z.boolean().optional(),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, html or url',
  });
export type AnalyzeBody = z.infer<typeof analyzeBody>;

/** Body of `POST /ingest`: an article like `/analyze`, or `{feed: url}`. */
export const ingestBody = z.union([
  z.object({ feed: httpUrl }).strict(),
  analyzeBody,
]);
export type IngestBody = z.infer<typeof ingestBody>;

const limit = z.coerce.number().int().min(1).max(1000).optional();
const cursor = z.string().min(1).max(500).optional();
const dates = { since: isoDay.optional(), until: isoDay.optional() };
const name = z.string().trim().min(1).max(200).optional();

export const articlesQuery = z.object({ ...dates, limit, cursor, outlet: name, story: name, allVersions: z.enum(['true', 'false']).optional() }).strict();
export const quotesQuery = z.object({ ...dates, limit, cursor, by: name, about: name, article: name, story: name }).strict();
export const eventsQuery = z
  .object({
    ...dates,
    limit,
    cursor,
    source: name,
    target: name,
    actor: name,
    article: name,
    story: name,
    type: z
      .string()
      .transform((s) => s.split(',').map((t) => t.trim().toUpperCase()))
      .pipe(z.array(z.enum(PLOVER_TYPES)).min(1))
      .optional(),
  })
  .strict();
export const actorsQuery = z
  .object({
    limit,
    cursor,
    search: name,
    kind: z.enum(['person', 'organization', 'country', 'group', 'place']).optional(),
    country: z.string().regex(/^[A-Za-z]{2,6}$/, 'expected a country or IGO code').optional(),
  })
  .strict();
export const storiesQuery = z.object({ ...dates, limit, cursor, minArticles: z.coerce.number().int().min(1).max(10000).optional() }).strict();
export const stanceQuery = z
  .object({
    ...dates,
    actor: z.string().trim().min(1).max(200),
    toward: name,
    on: z.string().trim().min(1).max(300).optional(),
    by: z.enum(['day', 'week', 'month']).optional(),
    evidence: z.coerce.number().int().min(0).max(200).optional(),
  })
  .strict()
  .refine((q) => (q.toward === undefined) !== (q.on === undefined), { message: 'give exactly one of toward or on' });
export const searchQuery = z
  .object({
    q: z.string().trim().min(1).max(300),
    in: z.enum(['all', 'articles', 'quotes']).optional(),
    limit,
  })
  .strict();

/** Query of the relations page: an optional date window. */
export const relationsQuery = z.object({ ...dates }).strict();
