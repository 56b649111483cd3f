// Runs the evaluation kit in ../shared/eval against bin/standpoint and checks the scores against eval-baseline.json.
// Skips cleanly (exit 0) when ../shared/eval is absent. Usage: node scripts/eval.mjs [name...] [--update] [--limit N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kit = process.env.STANDPOINT_EVAL_KIT ?? join(root, '..', 'shared', 'eval');
if (!existsSync(join(kit, 'README.md'))) {
  console.log(`eval: skipped, no evaluation kit at ${kit}`);
  process.exit(0);
}
const data = join(kit, 'data');
const RUNS = {
  extraction: ['extraction.mjs', '--data', join(data, 'extraction-trafilatura-dev')],
  ner: ['ner.mjs', '--data', join(data, 'ner-gum-dev.jsonl')],
  actors: ['actors.mjs', '--data', join(data, 'actors-ngec.jsonl')],
  quotes: ['quotes.mjs', '--data', join(data, 'quotes-polnear-dev.jsonl')],
  'events-plover': ['events.mjs', '--data', join(data, 'events-plover-dev.jsonl')],
  'events-petrarch': ['events.mjs', '--data', join(data, 'events-petrarch-unittest.jsonl'), '--actors', join(data, 'events-petrarch-actors.json')],
};
const args = process.argv.slice(2);
const update = args.includes('--update');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? args[limitAt + 1] : null;
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit');
const selected = names.length ? names : Object.keys(RUNS);

/** Every `key=number` in a summary line, e.g. `quotes e2e F1=0.512 content F1=0.701` → {e2e_F1: 0.512, ...}. */
function parseSummary(line) {
  const out = {};
  const re = /([A-Za-z][\w ]*?)\s*=\s*(-?\d+(?:\.\d+)?)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const key = m[1].trim().split(/\s+/).slice(-2).join('_');
    out[key] = Number(m[2]);
  }
  return out;
}

const baselinePath = join(root, 'eval-baseline.json');
const baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, 'utf8')) : {};
let below = 0;
const results = {};
for (const name of selected) {
  const run = RUNS[name];
  if (!run) {
    console.error(`eval: unknown run ${name}; known: ${Object.keys(RUNS).join(', ')}`);
    process.exit(2);
  }
  const [script, ...rest] = run;
  const res = spawnSync(process.execPath, [join(kit, script), ...rest, '--root', root, ...(limit ? ['--limit', limit] : [])], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const lines = (res.stdout ?? '').trim().split('\n');
  const summary = lines[lines.length - 1] ?? '';
  const scores = parseSummary(summary);
  results[name] = { summary, scores };
  console.log(summary || `${name}: no output (exit ${res.status}) ${res.stderr?.slice(-400) ?? ''}`);
  for (const [k, floor] of Object.entries(baseline[name]?.floors ?? {})) {
    if (typeof scores[k] === 'number' && scores[k] + 1e-9 < floor) {
      console.log(`  BELOW FLOOR: ${name} ${k}=${scores[k]} < ${floor}`);
      below++;
    }
  }
}
if (update && !limit) {
  for (const [name, r] of Object.entries(results)) {
    baseline[name] = { summary: r.summary, floors: Object.fromEntries(Object.entries(r.scores).filter(([k]) => /F1|acc/i.test(k))) };
  }
  writeFileSync(baselinePath, JSON.stringify(baseline, null, 2) + '\n');
  console.log(`eval: wrote ${baselinePath}`);
}
process.exit(below > 0 ? 1 : 0);
