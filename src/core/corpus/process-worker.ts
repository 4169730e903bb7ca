import { parentPort } from 'node:worker_threads';
import { toTextRaw } from './formats/process-raw';
import { processDocument } from './process-document';
import { WORKER_READY, type WorkerReply, type WorkerRequest } from './process-worker-protocol';

export type { WorkerReply, WorkerRequest } from './process-worker-protocol';

/** Worker-thread entry: processes one RawDocument per message (see worker-pool.ts). */
parentPort?.on('message', async (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const { raw, note } = await toTextRaw(req.raw);
    reply = { seq: req.seq, ok: true, doc: processDocument(raw), note };
  } catch (e) {
    reply = { seq: req.seq, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage(WORKER_READY);
