// Public face of the events stage: PLOVER-coded political events (who did what to whom), found over clause structure.
import type { Doc, PoliticalEvent, Stage } from '../core/index.js';
import { eventsLexicon, type EventsLexicon } from './lexicon.js';
import { matchEvents, type EventCandidate, type MatchOptions } from './match.js';

export { matchEvents, type EventCandidate, type MatchOptions } from './match.js';
export {
  eventsLexicon,
  parseCategories,
  parsePatterns,
  parseModality,
  type EventsLexicon,
  type VerbPattern,
  type NounPattern,
  type CategoryInfo,
  type ModalityWords,
} from './lexicon.js';
export { parseClauses, chunkTokens, type Predicate, type PhraseGroup, type SentenceStructure } from './clauses/index.js';
export { referenceInstant } from './dates.js';

/** Options for the events stage. */
export interface EventsOptions extends MatchOptions {
  /** The lexicon to use; defaults to the shipped `data/events` files. */
  readonly lexicon?: EventsLexicon;
}

/** Find event candidates in a Doc (reads `sentences`, `tokens`, `actors`, `quotes`). */
export function match(doc: Doc, options: EventsOptions = {}): EventCandidate[] {
  return matchEvents(doc, options.lexicon ?? eventsLexicon(), options);
}

/** Write candidates to the `events` layer with ids `e1`, `e2`, … in text order. */
export function apply(doc: Doc, candidates: readonly EventCandidate[]): readonly PoliticalEvent[] {
  const sorted = [...candidates].sort((a, b) => a.trigger.start - b.trigger.start || a.source.start - b.source.start);
  const events: PoliticalEvent[] = sorted.map((c, i) => ({
    id: `e${i + 1}`,
    type: c.type,
    mode: c.mode,
    negated: c.negated,
    modality: c.modality,
    source: c.source,
    target: c.target,
    trigger: c.trigger,
    sentence: c.sentence,
    score: c.score,
    cameo: c.cameo,
    date: c.date,
    why: c.why,
  }));
  doc.set('events', events);
  return events;
}

/** Create an events stage with options. */
export function createEventsStage(options: EventsOptions = {}): Stage {
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'actors', 'quotes'],
    assigns: ['events'],
    run(doc) {
      apply(doc, match(doc, options));
    },
  };
}

/** Writes `events`. */
export const eventsStage: Stage = createEventsStage();
