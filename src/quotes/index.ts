// Public face of the quotes stage: direct, indirect and mixed quotes with their speakers.
import type { Doc, Quote, Stage } from '../core/index.js';
import { quotesLexicon, type QuotesLexicon } from './lexicon.js';
import { matchQuotes, type MatchOptions, type QuoteCandidate } from './match.js';
import { MentionIndex, resolveSpeaker } from './speaker-attribution.js';
import { loadTagger } from './tagger.js';
import { dataPath } from '../core/index.js';

export { matchQuotes, type QuoteCandidate, type MatchOptions } from './match.js';
export { findMarkedQuotes, type MarkedQuote } from './quote-marks.js';
export { TaggerModel, loadTagger, featureHash, BITS as TAGGER_BITS, TAGS, type Tag } from './tagger.js';
export { quotesLexicon, parseCues, parseCueStats, mergeLearnedCues, type CueStat, type LearnedCueOptions, type QuotesLexicon, type CueEntry, type CueClass, type CueFrame } from './lexicon.js';

/**
 * Options for the quotes stage. `tagger` defaults to the shipped model (data/quotes/tagger.bin, trained by
 * scripts/train-quotes.ts); pass `tagger: null` for rules only.
 */
export interface QuotesOptions extends MatchOptions {
  /** The lexicon to use; defaults to the shipped `data/quotes` files. */
  readonly lexicon?: QuotesLexicon;
}

/** Find quote candidates in a Doc (reads `sentences`, `tokens`, `paragraphs`). */
export function match(doc: Doc, options: QuotesOptions = {}): QuoteCandidate[] {
  const tagger = options.tagger !== undefined ? options.tagger : loadTagger(dataPath('quotes', 'tagger.bin'));
  return matchQuotes(doc, options.lexicon ?? quotesLexicon(), { ...options, tagger });
}

/** Resolve candidates' speakers against the `actors` layer and write the `quotes` layer. */
export function apply(doc: Doc, candidates: readonly QuoteCandidate[], options: QuotesOptions = {}): readonly Quote[] {
  const lex = options.lexicon ?? quotesLexicon();
  const index = new MentionIndex(doc.maybe('actors', []));
  const quotes: Quote[] = candidates.map((c, i) => ({
    id: `q${i + 1}`,
    kind: c.quoteKind,
    start: c.start,
    end: c.end,
    text: c.text,
    cue: c.cue,
    speaker: c.speaker ? resolveSpeaker(doc, c.speaker, index, lex, c.cue) : null,
    why: c.why,
  }));
  doc.set('quotes', quotes);
  return quotes;
}

/** Create the quotes stage with options. */
export function createQuotesStage(options: QuotesOptions = {}): Stage {
  return {
    name: 'quotes',
    requires: ['paragraphs', 'sentences', 'tokens', 'actors'],
    assigns: ['quotes'],
    run(doc) {
      apply(doc, match(doc, options), options);
    },
  };
}

/** Writes `quotes`. */
export const quotesStage: Stage = createQuotesStage();
