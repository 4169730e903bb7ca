import { dossier, errorMessage } from '../../app/dossier';
import { setStatusTask } from '../../app/status-store';
import { libraryStore, openDocument } from '../library/library-store';
import { facetsStore } from '../library/facets-store';
import { createSearchController } from './search-controller';
import { createSearchMemoryController } from './search-memory-controller';

/** The app's one search session, wired to the bridge, the library and the status bar. */
export const search = createSearchController({
  onQueryUsed: (query) => searchMemory.record(query),
  api: () => dossier(),
  openDocument: (id) => openDocument(id),
  currentDocumentId: () => libraryStore.get().currentId,
  setStatusTask,
  errorMessage,
  onStatus: (listener) => {
    const id = dossier().subscribe('searchStatus', listener);
    return () => dossier().unsubscribe(id);
  },
  // The library's filters narrow the results too: one set of facets for the left column.
  facets: () => {
    const f = facetsStore.get().facets;
    return { source: f.source, fromYear: f.fromYear, toYear: f.toYear, entity: f.entity?.id ?? null, hasNotes: f.hasNotes };
  },
});

export const searchStore = search.store;

let lastFacets = facetsStore.get().facets;
facetsStore.subscribe(() => {
  const now = facetsStore.get().facets;
  if (now === lastFacets) return;
  lastFacets = now;
  search.refilter();
});

/** Saved searches and the query history (kept in the annotation database). */
export const searchMemory = createSearchMemoryController({
  api: () => dossier(),
  errorMessage,
  runQuery: (query, sort) => search.runQuery(query, sort),
});

export const searchMemoryStore = searchMemory.store;

export const SEARCH_INPUT_ID = 'search-input';
export const RESULTS_LIST_ID = 'search-results-list';
export const QUERY_ERROR_ID = 'search-query-error';
export const optionId = (index: number) => `search-result-${index}`;

/** Focuses the search box; with `select`, selects its text so typing replaces the query. */
export function focusSearchBox(select = true): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    if (select) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }
}

export function focusResults(): void {
  document.getElementById(RESULTS_LIST_ID)?.focus();
}
