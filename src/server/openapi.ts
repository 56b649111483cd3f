// The OpenAPI 3.1 document for /api/v1, with request schemas generated from the same zod schemas that validate.
import { z } from 'zod';
import * as s from './schemas.js';

type Json = Record<string, unknown>;

const toSchema = (schema: z.ZodType): Json =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;

/** Query parameters from a zod object schema. */
function parameters(schema: z.ZodType): Json[] {
  const js = toSchema(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, sch]) => ({
    name,
    in: 'query',
    required: (js.required ?? []).includes(name),
    schema: sch,
  }));
}

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const ok = (description: string, schema: Json = { type: 'object' }): Json => ({
  description,
  content: { 'application/json': { schema } },
});

const page = (item: string): Json => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: { type: 'object', description: item } }, nextCursor: { type: ['string', 'null'] } },
});

const listing = (summary: string, schema: z.ZodType, item: string): Json => ({
  get: {
    summary,
    parameters: parameters(schema),
    responses: { 200: ok(`a page of ${item}; pass nextCursor as cursor for the next`, page(item)), 400: errorResponse('invalid filter'), 503: errorResponse('no store') },
  },
});

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

/** The document served at `/api/v1/openapi.json`. */
export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Standpoint API',
      version,
      description: 'Who said what, who did what to whom, and where each actor stands. Errors are {error:{code,message}}.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'required for write endpoints when the server is started with --token' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
        AnalyzeBody: toSchema(s.analyzeBody),
        IngestBody: toSchema(s.ingestBody),
        StandpointV1: { type: 'object', description: 'the standpoint/v1 output contract', required: ['schema', 'id', 'text', 'sentences', 'actors', 'quotes', 'events'] },
      },
    },
    paths: {
      '/health': { get: { summary: 'liveness and store counts', responses: { 200: ok('ok') } } },
      '/openapi.json': { get: { summary: 'this document', responses: { 200: ok('OpenAPI 3.1') } } },
      '/analyze': {
        post: {
          summary: 'analyze one article (text, HTML or URL) without storing it',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/AnalyzeBody' } } } },
          responses: {
            200: ok('the analysis', { $ref: '#/components/schemas/StandpointV1' }),
            400: errorResponse('malformed JSON or invalid body'),
            403: errorResponse('URL refused (private address)'),
            413: errorResponse('body too large'),
            415: errorResponse('content-type is not application/json'),
            422: errorResponse('no article in the input'),
            502: errorResponse('URL fetch failed'),
          },
        },
      },
      '/ingest': {
        post: {
          summary: 'analyze and store an article, a URL, or every item of a feed',
          security: [{ token: [] }, {}],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/IngestBody' } } } },
          responses: {
            200: ok('nothing new: {items:[{id,status}]}'),
            201: ok('stored: {items:[{id,status}]}'),
            400: errorResponse('malformed JSON or invalid body'),
            401: errorResponse('missing or wrong token'),
            413: errorResponse('body too large'),
            415: errorResponse('content-type is not application/json'),
            403: errorResponse('URL or feed refused (private address)'),
            422: errorResponse('no article in the input, or every item of a feed failed'),
            502: errorResponse('URL or feed fetch failed'),
          },
        },
      },
      '/articles': listing('list stored articles', s.articlesQuery, 'ArticleRow'),
      '/articles/{id}': { get: { summary: 'one article with text and analysis', parameters: [idParam], responses: { 200: ok('ArticleDetail'), 404: errorResponse('unknown id') } } },
      '/quotes': listing('list quotes', s.quotesQuery, 'QuoteRow'),
      '/events': listing('list events', s.eventsQuery, 'EventRow'),
      '/actors': listing('list registry actors', s.actorsQuery, 'ActorRow'),
      '/actors/{id}': { get: { summary: 'one registry actor', parameters: [idParam], responses: { 200: ok('ActorDetail'), 404: errorResponse('unknown id') } } },
      '/stories': listing('list stories (articles about the same event, rewrites folded)', s.storiesQuery, 'StoryRow'),
      '/stance': {
        get: {
          summary: 'stance series of an actor toward another actor or on an issue, with evidence',
          parameters: parameters(s.stanceQuery),
          responses: { 200: ok('StanceSeries'), 400: errorResponse('invalid query'), 404: errorResponse('unknown actor') },
        },
      },
      '/search': {
        get: {
          summary: 'full-text search over quotes and articles',
          parameters: parameters(s.searchQuery),
          responses: { 200: ok('{items: SearchHit[]}'), 400: errorResponse('invalid query') },
        },
      },
    },
  };
}
