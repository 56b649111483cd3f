import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dataPath } from '../../src/core/index.js';
import { tokenize } from '../../src/nlp/index.js';
import { TAGGER_BITS, TAGS, TaggerModel, featureHash, loadTagger, quotesLexicon } from '../../src/quotes/index.js';

/** A model whose weights are set by hand: feature string → tag → weight. */
function handModel(weights: Record<string, Partial<Record<(typeof TAGS)[number], number>>>): TaggerModel {
  const w = new Float32Array((1 << TAGGER_BITS) * TAGS.length);
  for (const [feature, byTag] of Object.entries(weights)) {
    for (const [tag, value] of Object.entries(byTag)) w[featureHash(feature) * TAGS.length + TAGS.indexOf(tag as (typeof TAGS)[number])] += value ?? 0;
  }
  return new TaggerModel(w);
}

test('tagger: tags follow the weights of their features (quote context, cue word, bias)', () => {
  const model = handModel({ b: { O: 1 }, 'q=true': { C: 3 }, 'w=said': { Q: 5 }, 'w=kell': { S: 5 } });
  const text = '“We will win,” Kell said.';
  const { tokens, sentences } = tokenize(text);
  const tags = model.tag(tokens, sentences[0], quotesLexicon());
  assert.deepEqual(
    tokens.map((t, i) => `${t.text}/${tags[i]}`),
    ['“/O', 'We/C', 'will/C', 'win/C', ',/C', '”/O', 'Kell/S', 'said/Q', './O'],
  );
});

test('tagger: a weight vector of the wrong size is refused', () => {
  assert.throws(() => new TaggerModel(new Float32Array(10)), /expected/);
});

test('tagger: the shipped model loads and tags a plain attribution', () => {
  const path = dataPath('quotes', 'tagger.bin');
  assert.ok(existsSync(path), 'data/quotes/tagger.bin ships with the repository');
  const model = loadTagger(path);
  assert.ok(model);
  const text = 'The harbour minister said the new port would open in the spring.';
  const { tokens, sentences } = tokenize(text);
  const tags = model.tag(tokens, sentences[0], quotesLexicon());
  assert.equal(tags[tokens.findIndex((t) => t.text === 'said')], 'Q');
  assert.equal(tags[tokens.findIndex((t) => t.text === 'port')], 'C');
});

test('tagger: a weights file of the wrong size is a DataError naming the file', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'quotes-tagger-'));
  const bad = join(dir, 'bad.bin');
  writeFileSync(bad, Buffer.alloc(12));
  assert.throws(() => loadTagger(bad), (e: unknown) => e instanceof Error && e.message.includes('bad.bin'));
  assert.equal(loadTagger(join(dir, 'missing.bin')), null);
});

test('tagger: feature hashes equal hashing the feature strings, and tag() equals scoring them token by token', async () => {
  const { features, sentenceContext } = await import('../../src/quotes/tagger.js');
  const model = loadTagger(dataPath('quotes', 'tagger.bin'));
  assert.ok(model);
  const lex = quotesLexicon();
  const text = 'Minister Orla Venn said on Friday that the harbour levy, “a burden we cannot carry,” would be cut, according to aides.';
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0];
  const ctx = sentenceContext(tokens, s, lex);
  const bos = { pos: '^', lemma: '^' };
  const eos = { pos: '$', lemma: '$' };
  const n = s.tokenEnd - s.tokenStart;
  const tags = model.tag(tokens, s, lex);
  const sc = new Float64Array(TAGS.length);
  for (let j = 0; j < n; j++) {
    const prev = j >= 1 ? tags[j - 1] : '^';
    const prev2 = j >= 2 ? tags[j - 2] : '^';
    const t = tokens[j];
    const p1 = j >= 1 ? tokens[j - 1] : bos;
    const n1 = j + 1 < n ? tokens[j + 1] : eos;
    const feats = features(tokens, s, ctx, j, prev as (typeof TAGS)[number], prev2 as (typeof TAGS)[number]);
    // Spot-check the documented strings behind a few positions of the list.
    assert.equal(feats[0], featureHash('b'));
    assert.equal(feats[1], featureHash(`w=${t.norm}`));
    assert.equal(feats[11], featureHash(`l-1l=${p1.lemma}|${t.lemma}`));
    assert.equal(feats[13], featureHash(`pp=${p1.pos}|${t.pos}|${n1.pos}`));
    assert.equal(feats[23], featureHash(`t-1=${prev}`));
    assert.equal(feats[24], featureHash(`t-2=${prev2}|${prev}`));
    assert.equal(feats[26], featureHash(`t-1w=${prev}|${t.lemma}`));
    model.scores(feats, sc);
    let best = 0;
    for (let k = 1; k < TAGS.length; k++) if (sc[k] > sc[best]) best = k;
    assert.equal(tags[j], TAGS[best], `token ${j} (${t.text})`);
  }
  assert.ok(tags.includes('Q') && tags.includes('C'));
});
