// The name-spelling model: calls per second for single words and multi-word names, with a cold and a warm cache.
import { loadSpellingModel, SpellingScorer } from '../src/actors/name-spelling.js';
import { rng, seconds } from './util.js';

const SYLLABLES = ['ka', 'lo', 'mar', 'vin', 'berg', 'ton', 'ski', 'ova', 'el', 'dra', 'wic', 'son', 'ham', 'port', 'ley', 'ich'];
const HEADS = ['Holdings', 'Group', 'River', 'Ministry', 'Bank'];

/** `n` invented capitalized words of 2–4 syllables (deterministic). */
function words(n: number, seed: number): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const k = 2 + Math.floor(r() * 3);
    const w = Array.from({ length: k }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]!).join('');
    return w.charAt(0).toUpperCase() + w.slice(1);
  });
}

export default async function bench(): Promise<void> {
  const t0 = process.hrtime.bigint();
  const model = loadSpellingModel();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const singles = words(50_000, 7);
  const multi = words(50_000, 8).map((w, i) => (i % 3 === 0 ? `${w} ${HEADS[i % HEADS.length]}` : `${singles[i]} ${w}`));
  let sink = 0;
  // Cold: a scorer whose cache never hits (every word is new to it).
  const cold = await seconds(() => {
    const s = new SpellingScorer(model, 0);
    for (const w of singles) sink += s.score(w).margin;
  });
  // Warm: the same words again through one scorer, as in a stream of articles that repeat names.
  const warmScorer = new SpellingScorer(model);
  for (const w of singles) warmScorer.score(w);
  const warm = await seconds(() => {
    for (const w of singles) sink += warmScorer.score(w).margin;
  });
  const names = await seconds(() => {
    const s = new SpellingScorer(model);
    for (const n of multi) sink += s.score(n).margin;
  });
  const perSec = (n: number, s: number): string => `${Math.round(n / s).toLocaleString('en-US')} calls/s (${((s * 1e6) / n).toFixed(2)} µs/call)`;
  console.log(`model load       ${loadMs.toFixed(1)} ms`);
  console.log(`single word      ${perSec(singles.length, cold)}  cold cache`);
  console.log(`single word      ${perSec(singles.length, warm)}  warm cache`);
  console.log(`two-word names   ${perSec(multi.length, names)}  first sight of each word`);
  if (Number.isNaN(sink)) console.log('(unreachable)');
}
