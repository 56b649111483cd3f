// Public face of the events stage: PLOVER-coded political events.
import type { Stage } from '../core/index.js';

/** Writes `events`. */
export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'actors', 'quotes'],
  assigns: ['events'],
  run(doc) {
    doc.set('events', []);
  },
};
