// Locating and loading the data files that ship in `data/` (gazetteers, lexicons, patterns).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from './errors.js';

let root: string | null = null;

/** The package root: the nearest folder above this module that holds `package.json` and `data/`. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new DataError('data/', 'cannot find the package data folder');
    dir = up;
  }
}

/** Absolute path of a file under `data/`. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** Read and parse a JSON data file, naming the file in any error. */
export function readJsonData(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataError(path, `cannot read: ${(err as Error).message}`, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DataError(path, `invalid JSON: ${(err as Error).message}`, { cause: err });
  }
}

/** Read a TSV data file into rows of fields, skipping blank lines and `#` comments. */
export function readTsvData(path: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new DataError(path, `cannot read: ${(err as Error).message}`, { cause: err });
  }
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
