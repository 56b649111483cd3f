// The one place that loads wink-nlp and its English model (loaded lazily, once per thread).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The subset of wink-nlp this project uses. */
export interface WinkItemSet {
  out(f?: unknown): unknown;
}
export interface WinkDoc {
  tokens(): WinkItemSet;
  sentences(): WinkItemSet;
}
export interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let instance: Wink | null = null;

/** The shared wink-nlp instance with wink-eng-lite-web-model. */
export function wink(): Wink {
  if (!instance) {
    const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
    const model = require('wink-eng-lite-web-model') as unknown;
    instance = winkNLP(model);
  }
  return instance;
}
