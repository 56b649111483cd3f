// The registry's matching rule on hand-built lookups: names, surnames, countries, and conservative conflicts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aliasesOf, isDescription, matchRegistry, normalizeName } from '../../src/store/registry.js';
import type { RegistryEntry, RegistryLookup } from '../../src/store/registry.js';

describe('registry: name normalization', () => {
  const cases: [string, string][] = [
    ['President Xi Jinping', 'xi jinping'],
    ['Mr. Lee', 'lee'],
    ['Foreign Minister Ivo Marek', 'ivo marek'],
    ['Zelenskyy’s', 'zelenskyy'],
    ['José  Álvarez', 'jose alvarez'],
    ['the Kremlin', 'the kremlin'],
    ['U.S.', 'us'],
    ['the U.S. Commerce Department', 'the us commerce department'],
  ];
  for (const [name, norm] of cases) it(`${name} → ${norm}`, () => assert.equal(normalizeName(name), norm));
});

describe('registry: descriptions stay out', () => {
  const cases: [string, boolean][] = [['officials', true], ['two officials familiar with the discussions', true], ['the government', true], ['Chinese officials', false], ['China', false], ['Analysts', false]];
  for (const [name, desc] of cases) it(`${name} → ${desc ? 'description' : 'name'}`, () => assert.equal(isDescription(name), desc));
});

type Actor = Parameters<typeof matchRegistry>[0];
const person = (name: string, country: string | null = null, sector: string | null = null): Actor => ({
  id: 'a1', name, kind: 'person', country, sector, title: null, mentions: [],
});

function lookup(entries: (RegistryEntry & { names?: string[]; surnames?: string[] })[]): RegistryLookup {
  return {
    byAlias: (norm, strength) => entries.filter((e) => (strength === 'name' ? e.names : e.surnames)?.includes(norm)),
    exists: (id) => entries.some((e) => e.id === id),
  };
}

describe('registry: matching', () => {
  const xi = { id: 'person:xi-jinping', kind: 'person' as const, country: 'CHN', sector: 'GOV', articles: 3, names: ['xi jinping'], surnames: ['xi'] };
  const leeKor = { id: 'person:lee', kind: 'person' as const, country: 'KOR', sector: 'BUS', articles: 1, names: ['lee'], surnames: ['lee'] };
  const leeSgp = { id: 'person:lee-2', kind: 'person' as const, country: 'SGP', sector: 'GOV', articles: 1, names: ['lee'], surnames: ['lee'] };
  const cases: [string, Actor, ReturnType<typeof lookup>, string, 'existing' | 'new'][] = [
    ['full name', person('Xi Jinping', 'CHN'), lookup([xi]), 'person:xi-jinping', 'existing'],
    ['title + surname', person('President Xi', 'CHN', 'GOV'), lookup([xi]), 'person:xi-jinping', 'existing'],
    ['surname, country unknown', person('Xi'), lookup([xi]), 'person:xi-jinping', 'existing'],
    ['surname, other country', person('Xi', 'SGP'), lookup([xi]), 'person:xi', 'new'],
    ['two Lees, no context: kept apart', person('Lee'), lookup([leeKor, leeSgp]), 'person:lee-3', 'new'],
    ['two Lees, country and sector agree with one', person('Mr. Lee', 'SGP', 'GOV'), lookup([leeKor, leeSgp]), 'person:lee-2', 'existing'],
    ['two Lees, country agrees but sector unknown', person('Lee', 'KOR'), lookup([leeKor, leeSgp]), 'person:lee', 'existing'],
    ['a new full name', person('Mara Venn', 'VLD'), lookup([xi]), 'person:mara-venn', 'new'],
  ];
  for (const [name, actor, lk, id, kind] of cases) {
    it(name, () => {
      const m = matchRegistry(actor, lk);
      assert.deepEqual([m.id, m.kind], [id, kind], m.why);
    });
  }

  it('countries are one actor per code', () => {
    const china: Actor = { id: 'a2', name: 'Beijing', kind: 'country', country: 'CHN', sector: 'GOV', title: null, mentions: [] };
    assert.deepEqual(matchRegistry(china, lookup([])), { kind: 'new', id: 'country:CHN', why: 'new country CHN' });
  });

  it('files a person under full name and surname, and skips pronouns and descriptions', () => {
    const a: Actor = {
      id: 'a1', name: 'Xi Jinping', kind: 'person', country: 'CHN', sector: 'GOV', title: 'President',
      mentions: [{ start: 0, end: 20, text: 'President Xi Jinping' }, { start: 30, end: 32, text: 'Xi' }, { start: 40, end: 42, text: 'He' }, { start: 50, end: 63, text: 'The president' }],
    };
    assert.deepEqual(aliasesOf(a).map((x) => `${x.strength}:${x.norm}`).sort(), ['name:xi jinping', 'surname:xi']);
  });
});
