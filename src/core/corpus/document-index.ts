import { createHash } from 'node:crypto';
import type { DocumentSummary, ProcessedDocument } from '../../shared/corpus';
import { summarize } from './corpus-service';
import type { DuplicateInfo } from './duplicates';

/**
 * documents-index.json: one small entry per document (its summary, URL, and where its line
 * sits in documents.jsonl with a checksum of that line), so start-up reads summaries only
 * and a document is read, verified and parsed when it is opened.
 */
export const DOCUMENT_INDEX_FILE = 'documents-index.json';
export const DOCUMENT_INDEX_VERSION = 1;

export interface DocumentIndexEntry extends DocumentSummary {
  url: string | null;
  /** Byte offset of the document's line in documents.jsonl. */
  offset: number;
  /** Byte length of that line, newline excluded. */
  length: number;
  /** lineChecksum() of the line's bytes. */
  checksum: string;
}

export interface DocumentIndex {
  version: number;
  documents: DocumentIndexEntry[];
}

/** First 16 hex digits of the sha256 of a line: enough to catch damaged bytes, cheap per document. */
export function lineChecksum(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** documents.jsonl (one JSON document a line, each ending in "\n") and its index, from the same bytes. */
export function encodeDocuments(docs: readonly ProcessedDocument[], duplicates: ReadonlyMap<string, DuplicateInfo> = new Map()): { jsonl: Buffer; index: DocumentIndex } {
  const parts: Buffer[] = [];
  const documents: DocumentIndexEntry[] = [];
  const newline = Buffer.from('\n');
  let offset = 0;
  for (const doc of docs) {
    const line = Buffer.from(JSON.stringify(doc), 'utf8');
    documents.push({ ...summarize(doc, duplicates.get(doc.id)), url: doc.url, offset, length: line.length, checksum: lineChecksum(line) });
    parts.push(line, newline);
    offset += line.length + 1;
  }
  return { jsonl: Buffer.concat(parts), index: { version: DOCUMENT_INDEX_VERSION, documents } };
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

function entryProblem(e: Partial<DocumentIndexEntry> | null): string | null {
  if (!e || typeof e !== 'object') return 'is not an object';
  if (typeof e.id !== 'string' || !e.id) return 'has no id';
  if (typeof e.title !== 'string' || !isNullableString(e.source) || !isNullableString(e.published) || !isNullableString(e.url)) return 'has a malformed summary';
  if (!isCount(e.paragraphCount) || !isCount(e.wordCount)) return 'has malformed counts';
  if (!isCount(e.offset) || !isCount(e.length) || e.length === 0) return 'has a malformed byte range';
  if (typeof e.checksum !== 'string' || !/^[0-9a-f]{16}$/u.test(e.checksum)) return 'has a malformed checksum';
  return null;
}

/**
 * What is wrong with a parsed documents-index.json, or null. The entries must cover
 * documents.jsonl exactly, line after line, so no byte range can point outside the file or
 * into the middle of another document.
 */
export function documentIndexProblem(value: unknown, documentCount: number, documentsBytes: number): string | null {
  const index = value as Partial<DocumentIndex> | null;
  if (!index || typeof index !== 'object' || !Array.isArray(index.documents)) return 'documents-index.json is not a document index';
  if (index.version !== DOCUMENT_INDEX_VERSION) return `documents-index.json has version ${String(index.version)}, this app reads version ${DOCUMENT_INDEX_VERSION}`;
  if (index.documents.length !== documentCount) {
    return `documents-index.json lists ${index.documents.length} documents, the manifest says ${documentCount}`;
  }
  const ids = new Set<string>();
  let next = 0;
  for (const [i, entry] of index.documents.entries()) {
    const bad = entryProblem(entry);
    if (bad) return `documents-index.json entry ${i + 1} ${bad}`;
    if (ids.has(entry.id)) return `documents-index.json lists "${entry.id}" twice`;
    ids.add(entry.id);
    if (entry.offset !== next) return `documents-index.json entry ${i + 1} ("${entry.id}") does not start where the previous line ends`;
    next = entry.offset + entry.length + 1;
  }
  if (next !== documentsBytes) return `documents-index.json covers ${next} bytes of documents.jsonl, the file has ${documentsBytes}`;
  return null;
}
