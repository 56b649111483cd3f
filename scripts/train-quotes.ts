// Learns the quotes stage's statistics from an attribution corpus (PolNeAR-style JSONL) into data/quotes.
// Usage: npx tsx scripts/train-quotes.ts cues <train.jsonl> [out.tsv]     cue-verb counts per lemma
//        npx tsx scripts/train-quotes.ts tagger <train.jsonl> [out.bin]   averaged-perceptron token tagger weights
// Only counts per verb lemma and hashed feature weights are written, never corpus text.
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../src/nlp/index.js';
import { upperBound, type Token } from '../src/core/index.js';
import { quotesLexicon } from '../src/quotes/lexicon.js';
import { BITS, TAGS, features, sentenceContext, type Tag } from '../src/quotes/tagger.js';

interface Gold {
  content: [number, number][];
  cue: [number, number][];
  source: [number, number][];
}
interface Item {
  text: string;
  gold: Gold[];
}

interface Stat {
  total: number;
  cue: number;
  right: number;
  left: number;
  that: number;
  clause: number;
  inf: number;
  np: number;
  quote: number;
  obj: number;
}

const [mode, input, outArg] = process.argv.slice(2);
if (!input || (mode !== 'cues' && mode !== 'tagger')) {
  console.error('usage: tsx scripts/train-quotes.ts cues|tagger <train.jsonl> [out]');
  process.exit(2);
}
if (mode === 'tagger') {
  trainTagger(input, outArg ?? 'data/quotes/tagger.bin');
  process.exit(0);
}
const output = outArg ?? 'data/quotes/cue-stats.tsv';

const stats = new Map<string, Stat>();
const stat = (lemma: string): Stat => {
  let s = stats.get(lemma);
  if (!s) stats.set(lemma, (s = { total: 0, cue: 0, right: 0, left: 0, that: 0, clause: 0, inf: 0, np: 0, quote: 0, obj: 0 }));
  return s;
};
const OPEN = new Set(['“', '"', "'", '‘', '`']);

const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim());
let n = 0;
for (const line of lines) {
  const item = JSON.parse(line) as Item;
  const { tokens } = tokenize(item.text);
  /** The first token ending after an offset. */
  const tokenAt = (offset: number): number => upperBound(tokens, offset, (t) => t.end);
  // 1. Which verb token heads each gold cue, and where the content begins relative to it.
  const cueHeads = new Map<number, Gold>();
  for (const g of item.gold) {
    for (const [s, e] of g.cue) {
      for (let i = tokenAt(s); i < tokens.length && tokens[i].start < e; i++) {
        if (tokens[i].pos === 'VERB') {
          cueHeads.set(i, g);
          break;
        }
      }
    }
  }
  for (const t of tokens) if (t.pos === 'VERB') stat(t.lemma).total++;
  for (const [i, g] of cueHeads) {
    const t: Token = tokens[i];
    const s = stat(t.lemma);
    s.cue++;
    const cs = Math.min(...g.content.map((c) => c[0]));
    if (cs < t.start) {
      s.left++;
      continue;
    }
    s.right++;
    const first = tokens[tokenAt(cs)];
    if (!first) continue;
    const gap = tokenAt(cs) - i - 1;
    if (gap > 0) s.obj++;
    if (first.norm === 'that') s.that++;
    else if (first.norm === 'to') s.inf++;
    else if (OPEN.has(first.text)) s.quote++;
    else {
      // A clause has a verb within a few tokens; otherwise the content is a noun phrase.
      let verb = false;
      for (let j = tokenAt(cs) + 1; j < tokens.length && j < tokenAt(cs) + 8; j++) {
        if (tokens[j].text === ',' || tokens[j].text === '.') break;
        if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX') verb = true;
      }
      if (verb) s.clause++;
      else s.np++;
    }
  }
  if (++n % 100 === 0) console.error(`${n}/${lines.length}`);
}

const rows = [...stats.entries()]
  .filter(([, s]) => s.cue >= 3)
  .sort((a, b) => b[1].cue - a[1].cue);
const header = [
  '# Learned cue-verb statistics (scripts/train-quotes.ts): lemma, times a cue, times seen as a verb, then where the',
  '# content sat when it was a cue: left of the verb, right of it, and how the right content began',
  '# (that, a clause, to-infinitive, a noun phrase, a quote mark) and whether words stood between (a listener).',
  'lemma\tcue\ttotal\tleft\tright\tthat\tclause\tinf\tnp\tquote\tobj',
];
const body = rows.map(([l, s]) => [l, s.cue, s.total, s.left, s.right, s.that, s.clause, s.inf, s.np, s.quote, s.obj].join('\t'));
writeFileSync(output, header.concat(body).join('\n') + '\n');
console.error(`wrote ${rows.length} lemmas to ${output}`);

/** Train the token tagger: averaged perceptron, greedy left-to-right with the previous tags as features. */
function trainTagger(file: string, out: string): void {
  const lex = quotesLexicon();
  const items = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
  // 1. Tokenize once; gold tag per token (cue over source over content).
  const docs = items.map((item) => {
    const { tokens, sentences } = tokenize(item.text);
    const gold: Tag[] = tokens.map(() => 'O');
    const mark = (spans: [number, number][], tag: Tag, over: Set<Tag>): void => {
      for (const [s, e] of spans) for (const t of tokens) if (t.start < e && t.end > s && !over.has(gold[t.index])) gold[t.index] = tag;
    };
    for (const g of item.gold) mark(g.content, 'C', new Set(['Q', 'S']));
    for (const g of item.gold) mark(g.source, 'S', new Set(['Q']));
    for (const g of item.gold) mark(g.cue, 'Q', new Set());
    return { tokens, sentences, gold, ctx: sentences.map((s) => sentenceContext(tokens, s, lex)) };
  });
  const NT = TAGS.length;
  const size = (1 << BITS) * NT;
  const w = new Float64Array(size);
  const u = new Float64Array(size);
  let c = 1;
  const sc = new Float64Array(NT);
  const epochs = Number(process.env.EPOCHS ?? 10);
  for (let ep = 0; ep < epochs; ep++) {
    let errors = 0;
    let total = 0;
    // Deterministic shuffle of documents per epoch.
    const order = docs.map((_, i) => i).sort((a, b) => ((a * 7919 + ep * 104729) % 8191) - ((b * 7919 + ep * 104729) % 8191));
    for (const di of order) {
      const d = docs[di];
      d.sentences.forEach((s, si) => {
        const pred: Tag[] = [];
        for (let j = 0; j < s.tokenEnd - s.tokenStart; j++) {
          const feats = features(d.tokens, s, d.ctx[si], j, pred[j - 1] ?? ('^' as Tag), pred[j - 2] ?? ('^' as Tag));
          sc.fill(0);
          for (const f of feats) for (let k = 0; k < NT; k++) sc[k] += w[f * NT + k];
          let best = 0;
          for (let k = 1; k < NT; k++) if (sc[k] > sc[best]) best = k;
          const y = TAGS.indexOf(d.gold[s.tokenStart + j]);
          if (best !== y) {
            errors++;
            for (const f of feats) {
              w[f * NT + y] += 1;
              u[f * NT + y] += c;
              w[f * NT + best] -= 1;
              u[f * NT + best] -= c;
            }
          }
          c++;
          total++;
          // Train on the model's own previous decisions (greedy decoding at run time).
          pred.push(TAGS[best]);
        }
      });
    }
    console.error(`epoch ${ep + 1}: token error ${(errors / total).toFixed(4)} (${total} tokens)`);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
  writeFileSync(out, Buffer.from(avg.buffer));
  console.error(`wrote ${out} (${(avg.byteLength / 1024 / 1024).toFixed(1)} MiB)`);
}
