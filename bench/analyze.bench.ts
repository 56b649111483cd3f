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
import { collectGarbage, median, peakRssMiB, seconds, syntheticArticle } from './util.js';

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

/** Seconds to run `stages` over every article of a corpus. */
async function timeRun(stages: readonly Stage[], articles: readonly Article[]): Promise<number> {
  const p = createPipeline(stages);
  return seconds(() => {
    for (const a of articles) p.run(new Doc(a, { referenceDate: a.published }));
  });
}

/**
 * Time every configuration over a corpus. A full pass of each warms up model loading and the JIT; then each round
 * runs every configuration once, in an order that rotates between rounds, after a garbage collection, so that a
 * change in machine load or a collection left over by another configuration falls on all of them alike. A ratio is
 * taken within each round (bare seconds over the configuration's seconds) and the median over rounds is reported.
 */
async function measure(c: Corpus): Promise<void> {
  for (const cfg of CONFIGS) await timeRun(cfg.stages, c.articles);
  const secs: number[][] = CONFIGS.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < CONFIGS.length; k++) {
      const i = (k + r) % CONFIGS.length;
      collectGarbage();
      secs[i].push(await timeRun(CONFIGS[i].stages, c.articles));
    }
  }
  console.log(`corpus ${c.name}: ${c.articles.length} articles, ${c.words.toLocaleString('en-US')} words; ${ROUNDS} rounds, medians`);
  CONFIGS.forEach((cfg, i) => {
    const s = median(secs[i]);
    const ratio = median(secs[i].map((x, r) => secs[0][r] / x));
    const wps = Math.round(c.words / s).toLocaleString('en-US');
    console.log(`  ${cfg.name.padEnd(16)} ${s.toFixed(3).padStart(7)} s ${wps.padStart(9)} words/s  ratio ${ratio.toFixed(2)}`);
  });
}

export default async function bench(): Promise<void> {
  const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`load average before: ${load()}`);
  for (const c of [syntheticCorpus(), examplesCorpus()]) await measure(c);
  console.log(`load average after: ${load()}; peak RSS ${peakRssMiB().toFixed(0)} MiB`);
}
