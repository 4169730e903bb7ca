import type { SearchMemoryApi } from '../../shared/api';
import type { SearchMemoryStore } from '../search-memory/search-memory-store';

/** Saved searches and history (issue 15); payloads arrive parsed by dispatch (searchMemoryArgs). */
export function createSearchMemoryHandlers(memory: SearchMemoryStore): SearchMemoryApi {
  return {
    listSavedSearches: async () => memory.listSaved(),
    saveSearch: async (input) => memory.save(input),
    deleteSavedSearch: async (id) => memory.deleteSaved(id),
    listSearchHistory: async () => memory.history(),
    recordSearch: async (query) => memory.record(query),
    deleteSearchHistoryEntry: async (query) => memory.forget(query),
    clearSearchHistory: async () => memory.clearHistory(),
  };
}
