import type { ExportFile, SaveExportResult } from '../../shared/api/export';
import { SEARCH_EXPORT_MAX_RESULTS, type SearchExportRequest } from '../../shared/api/search-export';
import { DossierError } from '../../shared/result';
import type { PlatformServices } from '../platform';
import type { SearchService } from '../search/search-service';
import { fileSlug } from './export-service';
import { renderResults } from './search-results';

export interface SearchExportService {
  exportFile(request: SearchExportRequest): Promise<ExportFile>;
  save(request: SearchExportRequest): Promise<SaveExportResult>;
}

export interface SearchExportDeps {
  search: Pick<SearchService, 'search'>;
  platform: PlatformServices;
  /** Injected so tests get a fixed date. */
  now?: () => Date;
}

const MIME = { csv: 'text/csv;charset=utf-8', markdown: 'text/markdown;charset=utf-8' } as const;
const EXT = { csv: 'csv', markdown: 'md' } as const;

/**
 * Runs the query again in core (the final query's meaning, never the type-ahead one) and writes
 * the best SEARCH_EXPORT_MAX_RESULTS results, in the list's order, as CSV or Markdown.
 */
export function createSearchExportService(deps: SearchExportDeps): SearchExportService {
  const now = deps.now ?? (() => new Date());

  async function render(request: SearchExportRequest): Promise<ExportFile> {
    const sort = request.sort ?? 'relevance';
    const response = await deps.search.search(request.query, { sort, limit: SEARCH_EXPORT_MAX_RESULTS });
    if (response.status !== 'ready') throw new DossierError('unavailable', 'Search is still indexing; export the results once it is ready.');
    if (response.error) throw new DossierError('invalid-argument', response.error.message);
    if (response.total === 0) throw new DossierError('not-found', 'No documents match this search, so there is nothing to export.');
    const at = now();
    const data = renderResults(request.format, response, { query: request.query, sort, exportedAt: at.toISOString() });
    return {
      fileName: `dossier-search-${fileSlug(request.query)}-${at.toISOString().slice(0, 10)}.${EXT[request.format]}`,
      mimeType: MIME[request.format],
      encoding: 'text',
      data,
      count: response.results.length,
    };
  }

  return {
    exportFile: render,
    async save(request) {
      if (!deps.platform.saveFile) throw new DossierError('unavailable', 'Saving files needs the Dossier desktop app; the export is downloaded instead.');
      const file = await render(request);
      const result = await deps.platform.saveFile(file.fileName, new Uint8Array(Buffer.from(file.data, 'utf8')), 'Export search results');
      return { saved: result.saved, ...(result.path ? { path: result.path } : {}), fileName: file.fileName, count: file.count };
    },
  };
}
