import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessedDocument } from '../../shared/corpus';
import type { WorkerReply, WorkerRequest } from './process-worker';
import type { RawDocument } from './raw-document';

export type ProcessOutcome = { ok: true; doc: ProcessedDocument } | { ok: false; message: string };

/**
 * How long one document may take before it is given up on. Cleaning and enrichment are
 * linear in the input, and a large real article takes well under a second; this is the
 * guard for a file that still finds a slow path, so it fails alone instead of holding the build.
 */
export const DEFAULT_DOCUMENT_TIME_LIMIT_MS = 20_000;

export interface WorkerPoolOptions {
  /** Per-document limit (default DEFAULT_DOCUMENT_TIME_LIMIT_MS): past it the worker is stopped and the document fails alone. */
  documentTimeLimitMs?: number;
  /** The worker script (tests): same protocol as ./process-worker.ts. */
  workerModule?: URL;
}

export function timeLimitMessage(ms: number): string {
  return `Processing this file took longer than ${Math.round(ms / 1000)} s, so it was stopped and left out; the other files were not affected. It may be built to slow readers down (extremely deep nesting or repetition).`;
}

/**
 * Runs processDocument over worker threads. When this module is TypeScript (tsx, vitest),
 * the worker gets tsx's loader via `--import tsx`; compiled JavaScript needs no loader.
 * Results come back in input order; `onDone` fires per document for progress. Each worker
 * has up to two documents queued (hiding the message round trip) and says when it starts
 * one, so the time limit counts from the start of that document's own processing.
 */
export async function processInWorkers(
  raws: readonly RawDocument[],
  workerCount: number,
  onDone: (index: number, outcome: ProcessOutcome) => void,
  options: WorkerPoolOptions = {},
): Promise<ProcessOutcome[]> {
  const results: ProcessOutcome[] = new Array(raws.length);
  if (raws.length === 0) return results;
  const limit = options.documentTimeLimitMs ?? DEFAULT_DOCUMENT_TIME_LIMIT_MS;
  const isTs = import.meta.url.endsWith('.ts');
  const workerUrl = options.workerModule ?? new URL(isTs ? './process-worker.ts' : './process-worker.js', import.meta.url);
  const queue: number[] = raws.map((_, i) => i);
  let finished = 0;
  const live = new Set<Worker>();
  const all: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const finish = (seq: number, outcome: ProcessOutcome) => {
        if (results[seq] !== undefined) return;
        results[seq] = outcome;
        onDone(seq, outcome);
        if (++finished === raws.length) resolve();
      };
      const start = () => {
        const w = new Worker(fileURLToPath(workerUrl), { execArgv: isTs ? ['--import', 'tsx'] : [] });
        live.add(w);
        all.push(w);
        const inFlight: number[] = [];
        let timer: NodeJS.Timeout | null = null;
        const feed = () => {
          const seq = queue.shift();
          if (seq === undefined) return;
          inFlight.push(seq);
          w.postMessage({ seq, raw: raws[seq] as RawDocument } satisfies WorkerRequest);
        };
        w.on('message', (reply: WorkerReply) => {
          if (!live.has(w)) return; // stopped for the time limit; its documents were handed on
          if (reply.type === 'start') {
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => {
              // The worker is stuck in this document: stop it, fail the document, hand its queue on.
              live.delete(w);
              void w.terminate();
              inFlight.splice(inFlight.indexOf(reply.seq), 1);
              queue.unshift(...inFlight);
              finish(reply.seq, { ok: false, message: timeLimitMessage(limit) });
              if (finished < raws.length) start();
            }, limit);
            return;
          }
          if (timer) clearTimeout(timer);
          timer = null;
          inFlight.splice(inFlight.indexOf(reply.seq), 1);
          finish(reply.seq, reply.ok ? { ok: true, doc: reply.doc } : { ok: false, message: reply.message });
          feed();
        });
        w.on('error', (error) => {
          if (timer) clearTimeout(timer);
          reject(error);
        });
        w.on('exit', (code) => {
          if (timer) clearTimeout(timer);
          if (live.has(w) && finished < raws.length && code !== 0) reject(new Error(`A corpus worker exited with code ${code}.`));
        });
        feed();
        feed();
      };
      for (let i = 0; i < Math.min(workerCount, raws.length); i++) start();
    });
  } finally {
    live.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
  return results;
}
