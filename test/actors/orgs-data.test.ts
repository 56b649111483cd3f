// Organization gazetteers (media.tsv, companies.tsv, igos.json): they load, stay unambiguous, and type names in text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, dataPath, readJsonData, readTsvData, type Actor } from '../../src/core/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { actorsStage } from '../../src/actors/index.js';
import { builtinLexicon, normPhrase, type Entry } from '../../src/actors/lexicon.js';

type Org = Entry & { type: 'org' };
const ORG_SOURCES = new Set(['igos', 'companies', 'media']);

/** Every name and alias of the three organization files, with the file it comes from. */
function orgRows(): { file: string; name: string; phrases: string[] }[] {
  const rows: { file: string; name: string; phrases: string[] }[] = [];
  const split = (s: string | undefined) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  for (const file of ['media.tsv', 'companies.tsv']) {
    for (const r of readTsvData(dataPath('actors', file))) rows.push({ file, name: r[0].trim(), phrases: [r[0].trim(), ...split(r[1])] });
  }
  for (const o of readJsonData(dataPath('actors', 'igos.json')) as { name: string; aliases: string[] }[]) {
    rows.push({ file: 'igos.json', name: o.name, phrases: [o.name, ...o.aliases] });
  }
  return rows;
}

function orgsAt(key: string): Org[] {
  const lex = builtinLexicon().build();
  return (lex.phrases.get(key) ?? []).filter((e): e is Org => e.type === 'org' && ORG_SOURCES.has(e.source));
}

test('orgs data: every name and alias of the organization files resolves to an organization', () => {
  const rows = orgRows();
  assert.ok(rows.length > 1500, `expected well over 1500 organizations, got ${rows.length}`);
  const missing: string[] = [];
  for (const row of rows) {
    for (const p of row.phrases) if (!orgsAt(normPhrase(p)).some((e) => e.name === row.name)) missing.push(`${row.file}: ${p}`);
  }
  assert.deepEqual(missing, []);
});

test('orgs data: sectors and countries are well formed', () => {
  const lex = builtinLexicon().build();
  const sectors = new Set<string>();
  for (const list of lex.phrases.values()) {
    for (const e of list) {
      if (e.type !== 'org' || !ORG_SOURCES.has(e.source)) continue;
      assert.match(e.sector ?? '', /^[A-Z]{2,4}$/, `sector of ${e.name}`);
      if (e.country !== null) assert.match(e.country, /^[A-Z][A-Z0-9]{1,5}$/, `country of ${e.name}`);
      sectors.add(e.sector!);
    }
  }
  for (const s of ['BUS', 'EDU', 'NGO', 'SPT', 'MED', 'IGO', 'PTY', 'REB', 'GOV', 'MIL', 'SPY', 'JUD']) assert.ok(sectors.has(s), `some organization has sector ${s}`);
});

/** Phrases knowingly shared by two organizations of different countries (none today); printed when the test runs. */
const SHARED_ALLOWED = new Set<string>([]);

test('orgs data: no phrase names two organizations of different countries unless allowed', () => {
  const lex = builtinLexicon().build();
  const clashes: string[] = [];
  for (const [key, list] of lex.phrases) {
    const orgs = list.filter((e): e is Org => e.type === 'org' && ORG_SOURCES.has(e.source));
    const countries = new Set(orgs.map((e) => e.country));
    if (new Set(orgs.map((e) => e.name)).size > 1 && countries.size > 1) {
      if (SHARED_ALLOWED.has(key)) console.log(`shared on purpose: "${key}" → ${orgs.map((e) => `${e.name} (${e.country})`).join(', ')}`);
      else clashes.push(`${key}: ${orgs.map((e) => `${e.name} (${e.country})`).join(', ')}`);
    }
  }
  assert.deepEqual(clashes, []);
});

/** One-word names that are also a listed city or place, kept because the organization is what news means by them ("the Amazon" is the forest by a rule of its own). */
const CITY_NAMES_ALLOWED = new Set(['toyota', 'hitachi', 'carrefour', 'morena', 'itu', 'brussels', 'amazon']);

test('orgs data: no organization takes a country, demonym, capital or listed city name alone', () => {
  const countryWords = new Set<string>();
  for (const c of readJsonData(dataPath('actors', 'countries.json')) as { name: string; aliases: string[]; demonyms: string[]; metonyms: string[] }[]) {
    for (const w of [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms]) countryWords.add(normPhrase(w));
  }
  const cities = new Set(readTsvData(dataPath('actors', 'cities.tsv')).map((r) => normPhrase(r[0])));
  const places = new Set(readTsvData(dataPath('actors', 'places.tsv')).map((r) => normPhrase(r[0])));
  const bad: string[] = [];
  for (const row of orgRows()) {
    if (row.file === 'igos.json' && row.name === 'European Union') continue; // "Brussels" for the EU predates this file's review
    for (const p of row.phrases) {
      const key = normPhrase(p);
      if (CITY_NAMES_ALLOWED.has(key)) continue;
      if (countryWords.has(key) || places.has(key) || (!key.includes(' ') && cities.has(key))) bad.push(`${row.file}: ${p}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('orgs data: short aliases are written in capitals, so they can match at all', () => {
  // The matcher takes a phrase of three letters or fewer only as written in capitals ("WHO", not "Who").
  const dead: string[] = [];
  for (const row of orgRows()) {
    for (const p of row.phrases) {
      const letters = p.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 3 && letters !== letters.toUpperCase()) dead.push(`${row.file}: ${p}`);
    }
  }
  assert.deepEqual(dead, []);
});

function actorsOf(text: string): readonly Actor[] {
  const doc = new Doc({ id: 't', url: null, source: null, title: null, byline: null, published: null, text }, { referenceDate: null });
  nlpStage.run(doc);
  actorsStage.run(doc);
  return doc.get('actors');
}

function byMention(actors: readonly Actor[], words: string): Actor | undefined {
  return actors.find((a) => a.mentions.some((m) => m.text === words));
}

const spots: [text: string, mention: string, name: string, country: string, sector: string][] = [
  ['Analysts at Goldman Sachs said the merger would stall.', 'Goldman Sachs', 'Goldman Sachs', 'USA', 'BUS'],
  ['Yale researchers found the drug slowed the disease.', 'Yale', 'Yale University', 'USA', 'EDU'],
  ['The Red Sox beat the Orioles on Sunday night.', 'Red Sox', 'Boston Red Sox', 'USA', 'SPT'],
  ['Tomas Vell, a director at Pixar, praised the film.', 'Pixar', 'Pixar', 'USA', 'BUS'],
  ['Elsevier retracted the paper after Dr. Ana Mirsk complained.', 'Elsevier', 'Elsevier', 'NLD', 'BUS'],
  ['Borussia Dortmund signed the striker for a record fee.', 'Borussia Dortmund', 'Borussia Dortmund', 'DEU', 'SPT'],
  ['Kommersant reported that the talks had collapsed.', 'Kommersant', 'Kommersant', 'RUS', 'MED'],
  ['According to Yonhap, the launch failed.', 'Yonhap', 'Yonhap', 'KOR', 'MED'],
  ['The Bharatiya Janata Party won the state election.', 'Bharatiya Janata Party', 'Bharatiya Janata Party', 'IND', 'PTY'],
  ['The Federal Reserve held interest rates steady.', 'Federal Reserve', 'Federal Reserve', 'USA', 'GOV'],
  ['Fighters from the Syrian Democratic Forces took the village.', 'Syrian Democratic Forces', 'Syrian Democratic Forces', 'SYR', 'REB'],
  ['UNRWA said its schools were full.', 'UNRWA', 'UNRWA', 'UN', 'IGO'],
  ['Mercy Corps said the convoy was hit.', 'Mercy Corps', 'Mercy Corps', 'NGO', 'NGO'],
  ['Officials at the Centers for Disease Control and Prevention urged caution.', 'Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention', 'USA', 'GOV'],
];

for (const [text, mention, name, country, sector] of spots) {
  test(`orgs data: "${mention}" in "${text}"`, () => {
    const a = byMention(actorsOf(text), mention);
    assert.ok(a, `no actor has the mention "${mention}"`);
    assert.equal(a.kind, 'organization');
    assert.equal(a.name, name);
    assert.equal(a.country, country);
    assert.equal(a.sector, sector);
  });
}

test('orgs data: lower-case common words and a city named like a club stay what they are', () => {
  const actors = actorsOf('The farmer stored an arsenal of tools and an apple crate. Later she flew to Liverpool and met Lena Brandt.');
  assert.equal(actors.some((a) => a.kind === 'organization'), false, JSON.stringify(actors.map((a) => [a.name, a.kind])));
  const city = byMention(actors, 'Liverpool');
  assert.ok(city, 'Liverpool is found');
  assert.equal(city.kind, 'place');
});
