import type { ProcessedDocument } from '../../shared/corpus';
import type { RawDocument } from './raw-document';

/** Messages between DocumentWorkerPool (worker-pool.ts) and its workers (process-worker.ts). */
export interface WorkerRequest {
  seq: number;
  raw: RawDocument;
}
export type WorkerReply = { seq: number; ok: true; doc: ProcessedDocument; note: string | null } | { seq: number; ok: false; message: string };

/** Posted once by a worker when its modules are loaded and it listens. */
export const WORKER_READY = 'ready';
