/**
 * The processed-document model: what the corpus pipeline writes and every layer reads.
 * Offsets are UTF-16 code-unit offsets into `Paragraph.text` (what JavaScript strings index),
 * so renderer, search and anchoring agree on positions without conversion.
 */
export const CORPUS_SCHEMA_VERSION = 1;

/**
 * How sure extraction is of an item, 0..1 (absent in builds made before issue 12). Below
 * LOW_CONFIDENCE the briefing marks an item as uncertain and can hide it.
 */
export const LOW_CONFIDENCE = 0.6;

/** Whether extraction was unsure of an item (items from older builds, with no score, are not). */
export function isUncertain(item: { confidence?: number }): boolean {
  return item.confidence !== undefined && item.confidence < LOW_CONFIDENCE;
}

export type EntityType = 'person' | 'organization' | 'place';

export interface Paragraph {
  /** Stable across rebuilds of an unchanged document (content + position derived). */
  id: string;
  text: string;
}

export interface Mention {
  paragraphId: string;
  start: number;
  end: number;
}

export interface Entity {
  /** Canonical (longest) name: "Vladimir Putin" for "Putin" too. */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** How sure the name and its type are (see LOW_CONFIDENCE). */
  confidence?: number;
  /**
   * The corpus entity it belongs to (CorpusEntity.id), set on documents served to the window so
   * a correction made from the briefing names the same target as one made in the corpus view.
   */
  corpusId?: string;
}

export interface Quote {
  text: string;
  speaker: string | null;
  /** How sure the speaker is (see LOW_CONFIDENCE); absent when there is no speaker. */
  confidence?: number;
  paragraphId: string;
  start: number;
  end: number;
}

export interface Figure {
  /** The number as written: "3,000", "1.2 million". */
  text: string;
  value: number;
  /** What it counts: "North Korean soldiers". */
  counts: string;
  claimant: string | null;
  /** How sure the claimant is (see LOW_CONFIDENCE); absent when there is no claimant. */
  confidence?: number;
  paragraphId: string;
  start: number;
  end: number;
}

export interface DatedEvent {
  /** The date expression as written: "on October 23". */
  text: string;
  /** Resolved date: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** Last day of a range ("October 27 and 28", "last week"), same format as `date`; absent for single dates. */
  endDate?: string;
  /** How sure the resolved date is (see LOW_CONFIDENCE). */
  confidence?: number;
  paragraphId: string;
  start: number;
  end: number;
}

/**
 * How OCR read a document whose pages had no text layer (a scanned PDF): its text may
 * contain misread words, and the reader says so.
 */
export interface OcrInfo {
  /** Pages read by OCR, of the PDF's `pageCount` (pages with a text layer are read from it). */
  pages: number;
  pageCount: number;
  /** The OCR engine's mean word confidence over those pages, 0..100. */
  confidence: number;
  /** The OCR language model: only English is installed. */
  language: 'eng';
  /**
   * Scanned pages whose image could not be decoded or read (1-based): the rest of the document
   * was kept, and the reader says which pages are missing.
   */
  unreadPages?: number[];
}

/** Whether a value read from disk is an OcrInfo (documents are checked field by field). */
export function isOcrInfo(v: unknown): v is OcrInfo {
  const o = v as OcrInfo;
  const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;
  return !!o && typeof o === 'object' && count(o.pages) && count(o.pageCount) && o.pages <= o.pageCount && typeof o.confidence === 'number' && o.confidence >= 0 && o.confidence <= 100 && o.language === 'eng' && (o.unreadPages === undefined || (Array.isArray(o.unreadPages) && o.unreadPages.every((n) => count(n) && n >= 1 && n <= o.pageCount)));
}

export interface ProcessedDocument {
  schemaVersion: number;
  id: string;
  title: string;
  /** YYYY-MM-DD when known. */
  published: string | null;
  byline: string | null;
  source: string | null;
  url: string | null;
  paragraphs: Paragraph[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  events: DatedEvent[];
  /** Set when (some of) the text was read by OCR from a scanned PDF. */
  ocr?: OcrInfo;
}

export interface DocumentSummary {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  paragraphCount: number;
  wordCount: number;
  /**
   * Set when the corpus holds copies of this document (src/core/corpus/duplicates.ts, computed
   * at build time): the id of the group's representative (its earliest member), the number of
   * documents in the group (this one included) and whether they are exact or near copies.
   */
  duplicateGroup?: string;
  copies?: number;
  duplicateKind?: 'exact' | 'near';
  /** Set on documents the analyst added (issue 11): the file they came from. */
  addedByUser?: { fileName: string; addedAt: string };
  /** Set when the text was read by OCR from a scanned PDF (ProcessedDocument.ocr). */
  ocr?: true;
}

export type CorpusStatus = 'ready' | 'fallback' | 'empty';

export interface CorpusInfo {
  name: string;
  status: CorpusStatus;
  documentCount: number;
  builtAt: string | null;
  schemaVersion: number;
  /** Set when the built corpus was missing, stale or corrupt and something else was loaded. */
  problem: string | null;
}

/** Separator between paragraphs in the document text that TextPositionSelectors count over. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * Start offset of every paragraph in the document text (paragraphs joined by
 * PARAGRAPH_SEPARATOR, title excluded). Annotations' TextPositionSelector uses these.
 */
export function paragraphOffsets(paragraphs: readonly Paragraph[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push(at);
    at += p.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return offsets;
}

export function documentText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR);
}

/** Stable URN a document is known by outside the app (W3C targets, exports). */
export function documentUrn(documentId: string): string {
  return `urn:dossier:doc:${encodeURIComponent(documentId)}`;
}
