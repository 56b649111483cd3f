// In-article coreference: groups mention candidates into actors (names, surnames, titles, pronouns) and settles attributes.
import type { Actor, ActorKind, Mention } from '../core/index.js';
import { namesOf, normPhrase, roleActive, type Entry, type Lexicon, type Role } from './lexicon.js';
import type { Candidate } from './match.js';
import { homeStateOf, joinedAfter, leadEndOf, mainStateOf, stateTally } from './main-state.js';
import { ELITE_OFFICES, POINTERS, STATE_SECTORS } from './match-words.js';

interface Cluster {
  key: string;
  kind: ActorKind;
  name: string;
  entry: Entry | null;
  cands: Candidate[];
  /** Anonymous (unnamed) actors: "a Western person familiar with …". */
  anonymous: boolean;
  gender: 'm' | 'f' | null;
  first: number;
  /** The cluster a weak cluster joined; followed by `find`. */
  into?: Cluster;
}

function find(c: Cluster): Cluster {
  while (c.into) c = c.into;
  return c;
}

/** Words of a name, per document: `buildActors` clears it, so it never holds names (and texts) of earlier articles. */
const wordCache = new Map<string, string[]>();

/** Sectors whose body words ("the company", "the party", "the union", "the newspaper", "the club") point back to the last body
 *  of that sector; others ("the government", "the court") only to a body named with the same word. */
const TRADE_SECTORS = new Set(['BUS', 'PTY', 'LAB', 'MED', 'SPT']);

/** Words for a kind of business, and the words a name of that kind holds ("Mekong Air" is an airline, "Tarrow Motors" a carmaker). */
const KIND_NAMES: Readonly<Record<string, RegExp>> = {
  airline: /\b(?:air|airlines?|airways|aviation)\b/i,
  lender: /\b(?:bank|banco|banque|lender|financial|finance|credit|capital)\b/i,
  carmaker: /\b(?:motors?|auto|automotive|cars?)\b/i,
  automaker: /\b(?:motors?|auto|automotive|cars?)\b/i,
  chipmaker: /\b(?:semiconductors?|chips?|electronics|micro\w*)\b/i,
  drugmaker: /\b(?:pharma\w*|therapeutics|bio\w*|labs?|laboratories)\b/i,
  planemaker: /\b(?:aircraft|aerospace|aviation)\b/i,
  insurer: /\b(?:insurance|assurance|re)\b/i,
  retailer: /\b(?:retail|stores?|mart|shops?)\b/i,
};

/**
 * Words of clubs' names that head no other body, beside the sport heads of org-heads.tsv ("FC", "Rovers", "Albion"):
 * "Tarrow United", "Real Velmar", "Dynamo Kestrel".
 */
const CLUB_WORDS = new Set(['club', 'city', 'sc', 'united', 'athletico', 'sporting', 'real', 'atletico', 'atlético', 'dynamo', 'dinamo', 'spartak', 'olympique', 'inter']);

/**
 * Whether a body is a club: a club word in its name ("UD Almenara", "Tarrow United"), or the word "club" right before
 * it ("Super Lig club Karadeniz Gücü"). A league, a federation or a court is in sport but no club.
 */
function isClub(p: Candidate, lex: Lexicon): boolean {
  if (p.why.startsWith('name after "club"') || p.why.includes('short name of a club')) return true;
  return normPhrase(p.name).split(/\s+/).some((w) => CLUB_WORDS.has(w) || lex.heads.get(w)?.sector === 'SPT');
}

/**
 * Body words that point back to a body named with another head word: a union may be named an association or a
 * federation ("the British Medical Association … the union"), a regulator an authority or a commission ("the
 * Financial Conduct Authority … the watchdog").
 */
const ALSO_NAMED: Readonly<Record<string, RegExp>> = {
  union: /\b(association|federation|confederation|congress)\b/i,
  federation: /\bconfederation\b/i,
  regulator: /\b(authority|commission|watchdog|inspectorate|regulator|administration|agency|board|office|council)\b/i,
  watchdog: /\b(authority|commission|watchdog|inspectorate|regulator|ombudsman|administration|agency|board|office)\b/i,
};

/** Words before a body word that say nothing of which body it is: "the new committee", "the national agency". */
const GENERAL_MODIFIERS = new Set(['new', 'same', 'other', 'main', 'local', 'national', 'federal', 'state', 'first', 'second', 'last', 'former', 'whole', 'entire', 'full', 'top', 'own', 'said', 'independent', 'special', 'joint', 'current']);

/** Last words of a business's name that the article may leave off: "Nvidia Corporation", "Qantas Airways". */
const CORPORATE_SUFFIX = new Set(['corporation', 'corp', 'corp.', 'incorporated', 'inc', 'inc.', 'limited', 'ltd', 'ltd.', 'plc', 'llc', 'co.', 'company', 'group', 'holdings', 'airways', 'airlines']);

/** A surname without an Arabic article joined to it: "al-aulaqi" → "aulaqi". */
function withoutArticle(w: string): string {
  return w.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)[-‐]/, '');
}

function words(s: string): string[] {
  let w = wordCache.get(s);
  if (w) return w;
  w = normPhrase(s).split(/[\s]+/).filter((x) => /\p{L}/u.test(x) && x !== "'s");
  wordCache.set(s, w);
  return w;
}

/** The role of a gazetteer person or dictionary actor on `date`: the active one, else the latest. */
function roleOn(roles: readonly Role[], date: string | null, fallback?: Role): { role: Role | null; active: boolean } {
  // Overlapping ranges: the one that began last is the most specific.
  const active = roles.filter((r) => roleActive(r, date)).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  if (active.length) return { role: active[active.length - 1], active: true };
  if (fallback) return { role: fallback, active: true };
  if (!roles.length) return { role: null, active: false };
  const sorted = [...roles].sort((a, b) => (a.to ?? '9999').localeCompare(b.to ?? '9999'));
  const latest = sorted[sorted.length - 1];
  // Before the person's first role ends, or with no roles dated, there is nothing "former" about them.
  const isFormer = !!date && latest.to !== null && latest.to <= date;
  return { role: latest, active: !isFormer };
}

/** The one gazetteer person holding `role` (e.g. "president") for `country` on `date`, if exactly one. */
function officeHolder(lex: Lexicon, country: string, role: string, date: string | null): (Entry & { type: 'person' }) | null {
  const seen = new Set<Entry>();
  const hits: (Entry & { type: 'person' })[] = [];
  // A role whose dates cover the article's date beats one merely not yet over (a successor's open-ended term).
  const holding: (Entry & { type: 'person' })[] = [];
  for (const list of lex.surnames.values()) {
    for (const e of list) {
      if (seen.has(e) || e.type !== 'person') continue;
      seen.add(e);
      const r = roleOn(e.roles, date, e.fallback);
      if (r.active && r.role && r.role.country === country && r.role.title?.toLowerCase() === role) hits.push(e);
      if (date && e.roles.some((x) => roleActive(x, date) && x.country === country && x.title?.toLowerCase() === role)) holding.push(e);
    }
  }
  if (holding.length === 1) return holding[0];
  return hits.length === 1 ? hits[0] : null;
}

// Words that open a clause of their own or report speech: past them, a body may be named again by a description.
const CLAUSE_OPENERS = /[,;:"“”()]|\b(?:said|says|say|told|tells|saying|added|adding|announced|that|which|who|whose|while|because|when|if|but|although|though|after|before|since|until|so|according)\b/i;

const COPULA = /\b(?:is|was|are|were|be|been|being|become|becomes|became|remain|remains|remained|stays|stayed)\b/i;

/** Whether a mention opens its sentence, after at most an article or a dateline ("LIMA (AP) — The company …"). */
function opensSentence(p: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, p.start - 80), p.start);
  const m = /(?:^|[.!?]["”’]?\s+|\n\s*)([^.!?\n]*)$/.exec(before);
  if (!m) return false;
  return /^(?:the\s+)?$/i.test(m[1]) || /\)\s*[-—–]+\s*(?:the\s+)?$/i.test(m[1]);
}

/**
 * Whether body `p` is the subject or an object of the clause the description `c` stands in, with nothing between them
 * that opens another clause: "X could take over the company's stake" speaks of two bodies ("X said the company …" of one).
 */
function clauseMate(p: Candidate, c: Candidate, text: string): boolean {
  if (p.sentence !== c.sentence) return false;
  const between = text.slice(p.end, c.start);
  // ("the KMT became the largest party": a copula says the two are one.)
  return !CLAUSE_OPENERS.test(between) && !COPULA.test(between);
}

/** Group candidates into actors. `date` (`YYYY-MM-DD`) picks date-ranged roles. */
export function buildActors(cands: readonly Candidate[], lex: Lexicon, date: string | null, text = ''): Actor[] {
  wordCache.clear();
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const persons: Cluster[] = [];

  /** Named (not anonymous) clusters by the normalized text of their first mention, for weak mentions to join. */
  const byName = new Map<string, Cluster>();
  const add = (key: string, c: Candidate, kind: ActorKind, name: string, anonymous = false): Cluster => {
    let cl = byKey.get(key);
    if (!cl) {
      cl = { key, kind, name, entry: c.entry, cands: [], anonymous, gender: null, first: c.start };
      byKey.set(key, cl);
      clusters.push(cl);
      if (kind === 'person') persons.push(cl);
    }
    if (!anonymous && !c.weak && c.refers === null) {
      const text = normPhrase(c.name);
      if (!byName.has(text)) byName.set(text, cl);
    }
    cl.cands.push(c);
    cl.gender ??= c.gender;
    return cl;
  };

  const personKey = (e: Entry | null, name: string) => (e && e.type === 'person' ? `person:${e.name}` : `person:${normPhrase(name)}`);

  // 1. Named mentions: full names first, so that a bare surname can find its person wherever it stands.
  const named = cands.filter((c) => c.refers === null && c.how !== 'appositive');
  const multi = named.filter((c) => c.kind === 'person' && !c.weak && (c.entry?.type === 'person' || words(c.name).length > 1));
  for (const c of multi) {
    if (c.how !== 'anonymous' && !c.entry && !byKey.has(personKey(null, c.name))) {
      // "Brant Holvik" and "Brant Wyatt Holvik": the same first and last name with a middle name or initial between.
      const w = words(c.name);
      const same = persons.find((p) => {
        if (p.anonymous || p.entry || !p.key.startsWith('person:')) return false;
        const pw = words(p.name);
        return pw.length > 1 && pw.length !== w.length && pw[0] === w[0] && pw[pw.length - 1] === w[w.length - 1];
      });
      if (same) {
        same.cands.push(c);
        if (words(same.name).length < w.length) same.name = c.name;
        continue;
      }
    }
    const cl = add(personKey(c.entry, c.name), c, 'person', c.entry?.type === 'person' ? c.entry.name : c.name, c.how === 'anonymous');
    if (c.how === 'anonymous') cl.key += `#${c.start}`;
  }
  // Weak candidates (headline words, lone capitalized words) last, so they can join what the rest established.
  const inMulti = new Set(multi);
  const rest = named.filter((c) => !inMulti.has(c)).sort((a, b) => Number(a.weak) - Number(b.weak));
  for (const c of rest) {
    if (c.kind === 'person' && c.weak && words(c.name).length > 1) {
      // A weak full name (a headline's) counts only if the body names the same person.
      // "Brant Holvik" for "Brant Wyatt Holvik", "Tomáš Vrbenský" for a body that says only "Vrbenský": same surname, and the
      // same given name when the body gives one.
      const w = words(c.name);
      const same = byKey.get(personKey(null, c.name)) ?? persons.find((p) => normPhrase(p.name) === normPhrase(c.name))
        ?? persons.find((p) => {
          if (p.anonymous || !p.key.startsWith('person:') || p.entry) return false;
          const pw = words(p.name);
          return pw[pw.length - 1] === w[w.length - 1] && (pw.length === 1 || pw[0] === w[0]);
        });
      if (same) {
        same.cands.push(c);
        if (words(same.name).length === 1) same.name = c.name;
      }
      continue;
    }
    if (c.kind === 'person' && c.how !== 'anonymous') {
      // A single word: a surname or given name of a person already named in the article, else a gazetteer surname.
      const w = words(c.name);
      const last = w[w.length - 1];
      // ("Mrs Holm" is not the "Erik Holm" named before.)
      // ("al-Aulaqi" and "Aulaqi" for "Nabil al-Aulaqi": an Arabic article joined to the surname may be dropped.)
      const bareLast = withoutArticle(last);
      const match = persons.filter((p) => !p.anonymous && p.key.startsWith('person:') && words(p.name).length > 1 && (words(p.name).includes(last) || withoutArticle(words(p.name).at(-1)!) === bareLast) && !(c.why === 'honorific' && c.gender && p.gender && c.gender !== p.gender));
      let byLast = match.filter((p) => withoutArticle(words(p.name).at(-1)!) === bareLast || (p.entry?.type === 'person' && words(p.name)[0] === last));
      // A relative named after a kin word ("his wife, Chipo Mukwena") does not take the bare surname from the one
      // the story is about.
      if (byLast.some((p) => !p.cands.some((x) => x.kin))) byLast = byLast.filter((p) => !p.cands.some((x) => x.kin));
      // The nearest person already introduced; one the article names only later is the fallback.
      const distance = (p: Cluster) => (p.first <= c.start ? c.start - p.first : 1e9 + p.first - c.start);
      const pick = (byLast.length ? byLast : match).sort((a, b) => distance(a) - distance(b))[0];
      if (pick) {
        c.how = c.how === 'title' ? 'title' : 'surname';
        pick.cands.push(c);
        continue;
      }
      // The one listed person of that surname in office on the date; else the only one ever listed ("Obama" in 2020).
      const listed = lex.surnames.get(last)?.filter((e) => e.type === 'person') ?? [];
      // Those holding a role on the date come first: someone who takes office later is not yet "active" for this.
      const inOffice = listed.filter((e) => e.type === 'person' && e.roles.some((r) => roleActive(r, date)));
      const activeOnes = listed.filter((e) => e.type === 'person' && roleOn(e.roles, date, e.fallback).active);
      const known = inOffice.length ? inOffice : activeOnes.length ? activeOnes : listed;
      if (known.length === 1 && known[0].type === 'person') {
        c.entry = known[0];
        c.how = 'surname';
        add(personKey(known[0], known[0].name), c, 'person', known[0].name);
        continue;
      }
      const same = byKey.get(personKey(null, c.name)) ?? (c.weak ? byName.get(normPhrase(c.name)) : undefined);
      if (same) { same.cands.push(c); continue; }
      if (c.weak) continue;
      add(personKey(null, c.name), c, 'person', c.name);
      continue;
    }
    if (c.kind === 'person') {
      const cl = add(`anon:${c.start}`, c, 'person', c.name, true);
      cl.gender ??= c.gender;
      continue;
    }
    if (c.weak && c.kind !== 'country') {
      // A weak name counts where the article also names it with confidence, as whatever kind that was.
      const hit = byName.get(normPhrase(c.name));
      if (hit) hit.cands.push(c);
      continue;
    }
    if (c.kind === 'country') {
      add(`country:${c.country ?? normPhrase(c.name)}`, c, 'country', c.entry?.type === 'org' ? c.entry.name : lex.countryNames.get(c.country ?? '') ?? c.name);
      continue;
    }
    if (c.kind === 'place') {
      add(`place:${normPhrase(c.entry?.type === 'place' ? c.entry.name : c.name)}`, c, 'place', c.entry?.type === 'place' ? c.entry.name : c.name);
      continue;
    }
    if (c.kind === 'group') {
      add(`group:${normPhrase(c.name.replace(/^(the|a|an)\s+/i, ''))}`, c, 'group', c.name.replace(/^(the|a|an)\s+/i, ''), true);
      continue;
    }
    const name = c.entry && 'name' in c.entry ? c.entry.name : c.name.replace(/^(the|a|an)\s+/i, '');
    add(`org:${normPhrase(name)}|${c.country ?? ''}`, c, c.kind, name, c.how === 'anonymous');
  }

  // 1b. "Dutch trade union FNV … an FNV director": an unlisted body's name with no state is the one body of that name
  //     the article places, if there is exactly one.
  for (const cl of clusters) {
    if (cl.anonymous || cl.entry || !cl.key.startsWith('org:') || !cl.key.endsWith('|')) continue;
    const prefix = cl.key.slice(0, -1);
    const placed = clusters.filter((o) => o !== cl && !o.anonymous && !o.entry && o.key.startsWith(prefix) && o.key.length > cl.key.length && o.key.lastIndexOf('|') === prefix.length);
    if (placed.length !== 1) continue;
    placed[0].cands.push(...cl.cands);
    placed[0].first = Math.min(placed[0].first, cl.first);
    cl.cands = [];
  }

  // 2. Appositives join the actor they describe.
  const clusterOf = new Map<Candidate, Cluster>();
  for (const cl of clusters) for (const c of cl.cands) clusterOf.set(c, cl);
  for (const c of cands) {
    if (c.how !== 'appositive' || !c.appositiveOf) continue;
    const host = clusterOf.get(c.appositiveOf);
    if (host) { host.cands.push(c); clusterOf.set(c, host); }
  }

  // 2b. "the Commission" after "the European Commission", "the House" after "the House of Representatives": a body
  //     named by its head word alone is the body named last before it with that head word ("… Commission",
  //     "Commission of/for/on …").
  const bodies = cands.filter((c) => c.kind === 'organization' && c.refers === null && c.how !== 'appositive').sort((a, b) => a.start - b.start);
  // A body named with `word` as its head: "… Commission", "Commission of/for/on …" (one-word names do not count).
  const namedWith = (p: Candidate, word: string): boolean => {
    const w = words(text.slice(p.start, p.end));
    const of = w.findIndex((x) => x === 'of' || x === 'for' || x === 'on');
    return w.length > 1 && (w[w.length - 1] === word || (of > 0 && w[of - 1] === word));
  };
  // Move candidate `c` from its own actor into the actor of `target`.
  const joinBody = (c: Candidate, target: Candidate): void => {
    const own = clusterOf.get(c);
    const host = clusterOf.get(target);
    if (!own || !host || own === host) return;
    own.cands.splice(own.cands.indexOf(c), 1);
    if (!own.cands.length) own.into = host;
    host.cands.push(c);
    clusterOf.set(c, host);
  };
  for (const c of bodies) {
    if (c.entry || c.how !== 'name' || /\s/.test(c.name) || !text) continue;
    const head = normPhrase(c.name);
    // (Or any capitalized word after "the" that opens a body's name before "of": "the House", "the Bank".)
    if (!lex.heads.has(head) && !c.why.startsWith('the +')) continue;
    let target: Candidate | null = null;
    for (const p of bodies) {
      if (p.start >= c.start) break;
      if (namedWith(p, head)) target = p;
    }
    if (target) joinBody(c, target);
  }

  // 2c. "the company" after "Toyota", "the ministry" after "the Ministry of Finance": a definite body word with nothing
  //     else is the body named last before it (within five sentences) with that head word or, for a trade's word,
  //     in that trade's sector.
  // A listed body some phrase of the lexicon calls by `head` (and `modifier`): UNHCR is "the U.N. refugee agency".
  const calledBy = (p: Candidate, head: string, modifier: string | undefined): boolean => {
    if (p.entry?.type !== 'org') return false;
    const known = namesOf(lex, p.entry).map((n) => n.split(' '));
    return known.some((w) => w.includes(head) && (!modifier || w.includes(modifier.toLowerCase())));
  };
  /** Pointers that point nowhere: no actor of their own. */
  const unresolved = new Set<Candidate>();
  for (const c of cands) {
    if (c.kind !== 'organization' || c.how !== 'anonymous' || !text) continue;
    // ("the central bank", "the Russian company": one word before the body word, a demonym's country to agree with.)
    // ("his party", "their union": a possessive points back the same way, to a body of a trade only.)
    // (The article may stand before the mention: "the Seattle-based company" is mentioned from "Seattle".)
    const phrase = (/(?:^|\s)[Tt]he\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start)) ? 'the ' : '') + text.slice(c.start, c.end);
    const m = /^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:([\p{L}-]+)\s+)?(\p{Ll}+)$/u.exec(phrase);
    if (!m) continue;
    const [, modifier, head] = m;
    // ("Swissmedic, the Swiss regulator, and other authorities": in apposition to a name just before it, the phrase
    // describes that name, whatever body it could point back to.)
    if (/\p{Lu}[\p{L}\d-]*,\s*$/u.test(text.slice(Math.max(0, c.start - 40), c.start)) && /^\s*(?:,|and\b)/.test(text.slice(c.end, c.end + 5))) continue;
    const possessive = !/^[Tt]he\s/.test(phrase);
    const pointer = POINTERS.has(head) && !possessive;
    // (A singular word only: "the companies" are not the one named last.)
    const singular = lex.phrases.get(head)?.some((e) => e.type === 'role' && e.kind === 'organization' && !e.plural);
    const sector = singular && c.sector && TRADE_SECTORS.has(c.sector) ? c.sector : null;
    if (possessive && !sector) continue;
    // (A word for a kind of business, "the airline", "the lender", points back only to a body the article has called
    // that or whose name says it: "Mekong Air … the airline", not Boeing named in between.)
    const kind = KIND_NAMES[head];
    const calledSo = (p: Candidate): boolean => {
      const cl = clusterOf.get(p) && find(clusterOf.get(p)!);
      // ("Swedish fashion retailer Nordhem … the retailer": or named right after that word.)
      return !!cl && cl.cands.some((x) => x !== c && x.start < c.start && (words(text.slice(x.start, x.end)).includes(head) || x.why.startsWith(`name after "${head}"`)));
    };
    // ("the alliance" after "the CSTO, the Moscow-led military alliance,": a body a description has called so.)
    const describedSo = (p: Candidate): boolean => {
      const cl = clusterOf.get(p) && find(clusterOf.get(p)!);
      return !!cl && cl.cands.some((x) => x !== c && x.start < c.start && (x.how === 'appositive' || x.how === 'anonymous') && words(text.slice(x.start, x.end)).includes(head));
    };
    // (A body of no known sector whose name says the kind counts too: "Vell Air".)
    // (A name with no sector of its own has its actor's: "Debswana" after "Debswana's managing director".)
    const sectorOfName = (p: Candidate): string | null => p.sector ?? (p.how === 'name' && clusterOf.has(p) ? textual(find(clusterOf.get(p)!), 'sector') : null);
    const ofTrade = (p: Candidate): boolean => (!!sector && sectorOfName(p) === sector && (!kind || kind.test(p.name) || calledSo(p)) && (head !== 'club' || isClub(p, lex) || calledSo(p))) || (!!kind && !p.sector && kind.test(p.name));
    // An unnamed body a pointer may still point to: a body's own or "of" one ("The panel" after "the federation's
    // ethics panel", "the board of the central bank"); for any body word, one a possessor placed ("the ministry" after
    // "Qatar's foreign ministry").
    const describedBody = (p: Candidate): boolean => (pointer && /['’]s\s|\sof\s/.test(p.name)) || (/['’]s\s/.test(p.name) && !!p.country);
    let target: Candidate | null = null;
    let placed: Candidate | null = null;
    let calledTarget: Candidate | null = null;
    let subjectTarget: Candidate | null = null;
    for (const p of bodies) {
      if (p.start >= c.start) break;
      if (clauseMate(p, c, text)) continue;
      // (A country the description gives must not clash with the body's: "the Seattle-based company" after an unplaced
      // "Northwind" is Northwind, and places it.)
      if ((p.how === 'anonymous' && !describedBody(p)) || c.sentence - p.sentence > 5 || (c.country && p.country && p.country !== c.country)) continue;
      const alsoNamed = ALSO_NAMED[head]?.test(p.name) ?? false;
      const called = namedWith(p, head) || alsoNamed || (pointer && (calledBy(p, head, modifier) || describedSo(p)));
      if (called || ofTrade(p)) {
        target = p;
        if (c.country && p.country === c.country) placed = p;
        if (called && head !== 'company' && head !== 'firm') calledTarget = p;
        if (p.sentence === c.sentence && !subjectTarget && (p.subject || opensSentence(p, text))) subjectTarget = p;
      }
    }
    // ("Wadi Araba Water Partners, a consortium led by … Aquamar … the consortium": a body the text has called by that
    // very word beats one merely of its trade; "the company" is any company's word.)
    // (Not past one in the pointer's own sentence, nor past one whose actor the text has called so too.)
    if (calledTarget && target && target.sentence !== c.sentence && !calledSo(target) && !describedSo(target)) target = calledTarget;
    // ("Debswana, the joint venture between the government and De Beers, will halt …, the company said": in its own
    // sentence, the subject.)
    if (subjectTarget && target && target.sentence === c.sentence && !target.subject && /^\s+(?:said|says|told|added|announced)\b/.test(text.slice(c.end, c.end + 12))) target = subjectTarget;
    // ("the Irish regulator": one of the description's state beats one of no known state named after it.)
    if (placed) target = placed;
    // ("The refugee agency" long after "UNHCR": the one body the article has named so far that goes by those words.)
    if (!target && pointer) {
      const earlier = bodies.filter((p) => p.start < c.start && p.how !== 'anonymous' && (namedWith(p, head) || calledBy(p, head, modifier)) && !(c.country && p.country && p.country !== c.country));
      if (new Set(earlier.map((p) => clusterOf.get(p) && find(clusterOf.get(p)!))).size === 1) target = earlier[earlier.length - 1];
    }
    // (Further back, the one body of that trade the article has named so far: a story about one company.)
    // (Not a news outlet's word: the agency of the dateline is seldom "the broadcaster" of the story.)
    if (!target && sector && sector !== 'MED' && !possessive) {
      const earlier = bodies.filter((p) => p.start < c.start && p.how !== 'anonymous' && ofTrade(p) && !(c.country && p.country && p.country !== c.country) && !clauseMate(p, c, text));
      const owners = new Set(earlier.map((p) => clusterOf.get(p) && find(clusterOf.get(p)!)));
      if (owners.size === 1) target = earlier[earlier.length - 1];
    }
    // (A possessive only where the article has named one such body so far: "his party" among three parties is none.)
    if (target && possessive && new Set(bodies.filter((p) => p.start < c.start && p.how !== 'anonymous' && p.sector === sector && p.sentence >= c.sentence - 5).map((p) => clusterOf.get(p) && find(clusterOf.get(p)!))).size > 1) continue;
    if (target) joinBody(c, target);
    // (One with a noun of its own names a body even so: "The port authority said", "the ethics panel"; an adjective
    // such as "electoral" or "larger" more often describes a body named otherwise.)
    else if (pointer && (!modifier || GENERAL_MODIFIERS.has(modifier.toLowerCase()) || !/^[a-z]+$/.test(modifier) || /(?:al|ary|ive|ic|er|est|ous|an|ed|ing)$/.test(modifier))) unresolved.add(c);
  }
  for (const c of unresolved) {
    const own = clusterOf.get(c);
    if (own) own.cands.splice(own.cands.indexOf(c), 1);
    clusterOf.delete(c);
  }
  // "the federation's ethics panel", "the party's election committee": a body of a body is in its owner's sector,
  // and in its owner's state unless its own words name one.
  for (const c of cands) {
    if (c.kind !== 'organization' || c.how !== 'anonymous' || !clusterOf.has(c)) continue;
    const owner = cands.find((b) => b !== c && b.kind === 'organization' && b.start >= c.start && b.end < c.end && /^['’]s\s/.test(text.slice(b.end, b.end + 3)) && clusterOf.has(b));
    if (!owner) continue;
    const host = find(clusterOf.get(owner)!);
    c.sector = sectorOf(host, lex, date) ?? c.sector;
    c.country ??= countryOf(host, lex, date);
  }

  // 2d. "Nvidia Corporation" and "Nvidia", "the Supreme Court of the United States" and "the Supreme Court": a body
  //     named with a legal suffix, or with "of" and its own country, is the body the article names without them.
  const bodyWords = (p: Candidate): string[] => {
    const w = words(p.entry && 'name' in p.entry ? p.entry.name : text.slice(p.start, p.end));
    return w[0] === 'the' ? w.slice(1) : w;
  };
  const shortName = (c: Candidate): string | null => {
    const w = bodyWords(c);
    if (w.length >= 2 && CORPORATE_SUFFIX.has(w[w.length - 1])) return w.slice(0, -1).join(' ');
    const of = w.lastIndexOf('of');
    if (of <= 0 || !c.country) return null;
    const rest = w.slice(w[of + 1] === 'the' ? of + 2 : of + 1).join(' ');
    const own = lex.phrases.get(rest)?.some((e) => e.type === 'country' && (e.how === 'name' || e.how === 'alias') && e.code === c.country);
    return own ? w.slice(0, of).join(' ') : null;
  };
  for (const c of bodies) {
    if (c.how !== 'name' || c.entry || !text) continue;
    const short = shortName(c);
    if (!short) continue;
    const target = bodies.find((p) => p !== c && p.how === 'name' && (!p.country || !c.country || p.country === c.country) && bodyWords(p).join(' ') === short);
    const own = clusterOf.get(c) && find(clusterOf.get(c)!);
    const host = target && clusterOf.get(target) && find(clusterOf.get(target)!);
    if (!own || !host || own === host) continue;
    for (const m of own.cands) { host.cands.push(m); clusterOf.set(m, host); }
    own.cands.length = 0;
    own.into = host;
  }

  // 2e. "… , the country's aviation regulator said. The Civil Aviation Authority (CAA) said …": a wire story's lead
  //     may describe a body it names only after it. A description in the lead that points back to nothing is the first
  //     body named in the next three sentences that goes by its head word.
  const leadEnd = leadEndOf(text, cands);
  for (const c of bodies) {
    // ("Iraq's water ministry said": a state's possessive may open it.)
    if (c.how !== 'anonymous' || c.end > leadEnd || !/^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*['’]s?\s+)?\p{Ll}/u.test(c.name)) continue;
    // ("his own ruling party" is the one he belongs to, whichever party the text names next.)
    if (/\b(?:his|her|its|their|our|my|your)\s+(?:own\s+)?$/i.test(text.slice(Math.max(0, c.start - 8), c.start)) || /^(?:his|her|its|their|our|my|your)\s/i.test(text.slice(c.start, c.end))) continue;
    const own = clusterOf.get(c) && find(clusterOf.get(c)!);
    if (!own || own.cands.length !== 1) continue;
    const head = words(c.name).at(-1)!;
    // (Not a body of another body: "the agency's Board of Governors"; nor one the lead itself names beside it, "…'s main
    // opposition party accused the ruling Unity Party …".)
    const next = bodies.find((p) => p.sentence > c.sentence && p.how === 'name' && !/['’]s\s+$/.test(text.slice(Math.max(0, p.start - 4), p.start)) && (namedWith(p, head) || (ALSO_NAMED[head]?.test(p.name) ?? false)));
    if (next && next.sentence - c.sentence <= 3 && (!c.country || !next.country || c.country === next.country)) joinBody(c, next);
  }
  //     So is a person the lead describes only by an office ("…, a lawyer for the families said."): the first person
  //     named in the next five sentences with that title ("the families' lawyer, Ana Reyes").
  for (const c of cands) {
    if (c.kind !== 'person' || c.how !== 'anonymous' || c.end > leadEnd || !c.role || !/^an?\s/i.test(c.name)) continue;
    const own = clusterOf.get(c) && find(clusterOf.get(c)!);
    const title = own && own.cands.length === 1 ? titleOf(own, lex, date) : null;
    if (!own || !title) continue;
    const next = clusters.filter((p) => p.kind === 'person' && !p.into && !p.anonymous && p.first > c.end).sort((a, b) => a.first - b.first)[0];
    const firstOfNext = next?.cands.find((x) => x.start === next.first);
    if (!next || !firstOfNext || firstOfNext.sentence - c.sentence > 5 || titleOf(next, lex, date) !== title) continue;
    const cc = countryOf(next, lex, date);
    if (c.country && cc && c.country !== cc) continue;
    joinBody(c, firstOfNext);
  }

  // 3. Definite titles and pronouns point back.
  const ordered = [...cands].sort((a, b) => a.start - b.start);
  const bySentence = new Map<number, Candidate[]>();
  for (const c of ordered) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const mentionsBefore = (offset: number) =>
    ordered.filter((c) => c.end <= offset && clusterOf.has(c) && clusterOf.get(c)!.kind === 'person');
  const resolvePronoun = (c: Candidate) => {
    const target = pronounTarget(c, bySentence, clusterOf);
    if (target) {
      target.cands.push(c);
      clusterOf.set(c, target);
      target.gender ??= c.gender; // (one "he" and the person can no longer be a later "she")
    }
  };
  for (const c of ordered) {
    if (c.refers === 'title') {
      // ("The FPK's spokesman" after "the ministry's spokesman": a named body's office is someone new.)
      const words = text.slice(c.start, c.end).split(/\s+/);
      const ownedByName = /^the$/i.test(words[0] ?? '') && /^\p{Lu}\S*['’]s$/u.test(words[1] ?? '');
      const prior = ownedByName ? [] : mentionsBefore(c.start);
      let target: Cluster | null = null;
      const generic = c.role === 'official' || c.role === 'source' || c.role === 'person' || c.role === 'spokesperson';
      // ("Leo has inherited a deal that Francis believed in … whether the new pope …": a title not marked "former"
      // points to someone listed as out of that office only when no one named before holds it.)
      let pastHolder: Cluster | null = null;
      for (let n = prior.length - 1; n >= 0 && !target; n--) {
        const cl = find(clusterOf.get(prior[n])!);
        const title = titleOf(cl, lex, date)?.toLowerCase() ?? '';
        const cc = countryOf(cl, lex, date);
        if (c.country && cc && c.country !== cc) continue;
        // ("the minister" is no prime minister: that office has a word of its own.)
        if (c.role && title.includes(c.role) && !(title.includes('prime minister') && !c.role.includes('prime'))) {
          if (!c.former && outOfListedOffice(cl, date)) pastHolder ??= cl;
          else target = cl;
        } else if (generic && cl.anonymous) target = cl;
      }
      target ??= pastHolder;
      if (!target && generic) {
        for (let n = prior.length - 1; n >= 0 && !target; n--) {
          const cl = find(clusterOf.get(prior[n])!);
          if (sectorOf(cl, lex, date) === (c.sector ?? 'GOV')) target = cl;
        }
      }
      if (!target && c.country && c.role) {
        // "the Russian president" with no antecedent: the gazetteer person who held that title then.
        const holder = officeHolder(lex, c.country, c.role, date);
        if (holder) {
          c.entry = holder;
          target = add(personKey(holder, holder.name), c, 'person', holder.name);
        }
      }
      if (target) {
        target.cands.push(c);
        clusterOf.set(c, target);
      } else {
        const cl = add(`anon:${c.start}`, c, 'person', c.name, true);
        clusterOf.set(c, cl);
      }
      continue;
    }
    if (c.refers === 'pronoun' && !c.quote) resolvePronoun(c);
  }
  // Pronouns inside quotes last, once the "she said" of their speaker is known.
  for (const c of ordered) if (c.refers === 'pronoun' && c.quote) resolvePronoun(c);

  // 3b. "its ambassador to the nation said … Fan Xianrong told …": a named person the article never describes is the
  //     unnamed, titled person mentioned last before the name, within three sentences and with no one else between.
  for (const p of clusters) {
    if (p.kind !== 'person' || p.into || p.anonymous || p.entry) continue;
    if (titleOf(p, lex, date) || countryOf(p, lex, date) || sectorOf(p, lex, date)) continue;
    const firstCand = p.cands.reduce((a, b) => (b.start < a.start ? b : a));
    // ("Elena Vell, who studies Vatican diplomacy at …, said": a relative clause describes the person too.)
    if (/^\s*,\s*(?:who|whose)\s/.test(text.slice(firstCand.end, firstCand.end + 10))) continue;
    const before = ordered.filter((c) => c.end <= firstCand.start && c.refers !== 'pronoun' && clusterOf.has(c) && find(clusterOf.get(c)!).kind === 'person');
    const last = before[before.length - 1];
    if (!last || firstCand.sentence - last.sentence > 3) continue;
    const anon = find(clusterOf.get(last)!);
    if (!anon.anonymous || anon === p || !titleOf(anon, lex, date) || anon.cands.some((c) => c.how === 'appositive')) continue;
    if (anon.cands.some((c) => /^(an?|one|two|three|some|several)\b/i.test(c.name))) continue; // "a diplomat" is someone else
    // ("removed the previous premier … Kittipong Sornsak": a predecessor is someone else too.)
    if (anon.cands.some((c) => /\b(previous|outgoing|ousted|predecessor)\b/i.test(c.name))) continue;
    for (const c of anon.cands) {
      p.cands.push(c);
      clusterOf.set(c, p);
    }
    anon.into = p;
  }

  // 4. State bodies named without a country ("the Foreign Ministry") belong to the country the text is about there;
  //    people described by such a body ("a spokeswoman for the Foreign Ministry") take its country.
  const inferred = new Map<Cluster, string>();
  // A capital named as a place ("In Washington, the Justice Department …") says where the text is as much as a country.
  // (Not "a Luxembourg-based court": a place joined to another word by "-based" says where that one is.)
  const based = (c: Candidate) => joinedAfter(c, text);
  const countryCands = ordered.filter((c) => c.country && (c.kind === 'country' || (c.kind === 'place' && c.why.startsWith('capital'))) && !c.why.includes('inside a name') && !based(c));
  // The state the article is about: of the states named nearby, the one a body most likely belongs to.
  // ("U.S. Drug Enforcement Administration" says little about where a story about Sinaloa is.)
  const stateTimes = stateTally(ordered, text);
  const mainState = mainStateOf(stateTimes, 3);
  const homeState = homeStateOf(stateTimes);
  for (const cl of clusters) {
    if (cl.kind !== 'organization' || cl.into || countryOf(cl, lex, date)) continue;
    if (!STATE_SECTORS.has(sectorOf(cl, lex, date) ?? '')) continue;
    const first = Math.min(...cl.cands.map((c) => c.start));
    const sent = cl.cands[0].sentence;
    const prior = countryCands.filter((c) => c.start < first && c.sentence >= sent - 3);
    // (The nearest state, unless it is outside the body's sentence and the article's main state is named more
    // often: "… won in Luxembourg," in a story about Poland.)
    // ("President López Obrador said the government would …": a state's official before the body in its sentence.)
    const official = ordered.filter((c) => c.kind === 'person' && c.sentence === sent && c.start < first && (c.sector === 'GOV' || c.entry?.type === 'person')).at(-1);
    const officialCountry = official ? official.country ?? (official.entry?.type === 'person' ? official.entry.country : null) : null;
    if (officialCountry) {
      inferred.set(cl, officialCountry);
      continue;
    }
    // ("The General Staff of Ukraine's armed forces": the state its own "of" names.)
    const end = Math.max(...cl.cands.filter((c) => c.start === first).map((c) => c.end));
    const own = countryCands.find((c) => c.start > first && c.sentence === sent && /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, c.start)));
    if (own?.country) {
      inferred.set(cl, own.country);
      continue;
    }
    const last = prior[prior.length - 1];
    const passing = !!last && !!mainState && last.sentence !== sent && (stateTimes.get(last.country!) ?? 0) < (stateTimes.get(mainState) ?? 0);
    // (With no state named before it, one named after it in its sentence, else the state the story is set in before
    // one named in the next sentence: "… said the government had asked for help. Italy and France were sending planes.")
    const after = countryCands.find((c) => c.sentence <= sent + 1 && c.start > first);
    const pick = passing ? mainState : last ? last.country : after?.sentence === sent ? after.country : homeState ?? after?.country;
    if (pick) inferred.set(cl, pick);
  }
  for (const cl of clusters) {
    if (cl.kind !== 'person' || cl.into || countryOf(cl, lex, date)) continue;
    for (const c of cl.cands) {
      if (c.how !== 'appositive' && c.how !== 'title') continue;
      // (Or a body named right before the title: "Presidential Office spokeswoman Karen Kuo".)
      const before = (x: Candidate) => x.end <= c.start && c.start - x.end <= 40 && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(x.end, c.start));
      const inner = [...inferred.keys()].find((o) => o.cands.some((x) => (x.start >= c.start && x.end <= c.end) || before(x)));
      if (inner) { inferred.set(cl, inferred.get(inner)!); break; }
    }
  }

  // 5. Actors in order of first mention, with attributes settled.
  const out: Actor[] = [];
  const live = clusters.filter((cl) => !cl.into && cl.cands.some((c) => c.refers !== 'pronoun'));
  const firstStart = new Map(live.map((cl) => [cl, Math.min(...cl.cands.map((c) => c.start))]));
  live.sort((a, b) => firstStart.get(a)! - firstStart.get(b)!);
  for (const cl of live) {
    const mentions: Mention[] = [];
    // Sorted by start, repeats of a span are neighbours in start: track the ends seen at the current start.
    let atStart = -1;
    const endsSeen = new Set<number>();
    for (const c of [...cl.cands].sort((a, b) => a.start - b.start)) {
      if (c.start !== atStart) {
        atStart = c.start;
        endsSeen.clear();
      }
      if (endsSeen.has(c.end)) continue;
      endsSeen.add(c.end);
      mentions.push({ start: c.start, end: c.end, text: '', how: c.how });
    }
    out.push({
      id: `a${out.length + 1}`,
      name: displayName(cl),
      kind: cl.kind,
      country: countryOf(cl, lex, date) ?? inferred.get(cl) ?? null,
      sector: sectorOf(cl, lex, date),
      title: titleOf(cl, lex, date),
      mentions,
      ref: cl.entry && 'name' in cl.entry ? `${cl.entry.type}:${cl.entry.name}` : null,
    });
  }
  return out;
}

function displayName(cl: Cluster): string {
  if (cl.entry?.type === 'person') return cl.entry.name;
  if (cl.kind === 'person' && !cl.anonymous) {
    // The longest plain name among the mentions ("Joe Biden" over "Biden").
    // (A definite title that points back, "the chief cabinet secretary", is no name however long.)
    const names = cl.cands.filter((c) => (c.how === 'name' || c.how === 'title' || c.how === 'surname') && c.refers === null).map((c) => c.entry?.type === 'person' ? c.entry.name : c.name);
    const strip = (s: string) => s.replace(/^(mr|mrs|ms|dr|prof|sir|dame|lord|lady)\.?\s+/i, '');
    return names.map(strip).sort((a, b) => words(b).length - words(a).length)[0] ?? cl.name;
  }
  return cl.name;
}

function entryRole(cl: Cluster, date: string | null): { role: Role | null; active: boolean } {
  const e = cl.entry ?? cl.cands.find((c) => c.entry)?.entry ?? null;
  if (e?.type === 'person') return roleOn(e.roles, date, e.fallback);
  return { role: null, active: true };
}

/** Mention kinds whose stated attributes count, most trusted first. */
const TEXTUAL_ORDER = ['title', 'appositive', 'name', 'anonymous', 'metonym', 'alias', 'surname', 'demonym'];
const TEXTUAL_RANK = new Map(TEXTUAL_ORDER.map((how, i) => [how, i]));

/** The attribute stated by the most trusted kind of mention (the first such mention of that kind), in one pass. */
function textual<K extends 'country' | 'sector' | 'title'>(cl: Cluster, key: K): Candidate[K] | null {
  let best: Candidate[K] | null = null;
  let bestRank = TEXTUAL_ORDER.length;
  for (const c of cl.cands) {
    const rank = TEXTUAL_RANK.get(c.how);
    if (rank === undefined || rank >= bestRank || !c[key]) continue;
    best = c[key];
    bestRank = rank;
    if (rank === 0) break;
  }
  return best;
}

function countryOf(cl: Cluster, lex: Lexicon, date: string | null): string | null {
  const e = cl.entry;
  if (cl.kind === 'country' || cl.kind === 'place') return cl.cands.find((c) => c.country)?.country ?? null;
  const { role } = entryRole(cl, date);
  if (e?.type === 'person') return role?.country ?? e.country ?? textual(cl, 'country');
  void lex;
  // ("its president, Nurlan Sadykov. Sadykov, a Kazakh businessman, …": what a person is said to be outweighs the
  // country of the body whose office they hold.)
  const described = cl.kind === 'person' ? cl.cands.find((c) => c.how === 'appositive' && c.country && /^an?\s/i.test(c.name)) : undefined;
  return described?.country ?? textual(cl, 'country');
}

function sectorOf(cl: Cluster, lex: Lexicon, date: string | null): string | null {
  if (cl.kind === 'country') return cl.cands.every((c) => c.how === 'metonym') ? 'GOV' : null;
  if (cl.kind === 'place') return null;
  // (Only a former office makes one of the elite: "a retired teacher" stays in teaching.)
  const former = formerOf(cl, date) && cl.cands.some((c) => c.former && (!c.sector || ELITE_OFFICES.has(c.sector)));
  const { role, active } = entryRole(cl, date);
  if (former) return 'ELI';
  // (A listed person's office now outweighs one the text says they held: "Kaja Kallas, a former Estonian prime
  // minister," is the EU's foreign policy chief.)
  const now = holdsListedOffice(cl, date);
  const stated = cl.cands.find((c) => (c.how === 'title' || c.how === 'appositive') && c.sector && !(now && c.former))?.sector;
  if (stated) return stated;
  if (cl.entry?.type === 'person' || cl.cands.some((c) => c.entry?.type === 'person')) {
    if (!active) return 'ELI';
    return role?.sector ?? textual(cl, 'sector');
  }
  if (former) return 'ELI';
  void lex;
  return textual(cl, 'sector');
}

/**
 * Whether the person no longer holds the office they are named with: a mention says "former", and none names them
 * with another title they hold now ("Economy Minister Raul Benavides … Benavides, a former banker," is a minister;
 * "President Jordi Casals … the former president" is not).
 */
function formerOf(cl: Cluster, date: string | null): boolean {
  const formerRoles = new Set(cl.cands.filter((c) => c.former).map((c) => c.role));
  if (!formerRoles.size) return false;
  if (holdsListedOffice(cl, date)) return false;
  return !cl.cands.some((c) => !c.former && c.title && c.how === 'title' && c.refers === null && !formerRoles.has(c.role));
}

/** Whether the person is listed only with offices that ended before `date` (with no date, that have ended). */
function outOfListedOffice(cl: Cluster, date: string | null): boolean {
  const e = cl.entry ?? cl.cands.find((c) => c.entry)?.entry ?? null;
  if (e?.type !== 'person' || !e.roles.length || e.fallback) return false;
  return date ? !roleOn(e.roles, date).active : e.roles.every((r) => r.to !== null);
}

/** Whether the person is listed with an office they hold on `date` (with no date, one the list gives no end). */
function holdsListedOffice(cl: Cluster, date: string | null): boolean {
  if (cl.kind !== 'person' || !cl.cands.some((c) => c.entry?.type === 'person')) return false;
  const { role, active } = entryRole(cl, date);
  return !!role && active && (!!date || !role.to);
}

function titleOf(cl: Cluster, lex: Lexicon, date: string | null): string | null {
  if (cl.kind !== 'person') return null;
  const now = holdsListedOffice(cl, date);
  const t = textual(now ? { ...cl, cands: cl.cands.filter((c) => !c.former) } : cl, 'title');
  const { role } = entryRole(cl, date);
  const former = formerOf(cl, date);
  void lex;
  const title = t ?? role?.title ?? null;
  return title && former && !/^former /i.test(title) ? `Former ${title}` : title;
}

/**
 * The antecedent of a pronoun. In its own sentence: the last person before it that a verb follows (the subject of its
 * clause: "He said the envoy had failed during his trip"), else the sentence's subject, else the first person before
 * it. Else the subject of one of the three sentences before, else any person there (outside quote marks first).
 * Persons must agree in gender, and pronouns already resolved count as their person.
 * Quotes: a pronoun outside quote marks does not look inside the quote that ends in its own sentence (in `"Vrba has
 * failed," she said`, she is not Vrba); one inside a quote is never the quote's speaker, the subject outside the marks
 * in the sentences the quote spans (in `"She has shown remorse," Minh said`, she is not Minh).
 */
function pronounTarget(p: Candidate, bySentence: ReadonlyMap<number, readonly Candidate[]>, clusterOf: Map<Candidate, Cluster>): Cluster | null {
  const speakers = new Set<Cluster>();
  if (p.quote) {
    for (let s = p.quote.firstSentence; s <= p.quote.lastSentence; s++) {
      for (const c of bySentence.get(s) ?? []) {
        const cl = !c.quote && c.subject && clusterOf.get(c);
        if (cl && cl.kind === 'person') speakers.add(find(cl));
      }
    }
  }
  const compatible = (c: Candidate) => {
    const cl = clusterOf.get(c);
    if (!cl || cl.kind !== 'person' || c === p) return null;
    const root = find(cl);
    if (p.gender && root.gender && root.gender !== p.gender) return null;
    return speakers.has(root) ? null : root;
  };
  const same = (bySentence.get(p.sentence) ?? []).filter((c) => c.end <= p.start && (!c.quote || c.quote === p.quote));
  const pick = [...same].reverse().find((c) => c.beforeVerb && compatible(c)) ?? same.find((c) => c.subject && compatible(c)) ?? same.find(compatible);
  if (pick) return compatible(pick);
  for (let s = p.sentence - 1; s >= p.sentence - 3 && s >= 0; s--) {
    // (In `"The minister has failed. He must go," she said`, she is not the minister.)
    const inS = (bySentence.get(s) ?? []).filter((c) => p.quote || !c.quote || c.quote.lastSentence < p.sentence);
    const subj = inS.find((c) => c.subject && compatible(c));
    if (subj) return compatible(subj);
    // (Words outside quote marks first: in `"…," said party spokesman X.` X, not a person the quote names.)
    const any = inS.filter((c) => !c.quote).map(compatible).find((x) => x) ?? inS.map(compatible).find((x) => x);
    if (any) return any;
  }
  return null;
}
