import type { SearchApi } from '../../shared/api';
import type { SearchService } from '../search/search-service';

export function createSearchHandlers(search: SearchService): SearchApi {
  return {
    getSearchStatus: async () => search.status(),
    search: (query, options) => search.search(query, options),
    getDocumentHits: (documentId, query) => search.documentHits(documentId, query),
  };
}
