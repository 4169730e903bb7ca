import { parentPort } from 'node:worker_threads';
import { failureMessage } from './failure-message';
import { processDocument } from './process-document';
import type { RawDocument } from './raw-document';

/** Worker-thread entry: processes one RawDocument per message (see worker-pool.ts). */
export interface WorkerRequest {
  seq: number;
  raw: RawDocument;
}
/** `start` is sent as a document begins, so the pool's time limit counts from there. */
export type WorkerReply =
  | { type: 'start'; seq: number }
  | { type: 'done'; seq: number; ok: true; doc: ReturnType<typeof processDocument> }
  | { type: 'done'; seq: number; ok: false; message: string };

parentPort?.on('message', (req: WorkerRequest) => {
  parentPort?.postMessage({ type: 'start', seq: req.seq } satisfies WorkerReply);
  let reply: WorkerReply;
  try {
    reply = { type: 'done', seq: req.seq, ok: true, doc: processDocument(req.raw) };
  } catch (e) {
    reply = { type: 'done', seq: req.seq, ok: false, message: failureMessage(e) };
  }
  parentPort?.postMessage(reply);
});
