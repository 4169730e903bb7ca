import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { AddFileResult, AddStatus } from '../../shared/api/add-documents';
import type { ProcessedDocument } from '../../shared/corpus';
import { FILE_SIZE_LIMITS, fileFormatOf, megabytes } from '../../shared/file-formats';
import { decodeFileText, declaredHtmlCharset } from '../corpus/formats/decode-text';
import { InputError, type RawDocument } from '../corpus/raw-document';
import type { ProcessOutcome } from '../corpus/worker-pool';
import { summarizeResults } from './add-summary';
import type { LibraryEntry } from './library-files';
import type { UserLibrary } from './user-library';

/** A file waiting in the queue: its bytes (from the renderer) or its path (native dialog, folders). */
export interface QueuedFile {
  name: string;
  size: number;
  bytes: (() => Uint8Array) | null;
  /** Absolute path when the host knows it: version detection by path, and "reference" mode. */
  path: string | null;
  keepCopy: boolean;
}

export interface QueueDeps {
  library: UserLibrary;
  /** Runs the pipeline in a worker (DocumentWorkerPool.process); `onOcrPage` as OCR begins each scanned page. */
  process(raw: RawDocument, onOcrPage?: (page: number, pages: number) => void): Promise<ProcessOutcome>;
  /** Stops the document in progress (cancel). */
  interrupt(message: string): void;
  /** A document was stored: index it for search now. */
  indexed(doc: ProcessedDocument): void;
  /** After a replace: the notes on that document that cannot be placed on its new text. */
  unplacedNotes(documentId: string): { id: string; quote: string }[];
  /** Every change of status (the renderer's progress arrives as the addStatus event). */
  changed?(status: AddStatus): void;
}

/** Progress events while a batch runs: at most one per this many ms. */
export const EVENT_INTERVAL_MS = 100;
/** Problems (skipped, failed) an event carries while running; the end's event has every result. */
export const EVENT_PROBLEMS = 100;

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function textHash(doc: ProcessedDocument): string {
  return sha256(doc.paragraphs.map((p) => p.text).join('\n\n'));
}

function words(doc: ProcessedDocument): number {
  let n = 0;
  for (const p of doc.paragraphs) n += p.text.split(/\s+/u).filter(Boolean).length;
  return n;
}

/**
 * The add-documents queue: files are processed one at a time in a worker (never on this
 * thread beyond reading and hashing), each ending added, replaced (a new version), skipped
 * (already there, not a document type) or failed (with the reason); one failure never stops
 * the rest. Status is polled by the renderer.
 */
export class AddQueue {
  private readonly waiting: QueuedFile[] = [];
  private results: AddFileResult[] = [];
  private total = 0;
  private current: string | null = null;
  private step: string | null = null;
  private running = false;
  private cancelled = false;
  private version = 0;
  private seq = 0;
  private finished: string | null = null;
  private idle: Promise<void> = Promise.resolve();
  private lastSent = 0;
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: QueueDeps) {}

  add(files: readonly QueuedFile[]): AddStatus {
    if (!this.running) {
      this.results = [];
      this.total = 0;
      this.finished = null;
      this.cancelled = false;
    }
    this.waiting.push(...files);
    this.total += files.length;
    const starting = !this.running && files.length > 0;
    if (starting) {
      this.running = true;
      this.idle = this.run();
    }
    this.notify(starting);
    return this.status();
  }

  /**
   * Sends the status as an event. While a batch runs, at most one every EVENT_INTERVAL_MS (the
   * latest state; a start, a cancel and the end go at once) and with only the latest problems:
   * a folder of 5,000 files sent every result with every file, quadratic in the folder's size.
   * The call (getAddStatus) and the event at the end carry every result.
   */
  private notify(now = false): void {
    // Ordered across restarts too: the web host's event stream replays a stopped core's last
    // status to the reloaded page, and a new core's must win over it.
    this.seq = Math.max(this.seq + 1, Date.now() * 1000);
    if (!this.deps.changed) return;
    const send = () => {
      if (this.pending) clearTimeout(this.pending);
      this.pending = null;
      this.lastSent = Date.now();
      this.deps.changed?.(this.eventStatus());
    };
    if (now || !this.running) return send();
    if (this.pending) return;
    const wait = this.lastSent + EVENT_INTERVAL_MS - Date.now();
    if (wait <= 0) send();
    else this.pending = setTimeout(send, wait);
  }

  /** What the addStatus event carries: while running, only the latest problems (the panel's list). */
  eventStatus(): AddStatus {
    const status = this.status();
    if (!status.running) return status;
    const problems: AddFileResult[] = [];
    for (let i = this.results.length - 1; i >= 0 && problems.length < EVENT_PROBLEMS; i--) {
      const r = this.results[i]!;
      if (r.outcome !== 'added') problems.push(r);
    }
    return { ...status, results: problems.reverse() };
  }

  cancel(): AddStatus {
    if (this.running) {
      this.cancelled = true;
      this.deps.interrupt('Cancelled.');
    }
    this.notify(true);
    return this.status();
  }

  /** Resolves when the queue has nothing left to do (tests, shutdown). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** Bumped on every library change (adds here, removes and restores from outside). */
  touch(): void {
    this.version++;
    this.notify();
  }

  status(): AddStatus {
    return {
      running: this.running,
      total: this.total,
      done: this.results.length,
      current: this.current,
      step: this.step,
      results: [...this.results],
      summary: this.finished,
      libraryVersion: this.version,
      seq: this.seq,
    };
  }

  private async run(): Promise<void> {
    try {
      for (let file = this.waiting.shift(); file; file = this.waiting.shift()) {
        if (this.cancelled) {
          this.results.push(result(file.name, 'cancelled', 'Cancelled before it was read.'));
          continue;
        }
        this.current = file.name;
        this.step = null;
        this.notify();
        let r: AddFileResult;
        try {
          r = await this.addOne(file);
        } catch (e) {
          // Storage problems (disk full, folder read-only) fail this file; the library is unchanged.
          r = result(file.name, 'failed', e instanceof InputError ? e.message : `Could not be stored: ${(e as Error).message}`);
        }
        if (this.cancelled && r.outcome === 'failed' && r.message === 'Cancelled.') r = { ...r, outcome: 'cancelled' };
        this.results.push(r);
        this.notify();
      }
    } finally {
      this.current = null;
      this.step = null;
      this.running = false;
      this.finished = summarizeResults(this.results);
      this.notify();
    }
  }

  private async addOne(file: QueuedFile): Promise<AddFileResult> {
    const format = fileFormatOf(file.name);
    if (!format) return result(file.name, 'skipped', 'Not a supported file type (.txt, .md, .html, .pdf, .docx, .eml).');
    const size = file.path ? statSync(file.path).size : file.size;
    if (size === 0) return result(file.name, 'failed', 'Empty file (0 bytes).');
    if (size > FILE_SIZE_LIMITS[format]) {
      return result(file.name, 'failed', `Too large: ${megabytes(size)}; the limit for ${format.toUpperCase()} files is ${megabytes(FILE_SIZE_LIMITS[format])}.`);
    }
    const bytes = file.bytes ? file.bytes() : file.path ? readFileSync(file.path) : null;
    if (!bytes) return result(file.name, 'failed', 'The file could not be read.');
    const contentSha = sha256(bytes);
    const { library } = this.deps;
    const same = library.findByContent(contentSha);
    if (same && same.removedAt === null) return { ...result(file.name, 'skipped', `Already in the library (as “${same.title}”).`), documentId: same.id, title: same.title };
    if (same) {
      library.setRemoved(same.id, false);
      this.deps.indexed(library.get(same.id));
      this.version++;
      return { ...result(file.name, 'added', 'It had been removed; restored with its notes.'), documentId: same.id, title: same.title };
    }

    const binary = format === 'pdf' || format === 'docx' || format === 'eml';
    const content = binary ? Buffer.from(bytes).toString('base64') : decodeFileText(bytes, format === 'html' ? declaredHtmlCharset(bytes) : null);
    const fileKey = file.path ?? file.name;
    const onOcrPage = (page: number, pages: number) => {
      this.step = `reading page ${page} of ${pages} by OCR`;
      this.notify();
    };
    const outcome = await this.deps.process({ id: 'pending', format, content, meta: {}, file: file.name }, onOcrPage).finally(() => {
      this.step = null;
    });
    if (!outcome.ok) return result(file.name, 'failed', outcome.message);
    const processed = outcome.doc;

    const textSha = textHash(processed);
    const sameText = library.findByText(textSha);
    if (sameText) return { ...result(file.name, 'skipped', `Already in the library: same text as “${sameText.title}”.`), documentId: sameText.id, title: sameText.title };

    const previous = library.findPreviousVersion(fileKey, processed.title, processed.source);
    const id = previous?.id ?? library.newId(contentSha);
    const doc: ProcessedDocument = { ...processed, id };
    const now = new Date().toISOString();
    const entry: LibraryEntry = {
      id,
      title: doc.title,
      source: doc.source,
      fileName: file.name,
      format,
      addedAt: previous?.addedAt ?? now,
      updatedAt: now,
      contentSha256: contentSha,
      textSha256: textSha,
      original: file.keepCopy || !file.path ? 'copy' : 'reference',
      originalPath: file.path,
      note: outcome.note ?? null,
      ...(processed.ocr ? { ocr: true } : {}),
      paragraphCount: doc.paragraphs.length,
      wordCount: words(doc),
      published: doc.published,
      removedAt: null,
    };
    library.put(entry, doc, entry.original === 'copy' ? bytes : null);
    this.deps.indexed(doc);
    this.version++;
    if (!previous) return { ...result(file.name, 'added', outcome.note ?? null), documentId: id, title: doc.title };
    const unplaced = this.deps.unplacedNotes(id);
    const message = `Replaced the earlier version of “${previous.title}”; its notes were placed on the new text${unplaced.length ? `, except ${unplaced.length} that could not be placed` : ''}.`;
    return { ...result(file.name, 'replaced', message), documentId: id, title: doc.title, unplaced };
  }
}

function result(name: string, outcome: AddFileResult['outcome'], message: string | null): AddFileResult {
  return { name, outcome, message, documentId: null, title: null, unplaced: [] };
}
