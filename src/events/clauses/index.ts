// Public face of the clause chunker: noun phrases, verb groups and predicates with their arguments, from POS tags.
export { chunkTokens, type Chunk, type NounPhrase, type VerbGroup, type Marker } from './chunk.js';
export {
  parseClauses,
  type Conjunct,
  type PhraseGroup,
  type PrepPhrase,
  type Predicate,
  type SentenceStructure,
  type SubjectHow,
} from './clause.js';
