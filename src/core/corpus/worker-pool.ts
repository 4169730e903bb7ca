import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ProcessedDocument } from '../../shared/corpus';
import type { WorkerReply, WorkerRequest } from './process-worker';
import type { RawDocument } from './raw-document';

export type ProcessOutcome = { ok: true; doc: ProcessedDocument } | { ok: false; message: string };

/**
 * Runs processDocument over worker threads. When this module is TypeScript (tsx, vitest),
 * the worker gets tsx's loader via `--import tsx`; compiled JavaScript needs no loader.
 * Results come back in input order; `onDone` fires per document for progress.
 */
export async function processInWorkers(
  raws: readonly RawDocument[],
  workerCount: number,
  onDone: (index: number, outcome: ProcessOutcome) => void,
): Promise<ProcessOutcome[]> {
  const results: ProcessOutcome[] = new Array(raws.length);
  if (raws.length === 0) return results;
  const isTs = import.meta.url.endsWith('.ts');
  const workerUrl = new URL(isTs ? './process-worker.ts' : './process-worker.js', import.meta.url);
  let next = 0;
  let finished = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next >= raws.length) return;
        const seq = next++;
        w.postMessage({ seq, raw: raws[seq] as RawDocument } satisfies WorkerRequest);
      };
      for (let i = 0; i < Math.min(workerCount, raws.length); i++) {
        const w = new Worker(fileURLToPath(workerUrl), { execArgv: isTs ? ['--import', 'tsx'] : [] });
        workers.push(w);
        w.on('message', (reply: WorkerReply) => {
          const outcome: ProcessOutcome = reply.ok ? { ok: true, doc: reply.doc } : { ok: false, message: reply.message };
          results[reply.seq] = outcome;
          onDone(reply.seq, outcome);
          if (++finished === raws.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (finished < raws.length && code !== 0) reject(new Error(`A corpus worker exited with code ${code}.`));
        });
        // Two documents in flight per worker hide the message round trip.
        feed(w);
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
