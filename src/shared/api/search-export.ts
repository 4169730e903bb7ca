import { z } from 'zod';
import type { ArgSchemas } from './contract';
import type { ExportFile, SaveExportResult } from './export';
import { MAX_QUERY_IPC_LENGTH, SEARCH_EXPORT_FORMATS, SEARCH_EXPORT_MAX_RESULTS, type SearchExportFormat } from './constants';

export { SEARCH_EXPORT_FORMATS, SEARCH_EXPORT_MAX_RESULTS, type SearchExportFormat };

/**
 * Exporting the search result list (issue 15). Like annotation export, the renderer names what
 * to export (the query and its sort) and core runs the search again and writes the file, so the
 * page never hands core bytes to save.
 */

export interface SearchExportRequest {
  query: string;
  format: SearchExportFormat;
  sort?: 'relevance' | 'date';
}

export interface SearchExportApi {
  /**
   * The result list of `query` as CSV or Markdown (title, source, date, score, hits, copies,
   * snippet and a dossier:// passage link per result), at most SEARCH_EXPORT_MAX_RESULTS.
   * `count` is the number of results in the file. `invalid-argument` when the query cannot be
   * read, `not-found` when it matches nothing, `unavailable` while the index is loading.
   */
  exportSearchResults(request: SearchExportRequest): Promise<ExportFile>;
  /** Desktop app only: the same file through the save dialog. `unavailable` in the web host. */
  saveSearchResults(request: SearchExportRequest): Promise<SaveExportResult>;
}

export const searchExportRequestSchema = z.strictObject({
  query: z.string().min(1, 'Type a search to export its results.').max(MAX_QUERY_IPC_LENGTH, `A search query is at most ${MAX_QUERY_IPC_LENGTH.toLocaleString('en')} characters.`),
  format: z.enum(SEARCH_EXPORT_FORMATS),
  sort: z.enum(['relevance', 'date']).optional(),
});

export const searchExportArgs = {
  exportSearchResults: z.tuple([searchExportRequestSchema]),
  saveSearchResults: z.tuple([searchExportRequestSchema]),
} satisfies ArgSchemas<SearchExportApi>;
