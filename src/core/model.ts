// The data model: articles and the typed span layers that analysis stages write.
// Offsets are UTF-16 code-unit indices into `Article.text`, half-open [start, end).

/** A half-open character range into the article text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with its text, as the output contract shows it. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** One news article after ingest: clean body text plus metadata. */
export interface Article {
  /** Stable id: a content hash unless the input gave one. */
  readonly id: string;
  readonly url: string | null;
  /** The outlet, e.g. "New York Post". */
  readonly source: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp). */
  readonly published: string | null;
  /** The body text; every offset indexes this string. */
  readonly text: string;
  /** Where the article came from: a path, URL, `stdin`, `file.jsonl:12`. */
  readonly input?: string | null;
  /** Language code when known, e.g. "en". */
  readonly lang?: string | null;
}

export interface Paragraph extends Span {
  readonly index: number;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Token index range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly paragraph: number;
}

/** Universal POS tags as wink-nlp emits them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  readonly index: number;
  /** The token's text as it stands in the article. */
  readonly text: string;
  /** Lower-cased normal form. */
  readonly norm: string;
  readonly lemma: string;
  readonly pos: Pos;
  readonly sentence: number;
  /** Whether whitespace precedes the token. */
  readonly spaceBefore: boolean;
  /** Token shape: "Xxxx", "dd", "X.X." */
  readonly shape: string;
}

/**
 * `place` is an addition to the DESIGN's four kinds: a location that does not stand for a government (a city, a
 * region, a river). A capital used as a metonym ("Beijing said") is the `country` actor instead.
 */
export type ActorKind = 'person' | 'organization' | 'country' | 'group' | 'place';

/** One in-text reference to an actor. */
export interface Mention extends TextSpan {
  /** How the mention was found: 'name', 'title', 'alias', 'surname', 'pronoun', 'metonym', … */
  readonly how?: string;
}

/** A canonical actor of one article, with all its mentions. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** ISO 3166-1 alpha-3, or an IGO code such as NATO, UN, EU. */
  readonly country: string | null;
  /** CAMEO-style sector: GOV MIL LEG JUD DIP MED BUS CVL REB OPP IGO NGO … */
  readonly sector: string | null;
  readonly title: string | null;
  readonly mentions: readonly Mention[];
  /** Id in a gazetteer or user dictionary, when resolved from one. */
  readonly ref?: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** The words that name the speaker in one attribution, and the actor they resolve to. */
export interface SpeakerRef extends TextSpan {
  readonly actor: string | null;
}

export interface Quote extends TextSpan {
  readonly id: string;
  readonly kind: QuoteKind;
  readonly cue: TextSpan | null;
  readonly speaker: SpeakerRef | null;
  /** The rule or feature that produced it. */
  readonly why?: string;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type Modality = 'asserted' | 'intended' | 'hypothetical' | 'reported';

/** An actor slot of an event: the words and the actor they resolve to. */
export interface EventActorRef extends TextSpan {
  readonly actor: string | null;
}

export interface PoliticalEvent {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly source: EventActorRef | null;
  readonly target: EventActorRef | null;
  readonly trigger: TextSpan;
  readonly sentence: number;
  /** PLOVER cooperation–conflict score, −10 … +10. */
  readonly score: number;
  readonly cameo: string | null;
  /** Resolved date `YYYY-MM-DD`, or null. */
  readonly date: string | null;
  /** The pattern that produced it. */
  readonly why?: string;
}
