// The store contract suite: every driver (SQLite today, PostgreSQL later) must pass it. Call with a fresh-store factory.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Store } from '../../src/store/index.js';
import { build } from './build.js';

// A wire story, a reworded copy of it, and a different story on the same topic a week later.
const WIRE =
  'Valdoria accused Ostrava on Monday of massing troops near the river border, a charge that Ostravan officials dismissed as theatre. ' +
  '"We will not be intimidated by columns of tanks," Valdorian Foreign Minister Mara Venn told reporters in Port Alder. ' +
  'Venn urged the Northern League of Nations to send observers to the border before the spring thaw. ' +
  'Ostrava said the troops were taking part in routine winter exercises and would return to their barracks within weeks.';
const REWRITE =
  'Valdoria on Monday accused Ostrava of massing troops near the river border, a charge Ostravan officials dismissed as theatre. ' +
  '"We will not be intimidated by columns of tanks," Valdorian Foreign Minister Mara Venn told reporters in the capital, Port Alder. ' +
  'Venn also urged the Northern League of Nations to send observers to the border ahead of the spring thaw. ' +
  'Ostrava said its troops were on routine winter exercises and would go back to their barracks within weeks.';
const OTHER =
  'Ostrava and Valdoria signed a fishing agreement on Thursday that shares the river catch between the two countries for five years. ' +
  'Ostravan Prime Minister Lena Kovac praised the deal as proof that neighbours can settle quarrels at the table. ' +
  'Fishermen on both banks welcomed the quotas, though some complained that the season now opens a month later.';

const valdoria = { name: 'Valdoria', kind: 'country' as const, country: 'VLD', sector: 'GOV' };
const ostrava = { name: 'Ostrava', kind: 'country' as const, country: 'OST', sector: 'GOV' };

export function wireStory(text = WIRE, source = 'Meridian Wire', published = '2024-05-06') {
  return build({
    text, source, published, title: 'Valdoria accuses Ostrava over border troops',
    actors: [
      { ...valdoria, mentions: ['Valdoria'] },
      { ...ostrava, mentions: ['Ostrava'] },
      { name: 'Mara Venn', country: 'VLD', sector: 'GOV', title: 'Foreign Minister', mentions: ['Mara Venn', 'Venn'] },
    ],
    events: [{ type: 'ACCUSE', source: 'Valdoria', target: 'Ostrava', trigger: 'accused', score: -5 }],
    quotes: [{ text: 'We will not be intimidated by columns of tanks', speaker: 'Mara Venn' }],
  });
}

export function otherStory() {
  return build({
    text: OTHER, source: 'Harbor Tribune', published: '2024-05-16', title: 'Ostrava and Valdoria sign fishing pact',
    actors: [{ ...ostrava, mentions: ['Ostrava'] }, { ...valdoria, mentions: ['Valdoria'] }, { name: 'Lena Kovac', country: 'OST', sector: 'GOV', title: 'Prime Minister' }],
    events: [{ type: 'AGREE', source: 'Ostrava', target: 'Valdoria', trigger: 'signed', score: 5 }],
  });
}

/** Run the contract suite against stores made by `open` (each test gets a fresh, empty store). */
export function storeContract(driver: string, open: () => Promise<Store>): void {
  const withStore = async (fn: (s: Store) => Promise<void>): Promise<void> => {
    const s = await open();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  describe(`store contract: ${driver}`, () => {
    it('stores an article once: same content is unchanged, and the analysis round-trips', () =>
      withStore(async (s) => {
        const { article, v1 } = wireStory();
        assert.equal(await s.hasArticle(article.id), false);
        assert.equal((await s.putAnalysis(article, v1)).status, 'new');
        assert.equal((await s.putAnalysis(article, v1)).status, 'unchanged');
        assert.equal(await s.hasArticle(article.id), true);
        const got = await s.getArticle(article.id);
        assert.ok(got);
        assert.equal(got.text, article.text);
        assert.deepEqual(got.analysis, v1);
        assert.equal(got.source, 'Meridian Wire');
        const st = await s.stats();
        assert.deepEqual([st.articles, st.quotes, st.events], [1, 1, 1]);
      }));

    it('a changed text at the same URL is a new version that supersedes the old one', () =>
      withStore(async (s) => {
        const one = build({ text: 'The border stayed quiet overnight.', url: 'https://example.test/a', published: '2024-05-01' });
        const two = build({ text: 'The border stayed quiet overnight, officials said.', url: 'https://example.test/a', published: '2024-05-01' });
        assert.equal((await s.putAnalysis(one.article, one.v1)).status, 'new');
        const r = await s.putAnalysis(two.article, two.v1);
        assert.equal(r.status, 'version');
        assert.equal(r.replaces, one.article.id);
        const current = await s.listArticles();
        assert.deepEqual(current.items.map((a) => [a.id, a.version]), [[two.article.id, 2]]);
        const all = await s.listArticles({ allVersions: true });
        assert.equal(all.items.length, 2);
        assert.equal(all.items.find((a) => a.id === one.article.id)?.superseded, true);
      }));

    it('a reworded copy joins the wire story as a duplicate; a different story on the same topic does not', () =>
      withStore(async (s) => {
        const wire = wireStory();
        const copy = wireStory(REWRITE, 'Harbor Tribune', '2024-05-07');
        const other = otherStory();
        const a = await s.putAnalysis(wire.article, wire.v1);
        const b = await s.putAnalysis(copy.article, copy.v1);
        const c = await s.putAnalysis(other.article, other.v1);
        assert.equal(b.duplicateOf, wire.article.id);
        assert.equal(b.story, a.story);
        assert.notEqual(c.story, a.story);
        assert.equal(c.duplicateOf, null);
        const stories = await s.listStories();
        const wireStoryRow = stories.items.find((x) => x.id === a.story);
        assert.deepEqual([wireStoryRow?.articles, wireStoryRow?.independent, wireStoryRow?.outlets], [2, 1, 2]);
        const rows = (await s.listArticles({ story: a.story })).items;
        assert.match(rows.find((r) => r.id === copy.article.id)?.storyWhy ?? '', /^reworded copy \(wording 0\.\d\d/);
        assert.equal(rows.find((r) => r.id === wire.article.id)?.storyWhy, null);
        assert.equal((await s.listEvents({ type: 'ACCUSE' })).items.length, 2);
        assert.deepEqual((await s.listEvents({ type: 'ACCUSE', independent: true })).items.map((e) => e.article), [wire.article.id]);
        assert.equal((await s.listQuotes({ independent: true })).items.length, 1);
        assert.equal((await s.listArticles({ independent: true })).items.length, 2);
      }));

    it('an article related to two stories bridges them into one', () =>
      withStore(async (s) => {
        const shared = ['river', 'bridge', 'council', 'ferry', 'toll', 'harbour'];
        const a = ['grain', 'wheat', 'silo', 'miller', 'flour', 'barley', 'harvest', 'thresher', 'granary', 'oats', 'sheaf', 'chaff', 'straw', 'mill'];
        const b = ['copper', 'smelter', 'furnace', 'ingot', 'forge', 'anvil', 'bellows', 'slag', 'ore', 'foundry', 'crucible', 'tongs', 'rivet', 'alloy'];
        const text = (ws: string[]) => ws.join(' ') + '.';
        const one = build({ text: text([...shared, ...a]), published: '2024-05-01' });
        const two = build({ text: text([...shared, ...b]), published: '2024-05-01' });
        // Interleaved, so that it shares words with both but word sequences with neither (not a rewrite).
        const bridge = build({ text: text([...shared.slice().reverse(), ...a.slice(0, 9).flatMap((w, i) => [w, b[i]])]), published: '2024-05-02' });
        const r1 = await s.putAnalysis(one.article, one.v1);
        const r2 = await s.putAnalysis(two.article, two.v1);
        assert.notEqual(r1.story, r2.story);
        const r3 = await s.putAnalysis(bridge.article, bridge.v1);
        const stories = (await s.listStories()).items;
        assert.equal(stories.length, 1);
        assert.equal(stories[0].id, r3.story);
        assert.deepEqual([stories[0].articles, stories[0].independent, stories[0].firstPublished, stories[0].lastPublished], [3, 3, '2024-05-01', '2024-05-02']);
        assert.deepEqual([...stories[0].articleIds].sort(), [one.article.id, two.article.id, bridge.article.id].sort());
      }));

    it('the earliest-published copy is the original, whatever the arrival order', () =>
      withStore(async (s) => {
        const late = wireStory(REWRITE, 'Harbor Tribune', '2024-05-07');
        const wire = wireStory();
        const a = await s.putAnalysis(late.article, late.v1);
        assert.equal(a.duplicateOf, null);
        const b = await s.putAnalysis(wire.article, wire.v1);
        assert.equal(b.duplicateOf, null);
        assert.equal(b.story, a.story);
        const rows = (await s.listArticles({ story: a.story })).items;
        assert.equal(rows.find((r) => r.id === late.article.id)?.duplicateOf, wire.article.id);
        const story = (await s.listStories()).items[0];
        assert.deepEqual([story.articles, story.independent], [2, 1]);
      }));

    it('one registry actor across articles: countries by code, people by full name and surname', () =>
      withStore(async (s) => {
        const x = build({
          text: 'Chinese President Xi Jinping met the envoy. Xi said talks went well.', published: '2024-05-01',
          actors: [{ name: 'Xi Jinping', country: 'CHN', sector: 'GOV', title: 'President', mentions: ['Xi Jinping', 'Xi'] }, { name: 'China', kind: 'country', country: 'CHN', mentions: ['Chinese'] }],
        });
        const y = build({
          text: 'President Xi warned against outside meddling in Beijing.', published: '2024-05-02',
          actors: [{ name: 'Xi', country: 'CHN', sector: 'GOV', title: 'President', mentions: ['President Xi'] }, { name: 'China', kind: 'country', country: 'CHN', sector: 'GOV', mentions: ['Beijing'] }],
        });
        await s.putAnalysis(x.article, x.v1);
        await s.putAnalysis(y.article, y.v1);
        const people = await s.listActors({ actorKind: 'person' });
        assert.equal(people.items.length, 1);
        assert.equal(people.items[0].name, 'Xi Jinping');
        assert.equal(people.items[0].articles, 2);
        for (const q of ['Xi', 'xi jinping', 'President Xi']) assert.equal((await s.resolveActor(q))[0]?.id, people.items[0].id, q);
        for (const q of ['China', 'CHN', 'Beijing', 'country:CHN', 'CN', 'the People\'s Republic of China']) assert.equal((await s.resolveActor(q))[0]?.id, 'country:CHN', q);
        assert.deepEqual(await s.resolveActor('Nobody Atall'), []);
        const detail = await s.getActor('country:CHN');
        assert.equal(detail?.articles, 2);
      }));

    it('two different "Mr. Lee"s stay apart unless country and sector agree', () =>
      withStore(async (s) => {
        const mk = (text: string, country: string, sector: string, published: string) =>
          build({ text, published, actors: [{ name: 'Lee', country, sector, mentions: ['Mr. Lee'] }] });
        const rows = [
          mk('Mr. Lee, a banker in Seoul, bought shares.', 'KOR', 'BUS', '2024-05-01'),
          mk('Mr. Lee, a minister in Singapore, spoke.', 'SGP', 'GOV', '2024-05-02'),
          mk('Mr. Lee of Seoul sold the shares later.', 'KOR', 'BUS', '2024-05-03'),
        ];
        for (const r of rows) await s.putAnalysis(r.article, r.v1);
        const lees = (await s.listActors({ search: 'Lee' })).items;
        assert.equal(lees.length, 2);
        assert.deepEqual(lees.map((l) => [l.country, l.articles]).sort(), [['KOR', 2], ['SGP', 1]]);
      }));

    it('descriptions ("officials") stay out of the registry; their quotes keep the words', () =>
      withStore(async (s) => {
        const x = build({
          text: '"The river is calm," officials said on Friday.', published: '2024-05-03',
          actors: [{ name: 'officials', kind: 'group', sector: 'GOV' }],
          quotes: [{ text: 'The river is calm', speaker: 'officials' }],
        });
        await s.putAnalysis(x.article, x.v1);
        assert.equal((await s.stats()).actors, 0);
        const q = (await s.listQuotes()).items[0];
        assert.deepEqual(q.speaker, { actor: null, name: null, text: 'officials' });
      }));

    it('lists quotes and events with actor filters, and pages with a cursor', () =>
      withStore(async (s) => {
        const w = wireStory();
        const o = otherStory();
        await s.putAnalysis(w.article, w.v1);
        await s.putAnalysis(o.article, o.v1);
        const byVenn = await s.listQuotes({ by: 'Venn' });
        assert.equal(byVenn.items.length, 1);
        assert.equal(byVenn.items[0].speaker?.name, 'Mara Venn');
        assert.equal((await s.listQuotes({ about: 'tanks' })).items.length, 1);
        assert.equal((await s.listQuotes({ about: 'fishing' })).items.length, 0);
        // A country stands for its state: Venn (VLD, GOV) counts under Valdoria.
        assert.equal((await s.listQuotes({ by: 'Valdoria' })).items.length, 1);
        const acc = await s.listEvents({ source: 'Valdoria', target: 'Ostrava' });
        assert.deepEqual(acc.items.map((e) => e.type), ['ACCUSE']);
        assert.equal(acc.items[0].sentenceText.startsWith('Valdoria accused Ostrava'), true);
        assert.deepEqual((await s.listEvents({ type: 'AGREE' })).items.map((e) => e.source?.name), ['Ostrava']);
        assert.equal((await s.listEvents({ since: '2024-05-10' })).items.length, 1);
        const p1 = await s.listEvents({ limit: 1 });
        assert.equal(p1.items.length, 1);
        assert.ok(p1.nextCursor);
        const p2 = await s.listEvents({ limit: 1, cursor: p1.nextCursor });
        assert.equal(p2.items.length, 1);
        assert.notEqual(p2.items[0].id, p1.items[0].id);
        assert.equal(p2.nextCursor, null);
      }));

    it('searches article text and quotes', () =>
      withStore(async (s) => {
        const w = wireStory();
        await s.putAnalysis(w.article, w.v1);
        const hits = await s.search('columns tanks');
        assert.deepEqual(hits.map((h) => h.kind).sort(), ['article', 'quote']);
        assert.match(hits[0].snippet, /\[tanks\]|\[columns\]/);
        assert.deepEqual(await s.search('submarine'), []);
        assert.deepEqual(await s.search('"); DROP TABLE articles; --'), []);
      }));

    it('stance counts a reworded copy once and keeps it as evidence', () =>
      withStore(async (s) => {
        const wire = wireStory();
        const copy = wireStory(REWRITE, 'Harbor Tribune', '2024-05-07');
        const other = otherStory();
        for (const x of [wire, copy, other]) await s.putAnalysis(x.article, x.v1);
        const st = await s.stance({ actor: 'Valdoria', toward: 'Ostrava', by: 'week' });
        assert.equal(st.actor.id, 'country:VLD');
        assert.equal(st.points.length, 1);
        const p = st.points[0];
        assert.equal(p.period, '2024-W19');
        assert.equal(p.events, 1);
        assert.equal(p.stories, 1);
        assert.equal(p.score, -5);
        assert.equal(p.evidence.filter((e) => e.kind === 'event').length, 2);
        assert.equal(p.evidence.filter((e) => !e.counted).length, 1);
        const back = await s.stance({ actor: 'Ostrava', toward: 'Valdoria', by: 'month' });
        assert.deepEqual(back.points.map((x) => [x.period, x.score]), [['2024-05', 5]]);
        await assert.rejects(() => s.stance({ actor: 'Atlantis', toward: 'Ostrava' }), /unknown actor/);
      }));

    it('a failed write leaves nothing behind', () =>
      withStore(async (s) => {
        const { article, v1 } = wireStory();
        // An event whose sentence index points nowhere is fine, but a quote without text breaks a NOT NULL column.
        const broken = { ...v1, quotes: [{ ...v1.quotes[0], text: null as unknown as string }] };
        await assert.rejects(() => s.putAnalysis(article, broken));
        assert.equal(await s.hasArticle(article.id), false);
        const st = await s.stats();
        assert.deepEqual([st.articles, st.actors, st.events, st.stories], [0, 0, 0, 0]);
        assert.equal((await s.putAnalysis(article, v1)).status, 'new');
      }));
  });
}
