// Article-level passes over bracketed acronyms: short forms of named bodies, and defined terms that name nothing.
import { keepCandidates, linkShortForms, type ArticleContext, type Candidate } from './article-context.js';
import { namesOf, normPhrase, type Entry, type Lexicon } from './lexicon.js';
import { FUNCTION_WORDS, startsLower } from './match-words.js';
import { spellingResult } from './name-spelling.js';

/** The named body that "the <word>" ending at token k points back to: the last one before it whose name ends in that word. */
function bodyPointedTo(ctx: ArticleContext, k: number): Candidate | undefined {
  if (k < 1 || ctx.norms[k - 1] !== 'the' || !startsLower(ctx.tokens[k].text)) return undefined;
  const head = ctx.norms[k];
  const at = ctx.tokens[k].start;
  let found: Candidate | undefined;
  for (const c of ctx.out) {
    if (c.end <= at && c.kind === 'organization' && c.how === 'name' && !c.weak && normPhrase(c.name).split(' ').at(-1) === head) found = c;
  }
  return found;
}

/**
 * A short form of `width` tokens from token i ("Africa CDC", "PNDS-Tarayya") is `body` there and wherever the same
 * text comes again; candidates inside it give way.
 */
function nameFormEverywhere(ctx: ArticleContext, i: number, width: number, body: Candidate): void {
  const toks = ctx.tokens;
  const form = ctx.doc.text.slice(toks[i].start, toks[i + width - 1].end);
  for (let p = i; p + width - 1 < toks.length; p++) {
    if (toks[p].text !== toks[i].text || ctx.doc.text.slice(toks[p].start, toks[p + width - 1].end) !== form) continue;
    const from = toks[p].start;
    const to = toks[p + width - 1].end;
    keepCandidates(ctx, (c) => !(c.start >= from && c.end <= to));
    Object.assign(ctx.newCandidate(p, p + width, { kind: body.kind, how: 'name', why: '' }), { kind: body.kind, name: body.name, entry: body.entry, country: body.country, sector: body.sector, why: 'short form of a named body' });
  }
}

/**
 * "the Agency for Coastal Safety (ACS)": an acronym in brackets right after a named body is that body, there and
 * everywhere else in the article.
 */
export function linkAcronyms(ctx: ArticleContext): void {
  dropDefinedTerms(ctx);
  mergeDefinedBodies(ctx);
  const defined = new Map<string, Candidate>();
  const byEnd = new Map<number, Candidate>();
  // Only bodies the text names as bodies: a gazetteer entry or a head word ("Agency …"), not "Compact Fluorescent Light".
  // The longest body ending there: "Alternative for Germany (AfD)" is the party, not the country inside its name.
  for (const c of ctx.out) {
    if (c.weak || !(c.kind === 'organization' || c.kind === 'country') || c.how === 'pronoun' || !(c.entry || /^(name with head|name its acronym spells|country \+ movement|listed body's name|capitalized common words)/.test(c.why))) continue;
    const had = byEnd.get(c.end);
    if (!had || c.start < had.start) byEnd.set(c.end, c);
  }
  if (!byEnd.size) return;
  const toks = ctx.tokens;
  // "<body> (<short form>)": any one word in brackets with two capitals ("CRA", "ACPeds", "AfD"; not "(Wire)").
  for (let i = 2; i + 1 < toks.length; i++) {
    if (toks[i - 1].text !== '(' || toks[i + 1].text !== ')' || !/^\p{Lu}[\p{L}\d&-]{1,11}$/u.test(toks[i].text)) continue;
    const body = byEnd.get(toks[i - 2].end);
    if (!body) continue;
    // ("ABIDJAN, Ivory Coast (AP) —": a listed body's acronym after a country's name is that body, a dateline's agency.)
    if (body.kind === 'country' && ctx.lex.phrases.get(toks[i].text.toLowerCase())?.some((x) => x.type === 'org')) continue;
    // ("the Ghana Cocoa Board (Cocobod)", "the Institute for Peace Studies (Indepaz)": a short name with one capital
    // is the body's too, when it is no listed place, country or outlet of its own.)
    // (Not a word the body's name is qualified with: "the Communist Party of India (Marxist)".)
    if (!/^\p{Lu}.*\p{Lu}/u.test(toks[i].text) && (toks[i].text.length < 4 || body.kind !== 'organization' || ctx.lex.phrases.get(toks[i].text.toLowerCase())?.some((x) => x.type !== 'role') || /(ist|ian|an|al|ese)$/.test(toks[i].text) || spellingResult(toks[i].text).scores.other >= 0.4)) continue;
    // "the Free Democrats (FDP)": a listed acronym names the body its unlisted words name.
    // (Its listed names open with the same word: "Free Democratic Party" for "Free Democrats", not "Trades Union
    // Congress" for a "Trade Union Congress (TUC)" abroad.)
    // (Not a body the article has shown to be another state's namesake of the listed one: Malawi's "DPP".)
    const listed = body.entry || body.why.startsWith("listed body's name") ? undefined : ctx.lex.phrases.get(toks[i].text.toLowerCase())?.find((x) => x.type === 'org');
    const opening = ctx.norms[ctx.tokenAt(body.start)];
    if (listed?.type === 'org' && namesOf(ctx.lex, listed).some((n) => n.split(' ')[0] === opening)) {
      Object.assign(body, { entry: listed, country: listed.country, sector: listed.sector ?? body.sector, why: body.why + ', named by a listed acronym' });
    }
    defined.set(toks[i].text, body);
  }
  // ("The Doping Control Authority, known by its Portuguese initials ABCD,", "the Internal Security Service, known as
  // KAPO,": a short form the text gives in words.)
  for (let i = 4; i < toks.length; i++) {
    // (The word before first: most tokens follow none of these.)
    const w = ctx.norms[i - 1];
    if (w !== 'as' && w !== 'initials' && w !== 'acronym' && w !== 'abbreviation') continue;
    if (!/^\p{Lu}[\p{L}\d&-]{1,11}$/u.test(toks[i].text) || !/^\p{Lu}.*\p{Lu}/u.test(toks[i].text)) continue;
    let k = i - 1;
    if (/^(initials|acronym|abbreviation)$/.test(ctx.norms[k])) {
      k--;
      if (/^\p{Lu}/u.test(toks[k].text) || /^(english|local)$/.test(ctx.norms[k])) k--;
      if (ctx.norms[k] !== 'its' || ctx.norms[k - 1] !== 'by') continue;
      k -= 2;
    } else if (ctx.norms[k] === 'as') k--;
    else continue;
    if (ctx.norms[k] !== 'known' || toks[k - 1]?.text !== ',') continue;
    // (Only a body's, and no listed name's: "… and allies led by Russia, known as OPEC+" names no short form of Russia.)
    // ("forced the authority, known by its Spanish initials ACP,": or the body a definite word for one points back to,
    // the last named before it with that word as its head.)
    const body = byEnd.get(toks[k - 2].end) ?? bodyPointedTo(ctx, k - 2);
    if (body?.kind === 'organization' && !defined.has(toks[i].text) && !ctx.lex.phrases.has(toks[i].text.toLowerCase()) && toks[i + 1]?.text !== '+') defined.set(toks[i].text, body);
    else if (!body && w !== 'as' && !ctx.lex.phrases.has(toks[i].text.toLowerCase())) {
      // (With no body to give it, the form is still some body's, and the language named before it is no state's:
      // "known by its Spanish initials ACP" is not Spain's.)
      for (const c of ctx.out) if (c.how === 'name' && !c.entry && c.name === toks[i].text) Object.assign(c, { kind: 'organization', country: null, gender: null, why: 'short form given in words' });
    }
  }
  // "the Centre for Economic Development, Transport and the Environment, known as the ELY Centre,": a name of more than
  // one word the text gives the body it has just named is that body, there and wherever it comes again.
  for (let i = 4; i + 2 < toks.length; i++) {
    if (ctx.norms[i] !== 'the' || ctx.norms[i - 1] !== 'as' || ctx.norms[i - 2] !== 'known' || toks[i - 3].text !== ',') continue;
    const body = byEnd.get(toks[i - 4].end);
    const form = ctx.out.find((c) => c.start === toks[i + 1].start && c.how === 'name' && c.kind === 'organization' && !c.entry);
    if (!body || body.kind !== 'organization' || !form || form.name === body.name) continue;
    const next = ctx.tokenAt(form.end);
    const width = (toks[next].start >= form.end ? next : next + 1) - (i + 1);
    if (width >= 2) nameFormEverywhere(ctx, i + 1, width, body);
  }
  // "the Africa Centres for Disease Control and Prevention (Africa CDC)": a two-word short form is the body too, and
  // its acronym there is not some other body's ("CDC" alone is the American one).
  for (let i = 2; i + 2 < toks.length; i++) {
    if (toks[i - 1].text !== '(' || toks[i + 2].text !== ')' || !/^\p{Lu}\p{L}+$/u.test(toks[i].text) || !/^\p{Lu}{2,6}$/u.test(toks[i + 1].text)) continue;
    const body = byEnd.get(toks[i - 2].end);
    if (!body) continue;
    // Here and wherever the two words come again ("Africa CDC asked for vaccines").
    nameFormEverywhere(ctx, i, 2, body);
  }
  // "the Nigerien Party for Democracy and Socialism (PNDS-Tarayya)": an acronym joined by a hyphen to a word is the
  // body's short form too, there and wherever it comes again.
  for (let i = 2; i + 3 < toks.length; i++) {
    if (toks[i - 1].text !== '(' || toks[i + 3].text !== ')' || toks[i + 1].text !== '-' || toks[i + 1].spaceBefore || toks[i + 2].spaceBefore) continue;
    if (!/^\p{Lu}{2,6}$/u.test(toks[i].text) || !/^\p{Lu}\p{L}+$/u.test(toks[i + 2].text)) continue;
    const body = byEnd.get(toks[i - 2].end);
    if (body) nameFormEverywhere(ctx, i, 3, body);
  }
  // ("the Mekong River Commission … known as the MRC … according to the MRC": an acronym no rule tied to a body, that
  // the initials of one body the article names spell, is that body.)
  const spells = (b: Candidate, letters: string) => {
    let last = ctx.tokenAt(b.end);
    while (last > 0 && toks[last].start >= b.end) last--;
    return expansionStart(ctx, last, letters) === ctx.tokenAt(b.start);
  };
  for (const c of ctx.out) {
    if (c.why !== 'acronym' || c.entry || defined.has(c.name) || ctx.lex.phrases.has(c.name.toLowerCase()) || !/^\p{Lu}{3,6}$/u.test(c.name)) continue;
    const spelled = new Set([...byEnd.values()].filter((b) => b.kind === 'organization' && b.start !== c.start && spells(b, c.name)));
    if (spelled.size === 1) defined.set(c.name, [...spelled][0]);
  }
  if (!defined.size) return;
  // Occurrences no rule picked up ("when ACPeds issued …") are mentions of the body too.
  linkShortForms(ctx, defined, 'short form of a named body');
}

/**
 * "Border Guard Bangladesh (BGB)", "Trade Union Congress (TUC)": capitalized words that the rules read as two names (a
 * body and a country, a body and a seat) but whose initials the bracketed acronym after them spells are one body. Its
 * sector is its first body's; its country the one a country or place inside it names (which stays a mention of its own).
 */
function mergeDefinedBodies(ctx: ArticleContext): void {
  const toks = ctx.tokens;
  for (let i = 2; i + 1 < toks.length; i++) {
    if (toks[i - 1].text !== '(' || toks[i + 1].text !== ')' || !/^\p{Lu}{2,6}$/u.test(toks[i].text)) continue;
    // (Initials in another language, "Brazilian Institute of Environment and Renewable Natural Resources (IBAMA)": the
    // capitalized words joined by "of", "and", "for" before the bracket, where one of them is a body.)
    const spelled = expansionStart(ctx, i - 2, toks[i].text);
    const start = spelled >= 0 ? spelled : joinedRunStart(ctx, i - 2);
    if (start < 0 || !toks.slice(start, i - 1).every((t) => t.text === '-' || FUNCTION_WORDS.has(t.norm) || /^\p{Lu}/u.test(t.text))) continue;
    const from = toks[start].start;
    const to = toks[i - 2].end;
    const inside = ctx.out.filter((c) => c.start >= from && c.end <= to && c.how !== 'pronoun');
    const bodies = inside.filter((c) => c.kind === 'organization');
    // ("Transparency Solomon Islands (TSI)": or a word no rule took, before a country the initials spell too.)
    const aboutState = spelled >= 0 && !bodies.length && inside.some((c) => c.kind === 'country' && c.start > from) && !ctx.out.some((c) => c.start <= from && c.end > from);
    if (!aboutState && !bodies.some((c) => !c.weak && (c.entry || c.why.startsWith('name with head')))) continue;
    // (A named person inside is a person: "Mara Vornstag and Ivo Marsk (MVIM)" is no body.)
    const named = (c: Candidate) => c.kind === 'person' && (!!c.entry || c.how !== 'name' || /^(given name|honorific)/.test(c.why));
    if ((!bodies.length && !aboutState) || inside.some((c) => named(c) || (c.start === from && c.end === to))) continue;
    if (!inside.some((c) => c.end === to) || (inside.length < 2 && !inside.some((c) => c.start > from))) continue;
    const place = inside.find((c) => c.kind === 'country' || c.kind === 'place');
    const demonym = ctx.lex.phrases.get(ctx.norms[start])?.find((x) => x.type === 'country');
    const country = place?.country ?? (demonym?.type === 'country' ? demonym.code : null);
    const parts = inside.filter((c) => c.kind !== 'country' && c.kind !== 'place');
    keepCandidates(ctx, (c) => !parts.includes(c));
    // (A description running into the name ends before it: "agents from the Brazilian Institute …".)
    for (const c of ctx.out) {
      if (c.start >= from || c.end <= from || c.end > to) continue;
      let k = start - 1;
      while (k > 0 && /^(the|a|an|from|of|at|for|with|in)$/.test(ctx.norms[k])) k--;
      if (toks[k].start >= c.start) Object.assign(c, { end: toks[k].end, name: ctx.doc.text.slice(c.start, toks[k].end) });
    }
    ctx.newCandidate(start, i - 1, { kind: 'organization', how: 'name', name: ctx.doc.text.slice(from, to), country, sector: bodies[0]?.sector ?? null, why: 'name its acronym spells' });
  }
}

/**
 * "sea surface drift (SSD)", "a Pump Under Trial (PUT)": an acronym the text defines as the initials of a
 * common-noun phrase, or of a capitalized phrase that names no body, is a term, not an organization.
 */
function dropDefinedTerms(ctx: ArticleContext): void {
  const toks = ctx.tokens;
  const terms = new Map<string, boolean>(); // acronym → whether it overrides gazetteer entries
  for (let i = 2; i + 1 < toks.length; i++) {
    if (toks[i - 1].text !== '(' || toks[i + 1].text !== ')' || !/^\p{Lu}[\p{L}&]{1,7}$/u.test(toks[i].text)) continue;
    const start = expansionStart(ctx, i - 2, toks[i].text.replace(/[^\p{Lu}]/gu, ''));
    if (start < 0) continue;
    const from = toks[start].start;
    const to = toks[i - 2].end;
    // A phrase written in lower case, or a capitalized one no rule takes for a name ("Open Harbour Records").
    const named = ctx.out.some((c) => !c.weak && c.start <= from && to <= c.end && c.end - c.start > toks[i].text.length);
    // A lower-case definition outweighs a gazetteer's acronym too ("automatic fare payment (AFP)").
    if (named) continue;
    if (startsLower(toks[start].text)) terms.set(toks[i].text, true);
    else if (!ctx.out.some((c) => c.start < to && from < c.end && !c.weak)) terms.set(toks[i].text, false);
  }
  if (!terms.size) return;
  keepCandidates(ctx, (c) => {
    const overrides = c.how === 'name' ? terms.get(ctx.doc.text.slice(c.start, c.end)) : undefined;
    return overrides === undefined || (!overrides && !!c.entry);
  });
}

/**
 * The first token of the capitalized words before token `last` (inclusive), joined by "of", "and", "for", "the", at
 * most ten tokens back, or -1 when there is no connector inside (one plain run is the rules' own business).
 */
function joinedRunStart(ctx: ArticleContext, last: number): number {
  const toks = ctx.tokens;
  let k = last;
  let joined = false;
  while (k - 1 >= 0 && last - (k - 1) < 10 && toks[k - 1].sentence === toks[last].sentence) {
    const t = toks[k - 1];
    if (/^\p{Lu}/u.test(t.text)) { k--; continue; }
    if (/^(of|and|for|the)$/.test(t.norm) && k - 2 >= 0 && /^\p{Lu}/u.test(toks[k - 2].text)) { joined = true; k--; continue; }
    break;
  }
  while (k < last && (!/^\p{Lu}/u.test(toks[k].text) || /^(the|a|an)$/.test(ctx.norms[k]))) k++;
  return joined && /^\p{Lu}/u.test(toks[last].text) ? k : -1;
}

/** The first token of the words before token `last` (inclusive) whose initials spell `letters`, or -1. */
function expansionStart(ctx: ArticleContext, last: number, letters: string): number {
  const toks = ctx.tokens;
  let p = letters.length - 1;
  for (let k = last; k >= 0 && k > last - 3 * letters.length - 2 && toks[k].sentence === toks[last].sentence; k--) {
    const t = toks[k];
    if (t.text === '-') continue;
    const initial = t.text[0].toUpperCase();
    if (initial === letters[p]) {
      if (--p < 0) return k;
    } else if (!FUNCTION_WORDS.has(t.norm) || k === last) return -1;
  }
  return -1;
}
