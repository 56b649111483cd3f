// Builds countries.json from the installed ISO country packages plus the curated country-extras.tsv.
// Run: node data/actors/build-countries.mjs  (writes data/actors/countries.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries');
const { countries } = require('countries-list');
const here = dirname(fileURLToPath(import.meta.url));

const extras = new Map();
for (const line of readFileSync(join(here, 'country-extras.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [code, demonyms = '', aliases = '', metonyms = ''] = line.split('\t');
  const list = (s) => s.split(',').map((x) => x.trim()).filter(Boolean);
  extras.set(code, { demonyms: list(demonyms), aliases: list(aliases), metonyms: list(metonyms) });
}

const names = iso.getNames('en', { select: 'all' });
const count = new Map();
for (const list of Object.values(names)) for (const n of list) count.set(n, (count.get(n) ?? 0) + 1);

// Capitals whose name is first of all a person's name or a bigger place elsewhere ("Victoria said", "Hamilton, Ontario"):
// they do not stand for a government here. Curated extras can still add them.
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Hamilton', 'Douglas', 'Plymouth', 'Stanley', 'The Valley', 'Kingston', 'Georgetown', 'Jamestown', 'Charlotte Amalie', 'Road Town', 'West Island', 'Flying Fish Cove', 'Adamstown', 'Alofi', 'Avarua', 'King Edward Point', 'Marigot', 'Gustavia', 'Philipsburg', 'Cockburn Town', 'Saint-Pierre', 'Mata-Utu', 'Nassau', 'San Juan', 'Moroni', 'Male']);

const out = [];
for (const [a2, list] of Object.entries(names)) {
  // Kosovo has no ISO code; XKX is the user-assigned code in common use (EU, IMF, GeoNames).
  const code = a2 === 'XK' ? 'XKX' : iso.alpha2ToAlpha3(a2);
  if (!code) continue;
  const cl = countries[a2];
  const name = (cl?.name ?? list[list.length - 1]).replace(/^The /, '');
  const ex = extras.get(code) ?? { demonyms: [], aliases: [], metonyms: [] };
  const aliases = new Set();
  for (const n of [...list, ...ex.aliases]) {
    if (/[,()]/.test(n) || count.get(n) > 1 || n === name) continue;
    aliases.add(n.replace(/^the /, ''));
  }
  const capital = cl?.capital && !/[,()]/.test(cl.capital) && !AMBIGUOUS_CAPITALS.has(cl.capital) ? [cl.capital] : [];
  const metonyms = [...new Set([...ex.metonyms, ...capital])].filter((m) => m !== name);
  // A bare name the ISO lists give to more than one state ("Congo") names neither alone; the article decides.
  const shared = list.filter((n) => count.get(n) > 1);
  out.push({ code, iso2: a2, name, aliases: [...aliases].sort(), demonyms: ex.demonyms, metonyms, shared });
}
out.sort((a, b) => a.code.localeCompare(b.code));
writeFileSync(join(here, 'countries.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`countries.json: ${out.length} countries, ${extras.size} curated extras`);
