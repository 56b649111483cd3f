// Public face of workers: the analysis thread pool and the streaming ingest that feeds a store.
export { AnalyzerPool, type PoolOptions } from './pool.js';
export { ingestInto, type IngestOutcome, type IngestRunOptions, type IngestSummary } from './ingest.js';
