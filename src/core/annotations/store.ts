import type { Annotation, AnnotationPatch, NewAnnotation } from '../../shared/annotations';

export interface MergeReport {
  added: number;
  updated: number;
  skipped: { id: string; reason: string }[];
}

/**
 * The annotation store (issue 5 implements it over node:sqlite). Every mutation is one
 * transaction; a method that returns has committed.
 */
export interface AnnotationStore {
  list(filter?: { documentId?: string }): Annotation[];
  get(id: string): Annotation | undefined;
  create(input: NewAnnotation): Annotation;
  update(id: string, patch: AnnotationPatch): Annotation;
  /** Returns the deleted annotation so undo can restore it whole. */
  delete(id: string): Annotation;
  /** Puts back an annotation exactly as it was (same id and dates): undo of delete. */
  restore(annotation: Annotation): Annotation;
  /** Import: insert new ids, replace older ones when `modified` is newer, all in one transaction. */
  merge(annotations: readonly Annotation[]): MergeReport;
  tags(): string[];
  close(): void;
}
