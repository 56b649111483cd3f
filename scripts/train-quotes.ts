// Learns cue-verb statistics for the quotes stage from an attribution corpus (PolNeAR-style JSONL) into data/quotes.
// Usage: npx tsx scripts/train-quotes.ts <train.jsonl> [out.tsv]
// Only counts per verb lemma are written (how often it is a cue, and where its content sits), never corpus text.
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenize } from '../src/nlp/index.js';
import type { Token } from '../src/core/index.js';

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

const [input, output = 'data/quotes/cue-stats.tsv'] = process.argv.slice(2);
if (!input) {
  console.error('usage: tsx scripts/train-quotes.ts <train.jsonl> [out.tsv]');
  process.exit(2);
}

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
  const starts = tokens.map((t) => t.start);
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
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
