// Noun phrases that a country adjective turns into that country's people, forces or territory ("Iraqi towns").
import type { ActorKind, Token } from '../core/index.js';
import { isPossessive } from './match-words.js';

/** What a country-adjective phrase names: its token end, the actor kind and sector, and the head word. */
export interface DemonymPhrase {
  /** Token index just after the phrase. */
  readonly end: number;
  /**
   * `group` for people and forces (their own actor); `country` for territory and property (a mention of the country);
   * `person` for a counterpart ("his Jordanian counterpart").
   */
  readonly kind: Extract<ActorKind, 'group' | 'country' | 'person'>;
  readonly sector: string | null;
  /** The head noun, lower-cased, for `why`. */
  readonly head: string;
}

/**
 * Head nouns, singular or plural, by what the phrase names. Only nouns that stand for a country's people, armed
 * force or territory when a demonym modifies them: "Russian invasion" or "Spanish art" name no actor.
 */
const PEOPLE = words(
  'immigrant immigrants national nationals population populations youth youths landowner landowners prisoner prisoners ' +
    'detainee detainees hostage hostages hacker hackers inmate inmates settler settlers pilgrim pilgrims fisherman fishermen ' +
    'peasant peasants inhabitant inhabitants tourist tourists tribesman tribesmen',
);
const FORCES = words(
  'aircraft warplane warplanes jet jets plane planes helicopter helicopters gunship gunships tank tanks bulldozer bulldozers ' +
    'warship warships gunboat gunboats submarine submarines destroyer destroyers frigate frigates artillery drone drones ' +
    'battalion battalions brigade brigades regiment regiments unit units convoy convoys patrol patrols ' +
    'presence strike strikes airstrike airstrikes missile missiles rocket rockets shelling shellfire bomb bombs ' +
    'fire gunfire',
);
const MILITANTS = words(
  'extremist extremists radical radicals fundamentalist fundamentalists loyalist loyalists nationalist nationalists',
);
const PARTISANS = words('candidate candidates supporter supporters');
const COUNTERPARTS = words('counterpart counterparts');
const TERRITORY = words(
  'town towns city cities village villages territory territories soil airspace waters border borders frontier region ' +
    'regions province provinces district districts position positions base bases port ports outpost outposts settlement ' +
    'settlements camp camps homes houses embassy embassies consulate consulates mission installation ' +
    'installations facility facilities site sites target targets republic interests assets goods products exports ' +
    'plan proposal proposals offer offers initiative demand demands request requests appeal appeals bid bids ultimatum ' +
    'changes vessel vessels ship ships boat boats trawler trawlers tanker tankers ' +
    // deeds of a state: "denounced the American blockade", "the Russian invasion of Ukraine"
    'invasion occupation blockade embargo sanctions offensive aggression incursion incursions attack attacks assault ' +
    'bombardment crackdown intervention',
);

function words(s: string): ReadonlySet<string> {
  return new Set(s.split(/\s+/));
}

/** Time words end a phrase: "shell Iraqi towns today". */
const TIME = words('today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday sunday');

const isNoun = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN';

/**
 * The phrase after a country adjective at token `from` (the first token after the adjective), up to `to`: adjectives
 * and nouns, hyphenated compounds ("rebel-held territory"), ending at a head noun listed above; else null.
 */
export function demonymPhrase(tokens: readonly Token[], from: number, to: number): DemonymPhrase | null {
  let k = from;
  let head = -1;
  while (k < to && k < from + 6) {
    const t = tokens[k]!;
    if (isPossessive(t.norm) || TIME.has(t.norm) || /^[,.;:!?"“”()]$/.test(t.text)) break;
    if (t.text === '-' && !t.spaceBefore && head >= 0 && k + 1 < to && !tokens[k + 1]!.spaceBefore) {
      k += 2; // "rebel-held": the hyphen and the word after it
      head = -1;
      continue;
    }
    // A plural noun before the head heads its own phrase: "took American soldiers prisoner".
    if (isNoun(t) && head >= 0 && tokens[head]!.norm !== tokens[head]!.lemma.toLowerCase() && /s$/.test(tokens[head]!.norm)) return null;
    if (isNoun(t)) head = k;
    else if (t.pos !== 'ADJ') break;
    k++;
  }
  if (head < 0) return null;
  const w = tokens[head]!.norm;
  const lemma = tokens[head]!.lemma.toLowerCase();
  const has = (set: ReadonlySet<string>): boolean => set.has(w) || set.has(lemma);
  if (has(PEOPLE)) return { end: head + 1, kind: 'group', sector: 'CVL', head: w };
  if (has(COUNTERPARTS)) return { end: head + 1, kind: w.endsWith('s') ? 'group' : 'person', sector: 'GOV', head: w };
  if (has(MILITANTS)) return { end: head + 1, kind: 'group', sector: 'REB', head: w };
  if (has(PARTISANS)) return { end: head + 1, kind: 'group', sector: 'OPP', head: w };
  if (has(FORCES)) return { end: head + 1, kind: 'group', sector: 'MIL', head: w };
  if (has(TERRITORY)) return { end: head + 1, kind: 'country', sector: null, head: w };
  return null;
}
