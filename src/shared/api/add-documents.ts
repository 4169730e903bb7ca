import { z } from 'zod';
import { documentIdSchema } from './corpus';
import type { ArgSchemas } from './contract';

/**
 * Adding the analyst's own documents (issue 11). Files go into a queue processed in a worker;
 * the renderer polls getAddStatus() for progress while a batch runs.
 */

/** One file handed over by the renderer (file input, drag and drop). */
export interface AddFileInput {
  /** File name, with the folder path inside a dropped folder ("reports/q3.pdf"). */
  name: string;
  size: number;
  /** The bytes, base64; null when the renderer did not read them (unsupported type, over the limit). */
  dataBase64: string | null;
}

export interface AddOptions {
  /** Keep a copy of each original in the library (true), or only reference where it is (false; desktop only). */
  keepCopies: boolean;
}

export type AddOutcome = 'added' | 'replaced' | 'skipped' | 'failed' | 'cancelled';

export interface AddFileResult {
  name: string;
  outcome: AddOutcome;
  /** Why it was skipped or failed, or what replacing did ("re-anchored 3 notes"). */
  message: string | null;
  documentId: string | null;
  title: string | null;
  /** After a replace: notes on the old version that could not be placed on the new text. */
  unplaced: { id: string; quote: string }[];
}

export interface AddStatus {
  running: boolean;
  /** Files in the current (or last) batch, and how many are finished. */
  total: number;
  done: number;
  /** The file being processed now. */
  current: string | null;
  /** What is happening to it when that takes a while: "reading page 2 of 5 by OCR". */
  step?: string | null;
  /**
   * Every file's result. The addStatus event carries, while a batch runs, only the latest
   * problems (skipped or failed files), and every result once it ends: `done` counts them all.
   */
  results: AddFileResult[];
  /** "12 added, 1 skipped: already in the library, 1 failed: encrypted PDF" once a batch ends. */
  summary: string | null;
  /** Bumped whenever the user library changes: the renderer reloads the document list. */
  libraryVersion: number;
  /**
   * Grows on every change of this status, and across restarts (it starts from the clock). A
   * call's reply can arrive after events sent later (events and replies travel apart), so the
   * renderer keeps the status with the highest seq.
   */
  seq: number;
}

export interface UserDocumentInfo {
  id: string;
  title: string;
  fileName: string;
  format: string;
  addedAt: string;
  /** 'copy': the original is kept in the library; 'reference': only its path is remembered. */
  original: 'copy' | 'reference';
  originalPath: string | null;
  note: string | null;
}

export interface RemovedDocument {
  id: string;
  title: string;
  /** Notes on it: kept in the database, shown as on a removed document, placed again on restore. */
  annotationCount: number;
}

export interface AddDocumentsApi {
  /** Queues files; returns the status right after queueing. */
  addDocuments(files: AddFileInput[], options: AddOptions): Promise<AddStatus>;
  /** Desktop: the native open dialog, then queues what was chosen. `unavailable` in the web host. */
  chooseDocumentsToAdd(options: AddOptions): Promise<AddStatus>;
  getAddStatus(): Promise<AddStatus>;
  /** Stops the file being processed and drops the rest of the queue. */
  cancelAdding(): Promise<AddStatus>;
  listUserDocuments(): Promise<UserDocumentInfo[]>;
  /** Takes a user document out of the library (kept aside for restore); its notes stay. */
  removeUserDocument(id: string): Promise<RemovedDocument>;
  restoreUserDocument(id: string): Promise<UserDocumentInfo>;
}

/** One IPC call carries at most this much file data; the renderer sends larger batches in parts. */
export const MAX_ADD_BATCH_BASE64 = 160 * 1024 * 1024;

const addFileSchema = z.object({
  name: z.string().min(1).max(4096),
  size: z.number().int().nonnegative(),
  dataBase64: z.string().max(MAX_ADD_BATCH_BASE64).nullable(),
});
const addOptionsSchema = z.object({ keepCopies: z.boolean() });

export const addDocumentsArgs = {
  addDocuments: z.tuple([z.array(addFileSchema).max(10_000), addOptionsSchema]),
  chooseDocumentsToAdd: z.tuple([addOptionsSchema]),
  getAddStatus: z.tuple([]),
  cancelAdding: z.tuple([]),
  listUserDocuments: z.tuple([]),
  removeUserDocument: z.tuple([documentIdSchema]),
  restoreUserDocument: z.tuple([documentIdSchema]),
} satisfies ArgSchemas<AddDocumentsApi>;
