// Word lists and letter tests shared by the mention matcher and its article-level passes.
import type { Token } from '../core/index.js';

/** Function words: never a name on their own; skipped when reading initials and headlines. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any all both each every either neither no none other another such many much more most several few ' +
    'i me my mine we us our you your he him his she her it its they them their there here who whom whose which what when where why how ' +
    'and or but nor yet so if then than because while although though since unless until as at by for from in into of off on onto out over ' +
    'to up upon with within without about above across after against along among around before behind below beneath beside between beyond ' +
    'during except inside near outside through throughout toward towards under underneath via per despite ' +
    'is am are was were be been being do does did have has had will would shall should can could may might must ' +
    'not also just only even still already again ever never always often sometimes however meanwhile moreover furthermore therefore thus ' +
    'yes yeah no ok okay oh ah hey wow bye goodbye hooray alas well now today tonight tomorrow yesterday later earlier once first second third last next ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
    'according said says say mr mrs ms dr prof sir madam please thanks thank hello hi dear former ex retired'
  ).split(' '),
);
/** Prepositions after which a capital is the city, not its government ("met in Rome", but "retaliation from Washington"). */
export const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'across', 'around', 'throughout', 'within', 'via', 'visit', 'visited', 'visiting']);
/** Sectors of a state's own bodies: government, the military, the legislature, courts, police, spies and diplomats. */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'DIP', 'SPY', 'COP']);
/**
 * Body words that only point back ("the club", "the agency", "the panel"): one that points nowhere names no actor of
 * its own, where "the court" or "the ministry" left alone is still the court or the ministry of the story's state; and
 * with no "the" ("a commission", "an alliance") they name none at all.
 */
export const POINTERS: ReadonlySet<string> = new Set(['club', 'agency', 'panel', 'federation', 'confederation', 'association', 'committee', 'commission', 'council', 'board', 'alliance', 'foundation', 'authority', 'organisation', 'organization', 'fund', 'institute', 'coalition', 'consortium', 'miner']);
/** Sectors that do not belong to the state where they report or trade: news media, companies, IGOs and NGOs. */
export const STATELESS_SECTORS: ReadonlySet<string> = new Set(['MED', 'BUS', 'IGO', 'NGO']);
/** Codes in a `country` field that place no one: NGOs, transnational movements and companies (IGO codes do). */
export const UNPLACED_CODES: ReadonlySet<string> = new Set(['NGO', 'IMG', 'ISM', 'MNC']);
/** Nouns that take a place after "of": "the population of X", "the mayor of X", "the outskirts of X". */
export const PLACE_OF = new Set(['city', 'town', 'village', 'capital', 'region', 'province', 'county', 'district', 'state', 'area', 'centre', 'center', 'outskirts', 'suburbs', 'streets', 'population', 'inhabitants', 'residents', 'dwellers', 'citizens', 'mayor', 'governor', 'heart', 'north', 'south', 'east', 'west', 'coast', 'port', 'harbour', 'harbor', 'island', 'islands', 'municipality', 'borough', 'neighbourhood', 'neighborhood', 'map', 'history', 'outskirt', 'environs', 'vicinity', 'kingdom', 'republic', 'colony', 'districts', 'provinces', 'regions', 'towns', 'villages', 'cities', 'counties', 'municipalities']);
/** Verbs right after a name that make it a person's (or a body's) name: "Nowak said", "Nowak, who". */
export const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'wrote', 'writes', 'argued', 'argues', 'explained', 'asked', 'replied', 'stated', 'noted', 'insisted', 'recalled', 'admitted', 'acknowledged', 'believes', 'believed', 'thinks', 'thought', 'felt', 'wants', 'wanted', 'died', 'married', 'smiled', 'laughed', 'himself', 'herself', 'criticized', 'criticised', 'accused', 'urged', 'denied', 'announced', 'claimed', 'warned', 'praised', 'condemned', 'declared', 'responded', 'answered', 'tweeted', 'suggested', 'promised', 'vowed', 'pledged', 'apologized', 'apologised', 'testified', 'recalls', 'explains', 'adds', 'notes', 'tells']);

/** Whether a token starts with a capital (or a digit that opens a name, as in "3M"). */
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  // ASCII first characters answer without a regex: a capital, or a digit that may start "3M", "1st".
  // Not an ordinal ("15th Champions League title").
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && /^\d+[A-Za-z]/.test(t.text) && !/^\d+(?:st|nd|rd|th|s)$/i.test(t.text));
  return /^[\p{Lu}\p{Lt}]/u.test(t.text);
}

/** Whether a word starts with a lower-case letter (`/^\p{Ll}/u`, with an ASCII fast path). */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}

/** Offices only a business has (lower case): "X's chief executive" says X is a business. */
export const BUSINESS_OFFICES: ReadonlySet<string> = new Set(['chief executive', 'chief executive officer', 'ceo', 'managing director', 'general manager', 'chief financial officer', 'cfo']);

/** A possessive ending standing as its own token: "'s", "’s", or the bare apostrophe of a plural ("Workers'"). */
export function isPossessive(text: string): boolean {
  return /^['’]s?$/.test(text);
}

/** Words that open a place's name: "Fort Lee", "Lake Erie", "Cape of Good Hope". */
export const PLACE_PREFIX = new Set(['fort', 'mount', 'mt.', 'lake', 'cape', 'port', 'san', 'santa', 'saint', 'st.', 'isle', 'gulf', 'bay', 'river', 'point', 'glen', 'loch', 'rio', 'sierra', 'puerto', 'costa', 'playa', 'kibbutz', 'camp']);

/** Compass and position words that open a region's name before a place: "Northern Mali", "Upper Egypt". */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'north-east', 'north-west', 'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** Kin words that give the gender of the person named with them ("his sister, Ana Ruiz"). */
export const KIN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['sister', 'f'], ['brother', 'm'], ['wife', 'f'], ['husband', 'm'], ['mother', 'f'], ['father', 'm'], ['daughter', 'f'],
  ['son', 'm'], ['widow', 'f'], ['widower', 'm'], ['niece', 'f'], ['nephew', 'm'], ['aunt', 'f'], ['uncle', 'm'],
  ['grandmother', 'f'], ['grandfather', 'm'], ['granddaughter', 'f'], ['grandson', 'm'], ['girlfriend', 'f'], ['boyfriend', 'm'],
] as const);

/** Sectors of offices whose former holders are of the elite (ELI): "a former minister", not "a retired teacher". */
export const ELITE_OFFICES: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'DIP', 'PTY', 'OPP', 'IGO', 'ELI']);

/** An age set off by commas right after a name: "Ana Ruiz, 52, …" (the text after the name). */
export const AGE_AFTER = /^\s*,\s*\d{1,3}\s*,/;

/** A brand's CamelCase word ("EcoPeace", "LibriVox"), not a Gaelic or Irish surname ("McDonald", "O'Neill"). */
export function isCamelBrand(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(word) && !/^(Mc|Mac|O')/.test(word);
}
