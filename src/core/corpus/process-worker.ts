import { parentPort } from 'node:worker_threads';
import { failureMessage } from './failure-message';
import { toTextRaw, withOcr } from './formats/process-raw';
import { processDocument } from './process-document';
import type { WorkerReply, WorkerRequest } from './process-worker-protocol';

export type { WorkerReply, WorkerRequest } from './process-worker-protocol';

async function handle(req: WorkerRequest): Promise<void> {
  parentPort?.postMessage({ type: 'start', seq: req.seq } satisfies WorkerReply);
  let reply: WorkerReply;
  try {
    const onOcrPage = (page: number, pages: number) => parentPort?.postMessage({ type: 'ocr', seq: req.seq, page, pages } satisfies WorkerReply);
    const { raw, note, ocr } = await toTextRaw(req.raw, { onOcrPage });
    reply = { type: 'done', seq: req.seq, ok: true, doc: withOcr(processDocument(raw), ocr), note };
  } catch (e) {
    reply = { type: 'done', seq: req.seq, ok: false, message: failureMessage(e) };
  }
  parentPort?.postMessage(reply);
}

/**
 * Worker-thread entry: processes one RawDocument per message (see worker-pool.ts). Reading a
 * PDF or DOCX is asynchronous, so requests are chained: one document at a time, each `start`
 * sent only when that document really begins.
 */
let chain: Promise<void> = Promise.resolve();
parentPort?.on('message', (req: WorkerRequest) => {
  chain = chain.then(() => handle(req));
});
