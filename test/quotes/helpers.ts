// Test helpers for the quotes stage: a Doc with nlp layers and a hand-made actors layer.
import { Doc, type Actor, type ActorKind, type Quote } from '../../src/core/index.js';
import { makeArticle } from '../../src/ingest/index.js';
import { nlpStage } from '../../src/nlp/index.js';
import { quotesStage } from '../../src/quotes/index.js';

/** A hand-made actor: every occurrence of each mention string becomes a mention. */
export interface ActorSpec {
  readonly name: string;
  readonly kind?: ActorKind;
  readonly mentions: readonly string[];
  /** How some mention strings refer ("appositive"), as the actors stage would say. */
  readonly how?: Readonly<Record<string, string>>;
}

/** Run nlp, set the given actors layer, run the quotes stage; return the Doc. */
export function analyzeQuotes(text: string, actors: readonly ActorSpec[] = []): Doc {
  const doc = new Doc(makeArticle({ text }));
  nlpStage.run(doc);
  doc.set('actors', actorsLayer(text, actors));
  quotesStage.run(doc);
  return doc;
}

/** Build an actors layer by finding each mention string in the text (all occurrences, whole words). */
export function actorsLayer(text: string, specs: readonly ActorSpec[]): Actor[] {
  return specs.map((spec, i) => {
    const mentions: { start: number; end: number; text: string; how?: string }[] = [];
    for (const m of spec.mentions) {
      const re = new RegExp(`(?<![\\p{L}])${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      const how = spec.how?.[m];
      for (let hit = re.exec(text); hit; hit = re.exec(text)) mentions.push({ start: hit.index, end: hit.index + m.length, text: m, ...(how ? { how } : {}) });
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `a${i + 1}`, name: spec.name, kind: spec.kind ?? 'person', country: null, sector: null, title: null, mentions };
  });
}

/** A compact view of a quote for assertions: [kind, text, speaker text, speaker actor name]. */
export function view(doc: Doc, q: Quote): [string, string, string | null, string | null] {
  const actors = doc.get('actors');
  const actor = q.speaker?.actor ? actors.find((a) => a.id === q.speaker?.actor)?.name ?? null : null;
  return [q.kind, q.text, q.speaker?.text ?? null, actor];
}
