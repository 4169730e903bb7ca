import type { StatementSync } from 'node:sqlite';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../shared/annotations';
import type { AnnotationStoreStatus, TagCount } from '../../shared/api/annotations';

export interface MergeReport {
  added: number;
  updated: number;
  skipped: { id: string; reason: string }[];
}

/**
 * The annotation store, implemented over node:sqlite by ./sqlite/sqlite-store.ts
 * (openAnnotationStore). Every mutation is one transaction; a method that returns has
 * committed, a method that throws has changed nothing. Storage failures (disk full,
 * read-only) throw DossierError('storage'); bad input throws 'invalid-argument' or
 * 'too-large'; unknown ids 'not-found'.
 *
 * The store does not know the corpus: checking a new target against the document text is
 * the service's job (../annotation-service.ts).
 */
export interface AnnotationStore {
  /** Stored annotations (optionally of one document), by document then stored position. */
  list(filter?: { documentId?: string }): Annotation[];
  get(id: string): Annotation | undefined;
  create(input: NewAnnotation): Annotation;
  /** Absent fields are kept; a patch that changes nothing writes nothing (modified unchanged). */
  update(id: string, patch: AnnotationPatch): Annotation;
  /** Returns the deleted annotation so undo can restore it whole. */
  delete(id: string): Annotation;
  /** Puts back an annotation exactly as it was (same id and dates): undo of delete. 'conflict' if the id exists. */
  restore(annotation: Annotation): Annotation;
  /**
   * Import: insert new ids, replace stored ones when the incoming `modified` is newer, skip
   * the rest (and invalid entries) with a reason — all in one transaction.
   */
  merge(annotations: readonly Annotation[]): MergeReport;
  /** Distinct tags in use (case-insensitively grouped), alphabetical. */
  tags(): string[];
  /** Tags with how many annotations carry them, most used first (for completion). */
  tagCounts(): TagCount[];
  /** Where the database is and whether it was recovered or is read-only. */
  status(): AnnotationStoreStatus;
  /**
   * Puts back what one of the database's own backups holds (AnnotationsApi.
   * restoreAnnotationBackup): the database is copied aside first, then one transaction adds
   * annotations missing here and replaces ones older here. Returns the new status.
   */
  restoreBackup(backupPath: string): AnnotationStoreStatus;
  /** Closes the database (idempotent); the store must not be used afterwards. */
  close(): void;
}

/**
 * The annotation database for other records kept in it (saved searches, query history):
 * the store's own connection, statement cache and guards, so they share its read-only,
 * locked and recovered states. `write` is one transaction: committed when it returns,
 * nothing changed when it throws ('storage' for a full or read-only disk).
 */
export interface StoreDatabase {
  read<T>(action: string, fn: (sql: (text: string) => StatementSync) => T): T;
  write<T>(action: string, fn: (sql: (text: string) => StatementSync) => T): T;
}
