import type { Annotation } from '../../shared/annotations';
import type { Correction } from '../../shared/corrections';
import { paragraphOffsets, type ProcessedDocument } from '../../shared/corpus';

/**
 * What every human-readable writer (Markdown, CSV, HTML) renders: annotations grouped by
 * document in corpus order, each group in reading order, with the paragraph resolved.
 * Writers are pure functions of this model, so goldens are stable and hosts agree.
 */
export interface ExportDocumentInfo {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  /** False when the annotation's document is no longer in the corpus (still exported: notes are never lost). */
  known: boolean;
}

export interface ExportEntry {
  annotation: Annotation;
  /** 1-based paragraph number in the current document, or null when it cannot be placed. */
  paragraphNumber: number | null;
  paragraphId: string;
}

export interface ExportGroup {
  document: ExportDocumentInfo;
  entries: ExportEntry[];
}

export interface ExportModel {
  groups: ExportGroup[];
  count: number;
  /** The analyst's corrections to extraction, newest first: a whole export lists them after the notes. */
  corrections: readonly Correction[];
}

export interface DocumentLookup {
  /** The document, or undefined when the corpus no longer has it. */
  find(id: string): ProcessedDocument | undefined;
  /** Corpus order of a document id (unknown documents sort last). */
  order(id: string): number;
}

function paragraphNumber(doc: ProcessedDocument | undefined, annotation: Annotation): number | null {
  if (!doc) return null;
  const byId = doc.paragraphs.findIndex((p) => p.id === annotation.target.paragraphId);
  if (byId >= 0) return byId + 1;
  // The paragraph id changed (document re-cleaned): place it by where the selection starts.
  const offsets = paragraphOffsets(doc.paragraphs);
  const start = annotation.target.position.start;
  let index = -1;
  for (let i = 0; i < offsets.length && (offsets[i] ?? Infinity) <= start; i++) index = i;
  return index >= 0 ? index + 1 : null;
}

function readingOrder(a: Annotation, b: Annotation): number {
  return (
    a.target.position.start - b.target.position.start ||
    a.target.position.end - b.target.position.end ||
    a.created.localeCompare(b.created) ||
    a.id.localeCompare(b.id)
  );
}

export function buildExportModel(annotations: readonly Annotation[], documents: DocumentLookup, corrections: readonly Correction[] = []): ExportModel {
  const byDocument = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const list = byDocument.get(a.target.documentId) ?? [];
    list.push(a);
    byDocument.set(a.target.documentId, list);
  }
  const ids = [...byDocument.keys()].sort((x, y) => documents.order(x) - documents.order(y) || x.localeCompare(y));
  const groups = ids.map((id): ExportGroup => {
    const doc = documents.find(id);
    const info: ExportDocumentInfo = doc
      ? { id, title: doc.title, source: doc.source, published: doc.published, url: doc.url, known: true }
      : { id, title: `Unknown document (${id})`, source: null, published: null, url: null, known: false };
    const entries = (byDocument.get(id) ?? []).sort(readingOrder).map((annotation) => ({
      annotation,
      paragraphNumber: paragraphNumber(doc, annotation),
      paragraphId: annotation.target.paragraphId,
    }));
    return { document: info, entries };
  });
  return { groups, count: annotations.length, corrections };
}

/** "2024-10-25 09:30 UTC" from an ISO instant; the raw string when it is not one. */
export function displayInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
