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

function stringList(value: unknown, file: string, key: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new DataError(file, `"${key}" must be a list of strings`);
  }
  return value.map((v: string) => v.toLowerCase());
}

let cached: QuotesLexicon | null = null;

/** The shipped lexicon, loaded once. */
export function quotesLexicon(): QuotesLexicon {
  if (cached) return cached;
  const cueFile = dataPath('quotes', 'cues.tsv');
  const wordFile = dataPath('quotes', 'speaker-words.json');
  const words = readJsonData(wordFile) as Record<string, unknown>;
  if (!words || typeof words !== 'object') throw new DataError(wordFile, 'expected an object');
  const pronouns = words.pronouns;
  if (!pronouns || typeof pronouns !== 'object') throw new DataError(wordFile, '"pronouns" must be an object');
  cached = {
    cues: parseCues(readTsvData(cueFile), cueFile),
    pronouns: new Map(Object.entries(pronouns as Record<string, string>)),
    anonymousHeads: new Set(stringList(words.anonymousHeads, wordFile, 'anonymousHeads')),
    subjectSkip: new Set(stringList(words.subjectSkip, wordFile, 'subjectSkip')),
    relativePronouns: new Set(stringList(words.relativePronouns, wordFile, 'relativePronouns')),
  };
  return cached;
}
