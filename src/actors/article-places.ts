// Article-level passes that settle countries and places once every sentence is chunked: homonyms, shared seats, conjuncts.
import { keepCandidates, type ArticleContext, type Candidate } from './article-context.js';
import { normPhrase, type Entry } from './lexicon.js';
import { COMPASS, isCap, isPossessive, PLACE_OF, PLACE_PREFIX, PLACE_PREPS } from './match-words.js';
import { mainStateOf, stateTally } from './main-state.js';
import { datelineAt } from '../nlp/dateline.js';

/** How often the article's candidates place something in each state, and the state named most (twice or more). */
function stateCounts(ctx: ArticleContext): { counts: Map<string, number>; main: string | null } {
  // (A country inside a body's name counts here: "the Supreme Court of the Philippines … the Supreme Court".)
  const counts = stateTally(ctx.out, ctx.doc.text, { nested: true });
  return { counts, main: mainStateOf(counts, 2) };
}

/**
 * "Health workers in Congo": a name two states share is the one the article names in full elsewhere ("the Democratic
 * Republic of Congo", "Kinshasa"), a country like its full name; where the text names neither it stays unresolved.
 */
export function placeSharedCountryNames(ctx: ArticleContext): void {
  for (const c of ctx.out) {
    if (c.entry || c.how === 'pronoun') continue;
    const codes = ctx.lex.sharedCountryNames.get(normPhrase(ctx.doc.text.slice(c.start, c.end)));
    if (!codes) continue;
    const code = codes.find((x) => ctx.out.some((o) => o !== c && o.country === x));
    if (!code) continue;
    const name = ctx.lex.countryNames.get(code) ?? code;
    const entry = ctx.lex.phrases.get(normPhrase(name))?.find((x) => x.type === 'country' && x.code === code) ?? null;
    Object.assign(c, { kind: 'country', how: 'name', name, country: code, entry, weak: false, why: c.why + ', a name two states share' });
  }
}

/**
 * "Rep. Marjorie Taylor Greene of Georgia" in an article about American politics: a country's name that is also a
 * listed place of the article's main state is that place, when nothing else in the article (a demonym, a capital,
 * a person of that country) points to the country.
 */
export function placeHomonymCountries(ctx: ArticleContext): void {
  const homonyms = ctx.out.filter((c) => c.kind === 'country' && c.entry?.type === 'country' && c.entry.how === 'name');
  if (!homonyms.length) return;
  const { counts, main } = stateCounts(ctx);
  if (!main) return;
  for (const c of homonyms) {
    const alt = ctx.lex.phrases.get(normPhrase(ctx.doc.text.slice(c.start, c.end)))?.find((x) => x.type === 'place' && x.country === main);
    if (!alt || alt.type !== 'place' || !c.country) continue;
    // What took its country from this very name: "Rep. Ada Voss of Georgia", "Georgia State University".
    const dependent = (o: Candidate) => o !== c && o.country === c.country && ((o.start <= c.start && c.end <= o.end) || /^,?\s+(of|from)\s+$/.test(ctx.doc.text.slice(o.end, c.start)));
    const deps = ctx.out.filter(dependent);
    const own = ctx.out.filter((o) => o.country === c.country && !o.weak && !deps.includes(o)).length;
    const named = ctx.out.filter((o) => o.kind === 'country' && o.country === c.country && normPhrase(ctx.doc.text.slice(o.start, o.end)) === normPhrase(ctx.doc.text.slice(c.start, c.end))).length;
    if (own > named || (counts.get(main) ?? 0) < 3) continue;
    for (const o of deps) o.country = alt.country;
    Object.assign(c, { kind: 'place', how: 'name', entry: alt, name: alt.name, country: alt.country, sector: null, why: c.why + ', a place of the article\'s main state' });
  }
}

/**
 * "Bank of England", "Organization for Security and Co-operation in Europe": a listed body's name that holds a
 * country's or a place's name names that place too (nested mentions, as in "University of Tokyo").
 */
export function placesInsideListedBodies(ctx: ArticleContext): void {
  const toks = ctx.tokens;
  for (const c of [...ctx.out]) {
    if (c.entry?.type !== 'org' || c.end - c.start < 8) continue;
    const i = ctx.tokenAt(c.start);
    let j = i;
    while (j < toks.length && toks[j].end <= c.end) j++;
    for (let k = i + 1; k < j; k++) {
      if (!isCap(toks[k])) continue;
      const hit = ctx.lookup(k, j, null);
      if (!hit) continue;
      const en = hit.entry;
      if ((en.type === 'country' && (en.how === 'name' || en.how === 'alias')) || (en.type === 'place' && !en.generated)) ctx.nested.push({ type: 'lex', i: k, j: hit.j, entry: en });
      k = hit.j - 1;
    }
  }
}

/**
 * "Fort Lee Historic Park", "County of Maui": a place the article names on its own, inside the name of a body or of
 * another place, is named there too (as listed places are inside "University of Tokyo"), whether or not a gazetteer
 * knows it.
 */
export function placesInsideNames(ctx: ArticleContext): void {
  const toks = ctx.tokens;
  const text = ctx.doc.text;
  const named = new Map<string, Candidate>();
  const inside = (c: Candidate) => ctx.out.some((o) => o !== c && o.start <= c.start && c.end <= o.end);
  for (const c of ctx.out) {
    // (Not "the State", "the South": a capitalized common word the text used as a name.)
    if ((c.kind !== 'place' && c.kind !== 'country') || c.weak || c.how !== 'name' || c.sector || c.why.startsWith('the +') || inside(c)) continue;
    const words = text.slice(c.start, c.end);
    // (Nor a head, compass or place word on its own: "Palace", "Avenue", "West", "Fort".)
    const one = /\s/.test(words) ? null : words.toLowerCase();
    const head = one !== null && (ctx.lex.heads.has(one) || ctx.lex.heads.has(one.replace(/\.$/, '')) || COMPASS.has(one) || PLACE_PREFIX.has(one));
    if (words.length >= 3 && !head && !named.has(words)) named.set(words, c);
  }
  if (!named.size) return;
  const taken = new Set(ctx.out.map((c) => `${c.start},${c.end}`));
  for (const c of [...ctx.out]) {
    // A body's name, or a place named by its head word ("… Historic Park"); not "Paris, France", "Southern Senegal" or
    // "Mexico City", which name one place.
    const facility = c.kind === 'place' && /^name with head/.test(c.why) && !/ city$/i.test(c.name);
    if ((c.kind !== 'organization' && !facility) || c.weak || text.slice(c.start, c.end).includes(',')) continue;
    const i = ctx.tokenAt(c.start);
    let j = i;
    while (j < toks.length && toks[j].end <= c.end) j++;
    if (j - i < 2) continue;
    for (let k = i; k < j; k++) {
      for (let m = j; m > k; m--) {
        if (k === i && m === j) continue;
        const place = named.get(text.slice(toks[k].start, toks[m - 1].end));
        const key = `${toks[k].start},${toks[m - 1].end}`;
        // (A place already found there is the mention: "Niger Delta" in "Niger Delta Avengers", not "Niger".)
        if (taken.has(key) && m - k >= 2) { k = m - 1; break; }
        // (Nor the place itself by its short name: "Mekong" in "Mekong River".)
        if (!place || taken.has(key) || (c.kind === 'place' && place.name === c.name)) continue;
        ctx.newCandidate(k, m, { kind: place.kind, how: 'name', entry: place.entry, name: place.name, country: place.country, why: 'place named inside a name' });
        taken.add(key);
        k = m - 1;
        break;
      }
    }
  }
}

/**
 * "strikes in Rafah and Khan Younis": an unknown name joined by "and"/"or" to a place after a locative preposition
 * is a place too, whatever its spelling says.
 */
export function placeConjuncts(ctx: ArticleContext): void {
  const toks = ctx.tokens;
  const byEnd = new Map<number, Candidate>();
  for (const c of ctx.out) if (c.kind === 'place' || c.kind === 'country') byEnd.set(c.end, c);
  for (const c of ctx.out) {
    if (c.entry || c.how !== 'name' || c.kind === 'place' || c.kind === 'country' || /^honorific/.test(c.why)) continue;
    const k = ctx.tokenAt(c.start);
    if (k < 3 || !/^(and|or)$/.test(ctx.norms[k - 1]) || toks[k - 1].sentence !== c.sentence) continue;
    const left = byEnd.get(toks[k - 2].end);
    if (!left || left.sentence !== c.sentence) continue;
    let j = k;
    while (j < toks.length && toks[j].end <= c.end) j++;
    if (ctx.personCueAfter(j) || isPossessive(toks[j]?.text ?? '')) continue; // "… and Ivo Marsk said", "Marsk's plan"
    const p = ctx.tokenAt(left.start) - 1;
    if (p < 0 || toks[p].sentence !== c.sentence || !PLACE_PREPS.has(ctx.norms[p])) continue;
    Object.assign(c, { kind: 'place', country: c.country, why: c.why + ', joined to a place' });
  }
}

/**
 * "Brazil's Senate", "the Peruvian Congress", or "Congress" in an article about Peru that never names the United
 * States (and "the Democratic Party" in one about Korea): a seat's or a party's name many states share ("the Senate",
 * "Congress", "General Assembly") is the default state's body only when the text places it nowhere else. Its
 * possessor or country adjective decides, or that of an earlier mention of the name; else the state the article names
 * most, if the default state is named at most a third as often.
 */
export function placeSharedSeats(ctx: ArticleContext): void {
  // Not "United States Senate": a name that says its state already is no default.
  const shared = ctx.out.filter((c) => (c.entry?.type === 'seat' || c.entry?.type === 'org') && c.entry.shared && !c.why.includes('country'));
  if (!shared.length) return;
  const toks = ctx.tokens;
  const { counts, main } = stateCounts(ctx);
  // ("Guatemala's Congress … Today Congress voted": a name the article has placed is that state's body after, too.)
  const placed = new Map<Entry, string>();
  for (const c of shared) {
    const seat = c.entry as Entry & { type: 'seat' | 'org' };
    // The word before the name ("Brazilian Senate") or a possessor before it ("Brazil's Senate").
    let k = ctx.tokenAt(c.start) - 1;
    if (k >= 0 && isPossessive(toks[k].text)) k--;
    const before = k >= 0 && toks[k].sentence === c.sentence ? ctx.lookup(k, k + 1, null) : null;
    const local = before?.entry.type === 'country' ? before.entry.code : null;
    // The article's main state, when the default state is named far less (an embassy in passing).
    // (An IGO's body stays the IGO's wherever the text names the IGO: "the General Assembly of the United Nations".)
    const igoNamed = seat.type === 'org' && seat.sector === 'IGO' && ctx.out.some((o) => o !== c && o.country === seat.country);
    if (local) placed.set(seat, local);
    const country = local ?? placed.get(seat) ?? (main && !igoNamed && (counts.get(main) ?? 0) >= 3 * (counts.get(seat.country ?? '') ?? 0) ? main : null);
    if (country && country !== c.country) {
      // What took the default from it moves too: "Conservative Party candidate Ana Ruiz", "Its floor leader".
      const was = c.country;
      for (const o of ctx.out) {
        if (o === c || o.country !== was) continue;
        const holds = (o.start <= c.start && c.end <= o.end) || (o.start >= c.end && o.sentence === c.sentence && /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.doc.text.slice(c.end, o.start)));
        const owned = o.why.includes('country of the possessor') && o.start > c.end && o.sentence - c.sentence <= 1;
        if (holds || owned) o.country = country;
      }
      c.country = country;
      // (The UN's "General Assembly" placed in a state is that state's legislature.)
      if (c.sector === 'IGO') Object.assign(c, { sector: 'LEG', entry: null, name: ctx.doc.text.slice(c.start, c.end).replace(/^the\s+/i, '') });
      c.why += ', country from the text';
    }
  }
}

/**
 * "the Thai district of Chiang Khong", "the Lao town of Houay Xay": a place named after a demonym and a word for a
 * place is in the demonym's state, and so is every mention of the same name.
 */
export function placesOfDemonyms(ctx: ArticleContext): void {
  const text = ctx.doc.text;
  for (const d of ctx.out) {
    // (The demonym's mention runs on over the word for a place: "Thai district".)
    const word = d.kind === 'country' && d.how === 'demonym' && d.country ? /\s(\p{Ll}+)$/u.exec(text.slice(d.start, d.end))?.[1] : undefined;
    if (!word) continue;
    // (A name its spelling alone made a person's is the place too: "the Thai district of Mae Phon".)
    const unknown = (c: Candidate) => c.kind === 'place' || (c.kind === 'person' && !c.entry && c.how === 'name' && PLACE_OF.has(word));
    const place = ctx.out.find((c) => unknown(c) && c.start > d.end && /^\s+of\s+$/.test(text.slice(d.end, c.start)));
    if (!place || place.country) continue;
    const name = normPhrase(text.slice(place.start, place.end));
    for (const c of ctx.out) {
      if (!unknown(c) || c.country || normPhrase(text.slice(c.start, c.end)) !== name) continue;
      Object.assign(c, { kind: 'place', country: d.country, gender: null, why: `${c.why}, place of a demonym's state` });
    }
  }
}

/** "PORT MORESBY" → "Port Moresby". */
function titleCased(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
}

/**
 * "DOHA (Wire) —", "Kyiv, Ukraine —", "LONDON, Nov 3 (Wire) -": a paragraph that opens with a dateline names where
 * the story was filed, a place and not its government, and the agency in brackets is a news outlet.
 */
export function datelines(ctx: ArticleContext): void {
  const toks = ctx.tokens;
  let paragraph = -1;
  for (const sent of ctx.doc.get('sentences')) {
    if (sent.paragraph === paragraph) continue;
    paragraph = sent.paragraph;
    const dateline = datelineAt(toks, sent);
    if (!dateline) continue;
    const { placeEnd, open, close } = dateline;
    const s = sent.tokenStart;
    // ("BASRA, Iraq, Nov 29": the state after the city is the city's.)
    const state = ctx.out.find((c) => c.start > toks[s].start && c.start < placeEnd && c.kind === 'country' && c.entry?.type === 'country' && c.entry.how === 'name')?.country ?? null;
    for (const c of ctx.out) {
      if (c.start < toks[s].start || c.start >= placeEnd) continue;
      // ("BRUSSELS/LONDON, Oct 8 —": a city that stands for a body is the city, too.)
      const seatCity = c.kind === 'organization' && c.entry?.type !== 'place' && ctx.lex.phrases.get(normPhrase(ctx.doc.text.slice(c.start, c.end)))?.some((x) => x.type === 'place' || (x.type === 'country' && x.how === 'metonym'));
      if ((c.kind === 'country' && c.why.startsWith('capital metonym')) || seatCity) {
        const text = ctx.doc.text.slice(c.start, c.end);
        const city = ctx.lex.phrases.get(normPhrase(text))?.find((x) => x.type === 'place');
        const name = city?.name ?? titleCased(text);
        Object.assign(c, { kind: 'place', how: 'name', entry: city ?? null, name, country: city?.type === 'place' ? city.country ?? c.country : c.country, sector: null, why: 'dateline' });
      } else if (c.kind === 'country' && c.entry?.type === 'country' && c.entry.how === 'name' && c.start === toks[s].start) {
        // ("LUXEMBOURG, Oct 8 —", "SINGAPORE —": a country that is the dateline's place is where, not who.)
        Object.assign(c, { kind: 'place', sector: null, why: 'dateline' });
      } else if (c.kind === 'place') {
        // ("MAPUTO/JOHANNESBURG, Nov 3 —": every city of the dateline is one.)
        c.why = 'dateline';
        c.country ??= state;
        if (!c.entry && !/\p{Ll}/u.test(c.name)) c.name = titleCased(c.name);
      }
    }
    if (open < 0) continue;
    const from = toks[open + 1].start;
    const to = toks[close - 1].end;
    const inside = ctx.out.filter((c) => c.start >= from && c.end <= to);
    if (inside.some((c) => c.entry && c.sector === 'MED')) continue;
    keepCandidates(ctx, (c) => !inside.includes(c));
    // ("(AP)": a listed agency's short name is the agency, so "The Associated Press" later is the same one.)
    const name = ctx.doc.text.slice(from, to);
    const listed = ctx.lex.phrases.get(normPhrase(name))?.find((e) => e.type === 'org' && e.sector === 'MED');
    const agency = listed?.type === 'org' ? { entry: listed, name: listed.name, country: listed.country } : { name };
    ctx.newCandidate(open + 1, close, { kind: 'organization', how: 'name', ...agency, sector: 'MED', why: 'agency in a dateline' });
  }
}
