import { z } from 'zod';
import type { CorpusInfo, DocumentSummary, ProcessedDocument } from '../corpus';
import type { ArgSchemas } from './contract';

export const documentIdSchema = z
  .string()
  .min(1, 'A document id is required.')
  .max(512, 'A document id is at most 512 characters.');

export interface CorpusApi {
  /** Which corpus is loaded, how big, and whether a fallback was used. */
  getCorpusInfo(): Promise<CorpusInfo>;
  /** Every document's summary, in corpus order. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** One processed document; `not-found` if the id is unknown. */
  getDocument(id: string): Promise<ProcessedDocument>;
}

export const corpusArgs = {
  getCorpusInfo: z.tuple([]),
  listDocuments: z.tuple([]),
  getDocument: z.tuple([documentIdSchema]),
} satisfies ArgSchemas<CorpusApi>;
