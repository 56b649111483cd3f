// A worker thread that analyzes articles: receives `{seq, article}`, answers `{seq, ok, analysis | error}`.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analysis/index.js';
import { errorMessage } from '../core/index.js';
import type { AnalyzeRequest, AnalyzeReply } from './pool.js';

const context = ((workerData ?? {}) as { context?: Record<string, unknown> }).context ?? {};

parentPort?.on('message', (req: AnalyzeRequest) => {
  let reply: AnalyzeReply;
  try {
    reply = { seq: req.seq, ok: true, analysis: analyze(req.article, { context }) };
  } catch (err) {
    reply = { seq: req.seq, ok: false, error: errorMessage(err) };
  }
  parentPort?.postMessage(reply);
});
