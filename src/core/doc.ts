// The Doc: one article's text plus the typed layers that pipeline stages add to it.
import type { Actor, Article, Paragraph, PoliticalEvent, Quote, Sentence, Span, Token } from './model.js';
import { upperBound } from './bounds.js';
import { PipelineError } from './errors.js';

/**
 * Every layer a stage may write, by name. Stages may add private layers with declaration merging:
 * `declare module '../core/doc.js' { interface Layers { chunks: Chunk[] } }`.
 */
export interface Layers {
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  actors: readonly Actor[];
  quotes: readonly Quote[];
  events: readonly PoliticalEvent[];
}

export type LayerName = keyof Layers;

/** Options that travel with a document through the pipeline (user dictionaries, reference date…). */
export interface DocContext {
  /** Reference date for relative dates, `YYYY-MM-DD`. Defaults to the article's `published`. */
  readonly referenceDate?: string | null;
  /** Free-form per-run settings a stage may read; stages document their own keys. */
  readonly [key: string]: unknown;
}

/** An article's text and its analysis layers. `text` never changes; each layer is written once. */
export class Doc {
  readonly article: Article;
  readonly text: string;
  readonly context: DocContext;
  readonly #layers = new Map<LayerName, unknown>();

  constructor(article: Article, context: DocContext = {}) {
    this.article = article;
    this.text = article.text;
    this.context = context;
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  /** A layer's value; throws if no stage has written it yet. */
  get<K extends LayerName>(name: K): Layers[K] {
    if (!this.#layers.has(name)) {
      throw new PipelineError('PIPELINE_INVALID', `layer "${name}" has not been written`, { document: this.article.id });
    }
    return this.#layers.get(name) as Layers[K];
  }

  /** A layer's value, or `fallback` when absent. */
  maybe<K extends LayerName>(name: K, fallback: Layers[K]): Layers[K] {
    return this.#layers.has(name) ? (this.#layers.get(name) as Layers[K]) : fallback;
  }

  /** Write a layer once. */
  set<K extends LayerName>(name: K, value: Layers[K]): void {
    if (this.#layers.has(name)) {
      throw new PipelineError('PIPELINE_INVALID', `layer "${name}" is already written`, { document: this.article.id });
    }
    this.#layers.set(name, value);
  }

  /** The article text covered by a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Tokens overlapping a character span (binary search over the token layer). */
  tokensIn(span: Span): readonly Token[] {
    const tokens = this.get('tokens');
    const out: Token[] = [];
    for (let i = upperBound(tokens, span.start, (t) => t.end); i < tokens.length && tokens[i].start < span.end; i++) out.push(tokens[i]);
    return out;
  }

  /** The index of the sentence that contains a character offset, or -1. */
  sentenceAt(offset: number): number {
    const sentences = this.get('sentences');
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
