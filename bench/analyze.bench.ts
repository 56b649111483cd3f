// Words per second of the bare pipeline (tokens, sentences, POS) against each added stage, measured in paired rounds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { createPipeline, Doc, packageRoot, type Article, type Stage } from '../src/core/index.js';
import { makeArticle } from '../src/ingest/index.js';
import { nlpStage } from '../src/nlp/index.js';
import { actorsStage } from '../src/actors/index.js';
import { quotesStage } from '../src/quotes/index.js';
import { eventsStage } from '../src/events/index.js';
import { cpuSeconds, median, peakRssMiB, seconds, syntheticArticle } from './util.js';

/** A named set of articles to time, with its word count. */
interface Corpus {
  readonly name: string;
  readonly articles: readonly Article[];
  readonly words: number;
}

const CONFIGS: readonly { name: string; stages: readonly Stage[] }[] = [
  { name: 'bare (nlp)', stages: [nlpStage] },
  { name: '+ actors', stages: [nlpStage, actorsStage] },
  { name: '+ quotes', stages: [nlpStage, actorsStage, quotesStage] },
  { name: 'full (+ events)', stages: [nlpStage, actorsStage, quotesStage, eventsStage] },
];

/** Rounds per corpus (`BENCH_ROUNDS`, default 5); each round times every configuration once. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5) || 5);

function corpus(name: string, articles: Article[]): Corpus {
  return { name, articles, words: articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) };
}

/** 300 synthetic wire stories (names, titles, quotes, events in every paragraph). */
function syntheticCorpus(): Corpus {
  return corpus(
    'synthetic',
    Array.from({ length: 300 }, (_, i) => {
      const s = syntheticArticle(i + 1);
      return makeArticle({ text: s.text, title: s.title, published: s.published });
    }),
  );
}

/** The project's example articles (examples/articles), repeated to about 100,000 words. */
function examplesCorpus(): Corpus {
  const dir = join(packageRoot(), 'examples', 'articles');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const once = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const copies = Math.max(1, Math.round(100_000 / Math.max(1, once)));
  const articles: Article[] = [];
  for (let c = 0; c < copies; c++) for (const text of texts) articles.push(makeArticle({ text, published: '2024-03-04' }));
  return corpus('examples', articles);
}

/** Wall-clock and process CPU seconds of one timed run. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

/** Time running `stages` over every article of a corpus. */
async function timeRun(stages: readonly Stage[], articles: readonly Article[]): Promise<Timing> {
  const p = createPipeline(stages);
  let wall = 0;
  const cpu = await cpuSeconds(async () => {
    wall = await seconds(() => {
      for (const a of articles) p.run(new Doc(a, { referenceDate: a.published }));
    });
  });
  return { wall, cpu };
}

/** One column of the report: median seconds, words/s, and the median per-round ratio to bare. */
function column(secs: readonly (readonly number[])[], i: number, words: number): string {
  const s = median(secs[i]);
  const ratio = median(secs[i].map((x, r) => secs[0][r] / x));
  const wps = Math.round(words / s).toLocaleString('en-US');
  return `${s.toFixed(3).padStart(7)} s ${wps.padStart(9)} words/s  ratio ${ratio.toFixed(2)}`;
}

/**
 * Time every configuration over a corpus. A full pass of each warms up model loading and the JIT; then each round
 * runs every configuration once, in an order that rotates between rounds, so that a change in machine load or a
 * collection left over by another configuration falls on all of them alike. A ratio is taken within each round
 * (bare seconds over the configuration's seconds) and the median over rounds is reported. No collection is forced
 * between runs: a forced full GC made the next full-pipeline run about 60 % slower (and bare not at all), which
 * measured the collector's recovery rather than the pipeline.
 * Wall-clock time is what a user waits; process CPU time (all threads, so GC and JIT helpers count) moves less when
 * other programs share the machine, so both are printed.
 */
async function measure(c: Corpus): Promise<void> {
  for (const cfg of CONFIGS) await timeRun(cfg.stages, c.articles);
  const wall: number[][] = CONFIGS.map(() => []);
  const cpu: number[][] = CONFIGS.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < CONFIGS.length; k++) {
      const i = (k + r) % CONFIGS.length;
      const t = await timeRun(CONFIGS[i].stages, c.articles);
      wall[i].push(t.wall);
      cpu[i].push(t.cpu);
    }
  }
  console.log(`corpus ${c.name}: ${c.articles.length} articles, ${c.words.toLocaleString('en-US')} words; ${ROUNDS} rounds, medians`);
  console.log(`  ${''.padEnd(16)} ${'wall clock'.padEnd(42)} | process CPU`);
  CONFIGS.forEach((cfg, i) => console.log(`  ${cfg.name.padEnd(16)} ${column(wall, i, c.words)} | ${column(cpu, i, c.words)}`));
}

export default async function bench(): Promise<void> {
  const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average before: ${load()}`);
  for (const c of [syntheticCorpus(), examplesCorpus()]) await measure(c);
  console.log(`load average after: ${load()}; peak RSS ${peakRssMiB().toFixed(0)} MiB`);
}
