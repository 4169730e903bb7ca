import type { ProcessedDocument } from '../../shared/corpus';
import type { RawDocument } from './raw-document';

/** Messages between the worker pool (worker-pool.ts) and its workers (process-worker.ts). */
export interface WorkerRequest {
  seq: number;
  raw: RawDocument;
}
/**
 * `start` is sent as a document begins, so the pool's time limit counts from there (not from
 * when it was queued, nor while the worker's modules load). `note` says how the text was got
 * (a PDF's text layer…), for the add-documents summary. `ocr` is sent as OCR begins each
 * scanned page: progress, and the pool restarts that document's time limit for the page.
 */
export type WorkerReply =
  | { type: 'start'; seq: number }
  | { type: 'ocr'; seq: number; page: number; pages: number }
  | { type: 'done'; seq: number; ok: true; doc: ProcessedDocument; note?: string | null }
  | { type: 'done'; seq: number; ok: false; message: string };
