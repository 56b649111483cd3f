// The officeholder gazetteer (data/actors/people.tsv): rows validate, terms are consistent, and dated roles resolve actors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, dataPath, readJsonData, readTsvData, type Actor } from '../../src/core/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { actorsStage } from '../../src/actors/index.js';
import { builtinLexicon } from '../../src/actors/lexicon.js';

interface Row {
  readonly line: number;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country: string;
  readonly title: string;
  readonly sector: string;
  readonly from: string;
  readonly to: string;
}

const rows: Row[] = readTsvData(dataPath('actors', 'people.tsv')).map((f, i) => ({
  line: i + 1,
  name: f[0]?.trim() ?? '',
  aliases: (f[1] ?? '').split(',').map((a) => a.trim()).filter(Boolean),
  country: f[2]?.trim() ?? '',
  title: f[3]?.trim() ?? '',
  sector: f[4]?.trim() ?? '',
  from: f[5]?.trim() ?? '',
  to: f[6]?.trim() ?? '',
}));

/** Country codes the actors stage knows: ISO countries (with XKX Kosovo) and the codes of igos.json (UN, NATO, IMG …). */
function knownCodes(): Set<string> {
  const codes = new Set<string>();
  for (const c of readJsonData(dataPath('actors', 'countries.json')) as { code: string }[]) codes.add(c.code);
  for (const o of readJsonData(dataPath('actors', 'igos.json')) as { code: string }[]) codes.add(o.code);
  return codes;
}

/** Sectors a role in this file may carry (CAMEO-style, as in roles.tsv). */
const SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'DIP', 'SPY', 'COP', 'REB', 'OPP', 'PTY', 'IGO', 'REL', 'UAF']);

/** A calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists. */
function validDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo = 1, d = 1] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2030;
}

test('people.tsv: loads through the lexicon and lists every person under one spelling', () => {
  const lex = builtinLexicon();
  const listed = new Set<string>();
  for (const list of lex.surnames.values()) for (const e of list) if (e.type === 'person') listed.add(e.name);
  const names = new Set(rows.map((r) => r.name));
  assert.ok(names.size >= 1500, `expected a broad gazetteer, got ${names.size} people`);
  for (const n of names) assert.ok(listed.has(n), `${n} is not in the lexicon`);
  // The same person under two spellings ("Erdogan" / "Erdoğan") would split their roles.
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[-\s.]+/g, ' ').trim();
  const byFold = new Map<string, string>();
  for (const n of names) {
    const prior = byFold.get(fold(n));
    assert.ok(!prior || prior === n, `"${n}" and "${prior}" look like one person under two spellings`);
    byFold.set(fold(n), n);
  }
});

test('people.tsv: every row has a known country, a role sector, a title and valid dates in order', () => {
  const codes = knownCodes();
  for (const r of rows) {
    const at = `row ${r.line} (${r.name})`;
    assert.ok(r.name && r.title, `${at}: name and title are required`);
    assert.ok(codes.has(r.country), `${at}: unknown country or IGO code "${r.country}"`);
    assert.ok(SECTORS.has(r.sector), `${at}: unexpected sector "${r.sector}"`);
    for (const d of [r.from, r.to]) assert.ok(d === '' || validDate(d), `${at}: bad date "${d}"`);
    if (r.from && r.to) assert.ok(r.from <= r.to, `${at}: from ${r.from} is after to ${r.to}`);
  }
});

test('people.tsv: no person holds the same title in the same country twice at once, and aliases name one person', () => {
  const terms = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.name}\t${r.country}\t${r.title}`;
    terms.set(key, [...(terms.get(key) ?? []), r]);
  }
  for (const list of terms.values()) {
    const sorted = [...list].sort((a, b) => (a.from || '0000').localeCompare(b.from || '0000'));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      assert.ok((prev.to || '9999') <= (cur.from || '0000'), `${cur.name}: ${cur.title} (${cur.country}) rows ${prev.line} and ${cur.line} overlap`);
    }
  }
  const owner = new Map<string, string>();
  for (const r of rows) {
    for (const a of [r.name, ...r.aliases]) {
      const k = a.toLowerCase();
      assert.ok(!owner.has(k) || owner.get(k) === r.name, `"${a}" names both ${owner.get(k)} and ${r.name}`);
      owner.set(k, r.name);
    }
  }
});

function actorsOn(text: string, published: string): readonly Actor[] {
  const doc = new Doc({ id: 't', url: null, source: null, title: null, byline: null, published, text }, { referenceDate: published });
  nlpStage.run(doc);
  actorsStage.run(doc);
  return doc.get('actors');
}

function byMention(actors: readonly Actor[], words: string): Actor {
  const a = actors.find((x) => x.mentions.some((m) => m.text === words));
  assert.ok(a, `no actor has the mention "${words}"; got ${JSON.stringify(actors.map((x) => x.mentions.map((m) => m.text)))}`);
  return a;
}

const dated: [what: string, text: string, date: string, mention: string, expect: Partial<Pick<Actor, 'name' | 'country' | 'sector'>>][] = [
  ['a head of government by surname, inside the term', 'Ardern said the new rules would start in March.', '2019-05-02', 'Ardern', { name: 'Jacinda Ardern', country: 'NZL', sector: 'GOV' }],
  ['the same surname after the term', 'Ardern said the new rules would start in March.', '2024-05-02', 'Ardern', { name: 'Jacinda Ardern', country: 'NZL', sector: 'ELI' }],
  ['a head of state by surname', 'Tebboune said the border would stay closed.', '2021-03-10', 'Tebboune', { name: 'Abdelmadjid Tebboune', country: 'DZA', sector: 'GOV' }],
  ['a foreign minister by surname', 'Lavrov met Wang Yi in the afternoon.', '2019-06-11', 'Lavrov', { country: 'RUS', sector: 'GOV' }],
  ['a defence minister', 'Boris Pistorius visited the troops on Tuesday.', '2023-06-06', 'Boris Pistorius', { country: 'DEU', sector: 'MIL' }],
  ['an IGO head', 'Stoltenberg said the alliance would respond.', '2016-04-05', 'Stoltenberg', { name: 'Jens Stoltenberg', country: 'NATO', sector: 'IGO' }],
  ['the same person in an earlier national role', 'Stoltenberg said the budget would pass.', '2008-04-05', 'Stoltenberg', { name: 'Jens Stoltenberg', country: 'NOR', sector: 'GOV' }],
  ['an armed-group leader', 'Sinwar said the fighters were ready.', '2019-09-01', 'Sinwar', { name: 'Yahya Sinwar', country: 'PSE', sector: 'REB' }],
  ['a rebel leader who became president', 'Ahmed al-Sharaa met the envoys in the capital.', '2025-06-01', 'Ahmed al-Sharaa', { country: 'SYR', sector: 'GOV' }],
  ['the same man named by his old nom de guerre before', 'Abu Mohammed al-Jolani addressed his fighters.', '2020-02-01', 'Abu Mohammed al-Jolani', { name: 'Ahmed al-Sharaa', country: 'SYR', sector: 'REB' }],
  ['an intelligence chief', 'Bortnikov said the plot had been foiled.', '2019-08-01', 'Bortnikov', { name: 'Alexander Bortnikov', country: 'RUS', sector: 'SPY' }],
  ['a press spelling with diacritics', 'Kyriakos Mitsotakis and Recep Tayyip Erdoğan spoke by phone.', '2020-08-15', 'Recep Tayyip Erdoğan', { name: 'Recep Tayyip Erdogan', country: 'TUR', sector: 'GOV' }],
];

for (const [what, text, date, mention, expect] of dated) {
  test(`people.tsv via the actors stage: ${what}`, () => {
    const a = byMention(actorsOn(text, date), mention);
    assert.equal(a.kind, 'person');
    for (const [k, v] of Object.entries(expect)) assert.equal(a[k as keyof Actor], v, `${k} of "${mention}" on ${date}`);
  });
}

test('people.tsv via the actors stage: a definite title with no antecedent is the holder on the date, not a later one', () => {
  const a = byMention(actorsOn('The Greek prime minister said the talks would resume.', '2016-03-01'), 'The Greek prime minister');
  assert.equal(a.name, 'Alexis Tsipras');
  const b = byMention(actorsOn('The Kenyan president said the talks would resume.', '2010-03-01'), 'The Kenyan president');
  assert.equal(b.name, 'Mwai Kibaki');
});

test('people.tsv via the actors stage: a surname shared by two officeholders at once is not guessed', () => {
  // Mahinda (prime minister) and Gotabaya (president) Rajapaksa were both in office in 2021.
  const names = actorsOn('Rajapaksa said the island would reopen to tourists.', '2021-02-01').map((x) => x.name);
  assert.ok(!names.includes('Mahinda Rajapaksa') && !names.includes('Gotabaya Rajapaksa'), `picked one: ${JSON.stringify(names)}`);
  // In 2004 only Mahinda held office (Gotabaya's first post came a year later).
  const b = byMention(actorsOn('Rajapaksa said the island would reopen to tourists.', '2004-08-01'), 'Rajapaksa');
  assert.equal(b.name, 'Mahinda Rajapaksa');
  assert.equal(b.sector, 'GOV');
});
