// A fixed pool of analysis worker threads, one article at a time per worker, pulling from a shared queue.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../core/index.js';
import type { V1Output } from '../contract/index.js';

/** A message to a worker. */
export interface AnalyzeRequest {
  readonly seq: number;
  readonly article: Article;
}
/** A worker's answer. */
export type AnalyzeReply = { readonly seq: number; readonly ok: true; readonly analysis: V1Output } | { readonly seq: number; readonly ok: false; readonly error: string };

export interface PoolOptions {
  /** Worker threads; default the number of cores. */
  readonly jobs?: number;
  /** Analysis context handed to every worker (e.g. `actorsFile`). Must be structured-cloneable. */
  readonly context?: Record<string, unknown>;
}

interface Task {
  readonly seq: number;
  readonly article: Article;
  readonly resolve: (v: V1Output) => void;
  readonly reject: (e: Error) => void;
}

/**
 * Runs `analyze` on worker threads. Under tsx (sources are `.ts`) workers start with `--import tsx`; from the build
 * they load the compiled `.js` directly. A worker that dies fails its current article and is replaced.
 */
export class AnalyzerPool {
  readonly size: number;
  readonly #context: Record<string, unknown>;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Task>();
  readonly #queue: Task[] = [];
  #seq = 0;
  #closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.jobs ?? availableParallelism());
    this.#context = options.context ?? {};
    for (let i = 0; i < this.size; i++) this.#idle.push(this.#spawn());
  }

  #spawn(): Worker {
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(`./analyze-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
    const workerData = { context: this.#context };
    // Under tsx the worker registers tsx's loader itself before loading the .ts worker (`--import tsx` in execArgv is
    // not honoured for workers on Node 20).
    const w = fromSource
      ? new Worker(
          `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
            `.then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`,
          { eval: true, workerData },
        )
      : new Worker(url, { workerData });
    w.on('message', (reply: AnalyzeReply) => {
      const task = this.#busy.get(w);
      this.#busy.delete(w);
      if (task) {
        if (reply.ok) task.resolve(reply.analysis);
        else task.reject(new Error(reply.error));
      }
      this.#idle.push(w);
      this.#pump();
    });
    const fail = (err: Error): void => {
      const task = this.#busy.get(w);
      this.#busy.delete(w);
      task?.reject(new Error(`analysis worker died: ${err.message}`));
      if (!this.#closed) {
        this.#idle.push(this.#spawn());
        this.#pump();
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (this.#busy.has(w)) fail(new Error(`exit code ${code}`));
    });
    return w;
  }

  #pump(): void {
    while (this.#idle.length && this.#queue.length) {
      const w = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      this.#busy.set(w, task);
      w.postMessage({ seq: task.seq, article: task.article } satisfies AnalyzeRequest);
    }
  }

  /** Analyze one article on the next free worker. */
  analyze(article: Article): Promise<V1Output> {
    if (this.#closed) return Promise.reject(new Error('the analyzer pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ seq: this.#seq++, article, resolve, reject });
      this.#pump();
    });
  }

  /** Stop every worker. Pending articles fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const t of this.#queue.splice(0)) t.reject(new Error('the analyzer pool was closed'));
    const all = [...this.#idle, ...this.#busy.keys()];
    this.#idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
