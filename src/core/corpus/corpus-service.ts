import type { CorpusInfo, DocumentSummary, ProcessedDocument } from '../../shared/corpus';
import { DossierError } from '../../shared/result';
import { findDuplicates, type DuplicateInfo } from './duplicates';

/**
 * Read access to the loaded corpus; documents are immutable once loaded. A built corpus keeps
 * only summaries in memory and reads a document when it is asked for (lazy-corpus-service.ts);
 * a fallback corpus holds its documents in memory (createCorpusService).
 */
export interface CorpusService {
  info(): CorpusInfo;
  list(): DocumentSummary[];
  /** DossierError 'not-found' for an unknown id, 'unavailable' when its stored bytes are damaged. */
  get(id: string): ProcessedDocument;
  has(id: string): boolean;
  /** The document whose source URL is `url` (W3C imports name targets by URL), if any. */
  findByUrl(url: string): ProcessedDocument | undefined;
  /**
   * Every document, read and parsed: O(corpus). Only for building a search index in memory
   * when the built one is missing or unusable. Damaged documents are left out (get() reports them).
   */
  loadAll(): readonly ProcessedDocument[];
}

function wordCount(doc: ProcessedDocument): number {
  let n = 0;
  for (const p of doc.paragraphs) n += p.text.split(/\s+/u).filter(Boolean).length;
  return n;
}

export function summarize(doc: ProcessedDocument, duplicate?: DuplicateInfo): DocumentSummary {
  const summary: DocumentSummary = {
    id: doc.id,
    title: doc.title,
    source: doc.source,
    published: doc.published,
    paragraphCount: doc.paragraphs.length,
    wordCount: wordCount(doc),
  };
  if (duplicate) Object.assign(summary, { duplicateGroup: duplicate.group, copies: duplicate.copies, duplicateKind: duplicate.kind });
  return summary;
}

export function createCorpusService(documents: readonly ProcessedDocument[], info: CorpusInfo): CorpusService {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const duplicates = findDuplicates(documents);
  const summaries = documents.map((d) => summarize(d, duplicates.get(d.id)));
  return {
    info: () => ({ ...info, documentCount: documents.length }),
    list: () => summaries,
    has: (id) => byId.has(id),
    get(id) {
      const doc = byId.get(id);
      if (!doc) throw new DossierError('not-found', `No document with id "${id}" in this corpus.`);
      return doc;
    },
    findByUrl: (url) => documents.find((d) => d.url !== null && d.url === url),
    loadAll: () => documents,
  };
}
