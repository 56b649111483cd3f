// Public face of the actors stage: mentions of people, organizations, countries and groups, resolved to actors.
import type { Stage } from '../core/index.js';

/** Writes `actors`. */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['sentences', 'tokens'],
  assigns: ['actors'],
  run(doc) {
    doc.set('actors', []);
  },
};
