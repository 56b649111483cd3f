// The events stage alone: microseconds per word over documents whose nlp, actors and quotes layers are precomputed.
import { createPipeline, Doc, type LayerName } from '../src/core/index.js';
import { makeArticle } from '../src/ingest/index.js';
import { nlpStage } from '../src/nlp/index.js';
import { actorsStage } from '../src/actors/index.js';
import { quotesStage } from '../src/quotes/index.js';
import { eventsStage } from '../src/events/index.js';
import { seconds, syntheticArticle } from './util.js';

const UPSTREAM: LayerName[] = ['paragraphs', 'sentences', 'tokens', 'actors', 'quotes'];

export default async function bench(): Promise<void> {
  const articles = Array.from({ length: 300 }, (_, i) => {
    const s = syntheticArticle(i + 1);
    return makeArticle({ text: s.text, title: s.title, published: s.published });
  });
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
  const upstream = createPipeline([nlpStage, actorsStage, quotesStage]);
  const docs = articles.map((a) => upstream.run(new Doc(a, { referenceDate: a.published })));
  const fresh = (d: Doc): Doc => {
    const x = new Doc(d.article, d.context);
    for (const l of UPSTREAM) x.set(l, d.get(l) as never);
    return x;
  };
  for (const d of docs.slice(0, 30)) eventsStage.run(fresh(d)); // warm up
  let events = 0;
  const bare = await seconds(() => {
    for (const a of articles) nlpStage.run(new Doc(a));
  });
  const secs = await seconds(() => {
    for (const d of docs) {
      const x = fresh(d);
      eventsStage.run(x);
      events += x.get('events').length;
    }
  });
  console.log(`events stage     ${((secs * 1e6) / words).toFixed(2)} µs/word  (bare nlp ${((bare * 1e6) / words).toFixed(2)} µs/word)  ${events} events`);
}
