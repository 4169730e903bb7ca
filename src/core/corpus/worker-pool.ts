import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ProcessedDocument } from '../../shared/corpus';
import type { WorkerReply, WorkerRequest } from './process-worker-protocol';
import type { RawDocument } from './raw-document';
import { findWorkerEntry, workerEntryAt, type WorkerEntry } from '../worker-entry';

export type ProcessOutcome = { ok: true; doc: ProcessedDocument; note?: string | null } | { ok: false; message: string };

/**
 * How long one document may take before it is given up on. Cleaning and enrichment are
 * linear in the input, and a large real article takes well under a second; this is the
 * guard for a file that still finds a slow path, so it fails alone instead of holding the build.
 */
export const DEFAULT_DOCUMENT_TIME_LIMIT_MS = 20_000;

/**
 * OCR is slow (seconds a page on a shared machine): each scanned page gets this long from
 * the moment OCR begins on it, instead of the whole file sharing one document limit. A file
 * of many pages is bounded by the OCR page limit (OCR_PAGE_LIMIT in formats/ocr/ocr-pages.ts).
 */
export const OCR_PAGE_TIME_LIMIT_MS = 90_000;

/** Called as OCR begins on a page of the document (progress). */
export type OcrPageListener = (page: number, pages: number) => void;

export interface WorkerPoolOptions {
  /** Per-document limit (default DEFAULT_DOCUMENT_TIME_LIMIT_MS): past it the worker is stopped and the document fails alone. */
  documentTimeLimitMs?: number;
  /** Per scanned page read by OCR (default OCR_PAGE_TIME_LIMIT_MS), counted from when OCR begins on it. */
  ocrPageTimeLimitMs?: number;
  /** The worker script (tests): same protocol as ./process-worker.ts; a .ts file runs under tsx. */
  workerModule?: URL;
  /** Heap limits per worker: a file that needs more fails alone (the worker dies, not the app). */
  resourceLimits?: ResourceLimits;
}

export interface PoolOptions extends WorkerPoolOptions {
  workerCount: number;
}

export function timeLimitMessage(ms: number): string {
  return `Processing this file took longer than ${Math.round(ms / 1000)} s, so it was stopped and left out; the other files were not affected. It may be built to slow readers down (extremely deep nesting or repetition).`;
}

export function ocrTimeLimitMessage(ms: number, page: number): string {
  return `Reading page ${page} of this scanned PDF by OCR took longer than ${Math.round(ms / 1000)} s, so the file was stopped and left out; the other files were not affected.`;
}

/** A worker that could not start at all (no loader, no compiled file): callers fall back to this thread. */
export class WorkerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStartError';
  }
}

interface Job {
  seq: number;
  raw: RawDocument;
  resolve: (outcome: ProcessOutcome) => void;
  reject: (error: Error) => void;
  onOcrPage?: OcrPageListener;
}

interface Slot {
  worker: Worker;
  /** Posted to this worker, oldest first; the first is the one running once `running` is set. */
  jobs: Job[];
  running: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** The worker has begun a document, so its modules loaded: a later crash is the document's fault. */
  started: boolean;
}

/** Documents posted to one worker ahead of time, so the message round trip is hidden. */
const DEPTH = 2;

/**
 * Long-lived worker threads running the document pipeline (process-worker.ts): the corpus build
 * and the add-documents queue use this one pool. Each worker says when it starts a document, and
 * the per-document time limit counts from then. A document past the limit, or whose worker
 * crashes or runs out of memory, fails alone: the worker is replaced and its other posted
 * documents go back to the front of the queue.
 */
export class DocumentWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private seq = 0;
  private closed = false;
  private readonly entry: WorkerEntry;
  private readonly limitMs: number;
  private readonly ocrPageLimitMs: number;

  constructor(private readonly options: PoolOptions) {
    // Without a bundled or source script the start fails and callers fall back to this thread.
    this.entry = options.workerModule ? workerEntryAt(options.workerModule) : (findWorkerEntry(import.meta.url, 'process-worker') ?? workerEntryAt(new URL('./process-worker.ts', import.meta.url)));
    this.limitMs = options.documentTimeLimitMs ?? DEFAULT_DOCUMENT_TIME_LIMIT_MS;
    this.ocrPageLimitMs = options.ocrPageTimeLimitMs ?? OCR_PAGE_TIME_LIMIT_MS;
  }

  process(raw: RawDocument, onOcrPage?: OcrPageListener): Promise<ProcessOutcome> {
    if (this.closed) return Promise.reject(new Error('The document worker pool is closed.'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: this.seq++, raw, resolve, reject, onOcrPage });
      this.pump();
    });
  }

  /**
   * Stops the document each worker is on (or about to begin, while the worker still loads): it
   * fails with `message`; the others still run.
   */
  interrupt(message: string): void {
    for (const slot of [...this.slots]) {
      const current = slot.running ?? slot.jobs[0];
      if (current) this.replace(slot, { ok: false, message }, current);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const closing = new Error('The document worker pool was closed.');
    const workers = this.slots.splice(0).map((s) => {
      if (s.timer) clearTimeout(s.timer);
      for (const job of s.jobs) job.reject(closing);
      s.worker.removeAllListeners();
      return s.worker.terminate();
    });
    for (const job of this.waiting.splice(0)) job.reject(closing);
    await Promise.all(workers);
  }

  private pump(): void {
    while (this.waiting.length > 0 && !this.closed) {
      let slot = this.slots.find((s) => s.jobs.length === 0);
      if (!slot && this.slots.length < Math.max(1, this.options.workerCount)) slot = this.spawn();
      slot ??= this.slots.find((s) => s.jobs.length < DEPTH);
      if (!slot) return;
      const job = this.waiting.shift()!;
      slot.jobs.push(job);
      slot.worker.postMessage({ seq: job.seq, raw: job.raw } satisfies WorkerRequest);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry.path, { execArgv: this.entry.execArgv ?? [], resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, jobs: [], running: null, timer: null, started: false };
    worker.on('message', (reply: WorkerReply) => {
      const job = slot.jobs.find((j) => j.seq === reply.seq);
      if (!job) return;
      if (reply.type === 'start') {
        slot.started = true;
        slot.running = job;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = setTimeout(() => this.replace(slot, { ok: false, message: timeLimitMessage(this.limitMs) }), this.limitMs);
        return;
      }
      if (reply.type === 'ocr') {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = setTimeout(() => this.replace(slot, { ok: false, message: ocrTimeLimitMessage(this.ocrPageLimitMs, reply.page) }), this.ocrPageLimitMs);
        job.onOcrPage?.(reply.page, reply.pages);
        return;
      }
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.running = null;
      slot.jobs.splice(slot.jobs.indexOf(job), 1);
      job.resolve(reply.ok ? { ok: true, doc: reply.doc, note: reply.note ?? null } : { ok: false, message: reply.message });
      this.pump();
    });
    worker.on('error', (error) => this.crashed(slot, error));
    worker.on('exit', (code) => this.crashed(slot, new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /** Ends the slot's worker, settles `victim` (its running document) with `outcome`, and requeues the rest. */
  private replace(slot: Slot, outcome: ProcessOutcome, victim: Job | null = slot.running): void {
    if (!this.slots.includes(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.waiting.unshift(...slot.jobs.filter((j) => j !== victim));
    victim?.resolve(outcome);
    this.pump();
  }

  private crashed(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    if (!slot.started) {
      // Never began a document: every one would fail the same way; let the caller choose a fallback.
      slot.worker.removeAllListeners();
      this.slots.splice(this.slots.indexOf(slot), 1);
      const why = new WorkerStartError(`A document worker could not start (${error.message}).`);
      for (const job of [...slot.jobs, ...this.waiting.splice(0)]) job.reject(why);
      return;
    }
    const oom = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const message = oom ? 'Processing this file ran out of memory; it is too large or malformed.' : `The processing worker crashed on this file (${error.message}).`;
    this.replace(slot, { ok: false, message });
  }
}

/**
 * Runs the pipeline over worker threads for a build. Results come back in input order;
 * `onDone` fires per document for progress. Rejects only when workers cannot start.
 */
export async function processInWorkers(
  raws: readonly RawDocument[],
  workerCount: number,
  onDone: (index: number, outcome: ProcessOutcome) => void,
  options: WorkerPoolOptions = {},
): Promise<ProcessOutcome[]> {
  if (raws.length === 0) return [];
  const pool = new DocumentWorkerPool({ ...options, workerCount: Math.min(workerCount, raws.length) });
  try {
    return await Promise.all(
      raws.map((raw, i) =>
        pool.process(raw).then((outcome) => {
          onDone(i, outcome);
          return outcome;
        }),
      ),
    );
  } finally {
    await pool.close();
  }
}
