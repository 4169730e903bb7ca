import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isOcrInfo, type CorpusInfo, type DocumentSummary, type ProcessedDocument } from '../../shared/corpus';
import { DossierError } from '../../shared/result';
import type { CorpusService } from './corpus-service';
import { lineChecksum, type DocumentIndexEntry } from './document-index';

/** Documents kept parsed: the reader, annotation anchoring and export revisit the same few. */
export const DOCUMENT_CACHE_SIZE = 64;

export function isDocument(v: unknown): v is ProcessedDocument {
  const d = v as ProcessedDocument;
  return (
    !!d &&
    typeof d.id === 'string' &&
    typeof d.title === 'string' &&
    Array.isArray(d.paragraphs) &&
    d.paragraphs.every((p) => p && typeof p.id === 'string' && typeof p.text === 'string') &&
    Array.isArray(d.entities) &&
    Array.isArray(d.quotes) &&
    Array.isArray(d.figures) &&
    Array.isArray(d.events) &&
    (d.ocr === undefined || isOcrInfo(d.ocr))
  );
}

const summaryOf = ({ id, title, source, published, paragraphCount, wordCount, duplicateGroup, copies, duplicateKind }: DocumentIndexEntry): DocumentSummary => {
  const summary: DocumentSummary = { id, title, source, published, paragraphCount, wordCount };
  if (typeof duplicateGroup === 'string' && isCopies(copies) && (duplicateKind === 'exact' || duplicateKind === 'near')) Object.assign(summary, { duplicateGroup, copies, duplicateKind });
  return summary;
};
const isCopies = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 2;

/** The document on a line of documents.jsonl, or why it cannot be used. */
function decode(entry: DocumentIndexEntry, line: Uint8Array): ProcessedDocument | string {
  if (line.length !== entry.length || lineChecksum(line) !== entry.checksum) return 'its bytes do not match the checksum in documents-index.json';
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.length).toString('utf8'));
  } catch {
    return 'it is not valid JSON';
  }
  if (!isDocument(doc)) return 'it is not a processed document';
  if (doc.id !== entry.id) return `its line holds document "${doc.id}"`;
  return doc;
}

const damaged = (entry: DocumentIndexEntry, why: string) =>
  new DossierError(
    'unavailable',
    `The document “${entry.title}” (${entry.id}) cannot be opened: the built corpus is damaged (${why}). Rebuild it with \`npm run corpus -- build\`.`,
  );

/**
 * A built corpus served from documents-index.json: list/has/info never touch documents.jsonl;
 * get() reads one document's byte range, checks its line checksum, parses it and keeps the
 * last DOCUMENT_CACHE_SIZE documents. The file is opened per read rather than held open, so
 * a rebuild can replace the folder on every platform; a replaced file fails the checksum
 * (reported as damaged) instead of returning the wrong document.
 */
export function createLazyCorpusService(documentsPath: string, entries: readonly DocumentIndexEntry[], info: CorpusInfo): CorpusService {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const summaries = entries.map(summaryOf);
  const cache = new Map<string, ProcessedDocument>();
  let byUrl: Map<string, string> | null = null;

  const readLine = (entry: DocumentIndexEntry): Uint8Array => {
    const bytes = Buffer.allocUnsafe(entry.length);
    const fd = openSync(documentsPath, 'r');
    try {
      const read = readSync(fd, bytes, 0, entry.length, entry.offset);
      return bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  };

  const get = (id: string): ProcessedDocument => {
    const cached = cache.get(id);
    if (cached) {
      cache.delete(id);
      cache.set(id, cached); // most recently used last
      return cached;
    }
    const entry = byId.get(id);
    if (!entry) throw new DossierError('not-found', `No document with id "${id}" in this corpus.`);
    let line: Uint8Array;
    try {
      line = readLine(entry);
    } catch (e) {
      throw damaged(entry, `documents.jsonl could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const doc = decode(entry, line);
    if (typeof doc === 'string') throw damaged(entry, doc);
    cache.set(id, doc);
    if (cache.size > DOCUMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return doc;
  };

  return {
    info: () => ({ ...info, documentCount: entries.length }),
    list: () => summaries,
    has: (id) => byId.has(id),
    get,
    findByUrl(url) {
      if (!byUrl) {
        byUrl = new Map();
        for (const e of entries) if (e.url !== null && !byUrl.has(e.url)) byUrl.set(e.url, e.id); // first wins, like a scan
      }
      const id = byUrl.get(url);
      return id === undefined ? undefined : get(id);
    },
    loadAll() {
      const file = readFileSync(documentsPath);
      const docs: ProcessedDocument[] = [];
      for (const entry of entries) {
        const doc = decode(entry, file.subarray(entry.offset, entry.offset + entry.length));
        if (typeof doc !== 'string') docs.push(doc);
      }
      return docs;
    },
  };
}
