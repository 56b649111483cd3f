// Loads and validates the quotes lexicons in data/quotes: attribution cue verbs and speaker words.
import { DataError, dataPath, readJsonData, readTsvData } from '../core/index.js';

/** What a cue verb reports: speech, a thought or belief, an intention, or evidence ("the poll shows"). */
export type CueClass = 'speech' | 'thought' | 'intent' | 'evidence';

/** The complement shapes a cue verb takes. */
export type CueFrame = 'clause' | 'obj' | 'inf' | 'post' | 'quote' | 'np';

/** One cue verb of `data/quotes/cues.tsv`. */
export interface CueEntry {
  readonly lemma: string;
  readonly cls: CueClass;
  readonly frames: ReadonlySet<CueFrame>;
}

/** Everything the quotes stage reads from data. */
export interface QuotesLexicon {
  readonly cues: ReadonlyMap<string, CueEntry>;
  /** Nouns that report content in "X's claim that …" (`data/quotes/nominal-cues.tsv`), by lemma. */
  readonly nominalCues: ReadonlyMap<string, CueClass>;
  /** Pronoun → the actor kind it can refer to. */
  readonly pronouns: ReadonlyMap<string, string>;
  /** Head nouns of unnamed sources ("the official", "a source"). */
  readonly anonymousHeads: ReadonlySet<string>;
  /** Words that may stand between a subject and its cue verb ("has", "also", "repeatedly"). */
  readonly subjectSkip: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
}

const CLASSES = new Set<CueClass>(['speech', 'thought', 'intent', 'evidence']);
const FRAMES = new Set<CueFrame>(['clause', 'obj', 'inf', 'post', 'quote', 'np']);

/** Parse the cue table; throws `DataError` naming the file and line on a bad row. */
export function parseCues(rows: readonly string[][], file: string): Map<string, CueEntry> {
  const out = new Map<string, CueEntry>();
  rows.forEach((row, i) => {
    const [lemma, cls, frames] = row.map((f) => f.trim());
    if (!lemma || !cls || frames === undefined) throw new DataError(file, `row ${i + 1}: expected lemma, class, frames`);
    if (!CLASSES.has(cls as CueClass)) throw new DataError(file, `row ${i + 1}: unknown class "${cls}"`);
    const set = new Set<CueFrame>();
    for (const f of frames.split(',').map((x) => x.trim()).filter(Boolean)) {
      if (!FRAMES.has(f as CueFrame)) throw new DataError(file, `row ${i + 1}: unknown frame "${f}"`);
      set.add(f as CueFrame);
    }
    if (out.has(lemma)) throw new DataError(file, `row ${i + 1}: duplicate cue "${lemma}"`);
    out.set(lemma, { lemma, cls: cls as CueClass, frames: set });
  });
  return out;
}

/** Parse the nominal cue table (noun, class); throws `DataError` naming the file and row on a bad row. */
export function parseNominalCues(rows: readonly string[][], file: string): Map<string, CueClass> {
  const out = new Map<string, CueClass>();
  rows.forEach((row, i) => {
    const [noun, cls] = row.map((f) => f.trim());
    if (!noun || !cls || row.length !== 2) throw new DataError(file, `row ${i + 1}: expected noun, class`);
    if (!CLASSES.has(cls as CueClass)) throw new DataError(file, `row ${i + 1}: unknown class "${cls}"`);
    if (out.has(noun)) throw new DataError(file, `row ${i + 1}: duplicate noun "${noun}"`);
    out.set(noun.toLowerCase(), cls as CueClass);
  });
  return out;
}

function stringList(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new DataError(file, `"${key}" must be a list of strings`);
  }
  return value.map((v: string) => v.toLowerCase());
}

/** Counts learned per verb lemma by `scripts/train-quotes.ts` (data/quotes/cue-stats.tsv). */
export interface CueStat {
  readonly lemma: string;
  readonly cue: number;
  readonly total: number;
  readonly left: number;
  readonly right: number;
  readonly that: number;
  readonly clause: number;
  readonly inf: number;
  readonly np: number;
  readonly quote: number;
  readonly obj: number;
}

const STAT_FIELDS = ['cue', 'total', 'left', 'right', 'that', 'clause', 'inf', 'np', 'quote', 'obj'] as const;

/** Parse the learned cue statistics; throws `DataError` on a malformed row. */
export function parseCueStats(rows: readonly string[][], file: string): CueStat[] {
  const out: CueStat[] = [];
  rows.forEach((row, i) => {
    if (row[0] === 'lemma') return;
    if (row.length !== STAT_FIELDS.length + 1) throw new DataError(file, `row ${i + 1}: expected ${STAT_FIELDS.length + 1} fields`);
    const nums = row.slice(1).map(Number);
    if (nums.some((x) => !Number.isInteger(x) || x < 0)) throw new DataError(file, `row ${i + 1}: counts must be non-negative integers`);
    const stat: Record<string, number | string> = { lemma: row[0] };
    STAT_FIELDS.forEach((f, j) => (stat[f] = nums[j]));
    out.push(stat as unknown as CueStat);
  });
  return out;
}

/** How learned statistics adjust the hand lexicon. */
export interface LearnedCueOptions {
  /** A lemma seen as a cue at least this often may be added. Default 5. */
  readonly minCount?: number;
  /** …when at least this share of its verb uses are cues. Default 0.4. */
  readonly minRate?: number;
  /** Hand cues seen at least 30 times as verbs but cues less often than this share are dropped. Default 0.2. */
  readonly dropRate?: number;
  /** A frame is learned when at least this share of the cue's contents take that shape. Default 0.15. */
  readonly minFrameShare?: number;
}

/** Merge learned cue statistics into hand-written cue entries: add frequent cues, add frames, drop rare ones. */
export function mergeLearnedCues(hand: ReadonlyMap<string, CueEntry>, stats: readonly CueStat[], options: LearnedCueOptions = {}): Map<string, CueEntry> {
  const minCount = options.minCount ?? 5;
  const minRate = options.minRate ?? 0.4;
  const dropRate = options.dropRate ?? 0.2;
  const share = options.minFrameShare ?? 0.15;
  const out = new Map(hand);
  for (const st of stats) {
    const rate = st.total ? st.cue / st.total : 0;
    const entry = out.get(st.lemma);
    if (entry && st.total >= 30 && rate < dropRate) {
      // A rarely-cue intent verb keeps only its infinitive frame ("wants to …"), which is the attribution use.
      if (entry.cls === 'intent' && entry.frames.has('inf')) out.set(st.lemma, { ...entry, frames: new Set<CueFrame>(['inf']) });
      else out.delete(st.lemma);
      continue;
    }
    if (!entry && (st.cue < minCount || rate < minRate)) continue;
    const frames = new Set<CueFrame>(entry?.frames ?? []);
    const right = Math.max(1, st.right);
    if (st.left / Math.max(1, st.cue) >= share) frames.add('post');
    if ((st.that + st.clause) / right >= share) frames.add('clause');
    if (st.inf / right >= share) frames.add('inf');
    if (st.np / right >= share) frames.add('np');
    if (st.quote / right >= share / 3) frames.add('quote');
    if (st.obj / right >= 2 * share) frames.add('obj');
    out.set(st.lemma, { lemma: st.lemma, cls: entry?.cls ?? 'thought', frames });
  }
  return out;
}

let cached: QuotesLexicon | null = null;

/** The shipped lexicon, loaded once. */
export function quotesLexicon(learned: LearnedCueOptions = {}): QuotesLexicon {
  if (cached) return cached;
  const cueFile = dataPath('quotes', 'cues.tsv');
  const statFile = dataPath('quotes', 'cue-stats.tsv');
  const wordFile = dataPath('quotes', 'speaker-words.json');
  const nounFile = dataPath('quotes', 'nominal-cues.tsv');
  const words = readJsonData(wordFile) as Record<string, unknown>;
  if (!words || typeof words !== 'object') throw new DataError(wordFile, 'expected an object');
  const pronouns = words.pronouns;
  if (!pronouns || typeof pronouns !== 'object') throw new DataError(wordFile, '"pronouns" must be an object');
  cached = {
    cues: mergeLearnedCues(parseCues(readTsvData(cueFile), cueFile), parseCueStats(readTsvData(statFile), statFile), learned),
    nominalCues: parseNominalCues(readTsvData(nounFile), nounFile),
    pronouns: new Map(Object.entries(pronouns as Record<string, string>)),
    anonymousHeads: new Set(stringList(words.anonymousHeads, wordFile, 'anonymousHeads')),
    subjectSkip: new Set(stringList(words.subjectSkip, wordFile, 'subjectSkip')),
    relativePronouns: new Set(stringList(words.relativePronouns, wordFile, 'relativePronouns')),
  };
  return cached;
}
