// The library: `import { analyze, extract } from 'standpoint'`.
import { readInputs, type IngestOptions, type IngestResult } from './ingest/index.js';
import type { Article } from './core/index.js';

export * from './core/index.js';
export { analyze, analyzeDoc, pipeline, barePipeline, type AnalyzeOptions } from './analysis/index.js';
export { toV1, SCHEMA, type V1Output } from './contract/index.js';
export { readInputs, articleFromText, articleFromHtml, type IngestOptions, type IngestResult } from './ingest/index.js';

/** Ingest only: read inputs (paths, URLs, `-`) into articles, without NLP. Failures come back per item. */
export async function extract(inputs: readonly string[], options: IngestOptions = {}): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of readInputs(inputs, options)) out.push(r);
  return out;
}

export type { Article };
