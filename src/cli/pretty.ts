// Human-readable rendering of an analysis for `--format pretty`.
import type { V1Output } from '../contract/index.js';

export function prettyAnalysis(o: V1Output): string {
  const out: string[] = [];
  out.push(`# ${o.title ?? '(untitled)'}`);
  const meta = [o.source, o.published, o.byline, o.input].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  out.push(`${o.sentences.length} sentences · ${o.actors.length} actors · ${o.quotes.length} quotes · ${o.events.length} events`);
  const actorName = new Map(o.actors.map((a) => [a.id, a.name]));
  if (o.actors.length) {
    out.push('', 'Actors:');
    for (const a of o.actors) {
      const facts = [a.kind, a.country, a.sector, a.title].filter(Boolean).join(', ');
      out.push(`  ${a.id} ${a.name} (${facts}) ×${a.mentions.length}`);
    }
  }
  if (o.quotes.length) {
    out.push('', 'Quotes:');
    for (const q of o.quotes) {
      const who = q.speaker ? (q.speaker.actor ? actorName.get(q.speaker.actor) ?? q.speaker.text : q.speaker.text) : '?';
      out.push(`  ${q.id} [${q.kind}] ${who}${q.cue ? ` (${q.cue.text})` : ''}: “${q.text}”${q.why ? `  ← ${q.why}` : ''}`);
    }
  }
  if (o.events.length) {
    out.push('', 'Events:');
    for (const e of o.events) {
      const side = (r: typeof e.source): string => (r ? (r.actor ? actorName.get(r.actor) ?? r.text : r.text) : '—');
      const flags = [e.negated ? 'NOT' : '', e.modality !== 'asserted' ? e.modality : '', e.date ?? ''].filter(Boolean).join(' ');
      out.push(
        `  ${e.id} ${side(e.source)} ${e.type}${e.mode ? ':' + e.mode : ''} ${side(e.target)}  "${e.trigger.text}" score ${e.score}${flags ? ' (' + flags + ')' : ''}${e.why ? `  ← ${e.why}` : ''}`,
      );
    }
  }
  return out.join('\n') + '\n';
}
