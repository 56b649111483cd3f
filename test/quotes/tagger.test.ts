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
