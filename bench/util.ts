// Shared helpers for benchmarks: timing, peak memory, and a generator of synthetic articles.

/** Peak resident set size so far, in MiB (from the OS's max RSS). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Process CPU time (user + system, all threads) a function takes, in seconds. */
export async function cpuSeconds(fn: () => unknown | Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** Time a function, returning seconds. */
export async function seconds(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const PEOPLE = ['Anton Reyes', 'Lena Kovac', 'Ivo Marek', 'Tomas Hale', 'Mira Solberg', 'Kofi Adjei', 'Rui Tanaka', 'Elena Petrova'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'spokesman', 'ambassador'];
const PLACES = ['Valdoria', 'Ostrava', 'France', 'China', 'Russia', 'Ukraine', 'the United States', 'Germany'];
const VERBS = ['accused', 'urged', 'met', 'criticized', 'praised', 'warned', 'threatened', 'thanked'];

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic news article of about `paragraphs` × 60 words, with names, titles, quotes and events. */
export function syntheticArticle(seed: number, paragraphs = 8): { title: string; text: string; published: string } {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const paras: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const a = pick(PEOPLE);
    const b = pick(PLACES);
    const c = pick(PLACES);
    const t = pick(TITLES);
    paras.push(
      `${pick(PLACES).replace(/^the /, 'The ')}'s ${t} ${a} ${pick(VERBS)} ${b} on Tuesday over the dispute with ${c}, ` +
        `officials said. "We will not accept pressure from ${c}," ${a.split(' ')[1]} told reporters in the capital. ` +
        `According to a senior diplomat, the talks could resume next week if ${b} agrees to withdraw its troops from the border region, ` +
        `a demand that ${c} has rejected ${seed % 7} times since the crisis began ${p + 2} months ago.`,
    );
  }
  const day = 1 + (seed % 28);
  return { title: `Dispute ${seed}`, text: paras.join('\n\n'), published: `2024-03-${String(day).padStart(2, '0')}` };
}
