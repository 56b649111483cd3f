// Public face of analysis: the default pipeline, `Article -> Analysis` as a pure function.
import { createPipeline, Doc, type Article, type DocContext, type Pipeline } from '../core/index.js';
import { nlpStage } from '../nlp/index.js';
import { actorsStage } from '../actors/index.js';
import { quotesStage } from '../quotes/index.js';
import { eventsStage } from '../events/index.js';
import { toV1, type V1Output } from '../contract/index.js';

/** Options for one analysis run. */
export interface AnalyzeOptions {
  /** Reference date for relative dates, `YYYY-MM-DD`; defaults to the article's `published`. */
  readonly referenceDate?: string | null;
  /** Extra per-run context for stages (e.g. a user actor dictionary under `actorDictionary`). */
  readonly context?: Omit<DocContext, 'referenceDate'>;
  /** Add each event's and quote's `why` to the output. Default false. */
  readonly explain?: boolean;
}

let defaultPipeline: Pipeline | null = null;

/** The full pipeline: nlp → actors → quotes → events. */
export function pipeline(): Pipeline {
  defaultPipeline ??= createPipeline([nlpStage, actorsStage, quotesStage, eventsStage]);
  return defaultPipeline;
}

/** The bare pipeline (tokens, sentences, POS), for benchmarks. */
export function barePipeline(): Pipeline {
  return createPipeline([nlpStage]);
}

/** Run the pipeline over an article and return the annotated Doc. */
export function analyzeDoc(article: Article, options: AnalyzeOptions = {}): Doc {
  const doc = new Doc(article, { ...options.context, referenceDate: options.referenceDate ?? article.published ?? null });
  return pipeline().run(doc);
}

/** Analyze an article into a `standpoint/v1` object. Deterministic; no network. */
export function analyze(article: Article, options: AnalyzeOptions = {}): V1Output {
  return toV1(analyzeDoc(article, options), { explain: options.explain ?? false });
}
