// People described by where they work: "Lerato Vell, an analyst at Nedbank", "X, head of research at Tarrow Capital".
import { lowerBound, type Actor, type Doc, type Span, type Token } from '../core/index.js';
import { BUSINESS_OFFICES, FUNCTION_WORDS, UNPLACED_CODES } from './match-words.js';

/** Trades whose own default sector gives way to the employer's: an analyst at a bank is in business. */
const TRADES = /^(?:Chief |Senior |Lead )?(?:Analyst|Economist|Strategist|Researcher|Trader|Banker|Consultant)$/;

/**
 * Offices any body has, whose default sector (a president's, a spokesman's: the state's or an IGO's) gives way to the
 * sector of a body outside the state: the president of a sports federation is in sport.
 */
const OFFICES = /^(?:Vice |Deputy |Executive |Managing |General )?(?:President|Director|Spokes(?:man|woman|person)|Chair(?:man|woman|person)?|Secretary-General|General Secretary|Head|Treasurer)$/;

/** Titles whose default sector is business (the offices only a business has, and its founders), which give way to the
 * sector of the body they are held in. */
const businessTitle = (title: string | null): boolean => !!title && (BUSINESS_OFFICES.has(title.toLowerCase()) || /^(?:co-)?founder$|^chief operating officer$/i.test(title));

/** The words between a person and the body that is theirs: ", whose Slovak National Party is …". */
const WHOSE = /^\s*,\s*whose\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Verbs of a relative clause that puts someone at the head of a body: "who heads", "who leads", "who chairs". */
const LEADS = /^(?:leads|heads|chairs|runs|directs|manages|founded|co-founded)$/;

/** The words before an employer's name: "at", "with", "of" or "for", then "the", a place's "-based", trade words. */
const PREPOSITION = /^(?:at|with|of|for)$/;

/** A body's mention. */
interface Placed {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
}

/**
 * A person with no country or no sector takes them from the body they are said to work at: one that owns the office a
 * mention opens with ("the company's managing director", "Its secretary general"), or one named right after a
 * mention in the same sentence: "Lerato Vell, an analyst at Nedbank" (after the appositive's role), "Tunde Ade, head
 * of research at Chapel Capital" (after the name and a describing phrase), "an economist at Accra-based Databank
 * Group"; an employer of no known country leaves the person where it is ("at Nedbank in Johannesburg"). The words
 * between name no one else and hold no verb. A trade's default sector (an analyst's) gives way to the employer's, or
 * to business when the employer is a body of unknown sector; so does an office's state default (see OFFICES).
 *
 * Cost: one sorted list of body mentions, then a binary search per person mention.
 */
export function inferEmployers(actors: readonly Actor[], doc: Doc): Actor[] {
  const bodies = actors
    .filter((a) => a.kind === 'organization')
    .flatMap((a) => a.mentions.filter((m) => m.how !== 'pronoun').map((m) => ({ actor: a, start: m.start, end: m.end })))
    .sort((x, y) => x.start - y.start);
  if (!bodies.length) return [...actors];
  // Places and countries by where their mentions start: "at Nedbank in Johannesburg" places the analyst.
  const places = actors
    .filter((a) => (a.kind === 'place' || a.kind === 'country') && a.country)
    .flatMap((a) => a.mentions.map((m) => ({ actor: a, start: m.start })))
    .sort((x, y) => x.start - y.start);
  const placeAfter = (end: number): string | null => {
    const next = places[lowerBound(places, end, (p) => p.start)];
    return next && /^\s+in\s+$/.test(doc.text.slice(end, next.start)) ? next.actor.country : null;
  };
  const text = doc.text;
  // "Lerato Vell, an analyst at Nedbank": the body named right after the mention, with words of work between.
  const employerAfter = (m: Span): Placed | null => {
    const body = bodies[lowerBound(bodies, m.end, (b) => b.start)];
    if (!body || body.start - m.end > 90 || doc.sentenceAt(body.start) !== doc.sentenceAt(m.start)) return null;
    // ("Andrej Vell, whose Slovak National Party is a junior partner,": the body that is theirs.)
    if (WHOSE.test(text.slice(m.end, body.start))) return body;
    return worksAt(doc.tokensIn({ start: m.end, end: body.start }), text.slice(m.end, body.start)) ? body : null;
  };
  // "Tarrow Bank's chief executive", "the company's managing director", "Its secretary general", "A Tarrow Bank
  // spokesman": the body that owns the office the mention opens with. "Its" is the last body named before it in its sentence, if any.
  const ownerOf = (m: Span): Placed | null => {
    const words = text.slice(m.start, m.end);
    if (/^(?:its|their)\s/i.test(words)) {
      const i = lowerBound(bodies, m.start, (b) => b.start);
      const sentence = doc.sentenceAt(m.start);
      if (bodies[i - 1] && doc.sentenceAt(bodies[i - 1].start) === sentence) return bodies[i - 1];
      // (Else the subject of the sentence before, the first body it names: "X, a charity close to the Church of Norway,
      // had campaigned … Its policy director" is X's.)
      let k = i - 1;
      while (k > 0 && doc.sentenceAt(bodies[k - 1].start) === sentence - 1) k--;
      return bodies[k] && doc.sentenceAt(bodies[k].start) === sentence - 1 ? bodies[k] : null;
    }
    const own = bodies[lowerBound(bodies, m.start, (b) => b.start)];
    if (own && own.start === m.start && own.end < m.end && /^['’]s?\s/.test(text.slice(own.end, m.end))) return own;
    // ("A Helvion spokesman", "an Ostara official": a body named inside, between the article and the words of a role.)
    return own && own.end < m.end && /^(?:an?|the)\s+$/i.test(text.slice(m.start, own.start)) && /^(?:\s+[\p{Ll}-]+){1,2}$/u.test(text.slice(own.end, m.end)) ? own : null;
  };
  // "Fund spokesperson Julie Kozack", "Velmar Bank chief executive Ana Ruiz": a body named right before the words of a
  // title is whom the title is held at.
  const ownerBefore = (m: Span): Placed | null => {
    const body = bodies[lowerBound(bodies, m.start, (b) => b.start) - 1];
    if (!body || body.end > m.start || doc.sentenceAt(body.start) !== doc.sentenceAt(m.start)) return null;
    const between = text.slice(body.end, m.start);
    return /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(between) && !between.trim().split(/\s+/).some((w) => FUNCTION_WORDS.has(w)) ? body : null;
  };
  return actors.map((a) => {
    if (a.kind !== 'person') return a;
    const trade = TRADES.test(a.title ?? '');
    const office = OFFICES.test(a.title ?? '');
    const business = a.sector === 'BUS' && businessTitle(a.title);
    if (a.country && a.sector && !trade && !office && !business) return a;
    for (const m of a.mentions) {
      if (m.how === 'pronoun') continue;
      const titled = office || trade ? ownerBefore(m) : null;
      const body = ownerOf(m) ?? titled ?? employerAfter(m);
      if (!body || body.actor === a) continue;
      const employer = body.actor;
      // (An IGO's code or a movement's, "NGO", places no one.)
      const own = employer.sector === 'IGO' || UNPLACED_CODES.has(employer.country ?? '') ? null : employer.country;
      // (A body that is theirs fills in only what they lack: "President X, whose party holds few seats," stays in office.)
      if (body.start >= m.end && WHOSE.test(text.slice(m.end, body.start))) return a.country && a.sector ? a : { ...a, country: a.country ?? own, sector: a.sector ?? employer.sector };
      const stateDefault = office && (a.sector === 'GOV' || a.sector === 'IGO') && !!employer.sector && employer.sector !== 'GOV' && employer.sector !== 'IGO';
      // (So does a business title's: the chief executive of an anti-doping agency, the founder of a rights group.)
      const businessDefault = business && !!employer.sector && employer.sector !== 'BUS';
      // (A body right before the title is the title's own: its sector stands over whatever the title gave.)
      const sector = body === titled && employer.sector ? employer.sector : trade ? (employer.sector ?? 'BUS') : stateDefault || businessDefault ? employer.sector : a.sector ?? employer.sector;
      const country = a.country ?? own ?? placeAfter(body.end);
      if (sector === a.sector && country === a.country) return a;
      return { ...a, sector, country };
    }
    return a;
  });
}

/**
 * Whether the words between a person's mention and a body's say the person works there: an optional describing
 * phrase after a comma (", head of research", ", a trade lawyer"), then "at"/"with"/"of"/"for", "the", a place's
 * "-based" and trade words ("law firm") — and nothing else, no verb, no second comma.
 */
function worksAt(tokens: readonly Token[], between: string): boolean {
  if (!tokens.length || /["“”();:]/.test(between)) return false;
  // (", who heads a local fishermen's union", ", who leads the dockers' section of the ABVV": a relative clause that
  // says the person leads what follows.)
  const leads = tokens.length > 2 && tokens[0].text === ',' && tokens[1].norm === 'who' && LEADS.test(tokens[2].norm);
  const from = leads ? 3 : 0;
  let p = tokens.length - 1;
  while (p >= from && !PREPOSITION.test(tokens[p].norm)) p--;
  if (p < from) {
    if (!leads) return false;
    p = from - 1;
  }
  // Before the preposition: nothing, or a describing phrase after a comma.
  else if (p > 0) {
    if (tokens[0].text !== ',' || p === 1) return false;
    for (const t of tokens.slice(from || 1, p)) if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.norm === 'who') return false;
  }
  // After it: "the", a place's "-based" ("Kuala Lumpur-based"), lower-case trade words ("law firm").
  for (let k = p + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.norm === 'the' || t.text === '-' || t.norm === 'based' || t.norm === 'headquartered') continue;
    if (leads && (t.norm === 'a' || t.norm === 'an' || /^['’]s?$/.test(t.text))) continue;
    if (/^\p{Lu}/u.test(t.text) && (tokens[k + 1]?.text === '-' || (tokens[k + 1] && /^\p{Lu}/u.test(tokens[k + 1].text)))) continue;
    if (/^\p{Ll}/u.test(t.text) && (t.pos === 'NOUN' || t.pos === 'ADJ')) continue;
    return false;
  }
  return true;
}
