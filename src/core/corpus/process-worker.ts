import { parentPort } from 'node:worker_threads';
import { processRawDocument } from './formats/process-raw';
import type { processDocument } from './process-document';
import type { RawDocument } from './raw-document';

/** Worker-thread entry: processes one RawDocument per message (see worker-pool.ts). */
export interface WorkerRequest {
  seq: number;
  raw: RawDocument;
}
export type WorkerReply = { seq: number; ok: true; doc: ReturnType<typeof processDocument> } | { seq: number; ok: false; message: string };

parentPort?.on('message', async (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { seq: req.seq, ok: true, doc: await processRawDocument(req.raw) };
  } catch (e) {
    reply = { seq: req.seq, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
