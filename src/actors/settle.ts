// One sense per article: the passes that give an unknown name one kind across the article once every sentence is chunked.
import { linkAcronyms } from './acronyms.js';
import { keepCandidates, linkShortForms, type ArticleContext, type Candidate } from './article-context.js';
import { normPhrase } from './lexicon.js';
import { datelineAt } from '../nlp/dateline.js';
import { COMPASS, FUNCTION_WORDS, isCap, isPossessive, PLACE_OF, SPEECH_AFTER } from './match-words.js';

/**
 * One sense per article: an unknown name ("Łódź", "Harrow") gets one kind everywhere, the kind its contexts vote
 * for across the article ("in Łódź", "Łódź, Poland" outweigh "Łódź is"), and is kept everywhere if it is kept once.
 */
export function settleNameKinds(ctx: ArticleContext): void {
  linkAcronyms(ctx);
  surnamesOverPlaces(ctx);
  teamsOverPlaces(ctx);
  companyShortNames(ctx);
  listedNames(ctx);
  dropLanguages(ctx);
  placesByFirstWord(ctx);
  const groups = new Map<string, Candidate[]>();
  for (const c of ctx.out) {
    if (c.entry || c.how !== 'name' || c.refers || !(c.kind === 'person' || c.kind === 'place' || c.kind === 'organization')) continue;
    const key = normPhrase(c.name);
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  citiesThatArePeople(ctx);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const votes = { person: 0, place: 0, organization: 0 };
    for (const c of group) {
      const [kind, weight] = ctx.nameEvidence(c);
      votes[kind] += weight;
    }
    const best = (Object.keys(votes) as (keyof typeof votes)[]).reduce((a, b) => (votes[b] > votes[a] ? b : a));
    if (votes[best] <= 0) continue;
    const kept = group.some((c) => !c.weak);
    // (And one country: "Riyadh-based Al Noor Capital … Al Noor Capital said" is the Saudi firm both times.)
    const countries = new Set(group.filter((c) => /^(name after|name with head|name its acronym|employer after|a body's branch|name said to be a company)/.test(c.why)).map((c) => c.country).filter((x) => x));
    const only = countries.size === 1 ? [...countries][0] : null;
    for (const c of group) {
      if (c.kind !== best) { c.kind = best; c.why += `, ${best} elsewhere in the article`; }
      if (kept) c.weak = false;
      if (only && !c.country && best !== 'person') c.country = only;
    }
  }
}

/** What may stand between two members of a list: a comma, "and", "or", "&", or a comma and one of them. */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*$/;

/**
 * "Mara Vornstag, Ivo Marsk and Telling", "from Brenholm to Vask and Ollery": a name no rule was sure of, listed with
 * named people (or places) and nothing else, is one of them. A headline's capitals say too little to list anything.
 */
function listedNames(ctx: ArticleContext): void {
  const text = ctx.doc.text;
  const lists: Candidate[][] = [];
  let list: Candidate[] = [];
  for (const c of ctx.out) {
    if (c.how === 'pronoun' || c.refers) continue;
    const prev = list[list.length - 1];
    if (prev && c.start < prev.end) continue; // a place inside a body's name
    if (prev && prev.sentence === c.sentence && LIST_GAP.test(text.slice(prev.end, c.start))) list.push(c);
    else {
      if (list.length > 1) lists.push(list);
      list = [c];
    }
  }
  if (list.length > 1) lists.push(list);
  // Someone the text names as a person for sure: a listed person, a given name, an honorific or a title before a name.
  const namedPerson = (c: Candidate) => c.kind === 'person' && !c.weak && (c.entry?.type === 'person' || /^(gazetteer person|honorific|given name|title\+name)/.test(c.why));
  const place = (c: Candidate) => (c.kind === 'place' || c.kind === 'country') && !c.weak && c.how !== 'demonym';
  for (const members of lists) {
    if (ctx.headlines.has(members[0].sentence)) continue;
    // (Not a sentence's first word, "Alright, Kelly and …": a capital there says nothing.)
    const unsure = members.filter((c) => c.weak && !c.entry && c.how === 'name' && !ctx.isSentenceStart(ctx.tokenAt(c.start)));
    const sure = members.filter((c) => !unsure.includes(c));
    if (!unsure.length || !sure.length) continue;
    const kind = sure.every(namedPerson) ? 'person' : sure.length > 1 && sure.every(place) ? 'place' : null;
    if (!kind) continue;
    for (const c of unsure) Object.assign(c, { kind, weak: false, why: `${c.why}, listed with ${kind === 'person' ? 'people' : 'places'}` });
  }
}

/**
 * "When Eugene was a boy … Eugene said": a one-word listed city that is also a given name or the surname of someone
 * the article names in full, and that the article uses as a person (it speaks, acts, owns) and never as a place, is
 * a person's name.
 */
function citiesThatArePeople(ctx: ArticleContext): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of ctx.out) {
    if (c.kind !== 'place' || c.entry?.type !== 'place' || !c.entry.generated || /\s/.test(c.name)) continue;
    const key = normPhrase(ctx.doc.text.slice(c.start, c.end));
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const group of groups.values()) {
    // Only a word that is also a given name ("Eugene") or the surname of someone the article names in full.
    const word = ctx.doc.text.slice(group[0].start, group[0].end);
    if (!ctx.lex.givenNames.has(word) && !ctx.surnames.has(word)) continue;
    let person = 0;
    let place = 0;
    for (const c of group) {
      // "in Eugene's memory": the preposition governs what the name owns, which places never settles.
      const k = ctx.tokenAt(c.start);
      if (isPossessive(ctx.tokens[k + 1]?.text ?? '')) continue;
      const [kind, weight] = ctx.nameEvidence({ ...c, why: '' });
      if (kind === 'person') person += weight;
      else if (kind === 'place') place += weight;
    }
    if (person < 2 || place > 0) continue;
    for (const c of group) Object.assign(c, { kind: 'person', entry: null, country: null, how: 'name', why: c.why + ', a person where the article uses it' });
  }
}

/**
 * "The Mekong River fell … the Mekong's tributaries": a name after "the" that the article also writes before a place's
 * head word is that place, not an institution.
 */
function placesByFirstWord(ctx: ArticleContext): void {
  const text = ctx.doc.text;
  const places = new Map<string, Candidate>();
  for (const c of ctx.out) {
    if (c.kind !== 'place' || !c.why.startsWith('name with head')) continue;
    const words = text.slice(c.start, c.end).split(/\s+/);
    if (words.length === 2) places.set(words[0], c);
  }
  if (!places.size) return;
  for (const c of ctx.out) {
    const place = c.kind === 'organization' && !c.entry && c.why === 'the + name' ? places.get(text.slice(c.start, c.end)) : undefined;
    if (place) Object.assign(c, { kind: 'place', name: place.name, country: place.country, sector: null, why: 'short name of a place named with its head' });
  }
}

/** "Eegimaa speakers", "the Kujireray dialect": an unknown name used for a language is a language everywhere. */
function dropLanguages(ctx: ArticleContext): void {
  const languages = new Set<string>();
  const toks = ctx.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (!/^(language|languages|dialect|dialects|speakers|speaker|-speaking|speaking)$/.test(ctx.norms[k]) || toks[k].sentence !== toks[k - 1].sentence) continue;
    let i = k - 1;
    if (toks[i].text === '-' && i > 0) i--;
    if (isCap(toks[i]) && toks[i].pos !== 'PUNCT') languages.add(ctx.norms[i]);
  }
  if (!languages.size) return;
  keepCandidates(ctx, (c) => !!c.entry || c.how !== 'name' || !!c.refers || !languages.has(normPhrase(c.name)));
}

/**
 * "Denzel Washington … Washington said": a one-word place, capital, country or listed body that is the surname of a
 * person the article names in full is that person, not the place.
 */
function surnamesOverPlaces(ctx: ArticleContext): void {
  const surnames = new Set<string>();
  for (const c of ctx.out) {
    if (c.kind !== 'person' || c.weak || c.refers || c.how === 'anonymous' || c.how === 'pronoun') continue;
    const words = c.name.split(/\s+/);
    if (words.length > 1) surnames.add(words[words.length - 1]);
  }
  if (!surnames.size) return;
  for (const c of ctx.out) {
    // (A listed body's one-word name too: "Claudia Ferrero … Ferrero said".)
    const body = c.kind === 'organization' && c.entry?.type === 'org' && !/\s/.test(c.name);
    if (!(c.kind === 'place' || c.kind === 'country' || body) || c.entry?.type === 'country' && c.entry.how === 'demonym') continue;
    const text = ctx.doc.text.slice(c.start, c.end);
    if (!surnames.has(text)) continue;
    // A country's own name stays the country unless it speaks like a person ("Jordan said", not "Jordan closed").
    if (c.entry?.type === 'country' && c.entry.how !== 'metonym') {
      const next = ctx.tokens[ctx.tokenAt(c.end)];
      if (!next || !SPEECH_AFTER.has(next.norm)) continue;
    }
    Object.assign(c, { kind: 'person', how: 'name', name: text, entry: null, country: null, sector: null, why: 'surname of a person named in full' });
  }
}

/**
 * "Real Madrid … knocked out by Madrid", "Borussia Dortmund … Dortmund had the better of it": in an article that names
 * a sports club in full, a later word of its name standing alone (a city, most often) is the club, unless two clubs
 * share it. A first word stays itself: in American names ("Boston Red Sox") the city leads and keeps meaning the city.
 */
function teamsOverPlaces(ctx: ArticleContext): void {
  const clubs = new Map<string, Candidate | null>();
  for (const c of ctx.out) {
    const text = ctx.doc.text.slice(c.start, c.end);
    // (A listed club, or one whose name a club word opens: "UD Almenara", "FC Velmar".)
    const opened = ctx.lex.heads.get(text.split(/\s+/)[0].toLowerCase())?.first === true;
    if (c.sector !== 'SPT' || c.kind !== 'organization' || c.weak || !(c.entry || opened)) continue;
    // Only a word after the first: "Real Madrid", "Bayern Munich"; in "Boston Red Sox" the city stays a city.
    for (const w of text.split(/\s+/).slice(1)) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) continue;
      const had = clubs.get(w);
      // (Two clubs that share the word leave it to no one.)
      const same = !!had && (c.entry ? had.entry === c.entry : had.name === c.name);
      clubs.set(w, had === undefined || same ? c : null);
    }
  }
  if (!clubs.size) return;
  for (const c of ctx.out) {
    // (Or a body known only by the office it owns: "Tarrowa's president".)
    const owning = c.kind === 'organization' && !c.entry && c.why.startsWith('name owning');
    if (!(c.kind === 'place' || c.kind === 'country' || owning) || c.how === 'demonym') continue;
    const club = clubs.get(ctx.doc.text.slice(c.start, c.end));
    if (!club) continue;
    Object.assign(c, { kind: club.kind, how: 'name', name: club.name, entry: club.entry, country: club.country, sector: club.sector, why: 'short name of a club named in full' });
  }
}

/** Words that make the name right after them a place: "near Korvat", "based in Korvat" ("shares in Korvat" do not). */
const PLACE_BEFORE = /^(?:near|outside|around|across|throughout|based in|located in|born in|live in|lives in|living in)$/;

/**
 * Whether the article plainly uses `word` for a place: after "near" or "based in", before "'s" and a word for a city's
 * people or offices ("Korvat's mayor"), "between" it and a listed place, or as the dateline ("KORVAT, Nov 3 —").
 */
function usedAsPlace(ctx: ArticleContext, word: string): boolean {
  const toks = ctx.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].text.toLowerCase() !== word.toLowerCase()) continue;
    const before = [toks[k - 2]?.norm, toks[k - 1]?.norm].filter((x) => x).join(' ');
    if (PLACE_BEFORE.test(toks[k - 1]?.norm ?? '') || PLACE_BEFORE.test(before)) return true;
    if (isPossessive(toks[k + 1]?.text ?? '') && PLACE_OF.has(toks[k + 2]?.norm ?? '')) return true;
    // ("between Korvat and Freetown": joined to a listed place.)
    const other = toks[k - 1]?.norm === 'between' && toks[k + 1]?.norm === 'and' ? toks[k + 2] : undefined;
    if (other && isCap(other) && ctx.lex.phrases.get(other.norm)?.some((x) => x.type === 'place' || (x.type === 'country' && x.how === 'metonym'))) return true;
    // (A paragraph's dateline, read as datelines() reads it.)
    const sentences = ctx.doc.get('sentences');
    const sent = sentences[toks[k].sentence];
    const opensParagraph = sent.tokenStart === k && sentences[toks[k].sentence - 1]?.paragraph !== sent.paragraph;
    if (toks[k].text === word.toUpperCase() && opensParagraph && toks[k].end <= (datelineAt(toks, sent)?.placeEnd ?? -1)) return true;
  }
  return false;
}

/**
 * "Norvale Semiconductor … Shares in Norvale fell": in an article that names a business by a name and a trade word
 * ("Semiconductor", "Pharmaceuticals", "Bank"), the name's first word standing alone is that business (in a headline
 * too), unless it is a word, a given name or a listed name of its own, or two businesses share it.
 */
function companyShortNames(ctx: ArticleContext): void {
  const firms = new Map<string, Candidate | null>();
  // (Two businesses that share a short name leave it to no one; one named in full twice keeps it.)
  const offer = (form: string, c: Candidate) => {
    const had = firms.get(form);
    firms.set(form, had === undefined ? c : had && normPhrase(had.name) === normPhrase(c.name) ? had : null);
  };
  for (const c of ctx.out) {
    // (By its head word, also after "-based" or a trade's word: "Lagos-based Coastline Bank", "Swiss drugmaker Helvion
    // Pharma".)
    // ("Vedanta Resources … Vedanta said": or by a listed business's name as the text writes it.)
    if (c.kind !== 'organization' || c.weak || c.sector !== 'BUS' || !(c.why.startsWith('name with head') || c.why.startsWith('name after "') || (c.entry?.type === 'org' && c.why.startsWith('gazetteer')))) continue;
    const words = ctx.doc.text.slice(c.start, c.end).split(/\s+/);
    const first = words[0];
    // ("Khan Altai Resources … Khan Altai said", "Sekong Hydro Power Co. … Sekong Hydro said": the first two words of a
    // longer name, whatever the first alone may be.)
    const two = words.slice(0, 2).join(' ');
    if (words.length >= 3 && words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())) && !ctx.lex.phrases.has(normPhrase(two))) offer(two, c);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(first) || FUNCTION_WORDS.has(first.toLowerCase())) continue;
    // (Nor a compass word: "Southwest Airlines" does not make "the American Southwest" a business.)
    if (ctx.lex.phrases.has(normPhrase(first)) || ctx.lex.givenNames.has(first) || COMPASS.has(first.toLowerCase())) continue;
    // ("Haddad Engineering … Lina Haddad … Haddad said": not a word that is someone's surname here.)
    if (ctx.out.some((o) => o.kind === 'person' && o.how === 'name' && !o.weak && o.name.endsWith(` ${first}`))) continue;
    // ("Salt levels near Korvat … the Korvat Oil Company": nor a word the article plainly uses for a place.)
    if (usedAsPlace(ctx, first)) continue;
    offer(first, c);
  }
  if (!firms.size) return;
  // A weak headline run that ends in the name ("Chipmaker Norvale to cut jobs") gives way to the name alone.
  const tails = ctx.out.filter((c) => c.weak && !c.entry && firms.get(/\s(\S+)$/u.exec(ctx.doc.text.slice(c.start, c.end))?.[1] ?? ''));
  if (tails.length) keepCandidates(ctx, (c) => !tails.includes(c));
  linkShortForms(ctx, firms, 'short name of a business named in full', (c) => !c.entry && c.how !== 'pronoun');
}
