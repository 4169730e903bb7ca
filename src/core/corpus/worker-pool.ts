import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ProcessedDocument } from '../../shared/corpus';
import { WORKER_READY, type WorkerReply, type WorkerRequest } from './process-worker-protocol';
import type { RawDocument } from './raw-document';

export type ProcessOutcome = { ok: true; doc: ProcessedDocument; note?: string | null } | { ok: false; message: string };

export interface PoolOptions {
  workerCount: number;
  /**
   * Per-document time limit: a document still being processed after this long fails with a
   * message and its worker is replaced, so one pathological file cannot stall the rest.
   */
  timeLimitMs?: number;
  /** Heap limits per worker: a file that needs more fails alone (the worker dies, not the app). */
  resourceLimits?: ResourceLimits;
  /** Another worker script speaking the same protocol (tests: one that hangs or crashes on cue). */
  entry?: { path: string; execArgv: string[] };
}

/** The worker entry next to this module: compiled .js (bundled main), else the .ts source under tsx. */
function workerEntry(): { path: string; execArgv: string[] } {
  for (const name of ['./process-worker.js', '../process-worker.js']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { path: fileURLToPath(url), execArgv: [] };
  }
  return { path: fileURLToPath(new URL('./process-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
}

/** A worker that could not start at all (no loader, no compiled file): callers fall back to this thread. */
export class WorkerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStartError';
  }
}

interface Job {
  raw: RawDocument;
  resolve: (outcome: ProcessOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: ReturnType<typeof setTimeout> | null;
  online: boolean;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Long-lived worker threads that run the document pipeline (process-worker.ts), one document
 * per worker at a time. A document that exceeds the time limit, or whose worker crashes or
 * runs out of memory, fails alone: its worker is replaced and the queue goes on.
 */
export class DocumentWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private seq = 0;
  private closed = false;
  private readonly entry: { path: string; execArgv: string[] };

  constructor(private readonly options: PoolOptions) {
    this.entry = options.entry ?? workerEntry();
  }

  process(raw: RawDocument): Promise<ProcessOutcome> {
    if (this.closed) return Promise.reject(new Error('The document worker pool is closed.'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ raw, resolve, reject });
      this.pump();
    });
  }

  /** Stops whatever is running now: its document fails with `message`; queued ones still run. */
  interrupt(message: string): void {
    for (const slot of this.slots) if (slot.job) this.replace(slot, { ok: false, message });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = this.slots.splice(0).map((s) => {
      if (s.timer) clearTimeout(s.timer);
      s.job?.reject(new Error('The document worker pool was closed.'));
      s.worker.removeAllListeners();
      return s.worker.terminate();
    });
    for (const job of this.waiting.splice(0)) job.reject(new Error('The document worker pool was closed.'));
    await Promise.all(workers);
  }

  private pump(): void {
    while (this.waiting.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < Math.max(1, this.options.workerCount)) slot = this.spawn();
      if (!slot) return;
      this.start(slot, this.waiting.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.entry.path, { execArgv: this.entry.execArgv, resourceLimits: this.options.resourceLimits });
    const slot: Slot = { worker, job: null, timer: null, online: false };
    worker.on('message', (reply: WorkerReply | typeof WORKER_READY) => {
      if (reply === WORKER_READY) {
        // Loaded (the pipeline's modules take a while under tsx): from now on the clock runs.
        slot.online = true;
        if (slot.job) this.arm(slot);
        return;
      }
      const outcome: ProcessOutcome = reply.ok ? { ok: true, doc: reply.doc, note: reply.note ?? null } : { ok: false, message: reply.message };
      this.finish(slot, outcome);
    });
    worker.on('error', (error) => this.crashed(slot, error));
    worker.on('exit', (code) => this.crashed(slot, new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    if (slot.online) this.arm(slot);
    slot.worker.postMessage({ seq: this.seq++, raw: job.raw } satisfies WorkerRequest);
  }

  /** The clock runs from when a started worker has the document: start-up time is not the document's. */
  private arm(slot: Slot): void {
    const limit = this.options.timeLimitMs;
    if (!limit || slot.timer) return;
    slot.timer = setTimeout(() => {
      this.replace(slot, { ok: false, message: `Took longer than ${seconds(limit)} to process (the per-document time limit); stopped.` });
    }, limit);
  }

  private finish(slot: Slot, outcome: ProcessOutcome): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job?.resolve(outcome);
    this.pump();
  }

  /** Ends the slot's worker, settles its job with `outcome`, and lets a fresh worker take the queue. */
  private replace(slot: Slot, outcome: ProcessOutcome): void {
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1);
    this.finish(slot, outcome);
  }

  private crashed(slot: Slot, error: Error): void {
    if (!this.slots.includes(slot)) return;
    if (!slot.online) {
      // Never started: every document would fail the same way; let the caller choose a fallback.
      slot.worker.removeAllListeners();
      this.slots.splice(this.slots.indexOf(slot), 1);
      const why = new WorkerStartError(`A document worker could not start (${error.message}).`);
      slot.job?.reject(why);
      for (const job of this.waiting.splice(0)) job.reject(why);
      return;
    }
    const oom = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const message = oom ? 'Processing this file ran out of memory; it is too large or malformed.' : `The processing worker crashed on this file (${error.message}).`;
    if (slot.job) this.replace(slot, { ok: false, message });
    else {
      slot.worker.removeAllListeners();
      this.slots.splice(this.slots.indexOf(slot), 1);
    }
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
  options: Omit<PoolOptions, 'workerCount'> = {},
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
