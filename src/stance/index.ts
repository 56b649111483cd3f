// Public face of stance: the measure (weights, polarity, once-per-story aggregation) that the store's `stance` uses.
export {
  aggregate,
  MODALITY_WEIGHT,
  NEGATION_FACTOR,
  parseIssue,
  periodOf,
  QUOTE_WEIGHT,
  quotePolarity,
  valueOf,
  type Aggregate,
  type CountedItem,
  type Granularity,
  type IssueQuery,
  type Point,
  type StanceItem,
} from './measure.js';
