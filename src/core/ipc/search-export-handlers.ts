import type { SearchExportApi } from '../../shared/api';
import type { PlatformServices } from '../platform';
import type { SearchService } from '../search/search-service';
import { createSearchExportService, type SearchExportDeps } from '../export/search-export-service';

/** Search result export (issue 15); payloads were already parsed with searchExportArgs by dispatch. */
export function createSearchExportHandlers(search: SearchService, platform: PlatformServices, options: Pick<SearchExportDeps, 'now'> = {}): SearchExportApi {
  const service = createSearchExportService({ search, platform, ...options });
  return {
    exportSearchResults: (request) => service.exportFile(request),
    saveSearchResults: (request) => service.save(request),
  };
}
