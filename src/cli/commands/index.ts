// Every CLI command, registered in the order `--help` lists them.
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerExtract } from './extract.js';

export function registerCommands(program: Command): void {
  registerAnalyze(program);
  registerExtract(program);
}
