// Public face of the NLP stage: paragraphs, sentences, tokens and POS tags.
import type { Stage } from '../core/index.js';
import { tokenize } from './tokenize.js';

export { tokenize, splitParagraphs, type TokenizeResult } from './tokenize.js';
export { wink } from './wink.js';

/** Writes `paragraphs`, `sentences` and `tokens`. */
export const nlpStage: Stage = {
  name: 'nlp',
  requires: [],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run(doc) {
    const { paragraphs, sentences, tokens } = tokenize(doc.text);
    doc.set('paragraphs', paragraphs);
    doc.set('sentences', sentences);
    doc.set('tokens', tokens);
  },
};
