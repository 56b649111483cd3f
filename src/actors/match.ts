// Finds actor mention candidates in one document: gazetteer phrases, proper-noun runs, titles, roles, appositives, pronouns.
import { lowerBound, type ActorKind, type Doc, type Token } from '../core/index.js';
import { keepCandidates, type ArticleContext } from './article-context.js';
import { datelines, placeConjuncts, placesOfDemonyms, placeHomonymCountries, placeSharedSeats, placeSharedCountryNames, placesInsideListedBodies, placesInsideNames } from './article-places.js';
import { creditLines } from './credit-lines.js';
import { isAlpha3, mainStateOf, stateTally } from './main-state.js';
import { demonymPhrase } from './demonym-phrase.js';
import { normPhrase, type Entry, type Lexicon } from './lexicon.js';
import { AGE_AFTER, BUSINESS_OFFICES, COMPASS, ELITE_OFFICES, FUNCTION_WORDS, isCamelBrand, isCap, isPossessive, KIN_GENDER, PLACE_OF, PLACE_PREFIX, PLACE_PREPS, POINTERS, SPEECH_AFTER, STATE_SECTORS, startsLower, UNPLACED_CODES } from './match-words.js';
import { spellingResult } from './name-spelling.js';
import { settleNameKinds } from './settle.js';
import { markQuotesAndSubjects, type QuoteSpan } from './subjects.js';

/** One mention candidate, before coreference. `why` names the rule that produced it. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  kind: ActorKind;
  /** How the words refer: 'name', 'alias', 'demonym', 'metonym', 'title', 'surname', 'pronoun', 'anonymous', 'appositive'. */
  how: string;
  /** Canonical name guess (a gazetteer name, or the words themselves). */
  name: string;
  country: string | null;
  sector: string | null;
  title: string | null;
  /** Gazetteer entry the name resolved to, if any. */
  entry: Entry | null;
  gender: 'm' | 'f' | null;
  /** Needs an antecedent: a pronoun or a definite title-only phrase ("the official"). */
  refers: 'pronoun' | 'title' | null;
  /** Role term for title-only references ("president"). */
  role: string | null;
  /** Found in a headline or from a weak cue: kept only if it joins a known actor. */
  weak: boolean;
  /** "former" / "retired" / "ex-" modifies the title. */
  former: boolean;
  /** The candidate is the subject of its clause (first mention before the verb), set by `markQuotesAndSubjects`. */
  subject: boolean;
  /** The direct quote whose marks enclose the candidate, set by `markQuotesAndSubjects`. */
  quote?: QuoteSpan | null;
  /** A verb follows the candidate ("the envoy had failed"): the subject of a clause, set by `markQuotesAndSubjects`. */
  beforeVerb?: boolean;
  /** Named after a kin word ("his wife, Rudo Tande"), set by `markQuotesAndSubjects`. */
  kin?: boolean;
  /** Index of the candidate this appositive describes, set by `linkAppositives`. */
  appositiveOf?: Candidate;
  why: string;
}

/** A run of tokens [i, j) the chunker read as a gazetteer phrase, a role, or an unknown name. */
export type Chunk =
  | { type: 'lex'; i: number; j: number; entry: Entry }
  | { type: 'role'; i: number; j: number; entry: Entry & { type: 'role' } }
  | { type: 'name'; i: number; j: number };

/** Words that make a demonym after them a region's ("Latin American", "Central Asian"), unless the pair is listed. */
const REGION_PREFIX = new Set(['latin', 'south', 'north', 'central', 'east', 'west', 'southeast', 'northeast', 'southwest', 'northwest']);

/** Words for kin and religious standing used as titles before a given name ("Brother Newton", "Saint Jude"). */
const KIN_TITLES = new Set(['saint', 'brother', 'sister', 'father', 'mother', 'uncle', 'auntie', 'cousin', 'grandpa', 'grandma', 'granny', 'elder', 'deacon', 'pastor', 'bishop', 'imam', 'rabbi', 'sheikh', 'mullah', 'swami', 'guru', 'master', 'madame', 'mademoiselle', 'signor', 'senhor', 'señor', 'señora']);

/** Roles of people who speak or work for someone: "a spokeswoman for the prime minister". */
const SERVES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'secretary', 'press secretary', 'chief of staff', 'lawyer', 'attorney', 'lawyers', 'attorneys', 'bodyguard']);

/** Ranks that, capitalized before a capitalized title, are part of it: "Deputy Foreign Minister". */
const RANKS = new Set(['deputy', 'vice', 'acting', 'assistant', 'associate', 'interim', 'first', 'senior', 'principal', 'under', 'lieutenant', 'chief', 'detective']);

/** A title with its rank in front: "Deputy" + "Foreign Minister". */
function withRank(rank: string | null, title: string | null): string | null {
  return rank && title && !title.toLowerCase().startsWith(rank.toLowerCase()) ? `${rank} ${title}` : title;
}

/** Adjectives of parties that, capitalized before a role, make it a party's office: "Democratic leader". */
const PARTY_ADJ = new Set(['democratic', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'labour', 'labor', 'green', 'tory', 'nationalist']);

/** Offices any body has: held in a body outside the state ("Hamas official", "union president"), they take its sector. */
const BODY_OFFICES = new Set(['president', 'vice president', 'vice-president', 'deputy president', 'leader', 'secretary', 'adviser', 'advisor', 'aide', 'spokesperson', 'spokesman', 'spokeswoman', 'official', 'commissioner', 'administrator', 'chief of staff', 'press secretary', 'secretary-general', 'secretary general', 'director-general', 'director general', 'general secretary', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'head', 'chief', 'member', 'negotiator', 'representative', 'treasurer', 'managing director', 'coordinator', 'chief economist', 'inspector general', 'chief executive', 'chief executive officer', 'ceo', 'executive director', 'general manager', 'officer']);

/** "(retd)", "(rtd.)", "(Ret.)", "(retired)": the parenthesis after a retired officer's rank. */
const RETIRED = /^(?:retd|rtd|ret|retired)\.?$/i;

/** Offices only a body has, of any sector: "X's chairman", "X's secretary-general" say X is a body. */
const CORPORATE_OFFICES = new Set([...BUSINESS_OFFICES, 'chairman', 'chairwoman', 'chairperson', 'executive director', 'president', 'vice president', 'secretary-general', 'secretary general', 'general secretary']);

/** Words before "officer" that make it an office's officer, not a police officer: "policy officer", "press officer". */
const OFFICE_WORDS = new Set(['policy', 'programme', 'program', 'press', 'information', 'communications', 'project', 'medical', 'health', 'finance', 'financial', 'executive', 'operating', 'compliance', 'legal', 'protection', 'field', 'liaison', 'welfare', 'education', 'development', 'technology', 'investment', 'procurement', 'research', 'campaigns', 'advocacy', 'humanitarian', 'returning', 'electoral', 'fisheries', 'forestry', 'veterinary']);

/**
 * The sector of someone holding office `term` (its own sector `own`) in a body of sector `body` and country
 * `bodyCountry`. The European Union's institutions govern like a state's: their president is GOV.
 */
function officeSector(term: string, own: string | null, body: string | null, bodyCountry: string | null): string | null {
  // (Police borrow military ranks: "a police commander", "police officers" are COP.)
  if (body === 'COP' && own === 'MIL') return body;
  if (!body || !(BODY_OFFICES.has(term) || EMPLOYEES.test(term)) || (body === 'IGO' && bodyCountry === 'EU')) return own ?? body;
  // (In the state's own bodies an office keeps its sector, unless the body's is narrower: "a police official" is COP,
  // "an army spokesman" MIL, "a ministry spokesman" GOV; a business title there is the body's: "the commission's
  // chief executive" is GOV.)
  // (Nor does an IGO's office title: "the department's director-general" is the department's.)
  if (STATE_SECTORS.has(body)) return own === 'GOV' || own === 'BUS' || own === 'IGO' || !own ? body : own;
  return body;
}

/** Body words that say their sector whatever body they name: "the department's director-general" is the state's. */
const OWN_SECTOR_WORDS = new Set(['department', 'ministry', 'party', 'union', 'company', 'court', 'army', 'police', 'navy']);

/** Words in a body's name that make it a faith's. */
const FAITH_FIELD = /^(religious|inter-religious|interreligious|interfaith|inter-faith|churches|bishops|bishops'|clergy|catholic|episcopal|evangelical|ulema|imams)$/;
/** A body of a faith's clergy named by an event's head word ("Episcopal Conference"). */
const CLERGY = { sector: 'REL', kind: 'organization' as const };

/**
 * Words in a body's name that say whom it serves, over what its head word says ("Nigeria Labour Congress" is labour,
 * not a legislature; "Chamber of Commerce" business; "General Intelligence Service" spies). A party stays a party.
 */
const FIELD_WORDS: readonly [RegExp, string][] = [
  [/^(labour|labor|workers|workers'|trade|unions?|teachers|teachers'|nurses|employees|metalworkers|miners'|dockworkers)$/, 'LAB'],
  [/^(commerce|manufacturers|manufacturers'|employers|employers'|enterprises|entrepreneurs|industries|insurance|bankers|business|businesses|exporters|importers|retailers)$/, 'BUS'],
  [FAITH_FIELD, 'REL'],
  [/^(intelligence)$/, 'SPY'],
  [/^(police|policing|constabulary|gendarmerie)$/, 'COP'],
  [/^(judiciary|judicial|magistrates|magistracy)$/, 'JUD'],
  [/^(aldermen|legislative|legislators)$/, 'LEG'],
  [/^(liberation|insurgent|insurgents|rebel|rebels|guerrilla|guerrillas)$/, 'REB'],
  // ("the League for Human Rights", "the Customary Landowners Council": a body of citizens for their own cause.)
  [/^(rights|landowners|landowners'|residents|residents'|tenants|tenants'|victims|victims')$/, 'NGO'],
];

/** Words for a sport or sport at large in a body's name. */
const SPORT_WORDS = /^(olympic|olympics|paralympic|sports?|football|soccer|athletics|wrestling|cricket|rugby|basketball|volleyball|handball|hockey|tennis|golf|boxing|cycling|swimming|chess|judo|skiing)$/;

/** Heads of a government's departments and committees: the "Ministry of Labour" and a "Judiciary Committee" are the state's. */
const DEPARTMENT_HEADS = new Set(['ministry', 'department', 'secretariat', 'office', 'bureau', 'agency', 'commission', 'directorate', 'administration', 'inspectorate', 'committee', 'subcommittee', 'minister', 'secretary']);

/** The sector of a body named with `norms` and ending in the head word `headWord` of sector `head`. */
function fieldSector(norms: readonly string[], head: string | null, headWord: string): string | null {
  // ("Central Bank of the Argentine Republic", "Reserve Bank of Tarnland": a central bank is the state's.)
  if (head === 'BUS' && norms.some((w, k) => (w === 'central' || w === 'reserve') && norms[k + 1] === 'bank')) return 'GOV';
  // (A party, an outlet or a school keeps its head's sector: "Workers' Party", "Business Journal".)
  if (head !== null && !/^(GOV|LEG|NGO|MIL)$/.test(head)) return head;
  // ("Chicago Police Department", "Federal Bureau of Police": a police department is police.)
  if (/^(department|bureau)$/.test(headWord) && norms.some((w) => /^(police|policing)$/.test(w))) return 'COP';
  // ("Chamber of Commerce", "Osa Chamber of Tourism": a chamber of a trade is its businesses', not a legislature.)
  if (norms.includes('chamber') && norms.some((w) => /^(commerce|industry|industries|trade|tourism|mines|mining|crafts|business|businesses|agriculture|shipping|economy|employers)$/.test(w))) return 'BUS';
  // ("Qatar Olympic Committee", "Kenya Athletics Federation": a sport's own body, unless a legislature's committee.)
  if (/^(committee|federation|confederation|association|union|league)$/.test(headWord) && norms.some((w) => SPORT_WORDS.test(w)) && !norms.some((w) => /^(senate|house|parliament|parliamentary|congressional|ministry)$/.test(w))) return 'SPT';
  if (DEPARTMENT_HEADS.has(headWord) || norms.some((w) => DEPARTMENT_HEADS.has(w))) return head;
  for (const [re, sector] of FIELD_WORDS) {
    // ("Police Force" is police, a "National Liberation Army" rebels; an army's unions are rare)
    if (head === 'MIL' && sector !== 'COP' && sector !== 'REB') continue;
    if (norms.some((w) => re.test(w))) return sector;
  }
  return head;
}

/** Words for bodies that a people's possessive describes: "a migrant workers' advocacy group", "the farmers' union". */
const OWNED_BODIES = new Set(['group', 'groups', 'union', 'unions', 'association', 'organisation', 'organization', 'network', 'coalition', 'federation', 'council', 'movement', 'alliance', 'committee', 'collective', 'cooperative']);

/** Words joined by a hyphen to a place that say a body sits or trades there: "London-based", "London-listed". */
const SITS_AT = /^(based|headquartered|listed|registered)$/;

/** Lower-case words for sites a name after "the" names: "the Mina al-Ahmadi refinery", "the Rose Hall estate". */
const SITE_NOUNS = /^(refinery|refineries|mine|mines|plant|smelter|terminal|oilfield|gasfield|dam|reservoir|airport|airbase|port|harbour|harbor|prison|camp|estate|factory|mill|depot|shipyard|quarry|crossing)$/;

/** Lower-case words for things a name before them names: "the Apollo program", "its Sentinel satellites". */
const THING_NOUNS = /^(programs?|programmes?|projects?|missions?|rockets?|spacecraft|telescopes?|vaccines?|apps?|software|series|festivals?|tournaments?|trophy|awards?|prizes?|initiatives?|schemes?|satellites?|probes?|rovers?|franchises?|pipelines?|reactors?|missiles?|drones?)$/;

/** People of a trade whom "at <name>" places with their employer: "analysts at Bernstein". */
const EMPLOYEES = /^(analysts?|economists?|strategists?|researchers?|scientists?|engineers?|executives?|traders?|bankers?|partners?|professors?|lecturers?|fellows?|lawyers?|attorneys?|consultants?|editors?)$/;

/** The country a place or a country's name (not a demonym) stands in; null for anything else. */
/** The state a demonym among `entries` names ("Chinese"), or null. */
function demonymCode(entries: readonly Entry[] | undefined): string | null {
  const en = entries?.find((x) => x.type === 'country' && x.how === 'demonym');
  return en?.type === 'country' ? en.code : null;
}

function placeCode(en: Entry | undefined): string | null {
  if (en?.type === 'place') return en.country;
  return en?.type === 'country' && en.how !== 'demonym' ? en.code : null;
}

/** Legal suffixes of company names. */
const CORPORATE_SUFFIX = /^(?:Inc|Corp|Co|Ltd|LLC|LLP|PLC|plc|AG|SA|S\.A|SE|GmbH|NV|N\.V|BV|AB|Abp|ASA|SpA|S\.p\.A|Oy|Oyj|Pty|Pte|Bhd|Tbk|Ltda|SAS|SRL|KK)\.?$/;

/** Nouns for a state that an epithet may describe: "the Gulf state", "the island nation", "the Himalayan kingdom". */
const STATE_NOUNS = new Set(['state', 'nation', 'country', 'kingdom', 'republic', 'emirate', 'monarchy', 'archipelago']);

/** Ordinal words that open names ("Second Thomas Shoal", "Fifth Fleet"). */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** Role words that are also abstract nouns ("justice", "general"): lower case and bare, they name no one. */
const ABSTRACT_ROLES = new Set(['justice', 'general', 'major', 'private', 'marshal', 'principal']);

/** Prefixes that join a place's name into a compound adjective: "Euro-Atlantic", "Indo-Pacific", "Sino-Russian". */
const COMBINING = new Set(['euro', 'indo', 'afro', 'sino', 'franco', 'anglo', 'russo', 'austro', 'greco', 'judeo', 'pan', 'trans', 'turco', 'italo', 'hispano', 'luso', 'serbo', 'croato', 'czecho', 'slavo']);


/** Lower-case nouns for bodies that follow the body's own name: "the Azimio la Umoja coalition". */
/** Words that make a "group" one for a cause: "an advocacy group", "a rights group", "a civic group". */
const CIVIC_GROUP = /\b(?:advocacy|rights|campaign|civic|environmental|activist|aid|watchdog|pressure|charity|humanitarian|conservation|anti-corruption)\s+(?:group|organi[sz]ation|network|coalition)\b/;

/** Verbs after "X, which" that only a body does: "Isavia, which operates the airport,". */
const BODY_DOINGS = new Set(['operates', 'operated', 'runs', 'ran', 'owns', 'owned', 'manages', 'managed', 'employs', 'employed', 'produces', 'manufactures', 'publishes', 'supplies', 'builds', 'represents', 'organizes', 'organises', 'campaigns', 'lobbies', 'controls']);

/** Words for a group that may stand before its name: "the rights group Memorial". */
const GROUP_WORDS = new Set(['group', 'charity', 'organisation', 'organization']);

/** Words for a news outlet that may stand before its name: "the investigative website Fuente Abierta". */
const MEDIA_WORDS = new Set(['website', 'site', 'portal', 'magazine', 'weekly', 'daily', 'tabloid', 'channel', 'outlet', 'newspaper', 'broadcaster', 'newswire', 'blog']);

const BODY_NOUNS = new Set(['coalition', 'alliance', 'party', 'movement', 'militia', 'faction', 'network', 'front', 'bloc', 'federation', 'league', 'company', 'firm', 'corporation', 'conglomerate', 'newspaper', 'broadcaster', 'agency', 'union', 'club']);

/** Words for a business that a name can follow: "energy company Velda", "mining firm Korvex". */
const COMPANY_NOUNS = new Set(['company', 'firm', 'contractor', 'builder', 'line', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'airline', 'miner', 'lab', 'platform', 'app', 'exchange', 'fund', 'investor', 'shipper', 'utility', 'corporation', 'conglomerate', 'group', 'giant', 'maker', 'manufacturer', 'producer', 'operator', 'carrier', 'insurer', 'retailer', 'lender', 'bank', 'broadcaster', 'newspaper', 'startup', 'start-up', 'developer', 'supplier', 'chain', 'consultancy', 'brokerage', 'refiner', 'publisher', 'distributor', 'studio', 'label', 'exporter', 'importer', 'processor']);

/** The office of a body's head in the body's listed name: "UN High Commissioner for Refugees". */
const HEAD_OFFICE = /\b(?:High Commissioner|Secretary[- ]General|Director[- ]General|Special Envoy|Special Rapporteur|Ombudsman)\b/;

/** An indefinite determiner opening a noun phrase. */
const INDEFINITE = /^(?:a|an|some|many|more|most|other|few|several)\s/i;
/**
 * A noun phrase about people in general: no determiner or an indefinite one, no possessor, no "of"/"for"/"at" phrase
 * ("voters", "a dozen officers", "a foreign government"; not "the people", "our prime minister", "a member of X").
 */
const GENERIC_NP = /^(?!(?:the|our|his|her|its|their|my|your|this|that|these|those)\b)(?!\S+['’]s?\s)(?!.*\b(?:of|for|at|from|in|with)\b)/iu;

/** Trades of people that businesses ply too: "grain trader Ivo Brandt" is a person, "energy trader Energocom" a firm. */
const FIRM_TRADES = new Set(['trader']);

/** Honours and degrees written after a name: "DBE", "FRS", "PhD", "QC". */
const POST_NOMINALS = /(,?\s+(?:[GKCMOD]BE|FRS|RA|QC|KC|MP|MEP|MSP|PhD|Ph\.D\.|MD|M\.D\.|Esq\.?|KG|GCMG|KCMG|CMG|DSO|MC|VC))+$/u;
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'miss', 'madam', 'madame', 'mister', 'rev.', 'gen.', 'col.', 'lt.', 'capt.', 'sgt.', 'gov.', 'sen.', 'rep.']);
const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'madam']);
const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord']);
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'del', 'della', 'da', 'dos', 'do', 'das', 'des', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', '&', 'on', 'and']);
const NAME_PARTICLES = new Set(['de', 'du', 'del', 'della', 'da', 'dos', 'do', 'das', 'des', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'into', 'across', 'around', 'throughout', 'within', 'from', 'to', 'toward', 'towards', 'through', 'via', 'visit', 'visited', 'visiting', 'across']);
/** Regional adjectives: capitalized, but modifiers with no country ("Western officials", "Asian partners"). */
const REGION_ADJ = new Set(['western', 'eastern', 'northern', 'southern', 'european', 'asian', 'african', 'arab', 'latin', 'nordic', 'baltic', 'middle', 'pacific', 'atlantic', 'gulf', 'international', 'foreign', 'global', 'allied']);
/** Mass nouns that name an actor only with an article or a country: "the opposition", "Russian opposition", not "fierce opposition". */
const MASS_ROLES = new Set(['opposition', 'media', 'people', 'military', 'police', 'government', 'administration', 'leadership']);
const MODIFIER_WORDS = new Set(['shadow', 'former', 'ex', 'retired', 'then', 'senior', 'top', 'chief', 'deputy', 'acting', 'assistant', 'vice', 'interim', 'new', 'current', 'outgoing', 'incoming', 'longtime', 'veteran', 'high-ranking', 'ranking', 'junior', 'local', 'regional', 'federal', 'state', 'national', 'foreign', 'military', 'government', 'intelligence', 'security', 'defense', 'defence', 'press', 'policy', 'white', 'ordinary', 'anonymous', 'unnamed', 'two', 'three', 'several', 'many', 'some', 'other', 'western', 'eastern', 'northern', 'southern', 'pro-democracy', 'prominent', 'leading', 'influential', 'civilian', 'armed', 'elected', 'opposition', 'democratic', 'republican']);
/** Place head words that are also common surnames ("Martin Hill", "Picabo Street"). */
/** Titles of nobility named after a territory: "Duke of Sussex", "Princess of Wales". */
const PEERAGE = new Set(['duke', 'duchess', 'prince', 'princess', 'earl', 'countess', 'count', 'marquess', 'marchioness', 'viscount', 'baron', 'baroness', 'king', 'queen']);
/** Arabic articles written in lower case before a hyphen: "al-", "el-", "ad-", "ash-". */
const ARTICLE_PARTICLE = /^(?:al|el|ad|ash|as|at|az|an|ar|ul)$/;
/** "the House", "House of Assembly": a legislative chamber, though "State House" is a building. */
const CHAMBER = { sector: 'LEG', kind: 'organization' as const };
const SURNAME_HEADS = new Set(['house', 'hill', 'hills', 'street', 'lane', 'temple', 'castle', 'chapel', 'marsh', 'wood', 'brook', 'banks', 'rivers', 'bay', 'ridge', 'grove', 'cliff', 'field']);
/** After a person's title, "Park" too: after a given name it is more often a park ("Forest Park"), not a surname. */
const TITLED_SURNAME_HEADS = new Set([...SURNAME_HEADS, 'park']);
/** Verbs and nouns of motion before "to"/"from" that make the next name a place: "flew to X", "flights from X". */
const MOTION = new Set(['spread', 'spreads', 'spreading', 'go', 'went', 'gone', 'come', 'came', 'travel', 'travelled', 'traveled', 'move', 'moved', 'return', 'returned', 'fly', 'flew', 'drive', 'drove', 'sail', 'sailed', 'head', 'headed', 'arrive', 'arrived', 'flee', 'fled', 'emigrate', 'emigrated', 'immigrate', 'immigrated', 'relocate', 'relocated', 'deport', 'deported', 'evacuate', 'evacuated', 'ferry', 'flight', 'flights', 'trip', 'trips', 'journey', 'visit', 'route', 'road', 'train', 'trains', 'bus', 'buses', 'miles', 'km', 'kilometres', 'kilometers', 'way', 'back', 'moving', 'going', 'coming', 'travelling', 'traveling', 'returning', 'flying', 'driving', 'heading']);
/** Kin and close ties before a name make it a person's: "her mother Vela Imsar". */
const KIN = new Set(['mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'nephew', 'niece', 'widow', 'widower', 'fiancé', 'fiancée', 'stepfather', 'stepmother', 'friend', 'partner']);
/** Nouns that say a name is a place: "Marrowby is a small town". */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'hamlet', 'borough', 'suburb', 'municipality', 'township', 'county', 'province', 'region', 'district', 'island', 'port', 'neighbourhood', 'neighborhood', 'capital', 'settlement', 'commune', 'parish', 'oblast', 'prefecture']);
/** Lower-case adjectives before a place: the compass ones ("northern", "south-eastern", "central") and "neighbouring". */
const PLACE_ADJ = new Set([...COMPASS].filter((w) => /ern$/.test(w) || w === 'central').concat(['neighbouring', 'neighboring', 'landlocked', 'war-torn']));
/** Direction words before "of" that make the next name a place: "north of X". */
const COMPASS_OF = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outside', 'near']);
/** Spelling-model thresholds (src/actors/name-spelling.ts): a common word, and a margin that says something. */
const SPELLING_OTHER = 0.7;
const SPELLING_MARGIN = 0.5;
const SPELLING_SURE = 0.9;
/**
 * Capitalized common nouns that name an institution after "the" ("the House", "the Crown"). Head words (org-heads.tsv),
 * role nouns and gazetteer phrases ("the Kremlin") are found by their own rules and are not repeated here.
 */
const INSTITUTIONS = new Set(['house', 'crown', 'nation', 'republic', 'kingdom', 'empire', 'confederacy', 'commonwealth', 'convention', 'presidency', 'establishment', 'bench', 'bar', 'fed', 'treasury', 'exchequer', 'chancellery', 'secretariat', 'resistance']);
/** The words after an unnamed source that say what it knows: "familiar with", "close to". */
const SOURCE_PHRASE = new Set(['familiar with', 'close to', 'briefed on', 'involved in', 'knowledgeable about']);
/** Words after "source(s)" that make it someone: "sources close to the talks", "a source at the ministry". */
const SOURCE_AFTER = new Set(['close', 'familiar', 'with', 'in', 'at', 'inside', 'within', 'near', 'who', 'briefed', 'involved', 'speaking', 'requesting', 'told', 'tell', 'say', 'says', 'said']);
/** Modifiers that make a source someone: "a senior source", "an anonymous source", "diplomatic sources". */
const SOURCE_MODIFIERS = new Set(['senior', 'anonymous', 'unnamed', 'official', 'government', 'diplomatic', 'intelligence', 'military', 'security', 'police', 'industry', 'party', 'palace', 'ministry', 'western', 'reliable', 'informed', 'knowledgeable', 'trusted', 'confidential', 'credible', 'local', 'several', 'two', 'three', 'other', 'european', 'american', 'administration', 'congressional', 'legal', 'judicial', 'banking', 'market', 'family', 'defence', 'defense', 'medical', 'hospital', 'rebel', 'opposition', 'well-placed', 'well-informed', 'independent']);
/** Modifiers that make "forces" armed men without a country: "security forces", "rebel forces". */
const ARMED_MODIFIERS = new Set(['security', 'government', 'armed', 'rebel', 'special', 'coalition', 'allied', 'enemy', 'opposition', 'federal', 'military', 'ground', 'air', 'naval', 'police', 'peacekeeping', 'pro-government', 'insurgent', 'militia', 'regime', 'state', 'foreign', 'international', 'western', 'union', 'confederate', 'royal', 'elite', 'paramilitary', 'loyalist', 'separatist', 'occupying', 'invading', 'hostile', 'friendly', 'local', 'tribal', 'kurdish', 'commando', 'defence', 'defense', 'border', 'interior', 'presidential', 'republican', 'national', 'joint', 'multinational', 'counterterrorism', 'anti-terrorism', 'assault', 'mechanized', 'airborne', 'amphibious', 'marine', 'land', 'sea', 'army', 'troops']);
/** Determiners and quantifiers that open the noun phrase of an unnamed person or group ("its members", "all residents"). */
const LEAD_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my', 'these', 'those', 'all', 'some', 'many', 'most', 'every', 'each', 'both', 'several', 'few', 'other']);
const FORMER = new Set(['former', 'ex', 'retired', 'ex-', 'then']);
const PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f' };
/** `PRONOUNS` as a map: no prototype keys ("constructor"), and a fast lookup for every token. */
const PRONOUN_GENDER = new Map(Object.entries(PRONOUNS));
const GENDERED_ROLES: Record<string, 'm' | 'f'> = {
  spokesman: 'm', spokeswoman: 'f', congressman: 'm', congresswoman: 'f', king: 'm', queen: 'f', prince: 'm', princess: 'f',
  businessman: 'm', businesswoman: 'f', chairman: 'm', chairwoman: 'f', emir: 'm', sultan: 'm', sheikh: 'm',
};

/** Whether a word starts with a letter (`/^\p{L}/u`, with an ASCII fast path). */
function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /^\p{L}/u.test(s);
}

/**
 * A capitalized word ("Vornstag"), and an elided particle joined to one ("d'Alembert"). Built once here, not in the
 * loops that test them: tsx (esbuild) turns a `\p{…}` literal into `new RegExp(…)`, a call into V8's runtime each
 * time the literal is reached.
 */
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;
const ELIDED_PARTICLE_NAME = /^[dl]['’]\p{Lu}\p{L}+$/u;

function isAllCapsWord(t: Token): boolean {
  return /^[\p{Lu}][\p{Lu}.&-]*$/u.test(t.text) && /\p{L}/u.test(t.text);
}

const CURLY = /[’‘`]/g;

function tokNorm(t: Token): string {
  const lower = t.text.toLowerCase();
  // Most tokens hold no curly apostrophe: skip the regex replace for them.
  return lower.includes('’') || lower.includes('‘') || lower.includes('`') ? lower.replace(CURLY, "'") : lower;
}

/** Whether a sentence reads as a headline: almost every content word capitalized, or all in capitals. */
function headlineMode(toks: readonly Token[]): 'caps' | 'title' | null {
  const words = toks.filter((t) => startsLetter(t.text));
  const last = toks[toks.length - 1].text;
  if (words.length < 3) return words.length > 0 && !/[.!?:;,"”)]$/.test(last) && words.every(isCap) ? 'title' : null;
  const letters = words.filter((t) => t.text.length > 1);
  if (letters.length >= 3 && letters.every(isAllCapsWord)) return 'caps';
  const content = words.filter((t) => !FUNCTION_WORDS.has(t.norm) || t.norm === 'he' || t.norm === 'she');
  if (content.length < 3) return null;
  const cap = content.filter(isCap).length;
  if (cap === content.length && words.filter(isCap).length >= 0.7 * words.length && !/[.!?]$/.test(toks[toks.length - 1].text)) return 'title';
  return null;
}

/** The parsing context for one document. */
class Matcher implements ArticleContext {
  readonly doc: Doc;
  readonly lex: Lexicon;
  readonly tokens: readonly Token[];
  readonly out: Candidate[] = [];
  readonly headlines = new Set<number>();
  /** Start tokens of role chunks that end in "(retd)": the title of a retired officer. */
  readonly retired = new Set<number>();
  /** Spans of a title's portfolio ("of Health and Social Affairs"): the words there name no one of their own. */
  readonly portfolios: [number, number][] = [];
  /** Words the document also writes in lower case: a capitalized one of these is a common word, not a name. */
  readonly lowerWords = new Set<string>();
  /**
   * Surnames of people the document names in full ("Mara Vornstag", "Theresa May"): names even where the document
   * also writes the word in lower case ("the santorum neologism", "may").
   */
  readonly surnames = new Set<string>();
  /** Names of a body's branch in a country ("NHS England"), by first token: the country and the body's sector. */
  readonly branches = new Map<number, { country: string | null; sector: string | null }>();
  /** Acronyms the text defines for a name other than the listed body they also name ("AFP" for a police force). */
  readonly redefined = new Set<string>();
  /** Family names written before a romanized given name ("Park" of "Park Heong-joon"). */
  readonly familyFirst = new Set<string>();
  /** How often each exact token text occurs. */
  readonly textCounts = new Map<string, number>();
  /** Words the document capitalizes in mid-sentence (after a word): names, not sentence-initial accidents. */
  readonly midCaps = new Set<string>();
  /** Capitalized words that stand alone before a speech verb ("Evans said"): someone's short name. */
  readonly spokeAlone = new Set<string>();
  /** Lookup form of each token. */
  readonly norms: readonly string[];
  /** Per token: whether a gazetteer phrase can start with it (its norm is a phrase prefix, or it may split). */
  readonly startsPhrase: readonly boolean[];
  /** Unnamed people introduced with "its"/"their" ("its ambassador"): their country is the sentence's subject's. */
  readonly possessed: Candidate[] = [];
  /** See lastWordsOfNames. */
  private nameEnds: Map<string, number> | null = null;
  /** Places named inside organization names ("University of Copenhagen"): mentions of their own. */
  readonly nested: Chunk[] = [];
  /** Tokens of capitalized common nouns after "the" that name an institution ("the House", "the Commission"). */
  readonly institutions = new Set<number>();
  /** Organization names that end in "of <country>", by first token index: the country. */
  readonly ofCountry = new Map<string, string | null>();

  constructor(doc: Doc, lex: Lexicon) {
    this.doc = doc;
    this.lex = lex;
    this.tokens = doc.get('tokens');
    this.norms = this.tokens.map(tokNorm);
    this.startsPhrase = this.norms.map((n) => lex.prefixes.has(n) || /[-'.]/.test(n));
    let prev: Token | null = null;
    for (const t of this.tokens) {
      this.textCounts.set(t.text, (this.textCounts.get(t.text) ?? 0) + 1);
      if (startsLower(t.text)) this.lowerWords.add(t.norm);
      else if (prev && prev.sentence === t.sentence && startsLetter(prev.text) && isCap(t)) this.midCaps.add(t.norm);
      const next = this.tokens[t.index + 1];
      if (isCap(t) && next && SPEECH_AFTER.has(next.norm) && !(prev && prev.sentence === t.sentence && isCap(prev))) this.spokeAlone.add(t.norm);
      prev = t;
    }
    const toks = this.tokens;
    for (let k = 0; k + 1 < toks.length; k++) {
      if (!this.given(toks[k]) || !isCap(toks[k + 1]) || toks[k + 1].sentence !== toks[k].sentence) continue;
      // "Mara Vornstag", "Ada K. Lorne": the last capitalized word of the run is the surname.
      let j = k + 1;
      while (j + 1 < toks.length && toks[j + 1].sentence === toks[k].sentence && isCap(toks[j + 1]) && /^\p{Lu}\.?$/u.test(toks[j].text)) j++;
      // Not when the name runs on ("Taj Vellmar Hotel"): then it names something else.
      const runsOn = toks[j + 1] && toks[j + 1].sentence === toks[k].sentence && isCap(toks[j + 1]);
      if (CAPITALIZED_WORD.test(toks[j].text) && !runsOn) this.surnames.add(toks[j].text);
    }
    // "the Australian Federal Police (AFP)": an acronym the text defines for a name whose initials it spells is that
    // name's here, not the listed body it also names (Agence France-Presse).
    for (let k = 2; k + 1 < toks.length; k++) {
      if (toks[k - 1].text !== '(' || toks[k + 1].text !== ')' || !/^\p{Lu}{2,6}$/u.test(toks[k].text)) continue;
      const listed = this.lex.phrases.get(toks[k].text.toLowerCase())?.find((x) => x.type === 'org');
      if (!listed) continue;
      const letters = toks[k].text;
      const words = toks.slice(Math.max(0, k - 1 - letters.length), k - 1);
      if (words.length !== letters.length || words.some((t, q) => t.text[0] !== letters[q] || t.sentence !== toks[k].sentence)) continue;
      const named = this.lex.phrases.get(normPhrase(words.map((t) => t.text).join(' ')))?.some((x) => x === listed);
      if (!named) this.redefined.add(letters);
    }
    // "Park Heong-joon", "Han Ji-woo": before a romanized two-syllable given name, the family name comes first.
    for (let k = 0; k + 3 < toks.length; k++) {
      if (CAPITALIZED_WORD.test(toks[k].text) && toks[k + 1].sentence === toks[k].sentence && toks[k + 1].spaceBefore && this.syllablePair(k + 1)) {
        this.surnames.add(toks[k].text);
        this.familyFirst.add(toks[k].text);
      }
    }
  }

  /** Whether the text writes `word` elsewhere as the last of two capitalized words ("Sérgio Cabral"): a surname. */
  endsFullName(word: string): boolean {
    if (this.surnames.has(word)) return true;
    const toks = this.tokens;
    return toks.some((t, k) => t.text === word && k > 0 && toks[k - 1].sentence === t.sentence && isCap(toks[k - 1]) && !FUNCTION_WORDS.has(this.norms[k - 1]) && !(toks[k + 1]?.sentence === t.sentence && isCap(toks[k + 1])));
  }

  /** `tokNorm(t)`, read from `norms` when `t` is this document's token. */
  normOf(t: Token): string {
    return this.tokens[t.index] === t ? this.norms[t.index] : tokNorm(t);
  }

  /** Context that marks an unknown run as a name: a title or role word around it, "by"/"with"/"and" before it. */
  nameCue(i: number, j: number): boolean {
    const prev = this.tokens[i - 1];
    const next = this.tokens[j];
    if (prev && /^(by|with|and|told|said|says|to|of|from|for)$/.test(prev.norm)) return true;
    if (next && (next.text === ',' || next.norm === 'and' || next.norm === ')' )) return true;
    return false;
  }

  /** Whether a sentence is a headline: alone in its paragraph, short, and without closing punctuation. */
  isHeadline(sentence: number): boolean {
    const sents = this.doc.get('sentences');
    const sent = sents[sentence];
    if (sent.tokenEnd - sent.tokenStart > 25) return false;
    if ((sents[sentence - 1]?.paragraph ?? -1) === sent.paragraph || (sents[sentence + 1]?.paragraph ?? -1) === sent.paragraph) return false;
    return !/[.!?:;"”')\]]$/.test(this.tokens[sent.tokenEnd - 1].text);
  }

  /** Whether the tagger found a verb in the sentence. */
  hasVerb(sentence: number): boolean {
    const sent = this.doc.get('sentences')[sentence];
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (this.tokens[k].pos === 'VERB' || this.tokens[k].pos === 'AUX') return true;
    return false;
  }

  /** Whether token k comes right after a quotation's closing mark: `"…," X said`. */
  afterQuotation(k: number): boolean {
    const mark = this.tokens[k - 1];
    const before = this.tokens[k - 2];
    return !!mark && !!before && /^["”]$/.test(mark.text) && /^[,?!.]$/.test(before.text);
  }

  /** Whether token k opens its sentence (after any opening quotes or brackets). */
  isSentenceStart(k: number): boolean {
    const sent = this.doc.get('sentences')[this.tokens[k].sentence];
    return k === sent.tokenStart || this.afterOpenQuote(k, sent.tokenStart);
  }

  /** The gender of a given name, unless the document uses the word in lower case ("Rose", "Will"). */
  given(t: Token): 'm' | 'f' | 'u' | undefined {
    if (this.lowerWords.has(t.norm)) return undefined;
    // ("El Geneina", "El Fasher": before a name, "El" is an article.)
    if (t.text === 'El' && this.tokens[t.index + 1] && isCap(this.tokens[t.index + 1])) return undefined;
    return this.lex.givenNames.get(t.text);
  }

  /**
   * Whether the preposition at token p follows a verb of motion or a direction ("travelled to X", "flights from X",
   * "north of X"), so that the name after it is a place.
   */
  motionBefore(p: number, s: number): boolean {
    const toks = this.tokens;
    const prep = toks[p].norm;
    // "north of X"; "the port of X", "the mayor of X".
    if (prep === 'of') return p - 1 >= s && (COMPASS_OF.has(this.norms[p - 1]) || PLACE_OF.has(this.norms[p - 1]));
    for (let k = p - 1; k >= s && k >= p - 3; k--) {
      const t = toks[k];
      if (MOTION.has(t.lemma) || MOTION.has(t.norm)) return true;
      if (t.pos !== 'ADV' && t.pos !== 'NUM' && !/^(km|miles?|kilometres?|kilometers?|hours?|minutes?)$/.test(t.norm)) break;
    }
    // ("flies tourists from Riga", "evacuated 300 people from Kabul": where a motion starts, past its object.)
    if (prep === 'from') {
      for (let k = p - 1; k >= s && k >= p - 4; k--) {
        const t = toks[k];
        if (MOTION.has(t.lemma) || MOTION.has(t.norm)) return true;
        if (!/^(DET|ADJ|NOUN|NUM)$/.test(t.pos) || isCap(t)) break;
      }
    }
    // ("fled to Adre from El Geneina": a second leg of the same motion.)
    if (prep === 'from' || prep === 'to') {
      for (let k = p - 1; k >= s && k >= p - 5; k--) {
        if (!/^(to|from|into)$/.test(this.norms[k]) || k === p) continue;
        return this.motionBefore(k, s);
      }
    }
    return false;
  }

  /** A name cited as an author: "Nowak (2014)", "Nowak et al.", "(Nowak, 2014; …)", "Nowak and Lis (1999)". */
  citedAuthor(i: number, j: number): boolean {
    const toks = this.tokens;
    const at = (k: number) => (k < toks.length && toks[k].sentence === toks[i].sentence ? toks[k].text : '');
    const year = (k: number) => /^(1[5-9]|20)\d\d[a-z]?$/.test(at(k));
    if (at(j) === '(' && year(j + 1)) return j - i === 1; // "Nowak (2014)"; "Match Point (2005)" is a film
    if (at(j) === 'et' && /^al\.?$/.test(at(j + 1))) return true;
    if (at(j) === ',' && year(j + 1) && i > 0 && /^[(;,&]$|^and$/.test(toks[i - 1].text)) return true;
    if ((at(j) === 'and' || at(j) === '&') && /^\p{Lu}/u.test(at(j + 1)) && at(j + 2) === '(' && year(j + 3)) return true;
    return false;
  }

  /** A lone capitalized word that acts like a person: subject of a verb, a possessor, or addressed by name. */
  personLike(i: number, j: number): boolean {
    const next = this.tokens[j];
    const prev = this.tokens[i - 1];
    if (next && next.sentence === this.tokens[i].sentence) {
      if (next.pos === 'VERB' || next.pos === 'AUX' || next.norm === "'s" || next.norm === '’s') return true;
      if (next.text === ',' && prev && (prev.text === ',' || prev.norm === 'said' || prev.norm === 'says')) return true;
    }
    // "said his wife, Rudo Tande.": named after a kin word; "gave her name only as Sofia".
    return (prev?.text === ',' && KIN_GENDER.has(this.tokens[i - 2]?.norm ?? '')) || this.namedAsBefore(i);
  }

  /** Whether a body's name ending in the capitalized head word `t` ("European Commission") comes before it. */
  namedInFull(t: Token): boolean {
    // ("the Chamber of Deputies": named in full right here.)
    const next = this.tokens[t.index + 1];
    if (next && /^(of|for)$/.test(next.norm) && this.tokens[t.index + 2] && isCap(this.tokens[t.index + 2])) return true;
    const first = this.lastWordsOfNames().get(t.text);
    return first !== undefined && first < t.index;
  }

  /** Each word that ends a capitalized name of two or more words, with the first token where it does (computed once). */
  lastWordsOfNames(): Map<string, number> {
    if (this.nameEnds) return this.nameEnds;
    const ends = new Map<string, number>();
    const toks = this.tokens;
    for (let k = 1; k < toks.length; k++) {
      if (!isCap(toks[k]) || !isCap(toks[k - 1]) || toks[k - 1].sentence !== toks[k].sentence || this.isSentenceStart(k - 1) || ends.has(toks[k].text)) continue;
      ends.set(toks[k].text, k);
    }
    this.nameEnds = ends;
    return ends;
  }

  /** A capitalized single word that is really a common word (written in lower case elsewhere, or not a proper noun). */
  commonWord(t: Token): boolean {
    if (this.lex.givenNames.has(t.text) || this.lex.phrases.has(this.normOf(t))) return false;
    // ("The Commission said" beside "a commission spokesperson": a body's head word capitalized after "the" is that body.)
    if (this.lowerWords.has(t.norm) && this.lex.heads.get(t.norm)?.kind === 'organization' && !this.isSentenceStart(t.index) && this.tokens[t.index - 1]?.norm === 'the' && this.namedInFull(t)) return false;
    if (this.lowerWords.has(t.norm)) return !this.surnames.has(t.text) || this.tokens[t.index + 1]?.pos === 'NUM';
    if (t.pos === 'PROPN') return false;
    // ("the state news agency TAP", "TAP said": a short word in capitals after a word for a body or before a verb of
    // speech is an acronym, whatever the tagger makes of it.)
    if (t.text.length >= 2 && t.text.length <= 6 && isAllCapsWord(t) && (this.bodyWordAt(t.index - 1, t.sentence) || SPEECH_AFTER.has(this.norms[t.index + 1] ?? ''))) return false;
    // The tagger calls some unknown names verbs or nouns ("Velder (1983) noted"): mid-sentence, a capitalized word the
    // text never writes in lower case and that is not spelled like a common word is a name.
    if (this.isSentenceStart(t.index) || !CAPITALIZED_WORD.test(t.text)) return true;
    return spellingResult(t.text).scores.other >= 0.5;
  }

  /** Longest gazetteer phrase starting at token i (within [i, end)), honoring case rules. */
  lookup(i: number, end: number, mode: 'caps' | 'title' | null, rolesOnly = false): { j: number; entry: Entry } | null {
    const toks = this.tokens;
    if (toks[i].norm === 'the') return null; // phrases are stored without the article; match from the next word
    if (this.redefined.size && this.redefined.has(toks[i].text)) return null;
    if (!this.startsPhrase[i]) return null; // the loop below would stop at its first token
    let key = '';
    let found: { j: number; entry: Entry } | null = null; // the longest match so far
    for (let j = i; j < end && j < i + this.lex.maxWords + 2; j++) {
      const t = toks[j];
      if (j > i && t.spaceBefore) key += ' ';
      key += this.norms[j];
      if (j > i && /^[,.;:!?"“”()]$/.test(t.text)) break;
      if (!this.lex.prefixes.has(key)) {
        // Not the start of any phrase: longer keys cannot match either, unless the token itself splits ("U.S.-led").
        if (j === i && !/[-'.]/.test(key)) break;
        if (j > i) break;
      }
      const list = this.lex.phrases.get(key);
      if (!list) continue;
      for (const e of list) {
        if (rolesOnly && e.type !== 'role') continue;
        if (this.caseOk(i, j + 1, e, mode)) {
          found = { j: j + 1, entry: e };
          break;
        }
      }
    }
    return found;
  }

  caseOk(i: number, j: number, e: Entry, mode: 'caps' | 'title' | null): boolean {
    const first = this.tokens[i];
    if (e.type === 'role') return true;
    // ("Economist Ana Ruiz said": a one-word body's alias that is also a role, right before a name, is the role.)
    if (e.type === 'org' && j - i === 1 && this.norms[i - 1] !== 'the' && this.tokens[j] && isCap(this.tokens[j]) && this.tokens[j].sentence === first.sentence && this.lex.phrases.get(this.norms[i])?.some((x) => x.type === 'role' && x.kind === 'person') && !!this.lex.givenNames.get(this.tokens[j].text)) return false;
    // "the States" is the United States; "Member States", "Gulf States" are not.
    if (e.type === 'country' && j - i === 1 && this.norms[i] === 'states' && !(i > 0 && this.norms[i - 1] === 'the')) return false;
    // "Latin American", "South African" is the country's own, but "South American", "North American" are regions.
    if (e.type === 'country' && e.how === 'demonym' && i > 0 && isCap(this.tokens[i - 1]) && REGION_PREFIX.has(this.norms[i - 1]) && !this.lex.phrases.has(`${this.norms[i - 1]} ${this.norms[i]}`)) return false;
    if (!isCap(first)) return false;
    // ("Md. Touhid Hossain": a state's abbreviation right before a name abbreviates the name; "Baltimore, Md." is the state.)
    const next = this.tokens[j];
    if (e.type === 'place' && j - i === 1 && first.text.endsWith('.') && next && next.sentence === first.sentence && isCap(next) && next.pos === 'PROPN' && !this.lex.heads.has(next.norm) && !this.lex.phrases.has(next.norm)) return false;
    if (e.type === 'place' && e.generated && j - i === 1 && (this.lowerWords.has(first.norm) || first.pos !== 'PROPN')) return false;
    // ("Militancy in the Delta has …": a one-word city takes no article; "the Delta" is a region the text named before.
    // Not "the Berkeley border", "the Tampa Bay Rays": a city naming the word after it.)
    if (e.type === 'place' && e.generated && j - i === 1 && i > 0 && this.norms[i - 1] === 'the' && !isCap(this.tokens[i - 1]) && !/^(NOUN|PROPN|ADJ|NUM|PART)$/.test(this.tokens[j]?.pos ?? '') && !(this.tokens[j] && (isCap(this.tokens[j]) || /^[-‐]$/.test(this.tokens[j].text)))) return false;
    // "Male birds sing" (the text also writes "male"): a sentence's first word that is also a common word is that word.
    if (j - i === 1 && e.type !== 'person' && this.lowerWords.has(first.norm) && this.isSentenceStart(i) && !(first.text.length >= 2 && isAllCapsWord(first))) return false;
    const text = this.doc.text.slice(first.start, this.tokens[j - 1].end);
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length <= 3) {
      // Short keys ("US", "WHO", "IS") must be written in capitals, and mean nothing in an all-caps line.
      if (mode === 'caps' && !/\./.test(text)) return false;
      // A place's dotted abbreviation ("Fla.", "Pa.") is written as it is listed; a short demonym ("Lao") as a word.
      if (letters !== letters.toUpperCase() && e.type !== 'person' && !(e.type === 'country' && (e.how === 'name' || e.how === 'demonym')) && !(e.type === 'place' && text.endsWith('.'))) return false;
    }
    return true;
  }

  /** A token that can be part of a proper name. */
  nameToken(k: number, sentStart: number): boolean {
    const t = this.tokens[k];
    if (!isCap(t)) return false;
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM') return false;
    const n = this.norms[k];
    // "US", "IT": an acronym in capitals is not the function word it spells.
    if (FUNCTION_WORDS.has(n) && !HONORIFICS.has(n) && !(t.text.length >= 2 && isAllCapsWord(t) && this.lex.phrases.has(n))) return false;
    if (n === 'i' || /^i['’]/.test(n) || t.pos === 'PRON') return false;
    if (REGION_ADJ.has(n) && this.tokens[k + 1] && /^\p{Ll}/u.test(this.tokens[k + 1].text) && this.tokens[k + 1].norm !== 'of') return false;
    if (k === sentStart || this.afterOpenQuote(k, sentStart)) {
      // Sentence-initial capitals carry no signal; trust the tagger and the gazetteers.
      if (t.pos !== 'PROPN' && !this.lex.givenNames.has(t.text) && !this.lex.phrases.has(n) && !this.longPhraseAt(k)) return false;
      // "Ethnographer Lena Marwick": a word spelled like a common noun before a given name describes the person.
      const next = this.tokens[k + 1];
      if (next && next.sentence === t.sentence && t.text.length >= 5 && !HONORIFICS.has(n) && !KIN_TITLES.has(n) && !this.lex.phrases.has(n) && !this.longPhraseAt(k) && !this.lex.givenNames.has(t.text) && this.given(next) && CAPITALIZED_WORD.test(next.text) && spellingResult(t.text).scores.other >= 0.6) return false;
    }
    return true;
  }

  /** Whether a gazetteer phrase of two or more words starts at token k ("African Union Commission …"). */
  longPhraseAt(k: number): boolean {
    if (!this.startsPhrase[k]) return false;
    const hit = this.lookup(k, this.doc.get('sentences')[this.tokens[k].sentence].tokenEnd, null);
    return !!hit && hit.j > k + 1;
  }

  afterOpenQuote(k: number, sentStart: number): boolean {
    for (let p = k - 1; p >= sentStart; p--) {
      const t = this.tokens[p].text;
      if (/^["“‘'(\[]$/.test(t)) continue;
      return false;
    }
    return k > sentStart;
  }

  /** Chunk a sentence into gazetteer phrases, role phrases and unknown proper-name runs. */
  chunk(s: number, e: number, mode: 'caps' | 'title' | null): Chunk[] {
    const toks = this.tokens;
    const chunks: Chunk[] = [];
    let k = s;
    while (k < e) {
      // 1. A run of name tokens, with connectors, hyphens and honorifics inside it.
      if (!mode && this.nameToken(k, s)) {
        let j = k + 1;
        while (j < e) {
          const t = toks[j];
          // ("Han Ji-woo", "Park Sang-woo": a romanized syllable pair is a given name, whatever the tagger calls its half.)
          if (t.text === '-' && !t.spaceBefore && j + 1 < e && !toks[j + 1].spaceBefore && /^\p{Ll}/u.test(toks[j + 1].text) && (toks[j + 1].pos !== 'VERB' || (j - 1 > k && this.syllablePair(j - 1)))) { j += 2; continue; }
          const plural = (t.text === "'" || t.text === '’') && !t.spaceBefore && /s$/.test(toks[j - 1].text);
          const owner = (t.norm === "'s" || t.norm === '’s' || plural) && j + 1 < e && this.nameToken(j + 1, s) ? this.lookup(k, j, mode) : undefined;
          // (Not after a title and a full name: "Premier Doug Ford's Progressive Conservatives" are his party.)
          if (owner !== undefined && (owner?.j !== j || owner.entry.type === 'role') && !toks.slice(k, j - 2).some((x) => this.personRoleAt(x.index))) {
            // "People's Liberation Army", "the Workers' Party": a possessive inside an organization's name.
            let m = j + 1;
            while (m < e && this.nameToken(m, s)) m++;
            // ("Brenner's Social Democrats": the possessive of someone the text names in full ends the name.)
            if (owner === null && this.surnames.has(toks[j - 1].text)) break;
            if (this.lex.heads.get(tokNorm(toks[m - 1]))?.kind === 'organization' || this.clergyConference(k, m)) { j = m; continue; }
          }
          if (this.nameToken(j, s) && (t.spaceBefore || /^[-'’]/.test(t.text) || /[-]$/.test(toks[j - 1].text))) { j++; continue; }
          // "Jean le Rond d'Alembert", "Patrizia d’Ettorre": an elided particle joined to a capital ends a name.
          if (ELIDED_PARTICLE_NAME.test(t.text) && t.spaceBefore) { j++; continue; }
          if (t.text === '-' && !t.spaceBefore && j + 1 < e && !toks[j + 1].spaceBefore && isCap(toks[j + 1])) { j += 2; continue; }
          // "Ursula von der Leyen", "Charles de la Fontaine": two particles in a row before the rest of the name.
          if (NAME_PARTICLES.has(t.norm) && !isCap(t) && j + 2 < e && NAME_PARTICLES.has(this.norms[j + 1]) && !isCap(toks[j + 1]) && this.nameToken(j + 2, s)) { j += 2; continue; }
          // "Court of First Instance": a capitalized ordinal after "of" is a word of the name.
          if (t.norm === 'of' && j + 2 < e && ORDINALS.has(this.norms[j + 1]) && CAPITALIZED_WORD.test(toks[j + 1].text) && this.nameToken(j + 2, s)) { j += 3; continue; }
          if (CONNECTORS.has(t.norm) && !isCap(t) && j + 1 < e && this.nameToken(j + 1, s)) {
            if (t.norm === 'and' && !this.andInsideName(k, j, e, s)) break;
            j++;
            continue;
          }
          if (t.norm === 'the' && toks[j - 1].norm === 'of' && j + 1 < e && this.nameToken(j + 1, s)) { j++; continue; }
          // "Armed Forces of the Philippines", "Bank of the Republic": "of the" inside a body's name.
          // ("Federal Office for the Protection of the Constitution": "for the" too.)
          if ((t.norm === 'of' || t.norm === 'for') && j + 2 < e && toks[j + 1].norm === 'the' && this.nameToken(j + 2, s) && this.headOf(k, j)?.kind === 'organization') { j += 2; continue; }
          // "University of Texas at Austin": a campus named by its place after "at".
          if (t.norm === 'at' && j + 1 < e && /^(university|college)$/.test(this.norms[k]) && this.nameToken(j + 1, s)) {
            const campus = this.lookup(j + 1, e, mode);
            if (campus && (campus.entry.type === 'place' || campus.entry.type === 'country')) {
              this.nested.push({ type: 'lex', i: j + 1, j: campus.j, entry: campus.entry });
              j++;
              continue;
            }
          }
          // "Center for Water and the Environment": "and the" inside a body's "of"/"for" phrase.
          // (Not a second body: "the Law Society of Tarnland and the Law Society of Kenya".)
          if (t.norm === 'and' && j + 2 < e && toks[j + 1].norm === 'the' && this.nameToken(j + 2, s) && toks.slice(k + 1, j).some((x) => x.norm === 'of' || x.norm === 'for') && this.headOf(k, j)?.kind === 'organization') {
            let m = j + 2;
            while (m < e && this.nameToken(m, s) && !this.lex.heads.has(tokNorm(toks[m]))) m++;
            if (m - j <= 4 && !(m < e && (this.lex.heads.has(tokNorm(toks[m])) || toks[m].norm === 'of'))) { j += 2; continue; }
          }
          // "Ministry of Education, Culture, Sports, Science and Technology": a body's list of portfolios.
          // ("Minister of Economy, Trade and Industry": so is an office's.)
          // ("Centre for Economic Development, Transport and the Environment": after "for", and with "and the".)
          if (t.text === ',' && this.lex.portfolios.has(this.norms[j - 1]) && (toks.slice(k + 1, j).some((x) => x.norm === 'of' || x.norm === 'for') && this.headOf(k, j)?.kind === 'organization' || this.officeOfAt(k, j))) {
            const end = this.portfolioListEnd(j, e);
            if (end > 0) { j = end; continue; }
          }
          // "Abd al-Karim Qasim", "Abdel Fattah el-Sisi": a particle joined by a hyphen to the next name.
          if (NAME_PARTICLES.has(t.norm) && !isCap(t) && j + 2 < e && toks[j + 1].text === '-' && !toks[j + 1].spaceBefore && !toks[j + 2].spaceBefore && this.nameToken(j + 2, s)) { j += 3; continue; }
          break;
        }
        // Trailing connectors belong to the sentence, not the name.
        while (j > k + 1 && (CONNECTORS.has(toks[j - 1].norm) || toks[j - 1].norm === 'the')) j--;
        // A lone capitalized common word ("Practice", "Figure") is not a name; a run needs one proper noun.
        const run = toks.slice(k, j);
        // ("The environmental network Living Water said", "Global Athlete, an athlete-led advocacy group,": words the
        // text also writes in lower case name a body that a word for a body names, before or in apposition.)
        if (run.every((t) => this.commonWord(t)) && !run.some((t) => this.lex.phrases.has(this.normOf(t)))) {
          if (j - k > 1 && (this.bodyWordAt(k - 1, toks[k].sentence) || this.civicAppositive(j))) {
            chunks.push({ type: 'name', i: k, j });
            k = j;
            continue;
          }
          // "the Associated Press" where the text also writes "the press": a known phrase of common words is a name.
          const phrase = j - k > 1 ? this.lookup(k, e, mode) : null;
          if (phrase && phrase.j - k > 1 && phrase.entry.type !== 'role') { chunks.push({ type: 'lex', i: k, j: phrase.j, entry: phrase.entry }); k = phrase.j; continue; }
          // ("The State Border Guard Service (VSAT) said … the head of the border guard service": in running text, the
          // head word of a state's body ends a name of common words after "the"; any but a business's does before its
          // short form in brackets. Not "Geographic Information Systems (GIS)".)
          const head = j - k > 1 && !mode ? this.lex.heads.get(this.norms[j - 1]) : undefined;
          // (Not the first of two joined by "and": "the Fire Service and Civil Defence" is one body.)
          const joined = this.norms[j] === 'and' && !!toks[j + 1] && isCap(toks[j + 1]);
          if (head?.kind === 'organization' && !joined && ((this.norms[k - 1] === 'the' && STATE_SECTORS.has(head.sector ?? '')) || (toks[j]?.text === '(' && toks[j].sentence === toks[k].sentence && head.sector !== 'BUS'))) {
            chunks.push({ type: 'name', i: k, j });
            k = j;
            continue;
          }
          const hit = this.lookup(k, e, mode, true);
          if (hit) { chunks.push({ type: 'role', i: k, j: hit.j, entry: hit.entry as Entry & { type: 'role' } }); k = hit.j; continue; }
          // "the House passed", "the Commission said": a common noun capitalized after "the" mid-sentence names an institution.
          if (j === k + 1 && k > s && toks[k - 1].norm === 'the' && !this.isSentenceStart(k - 1) && !this.lex.nonActorHeads.has(tokNorm(toks[k])) && CAPITALIZED_WORD.test(toks[k].text)) {
            const after = toks[j];
            if (!(after && after.sentence === toks[k].sentence && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN')) {
              this.institutions.add(k);
              chunks.push({ type: 'name', i: k, j });
            }
          }
          k = j;
          continue;
        }
        const longer = this.lookup(k, e, mode);
        if (longer && longer.j > j && longer.entry.type !== 'role') {
          chunks.push({ type: 'lex', i: k, j: longer.j, entry: longer.entry });
          k = longer.j;
          continue;
        }
        // "Special counsel Jack Smith" opening a sentence: a role that runs on in lower case.
        const role = j === k + 1 ? this.lookup(k, e, mode, true) : null;
        if (role && role.j > j) {
          chunks.push({ type: 'role', i: k, j: role.j, entry: role.entry as Entry & { type: 'role' } });
          k = role.j;
          continue;
        }
        this.segmentRun(k, j, chunks, mode);
        k = j;
        continue;
      }
      // 2. Gazetteer phrases (headlines: the only source of names) and role nouns in lower case.
      const hit = this.lookup(k, e, mode, !mode ? true : false);
      if (hit) {
        if (hit.entry.type === 'role') chunks.push({ type: 'role', i: k, j: hit.j, entry: hit.entry });
        else chunks.push({ type: 'lex', i: k, j: hit.j, entry: hit.entry });
        k = hit.j;
        continue;
      }
      if (mode === 'title' && isCap(toks[k]) && toks[k].pos === 'PROPN' && !FUNCTION_WORDS.has(toks[k].norm)) {
        // Headline words: runs of proper nouns, kept later only if they name someone the body names.
        let j = k + 1;
        while (j < e && isCap(toks[j]) && toks[j].pos === 'PROPN' && !FUNCTION_WORDS.has(toks[j].norm) && !this.lookup(j, e, mode)) j++;
        chunks.push({ type: 'name', i: k, j });
        k = j;
        continue;
      }
      k++;
    }
    // "Brigadier General (retd) Ibrahim Sani": a retired officer's parenthesis belongs to the title before the name.
    for (const ch of chunks) {
      if (ch.type === 'role' && toks[ch.j]?.text === '(' && RETIRED.test(toks[ch.j + 1]?.text ?? '') && toks[ch.j + 2]?.text === ')' && ch.j + 3 < e) {
        ch.j += 3;
        this.retired.add(ch.i);
      }
    }
    return chunks;
  }

  /** Split a capitalized run into gazetteer phrases, roles and unknown names. */
  segmentRun(i: number, j: number, chunks: Chunk[], mode: 'caps' | 'title' | null): void {
    const toks = this.tokens;
    // ("who gave her name only as Sofia", "identified only as Jes": a person's name, whatever else it names.)
    if (this.namedAsBefore(i) && j - i <= 3 && this.lookup(i, j, mode)?.entry.type !== 'role') {
      chunks.push({ type: 'name', i, j });
      return;
    }
    const local: Chunk[] = [];
    let k = i;
    let nameStart = -1;
    const flush = (end: number) => {
      if (nameStart >= 0) {
        let a = nameStart;
        let b = end;
        while (a < b && CONNECTORS.has(toks[a].norm) && !isCap(toks[a])) a++;
        while (b > a && (CONNECTORS.has(toks[b - 1].norm) || toks[b - 1].norm === 'the') && !isCap(toks[b - 1])) b--;
        if (b > a) local.push({ type: 'name', i: a, j: b });
      }
      nameStart = -1;
    };
    while (k < j) {
      const hit = this.lookup(k, j, mode);
      // Capitalized role nouns that are not titles belong to the name: "Syrian Democratic Forces", "Foreign Ministry".
      // So are role nouns with a possessive inside a name: "the Workers' Party", "Teachers' Union".
      const possessive = hit && hit.j < j && isPossessive(toks[hit.j].text);
      // "Catherine King", "Tom Judge": a one-word title that ends the run after a given name is a surname; so is a
      // one-word listed body ("Claudia Ferrero", "Tom Ford").
      // (So is a demonym: "Andreea Moldovan", "Tom French".)
      const demonym = hit?.entry.type === 'country' && hit.entry.how === 'demonym';
      const surname = (hit?.entry.type === 'role' || hit?.entry.type === 'org' || demonym) && !mode && hit.j === j && hit.j === k + 1 && nameStart >= 0 && nameStart === k - 1 && !!this.given(toks[k - 1]);
      // "Students for Fair Admissions", "Mothers Against Drunk Driving": a plural role word opening a body's name.
      // (Not "Lawyers for Cabral": a cause is no one's name.)
      const cause = hit?.entry.type === 'role' && hit.entry.plural && k === i && hit.j + 1 < j && /^(for|against|without)$/.test(this.norms[hit.j]) && !this.lookup(hit.j + 1, j, mode)
        && !this.given(toks[hit.j + 1]) && !(hit.j + 2 === j && this.endsFullName(toks[hit.j + 1].text));
      // "Ministry of Justice", "Superior Court of Justice": a role word after a body's head and "of" names its field.
      const field = hit?.entry.type === 'role' && ABSTRACT_ROLES.has(hit.entry.term) && k >= i + 2 && this.norms[k - 1] === 'of' && this.lex.heads.get(tokNorm(toks[k - 2]))?.kind === 'organization';
      // "the Federal Criminal Court": a role word between a name's words and a body's head is part of the name.
      const inside = hit?.entry.type === 'role' && nameStart >= 0 && hit.j < j && this.norms[hit.j] !== 'of' && this.headOf(nameStart, j)?.kind === 'organization' && (this.lookup(hit.j, j, mode)?.entry.type ?? 'role') === 'role';
      const nameRole = hit?.entry.type === 'role' && (hit.entry.kind === 'organization' || possessive || surname || cause || field || inside || (hit.entry.kind === 'group' && k > i && nameStart >= 0));
      if (hit && !nameRole && !surname) {
        flush(k);
        local.push(hit.entry.type === 'role' ? { type: 'role', i: k, j: hit.j, entry: hit.entry } : { type: 'lex', i: k, j: hit.j, entry: hit.entry });
        k = hit.j;
        continue;
      }
      if (nameStart < 0) nameStart = k;
      k++;
    }
    flush(j);
    // "National Union for the Total Independence of Angola": a town's name inside a body's "for"/"of" phrase is a word
    // of the body's name ("Independence" is also a town in Missouri).
    for (let n = 1; n < local.length; n++) {
      const a = local[n - 1];
      const b = local[n];
      if (a.type !== 'name' || b.type !== 'lex' || b.entry.type !== 'place' || !b.entry.generated || b.i !== a.j || b.j - b.i !== 1) continue;
      const p = toks.slice(a.i + 1, a.j).findIndex((t) => t.norm === 'of' || t.norm === 'for') + a.i + 1;
      if (p <= a.i || this.lex.heads.get(tokNorm(toks[p - 1]))?.kind !== 'organization') continue;
      local.splice(n - 1, 2, { type: 'name', i: a.i, j: b.j });
      n--;
    }
    // Repairs: "Free Democrats", "Progressive Conservatives", "NHS England": an unknown capitalized word joined to a
    // listed body's one-word name makes another body's name.
    for (let n = 0; n + 1 < local.length; n++) {
      const a = local[n];
      const b = local[n + 1];
      if (a.type !== 'name' || b.type !== 'lex' || b.entry.type !== 'org' || b.i !== a.j || b.j - b.i !== 1 || a.j - a.i > 2) continue;
      const words = toks.slice(a.i, a.j);
      if (!words.every((t) => CAPITALIZED_WORD.test(t.text)) || words.some((t) => this.lex.phrases.get(t.norm)?.some((x) => x.type === 'country' || x.type === 'place' || x.type === 'seat'))) continue;
      // ("Senate Democrats", "House Republicans" have a listed word in front; "Apple Inc" a suffix after.)
      if (!/^(democrats|republicans|conservatives|liberals|socialists|greens|communists|nationalists|tories)$/.test(this.norms[b.i])) continue;
      local.splice(n, 2, { type: 'name', i: a.i, j: b.j });
    }
    // Repairs: "EcoPeace Middle East", "GreenAid Africa": a brand's CamelCase word before a place or region names one
    // body.
    for (let n = 0; n + 1 < local.length; n++) {
      const a = local[n];
      const b = local[n + 1];
      if (a.type === 'name' && a.j - a.i === 1 && b.type === 'lex' && b.i === a.j && (b.entry.type === 'place' || (b.entry.type === 'country' && b.entry.how !== 'demonym')) && isCamelBrand(toks[a.i].text)) {
        local.splice(n, 2, { type: 'name', i: a.i, j: b.j });
      }
    }
    // Repairs: "Americans for Prosperity", "Students for Fair Admissions": a people for a cause is one body's name.
    for (let n = 0; n + 1 < local.length; n++) {
      const a = local[n];
      const b = local[n + 1];
      const people = (a.type === 'lex' && a.entry.type === 'country' && a.entry.how === 'demonym' && a.j - a.i === 1 && /s$/.test(toks[a.i].text))
        || (a.type === 'role' && a.entry.plural && a.j - a.i === 1 && isCap(toks[a.i]));
      if (people && b.type === 'name' && b.i === a.j + 1 && /^(for|against)$/.test(this.norms[a.j]) && !(this.lex.givenNames.has(toks[b.i].text) && spellingResult(toks[b.j - 1].text).scores.other < 0.5) && !this.surnames.has(toks[b.j - 1].text)) local.splice(n, 2, { type: 'name', i: a.i, j: b.j });
    }
    // Repairs: "Ministry of Labour", "Department of Commerce": a portfolio after a body's "of" is its field, even
    // where the word alone is listed as something else ("Labour").
    for (let n = 0; n + 1 < local.length; n++) {
      const a = local[n];
      const b = local[n + 1];
      if (a.type === 'name' && b.type === 'lex' && b.j - b.i === 1 && b.i === a.j + 1 && this.norms[a.j] === 'of' && this.lex.portfolios.has(this.norms[b.i]) && this.headOf(a.i, a.j)?.kind === 'organization') {
        local.splice(n, 2, { type: 'name', i: a.i, j: b.j });
      }
    }
    // Repairs: "Bank of Mexico" (an organization of a country) is one organization.
    for (let n = 0; n + 1 < local.length; n++) {
      const a = local[n];
      const b = local[n + 1];
      if (a.type === 'name' && b.type === 'lex' && (b.entry.type === 'country' || b.entry.type === 'place') && b.i - a.j >= 1 && b.i - a.j <= 2 && toks[a.j].norm === 'of') {
        const h = this.lex.heads.get(tokNorm(toks[a.j - 1])) ?? this.headOf(a.i, a.j);
        // (But "Gov. Lia Marsh of Fla." is a person from a place: a given name opens it and a word that is also a surname ends it.)
        const person = a.j - a.i >= 2 && !!this.given(toks[a.i]) && SURNAME_HEADS.has(tokNorm(toks[a.j - 1]));
        if (h && (h.kind === 'organization' || h.kind === 'place') && !person) {
          // ("Gulf of Mexico", "Province of Lugo": a place of a country is one place too.)
          this.ofCountry.set(`${a.i}`, b.entry.type === 'country' ? b.entry.code : b.entry.country);
          // ("National Union of Kenyan Teachers": a demonym goes on to the people it describes.)
          const people = b.entry.type === 'country' && b.entry.how === 'demonym' ? local[n + 2] : undefined;
          if (people && people.i === b.j && (people.type === 'name' || (people.type === 'role' && people.entry.plural))) {
            local.splice(n, 3, { type: 'name', i: a.i, j: people.j });
            continue;
          }
          this.nested.push(b);
          local.splice(n, 2, { type: 'name', i: a.i, j: b.j });
        }
      }
    }
    // "Universidad San Francisco de Quito", "Banco de Credito del Peru": a name opened by a head that opens foreign
    // names runs on through the cities and names after it, joined directly or by "de", "del", "la"; the last city
    // gives its country, and the cities inside are no mentions of their own.
    for (let n = 0; n < local.length; n++) {
      const a = local[n];
      if (a.type !== 'name' || !this.lex.heads.get(tokNorm(toks[a.i]))?.first) continue;
      let end = a.j;
      let m = n + 1;
      let code: string | null = null;
      for (; m < local.length; m++) {
        const b = local[m];
        const gap = toks.slice(end, b.i);
        if (gap.length > 2 || !gap.every((t) => NAME_PARTICLES.has(t.norm) && !isCap(t))) break;
        // (A capital counts as a city; a country's name after them stays a mention of its own: "Universidad Nacional de
        // Colombia".)
        if (b.type === 'lex' && b.entry.type === 'place') code = b.entry.country;
        else if (b.type === 'lex' && b.entry.type === 'country' && b.entry.how === 'metonym') code = b.entry.code;
        else if (b.type !== 'name') break;
        end = b.j;
      }
      if (m === n + 1) continue;
      if (code) this.ofCountry.set(`${a.i}`, code);
      local.splice(n, m - n, { type: 'name', i: a.i, j: end });
    }
    // "Mara Vornstag of Tarnby", "Dr. Ivo Marsk of Velder Labs": a full name before "of" is a person from a place or a
    // body, two names (a peer's "Lord Marsk of Tarnby" and a one-word name, "Joan of Arc", stay whole).
    for (let n = 0; n < local.length; n++) {
      const a = local[n];
      if (a.type !== 'name') continue;
      let f = a.i;
      while (f < a.j && HONORIFICS.has(this.norms[f])) f++;
      if (f > a.i && /^(lord|lady)$/.test(this.norms[a.i])) continue;
      const p = toks.slice(f + 2, a.j - 1).findIndex((t) => t.norm === 'of') + f + 2;
      if (p < f + 2 || !this.given(toks[f]) || this.lex.heads.has(tokNorm(toks[p - 1])) || !isCap(toks[p + 1])) continue;
      local.splice(n, 1, { type: 'name', i: a.i, j: p }, { type: 'name', i: p + 1, j: a.j });
      n++;
    }
    // "the Supreme Court of the United States", "the Senate of the Philippines": a body many states name alike, then
    // "of" and a country, is that country's body.
    for (let n = 0; n + 1 < local.length; n++) {
      const a = local[n];
      const b = local[n + 1];
      if (a.type === 'lex' && a.entry.type === 'seat' && a.entry.shared && b.type === 'lex' && b.entry.type === 'country' && b.entry.how !== 'demonym' && toks[a.j].norm === 'of' && b.i - a.j <= 2) {
        this.ofCountry.set(`${a.i}`, b.entry.code);
        this.nested.push(b);
        local.splice(n, 2, { type: 'name', i: a.i, j: b.j });
      }
    }
    // "Nigeria Labour Congress", "Social Democratic Party": a body's short name ("Labour") or a listed name that goes on
    // past words the run opens with is a word of a longer name when a body's head word ends the run.
    const runHead = this.headOf(i, j);
    if ((runHead?.kind === 'organization' || CORPORATE_SUFFIX.test(toks[j - 1].text)) && !mode) {
      for (let n = 0; n < local.length; n++) {
        const c = local[n];
        if (c.type !== 'lex' || c.entry.type !== 'org' || c.entry.source === 'user') continue;
        const prev = local[n - 1];
        const last = local[local.length - 1];
        // "Labour" + "Congress": an alias of one word with more of the name after it.
        // (Not an acronym: "UNESCO Slovenian National Commission" is a body of UNESCO's.)
        // ("Uganda Red Cross Society": so is a longer one after a country's name, a national member of the body.)
        const member = c.j - c.i > 1 && prev?.type === 'lex' && prev.j === c.i && prev.entry.type === 'country' && prev.entry.how === 'name';
        if ((c.j - c.i === 1 || member) && c.j < j && last.j === j && !isAllCapsWord(toks[c.i]) && (this.lookup(c.i, j, mode)?.j ?? 0) <= c.j) {
          const from = prev?.type === 'name' && prev.j === c.i ? n - 1 : n;
          local.splice(from, local.length - from, { type: 'name', i: local[from].i, j });
          break;
        }
        // "Social" + "Democratic Party": an unknown word before a listed name that ends in a head.
        if (c.j === j && prev?.type === 'name' && prev.j === c.i && prev.j - prev.i <= 2 && !this.given(toks[prev.i]) && !this.lex.heads.has(tokNorm(toks[prev.j - 1]))) {
          local.splice(n - 1, 2, { type: 'name', i: prev.i, j });
          break;
        }
      }
    }
    // "Feliciano Valencia", "Douglas Paul James": a listed city inside a run of unknown names is part of a person's name.
    if (local.some((c) => c.type === 'name')) {
      for (let n = 0; n < local.length; n++) {
        const c = local[n];
        // ("Denzel Washington", "Florence Pugh": a capital after a name, or one that is also a given name, too.)
        const capital = c.type === 'lex' && c.entry.type === 'country' && c.entry.how === 'metonym';
        const placeLike = c.type === 'lex' && ((c.entry.type === 'place' && c.entry.generated) || capital);
        if (placeLike && c.j - c.i === 1) {
          const prev = local[n - 1];
          const next = local[n + 1];
          if (prev?.type === 'name' && prev.j === c.i && !this.headOf(prev.i, prev.j) && !HONORIFICS.has(this.norms[prev.i])) { local.splice(n - 1, 2, { type: 'name', i: prev.i, j: c.j }); n--; }
          else if (capital && !this.given(toks[c.i])) continue;
          else if (next?.type === 'name' && next.i === c.j && !this.headOf(next.i, next.j)) local.splice(n, 2, { type: 'name', i: c.i, j: next.j });
        }
      }
    }
    // "Chad Michael Murray", "Florence Vell", "Paris Hilton": a country's or a city's name that is also a given name, before a name that
    // is no common word ("Florence Place"), is a person's.
    for (let n = 0; n + 1 < local.length; n++) {
      const c = local[n];
      const next = local[n + 1];
      const placeName = c.type === 'lex' && ((c.entry.type === 'country' && (c.entry.how === 'name' || c.entry.how === 'metonym')) || (c.entry.type === 'place' && !!c.entry.country));
      // ("actor Wagner Moura": so is a body's one-word name after a person's role.)
      const titledName = c.type === 'lex' && c.entry.type === 'org' && c.entry.source !== 'user' && c.i > 0 && this.personRoleAt(c.i - 1) && !isCap(toks[c.i - 1]);
      if ((placeName || titledName) && c.j - c.i === 1 && (this.given(toks[c.i]) || titledName) && next.type === 'name' && next.i === c.j && !this.headOf(next.i, next.j) && (spellingResult(toks[next.j - 1].text).scores.other < 0.5 || this.spokeAlone.has(this.norms[next.j - 1]))) {
        local.splice(n, 2, { type: 'name', i: c.i, j: next.j });
      }
    }
    // "Michael Jordan" (name + country) is a person; "Georgia State University" / "Chinese Embassy" is an organization.
    const merged: Chunk[] = [];
    for (let n = 0; n < local.length; n++) {
      const c = local[n];
      const next = local[n + 1];
      const prev = merged[merged.length - 1];
      if (c.type === 'lex' && prev && prev.type === 'name' && prev.j === c.i && ((c.entry.type === 'country' && c.entry.how !== 'demonym') || c.entry.type === 'place') && this.given(toks[prev.i])) {
        merged[merged.length - 1] = { type: 'name', i: prev.i, j: c.j };
        continue;
      }
      // "George Washington Bridge", "Lincoln Memorial Hospital": a person's name before a one-word head names the
      // place or body after them.
      if (c.type === 'lex' && c.entry.type === 'person' && next && next.type === 'name' && next.i === c.j && next.j - next.i === 1 && this.headOf(next.i, next.j)) {
        merged.push({ type: 'name', i: c.i, j: next.j });
        n++;
        continue;
      }
      // "United Nations Food and Agriculture Organization": an international body's name before its own agency's is
      // one mention of the agency.
      if (c.type === 'lex' && c.entry.type === 'org' && c.entry.sector === 'IGO' && next?.type === 'lex' && next.i === c.j && next.entry.type === 'org' && next.entry.country === c.entry.country) {
        merged.push({ type: 'lex', i: c.i, j: next.j, entry: next.entry });
        n++;
        continue;
      }
      // A name that swallowed a place word runs on into the name after it: "George Washington Carver", "… Bridge".
      if (c.type === 'name' && prev && prev.type === 'name' && prev.j === c.i) {
        merged[merged.length - 1] = { type: 'name', i: prev.i, j: c.j };
        continue;
      }
      merged.push(c);
    }
    // "NHS England", "Greenpeace Brazil", "AirNav Indonesia": a body's name, then a country's or a region's that ends
    // the run, is that body's branch there.
    for (let n = 0; n + 1 < merged.length; n++) {
      const a = merged[n];
      const b = merged[n + 1];
      if (b.type !== 'lex' || b.i !== a.j || b.j !== j || !(b.entry.type === 'country' && b.entry.how !== 'demonym' && b.entry.how !== 'metonym')) continue;
      // (Not an outlet: "he told Reuters Brazil was ready".)
      const body = a.type === 'lex' && a.entry.type === 'org' && a.entry.kind === 'organization' && a.entry.sector !== 'MED' ? a.entry : null;
      const shaped = a.type === 'name' && a.j - a.i === 1 && /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}$/u.test(toks[a.i].text);
      if (!body && !shaped) continue;
      const code = b.entry.type === 'country' ? b.entry.code : null;
      this.branches.set(a.i, { country: code, sector: body?.sector ?? null });
      merged.splice(n, 2, { type: 'name', i: a.i, j: b.j });
    }
    // "the Unmanned Systems Forces Robert Brovdi": a body's name ending in its head, then a given name and a surname,
    // are two names.
    for (let n = 0; n < merged.length; n++) {
      const a = merged[n];
      if (a.type !== 'name' || a.j - a.i < 4) continue;
      for (let p = a.i + 2; p + 1 < a.j; p++) {
        if (!this.lex.givenNames.has(toks[p].text) || this.headOf(a.i, p)?.kind !== 'organization' || !this.lex.heads.has(tokNorm(toks[p - 1])) || this.headOf(p, a.j) || a.j - p > 3) continue;
        merged.splice(n, 1, { type: 'name', i: a.i, j: p }, { type: 'name', i: p, j: a.j });
        break;
      }
    }
    // "Minister for Human Development Muhadjir Effendy": after a role and "of"/"for", capitalized portfolios and then
    // two words that read as a name are a portfolio and a name (split after the merging above, which would undo it).
    // ("the Minister of Health and Social Affairs Ana Ruiz": the portfolio after "and" starts a run of its own.)
    const roleOf = (k: number): boolean => {
      const role = [...chunks, ...merged].find((c) => c.j === k);
      return role?.type === 'role' && role.entry.kind === 'person' && /^(of|for)$/.test(this.norms[k]);
    };
    const afterRole = (k: number): boolean => {
      if (roleOf(k)) return true;
      if (this.norms[k] !== 'and' && toks[k].text !== ',') return false;
      let q = k;
      while (q > 0 && isCap(toks[q - 1]) && this.lex.portfolios.has(this.norms[q - 1])) q--;
      return q < k && q > 0 && roleOf(q - 1);
    };
    for (let n = 0; n < merged.length; n++) {
      const a = merged[n];
      if (a.type !== 'name' || a.i === 0 || !afterRole(a.i - 1)) continue;
      let p = a.i;
      // ("Minister of Economy, Trade and Industry Kenji Aramaki": over a list of them.)
      const joint = (q: number) => (toks[q].text === ',' || this.norms[q] === 'and') && q + 1 < a.j && this.lex.portfolios.has(this.norms[q + 1]);
      while (p < a.j && (this.lex.portfolios.has(this.norms[p]) || joint(p))) p++;
      if (p === a.i || p + 1 >= a.j || (!this.given(toks[p]) && spellingResult(toks[p].text).scores.other >= 0.3) || spellingResult(toks[p + 1].text).scores.other >= 0.5) continue;
      merged.splice(n, 1, { type: 'name', i: a.i, j: p }, { type: 'name', i: p, j: a.j });
    }
    chunks.push(...merged);
  }

  /**
   * The end of a place's mention with the region that locates it: "Worcester, Massachusetts", "Paris, France" (the
   * region keeps its own mention too). `j` is the place's end token, `e` the sentence's.
   */
  regionEnd(j: number, e: number, mode: 'caps' | 'title' | null): number {
    return this.regionAfter(j, e, mode)?.end ?? j;
  }

  /** The region after "<place>," that ends the phrase, with its country, or null. */
  regionAfter(j: number, e: number, mode: 'caps' | 'title' | null): { end: number; country: string | null } | null {
    const toks = this.tokens;
    if (j + 1 >= e || toks[j].text !== ',' || toks[j].sentence !== toks[j + 1].sentence) return null;
    const hit = this.lookup(j + 1, Math.min(e, j + 6), mode);
    if (!hit) return null;
    const en = hit.entry;
    const region = (en.type === 'country' && (en.how === 'name' || en.how === 'alias')) || (en.type === 'place' && !en.generated);
    if (!region) return null;
    const after = toks[hit.j];
    // The region must end the phrase: "Tulsa, Oklahoma, said" or "Tulsa, Oklahoma." but not "Tulsa, Oklahoma City".
    if (after && after.sentence === toks[j].sentence && isCap(after)) return null;
    // Nor "in Uttar Pradesh, India's most populous state": the region word is a possessor there.
    if (after && isPossessive(after.text)) return null;
    return { end: hit.j, country: en.type === 'country' ? en.code : en.country };
  }

  /** Whether a list of names goes on at token k: "and"/"or" and a capital ("Damascus, Dubai, Kuwait and Istanbul"). */
  listGoesOn(k: number): boolean {
    return /^(and|or)$/.test(this.norms[k] ?? '') && !!this.tokens[k + 1] && isCap(this.tokens[k + 1]);
  }

  /** The start of "Southern Mali", "northern Italy": a compass word before a place ending at token j (else i). */
  compassStart(i: number, j: number, s: number): number {
    if (i - 1 < s) return i;
    const t = this.tokens[i - 1];
    if (!COMPASS.has(this.norms[i - 1])) return i;
    // In lower case too ("northern Italy", "eastern Ukraine"), but not "to lower Italy's debt", nor where the compass
    // word modifies a noun after the name ("the eastern Yucatán peninsula").
    const lower = !isCap(t);
    if (lower && (/^(upper|lower|greater)$/.test(t.norm) || t.pos === 'VERB')) return i;
    const after = this.tokens[j];
    if (lower && after && after.sentence === t.sentence && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN') return i;
    // "south-eastern Scotland": a hyphenated compass word.
    const h = this.tokens[i - 2];
    if (h && i - 3 >= s && h.text === '-' && !h.spaceBefore && !t.spaceBefore && COMPASS.has(this.norms[i - 3])) return i - 3;
    return i - 1;
  }

  /** An unknown name that names an event, law, work or idea by its head word ("World Cup", "Hurricane Ida"). */
  nonActorName(i: number, j: number): boolean {
    const toks = this.tokens;
    // A body's head anywhere ("Institute for Policy Studies") keeps the name an actor; a place word only at the end
    // ("Disney World" is a place, the "World Cup" an event).
    for (let k = i; k < j; k++) {
      const h = this.lex.heads.get(tokNorm(toks[k]));
      if (h && (h.kind !== 'place' || k === j - 1)) return false;
    }
    const na = this.lex.nonActorHeads;
    return na.get(tokNorm(toks[j - 1])) === 'last' || (j - i > 1 && na.get(tokNorm(toks[i])) === 'first');
  }

  /** "the Episcopal Conference", "the Bishops' Conference": a meeting of a faith's clergy that is a standing body. */
  clergyConference(i: number, j: number): boolean {
    return j - i > 1 && this.norms[j - 1] === 'conference' && this.norms.slice(i, j - 1).some((w) => FAITH_FIELD.test(w));
  }

  /** The org/place head of a name (its last word, or the word before "of"). */
  headOf(i: number, j: number): { sector: string | null; kind: ActorKind } | null {
    const toks = this.tokens;
    for (let k = i; k < j; k++) {
      if ((toks[k].norm === 'of' || toks[k].norm === 'for' || toks[k].norm === 'on') && k > i) {
        if (k === i + 1 && tokNorm(toks[i]) === 'house') return CHAMBER; // "House of Assembly"
        const h = this.lex.heads.get(tokNorm(toks[k - 1]));
        if (h) return h;
        if (this.clergyConference(i, k)) return CLERGY;
        break;
      }
    }
    const last = this.lex.heads.get(tokNorm(toks[j - 1]));
    // ("State House" is a building, but "the House" on its own is a chamber of a legislature.)
    if (last && j - i === 1 && tokNorm(toks[i]) === 'house') return CHAMBER;
    if (last) return last;
    if (this.clergyConference(i, j)) return CLERGY;
    // "Coast Guard OCS", "Army Corps ERDC": an acronym after a body's head is a unit of that body.
    if (j - i > 2 && isAllCapsWord(toks[j - 1])) {
      const h = this.lex.heads.get(tokNorm(toks[j - 2]));
      if (h?.kind === 'organization') return h;
    }
    // "Universidad de Chile", "Banco Central", "Koninklijke Marine": heads that open foreign names.
    const firstHead = this.lex.heads.get(tokNorm(toks[i]));
    return firstHead?.first && j - i > 1 ? firstHead : null;
  }

  newCandidate(i: number, j: number, fields: Partial<Candidate> & { kind: ActorKind; how: string; why: string }): Candidate {
    const toks = this.tokens;
    // "the al-Qassam Brigades", "el-Baradei": an Arabic article joined to a name by a hyphen opens its mention.
    if (fields.how === 'name' && i >= 2 && toks[i - 1].text === '-' && !toks[i - 1].spaceBefore && !toks[i].spaceBefore && ARTICLE_PARTICLE.test(toks[i - 2].text) && toks[i - 2].sentence === toks[i].sentence) i -= 2;
    const start = toks[i].start;
    let end = toks[j - 1].end;
    // "Atlantic Lottery Corporation, Inc.": a legal suffix after a comma belongs to the business's mention.
    const suffix = toks[j + 1];
    if (fields.kind === 'organization' && toks[j]?.text === ',' && suffix && suffix.sentence === toks[i].sentence && CORPORATE_SUFFIX.test(suffix.text)) {
      end = suffix.end;
      const inside = this.out.findIndex((o) => o.start === suffix.start);
      if (inside >= 0) this.out.splice(inside, 1);
    }
    const c: Candidate = {
      start, end, sentence: toks[i].sentence,
      name: this.doc.text.slice(start, end),
      country: null, sector: null, title: null, entry: null, gender: null, refers: null, role: null,
      weak: false, former: false, subject: false,
      ...fields,
    };
    // ("MSF's emergency coordinator": the code of a movement or of business at large places no person.)
    if ((c.kind === 'person' || c.kind === 'group') && c.country && UNPLACED_CODES.has(c.country)) c.country = null;
    // ("Sawit Emas Bhd, a Kuala Lumpur-based planter,": a company is of the state its appositive gives.)
    // ("the International Centre for Defence and Security (ICDS), a Tallinn think tank,": after its acronym too.)
    const comma = toks[j]?.text === ',' ? j : toks[j]?.text === '(' && toks[j + 2]?.text === ')' && toks[j + 3]?.text === ',' ? j + 3 : -1;
    if (c.kind === 'organization' && !c.country && !c.entry && comma >= 0 && c.sector !== 'IGO') {
      j = comma;
      // (", which is based in Vancouver,": where it sits is its state.)
      const which = this.norms[j + 1] === 'which' && /^(is|was)$/.test(this.norms[j + 2] ?? '') ? j + 3 : j + 1;
      // (Not a state's own unit or a possessed body: "Germany's 45th Panzer Brigade, based in Lithuania," is Germany's.)
      const possessed = i > 0 && isPossessive(toks[i - 1].norm);
      const based = possessed || STATE_SECTORS.has(c.sector ?? '') ? null : this.basedInCode(which);
      const state = based ?? this.companyNounAfter(j, !!c.sector);
      if (state) c.country = state;
      if (state && !based) c.sector ??= 'BUS';
    }
    this.out.push(c);
    return c;
  }

  /** Left modifiers of a head at chunk index n: roles, demonyms, seats, possessive countries and adjectives. */
  modifiers(chunks: Chunk[], n: number, s: number): { start: number; country: string | null; seatSector: string | null; former: boolean; det: string | null; chunks: Chunk[]; faith: boolean; portfolio: string | null; titlePrefix: { words: string; role: Chunk } | null; rank: string | null } {
    // (the result is mutable so that callers can fill in a country they know better)
    const toks = this.tokens;
    let k = chunks[n].i;
    let c = n - 1;
    let country: string | null = null;
    let seatSector: string | null = null;
    let former = false;
    let faith = false;
    let portfolio: string | null = null;
    /** Portfolios before a capitalized title, and that title's chunk: "Health" in "Health Minister". */
    let titlePrefix: { words: string; role: Chunk } | null = null;
    let rank: string | null = null;
    let igoEnvoy: { country: string | null; sector: string | null } | null = null;
    const used: Chunk[] = [];
    let start = k;
    for (;;) {
      // ("A World Food Programme (WFP) official": a listed body's acronym in brackets between it and the role.)
      if (k - 3 >= 0 && toks[k - 1].text === ')' && toks[k - 3].text === '(' && chunks[n].type === 'role') {
        const cc = c >= 0 && chunks[c].i === k - 2 && chunks[c].j === k - 1 ? c - 1 : c;
        const body = cc >= 0 ? chunks[cc] : null;
        if (body && body.j === k - 3 && body.type === 'lex' && body.entry.type === 'org') {
          if (cc < c) used.push(chunks[c]);
          k -= 3;
          c = cc;
        }
      }
      const prevChunk = c >= 0 ? chunks[c] : null;
      if (prevChunk && prevChunk.j === k) {
        const e = prevChunk.type === 'name' ? null : prevChunk.entry;
        // "Economy Minister", "Health Secretary": a capitalized portfolio before a capitalized role is part of the title.
        const after = chunks[c + 1];
        // ("Nairobi Regional Police Commander": a capitalized name that ends in a body's word gives the office its sector.)
        if (prevChunk.type === 'name' && after?.type === 'role' && after.i === k && isCap(toks[k]) && !seatSector) {
          const body = this.lex.phrases.get(this.norms[prevChunk.j - 1])?.find((x) => x.type === 'role' && x.kind !== 'person' && !!x.sector);
          if (body?.type === 'role') seatSector = body.sector;
        }
        if (prevChunk.type === 'name' && after?.type === 'role' && isCap(toks[after.i]) && prevChunk.j - prevChunk.i <= 2 && toks.slice(prevChunk.i, prevChunk.j).every((t) => isCap(t) && this.lex.portfolios.has(this.norms[t.index]))) {
          const portfolioEnd = toks[prevChunk.j - 1].end;
          used.push(prevChunk);
          k = prevChunk.i;
          // (A sentence's first word may have been left out of the run as a common word: "Home Affairs Minister".)
          while (k > 0 && toks[k - 1].sentence === toks[k].sentence && isCap(toks[k - 1]) && this.lex.portfolios.has(this.norms[k - 1]) && (c < 1 || chunks[c - 1].j < k)) k--;
          c--;
          // ("Energy and Mineral Resources Minister": portfolios joined by "and" or commas are one.)
          while (c >= 0 && chunks[c].j === k - 1 && (this.norms[k - 1] === 'and' || toks[k - 1].text === ',') && chunks[c].j - chunks[c].i <= 2 && toks.slice(chunks[c].i, chunks[c].j).every((t) => isCap(t) && this.lex.portfolios.has(this.norms[t.index]))) {
            used.push(chunks[c]);
            k = chunks[c].i;
            c--;
          }
          start = k;
          titlePrefix = { words: this.doc.text.slice(toks[k].start, portfolioEnd), role: after };
          continue;
        }
        // ("Far-right National Security Minister": a describing word before the portfolio is no one's name.)
        if (prevChunk.type === 'name' && after?.type === 'role' && isCap(toks[after.i]) && prevChunk.j - prevChunk.i >= 2) {
          let p = prevChunk.j;
          while (p > prevChunk.i && prevChunk.j - p < 3 && isCap(toks[p - 1]) && this.lex.portfolios.has(this.norms[p - 1])) p--;
          // (A compound ending in lower case, "Far-right", "Hard-line", is an adjective.)
          const compound = (t: Token) => toks[t.index + 1]?.text === '-' && !toks[t.index + 1].spaceBefore && startsLower(toks[t.index + 2]?.text ?? '');
          const describes = (t: Token) => t.text === '-' || startsLower(t.text) || compound(t) || this.commonWord(t) || spellingResult(t.text).scores.other >= 0.6;
          if (p < prevChunk.j && p > prevChunk.i && toks.slice(prevChunk.i, p).every(describes)) {
            used.push(prevChunk);
            titlePrefix = { words: this.doc.text.slice(toks[p].start, toks[prevChunk.j - 1].end), role: after };
            k = start = p;
            c--;
            continue;
          }
        }
        // A title's portfolio or body after "of"/"for", before the name: "Minister for Human Development Muhadjir
        // Effendy" (the portfolio is part of the title), "Commander of the Unmanned Systems Forces Robert Brovdi" (so is
        // the body, which gives its sector and stays a mention of its own).
        // ("Minister of Health and Social Affairs Ana Ruiz": a list of portfolios is one.)
        // (So is one joined by commas: "Minister of Economy, Trade and Industry Kenji Aramaki".)
        const portfolioWords = (ch: Chunk) => ch.type === 'name' && toks.slice(ch.i, ch.j).every((t, q) => isCap(t) && this.lex.portfolios.has(this.norms[t.index]) || q > 0 && (t.text === ',' || t.norm === 'and'));
        let first = c;
        while (first >= 1 && portfolioWords(chunks[first]) && portfolioWords(chunks[first - 1]) && chunks[first - 1].j === chunks[first].i - 1 && (this.norms[chunks[first].i - 1] === 'and' || toks[chunks[first].i - 1].text === ',')) first--;
        const firstChunk = chunks[first];
        const article = firstChunk.i - 1 >= 0 && this.norms[firstChunk.i - 1] === 'the' ? 1 : 0;
        const connector = this.norms[firstChunk.i - 1 - article] ?? '';
        const titled = first >= 1 ? chunks[first - 1] : null;
        if (prevChunk.type === 'name' && chunks[n].type === 'name' && titled?.type === 'role' && titled.entry.kind === 'person' && titled.j === firstChunk.i - 1 - article && /^(of|for)$/.test(connector)) {
          const words = this.doc.text.slice(toks[firstChunk.i].start, toks[prevChunk.j - 1].end);
          const body = article && connector === 'of' && first === c && isCap(toks[titled.i]) ? this.headOf(prevChunk.i, prevChunk.j) : null;
          if (body?.kind === 'organization' || (!article && portfolioWords(prevChunk))) {
            portfolio = body ? `of the ${words}` : `${connector} ${words}`;
            if (body) seatSector ??= body.sector;
            else used.push(...chunks.slice(first, c + 1));
            used.push(titled);
            k = start = titled.i;
            c = first - 2;
            continue;
          }
        }
        // ("A Foreign Ministry spokesman": an unlisted body named before the role is whom they speak for; the body
        // stays a mention of its own.)
        // ("the PVMBG head": so is an acronym's.)
        const acronymBody = prevChunk.type === 'name' && prevChunk.j - prevChunk.i === 1 && isAllCapsWord(toks[prevChunk.i]) && toks[prevChunk.i].text.length >= 2 ? { sector: null, kind: 'organization' as ActorKind } : null;
        // (The whole capitalized name counts: "Kenya Police Service officers" serve a police service.)
        let from = prevChunk.i;
        while (from > s && isCap(toks[from - 1]) && toks[from - 1].sentence === toks[from].sentence && !this.isSentenceStart(from)) from--;
        // ("A Helvion spokesman", after "drugmaker Helvion Pharma": so is the short name of a body named before.)
        const shortBody = prevChunk.type === 'name' && /^(a|an|the)$/.test(this.norms[prevChunk.i - 1] ?? '') ? this.bodyStartingWith(prevChunk.i, prevChunk.j) : null;
        const bodyHead = prevChunk.type === 'name' && after?.type === 'role' && after.i === k && !isCap(toks[k]) ? this.headOf(from, prevChunk.j) ?? this.headOf(prevChunk.i, prevChunk.j) ?? acronymBody ?? shortBody : null;
        if (bodyHead?.kind === 'organization' && !this.given(toks[prevChunk.i])) {
          seatSector ??= fieldSector(toks.slice(from, prevChunk.j).map((t) => t.norm), bodyHead.sector, tokNorm(toks[prevChunk.j - 1]));
          k = start = prevChunk.i;
          c--;
          continue;
        }
        // "Deputy Foreign Minister", "Acting President": a rank before a capitalized title is part of it.
        // ("Deputy Chief Minister": so is a capitalized role right before the title.)
        const rankChunk = (prevChunk.type === 'name' && prevChunk.j - prevChunk.i === 1 && RANKS.has(this.norms[prevChunk.i])) || (prevChunk.type === 'role' && prevChunk.entry.kind === 'person' && RANKS.has(this.norms[prevChunk.i]));
        if (rankChunk && isCap(toks[prevChunk.i]) && chunks[c + 1]?.type === 'role' && isCap(toks[chunks[c + 1].i])) {
          const words = this.doc.text.slice(toks[prevChunk.i].start, toks[prevChunk.j - 1].end);
          rank = rank ? `${words} ${rank}` : words;
          used.push(prevChunk);
          k = start = prevChunk.i;
          c--;
          continue;
        }
        // "Democratic leader", "Conservative lawmakers": a party's adjective before a role is the party's.
        if (prevChunk.type === 'name' && prevChunk.j - prevChunk.i === 1 && PARTY_ADJ.has(this.norms[prevChunk.i]) && isCap(toks[prevChunk.i])) {
          seatSector ??= 'PTY';
          k = prevChunk.i;
          start = k;
          c--;
          continue;
        }
        // "Hindu leaders", "Anglican bishops": a word of faith before a role is a religious sector.
        if (prevChunk.type === 'name' && prevChunk.j - prevChunk.i === 1 && this.lex.faithWords.has(this.norms[prevChunk.i])) {
          faith = true;
          k = prevChunk.i;
          start = k;
          c--;
          continue;
        }
        // "Mr. President", "Madam Speaker": an honorific before a title is part of the address.
        if (prevChunk.type === 'name' && prevChunk.j - prevChunk.i === 1 && HONORIFICS.has(this.norms[prevChunk.i]) && chunks[n].type === 'role') {
          k = prevChunk.i;
          start = k;
          c--;
          continue;
        }
        if (prevChunk.type === 'role' || (e && (e.type === 'country' || e.type === 'seat' || e.type === 'org' || e.type === 'place'))) {
          if (e && e.type === 'place' && !country) country = e.country;
          if (e && e.type === 'country' && !country) country = e.code;
          if (e && e.type === 'seat' && !country) { country = e.country; seatSector = e.sector; }
          // ("Russia's deputy U.N. ambassador": an envoy to an IGO is the sending state's when a state is named before;
          // "the U.N. envoy for Syria" is the IGO's.)
          const envoyTo = e?.type === 'org' && e.sector === 'IGO' && chunks[n].type === 'role' && chunks[n].entry.sector === 'DIP';
          if (e && e.type === 'org' && envoyTo && !country) igoEnvoy ??= { country: e.country, sector: e.sector };
          else if (e && e.type === 'org' && !country) { country = e.country; seatSector = e.sector; }
          // ("a police official", "army spokesman": an unnamed body before the role gives its sector.)
          if (e && e.type === 'role' && e.kind !== 'person' && e.sector && !seatSector) {
            // ("The European Commission fined … A commission spokesperson": the body named with that word before.)
            const named = prevChunk.j - prevChunk.i === 1 && !isCap(toks[prevChunk.i]) ? this.bodyNamedWith(this.norms[prevChunk.i], prevChunk.i) : undefined;
            seatSector = named?.sector ?? e.sector;
            if (named?.country && !country) country = named.country;
          }
          used.push(prevChunk);
          k = prevChunk.i;
          start = k;
          c--;
          continue;
        }
        break;
      }
      if (k - 1 < s) break;
      const t = toks[k - 1];
      // (A sentence's first word is no chunk of its own: "Democratic leader Ana Ruiz said".)
      if (PARTY_ADJ.has(t.norm) && isCap(t) && !(prevChunk && prevChunk.j === k) && this.isSentenceStart(k - 1) && chunks[n].type !== 'lex') {
        seatSector ??= 'PTY';
        k--;
        start = k;
        continue;
      }
      // "China's" / "Ukraine’s" before the NP: the possessor gives the nationality.
      // ("Rondônia's governor": a region's too.)
      if ((t.norm === "'s" || t.norm === '’s') && prevChunk && prevChunk.j === k - 1 && prevChunk.type === 'lex' && (prevChunk.entry.type === 'country' || prevChunk.entry.type === 'org' || (prevChunk.entry.type === 'place' && chunks[n].type === 'role'))) {
        const e = prevChunk.entry;
        // ("China's Taiwan Affairs Office": the owner's country over the one the body's name is about.)
        const aboutName = used.length > 0 && used[used.length - 1].type === 'lex' && chunks[n].type === 'name' && used[used.length - 1].j === chunks[n].i;
        if (!country || aboutName) country = e.type === 'country' ? e.code : e.country;
        // ("Apple's senior vice president": the owner's sector is the office's.)
        if (e.type === 'org' && e.sector && !seatSector) seatSector = e.sector;
        k = prevChunk.i;
        start = k;
        c--;
        continue;
      }
      // "the CMA's chief executive", "the commission's vice-chairperson": an unknown or common-noun body as the possessor.
      // (And a group's: "the opposition's finance spokesman" speaks for the opposition.)
      // ("The council's president": a word that only points back is looked up below, as a common noun.)
      const pointerOwner = !!prevChunk && prevChunk.j === k - 1 && prevChunk.j - prevChunk.i === 1 && prevChunk.type === 'role' && POINTERS.has(prevChunk.entry.term) && startsLower(toks[prevChunk.i].text);
      const ownerChunk = prevChunk && prevChunk.j === k - 1 && !pointerOwner && (prevChunk.type === 'name' || (prevChunk.type === 'role' && prevChunk.entry.kind !== 'person'));
      // (Or, in an appositive, with no article: "Rodrigo Agostinho, IBAMA's director, said".)
      // (Or opening the sentence or the words after a quotation: "Tarrow Bank's chief executive, X, said", "'…,' Tarrow
      // Bank's chief executive, X, said".)
      if ((t.norm === "'s" || t.norm === '’s') && chunks[n].type === 'role' && ownerChunk && (prevChunk.i === s || (prevChunk.i - 1 >= s && (toks[prevChunk.i - 1].norm === 'the' || toks[prevChunk.i - 1].text === ',' || this.afterQuotation(prevChunk.i))))) {
        // ("the party's leader", "the union's president", "Tarrow Bank's spokesman": the body's sector is theirs.)
        if (prevChunk.type === 'role' && prevChunk.entry.sector && !seatSector) seatSector = prevChunk.entry.sector;
        const owner = prevChunk.type === 'name' ? this.headOf(prevChunk.i, prevChunk.j) : null;
        if (owner?.kind === 'organization' && owner.sector && !seatSector) seatSector = owner.sector;
        k = prevChunk.i;
        start = k;
        c--;
        continue;
      }
      // ("The council's chair, X", "the region's chief minister": a common noun owns the office; a body named with
      // that word before gives its sector and country.)
      // ("the Gulf state's foreign ministry", "the island nation's president": a state's epithet, words before its noun.)
      // ("the presidential palace's communications office": or one adjective before the noun.)
      const owned = t.norm === "'s" || t.norm === '’s';
      const epithet = !owned ? -1 : k - 2 >= s && STATE_NOUNS.has(this.norms[k - 2]) ? this.epithetStart(k - 2, s)
        : k - 4 >= s && toks[k - 3].pos === 'ADJ' && startsLower(toks[k - 3].text) && toks[k - 4].norm === 'the' ? k - 3 : -1;
      if ((t.norm === "'s" || t.norm === '’s') && chunks[n].type === 'role' && (!(prevChunk && prevChunk.j === k - 1) || pointerOwner) && k - 3 >= s && toks[k - 2].pos === 'NOUN' && startsLower(toks[k - 2].text) && (toks[k - 3].norm === 'the' || epithet >= 0)) {
        // ("Norwegian Church Aid … said Frode Elvestad, the group's secretary-general": a generic word for a body is
        // the body named last, within two sentences.)
        const generic = /^(group|organi[sz]ation|charity|network|body|alliance|coalition)$/.test(this.norms[k - 2]);
        const named = this.bodyNamedWith(this.norms[k - 2], k - 2) ?? (generic ? this.out.filter((o) => o.kind === 'organization' && o.how !== 'pronoun' && o.start < toks[k - 2].start && toks[k].sentence - o.sentence <= 2).at(-1) : undefined);
        if (named?.sector && !seatSector) seatSector = named.sector;
        // (A group of no known sector is no state's or IGO's: a civic one.)
        else if (generic && named && !seatSector) seatSector = 'NGO';
        // ("The department's director-general": with no such body named, the word's own sector.)
        // (Only a word whose sector is sure: an agency or a group may be anyone's.)
        else if (!named && !seatSector && OWN_SECTOR_WORDS.has(this.norms[k - 2])) seatSector = this.lex.heads.get(this.norms[k - 2])?.sector ?? null;
        if (named?.country && !country) country = named.country;
        // ("the country's top court": the state the article has been about so far.)
        if (!country && (/^(country|nation)$/.test(this.norms[k - 2]) || (epithet >= 0 && STATE_NOUNS.has(this.norms[k - 2])))) country = mainStateOf(stateTally(this.out, this.doc.text), 1);
        k = epithet >= 0 ? epithet : k - 2;
        start = k;
        if (pointerOwner) c--;
        continue;
      }
      // ("the employers' federation", "the global players' union": a plural noun's possessive describes the body or
      // the role after it.)
      // (Not after a name: "the Medef employers' federation" is Medef.)
      // ("a local fishermen's union": an irregular plural takes "'s"; a role's plural is then the description's too.)
      const plural = /^['’]$/.test(t.text) ? /s$/.test(this.norms[k - 2] ?? '') : /^['’]s$/.test(t.text) && /(?:men|children|people)$/.test(this.norms[k - 2] ?? '');
      if (plural && !(prevChunk && prevChunk.j === k) && k - 2 >= s && toks[k - 2].pos === 'NOUN' && startsLower(toks[k - 2].text) && !t.spaceBefore && !(k - 3 >= s && isCap(toks[k - 3]) && toks[k - 3].pos !== 'DET') && chunks[n].type === 'role') {
        if (prevChunk && prevChunk.j === k - 1 && prevChunk.i === k - 2) {
          used.push(prevChunk);
          c--;
        }
        k -= 2;
        start = k;
        continue;
      }
      // In a headline the tagger reads verbs after a name as plural nouns: "EU fines company", "Scholz fires minister".
      if (t.pos === 'NOUN' && /[^s]s$/.test(t.norm) && k - 2 >= s && isCap(toks[k - 2]) && this.isHeadline(t.sentence)) break;
      // ("Rovers sack manager": in a headline with no verb at all, the word after the name is the verb.)
      if (t.pos === 'NOUN' && k - 2 >= s && isCap(toks[k - 2]) && this.isHeadline(t.sentence) && !this.hasVerb(t.sentence)) break;
      // ("Miners storm parliament": after a plural role noun, the headline's next noun is the verb.)
      if (t.pos === 'NOUN' && prevChunk?.type === 'role' && prevChunk.j === k - 1 && prevChunk.entry.kind === 'group' && this.isHeadline(t.sentence)) break;
      // "during the mission President Biden spoke": a lower-case noun is no part of a capitalized title.
      const capTitle = used.length > 0 && used[0].type === 'role' && isCap(toks[used[0].i]);
      if (capTitle && !isCap(t) && t.pos === 'NOUN' && !MODIFIER_WORDS.has(t.norm) && !REGION_ADJ.has(t.norm) && !FORMER.has(t.norm)) break;
      if ((!isCap(t) || REGION_ADJ.has(t.norm) || FORMER.has(t.norm)) && (MODIFIER_WORDS.has(t.norm) || REGION_ADJ.has(t.norm) || ((t.pos === 'ADJ' || t.pos === 'NOUN') && !this.lex.phrases.get(t.norm)?.some((x) => x.type === 'role') && !/[.,;:]/.test(t.text)))) {
        if (FORMER.has(t.norm)) former = true;
        // ("The European Commission fined … A commission spokesperson": a body's head word before an office is the body
        // named with it before.)
        if (t.pos === 'NOUN' && !isCap(t) && chunks[n].type === 'role' && chunks[n].i === k && this.lex.heads.get(t.norm)?.kind === 'organization') {
          const named = this.bodyNamedWith(t.norm, k - 1);
          if (named?.country && !country) country = named.country;
          if (named?.sector && !seatSector) seatSector = named.sector;
        }
        // ("the shadow health secretary": the opposition's spokesperson for that brief.)
        if (t.norm === 'shadow') seatSector = 'OPP';
        k--;
        start = k;
        continue;
      }
      if (t.text === '-' && k - 2 >= s && toks[k - 2].norm === 'ex') { former = true; k -= 2; start = k; continue; }
      // "black-clad soldiers", "a 40-year-old man", "German-Russian colonel": a phrase never starts inside a compound.
      if (/^[-‐]$/.test(t.text) && !t.spaceBefore && !toks[k].spaceBefore && k - 2 >= s && /^[\p{L}\p{N}]/u.test(toks[k - 2].text)) { k -= 2; start = k; continue; }
      break;
    }
    let det: string | null = null;
    if (start - 1 >= s && /^(the|a|an|another|its|their|his|her|our|this|that|two|three)$/.test(toks[start - 1].norm)) det = toks[start - 1].norm;
    // Bare lower-case modifiers that do not touch a role are not part of a name: "met Xi".
    if (igoEnvoy && !country) { country = igoEnvoy.country; seatSector ??= igoEnvoy.sector; }
    return { start, country, seatSector, former, det, chunks: used, faith, portfolio, titlePrefix, rank };
  }

  /** Chunk every sentence, then run the article-level passes in order; returns the candidates in document order. */
  run(): Candidate[] {
    this.chunkSentences();
    if (this.portfolios.length) keepCandidates(this, (c) => !!c.entry || !this.portfolios.some(([from, to]) => from <= c.start && c.end <= to));
    placesInsideListedBodies(this);
    this.nestedMentions();
    this.out.sort((a, b) => a.start - b.start || b.end - a.end);
    this.foreignHomonyms();
    this.campuses();
    this.possessors();
    placeConjuncts(this);
    settleNameKinds(this);
    placeSharedSeats(this);
    placeSharedCountryNames(this);
    placeHomonymCountries(this);
    datelines(this);
    placesOfDemonyms(this);
    placesInsideNames(this);
    this.out.sort((a, b) => a.start - b.start || b.end - a.end); // settling may add short forms of bodies
    this.officesOfNamedBodies();
    this.officesInApposition();
    this.officersByContext();
    creditLines(this);
    markQuotesAndSubjects(this.out, this.doc);
    // Inside a quotation, people named by a bare or indefinite noun phrase with no state are people in general
    // ("give the vote back to voters", "a dozen officers were hurt", "a foreign government"), not actors.
    // (A capitalized singular is a title used as a name: "Madam Speaker", "King".)
    const generic = (words: string, kind: ActorKind) => GENERIC_NP.test(words) && (kind === 'group' || !/^\p{Lu}/u.test(words) || INDEFINITE.test(words));
    // ("Orpo told reporters", "she told journalists in Moscow": nor are the listeners a speaker tells.)
    const listeners = (c: Candidate) => c.kind === 'group' && /^(?:reporters|journalists)$/i.test(c.name) && LISTENED_TO.test(this.doc.text.slice(Math.max(0, c.start - 12), c.start));
    keepCandidates(this, (c) => !(c.how === 'anonymous' && ((c.quote && !c.country && !c.entry && generic(this.doc.text.slice(c.start, c.end), c.kind)) || listeners(c))));
    coverServedBodies(this.out, this.doc);
    linkAppositives(this.out, this.doc, this.tokens);
    // ("Norwegian Church Aid, a humanitarian organisation with strong ties to …": a pointer with "a" that describes no
    // name in apposition names no one.)
    keepCandidates(this, (c) => !(c.why === 'role organization after a name' && c.how === 'anonymous'));
    return this.out;
  }

  /**
   * "President Peter Mutharika's Democratic Progressive Party", "Malawi's Congress Party": a listed body whose
   * possessor is of another state is a body of that state with the same name, not the listed one (Taiwan's party).
   */
  foreignHomonyms(): void {
    const byEnd = new Map<number, Candidate>();
    for (const c of this.out) if (c.kind === 'person' || c.kind === 'country') byEnd.set(c.end, c);
    for (const c of this.out) {
      const en = c.entry;
      if (c.kind !== 'organization' || en?.type !== 'org' || en.shared || !en.country || !isAlpha3(en.country)) continue;
      const k = this.tokenAt(c.start);
      // (The possessive mark is the token right before the body's name.)
      const mark = this.tokens[k - 1];
      if (!mark || !isPossessive(mark.text) || mark.sentence !== this.tokens[k].sentence) continue;
      const owner = byEnd.get(mark.start);
      const country = owner ? owner.country ?? (owner.entry?.type === 'person' ? owner.entry.country : null) : null;
      if (!country || !isAlpha3(country) || country === en.country) continue;
      const name = this.doc.text.slice(c.start, c.end).replace(/^the\s+/i, '');
      // (Its other names in the article, "DPP", are that body too.)
      for (const o of this.out) if (o.entry === en) Object.assign(o, { entry: null, name, country, why: `listed body's name in another state (${o.why})` });
    }
  }

  /** Chunk and assemble every sentence, and find its pronouns. */
  chunkSentences(): void {
    for (const sent of this.doc.get('sentences')) {
      const s = sent.tokenStart;
      const e = sent.tokenEnd;
      if (e <= s) continue;
      const mode = headlineMode(this.tokens.slice(s, e));
      if (mode) this.headlines.add(sent.index);
      const chunks = this.chunk(s, e, mode);
      this.assemble(chunks, s, e, mode);
      this.pronouns(s, e, mode);
    }
  }

  /**
   * "the University of Wisconsin, Madison": a university named for a state, a comma and a city is one campus's
   * name; the city stays a mention of its own. Not where a region follows the city ("…, Austin, Texas"), which places
   * the university instead.
   */
  campuses(): void {
    const toks = this.tokens;
    for (const c of this.out) {
      if (c.kind !== 'organization' || c.how !== 'name' || !/^(?:the\s+)?(?:State\s+)?University of \S+$/i.test(this.doc.text.slice(c.start, c.end))) continue;
      const k = this.tokenAt(c.end);
      if (toks[k]?.text !== ',' || toks[k + 1]?.sentence !== toks[k].sentence) continue;
      const city = this.out.find((p) => p.kind === 'place' && p.start === toks[k + 1].start && p.end - p.start <= 30);
      if (!city || city.country !== c.country || this.doc.text.slice(city.start, city.end).includes(',')) continue;
      const after = this.tokenAt(city.end);
      if (toks[after]?.text === ',' && toks[after + 1] && isCap(toks[after + 1])) continue;
      Object.assign(c, { end: city.end, name: this.doc.text.slice(c.start, city.end).replace(/^the\s+/i, '') });
    }
  }

  /** Places and bodies named inside other names (`nested`) become mentions of their own. */
  nestedMentions(): void {
    for (const m of this.nested) {
      if (m.type !== 'lex') continue;
      const en = m.entry;
      if (en.type === 'place') this.newCandidate(m.i, m.j, { kind: 'place', how: 'name', entry: en, name: en.name, country: en.country, why: 'place inside a name' });
      else if (en.type === 'country') this.newCandidate(m.i, m.j, { kind: en.how === 'metonym' ? 'place' : 'country', how: 'name', entry: en, name: en.how === 'metonym' ? this.doc.text.slice(this.tokens[m.i].start, this.tokens[m.j - 1].end) : en.name, country: en.code, why: 'place inside a name' });
      else if (en.type === 'org') this.newCandidate(m.i, m.j, { kind: en.kind, how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: 'body inside a name' });
    }
  }

  /**
   * "its ambassador", "its energy ministry": an unnamed person or body introduced with "its"/"their" takes the country
   * of the first body or country with a country before it in the sentence (or of the first body of the sentence
   * before), and an office a body's sector.
   */
  possessors(): void {
    const body = (c: Candidate) => (c.kind === 'country' || c.kind === 'organization') && c.how !== 'pronoun';
    for (const p of this.possessed) {
      const owner = this.out.find((c) => c.sentence === p.sentence && c.end <= p.start && body(c) && c.country)
        // "The union welcomed the vote. Its president said …": with no body before it in its sentence, the first body
        // of the sentence before, its subject ("The association said its members … Its head, …").
        // (A body word that points back, "the commission", is no body of its own yet.)
        ?? (this.out.some((c) => c.sentence === p.sentence && c.end <= p.start && body(c) && !(c.how === 'anonymous' && !c.country)) ? undefined : this.out.find((c) => c.sentence === p.sentence - 1 && body(c)));
      if (!owner) continue;
      // ("The former ruling party, the Nigerien Party for …": the country may come with the name in apposition.)
      const country = owner.country ?? this.out.find((c) => c.sentence === owner.sentence && c.start > owner.start && body(c) && c.country)?.country;
      if (country && !UNPLACED_CODES.has(country)) { p.country = country; p.why += ', country of the possessor'; }
      // A union's or a company's president is of the union or the company, not of a government; a party's
      // secretary-general is the party's, not an IGO's.
      if (owner.kind === 'organization' && owner.sector && p.role) {
        const sector = officeSector(p.role, this.roleSector(p.role), owner.sector, owner.country);
        if (sector && sector !== p.sector) { p.sector = sector; p.why += ', sector of the possessor'; }
      } else if (owner.kind === 'organization' && p.role && p.sector && STATE_SECTORS.has(p.sector) && p.sector === this.roleSector(p.role)) {
        // ("Its president", "Its executive director" of a body the text has not said is the state's: the office is the
        // body's, of no sector known, not the government's that the title alone would suggest.)
        p.sector = null;
        p.why += ', possessor of no known sector';
      }
    }
  }

  /**
   * "DA leader Johan Merwe", "A PMI official": an office named right after a body takes the body's sector, once the
   * article has said what the body is (an acronym it defines, a name settled across the article). Only offices whose
   * sector is still the role's own default change.
   */
  officesOfNamedBodies(): void {
    const toks = this.tokens;
    const bodyByEnd = new Map<number, Candidate>();
    for (const c of this.out) if (c.kind === 'organization' && c.how !== 'pronoun' && !c.weak && c.sector) bodyByEnd.set(c.end, c);
    for (const c of this.out) {
      if (c.kind !== 'person' || !c.role || c.how === 'pronoun') continue;
      const own = this.roleSector(c.role);
      if (c.sector && c.sector !== own) continue;
      const words = c.role.split(' ');
      const last = this.tokenAt(c.start);
      let end = last;
      while (end < toks.length && toks[end].end <= c.end) end++;
      // The role's words, inside the mention ("A PMI official") or right before it ("DA leader Johan Merwe").
      let k = -1;
      for (let at = Math.max(0, last - words.length - 1); at + words.length <= end; at++) {
        if (words.every((w, n) => this.norms[at + n] === w)) { k = at; break; }
      }
      if (k <= 0 || toks[k - 1].sentence !== toks[k].sentence) continue;
      const body = bodyByEnd.get(toks[k - 1].end);
      if (!body || body.start < toks[Math.max(0, k - 8)].start) continue;
      const sector = officeSector(c.role, own, body.sector, body.country);
      if (sector && sector !== c.sector) { c.sector = sector; c.why += ', sector of the body named before the office'; }
      if (!c.country && body.country && /^[A-Z]{3}$/.test(body.country)) c.country = body.country;
    }
  }

  /**
   * "Ivo Dask, president of the Farmers' Union," and "Aigul Tokova, chairwoman of the commission,": a named person
   * whose office in a body is given in apposition holds it there. The person takes the body's country, the sector the
   * office has in that body, and the office's title when they have none.
   */
  officesInApposition(): void {
    const toks = this.tokens;
    const bodyAt = new Map<number, Candidate>();
    for (const c of this.out) if (c.kind === 'organization' && c.how !== 'pronoun' && !c.weak && !bodyAt.has(c.start)) bodyAt.set(c.start, c);
    for (const p of this.out) {
      if (p.kind !== 'person' || p.how !== 'name' || p.entry || p.weak) continue;
      let k = lowerBound(toks, p.end, (t) => t.start);
      if (toks[k]?.text !== ',' || toks[k].sentence !== toks[this.tokenAt(p.start)].sentence) continue;
      k++;
      if (/^(the|a|an)$/.test(this.norms[k] ?? '')) k++;
      if (!toks[k] || isCap(toks[k])) continue; // ("Ivo Dask, President of …" is read as a title elsewhere)
      const hit = this.lookup(k, Math.min(toks.length, k + 4), null, true);
      if (!hit || hit.entry.type !== 'role' || hit.entry.kind !== 'person' || this.norms[hit.j] !== 'of') continue;
      let at = hit.j + 1;
      const article = this.norms[at] === 'the';
      if (article) at++;
      if (!toks[at]) continue;
      const body = bodyAt.get(toks[at].start) ?? (article && !isCap(toks[at]) && this.norms[at + 1] !== 'of' ? this.bodyNamedWith(this.norms[at], at) : undefined);
      if (!body || body.kind !== 'organization') continue;
      const role = hit.entry;
      const own = this.roleSector(role.term);
      if (!p.sector || p.sector === own) {
        const sector = officeSector(role.term, own, body.sector, body.country);
        if (sector && sector !== p.sector) { p.sector = sector; p.why += ', office in the body named in apposition'; }
      }
      if (!p.country && body.country && !UNPLACED_CODES.has(body.country)) p.country = body.country;
      p.title ??= role.title;
      p.role ??= role.term;
    }
  }

  /**
   * "42 officers were injured": bare officers are the force the story is about, police or military. They take the
   * sector of the nearest police or armed body before them (within three sentences), else the one the article names
   * more; only where nothing in their own phrase says which ("army officers" stay MIL).
   */
  officersByContext(): void {
    const force = (c: Candidate) => !c.weak && c.how !== 'pronoun' && c.role !== 'officer' && (c.sector === 'COP' || c.sector === 'MIL');
    const forces = this.out.filter(force);
    if (!forces.some((c) => c.sector === 'COP')) return;
    const cops = forces.filter((c) => c.sector === 'COP').length;
    for (const c of this.out) {
      if (c.role !== 'officer' || c.sector !== 'MIL') continue;
      const text = this.doc.text.slice(c.start, c.end);
      if (/\s\p{Lu}/u.test(text) || /\b(army|military|navy|naval|air|marine|marines|intelligence|armed|defen[cs]e|coast|border|artillery|infantry|cavalry|tank|militia)\b/i.test(text)) continue;
      const near = forces.filter((f) => f.start < c.start && c.sentence - f.sentence <= 3).at(-1);
      const sector = near?.sector ?? (cops * 2 > forces.length ? 'COP' : null);
      if (sector === 'COP') { c.sector = 'COP'; c.why += ', police by context'; }
    }
  }

  /** The sector the role lexicon gives a role term, or null. */
  roleSector(term: string): string | null {
    return this.lex.phrases.get(term)?.find((e) => e.type === 'role')?.sector ?? null;
  }

  /** What one occurrence of an unknown name says about its kind, and how strongly (0: nothing). */
  nameEvidence(c: Candidate): ['person' | 'place' | 'organization', number] {
    const w = c.why;
    // A lone given name is weak evidence ("the town of Jasper", "Florence"); a full name or an honorific is not.
    if (/^honorific/.test(w) || (/^given name/.test(w) && /\s/.test(c.name))) return ['person', 3];
    if (/^given name/.test(w)) return ['person', 1];
    if (w.startsWith('name after a word for a place')) return ['place', 2];
    if (w.startsWith('name with head')) return [c.kind === 'place' ? 'place' : 'organization', 3];
    if (w.startsWith('name after a word for a body')) return ['organization', 4];
    // (A short form takes its body's kind, whatever verbs follow it: "The ACP said".)
    if (/^short (?:form of a named body|name of a business named in full|name of a club named in full)/.test(w)) return [c.kind as 'person' | 'place' | 'organization', 3];
    if (/^(country \+ movement|name after "|name its acronym spells|short form given in words|employer after|name owning a body|name said to be a company|listed body's name)/.test(w)) return ['organization', 3];
    if (/^(name, place|place-like name)/.test(w)) return ['place', 2];
    // ("Lena Marwick … in Marwick's own culture": the surname of someone the text names in full is theirs.)
    if (!/\s/.test(c.name) && this.surnames.has(c.name) && !this.lex.heads.has(normPhrase(c.name))) return ['person', 4];
    const i = this.tokenAt(c.start);
    let j = i;
    while (j < this.tokens.length && this.tokens[j].end <= c.end) j++;
    const prev = i > 0 && this.tokens[i - 1].sentence === this.tokens[i].sentence ? this.norms[i - 1] : '';
    const next = this.wordAfter(j);
    // "the embassy in Nairobi urged": the preposition places the name; the verb belongs to the whole phrase.
    if (PLACE_PREPS.has(prev) || next === 'where') return ['place', 2];
    if (this.personCueAfter(j)) return ['person', 2];
    if (this.namedAsBefore(i)) return ['person', 3];
    if (prev === 'of' && i >= 2 && PLACE_OF.has(this.norms[i - 2])) return ['place', 2];
    if (w.startsWith('acronym after a word for a body')) return ['organization', 3];
    if (/^(acronym|camel case)/.test(w)) return ['organization', 1];
    return [c.kind as 'person' | 'place' | 'organization', 0];
  }

  /**
   * After a portfolio, from the comma at token j: ", Culture, Sports, Science and Technology" — capitalized portfolios
   * joined by commas and a last "and" (or ", and"). Returns the token after the last portfolio, or -1.
   */
  portfolioListEnd(j: number, e: number): number {
    const toks = this.tokens;
    // An item: a portfolio ("Fisheries"), or up to three capitalized words that name no one and nowhere ("Livestock",
    // "Veterinary Sector", "Plant Protection"). Returns where it ends, or -1.
    const item = (k: number): number => {
      if (k < e && isCap(toks[k]) && this.lex.portfolios.has(this.norms[k])) return k + 1;
      let m = k;
      // (Not a body's or a place's own name: "Department of Finance, and County of Maui".)
      while (m < e && m - k < 3 && isCap(toks[m]) && /^\p{L}+$/u.test(toks[m].text) && !this.given(toks[m]) && !this.lex.heads.has(this.norms[m]) && !this.lex.phrases.get(this.norms[m])?.some((x) => x.type !== 'org')) m++;
      return m > k && !(m < e && (isCap(toks[m]) || /^(?:of|for)$/.test(this.norms[m]))) ? m : -1;
    };
    let k = j;
    for (;;) {
      const next = toks[k]?.text === ',' ? item(k + 1) : -1;
      if (next > 0) { k = next; continue; }
      const and = toks[k]?.text === ',' && this.norms[k + 1] === 'and' ? k + 1 : this.norms[k] === 'and' ? k : -1;
      if (and >= 0 && item(and + 1) > 0) return item(and + 1);
      if (and >= 0 && this.norms[and + 1] === 'the' && item(and + 2) > 0) return item(and + 2);
      return -1;
    }
  }

  /** The country of the one-word place or country named at token k ("Lagos" in "the Lagos-based …"), or null. */
  placeCodeAt(k: number): string | null {
    return placeCode(this.lex.phrases.get(this.norms[k] ?? '')?.find((en) => placeCode(en) !== null || en.type === 'place'));
  }

  /**
   * "Police spokesperson Superintendent X": a police force named before a person's titles makes the office police,
   * whatever `sector` the title alone gives (a superintendent, a spokesperson, a rank).
   */
  forceBefore(chunks: readonly Chunk[], role: Chunk, sector: string | null): string | null {
    const force = chunks.some((m) => m !== role && m.type === 'role' && m.entry.kind !== 'person' && m.entry.sector === 'COP' && m.i < role.i);
    return force && (!sector || sector === 'GOV' || sector === 'MIL') ? 'COP' : sector;
  }

  /** Whether "-based" or "-headquartered" starts at token k: the place before it is where a body sits. */
  basedAt(k: number): boolean {
    return this.tokens[k]?.text === '-' && /^(based|headquartered)$/.test(this.norms[k + 1] ?? '');
  }

  /**
   * The country of the place or country of up to three capitalized words ending before token k ("Kuala Lumpur"), with
   * particles between them ("Dar es Salaam").
   */
  placeCodeBefore(k: number): string | null {
    for (let p = Math.max(0, k - 3); p < k; p++) {
      if (!isCap(this.tokens[p]) || !this.tokens.slice(p, k).every((t, q, all) => isCap(t) || (q > 0 && q < all.length - 1 && /^\p{Ll}{1,3}$/u.test(t.text)))) continue;
      const key = this.tokens.slice(p, k).map((t, q) => (q > 0 && t.spaceBefore ? ' ' : '') + this.norms[t.index]).join('');
      const code = placeCode(this.lex.phrases.get(key)?.find((en) => placeCode(en) !== null));
      if (code) return code;
    }
    return null;
  }

  /** The last body before token k, within three sentences, whose name ends in `word` ("command", "office"). */
  bodyNamedWith(word: string, k: number): Candidate | undefined {
    const sentence = this.tokens[k].sentence;
    for (let n = this.out.length - 1; n >= 0; n--) {
      const c = this.out[n];
      if (c.kind !== 'organization' || c.start >= this.tokens[k].start || sentence - c.sentence > 3) continue;
      const w = normPhrase(this.doc.text.slice(c.start, c.end)).split(' ');
      // (Not a body named by the word alone, "the Commission": the one named in full before it.)
      // ("Council on Ethics", "Commission for Human Rights": the head before its "of"/"on"/"for" too.)
      const of = w.findIndex((x) => x === 'of' || x === 'on' || x === 'for');
      if (w.length > 1 && (w.at(-1) === word || (of > 0 && w[of - 1] === word))) return c;
    }
    return undefined;
  }

  /** "Ji-woo", "Sang-hoon": tokens k, k+1, k+2 are a romanized syllable, a hyphen and a short lower-case syllable. */
  syllablePair(k: number): boolean {
    const toks = this.tokens;
    return toks[k + 1]?.text === '-' && !toks[k + 1].spaceBefore && !toks[k + 2]?.spaceBefore && /^\p{Lu}\p{Ll}{1,4}$/u.test(toks[k].text) && /^\p{Ll}{2,5}$/u.test(toks[k + 2]?.text ?? '');
  }

  /** A capitalized word that reads as a family name, not a common word: never written in lower case, not spelled like one. */
  surnameLike(t: Token): boolean {
    return CAPITALIZED_WORD.test(t.text) && !this.lowerWords.has(t.norm) && !this.lex.phrases.has(t.norm) && spellingResult(t.text).scores.other < 0.3;
  }

  /** A name in apposition to a person's role before it: "the commission's chairman, Ivo Marsk". */
  afterPersonRole(i: number): boolean {
    const toks = this.tokens;
    if (i < 2 || toks[i - 1].text !== ',') return false;
    // The role may carry a phrase of its own: "Japan's ambassador to Manila, Kazuhiko Koshikawa".
    for (let k = i - 2; k >= 0 && k >= i - 7 && toks[k].sentence === toks[i].sentence; k--) {
      if (this.personRoleAt(k)) return true;
      if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || /^[,;:.!?]$/.test(toks[k].text)) return false;
    }
    return false;
  }

  /** Whether token k is a role noun for a person ("ambassador", "writer"). */
  personRoleAt(k: number): boolean {
    return !!this.lex.phrases.get(this.norms[k])?.some((e) => e.type === 'role' && e.kind === 'person');
  }

  /** Whether tokens [k, j) are an office's portfolio after "of"/"for": "(Minister) of Economy", "Minister for Trade". */
  officeOfAt(k: number, j: number): boolean {
    const portfolios = (from: number) => this.tokens.slice(from, j).every((t) => this.lex.portfolios.has(t.norm));
    for (let p = k + 1; p < j - 1; p++) if (/^(of|for)$/.test(this.norms[p])) return this.personRoleAt(p - 1) && portfolios(p + 1);
    return k >= 2 && /^(of|for)$/.test(this.norms[k - 1]) && this.personRoleAt(k - 2) && portfolios(k);
  }

  /** An appositive that gives a person's role after a name ending before token j: ", a 17th-century writer,". */
  roleAppositiveAfter(j: number): boolean {
    const toks = this.tokens;
    if (toks[j]?.text !== ',' || !/^(a|an|the)$/.test(this.norms[j + 1] ?? '')) return false;
    for (let k = j + 2; k < toks.length && k < j + 8 && toks[k].sentence === toks[j].sentence; k++) {
      if (this.personRoleAt(k)) return true;
      if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || /^[,;:.!?]$/.test(toks[k].text)) return false;
    }
    return false;
  }

  /** The word after token j-1 in its sentence, skipping one comma ("Marsk, who"), or ''. */
  wordAfter(j: number): string {
    const toks = this.tokens;
    if (j <= 0 || j >= toks.length || toks[j].sentence !== toks[j - 1].sentence) return '';
    if (this.norms[j] === ',' && j + 1 < toks.length) return this.norms[j + 1];
    return this.norms[j];
  }

  /**
   * A "source" that is a person: "a source said", "sources close to the talks", "a senior diplomatic source", "a
   * Russian source"; not "the main source of revenue".
   */
  humanSource(c: Chunk, mod: ReturnType<Matcher['modifiers']>): boolean {
    if (mod.country || mod.seatSector || mod.chunks.length) return true;
    if (this.personCueAfter(c.j) || SOURCE_AFTER.has(this.wordAfter(c.j))) return true;
    return this.tokens.slice(mod.start, c.i).some((t) => SOURCE_MODIFIERS.has(t.norm));
  }

  /** A person's cue right after a name ending before token j: "Marsk said", "Marsk, who". */
  /**
   * Whether the words before token i say a person's name follows: "gave her name only as", "identified only as",
   * "known only as", "gave only his first name,".
   */
  namedAsBefore(i: number): boolean {
    const n = this.norms;
    if (i < 3 || this.tokens[i - 3].sentence !== this.tokens[i].sentence) return false;
    if (n[i - 1] === 'as') {
      const k = n[i - 2] === 'only' ? i - 3 : i - 2;
      return /^(name|identified|known)$/.test(n[k]) && (n[k] !== 'known' || n[k + 1] === 'only');
    }
    return this.tokens[i - 1].text === ',' && n[i - 2] === 'name' && n[i - 3] === 'first';
  }

  personCueAfter(j: number): boolean {
    const next = this.wordAfter(j);
    return next === 'who' || (SPEECH_AFTER.has(next) && this.norms[j] !== ',');
  }

  /** Index of the first token that starts at or after `offset` (the last token when none does). */
  tokenAt(offset: number): number {
    return Math.max(0, Math.min(lowerBound(this.tokens, offset, (t) => t.start), this.tokens.length - 1));
  }

  pronouns(s: number, e: number, mode: 'caps' | 'title' | null): void {
    if (mode) return;
    for (let k = s; k < e; k++) {
      const t = this.tokens[k];
      const g = PRONOUN_GENDER.get(t.norm);
      if (!g) continue;
      this.newCandidate(k, k + 1, { kind: 'person', how: 'pronoun', gender: g, refers: 'pronoun', why: 'pronoun' });
    }
  }

  /**
   * "Dravic and Lune Court of Appeal", "Food and Agriculture Organization": an "and" at token j joins two
   * capitalized words into one body's name when the words after it end in an organization head and those before it
   * do not (in "Harvard University and Yale Law School" the "and" joins two bodies).
   */
  andInsideName(k: number, j: number, e: number, s: number): boolean {
    let m = j + 1;
    while (m < e && this.nameToken(m, s) && m - j <= 4) m++;
    const head = (x: number) => this.lex.heads.get(this.norms[x]);
    // A listed name runs on past the "and": "Centers for Disease Control and Prevention".
    for (let p = k; p < j; p++) if (this.startsPhrase[p] && (this.lookup(p, e, null)?.j ?? 0) > j + 1) return true;
    // "Department of Health and Human Services", "Centres for Disease Control and Prevention": inside a body's "of"
    // or "for" phrase, the "and" joins what the body is for.
    // ("Office of Ports and Division of Rivers" are two bodies: a head opens the second, unless both sides are
    // portfolios: "Ministry of Tourism and Sports".)
    const portfolios = this.lex.portfolios.has(this.norms[j - 1]) && this.lex.portfolios.has(this.norms[j + 1]);
    for (let p = k + 1; p < j - 1; p++) if ((this.norms[p] === 'of' || this.norms[p] === 'for') && head(p - 1)?.kind === 'organization') return m - j <= 3 && (!head(j + 1) || portfolios);
    // ("the Building and Construction Authority": a place's head word alone before the "and" is a field, not a place.)
    if (head(m - 1)?.kind !== 'organization' || (head(j - 1) && (head(j - 1)?.kind === 'organization' || j - k > 1))) return false;
    // "Britain and France Foreign Ministries" is rare; "Smith and Wesson" has no head. Both sides are one or two words,
    // not counting a country word in front ("Norwegian Water Resources and Energy Directorate").
    const lead = this.startsPhrase[k] ? this.lookup(k, j, null) : null;
    const first = lead && lead.entry.type === 'country' && lead.j < j ? lead.j : k;
    return j - first <= 2 && !this.lex.givenNames.has(this.tokens[first].text);
  }

  /** Turn chunks into candidates. */
  assemble(chunks: Chunk[], s: number, e: number, mode: 'caps' | 'title' | null): void {
    const toks = this.tokens;
    const consumed = new Set<Chunk>();
    for (let n = chunks.length - 1; n >= 0; n--) {
      const c = chunks[n];
      if (consumed.has(c)) continue;
      // A lone letter ("speaker G", "the adjusted F statistic") or a stray hyphen is not a name.
      if (c.type === 'name' && c.j - c.i === 1 && !/\p{L}\p{L}/u.test(toks[c.i].text)) continue;
      const next = chunks[n + 1];
      const after = c.j < e ? toks[c.j] : null;

      const prevRole = n > 0 && chunks[n - 1].type === 'role' && chunks[n - 1].j === c.i && (chunks[n - 1] as Chunk & { type: 'role' }).entry.kind === 'person';
      // A dictionary actor after a title ("Bree Prime Minister Romendacil") is a person of that actor's country.
      const titledDictActor = c.type === 'lex' && c.entry.type === 'org' && c.entry.source === 'user' && prevRole;
      if (c.type === 'name' || (c.type === 'lex' && c.entry.type === 'person') || titledDictActor) {
        const mod = this.modifiers(chunks, n, s);
        if (titledDictActor && c.type === 'lex' && c.entry.type === 'org') mod.country ??= c.entry.country;
        const roleChunk = mod.chunks.find((m) => m.type === 'role') as (Chunk & { type: 'role' }) | undefined;
        // Honorifics inside the run ("Mr. Smith") are part of the name.
        let i = c.i;
        let gender: 'm' | 'f' | null = null;
        const firstNorm = tokNorm(toks[i]);
        if (HONORIFICS.has(firstNorm)) {
          gender = FEMALE_HONORIFICS.has(firstNorm) ? 'f' : MALE_HONORIFICS.has(firstNorm) ? 'm' : null;
        }
        const entry = c.type === 'lex' && c.entry.type === 'person' ? c.entry : null;
        // (Not after an abbreviated title, nor before a given name: "Gov. Lia Marsh", "General Ada Hill".)
        // ("King Faisal Hospital", "Queen Mary University": a given name before a body's head word names the body after
        // someone.)
        const namedAfter = this.lex.heads.get(tokNorm(toks[c.j - 1]))?.kind === 'organization';
        const bodyTitle = roleChunk && roleChunk.j === c.i && isCap(toks[roleChunk.i]) && !toks[roleChunk.j - 1].text.endsWith('.') && !(c.j - c.i >= 2 && this.given(toks[c.i]) && !this.lex.heads.has(this.norms[c.i]) && !namedAfter);
        // ("Judge Tesni Park": a two-word name after a title, ending in a place word that is also a surname, is a person's.)
        const surnameHead = c.j - c.i === 2 && TITLED_SURNAME_HEADS.has(tokNorm(toks[c.j - 1]));
        let titleHead = c.type === 'name' && bodyTitle ? this.headOf(c.i, c.j) : null;
        if (titleHead?.kind === 'place' && surnameHead) titleHead = null;
        if (titleHead && roleChunk) {
          // "General Court", "Justice Department", "Senate Committee": a capitalized role word before a body's head
          // word is part of the body's name, not a title.
          consumed.add(roleChunk);
          const name = this.doc.text.slice(toks[roleChunk.i].start, toks[c.j - 1].end);
          // "General Staff of the Armed Forces of Ukraine": a country named inside gives the body's country.
          let country = mod.country;
          for (let k = c.i + 1; k < c.j && !country; k++) {
            const hit = this.startsPhrase[k] ? this.lookup(k, c.j, null) : null;
            if (hit?.entry.type === 'country' && (hit.entry.how === 'name' || hit.entry.how === 'alias')) {
              country = hit.entry.code;
              this.nested.push({ type: 'lex', i: k, j: hit.j, entry: hit.entry });
            }
          }
          // "the Chicago Police Department": a city right before is part of the name, and a mention of its own.
          // ("the Ghana Police Service": so is a country's name.)
          const city = mod.chunks.find((m): m is Chunk & { type: 'lex' } => m.type === 'lex' && m.j === roleChunk.i && isCap(toks[m.i]) && (m.entry.type === 'place' || (m.entry.type === 'country' && (m.entry.how === 'name' || m.entry.how === 'alias'))));
          if (city) {
            consumed.add(city);
            this.nested.push(city);
            const en = city.entry as Entry & { type: 'place' | 'country' };
            country ??= en.type === 'country' ? en.code : en.country;
          }
          const from = city ? city.i : roleChunk.i;
          const sector = titleHead.kind === 'place' ? titleHead.sector : fieldSector(toks.slice(from, c.j).map((t) => t.norm), titleHead.sector, tokNorm(toks[c.j - 1]));
          this.newCandidate(from, c.j, { kind: titleHead.kind === 'place' ? 'place' : 'organization', how: 'name', name: this.doc.text.slice(toks[from].start, toks[c.j - 1].end), country, sector, why: `name with head "${tokNorm(toks[c.j - 1])}"` });
          continue;
        }
        // "the militant group Selvar": a word for a body before the name makes it the body's, not a titled person's.
        const bodyWordBefore = c.i > 0 && (BODY_NOUNS.has(this.norms[c.i - 1]) || /^(group|organisation|organization|outfit|cell)$/.test(this.norms[c.i - 1]));
        // ("energy trader Energocom": a trade that businesses ply too titles only a name with a given name.)
        const firmTrade = !!roleChunk && FIRM_TRADES.has(roleChunk.entry.term) && !this.given(toks[c.i]);
        if (roleChunk && roleChunk.entry.kind === 'person' && !bodyWordBefore && !firmTrade) {
          for (const m of mod.chunks) consumed.add(m);
          // "President Wen Tao" is one mention; in "Canadian researcher Ivo Marsk" or "press secretary Mara Quill" the
          // lower-case description is evidence about the person, and the mention is the name.
          const described = !isCap(toks[roleChunk.i]);
          const cand = this.newCandidate(described ? c.i : mod.start, c.j, {
            kind: 'person', how: 'title', entry,
            name: entry ? entry.name : this.doc.text.slice(toks[i].start, toks[c.j - 1].end),
            country: mod.country ?? roleChunk.entry.country ?? null, sector: this.forceBefore(mod.chunks, roleChunk, officeSector(roleChunk.entry.term, roleChunk.entry.sector, mod.seatSector, mod.country)), title: withRank(mod.rank, mod.portfolio && roleChunk.entry.title ? `${roleChunk.entry.title} ${mod.portfolio}` : mod.titlePrefix?.role === roleChunk && roleChunk.entry.title ? `${mod.titlePrefix.words} ${roleChunk.entry.title}` : roleChunk.entry.title),
            former: mod.former || this.retired.has(roleChunk.i), gender: gender ?? GENDERED_ROLES[roleChunk.entry.term] ?? null, role: roleChunk.entry.term,
            why: 'title+name',
          });
          if (!entry) cand.gender ??= this.lex.givenNames.get(toks[i].text) === 'f' ? 'f' : this.lex.givenNames.get(toks[i].text) === 'm' ? 'm' : null;
          this.modifierMentions(mod.chunks);
          continue;
        }
        if (entry) {
          this.newCandidate(c.i, c.j, { kind: 'person', how: 'name', entry, name: entry.name, country: mod.country, why: 'gazetteer person', weak: false });
          continue;
        }
        this.nameCandidate(c, chunks, n, s, mode, gender, mod.country, consumed);
        continue;
      }

      if (c.type === 'role') {
        if (c.j - c.i === 1 && (toks[c.i].pos === 'VERB' || toks[c.i].pos === 'AUX') && !isCap(toks[c.i])) continue; // "to judge"
        if (c.j - c.i === 1 && c.i > s && /^(in|as)$/.test(toks[c.i - 1].norm) && !isCap(toks[c.i])) continue; // "in general", "as secretary"
        if (c.i - 2 >= s && /^(a|an)$/.test(toks[c.i - 1].norm) && toks[c.i - 2].norm === 'as' && !isCap(toks[c.i])) continue; // "as an ambassador, I…"
        if (after && (after.text === '-' || after.text === '–') && !after.spaceBefore) continue; // "leader-to-leader"
        if (next && next.i === c.j && (next.type === 'name' || (next.type === 'lex' && next.entry.type === 'person'))) continue; // handled as a title
        // (In a headline a plural role's next noun is its verb: "Miners storm parliament".)
        const headlineVerb = c.entry.kind === 'group' && after?.pos === 'NOUN' && this.isHeadline(after.sentence);
        // ("the coast guard shadowed the boats": an "-ed" word the tagger calls an adjective is a verb before an article.)
        const pastVerb = after?.pos === 'ADJ' && /ed$/.test(after.norm) && /^(the|a|an|its|their|his|her)$/.test(toks[c.j + 1]?.norm ?? '');
        if (after && !headlineVerb && !pastVerb && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ') && !/[.,;:]/.test(after.text) && !(next && next.i === c.j && next.type === 'role')) {
          if (!(after.pos === 'ADJ' && /^(familiar|loyal|close|opposed|allied|linked|affiliated|sympathetic|hostile|responsible)$/.test(after.norm))) continue; // a modifier: "military hardware"
        }
        if (next && next.i === c.j && next.type === 'role') continue; // "government officials": the later role is the head
        if (c.entry.kind === 'organization' && isCap(toks[c.i])) continue;
        if (c.entry.kind === 'organization' && /^(administration|government|cabinet|regime|camp|team)$/.test(c.entry.term) && this.leaderBefore(chunks, n)) continue;
        const mod = this.modifiers(chunks, n, s);
        // "took charge as interim coach": a role after a bare "as" is what someone is, not someone else.
        if (!mod.det && mod.start > s && toks[mod.start - 1].norm === 'as' && this.norms[mod.start - 2] !== 'such' && !isCap(toks[c.i]) && c.entry.kind === 'person') continue;
        const namedBefore = n > 0 && chunks[n - 1].j === c.i && chunks[n - 1].type !== 'role';
        // (Unless they speak: "…, police said.")
        if (MASS_ROLES.has(c.entry.term) && !mod.det && !mod.country && !isCap(toks[c.i]) && !namedBefore && !SPEECH_AFTER.has(this.norms[c.j] ?? '')) continue;
        for (const m of mod.chunks) consumed.add(m);
        this.roleCandidate(c, mod, e, mode);
        this.modifierMentions(mod.chunks);
        continue;
      }

      // Gazetteer phrases on their own.
      const en = c.entry;
      // "Euro-Atlantic integration", "the Indo-Pacific": a place joined to a combining prefix is part of an adjective.
      if ((en.type === 'place' || en.type === 'country') && c.i - 2 >= s && toks[c.i - 1].text === '-' && !toks[c.i - 1].spaceBefore && !toks[c.i].spaceBefore && COMBINING.has(this.norms[c.i - 2]) && after && after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) continue;
      if (en.type === 'country') {
        if (en.how === 'demonym') {
          this.demonymCandidate(c, en, s, e);
          continue;
        }
        if (en.how === 'metonym') {
          // ("in The Hague": a capitalized "The" belongs to the name; look before it.)
          const named = c.i > s && toks[c.i - 1].text === 'The' && !this.isSentenceStart(c.i - 1) ? 1 : 0;
          const prev = c.i - named > s ? toks[c.i - 1 - named] : null;
          const prevPrev = c.i - 1 - named > s ? toks[c.i - 2 - named] : null;
          // "in Caracas", "the streets of Caracas": the city as a place, not its government.
          // "London-based", "London-listed": where a body sits or trades, not the government there.
          const based = after?.text === '-' && !after.spaceBefore && SITS_AT.test(toks[c.j + 1]?.norm ?? '');
          // "flights to Tel Aviv and Beirut", "crews from Oregon, Washington and Mexico": joined to a place the preposition
          // governs.
          const left = chunks.slice(0, n).reverse().find((x) => x.j <= c.i - 1 - named) ?? null;
          // ("from Riga, Vilnius and Tallinn": or to the end of such a list of places.)
          const placeChunk = (x: Chunk | null | undefined): x is Chunk & { type: 'lex' } => x?.type === 'lex' && (x.entry.type === 'place' || (x.entry.type === 'country' && x.entry.how === 'metonym'));
          let first = placeChunk(left) && left.j === c.i - 1 - named ? left : null;
          while (first && first.i - 2 > s && toks[first.i - 1].text === ',') {
            const before = chunks.slice(0, n).reverse().find((x) => x.j === first!.i - 1) ?? null;
            if (!placeChunk(before)) break;
            first = before;
          }
          const joined = prev && /^(and|or|,)$/.test(prev.norm) && !!first && first.i > s && (LOCATIVE.has(toks[first.i - 1].norm) || (toks[first.i - 1].norm === 'from' && this.motionBefore(first.i - 1, s)));
          // ("marched through central Berlin", "flew home to Canberra", "Berlin's mayor": the city, too.)
          const cityWord = after && isPossessive(after.text) && PLACE_OF.has(this.norms[c.j + 1] ?? '') && !/^(history|map)$/.test(this.norms[c.j + 1]);
          // ("a move out of Seoul", "the Seoul metropolitan area": the city, too.)
          // ("speaking from Kuala Lumpur", "told Reuters by phone from Accra": where someone speaks from.)
          const spokeFrom = prev?.norm === 'from' && !!prevPrev && /^(speaking|phone|telephone|video|videolink|reporting|calling|writing|broadcasting)$/.test(prevPrev.norm);
          // ("flights from Vilnius", "the outbreak had spread to Kampala", "the airspace over Vilnius": a leg of a journey
          // or a spread, and the sky over a city.)
          const moved = spokeFrom || ((prev?.norm === 'to' || prev?.norm === 'from') && this.motionBefore(c.i - 1, s)) || (prev?.norm === 'over' && /^(airspace|skies|sky)$/.test(prevPrev?.norm ?? '')) || (prev?.norm === 'of' && prevPrev?.norm === 'out') || (after?.pos === 'ADJ' && startsLower(after.text) && PLACE_OF.has(this.norms[c.j + 1] ?? ''));
          // ("between Dar es Salaam and the capital Dodoma", "Uzbekistan's capital, Tashkent,", "Tashkent, a city of three
          // million,": a city named as a city.)
          const cityNoun = (x: Token | null | undefined) => !!x && startsLower(x.text) && /^(capital|city|town|port)$/.test(x.norm);
          const namedCity = cityNoun(prev) || (prev?.text === ',' && cityNoun(prevPrev)) || (after?.text === ',' && /^(a|an)$/.test(toks[c.j + 1]?.norm ?? '') && (cityNoun(toks[c.j + 2]) || (toks[c.j + 2]?.pos === 'ADJ' && cityNoun(toks[c.j + 3]))));
          const locative = based || joined || cityWord || moved || namedCity || (prev && (PLACE_PREPS.has(prev.norm) || prev.norm === 'through' || (PLACE_ADJ.has(prev.norm) && startsLower(prev.text)))) || (prev?.norm === 'the' && prevPrev && PLACE_PREPS.has(prevPrev.norm)) || (prev?.norm === 'of' && prevPrev && PLACE_OF.has(prevPrev.norm));
          const placeAfter = after?.text === ',' && c.j + 1 < e && this.regionEnd(c.j, e, mode) > c.j;
          const compound = placeAfter || after && (after.pos === 'NOUN' || (after.pos === 'PROPN' && isCap(after))) && !/^(officials?|leadership|government|administration)$/.test(after.norm);
          if ((locative || compound) && !/house|kremlin|street|elysee|élysée|zhongnanhai/i.test(this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end))) {
            this.newCandidate(c.i - named, this.regionEnd(c.j, e, mode), { kind: 'place', how: 'name', name: this.doc.text.slice(toks[c.i - named].start, toks[c.j - 1].end), country: en.code, why: 'capital as place' });
            continue;
          }
          this.newCandidate(c.i, c.j, { kind: 'country', how: 'metonym', entry: en, name: en.name, country: en.code, sector: 'GOV', why: 'capital metonym', weak: false });
          continue;
        }
        // "Atlanta, Georgia": a country name that is also a listed place, after "<Name>,", is the place.
        const alt = this.lex.phrases.get(normPhrase(this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end)))?.find((x) => x.type === 'place');
        if (alt && alt.type === 'place' && c.i - 2 >= s && toks[c.i - 1].text === ',' && isCap(toks[c.i - 2])) {
          this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', entry: alt, name: alt.name, country: alt.country, why: 'place after "<Name>,"' });
          continue;
        }
        const region = this.compassStart(c.i, c.j, s);
        if (region < c.i) {
          // "Southern Mali", "northern Italy": a region of the country, a place in it, not the state as an actor.
          if (n > 0 && chunks[n - 1].i === region) consumed.add(chunks[n - 1]);
          this.newCandidate(region, c.j, { kind: 'place', how: 'name', name: this.doc.text.slice(toks[region].start, toks[c.j - 1].end), country: en.code, why: 'region of a country' });
          continue;
        }
        this.newCandidate(c.i, c.j, { kind: 'country', how: en.how === 'name' ? 'name' : 'alias', entry: en, name: en.name, country: en.code, why: 'country name' });
        continue;
      }
      if (en.type === 'seat') {
        const orgHere = after && isCap(after) && next?.type === 'name' && next.i === c.j;
        if (orgHere) continue;
        const before = n > 0 ? chunks[n - 1] : null;
        if (en.sector !== 'GOV' && before && before.j === c.i && before.type === 'lex' && before.entry.type === 'country' && before.entry.how !== 'metonym' && before.entry.how !== 'demonym') {
          // "United States Congress": the country's name opens the body's.
          consumed.add(before);
          this.nested.push(before);
          this.newCandidate(before.i, c.j, { kind: 'organization', how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: 'country + seat' });
          continue;
        }
        // "the Illinois Supreme Court", "the Texas Senate": a state's or province's name before a body many name alike
        // makes it that state's body.
        if (en.shared && before && before.j === c.i && before.type === 'lex' && before.entry.type === 'place' && before.entry.country) {
          consumed.add(before);
          this.nested.push(before);
          this.newCandidate(before.i, c.j, { kind: 'organization', how: 'name', name: this.doc.text.slice(toks[before.i].start, toks[c.j - 1].end), country: before.entry.country, sector: en.sector, why: 'place + seat' });
          continue;
        }
        if (en.sector === 'GOV') {
          const name = this.lex.countryNames.get(en.country) ?? en.country;
          this.newCandidate(c.i, c.j, { kind: 'country', how: 'metonym', entry: en, name, country: en.country, sector: 'GOV', why: 'seat of government' });
        } else {
          this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: 'seat' });
          // ("U.S. Senate", listed whole, names the United States too.)
          const inner = c.j - c.i > 1 ? this.lookup(c.i, c.j - 1, mode) : null;
          if (inner && inner.entry.type === 'country' && inner.entry.how !== 'demonym') this.nested.push({ type: 'lex', i: c.i, j: inner.j, entry: inner.entry });
        }
        continue;
      }
      if (en.type === 'org') {
        // "in Brussels", "Brussels, Belgium": a city that also stands for a body is the city where the text places it.
        if (c.j - c.i === 1) {
          const asPlace = this.lex.phrases.get(this.norms[c.i])?.find((x) => x.type === 'place' || (x.type === 'country' && x.how === 'metonym'));
          const prevTok = c.i > s ? toks[c.i - 1] : null;
          const end = this.regionEnd(c.j, e, mode);
          if (asPlace && ((prevTok && PLACE_PREPS.has(prevTok.norm)) || end > c.j)) {
            const code = asPlace.type === 'country' ? asPlace.code : asPlace.type === 'place' ? asPlace.country : null;
            this.newCandidate(c.i, end, { kind: 'place', how: 'name', name: this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end), country: code, why: 'city that stands for a body, as a place' });
            continue;
          }
        }
        // ("the Amazon": after a lower-case "the", a business's name that is also a place's is the place.)
        const asPlaceToo = en.sector === 'BUS' && c.i > s && toks[c.i - 1].text === 'the' ? this.lex.phrases.get(normPhrase(this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end)))?.find((x) => x.type === 'place') : undefined;
        if (asPlaceToo?.type === 'place') {
          this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', entry: asPlaceToo, name: asPlaceToo.name, country: asPlaceToo.country, why: 'place after "the", not the business' });
          continue;
        }
        // "U.S. Republican Party", "Russian Air Force": a country word before a known organization is part of its name.
        const before = n > 0 ? chunks[n - 1] : null;
        if (before && before.j === c.i && before.type === 'lex' && before.entry.type === 'country' && en.kind !== 'country') {
          consumed.add(before);
          // ("the Turkish Red Crescent", "Kenya Red Cross": a country's own society of a movement is a body of its own.)
          if (en.country === 'NGO') {
            const name = this.doc.text.slice(toks[before.i].start, toks[c.j - 1].end);
            this.newCandidate(before.i, c.j, { kind: en.kind, how: 'name', name, country: before.entry.code, sector: en.sector, why: 'country + movement' });
            continue;
          }
          // ("Malawi Congress Party": a listed body's name after another state's name is a body of that state.)
          // ("the Maldivian Democratic Party": or after its demonym.)
          if (en.country && isAlpha3(en.country) && en.country !== before.entry.code) {
            const name = this.doc.text.slice(toks[before.i].start, toks[c.j - 1].end);
            this.newCandidate(before.i, c.j, { kind: en.kind, how: 'name', name, country: before.entry.code, sector: en.sector, why: "listed body's name after another state's" });
            if (before.entry.how !== 'demonym') this.nested.push(before);
            continue;
          }
          this.newCandidate(before.i, c.j, { kind: en.kind, how: 'name', entry: en, name: en.name, country: en.country ?? before.entry.code, sector: en.sector, why: `country + gazetteer ${en.source}` });
          // ("U.S. Senate" names the United States too; "Russian Air Force" names no country by its name.)
          if (before.entry.how !== 'demonym') this.nested.push(before);
          continue;
        }
        // ("built a Ferrari", "drives a Toyota": a business's name after "a", heading its phrase, is one of its products;
        // "a Facebook post" still names the business.)
        const head = toks[c.j];
        if (en.sector === 'BUS' && c.i > s && /^(a|an)$/.test(this.norms[c.i - 1]) && !(head && head.sentence === toks[c.i].sentence && (head.pos === 'NOUN' || head.pos === 'PROPN'))) continue;
        this.newCandidate(c.i, c.j, { kind: en.kind, how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: `gazetteer ${en.source}` });
        // "Massachusetts Institute of Technology": a place that opens a known name is a mention too.
        if (c.j - c.i > 1) {
          const inner = this.lookup(c.i, c.j - 1, mode);
          if (inner && (inner.entry.type === 'place' || (inner.entry.type === 'country' && inner.entry.how !== 'demonym'))) this.nested.push({ type: 'lex', i: c.i, j: inner.j, entry: inner.entry });
          // ("National Library of the Netherlands", "University of Pisa": so is one after "of" at its end.)
          for (let k = c.i + 1; k + 1 < c.j; k++) {
            if (this.norms[k] !== 'of') continue;
            const from = this.norms[k + 1] === 'the' ? k + 2 : k + 1;
            const tail = from < c.j ? this.lookup(from, c.j, mode) : null;
            const known = this.nested.some((m) => m.i === from && m.j === c.j);
            if (tail && tail.j === c.j && !known && (tail.entry.type === 'place' || (tail.entry.type === 'country' && tail.entry.how !== 'demonym'))) this.nested.push({ type: 'lex', i: from, j: c.j, entry: tail.entry });
            break;
          }
        }
        continue;
      }
      if (en.type === 'place') {
        if (c.j - c.i === 1 && this.citedAuthor(c.i, c.j)) {
          // "Toledo (1989)": a cited author whose name is also a town.
          this.newCandidate(c.i, c.j, { kind: 'person', how: 'name', name: this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end), country: null, why: 'cited author' });
          continue;
        }
        // ("Brent crude futures rose": a place that names an oil's grade is the grade.)
        if (this.norms[c.j] === 'crude' && startsLower(toks[c.j].text)) continue;
        const region = this.compassStart(c.i, c.j, s);
        // "Santa Clara, California": the region after the name tells which of the places so named it is.
        const after = this.regionAfter(c.j, e, mode);
        // (Unless a list goes on after it: "flights to Damascus, Dubai, Kuwait and Istanbul".)
        const list = !!after && this.listGoesOn(after.end);
        const elsewhere = !!after?.country && !!en.country && after.country !== en.country && !list;
        const country = elsewhere ? after!.country : en.country;
        const end = after?.end ?? c.j;
        if (region < c.i) {
          if (n > 0 && chunks[n - 1].i === region) consumed.add(chunks[n - 1]);
          this.newCandidate(region, end, { kind: 'place', how: 'name', name: this.doc.text.slice(toks[region].start, toks[c.j - 1].end), country, why: 'region of a place' });
          continue;
        }
        if (elsewhere) this.newCandidate(c.i, end, { kind: 'place', how: 'name', name: this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end), country, why: 'place named by its region' });
        else this.newCandidate(c.i, end, { kind: 'place', how: 'name', entry: en, name: en.name, country, why: 'gazetteer place' });
        continue;
      }
    }
  }

  /** "the Biden administration", "Xi's government": a leader's name before a government noun is that government. */
  leaderBefore(chunks: Chunk[], n: number): boolean {
    const c = chunks[n];
    const prev = n > 0 ? chunks[n - 1] : null;
    if (!prev || c.type !== 'role') return false;
    const toks = this.tokens;
    let gapOk = prev.j === c.i;
    if (!gapOk && prev.j === c.i - 1 && /^['’]s$/.test(toks[prev.j].norm)) gapOk = true;
    if (!gapOk || prev.type === 'role') return false;
    let leader: Entry | null = prev.type === 'lex' && prev.entry.type === 'person' ? prev.entry : null;
    if (!leader && prev.type === 'name' && prev.j - prev.i === 1) {
      const known = this.lex.surnames.get(tokNorm(toks[prev.i]))?.filter((e) => e.type === 'person') ?? [];
      if (known.length === 1) leader = known[0];
    }
    if (!leader || leader.type !== 'person') return false;
    const country = leader.roles.find((r) => r.sector === 'GOV')?.country ?? leader.country;
    const name = this.doc.text.slice(toks[prev.i].start, toks[c.j - 1].end).replace(/^the\s+/i, '');
    this.newCandidate(prev.i, c.j, { kind: 'organization', how: 'name', name, country, sector: c.entry.sector, why: 'leader + government noun' });
    return true;
  }

  /** Countries, seats and organizations used as modifiers inside a titled NP are mentions of their own. */
  modifierMentions(chunks: readonly Chunk[]): void {
    for (const m of chunks) {
      if (m.type !== 'lex') continue;
      const en = m.entry;
      if (en.type === 'seat') {
        if (en.sector === 'GOV') this.newCandidate(m.i, m.j, { kind: 'country', how: 'metonym', entry: en, name: this.lex.countryNames.get(en.country) ?? en.country, country: en.country, sector: 'GOV', why: 'seat in title' });
        else this.newCandidate(m.i, m.j, { kind: 'organization', how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: 'seat in title' });
      } else if (en.type === 'country' && en.how !== 'demonym') {
        this.newCandidate(m.i, m.j, { kind: 'country', how: en.how === 'metonym' ? 'metonym' : 'name', entry: en, name: en.name, country: en.code, sector: en.how === 'metonym' ? 'GOV' : null, why: 'country in title' });
      } else if (en.type === 'org') {
        this.newCandidate(m.i, m.j, { kind: en.kind, how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: 'organization in title' });
      } else if (en.type === 'place') {
        this.newCandidate(m.i, m.j, { kind: 'place', how: 'name', entry: en, name: en.name, country: en.country, why: 'place in title' });
      }
    }
  }

  /** An unknown proper-name run: a person, organization or place by its head, given name, shape and context. */
  nameCandidate(c: Chunk, chunks: Chunk[], n: number, s: number, mode: 'caps' | 'title' | null, gender: 'm' | 'f' | null, possessor: string | null, consumed: Set<Chunk>): void {
    const toks = this.tokens;
    const text = this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end);
    // "USS Ralph Johnson", "HMS Defender": a ship is no actor.
    if (/^(USS|HMS|HMAS|HMCS|HMNZS|INS|ROKS|JS|RFS|FS|USNS|MV|SS)$/.test(toks[c.i].text) && c.j - c.i >= 2) return;
    // "the Eastern Theater Command of the People's Liberation Army": a body's unit is of the body's country.
    if (!possessor && toks[c.j]?.norm === 'of' && this.headOf(c.i, c.j)?.kind === 'organization') {
      const at = this.norms[c.j + 1] === 'the' ? c.j + 2 : c.j + 1;
      const owner = at < toks.length ? this.lookup(at, Math.min(toks.length, at + 8), mode)?.entry : undefined;
      if (owner?.type === 'org' && owner.country && !UNPLACED_CODES.has(owner.country)) possessor = owner.country;
    }
    // "Los Chapitos", "Los Zetas": a plural name opened by a Spanish article is a band's, unless the text places it.
    const placed = c.i > s && PLACE_PREPS.has(this.norms[c.i - 1]);
    if (c.j - c.i === 2 && /^(Los|Las)$/.test(toks[c.i].text) && /s$/.test(toks[c.i + 1].text) && !placed && !this.given(toks[c.i + 1])) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: possessor ?? null, why: 'name opened by an article' });
      return;
    }
    // "led by Riyadh-based Al Noor Capital": what is "<place>-based" is a body there (not "London-based Ann Reid").
    // ("the Nairobi-based fund Savanna Ventures": with a word for the body between, if the name has a head word of its
    // own; else the word before it says what the body is.)
    const based = this.norms[c.i - 1] === 'based' ? c.i - 1 : this.norms[c.i - 2] === 'based' && toks[c.i - 1].pos === 'NOUN' && startsLower(toks[c.i - 1].text) && this.headOf(c.i, c.j)?.kind === 'organization' ? c.i - 2 : -1;
    if (based - 2 >= s && toks[based - 1].text === '-' && !toks[based - 1].spaceBefore && !(c.j - c.i === 2 && this.given(toks[c.i]))) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: possessor ?? this.placeCodeBefore(based - 1) ?? this.placeCodeAt(based - 2), sector: this.headOf(c.i, c.j)?.sector ?? null, why: 'name after "-based"', weak: mode !== null });
      return;
    }
    // "Energocom's chief executive", "Tarrow's chairman": only a body has such an office.
    const office = /^['’]s$/.test(toks[c.j]?.norm ?? '') && !this.given(toks[c.i]) && c.j + 1 < toks.length ? (this.lookup(c.j + 1, Math.min(toks.length, c.j + 5), null, true)?.entry as { term?: string } | undefined)?.term ?? '' : '';
    // (Not a state's name the sentence's mode left unread: "Argentina's president".)
    if (CORPORATE_OFFICES.has(office) && !this.lex.phrases.get(normPhrase(text))?.some((en) => en.type === 'country' || en.type === 'place')) {
      // (A chief executive's or a managing director's body is in business, unless its name says otherwise.)
      const sector = this.headOf(c.i, c.j)?.sector ?? (BUSINESS_OFFICES.has(office) ? 'BUS' : null);
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: possessor ?? null, sector, why: 'name owning a body\'s office' });
      return;
    }
    const branch = this.branches.get(c.i);
    if (branch) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: branch.country, sector: branch.sector, why: 'a body\'s branch in a country' });
      return;
    }
    // A country or demonym just before, inside the same run: "Chinese Embassy", "Russian Defense Ministry".
    const prev = n > 0 ? chunks[n - 1] : null;
    let i = c.i;
    let country = possessor ?? this.ofCountry.get(`${c.i}`) ?? null;
    let team: { sector: string | null; kind: ActorKind } | null = null;
    let organOf: string | null = null; // the sector of the body whose organ this is
    if (prev && prev.j === c.i && prev.type === 'lex' && (prev.entry.type === 'country' || prev.entry.type === 'place')) {
      let head = this.headOf(c.i, c.j);
      // "Houston Astros", "Chicago White Sox": a city before a plural name is a team.
      // (Not "homes in Pacific Palisades": after a locative preposition it is a place.)
      const locative = prev.i > s && LOCATIVE.has(this.norms[prev.i - 1]);
      if (!head && !locative && prev.entry.type === 'place' && /s$/.test(toks[c.j - 1].text) && !this.lowerWords.has(toks[c.j - 1].norm)) head = team = { sector: null, kind: 'organization' };
      // ("homes in Pacific Palisades": a listed place and a name after a locative preposition are one place.)
      if (!head && locative && prev.entry.type === 'place' && c.j - c.i === 1 && !this.given(toks[c.i])) head = team = { sector: null, kind: 'place' };
      if (head) {
        i = prev.i;
        // ("China's Taiwan Affairs Office": the possessor's, not the place the name is about.)
        country = possessor ?? (prev.entry.type === 'country' ? prev.entry.code : prev.entry.country);
        consumed.add(prev);
        // "Georgia State University" names Georgia too; "Genoa City" is one place.
        if (head.kind === 'organization' && prev.type === 'lex' && (prev.entry.type === 'place' || (prev.entry.type === 'country' && prev.entry.how !== 'demonym'))) this.nested.push(prev);
      }
    } else if (prev && prev.j === c.i && prev.type === 'lex' && prev.entry.type === 'org' && prev.entry.kind === 'organization' && this.headOf(c.i, c.j)?.kind === 'organization') {
      // "African Union Commission", "Independent Electoral and Boundaries Commission": a known body's name (or a
      // word that is one, "The Independent") at the front of a longer body's name is part of it. The organs of an IGO
      // or a state body ("Bundeswehr Medical Service") are that body's; a company's or an outlet's name gives nothing.
      i = prev.i;
      if (prev.entry.sector && !/^(MED|BUS|NGO|EDU|HLH|REL)$/.test(prev.entry.sector)) {
        country = prev.entry.country;
        organOf = prev.entry.sector;
        this.nested.push(prev); // "United Nations" inside "United Nations Office for Disarmament Affairs" is named too
      } else if (country === prev.entry.country) country = null; // it came from the front word itself
      consumed.add(prev);
    }
    const first = toks[c.i];
    // "the Duke of Sussex", "Princess of Asturias": the name after a peer's title is the territory it is named after.
    if (c.i >= 2 && this.norms[c.i - 1] === 'of' && PEERAGE.has(this.norms[c.i - 2])) {
      this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', name: text, country, why: 'territory of a title' });
      return;
    }
    const nonActor = c.j - c.i === 1 ? this.lex.nonActorHeads.get(tokNorm(first)) : undefined;
    if (nonActor === 'first' || nonActor === 'last') return; // "TV", "DNA", "Olympics" alone
    // The word right after the name, and that word when it is written in lower case in the same sentence (a noun the
    // name may describe).
    const after = toks[c.j];
    const lowerAfter = after && after.sentence === first.sentence && startsLower(after.text) ? after : null;
    // "Buddhist neighbours", "the Sikh congregation": a word of faith or descent before a noun describes, it names no one.
    if (nonActor === 'modifier' && lowerAfter && (lowerAfter.pos === 'NOUN' || lowerAfter.pos === 'ADJ' || lowerAfter.pos === 'PROPN')) return;
    let head = this.headOf(c.i, c.j) ?? team;
    // "World Cup", "Hurricane Ida", "Paris Agreement": events, laws and works are not actors (a person's name wins).
    if (!head && this.nonActorName(c.i, c.j)) return;
    // "Figure 2", "Wave 4", "Chapter 11": a word numbered like a label is a thing, not an actor.
    if (c.j - c.i === 1 && after && after.sentence === first.sentence && after.spaceBefore && /^(\d+[a-z]?|[IVX]+)$/.test(after.text) && after.pos !== 'PRON' && !this.given(first)) return;
    // "Q1", "COVID-19", "LLMs": codes and plural acronyms are things, not actors.
    if (c.j - c.i === 1 && (/\d/.test(first.text) || /^\p{Lu}{2,}s$/u.test(first.text))) return;
    // "Fort Lee", "Lake Erie", "Cape of Good Hope", "Mount Kenya": a place word in front names a place.
    if (c.j - c.i > 1 && PLACE_PREFIX.has(tokNorm(first)) && head?.kind !== 'organization') head = { sector: null, kind: 'place' };
    const len = c.j - c.i;
    // "J.K. Rowling", "H. G. Wells": initials before a family name read as a given name.
    // (A lone initial needs a second one: "A. Velnari  B. Tessaro" are the options of a question.)
    const initials = /^(?:\p{Lu}\.){2,3}$/u.test(first.text) || (/^\p{Lu}\.$/u.test(first.text) && len >= 3 && /^\p{Lu}\.$/u.test(toks[c.i + 1].text));
    // "North Darfur", "West Tarnby": a compass word opening a longer name is not the given name it can be.
    const demonymAfter = len === 2 && !!this.lex.phrases.get(this.norms[c.i + 1])?.some((x) => x.type === 'country' && x.how === 'demonym');
    const compassName = COMPASS.has(first.norm) && len >= 2 && !demonymAfter; // not "North American"
    const given = compassName ? undefined : this.given(first) ?? (len >= 2 && initials && this.surnameLike(toks[c.j - 1]) ? 'u' : undefined);
    const honorific = HONORIFICS.has(tokNorm(first));
    const before = c.i > s ? toks[c.i - 1] : null;
    const weak = mode !== null;
    // "Martin Hill", "Shirley Temple": a given name before a place word that is also a surname is a person.
    if (head?.kind === 'place' && !team && c.j - c.i >= 2 && c.j - c.i <= 3 && this.given(first) && SURNAME_HEADS.has(tokNorm(toks[c.j - 1]))) head = null;
    // "the Second Thomas Shoal", "Third Avenue": a capitalized ordinal opens the name.
    // ("the 7th Federal Criminal Court", "the 101st Airborne Division": a numeral ordinal too.)
    if (head && i === c.i && i - 1 >= s && ((isCap(toks[i - 1]) && ORDINALS.has(this.norms[i - 1])) || (/^\d+(?:st|nd|rd|th)$/.test(toks[i - 1].text) && !(toks[c.j] && toks[c.j].sentence === first.sentence && startsLower(toks[c.j].text) && toks[c.j].pos === 'NOUN')))) i--;
    // "Activision Blizzard Inc.": a listed company with its legal suffix is that company.
    // ("Nordea Bank Abp": a listed business with a word and the suffix after its name, too.)
    if (c.j - i >= 2 && CORPORATE_SUFFIX.test(toks[c.j - 1].text)) {
      const listed = this.lookup(i, c.j - 1, mode);
      if (listed && listed.entry.type === 'org' && (listed.j === c.j - 1 ? head?.sector === 'BUS' : listed.entry.sector === 'BUS' && c.j - 1 - listed.j === 1)) {
        const en = listed.entry;
        this.newCandidate(i, c.j, { kind: en.kind, how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector, why: 'listed company + legal suffix' });
        return;
      }
    }
    // ("Park told reporters" after "Mayor Park Heong-joon": a head word that is someone's family name here is theirs.)
    if (len === 1 && i === c.i && head?.kind === 'place' && !team && this.familyFirst.has(first.text)) head = null;
    // "Park rangers said", "Harbor officials": a sentence's first word that is only a place's head word, before a
    // lower-case word for people, is their modifier.
    if (head?.kind === 'place' && len === 1 && i === c.i && this.isSentenceStart(c.i) && after && after.sentence === first.sentence && startsLower(after.text) && !!this.lex.phrases.get(this.norms[c.j])?.some((e) => e.type === 'role' && e.kind !== 'organization')) return;
    // "the Rio Grande Valley in Texas", "Canada Square, London": a place named with a head is where the text puts it,
    // whatever country a word of its name would give.
    if (head?.kind === 'place' && after && after.sentence === first.sentence && (after.norm === 'in' || after.text === ',') && c.j + 1 < toks.length) {
      const where = placeCode(this.lookup(c.j + 1, Math.min(toks.length, c.j + 5), mode)?.entry);
      if (where) country = where;
    }
    // ("Logistics are hard", "Foods rich in fat": a trade's word alone opening a sentence is the word.)
    if (head?.kind === 'organization' && head.sector === 'BUS' && len === 1 && i === c.i && this.isSentenceStart(c.i) && !this.lex.phrases.has(first.norm)) return;
    if (head && !honorific) {
      const name = this.doc.text.slice(toks[i].start, toks[c.j - 1].end);
      const sector = head.kind === 'place' ? head.sector : organOf ?? fieldSector(toks.slice(i, c.j).map((t) => t.norm), head.sector, tokNorm(toks[c.j - 1]));
      this.newCandidate(i, c.j, { kind: head.kind === 'place' ? 'place' : 'organization', how: 'name', name, country, sector, why: `name with head "${tokNorm(toks[c.j - 1])}"`, weak });
      return;
    }
    if (honorific && len === 1) return; // "Mr." on its own names no one
    if (len === 1 && before?.norm === 'the' && COMPASS.has(first.norm)) {
      this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', name: text, country, why: 'the + compass word', weak });
      return;
    }
    const amp = toks.slice(c.i, c.j).findIndex((t) => t.text === '&');
    if (amp > 0 && c.i + amp + 1 < c.j && this.citedAuthor(c.i + amp + 1, c.j)) {
      // "Marsden & Mackey (2014)": two cited authors.
      this.newCandidate(c.i, c.i + amp, { kind: 'person', how: 'name', name: this.doc.text.slice(first.start, toks[c.i + amp - 1].end), country, why: 'cited author', weak });
      this.newCandidate(c.i + amp + 1, c.j, { kind: 'person', how: 'name', name: this.doc.text.slice(toks[c.i + amp + 1].start, toks[c.j - 1].end), country, why: 'cited author', weak });
      return;
    }
    if (len <= 3 && this.citedAuthor(c.i, c.j)) {
      this.newCandidate(c.i, c.j, { kind: 'person', how: 'name', name: text, country, why: 'cited author', weak });
      return;
    }
    // "the town of Jasper", "the city of Florence": a given name after a word for a place is that place.
    if (given && !honorific && before?.norm === 'of' && c.i - 2 >= s && PLACE_OF.has(this.norms[c.i - 2]) && !/^(mayor|governor|history|map|population|inhabitants|residents|citizens)$/.test(this.norms[c.i - 2])) {
      // ("the town of Shawnee, Oklahoma": with the region that locates it.)
      const region = this.regionAfter(c.j, toks.length, mode);
      this.newCandidate(c.i, region?.end ?? c.j, { kind: 'place', how: 'name', name: text, country: country ?? region?.country ?? null, why: 'name after a word for a place', weak });
      return;
    }
    // "Florence, Alabama": a lone given name located by the state or country after it is a town.
    const located = given && !honorific && len === 1 ? this.regionAfter(c.j, toks.length, mode) : null;
    if (located && !this.listGoesOn(located.end)) {
      this.newCandidate(c.i, located.end, { kind: 'place', how: 'name', name: text, country: located.country, why: 'name, place', weak });
      return;
    }
    // ("the civic group Free Air": a word for a body before a name ending in a common word names a body, whatever
    // its first word is as a given name.)
    if (given && !honorific && len >= 2 && before && this.bodyWordAt(before.index, first.sentence) && !this.surnameLike(toks[c.j - 1]) && !this.lex.givenNames.has(toks[c.j - 1].text)) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, sector: this.bodyWordSector(before.index), why: 'name after a word for a body', weak });
      return;
    }
    // ("a blaze at the Mina al-Ahmadi refinery": after "the", a name before a word for a site names a place, even one
    // that opens with a given name.)
    if (lowerAfter && SITE_NOUNS.test(lowerAfter.norm) && before?.norm === 'the' && !honorific) {
      this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', name: text, country, why: 'name before a word for a site', weak });
      return;
    }
    // ("the Moon", "the Will": a lone given name after "the" is no one's name; nor after "the" and an adjective: "the
    // main Christian and Muslim bodies".)
    const afterThe = before?.norm === 'the' || (!!before && before.pos === 'ADJ' && startsLower(before.text) && this.norms[before.index - 1] === 'the');
    if (honorific || (given && !(len === 1 && afterThe))) {
      const g = gender ?? (given === 'm' || given === 'f' ? given : null);
      // A lone given name ("Major", "Will") is a person only where it acts like one.
      const lone = len === 1 && !honorific && !this.personLike(c.i, c.j) && !this.midCaps.has(first.norm);
      // "Dame Orla Venmore DBE RA": post-nominal letters are part of the mention, not of the name.
      // "Mr Varga", "Dr. Sukhum": the honorific is part of the mention, and the name left is what coreference matches
      // ("Mr Varga" is the "Tomas Varga" named before).
      let from = c.i;
      while (from < c.j - 1 && HONORIFICS.has(this.norms[from])) from++;
      const name = this.doc.text.slice(toks[from].start, toks[c.j - 1].end).replace(POST_NOMINALS, '');
      // In a title line a full name stays strong when its last word is nobody's common word ("Photo: Maria Velkovska").
      const fullName = weak && !honorific && len >= 2 && len <= 3 && this.surnameLike(toks[c.j - 1]);
      this.newCandidate(c.i, c.j, { kind: 'person', how: 'name', name, country, gender: g, why: honorific ? 'honorific' : 'given name', weak: (weak && !fullName) || lone });
      return;
    }
    // (With a place after it too: "EcoPeace Middle East".)
    const camel = isCamelBrand(first.text);
    const rest = camel && len > 1 ? this.lookup(c.i + 1, c.j, mode) : null;
    if (camel && (len === 1 || (rest?.j === c.j && (rest.entry.type === 'place' || rest.entry.type === 'country')))) {
      // CamelCase words ("LibriVox", "OpenAI") are brands and bodies, not people.
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: country ?? (rest?.entry.type === 'country' ? placeCode(rest.entry) : null), why: 'camel case', weak });
      return;
    }
    if (len === 1 && isAllCapsWord(first) && first.text.replace(/\./g, '').length >= 2 && first.text.length <= 6) {
      // An unknown acronym is an organization when the text treats it as one: "the ABC", "ABC said", or used again.
      const prevTok = c.i > s ? toks[c.i - 1] : null;
      // A modifier ("ICT skills", "GIS data") names a thing, not a body.
      const modifier = !!lowerAfter && (lowerAfter.pos === 'NOUN' || lowerAfter.pos === 'ADJ');
      // ("told national broadcaster RUV": so does a word for a body or an outlet right before it.)
      const called = !!prevTok && this.bodyWordAt(prevTok.index, first.sentence);
      const used = !modifier && (prevTok?.norm === 'the' || called || this.personLike(c.i, c.j));
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, sector: called ? this.bodyWordSector(prevTok!.index) : null, why: called ? 'acronym after a word for a body' : 'acronym', weak: weak || !used });
      return;
    }
    // "its Artemis program", "the Sentinel satellites": a name before a lower-case word for a thing names that thing.
    if (lowerAfter && THING_NOUNS.test(lowerAfter.norm) && !given && !honorific) return;
    // "analysts at Bernstein", "an economist at Capital Economics": where people of a trade work is a body.
    if (before?.norm === 'at' && c.i - 2 >= s && EMPLOYEES.test(this.norms[c.i - 2]) && !given) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, why: 'employer after "at"', weak });
      return;
    }
    if (before && (LOCATIVE.has(before.norm) || before.norm === 'of') && len <= 3 && ((before.norm !== 'to' && before.norm !== 'from' && before.norm !== 'of') || this.motionBefore(c.i - 1, s)) && !(len === 1 && spellingResult(text).scores.other >= SPELLING_OTHER)) {
      const region = this.regionAfter(c.j, toks.length, mode);
      this.newCandidate(c.i, region?.end ?? c.j, { kind: 'place', how: 'name', name: text, country: country ?? region?.country ?? null, why: 'after locative preposition', weak });
      return;
    }
    // "Marrowby is a small town on the coast", "Velda, a village in …": a name said to be a place is one.
    if (len <= 3 && !given && this.placeNounAfter(c.j)) {
      this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', name: text, country, why: 'name said to be a place', weak });
      return;
    }
    // "Mekong Air, Vietnam's fastest-growing private airline", "Aceros Cumbre, a Monterrey-based producer of steel": a
    // name said to be a company is one, of the state that sentence gives it.
    const firm = len <= 4 && !given && !honorific ? this.companyNounAfter(c.j) : undefined;
    if (firm !== undefined) {
      // ("Global Athlete, an athlete-led advocacy group,": a group for a cause is civic, not a business.)
      const civic = this.civicAppositive(c.j);
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: country ?? firm, sector: civic ? 'NGO' : 'BUS', why: 'name said to be a company', weak });
      return;
    }
    // "flooding in northern Tarnland", "neighbouring Vellmark": a compass adjective in lower case places a name.
    if (before && startsLower(before.text) && PLACE_ADJ.has(before.norm) && len <= 3 && !given) {
      this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', name: text, country, why: 'name after a compass adjective', weak });
      return;
    }
    if (after && after.text === ',' && toks[c.j + 1] && len <= 3) {
      // "Tulsa, Oklahoma": a name followed by a known place or country is a place.
      const hit = this.lookup(c.j + 1, Math.min(c.j + 6, toks.length), mode);
      // (Not "Norvale Semiconductor, Europe's largest chipmaker": that place owns an apposition.)
      const owns = hit && hit.j < toks.length && isPossessive(toks[hit.j].text);
      // (Nor "the Vandal League, France and Britain": a list, not a place and its country.)
      const listed = hit && hit.entry.type === 'country' && this.listGoesOn(hit.j);
      if (hit && !owns && !listed && (hit.entry.type === 'place' || (hit.entry.type === 'country' && hit.entry.how !== 'demonym'))) {
        this.newCandidate(c.i, this.regionEnd(c.j, toks.length, mode), { kind: 'place', how: 'name', name: text, country: hit.entry.type === 'place' ? hit.entry.country : hit.entry.code, why: 'name, place', weak });
        return;
      }
    }
    // (Not after a word spelled like a given name: "Erling Haaland".)
    if (/(shire|burgh?|ville|stan|polis|grad|mouth|chester|wich|sberg|dorf|ton Park|land)$/.test(text) && !given && (len === 1 || spellingResult(first.text).scores.person < 0.3)) {
      this.newCandidate(c.i, c.j, { kind: 'place', how: 'name', name: text, country, why: 'place-like name', weak: weak || len === 1 && !(before && LOCATIVE.has(before.norm)) });
      return;
    }
    // "Students for Fair Admissions", "Veterans Against War": people of a kind for a cause are a body.
    if (len > 2 && /^(for|against|without)$/.test(this.norms[c.i + 1]) && this.lex.phrases.get(this.norms[c.i])?.some((en) => (en.type === 'role' && en.plural) || (en.type === 'country' && en.how === 'demonym'))) {
      const people = this.lex.phrases.get(this.norms[c.i])?.find((en) => en.type === 'country');
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: country ?? (people?.type === 'country' ? people.code : null), sector: 'NGO', why: 'people of a kind for a cause', weak });
      return;
    }
    if (len > 2 && toks.slice(c.i + 1, c.j - 1).some((t) => t.norm === 'of' || t.norm === 'the') && !given) {
      // "Game of Thrones", "Descriptive Analysis of Words": a titled work or event, not an actor.
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, why: 'name with "of"', weak: true });
      return;
    }
    if (len > 1 && toks.slice(c.i, c.j).some((t) => this.commonWord(t) && /^\p{L}/u.test(t.text) && !NAME_PARTICLES.has(t.norm) && !(t.index - 2 > c.i && this.syllablePair(t.index - 2)))) {
      // A capitalized phrase built from common words ("Open Science Framework") names a thing or a body, not a person.
      // ("platinum producer Tswelopele Platinum": a business, after a word for one.)
      const trade = before && startsLower(before.text) && COMPANY_NOUNS.has(before.norm) ? 'BUS' : null;
      // ("The environmental network Living Water said": a word for a body before it makes the name a body's.)
      const bodyWord = !trade && this.bodyWordAt(c.i - 1, first.sentence);
      // ("Transient Workers Count Too (TWC2), a migrant workers' advocacy group,": or a group for a cause after it.)
      const civic = !trade && !bodyWord && this.civicAppositive(c.j);
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, sector: trade ?? (bodyWord ? this.bodyWordSector(before!.index) : civic ? 'NGO' : null), why: 'capitalized common words', weak: weak || (!bodyWord && !civic && !this.personLike(c.i, c.j)) });
      return;
    }
    const nounAfter = toks[c.j] && toks[c.j].sentence === first.sentence && /^\p{Ll}/u.test(toks[c.j].text) && toks[c.j].pos === 'NOUN';
    if (len === 1 && this.institutions.has(c.i) && (head || INSTITUTIONS.has(first.norm))) {
      this.newCandidate(c.i, c.j, { kind: head?.kind === 'place' ? 'place' : 'organization', how: 'name', name: text, country, sector: head?.sector ?? null, why: 'the + capitalized noun', weak });
      return;
    }
    if (before?.norm === 'the' && (!given || len === 1) && !nounAfter) {
      // "the Confederacy", "the North", "the Koinonia": people do not take the article; bodies and regions do.
      const prev2 = c.i - 2 >= s ? toks[c.i - 2] : null;
      const place = COMPASS.has(first.norm) || (prev2 !== null && PLACE_PREPS.has(prev2.norm));
      this.newCandidate(c.i, c.j, { kind: place ? 'place' : 'organization', how: 'name', name: text, country, why: 'the + name', weak: weak || (COMPASS.has(first.norm) ? false : len === 1 ? !this.personLike(c.i, c.j) || (this.isSentenceStart(c.i) && !this.midCaps.has(first.norm)) : true) });
      return;
    }
    // "the NGO Foro Penal", "the rights group Memorial": a name right after a word for a body is that body.
    const kindBefore = c.i - 2 >= s ? toks[c.i - 2] : null;
    // "the NGO Foro Penal", also after a trade word: "insurance company Gjensidige", "the chipmaker Korvex".
    // ("Danish drugmaker Velmora", "online lender Corvath": after a demonym or an adjective too; "the Lagos-based
    // consultancy Orvell Analytics": after a place's "-based".)
    const demonymBefore = !!kindBefore && !!this.lex.phrases.get(kindBefore.norm)?.some((en) => en.type === 'country' && en.how === 'demonym');
    const tradeBefore = before && COMPANY_NOUNS.has(before.norm) && kindBefore && (demonymBefore || ((kindBefore.norm === 'the' || kindBefore.pos === 'NOUN' || (kindBefore.norm === 'based' && toks[kindBefore.index - 1]?.text === '-') || kindBefore.pos === 'ADJ' || (kindBefore.pos === 'PROPN' && this.isSentenceStart(kindBefore.index))) && !this.lex.phrases.has(kindBefore.norm)));
    // ("Turkish Super Lig club Karadeniz Gücü": after "club", whatever stands before it.)
    const clubBefore = before?.norm === 'club' && startsLower(before.text);
    // ("The civic group Free Air", "national broadcaster RUV", "the investigative website Fuente Abierta": after a
    // describing word too.)
    const bodyBefore = tradeBefore || clubBefore || (before && startsLower(before.text) && (BODY_NOUNS.has(before.norm) || MEDIA_WORDS.has(before.norm) || GROUP_WORDS.has(before.norm) || before.norm === 'ngo') && kindBefore
      && (/^(the|rights|advocacy|watchdog|aid|campaign|opposition|militant|rebel|ngo)$/.test(kindBefore.norm) || (startsLower(kindBefore.text) && (kindBefore.pos === 'ADJ' || kindBefore.pos === 'NOUN') && !this.lex.phrases.get(kindBefore.norm)?.some((x) => x.type === 'role'))));
    // ("the state-owned Erdenes Mongol", "family-run Halvane": a body someone owns or runs is a business.)
    const owned = !bodyBefore && !!before && /^(owned|run|controlled)$/.test(before.norm) && toks[c.i - 2]?.text === '-' && /^(state|government|family|privately|publicly|army|military)$/.test(toks[c.i - 3]?.norm ?? '');
    if (owned && !honorific) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, sector: 'BUS', why: `name after "-${before!.norm}"`, weak });
      return;
    }
    // (A given name opens it only where a common word ends it: "the civic group Free Air", not "the group Ana Ruiz".)
    const commonEnd = given && len > 1 && spellingResult(toks[c.j - 1].text).scores.other >= 0.5;
    if (bodyBefore && (!given || commonEnd) && !honorific) {
      const kindWord = toks[c.i - 2].norm;
      const sector = clubBefore ? 'SPT' : /^(militant|rebel)$/.test(kindWord) ? 'REB' : /^(rights|advocacy|watchdog|aid|campaign|ngo|civic|environmental)$/.test(kindWord) || before!.norm === 'ngo' || before!.norm === 'charity' ? 'NGO'
        : MEDIA_WORDS.has(before!.norm) ? 'MED' : this.lex.heads.get(before!.norm)?.sector ?? (tradeBefore ? 'BUS' : null);
      // ("the Lagos-based consultancy …": based where the place is.)
      const home = kindBefore!.norm === 'based' ? this.placeCodeAt(kindBefore!.index - 2) : null;
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country: country ?? home, sector, why: `name after "${before!.norm}"`, weak });
      return;
    }
    // "the Azimio la Umoja coalition", "the Tamarod movement": a name before a lower-case word for a body names it.
    const bodyAfter = toks[c.j];
    // ("Insurance company Gjensidige": the name is the one after the body's word.)
    const nameAfterBody = toks[c.j + 1] && toks[c.j + 1].sentence === first.sentence && isCap(toks[c.j + 1]);
    if (bodyAfter && bodyAfter.sentence === first.sentence && BODY_NOUNS.has(bodyAfter.text) && !given && !nameAfterBody) {
      const sector = this.lex.heads.get(bodyAfter.text)?.sector ?? null;
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, sector, why: `name before "${bodyAfter.text}"`, weak });
      return;
    }
    // "Global Voices", "Marsh Valley Foods", "Vagabond Tours": a run ending in a plural common noun (and opening with no
    // given name) names a body; family names spelled like plurals ("Adams", "Jones") do not pass the spelling test.
    const lastWord = toks[c.j - 1];
    if (len >= 2 && /^\p{Lu}\p{Ll}+s$/u.test(lastWord.text) && !/ss$/.test(lastWord.text)) {
      const sc = spellingResult(lastWord.text).scores;
      if (sc.other + sc.organization >= 0.85 && spellingResult(first.text).scores.person < 0.4) {
        this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, why: 'name ending in a plural noun', weak: weak || !this.personLike(c.i, c.j) && !this.nameCue(c.i, c.j) });
        return;
      }
    }
    // ("Isavia, which operates Keflavik airport, said": what runs, owns or makes something is a body.)
    if (len <= 3 && !given && !honorific && toks[c.j]?.text === ',' && this.norms[c.j + 1] === 'which' && BODY_DOINGS.has(this.norms[c.j + 2] ?? '')) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, why: 'name of what runs something', weak });
      return;
    }
    // "Euronews", "Dorsianews": one word ending in "news" is an outlet.
    if (len === 1 && /^\p{Lu}\p{Ll}{2,}news$/u.test(text)) {
      this.newCandidate(c.i, c.j, { kind: 'organization', how: 'name', name: text, country, sector: 'MED', why: 'outlet-like name', weak });
      return;
    }
    // No cue: the spelling decides between a person's name, a place's and a common word ("Internet", "Figure").
    const spelled = spellingResult(text);
    // (Not the surname of someone named before: "President Kais Saied … Saied said", however like "said" it looks.)
    if (len === 1 && spelled.scores.other >= SPELLING_OTHER && !this.out.some((o) => o.kind === 'person' && o.end <= first.start && o.name.endsWith(` ${text}`))) return;
    // A person's cue ("Ivo Marsk said", "Marsk, who", "the chairman, Ivo Marsk,") outweighs the spelling.
    const spoke = this.personCueAfter(c.j) || this.namedAsBefore(c.i) || this.afterPersonRole(c.i) || this.roleAppositiveAfter(c.j) || (c.i > s && KIN.has(this.norms[c.i - 1]));
    const trusted = !spoke && spelled.margin >= (len === 1 ? SPELLING_MARGIN : SPELLING_MARGIN + 0.2);
    const kind: ActorKind = trusted && spelled.best === 'place' ? 'place' : trusted && spelled.best === 'organization' && len > 1 ? 'organization' : 'person';
    const spelledWhy = kind === 'person' ? '' : `, spelled like ${kind === 'place' ? 'a place' : 'an organization'}`;
    // A lone unknown word is kept only if it joins a named person (a surname) or a gazetteer person.
    // A name spelled unmistakably like a person's or a place's is kept mid-sentence even without a cue.
    const sure = !this.isSentenceStart(c.i) && (kind === 'place' || kind === 'person') && spelled.scores[kind] >= SPELLING_SURE;
    this.newCandidate(c.i, c.j, { kind, how: 'name', name: text, country, why: (len === 1 ? 'single proper noun' : 'proper-noun run') + spelledWhy, weak: weak || (!sure && (len === 1 ? !this.personLike(c.i, c.j) || (this.isSentenceStart(c.i) && !this.midCaps.has(first.norm)) : !this.personLike(c.i, c.j) && !this.nameCue(c.i, c.j))) });
  }

  /** Whether the words after a name ending before token j say it is a place: "is a small town", ", a village in". */
  placeNounAfter(j: number): boolean {
    const toks = this.tokens;
    let k = j;
    if (toks[k]?.text === ',') k++;
    else if (/^(is|was)$/.test(toks[k]?.norm ?? '')) k++;
    else return false;
    if (!/^(a|an|the)$/.test(toks[k]?.norm ?? '')) return false;
    const sentence = toks[j - 1].sentence;
    for (k++; k < toks.length && k < j + 8 && toks[k].sentence === sentence; k++) {
      const t = toks[k];
      // (The head noun: "a town councillor" is a person.)
      const next = toks[k + 1];
      if (PLACE_NOUNS.has(t.norm)) return !(next && next.sentence === sentence && /^\p{Ll}/u.test(next.text) && next.pos === 'NOUN' && !PLACE_NOUNS.has(next.norm));
      // (A person's role first: "X, a lawmaker who represents the province,".)
      if (this.lex.phrases.get(t.norm)?.some((x) => x.type === 'role' && x.kind === 'person')) return false;
      if (t.pos === 'PRON' || t.pos === 'VERB' || t.pos === 'AUX') return false;
      if (!/^\p{Ll}/u.test(t.text) || (t.pos !== 'ADJ' && t.pos !== 'NOUN' && !/^[\p{Ll}-]+$/u.test(t.text))) return false;
    }
    return false;
  }

  /**
   * After a name ending before token j, an appositive that calls it a company: ", a Monterrey-based producer",
   * ", Vietnam's fastest-growing private airline", ", a Thai carmaker". Returns the state the words give it (a
   * possessor, a demonym, a place's "-based"), null for none, or undefined when the words say no company. For a
   * `body`, whose name already says it is one, any head noun but a person's will do: ", a Kuala Lumpur-based planter".
   */
  companyNounAfter(j: number, body = false): string | null | undefined {
    const toks = this.tokens;
    if (toks[j]?.text !== ',') return undefined;
    const sentence = toks[j - 1].sentence;
    let k = j + 1;
    let state: string | null = null;
    // ("Kernel, one of Ukraine's largest grain exporters,": one of several.)
    const several = this.norms[k] === 'one' && this.norms[k + 1] === 'of';
    if (several) k += 2;
    const codeOf = (entries: readonly Entry[] | undefined) => {
      const en = entries?.find((x) => x.type === 'country' || x.type === 'place');
      return en?.type === 'country' ? en.code : en?.type === 'place' ? en.country : null;
    };
    if (/^(a|an|the)$/.test(this.norms[k] ?? '')) k++;
    else {
      // "Vietnam's": a country as the possessor.
      const hit = toks[k] && isCap(toks[k]) ? this.lookup(k, Math.min(toks.length, k + 4), null) : null;
      if (!hit || hit.entry.type !== 'country' || !/^['’]s$/.test(toks[hit.j]?.norm ?? '')) return undefined;
      state = hit.entry.code;
      k = hit.j + 1;
    }
    for (const stop = k + 7; k < toks.length && k < stop && toks[k].sentence === sentence; k++) {
      const t = toks[k];
      const noun = several ? t.norm.replace(/ies$/, 'y').replace(/s$/, '') : t.norm;
      const next = toks[k + 1];
      // (The head noun: "a bank manager" is a person, and so is "the group's secretary-general"; "a group of
      // chemicals" is no company.)
      const modifier = next && next.sentence === sentence && ((next.pos === 'NOUN' && startsLower(next.text)) || /^['’]s?$/.test(next.norm) || (t.norm === 'group' && next.norm === 'of'));
      // (A body its name already says is one may be described by any noun: "X Bhd, a Kuala Lumpur-based planter".)
      const head = COMPANY_NOUNS.has(noun) ? !several || noun !== t.norm : body && t.pos === 'NOUN' && !modifier && !this.lex.phrases.get(t.norm)?.some((x) => x.type === 'role' && x.kind === 'person');
      if (head && startsLower(t.text)) {
        if (modifier) return undefined;
        // ("an unlisted supplier based in Osaka": the place after the head.)
        return state ?? this.basedInCode(k + 1);
      }
      if (isCap(t)) {
        // "a Monterrey-based producer", "a Kuala Lumpur-based maker": based where the place is.
        // ("a Port of Spain-based conglomerate": a place's listed name of more words.)
        const listed = this.lookup(k, Math.min(toks.length, k + 5), null);
        if (listed && listed.j > k + 1 && this.basedAt(listed.j) && placeCode(listed.entry) !== null) {
          state ??= placeCode(listed.entry);
          k = listed.j + 1;
          continue;
        }
        let r = k;
        while (r < stop && isCap(toks[r])) r++;
        if (this.basedAt(r)) {
          state ??= this.placeCodeBefore(r);
          k = r + 1;
          continue;
        }
        // "a Thai carmaker": a demonym gives the state; "a Tallinn think tank": so does a city.
        const code = r === k + 1 ? codeOf(this.lex.phrases.get(t.norm)?.filter((x) => x.type !== 'country' || x.how === 'demonym' || x.how === 'metonym')) : null;
        if (!code) return undefined;
        state ??= code;
        continue;
      }
      if (!startsLower(t.text) && t.text !== '-') return undefined;
    }
    return undefined;
  }

  /**
   * "based in Osaka", "headquartered in the eastern Chinese city of Zhoushan": with "based" or "headquartered" and
   * "in" at token k, the state of the first place or demonym before the clause ends (a comma, at most eight words on);
   * else null.
   */
  basedInCode(k: number): string | null {
    const toks = this.tokens;
    if (!/^(based|headquartered)$/.test(this.norms[k] ?? '') || this.norms[k + 1] !== 'in') return null;
    const sentence = toks[k].sentence;
    for (let p = k + 2; p < k + 10 && toks[p]?.sentence === sentence && /[\p{L}-]/u.test(toks[p].text); ) {
      if (!isCap(toks[p])) { p++; continue; }
      let r = p;
      while (r < p + 4 && toks[r]?.sentence === sentence && isCap(toks[r])) r++;
      const code = this.placeCodeBefore(r) ?? (r === p + 1 ? demonymCode(this.lex.phrases.get(this.norms[p])) : null);
      if (code) return code;
      p = r;
    }
    return null;
  }

  /** Whether token k, in sentence `sentence`, is a lower-case word for a body, an outlet or a group ("network", "website"). */
  bodyWordAt(k: number, sentence: number): boolean {
    const t = this.tokens[k];
    return !!t && t.sentence === sentence && startsLower(t.text) && (BODY_NOUNS.has(t.norm) || MEDIA_WORDS.has(t.norm) || GROUP_WORDS.has(t.norm));
  }

  /**
   * The sector a word for a body at token k gives the name after it: an outlet's is the media's, "civic group" or
   * "rights organisation" a cause group's, a bare "group" none (it may be a business's), else the word's own.
   */
  bodyWordSector(k: number): string | null {
    const t = this.tokens[k];
    if (MEDIA_WORDS.has(t.norm) || (k > 0 && this.norms[k - 1] === 'news')) return MEDIA_WORDS.has(t.norm) ? this.lex.heads.get(t.norm)?.sector ?? 'MED' : 'MED';
    if (k > 0 && CIVIC_GROUP.test(`${this.norms[k - 1]} ${t.norm}`)) return 'NGO';
    if (GROUP_WORDS.has(t.norm) && t.norm !== 'charity') return null;
    return this.lex.heads.get(t.norm)?.sector ?? null;
  }

  /** Whether a comma at token j opens an appositive that calls the name before it a group for a cause (", an advocacy group,"). */
  civicAppositive(j: number): boolean {
    // (Past the name's short form in brackets: "Transient Workers Count Too (TWC2), a migrant workers' advocacy group".)
    const bracket = this.tokens[j]?.text === '(' && this.tokens[j + 2]?.text === ')';
    const t = this.tokens[bracket ? j + 3 : j];
    return t?.text === ',' && CIVIC_GROUP.test(this.doc.text.slice(t.end, t.end + 60).split(',')[0]);
  }

  /** A body named before token i whose name opens with the words i..j ("Helvion" for "Helvion Pharma"), as a head. */
  bodyStartingWith(i: number, j: number): { sector: string | null; kind: ActorKind } | null {
    const words = this.tokens.slice(i, j).map((t) => t.norm);
    const body = this.out.find((o) => o.kind === 'organization' && o.how === 'name' && o.end <= this.tokens[i].start && normPhrase(o.name).split(' ').slice(0, words.length).join(' ') === words.join(' '));
    return body ? { sector: body.sector, kind: 'organization' } : null;
  }

  /**
   * "the Gulf state", "the island nation", "the oil-rich kingdom": with a word for a state at token k and one or two
   * words describing it after "the", the first of those words; else -1.
   */
  epithetStart(k: number, s: number): number {
    const toks = this.tokens;
    for (let m = k - 1; m >= Math.max(s + 1, k - 2); m--) {
      const w = toks[m];
      if (!/^[\p{L}-]+$/u.test(w.text) || FUNCTION_WORDS.has(w.norm) || (!isCap(w) && w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN')) return -1;
      if (toks[m - 1].norm === 'the') return m;
    }
    return -1;
  }

  /** Whether "of" at token k opens a body's name or a body's common noun: "of the Volcanology Agency", "of the union". */
  namedBodyAfter(k: number): boolean {
    const toks = this.tokens;
    if (toks[k]?.norm !== 'of') return false;
    const m = toks[k + 1]?.norm === 'the' ? k + 2 : k + 1;
    if (!toks[m] || toks[m].sentence !== toks[k].sentence) return false;
    // (A body's name, not a place's: "the head of the Paris march" is no one's office.)
    if (isCap(toks[m])) return this.lookup(m, Math.min(toks.length, m + 6), null)?.entry.type !== 'place';
    const hit = this.lookup(m, Math.min(this.tokens.length, m + 4), null);
    return hit?.entry.type === 'role' && hit.entry.kind !== 'person';
  }

  /** Whether a body's or a spelled-out name's candidate ends right before the comma before token `k`. */
  namedRightBefore(k: number): boolean {
    const comma = this.tokens[k - 1];
    if (comma?.text !== ',') return false;
    // (Names in the sentence may not be candidates yet: a proper noun before the comma will be one.)
    const last = this.tokens[k - 2];
    return this.out.some((o) => o.end === comma.start && o.how === 'name' && (o.kind === 'organization' || o.kind === 'person'))
      || (!!last && last.sentence === comma.sentence && last.pos === 'PROPN' && isCap(last) && !this.isSentenceStart(last.index));
  }

  /** A role phrase without a name: a group, an unnamed person, or a definite title pointing back ("the official"). */
  roleCandidate(c: Chunk & { type: 'role' }, mod: ReturnType<Matcher['modifiers']>, e: number, mode: 'caps' | 'title' | null): void {
    const toks = this.tokens;
    const r = c.entry;
    // "racial justice", "economic justice": a role word that is also an abstract noun needs an article to be someone.
    if (ABSTRACT_ROLES.has(r.term) && !isCap(toks[c.i]) && !mod.det) return;
    // ("his folding chair": a chair is a person only as a capitalized title, "Chair Lina Khan", "Madam Chair", or a
    // body's: "its chair", "the chair of the committee".)
    // (Nor is a head, "shot in the head", unless a body names it: "the agency's head", "the PVMBG head".)
    const bodyBefore = mod.start < c.i && c.i > 0 && isCap(toks[c.i - 1]) && toks[c.i - 1].sentence === toks[c.i].sentence;
    // ("the council's chair", "the agency's head": an office owned by a body's word, not "the dog's head".)
    const ownerWord = mod.start < c.i && isPossessive(toks[c.i - 1]?.text ?? '') ? this.norms[c.i - 2] ?? '' : '';
    const owned = !!ownerWord && (this.lex.heads.get(ownerWord)?.kind === 'organization' || !!this.lex.phrases.get(ownerWord)?.some((e) => e.type === 'role' && e.kind === 'organization') || isCap(toks[c.i - 2]));
    if (r.term === 'chair' && !isCap(toks[c.i]) && !/^(its|their)$/.test(mod.det ?? '') && toks[c.j]?.norm !== 'of' && !owned) return;
    // ("Its head, Vasyl Marko, said": a body's head named in apposition.)
    const headNamed = /^(its|their)$/.test(mod.det ?? '') && toks[c.j]?.text === ',' && !!toks[c.j + 1] && isCap(toks[c.j + 1]);
    // (Nor "at the head of the march", "a gun to the head of the NHS": an idiom after "at"/"to".)
    const idiom = /^(at|to)$/.test(this.norms[mod.start - 2] ?? '') && mod.det === 'the';
    if (r.term === 'head' && !isCap(toks[c.i]) && !bodyBefore && !headNamed && !owned && (idiom || !this.namedBodyAfter(c.j))) return;
    // ("A member of the committee, who asked not to be named,": a member is someone only as one member of a body.)
    if (r.term === 'member' && !(/^(a|an|another)$/.test(mod.det ?? '') && toks[c.j]?.norm === 'of')) return;
    // ("Dnipro Agro Trading, a privately held grain trader based in Kyiv,": a trade businesses ply too describes a body
    // after its name or before "based".)
    if (FIRM_TRADES.has(r.term) && (/^(based|headquartered)$/.test(this.norms[c.j] ?? '') || (mod.start - 2 >= 0 && toks[mod.start - 2]?.text === ',' && this.out.some((o) => o.kind === 'organization' && o.end === toks[mod.start - 2].start)))) return;
    // "the main source of energy", "a heat source": a source is someone only where the text makes it a person.
    if (r.term === 'source' && !this.humanSource(c, mod)) return;
    let end = c.j;
    // ("the deputy foreign minister": a lower-case rank before the role is part of the title too.)
    const rankWord = c.i - 1 >= mod.start && /^(deputy|vice|acting|assistant|associate|interim|under)$/.test(this.norms[c.i - 1]) && r.kind === 'person' ? toks[c.i - 1].text : null;
    let title = withRank(rankWord ? rankWord[0].toUpperCase() + rankWord.slice(1) : null, r.title);
    let country = mod.country ?? r.country ?? null;
    // ("a forest policy officer", "the press officer": an officer of an office's kind is no police officer.)
    const ownSector = r.term === 'officer' && OFFICE_WORDS.has(this.norms[c.i - 1] ?? '') ? null : r.sector;
    let sector = mod.faith && (!ownSector || ownSector === 'GOV' || ownSector === 'CVL') ? 'REL' : officeSector(r.term, ownSector, mod.seatSector, mod.country);
    // Right side: "for the Foreign Ministry", "of Ukraine", "familiar with …" (up to the next comma).
    let k = c.j;
    if (k < e && /^(for|of|at|with|from|to)$/.test(toks[k].norm)) {
      let m = k + 1;
      if (m < e && toks[m].norm === 'the') m++;
      // ("an economist at Accra-based Databank Group": the body after a place's "-based" is where the phrase goes, and
      // the place is the body's.)
      const place = m < e && isCap(toks[m]) ? this.lookup(m, e, mode) : null;
      if (place && this.basedAt(place.j) && place.j + 2 < e) {
        country ??= placeCode(place.entry);
        m = place.j + 2;
      }
      const hit = m < e ? this.lookup(m, e, mode) : null;
      // ("a spokesman for the command" after "the Eastern Theater Command …": the body named with that word before.)
      const servedBody = toks[k].norm === 'for' && toks[m - 1]?.norm === 'the' && m < e && startsLower(toks[m].text) && toks[m].pos === 'NOUN' && (!hit || hit.entry.type !== 'role' || hit.entry.kind !== 'person') ? this.bodyNamedWith(toks[m].norm, c.i) : undefined;
      // (A name that runs on past the listed one is longer: "of the Illinois Supreme Court".)
      let run = m;
      while (run < e && this.nameToken(run, 0)) run++;
      if (hit && hit.entry.type !== 'role' && hit.entry.type !== 'person') {
        const en = hit.entry;
        country ??= en.type === 'country' ? en.code : en.type === 'place' ? null : en.country;
        // ("a spokesman for the World Food Programme" speaks for an IGO, "the president of the union" for labour.)
        // ("The president of Congress": of a legislature, a court or another seat of the state too.)
        if ((en.type === 'org' || en.type === 'seat') && en.sector && (toks[k].norm === 'for' || toks[k].norm === 'of' || toks[k].norm === 'at' || !r.sector)) sector = officeSector(r.term, sector, en.sector, en.country);
        // (So is one that opens with a demonym: "leader of the Scottish Conservatives".)
        const longer = run > hit.j && (this.headOf(m, run) || (en.type === 'country' && en.how === 'demonym'));
        if (toks[k].norm !== 'to') end = longer ? run : hit.j;
      } else if (servedBody) {
        country ??= servedBody.country;
        sector = officeSector(r.term, sector, servedBody.sector, servedBody.country) ?? sector;
        end = m + 1;
      } else if (hit && hit.entry.type === 'role' && hit.entry.kind !== 'person' && hit.entry.sector && /^(for|of|at)$/.test(toks[k].norm) && !isCap(toks[m])) {
        // "a spokesman for the army", "the head of the police": the body's sector (it stays a mention of its own).
        sector = officeSector(r.term, sector, hit.entry.sector, null) ?? sector;
      } else if (hit && hit.entry.type === 'role' && hit.entry.kind === 'person' && toks[k].norm === 'for' && SERVES.has(r.term) && !isCap(toks[m])) {
        // "a spokeswoman for the prime minister": whom someone speaks or works for is part of who they are.
        end = hit.j;
        sector = officeSector(r.term, hit.entry.sector ?? sector, null, null) ?? sector;
      } else if (m < e && this.nameToken(m, 0)) {
        let j = m;
        // ("the Minister of Health and Social Affairs": a capitalized title runs on over its portfolio.)
        const portfolio = r.kind === 'person' && !PEERAGE.has(r.term) && (toks[k].norm === 'of' || toks[k].norm === 'for') && m === k + 1 && isCap(toks[c.j - 1]);
        // (It ends before a person's or a country's name: "Minister of Foreign Affairs of Estonia Urmas Reinsalu".)
        const named = (at: number) => portfolio && (!!this.given(toks[at]) || /^(person|country)$/.test(this.lookup(at, e, mode)?.entry.type ?? ''));
        while (j < e && ((this.nameToken(j, 0) && !named(j)) || (/^(of|and)$/.test(toks[j].norm) && (toks[j].norm === 'of' || portfolio) && j + 1 < e && this.nameToken(j + 1, 0) && !named(j + 1)))) j++;
        // ("Minister of Economy, Trade and Industry": so does a list of portfolios.)
        const listEnd = portfolio && j > m && this.lex.portfolios.has(this.norms[j - 1]) ? this.portfolioListEnd(j, e) : -1;
        if (listEnd > 0) j = listEnd;
        // ("the Duke of Sussex": a peer's title runs on to the territory it is named after.)
        // ("Aidar Nurlanov, managing director of QazaqGaz,": in an appositive, the name after "of"/"at" is the employer.)
        const brand = /^\p{Lu}\p{Ll}+\p{Lu}|^\p{Lu}{2,}$/u.test(toks[m].text);
        const inApposition = brand && mod.start - 2 >= 0 && toks[mod.start - 1].text === ',' && isCap(toks[mod.start - 2]) && /^(of|at)$/.test(toks[k].norm);
        const body = j > m ? this.headOf(m, j) : null;
        if (j > m && (body || PEERAGE.has(r.term) || portfolio || inApposition)) end = j;
        // ("chairman of the Tarrow Group": an unlisted body's head word gives its sector.)
        if (end === j && body?.kind === 'organization' && body.sector && /^(for|of|at)$/.test(toks[k].norm)) sector = officeSector(r.term, sector, body.sector, null) ?? sector;
        // (A list of portfolios names no body even when its last word could: "Minister for Trade, Industry and Energy".)
        if (end === j && portfolio && (!this.headOf(m, j) || toks.slice(m, j).every((t) => t.text === ',' || t.norm === 'and' || this.lex.portfolios.has(t.norm)))) {
          this.portfolios.push([toks[m].start, toks[j - 1].end]);
          title = `${r.title} ${toks[k].norm} ${this.doc.text.slice(toks[m].start, toks[j - 1].end)}`;
        }
      }
    }
    // (Not a diplomat's: "a Western diplomat in Lilongwe" is posted there, from elsewhere.)
    if (!country && k < e && toks[k].norm === 'in' && r.sector !== 'DIP') {
      let m = k + 1;
      if (m < e && toks[m].norm === 'the') m++;
      const hit = m < e ? this.lookup(m, e, mode) : null;
      if (hit && (hit.entry.type === 'country' || hit.entry.type === 'org' && hit.entry.kind === 'country') && !(hit.entry.type === 'country' && hit.entry.how === 'demonym')) {
        country = hit.entry.type === 'country' ? hit.entry.code : hit.entry.country;
      }
      // ("the largest union in Catalonia": a body is where its place is.)
      else if (hit?.entry.type === 'place' && r.kind === 'organization' && !r.plural && mod.det) country = hit.entry.country;
    }
    // ("A manager at the mine, who asked not to be named,": so is someone unnamed described by where they work.)
    const workplace = toks[k]?.norm === 'at' && r.kind === 'person' && /^(a|an|another)$/.test(mod.det ?? '');
    if (end === c.j && k < e && (toks[k].norm === 'of' || workplace) && r.kind !== 'organization') {
      // "residents of the old town", "the director of the new museum": the mention is the whole noun phrase (a
      // person's only up to a common noun: "the head of President X's office" is cut at the name).
      const proper = r.plural || r.kind === 'group';
      let j = k + 1;
      if (j < e && /^(the|a|an|this|that|these|those|its|their|his|her|our)$/.test(toks[j].norm)) j++;
      const np = j;
      while (j < e && (toks[j].pos === 'ADJ' || toks[j].pos === 'NOUN' || (proper && toks[j].pos === 'PROPN') || toks[j].pos === 'NUM') && !/[,.;:]/.test(toks[j].text) && (proper || !isCap(toks[j]))) j++;
      // "the chairman of the company": a body named by a common noun stays a mention of its own.
      const body = j > np && !proper ? this.lookup(j - 1, j, null, true)?.entry : undefined;
      // (Unless it is a word that only points back: "a member of the committee" is one person.)
      if (j > np && (toks[j - 1].pos === 'NOUN' || toks[j - 1].pos === 'PROPN') && !(body?.type === 'role' && body.kind === 'organization' && !POINTERS.has(body.term))) end = j;
    }
    // ("A person familiar with the talks", "close to the negotiations", "briefed on the plan", "involved in the deal".)
    if (end === c.j && k + 1 < e && SOURCE_PHRASE.has(`${toks[k].norm} ${toks[k + 1].norm}`)) {
      let j = k + 2;
      while (j < e && !/^[,.;:!?"“”]$/.test(toks[j].text) && toks[j].pos !== 'VERB' && toks[j].pos !== 'AUX') j++;
      end = j;
    }
    // "Bosnian Serb forces": of two country words the outer one is where they are.
    const countryWords = mod.chunks.filter((m): m is Chunk & { type: 'lex' } => m.type === 'lex' && m.entry.type === 'country');
    const outer = countryWords.length > 1 ? countryWords[countryWords.length - 1].entry : null;
    if (outer && outer.type === 'country' && country === mod.country) country = outer.code;
    // "Iraqi Kurdish leaders": a country word before an unknown capitalized modifier.
    if (!country && mod.start - 2 >= 0 && isCap(toks[mod.start - 1]) && (toks[mod.start - 1].pos === 'ADJ' || toks[mod.start - 1].pos === 'PROPN')) {
      const hit = this.lookup(mod.start - 2, mod.start - 1, mode);
      if (hit && hit.entry.type === 'country' && hit.entry.how === 'demonym') country = hit.entry.code;
    }
    let first = mod.start;
    // "Vietnamese-led forces", "Kabul-based militants": a country word joined by "-led"/"-based" gives the country.
    // ("the Johannesburg-listed miner": so does where a company sits or trades.)
    if (!country && first - 3 >= 0 && (toks[first - 1].norm === 'led' || SITS_AT.test(toks[first - 1].norm)) && toks[first - 2].text === '-' && !toks[first - 1].spaceBefore && !toks[first - 2].spaceBefore) {
      // (The longest listed name that ends at the hyphen: "Port of Spain", not "Spain".)
      let from = first - 3;
      let hit = this.lookup(from, first - 2, mode);
      for (let p = Math.max(0, first - 6); p < first - 3; p++) {
        const longer = this.lookup(p, first - 2, mode);
        if (longer && longer.j === first - 2 && toks[p].sentence === toks[first].sentence) { hit = longer; from = p; break; }
      }
      const en = hit?.entry;
      if (en && (en.type === 'country' || en.type === 'seat' || en.type === 'place')) {
        country = en.type === 'country' ? en.code : en.country;
        first = from;
      }
    }
    const det = first === mod.start ? mod.det : null;
    const startTok = det && /^(the|a|an|another|two|three)$/.test(det) ? first - 1 : first;
    const text = this.doc.text.slice(toks[startTok].start, toks[end - 1].end);
    // The mention of someone unnamed is the whole noun phrase ("his troops", "all residents"); the name stays "troops".
    const lead = first === mod.start && startTok === first && first - 1 >= 0 && toks[first - 1].sentence === toks[first].sentence && LEAD_WORDS.has(toks[first - 1].norm) ? first - 1 : startTok;
    const plural = r.plural || r.kind === 'group';
    const ordinary = this.doc.text.slice(toks[mod.start].start, toks[c.i].start).toLowerCase().includes('ordinary');
    // "ethnic Albanian guerrillas": an ethnic adjective names a people, not a state.
    if (country && country === mod.country && toks.slice(mod.start, c.i).some((t) => t.norm === 'ethnic')) country = null;
    if (ordinary) sector = 'CVL';
    // ("a former minister" is of the elite; "a retired fisherman" or "a retired teacher" is still a fisherman or a teacher.)
    if (mod.former && r.kind === 'person' && (!sector || ELITE_OFFICES.has(sector))) sector = 'ELI';
    else if (mod.seatSector === 'OPP' && r.kind === 'person' && toks.slice(mod.start, c.i).some((t) => t.norm === 'shadow')) sector = 'OPP';
    // "the state attorney general's office said": an unnamed official's office is a body of the state.
    if (r.kind === 'person' && !plural && end + 1 < e && isPossessive(toks[end].text) && /^(office|ministry|department|team|campaign)$/.test(this.norms[end + 1] ?? '')) {
      // (From the article before a name that opens it: "the Velmar state attorney general's office".)
      let from = lead;
      while (from - 1 >= 0 && toks[from - 1].sentence === toks[c.i].sentence && isCap(toks[from - 1]) && !this.isSentenceStart(from - 1)) from--;
      if (from < lead && from - 1 >= 0 && this.norms[from - 1] === 'the') from--;
      const office = this.doc.text.slice(toks[from].start, toks[end + 1].end);
      this.newCandidate(from, end + 2, { kind: 'organization', how: 'anonymous', name: office.replace(/^the\s+/i, ''), country, sector, why: 'office of an unnamed official' });
      return;
    }
    // "the Handelsblatt newspaper", "the carmaker Stellantis": a listed body before its kind's word is that body.
    const listedBody = r.kind === 'organization' ? mod.chunks.findIndex((m) => m.type === 'lex' && m.entry.type === 'org' && m.entry.kind === 'organization' && m.j === c.i) : -1;
    if (listedBody >= 0) {
      const en = (mod.chunks[listedBody] as Chunk & { type: 'lex' }).entry as Entry & { type: 'org' };
      mod.chunks.splice(listedBody, 1);
      this.newCandidate(lead, end, { kind: 'organization', how: 'name', entry: en, name: en.name, country: en.country, sector: en.sector ?? sector, why: 'listed body + its kind' });
      return;
    }
    if (r.kind === 'organization') {
      if (!country && !det) return; // "government" without a country or article says little
      // (A pointer with "a" describes a body only in apposition to its name: "UD Tarrosa, a Valencia club,".)
      // ("the provinces' authority", "the court's authority": an owner's authority is its power, not a body.)
      if (r.term === 'authority' && c.i > 0 && isPossessive(toks[c.i - 1].text)) return;
      // ("the Perth-based miner": the article before a place joined by "-based", only for a trade's word: "the
      // Geneva-based vaccine alliance" after "Gavi," is its appositive, which names no one.)
      const article = det ?? mod.det ?? (COMPANY_NOUNS.has(r.term) && first < mod.start && first > 0 && /^(the|a|an)$/.test(this.norms[first - 1]) ? this.norms[first - 1] : null);
      if (POINTERS.has(r.term) && article !== 'the' && !(/^(a|an)$/.test(article ?? '') && this.namedRightBefore(startTok))) return;
      // "a small party of hikers": a party of people is no political party.
      if (r.term === 'party' && toks[end]?.norm === 'of' && toks[end + 1] && startsLower(toks[end + 1].text) && toks[end + 1].pos === 'NOUN') return;
      // ("Russia, a party to the nuclear deal": a party to an agreement or a case is no political party.)
      if (r.term === 'party' && toks[end]?.norm === 'to' && /^(DET|NOUN|ADJ|NUM|PROPN)$/.test(toks[end + 1]?.pos ?? '')) return;
      const described = POINTERS.has(r.term) && article !== 'the';
      const body = this.newCandidate(lead, end, { kind: 'organization', how: 'anonymous', name: text, country, sector, why: described ? 'role organization after a name' : 'role organization', weak: mode === 'caps' });
      // ("Kazakhstan exceeded its quota. Its energy ministry said …": the possessor's.)
      if (!country && (det === 'its' || det === 'their')) this.possessed.push(body);
      return;
    }
    if (det === 'the' && !plural && r.kind === 'person') {
      this.newCandidate(startTok, end, { kind: 'person', how: 'title', name: text, country, sector, title, role: r.term, refers: 'title', former: mod.former, gender: GENDERED_ROLES[r.term] ?? null, why: 'definite title' });
      return;
    }
    if (plural) {
      // "evolutionary forces", "market forces": forces are armed only with a country, a body or an armed modifier.
      // A bare "forces" or "the forces" may point back to armed forces named before.
      if (r.term === 'forces' && !country && !mod.chunks.length && end === c.j) {
        const modifiers = toks.slice(mod.start, c.i);
        if (!modifiers.some((t) => ARMED_MODIFIERS.has(t.norm)) && (modifiers.length > 0 || !mod.det)) return;
      }
      // Bare social groups ("students", "workers") are too generic to be actors; armed, state and civic ones are not.
      if (!country && (!r.sector || /^(EDU|LAB|AGR|HLH|JRN|MED|BUS|REF|REL)$/.test(r.sector)) && !mod.chunks.length && !mod.faith) return;
      // ("a migrant workers' advocacy group": a plural's possessive before a word for a body describes the body.)
      const mark = toks[end];
      if (mark && /^['’]$/.test(mark.text) && !mark.spaceBefore && toks.slice(end + 1, end + 4).some((t) => t.sentence === mark.sentence && startsLower(t.text) && OWNED_BODIES.has(t.norm))) return;
      this.newCandidate(lead, end, { kind: 'group', how: 'anonymous', name: text, country, sector, role: r.term, why: 'group noun', weak: mode === 'caps' });
      return;
    }
    const described = country || end > c.j || mod.start < c.i;
    if (!r.sector && !described && !/^(its|their)$/.test(det ?? '')) return; // "a person", "the man": too vague to be an actor ("its chair" is the body's)
    if (!det && !described && !isCap(toks[c.i])) return; // "served as representative": a role, not someone
    // ("Justice has spoken", "General strikes spread": a title that is also an abstract word, alone, is that word.)
    if (!det && !described && ABSTRACT_ROLES.has(r.term)) return;
    const cand = this.newCandidate(lead, end, { kind: 'person', how: 'anonymous', name: text, country, sector, title, role: r.term, former: mod.former, gender: GENDERED_ROLES[r.term] ?? null, why: 'unnamed person' });
    if (!country && (det === 'its' || det === 'their')) this.possessed.push(cand);
  }

  /** "Russians", "the Chinese", "ordinary Kazakhs": the people of a country as a group. Adjectives ("Russian invasion") are not actors. */
  demonymCandidate(c: Chunk, en: Entry & { type: 'country' }, s: number, e: number): void {
    const toks = this.tokens;
    const after = c.j < e ? toks[c.j] : null;
    const prev = c.i > s ? toks[c.i - 1] : null;
    const nounAfter = after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ' || after.pos === 'NUM') && !/[.,;:]/.test(after.text);
    if (nounAfter) {
      // "Iraqi towns", "illegal Mexican immigrants", "Israeli helicopters": the adjective makes the phrase the country's
      // (not in an all-caps line, where every word is capitalized).
      if (/^\p{Lu}{4,}$/u.test(toks[c.i].text)) return;
      const phrase = demonymPhrase(toks, c.j, e);
      if (!phrase) return;
      let from = c.i;
      // (Not over a verb the tagger reads as an adjective: "the coast guard shadowed 11 Chinese vessels".)
      const verbish = (k: number) => /ed$/.test(toks[k].norm) && k > s && /^(NOUN|PROPN|PRON)$/.test(toks[k - 1].pos);
      while (from > s && (toks[from - 1].pos === 'ADJ' || toks[from - 1].pos === 'NUM') && !isCap(toks[from - 1]) && !verbish(from - 1)) from--;
      const text = this.doc.text.slice(toks[from].start, toks[phrase.end - 1].end);
      this.newCandidate(from, phrase.end, { kind: phrase.kind, how: phrase.kind === 'person' ? 'anonymous' : 'demonym', name: phrase.kind === 'country' ? en.name : text, country: en.code, sector: phrase.sector, why: `country adjective + "${phrase.head}"` });
      return;
    }
    // "Hungarian and Romanian officials": the first adjective shares the second one's head.
    if (after && (after.norm === 'and' || after.norm === 'or') && c.j + 2 < e) {
      const other = this.lookup(c.j + 1, e, null);
      if (other && other.entry.type === 'country' && other.entry.how === 'demonym') {
        let h = other.j;
        while (h < e && (toks[h].pos === 'NOUN' || toks[h].pos === 'ADJ')) h++;
        const role = h > other.j ? this.lookup(h - 1, h, null, true)?.entry : undefined;
        const phrase = role ? null : demonymPhrase(toks, other.j, e);
        const sector = role && role.type === 'role' ? role.sector : phrase?.sector;
        if (role || (phrase && phrase.kind === 'group')) {
          const head = this.doc.text.slice(toks[h - 1].start, toks[h - 1].end);
          this.newCandidate(c.i, c.j, { kind: 'group', how: 'demonym', name: `${this.doc.text.slice(toks[c.i].start, toks[c.j - 1].end)} ${head}`, country: en.code, sector: sector ?? null, why: 'country adjective sharing a coordinated head' });
          return;
        }
      }
    }
    const plural = en.plural || (prev?.norm === 'the' && /(ese|ish|ch|ss)$/.test(toks[c.i].norm));
    if (!plural) return;
    let start = c.i;
    let sector: string | null = null;
    let country: string | null = en.code;
    if (prev && /^(ordinary|civilian|local)$/.test(prev.norm)) { start = c.i - 1; sector = 'CVL'; }
    // "ethnic Turks" are a people, not the citizens of a state: where they live decides (from context).
    if (prev && prev.norm === 'ethnic') { start = c.i - 1; country = null; sector = 'CVL'; }
    // "the Albanians of southern Serbia": the state they live in is where they stand ("Russians in Latvia" may be visitors).
    if (after && after.norm === 'of') {
      let k = c.j + 1;
      if (k < e && /^(the|southern|northern|eastern|western|south|north|east|west|central)$/.test(toks[k].norm)) k++;
      const where = k < e ? this.lookup(k, e, null) : null;
      if (where && where.entry.type === 'country' && where.entry.how !== 'demonym') country = where.entry.code;
    }
    // "Bosnian Serbs", "Iraqi Kurds": a country adjective before a people's name places them in that country.
    const home = start > s && isCap(toks[start - 1]) ? this.lex.phrases.get(tokNorm(toks[start - 1]))?.find((x) => x.type === 'country' && x.how === 'demonym') : undefined;
    if (country && home && home.type === 'country' && home.code !== en.code) { start--; country = home.code; }
    this.newCandidate(start, c.j, { kind: 'group', how: 'demonym', name: this.doc.text.slice(toks[start].start, toks[c.j - 1].end), country, sector, why: home ? 'demonym + plural demonym' : 'plural demonym' });
  }
}

/** The words between an unnamed person and the name they gave: ", who gave only his first name, ", ", identified only as ". */
const GAVE_NAME = /^(?:\s+(?:of|from|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?\s*,?\s*(?:who\s+)?(?:(?:gave|gives|giving|offered)\s+(?:only\s+)?(?:(?:his|her|their)\s+)?(?:first\s+)?name(?:\s+only)?(?:\s+as\s+|\s*,\s*)|(?:(?:was|is)\s+)?identified\s+only\s+as\s+)$/u;

/** An unknown name read as a place by its spelling alone ("Aguas del Plata"), which an apposition may call a body. */
const spelledAsPlace = (c: Candidate) => c.kind === 'place' && !c.entry && c.how === 'name' && /spelled like a place/.test(c.why);

/** "Zhao Lijian, a spokeswoman for the Foreign Ministry," and "the country's top diplomat, Wang Yi,": one actor. */
/**
 * "a spokesman for Peru's foreign ministry", "a spokeswoman for the Chilean foreign ministry": an unnamed person's
 * phrase cut at the state runs on over the body that state opens. The body stays a mention of its own.
 */
function coverServedBodies(cands: Candidate[], doc: Doc): void {
  for (const a of cands) {
    if (a.kind !== 'person' || a.how !== 'anonymous' || !/\s(?:for|of|at)\s/i.test(a.name)) continue;
    const body = cands.find((o) => o.kind === 'organization' && o.how !== 'pronoun' && o.end > a.end && o.sentence === a.sentence
      && ((o.start > a.start && o.start < a.end) || (o.start > a.end && /^['’]s?\s+$/.test(doc.text.slice(a.end, o.start)))));
    if (!body) continue;
    Object.assign(a, { end: body.end, name: doc.text.slice(a.start, body.end), country: a.country ?? body.country });
  }
}

function linkAppositives(cands: Candidate[], doc: Doc, tokens: readonly Token[]): void {
  void tokens;
  // ("A resident, who gave only his first name, Firuz, said": the name is the resident's.)
  for (const a of cands) {
    if (a.kind !== 'person' || !described(a) || a.how === 'appositive') continue;
    const b = cands.find((o) => o.start > a.end && o.start - a.end < 70 && o.kind === 'person' && named(o) && GAVE_NAME.test(doc.text.slice(a.end, o.start)));
    if (b) describes(a, b);
  }
  let outer: Candidate | null = null;
  for (let n = 0; n + 1 < cands.length; n++) {
    const a = cands[n];
    // ("a spokeswoman for the prime minister, Claire Benhamou": the appositive is the whole phrase's, not the inner one's.)
    const nested = !!outer && outer.start <= a.start && a.end <= outer.end && (outer.start < a.start || a.end < outer.end);
    if (!outer || a.end > outer.end) outer = a;
    if (nested) continue;
    if (a.refers === 'pronoun' || (a.kind !== 'person' && a.kind !== 'organization' && a.kind !== 'group')) continue;
    // Next candidate that starts after a's end (skip nested ones).
    let m = n + 1;
    while (m < cands.length && cands[m].start < a.end) m++;
    const b = cands[m];
    if (!b || b.refers === 'pronoun') continue;
    const gap = doc.text.slice(a.end, b.start);
    if (a.how === 'name' && (b.kind === 'organization' || b.kind === 'country') && /^\s*,\s*(of|from|at|with)\s+(the\s+)?$/i.test(gap)) {
      // "Nick Roe, of the University of Oslo,": the person speaks for that body.
      a.country ??= b.country;
      a.sector ??= b.kind === 'organization' ? b.sector : null;
      continue;
    }
    // ("the U.N. High Commissioner for Refugees, Barham Salih, said": a body listed by its head's office is, before a
    // name in apposition, that person's title.)
    if (a.kind === 'organization' && a.how === 'name' && a.entry && b.kind === 'person' && named(b) && /^\s*,\s*$/.test(gap)
      && /^\s*[,.]|^\s+(?:said|says|told)\b/.test(doc.text.slice(b.end, b.end + 8))) {
      const words = doc.text.slice(a.start, a.end);
      if (HEAD_OFFICE.test(words) && !/^(?:the\s+)?Office\b/i.test(words)) {
        Object.assign(a, { kind: 'person', how: 'anonymous', entry: null, name: words, title: words.replace(/^(?:the\s+)?(?:U\.?N\.?|United Nations)\s+/i, ''), why: 'office of a listed body before a name' });
        describes(a, b);
        continue;
      }
    }
    // "the interim administration, led by Tadesse Werede": whoever leads a body is of its country and sector.
    if ((a.kind === 'organization' || a.kind === 'group') && b.kind === 'person' && b.how === 'name' && /^\s*,?\s*(?:led|headed|chaired|run)\s+by\s+$/.test(gap)) {
      b.country ??= a.country;
      b.sector ??= a.sector;
      continue;
    }
    // "IG Metall, the country's largest trade union,", "the Court of Cassation, Italy's highest court": a body named,
    // then described; the description is a mention of the body (and may give it a sector or country it lacked).
    // (An unknown name read as a person by its spelling alone is that body: "Foro Velmar, the rights group,".)
    // ("Mitsubishi UFJ Financial Group (MUFG), the country's largest lender,": after its acronym too; "GCB Bank, the
    // country's largest lender by assets,": with a measure after the description.)
    // (After an acronym only when the sectors agree: "the Association for Democratic Reforms (ADR), a watchdog," stays
    // civic.)
    // ("Airbus, the Toulouse-based planemaker,", "Kessel Holdings, a Nairobi-based lender,": the article may stand
    // outside the description's mention.)
    const bodyGap = /^\s*,\s*(?:(?:the|an?)\s+)?$/.test(gap) || (/^\)\s*,\s*$/.test(gap) && doc.text[a.start - 1] === '(' && (!b.sector || a.sector === b.sector));
    // (Or a relative clause about it: "Vooruit, the Flemish socialist party that is in the government, said"; or where
    // it is: "Harbor Gate Fisheries, a company based in the Chinese city of Ningbo,"; or who leads or owns it:
    // "Velmar Water Partners, a consortium led by …".)
    const descEnd = /^\s*(,|\.|$)|^\s+(?:by|in)\s+[\p{Ll}\s]{1,30}[,.]|^\s+(?:that|which|whose|based\s+in|headquartered\s+in)\s|^\s+(?:led|owned|run|controlled|backed|formed|founded|made\s+up)\s+(?:by|of)\s/u.test(doc.text.slice(b.end, b.end + 34));
    if ((a.kind === 'organization' || spelledAsPerson(a)) && a.how === 'name' && b.kind === 'organization' && b.how === 'anonymous' && bodyGap
      && (!a.sector || !b.sector || a.sector === b.sector || !a.entry) && (!a.country || !b.country || a.country === b.country) && descEnd) {
      // (An unlisted body's sector came from its head word; the description says more: "the Council of State, the
      // country's highest administrative court".)
      if (!a.entry && b.sector) a.sector = b.sector;
      describesBody(b, a, cands);
      continue;
    }
    // ("Vantora, the Chilean Salmon Institute, said": a name its spelling alone read as a person's, then a body's full
    // name in apposition, is that body's short name, wherever the article uses it.)
    // (Then a verb, not a list's next item: "examples are Nazism, the Ku Klux Klan, religious wars".)
    const verbAfter = (end: number) => {
      const next = doc.tokensIn({ start: end, end: end + 30 }).filter((t) => t.start >= end);
      return next[0]?.text === ',' && !!next[1] && (/^(VERB|AUX)$/.test(next[1].pos) || /^(who|which|whose)$/i.test(next[1].text));
    };
    if (spelledAsPerson(a) && !/\s/.test(a.name) && b.kind === 'organization' && b.how === 'name' && /^\s*,\s*the\s+$/i.test(gap) && verbAfter(b.end)) {
      const short = a.name;
      for (const o of cands) {
        if (o.name !== short || o.entry || o.how !== 'name' || o.kind !== 'person') continue;
        Object.assign(o, { kind: 'organization', name: b.name, entry: b.entry, country: b.country, sector: b.sector, gender: null, weak: false, why: `${o.why}, short name of the body in apposition` });
      }
      continue;
    }
    // "The main opposition party, ANO, said": a body described, then named; the description is a mention of it.
    // (An unknown name read as a person by its spelling alone is that body: "the main opposition party, Velmar Unity,".)
    // (Not the object of a preposition: in "a spokesman for the presidential administration, Erlan Joldoshev," the name
    // is the spokesman's.)
    const prep = doc.tokensIn({ start: Math.max(0, a.start - 12), end: a.start }).filter((t) => t.end <= a.start).at(-1);
    const governed = prep?.pos === 'ADP' && cands.some((o) => o.kind === 'person' && described(o) && o.end <= prep.start && /^\s*$/.test(doc.text.slice(o.end, prep.start)));
    // ("The main opposition coalition, the African Democratic Congress (ADC), said", "The consortium, Aguas del Plata,
    // said": with an article, an acronym in brackets, or a name its spelling alone read as a place's.)
    if (a.kind === 'organization' && a.how === 'anonymous' && !a.entry && !governed && (b.kind === 'organization' || spelledAsPerson(b) || spelledAsPlace(b)) && b.how === 'name' && /^\s*,\s*(?:the\s+)?$/i.test(gap)
      && /^\s*(?:\(\s*\p{Lu}[\p{L}\d&-]{1,15}\s*\)\s*)?,/u.test(doc.text.slice(b.end, b.end + 20)) && (!a.sector || !b.sector || a.sector === b.sector || !b.entry) && (!a.country || !b.country || a.country === b.country)) {
      if (b.kind === 'place') Object.assign(b, { kind: 'organization', country: null, why: `${b.why}, named by a body's description` });
      describesBody(a, b, cands);
      continue;
    }
    // ("Its leader, former interior minister Tomas Kucera,": a title in lower case before the name.)
    if (a.kind === 'person' && described(a) && b.kind === 'person' && named(b) && /^\s*,\s*(?:[\p{Ll}-]+\s+){1,4}$/u.test(gap)
      && doc.tokensIn({ start: a.end, end: b.start }).every((t) => t.text === ',' || t.pos === 'ADJ' || t.pos === 'NOUN')) {
      describes(a, b);
      continue;
    }
    // ("Peter Otieno, 52, a taxi driver,": an age between them.)
    if (a.kind !== 'person' || !/^\s*,\s*(?:\d{1,3}\s*,\s*)?$/.test(gap) || b.kind !== 'person') continue;
    if (named(a) && described(b)) describes(b, a);
    else if (described(a) && named(b)) describes(a, b);
  }
  // "said Dimitri Kanu, a 67-year-old beekeeper," and "Jane Wambui, a mother of three,": a named person described by
  // an age or as a parent, and by nothing that gives a sector, is a private person, a civilian.
  for (const p of cands) {
    if (p.kind !== 'person' || p.how !== 'name' || p.entry || p.sector || p.title) continue;
    const after = doc.text.slice(p.end, p.end + 60);
    if (PRIVATE_PERSON.test(after) || AGE_AFTER.test(after)) { p.sector = 'CVL'; p.why += ', described as a private person'; }
  }
  // "A spokesman for the police, Inspector Paul Ncube,": an unnamed person described by a phrase, then named.
  for (const a of cands) {
    if (a.kind !== 'person' || !described(a) || a.how === 'appositive') continue;
    const m = DESCRIBED_BY.exec(doc.text.slice(a.end, a.end + 90));
    if (!m) continue;
    const at = a.end + m[0].length;
    const b = cands[lowerBound(cands, at, (c) => c.start)];
    if (b && b.start === at && b.kind === 'person' && named(b) && b.sentence === a.sentence) describes(a, b);
  }
}

/** A verb of telling right before its listeners: "told reporters", "telling journalists". */
const LISTENED_TO = /\b(?:told|tell|tells|telling|briefed|briefing|addressed|updated)\s+$/i;

/**
 * An appositive that describes a private person: an age ("a 67-year-old beekeeper") or parenthood. (So does an age
 * alone, set off by commas, AGE_AFTER: "Ana Ruiz, 41, who runs a grocery store,"; officials' ages are seldom given so.)
 */
const PRIVATE_PERSON = /^\s*,\s*(?:\d{1,3}\s*,\s*)?an?\s+(?:\d{1,3}-year-old\b|(?:mother|father|grandmother|grandfather)\s+of\s+(?:one|two|three|four|five|six|seven|eight|\d+)\b)/;

/** The words between an unnamed person and the name that follows it: a phrase with no comma, then a comma. */
const DESCRIBED_BY = /^\s+(?:for|of|at|with|to|from|in|on)\s[^,;:"“”()\n]{1,60}?,\s*/;
const named = (c: Candidate) => c.how === 'name' || (c.how === 'title' && c.refers === null);
const described = (c: Candidate) => c.how === 'anonymous' || c.refers === 'title';

/** An unknown name read as a person by its spelling alone ("Foro Velmar"), which a description may show to be a body. */
function spelledAsPerson(c: Candidate): boolean {
  // (Or one word read as a name by its capital alone: "Vooruit, the Flemish socialist party,".)
  return c.kind === 'person' && !c.entry && c.how === 'name' && (/^proper-noun run/.test(c.why) || (/^single proper noun/.test(c.why) && !!c.weak));
}

/**
 * `desc` ("the country's largest union", "the main opposition party") is an appositive of `body` and lends it what it
 * lacks; a body named by a name read as a person's is a body everywhere the article names it.
 */
function describesBody(desc: Candidate, body: Candidate, cands: readonly Candidate[]): void {
  if (spelledAsPerson(body)) {
    for (const o of cands) if (o.name === body.name && !o.entry && o.kind === 'person' && o.how === 'name') Object.assign(o, { kind: 'organization', gender: null, why: o.why + ', described as a body' });
  }
  body.sector ??= desc.sector;
  body.country ??= desc.country;
  // (A name the description is about is a name, however unsure its spelling: "CEPA, the employers' federation,".)
  body.weak = false;
  desc.appositiveOf = body;
  desc.refers = null;
  desc.how = 'appositive';
}

/** `desc` ("a spokeswoman for the ministry") is an appositive of `person` and lends it what it lacks. */
function describes(desc: Candidate, person: Candidate): void {
  person.title ??= desc.title;
  person.sector ??= desc.sector;
  person.country ??= desc.country;
  // ("Bougainville President X, a former rebel commander,": a title of their own is no former one.)
  if (!(person.how === 'title' && person.title && person.title !== desc.title)) person.former ||= desc.former;
  person.gender ??= desc.gender;
  if (person.how === 'name') person.role ??= desc.role;
  // (A name the description is about is a name, even of unknown words: "its president, Ivo Brandt".)
  person.weak = false;
  desc.appositiveOf = person;
  desc.refers = null;
  desc.how = 'appositive';
}

/** Find every mention candidate in `doc` (requires sentences and tokens). */
export function matchMentions(doc: Doc, lex: Lexicon): Candidate[] {
  return new Matcher(doc, lex).run();
}

export { normPhrase };
