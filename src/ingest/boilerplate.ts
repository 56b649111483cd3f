// Boilerplate rules for HTML extraction, loaded once from data/ingest/boilerplate.json and validated.
import { DataError, dataPath, readJsonData } from '../core/index.js';

/** Compiled boilerplate rules. */
export interface BoilerplateRules {
  /** Words of a class or id (split on `-`, `_` and camelCase) that mark page furniture. */
  readonly classTokens: ReadonlySet<string>;
  /** Like `classTokens`, but only for blocks with little text: these words also name article parts on some sites. */
  readonly weakClassTokens: ReadonlySet<string>;
  /** Words that name the article itself: a block named by a weak word and one of these is kept. */
  readonly keepTokens: ReadonlySet<string>;
  /** Class or id words that start with one of these mark page furniture too. */
  readonly classPrefixes: readonly string[];
  /** Whole short paragraphs that are furniture ("Read more: …", "Sign up for …", "© 2024 …"). */
  readonly junkLines: readonly RegExp[];
  /** Notices that close a page (copyright, app and newsletter plugs, disclaimers), dropped near the end only. */
  readonly tailJunk: readonly RegExp[];
}

let cached: BoilerplateRules | null = null;

const stringList = (file: string, obj: Record<string, unknown>, key: string): string[] => {
  const v = obj[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x !== '')) {
    throw new DataError(file, `"${key}" must be a list of non-empty strings`);
  }
  return v as string[];
};

/** Load and compile the rules (cached). Throws `DataError` naming the file when it is malformed. */
export function boilerplateRules(file = dataPath('ingest', 'boilerplate.json')): BoilerplateRules {
  if (cached && file === dataPath('ingest', 'boilerplate.json')) return cached;
  const raw = readJsonData(file);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new DataError(file, 'expected a JSON object');
  const obj = raw as Record<string, unknown>;
  const patterns = (key: string): RegExp[] =>
    stringList(file, obj, key).map((src) => {
      try {
        return new RegExp(src, 'iu');
      } catch (err) {
        throw new DataError(file, `bad ${key} pattern ${JSON.stringify(src)}: ${(err as Error).message}`);
      }
    });
  const rules: BoilerplateRules = {
    classTokens: new Set(stringList(file, obj, 'classTokens').map((t) => t.toLowerCase())),
    weakClassTokens: new Set(stringList(file, obj, 'weakClassTokens').map((t) => t.toLowerCase())),
    keepTokens: new Set(stringList(file, obj, 'keepTokens').map((t) => t.toLowerCase())),
    classPrefixes: stringList(file, obj, 'classPrefixes').map((t) => t.toLowerCase()),
    junkLines: patterns('junkLines'),
    tailJunk: patterns('tailJunk'),
  };
  if (file === dataPath('ingest', 'boilerplate.json')) cached = rules;
  return rules;
}

/** Words of one class name or id: `articleShare-bar_top` → `articleshare`, `article`, `share`, `bar`, `top`. */
export function classWords(name: string): string[] {
  const words: string[] = [];
  for (const part of name.split(/[-_:\s]+/)) {
    if (!part) continue;
    const lower = part.toLowerCase();
    words.push(lower);
    const camel = part.split(/(?<=[a-z])(?=[A-Z])/);
    if (camel.length > 1) for (const c of camel) words.push(c.toLowerCase());
  }
  const joined = name.toLowerCase().replace(/[-_]/g, '');
  if (joined !== name.toLowerCase()) words.push(joined);
  return words;
}

/** Whether a class list or id names a boilerplate block: `strong`, `weak` (only when the block is small), or null. */
export function boilerplateName(classAndId: string, rules: BoilerplateRules): 'strong' | 'weak' | null {
  let weak = false;
  let keep = false;
  for (const name of classAndId.split(/\s+/)) {
    if (!name) continue;
    let nameWeak = false;
    let nameKeep = false;
    for (const w of classWords(name)) {
      if (rules.classTokens.has(w)) return 'strong';
      for (const p of rules.classPrefixes) if (w.startsWith(p)) return 'strong';
      if (rules.weakClassTokens.has(w)) nameWeak = true;
      if (rules.keepTokens.has(w)) nameKeep = true;
    }
    // "entry-meta" is furniture; class "content_body" with id "toc_title_1" is the article.
    if (nameWeak) weak = true;
    else if (nameKeep) keep = true;
  }
  return weak && !keep ? 'weak' : null;
}

/** True when a short paragraph is page furniture by the junk-line patterns. */
export function isJunkLine(line: string, rules: BoilerplateRules): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  if (t.length > 260) return false;
  return rules.junkLines.some((re) => re.test(t));
}

/** True when a paragraph is a closing notice (copyright, "download our app", disclaimers). */
export function isTailJunk(paragraph: string, rules: BoilerplateRules): boolean {
  const t = paragraph.replace(/\s+/g, ' ').trim();
  if (t.length > 300) return false;
  return isJunkLine(t, rules) || rules.tailJunk.some((re) => re.test(t));
}
