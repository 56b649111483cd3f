// Words per second of the bare pipeline (tokens, sentences, POS) against each added stage, in one run.
import { createPipeline, Doc } from '../src/core/index.js';
import { makeArticle } from '../src/ingest/index.js';
import { nlpStage } from '../src/nlp/index.js';
import { actorsStage } from '../src/actors/index.js';
import { quotesStage } from '../src/quotes/index.js';
import { eventsStage } from '../src/events/index.js';
import { peakRssMiB, seconds, syntheticArticle } from './util.js';

export default async function bench(): Promise<void> {
  const articles = Array.from({ length: 300 }, (_, i) => {
    const s = syntheticArticle(i + 1);
    return makeArticle({ text: s.text, title: s.title, published: s.published });
  });
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const configs = [
    { name: 'bare (nlp)', stages: [nlpStage] },
    { name: '+ actors', stages: [nlpStage, actorsStage] },
    { name: '+ quotes', stages: [nlpStage, actorsStage, quotesStage] },
    { name: 'full (+ events)', stages: [nlpStage, actorsStage, quotesStage, eventsStage] },
  ];
  // Warm up model loading and JIT.
  for (const c of configs) for (const a of articles.slice(0, 20)) createPipeline(c.stages).run(new Doc(a));
  let bare = 0;
  for (const c of configs) {
    const p = createPipeline(c.stages);
    const secs = await seconds(() => {
      for (const a of articles) p.run(new Doc(a, { referenceDate: a.published }));
    });
    const wps = words / secs;
    if (c === configs[0]) bare = wps;
    console.log(`${c.name.padEnd(16)} ${Math.round(wps).toLocaleString('en-US').padStart(9)} words/s  ratio ${(wps / bare).toFixed(2)}`);
  }
  console.log(`corpus: ${articles.length} articles, ${words.toLocaleString('en-US')} words; peak RSS ${peakRssMiB().toFixed(0)} MiB`);
}
