import { join } from 'node:path';
import {
  describeRange,
  type AnchoredAnnotation,
  type Annotation,
  type AnnotationPatch,
  type NewAnnotation,
} from '../../shared/annotations';
import {
  newAnnotationSchema,
  type AnnotationFilter,
  type AnnotationStoreStatus,
  type TagCount,
} from '../../shared/api/annotations';
import { documentText, paragraphOffsets, type ProcessedDocument } from '../../shared/corpus';
import { DossierError, isDossierError } from '../../shared/result';
import type { CorpusService } from '../corpus/corpus-service';
import { anchorTarget } from './anchoring/anchor';
import { parseInput } from './parse-input';
import type { AnnotationStore } from './store';

/** The database file inside the user-data folder. */
export function annotationsDatabasePath(userDataDir: string): string {
  return join(userDataDir, 'annotations.sqlite');
}

/**
 * Annotations as the app sees them: the store plus the corpus, so every annotation comes
 * back placed on its document's current text and new ones are checked against it.
 */
export interface AnnotationService {
  /** The raw store (export/import codes against it: list, get, merge, tags). */
  readonly store: AnnotationStore;
  list(filter?: AnnotationFilter): AnchoredAnnotation[];
  get(id: string): AnchoredAnnotation;
  create(input: NewAnnotation): AnchoredAnnotation;
  update(id: string, patch: AnnotationPatch): AnchoredAnnotation;
  delete(id: string): Annotation;
  restore(annotation: Annotation): AnchoredAnnotation;
  tagCounts(): TagCount[];
  status(): AnnotationStoreStatus;
  restoreBackup(backupPath: string): AnnotationStoreStatus;
  close(): void;
}

type Corpus = Pick<CorpusService, 'has' | 'get' | 'list'>;

export function createAnnotationService(store: AnnotationStore, corpus: Corpus): AnnotationService {
  // Documents are immutable once loaded, so their joined text is computed once.
  const texts = new WeakMap<ProcessedDocument, string>();
  const textOf = (doc: ProcessedDocument) => {
    let text = texts.get(doc);
    if (text === undefined) texts.set(doc, (text = documentText(doc.paragraphs)));
    return text;
  };

  const place = (a: Annotation): AnchoredAnnotation => {
    if (!corpus.has(a.target.documentId)) return { ...a, anchor: null };
    let doc: ProcessedDocument;
    try {
      doc = corpus.get(a.target.documentId);
    } catch (error) {
      // A document damaged in the built corpus must not hide every other note: its
      // annotations are listed as not placed (never dropped) until the corpus is rebuilt.
      if (isDossierError(error) && error.code === 'unavailable') return { ...a, anchor: null };
      throw error;
    }
    return { ...a, anchor: anchorTarget(textOf(doc), a.target) };
  };

  return {
    store,
    list(filter = {}) {
      if (filter.documentId !== undefined && !corpus.has(filter.documentId)) {
        return store.list(filter).map((a) => ({ ...a, anchor: null }));
      }
      const order = new Map(corpus.list().map((d, i) => [d.id, i]));
      return store.list(filter).map(place).sort(readingOrder(order));
    },
    get(id) {
      const found = store.get(id);
      if (!found) throw new DossierError('not-found', 'This annotation no longer exists.');
      return place(found);
    },
    create(input) {
      const valid = parseInput(newAnnotationSchema, input);
      const target = checkedTarget(corpus, textOf, valid.target);
      return place(store.create({ ...valid, target }));
    },
    update: (id, patch) => place(store.update(id, patch)),
    delete: (id) => store.delete(id),
    restore: (annotation) => place(store.restore(annotation)),
    tagCounts: () => store.tagCounts(),
    status: () => store.status(),
    restoreBackup: (backupPath) => store.restoreBackup(backupPath),
    close: () => store.close(),
  };
}

/**
 * A new target must describe the document as it is now: the quote is the text at the
 * position, the paragraph is the one the selection starts in. Prefix/suffix are
 * recomputed here so every stored selector has the full 32 characters of context.
 */
function checkedTarget(corpus: Corpus, textOf: (d: ProcessedDocument) => string, target: NewAnnotation['target']) {
  if (!corpus.has(target.documentId)) {
    throw new DossierError('invalid-argument', `The document "${target.documentId}" is not in this corpus.`);
  }
  const doc = corpus.get(target.documentId);
  const text = textOf(doc);
  const { start, end } = target.position;
  if (end > text.length || text.slice(start, end) !== target.quote.exact) {
    throw new DossierError(
      'invalid-argument',
      'The highlighted text does not match the document at that position; reload the document and select again.',
    );
  }
  const index = doc.paragraphs.findIndex((p) => p.id === target.paragraphId);
  const paragraphStart = paragraphOffsets(doc.paragraphs)[index];
  const paragraph = doc.paragraphs[index];
  if (!paragraph || paragraphStart === undefined || start < paragraphStart || start >= paragraphStart + paragraph.text.length) {
    throw new DossierError('invalid-argument', `The highlight does not start in paragraph "${target.paragraphId}".`);
  }
  return { ...target, ...describeRange(text, start, end) };
}

/** Corpus order of documents (unknown ones last), then anchor start; orphans last in their document. */
function readingOrder(order: Map<string, number>) {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (a: AnchoredAnnotation, b: AnchoredAnnotation): number =>
    rank(a.target.documentId) - rank(b.target.documentId) ||
    a.target.documentId.localeCompare(b.target.documentId) ||
    (a.anchor ? 0 : 1) - (b.anchor ? 0 : 1) ||
    (a.anchor && b.anchor ? a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end : 0) ||
    a.created.localeCompare(b.created) ||
    a.id.localeCompare(b.id);
}
