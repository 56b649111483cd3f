// Every CLI command, registered in the order `--help` lists them.
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerEvents } from './events.js';
import { registerActors } from './actors.js';
import { registerStance } from './stance.js';
import { registerSearch } from './search.js';
import { registerStories } from './stories.js';
import { registerServe } from './serve.js';

export function registerCommands(program: Command): void {
  registerAnalyze(program);
  registerExtract(program);
  registerIngest(program);
  registerQuotes(program);
  registerEvents(program);
  registerActors(program);
  registerStance(program);
  registerSearch(program);
  registerStories(program);
  registerServe(program);
}
