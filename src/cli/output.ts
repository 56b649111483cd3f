// Writing results to stdout in the formats every command shares, and errors and progress to stderr.
import type { InputError } from '../core/index.js';

export type OutputFormat = 'json' | 'jsonl' | 'pretty';

/** Writes objects as they come: JSONL streams; JSON buffers to print one object or an array at the end. */
export class ObjectWriter<T> {
  readonly #format: OutputFormat;
  readonly #pretty: (item: T) => string;
  readonly #buffer: T[] = [];
  constructor(format: OutputFormat, pretty: (item: T) => string) {
    this.#format = format;
    this.#pretty = pretty;
  }
  write(item: T): void {
    if (this.#format === 'jsonl') process.stdout.write(JSON.stringify(item) + '\n');
    else if (this.#format === 'pretty') process.stdout.write(this.#pretty(item) + '\n');
    else this.#buffer.push(item);
  }
  end(): void {
    if (this.#format !== 'json') return;
    const value = this.#buffer.length === 1 ? this.#buffer[0] : this.#buffer;
    process.stdout.write(JSON.stringify(value, null, 2) + '\n');
  }
}

/** Report a failed input on stderr: `standpoint: <input>: <reason>`. */
export function reportFailure(error: InputError | Error): void {
  process.stderr.write(`standpoint: ${error.message}\n`);
}

/** A progress line on stderr, shown only on a terminal and only past a few items. */
export class Progress {
  readonly #label: string;
  readonly #startMs = Date.now();
  readonly #enabled: boolean;
  #done = 0;
  #failed = 0;
  #lastDrawMs = 0;
  #total: number | null;
  constructor(label: string, total: number | null = null, enabled = process.stderr.isTTY === true) {
    this.#label = label;
    this.#total = total;
    this.#enabled = enabled;
  }
  tick(ok: boolean): void {
    this.#done++;
    if (!ok) this.#failed++;
    const now = Date.now();
    if (!this.#enabled || this.#done < 4 || now - this.#lastDrawMs < 100) return;
    this.#lastDrawMs = now;
    const secs = (now - this.#startMs) / 1000;
    const rate = this.#done / Math.max(secs, 0.001);
    let line = `${this.#label}: ${this.#done}`;
    if (this.#total) {
      const eta = (this.#total - this.#done) / Math.max(rate, 0.001);
      line += `/${this.#total} (${((100 * this.#done) / this.#total).toFixed(0)}%) eta ${eta.toFixed(0)}s`;
    }
    line += ` · ${rate.toFixed(1)}/s` + (this.#failed ? ` · ${this.#failed} failed` : '');
    process.stderr.write(`\r\x1b[2K${line}`);
  }
  end(): void {
    if (this.#enabled && this.#done >= 4) process.stderr.write('\r\x1b[2K');
  }
  get failed(): number {
    return this.#failed;
  }
  get done(): number {
    return this.#done;
  }
}
