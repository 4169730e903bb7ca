import { MAX_QUERY_IPC_LENGTH } from '../../../../shared/api/constants';
import type {
  DocumentHitsResponse,
  HitRange,
  SearchApi,
  SearchFacetFilter,
  SearchFacets,
  SearchOptions,
  SearchResponse,
  SearchState,
  SearchStatus,
  TextRange,
} from '../../../../shared/api/search';
import { createStore, type Store } from '../../app/store';
import { createLatestOnly } from './latest-only';
import { stepHit } from './hit-navigation';

/** Hits of the applied query in the open document. */
export interface DocumentHits {
  documentId: string;
  query: string;
  hits: HitRange[];
  titleHits: TextRange[];
  /** False when the query excludes this document (it is not in the results): no marks, and the reader says so. */
  matches: boolean;
}

export interface SearchUiState {
  /** What is in the search box. */
  query: string;
  /** The newest answer for a non-empty query (may lag `query` by one keystroke while busy). */
  response: SearchResponse | null;
  /** The response is a type-ahead answer (last word as a prefix), not the final query's. */
  responseTyping: boolean;
  /** Result order: best match first, or newest first. */
  sort: 'relevance' | 'date';
  /** Why the last call failed (bridge rejection, query too long to send); shown inline. */
  failure: string | null;
  busy: boolean;
  engine: SearchState | 'unknown';
  engineMessage: string | null;
  /** The highlighted option in the results list. */
  active: number;
  docHits: DocumentHits | null;
  /** Index of the current hit in docHits.hits. */
  current: number;
  /** Bumped whenever the reader should (re)scroll to the current hit. */
  nonce: number;
  loadingMore: boolean;
  /**
   * Counts beside each facet value for the newest final answer; kept while a type-ahead
   * answer (which has none) is shown, so the filters do not flicker letter by letter.
   */
  facetCounts: SearchFacets | null;
}

export interface SearchDeps {
  api(): SearchApi;
  openDocument(documentId: string): unknown;
  currentDocumentId(): string | null;
  setStatusTask(key: string, message: string | null): void;
  errorMessage(error: unknown): string;
  /** Index state changes pushed by the host (the searchStatus event); returns the unsubscribe function. */
  onStatus(listener: (status: SearchStatus) => void): () => void;
  /** Timer for the type-ahead pause (tests pass their own). */
  schedule?(run: () => void, ms: number): unknown;
  /**
   * The user acted on a query (Enter, opened one of its results, re-ran it): the query
   * history records it. Not called for what the box searches while typing or after a pause.
   */
  onQueryUsed?(query: string): void;
  /** The facets chosen (shared with the library): every search and page is narrowed by them. */
  facets?(): SearchFacetFilter;
}

export const STATUS_TASK = 'search';
/** After this pause in typing, the query is searched with its exact (final) semantics. */
export const FINAL_QUERY_PAUSE_MS = 450;

/** Type-ahead applies while the last word is still being typed: no trailing space or operator. */
export function isTypingQuery(query: string): boolean {
  return /[\p{L}\p{N}]$/u.test(query) && !/(?:^|\s)[^\s"]*"[^"]*$/u.test(query);
}

export const initialSearchState: SearchUiState = {
  query: '',
  response: null,
  responseTyping: false,
  sort: 'relevance',
  failure: null,
  busy: false,
  engine: 'unknown',
  engineMessage: null,
  active: 0,
  docHits: null,
  current: 0,
  nonce: 0,
  loadingMore: false,
  facetCounts: null,
};

/** The query whose hits the reader shows: the newest readable answer for a non-empty box. */
export function appliedQuery(state: SearchUiState): string | null {
  const r = state.response;
  if (!state.query.trim() || !r || r.status !== 'ready' || r.error || state.responseTyping) return null;
  return r.query;
}

export function isSearchActive(state: SearchUiState): boolean {
  return state.query.trim().length > 0;
}

export type SearchController = ReturnType<typeof createSearchController>;

/** The facets that narrow anything, or null when none does (the call then carries none). */
export function activeFacets(f: SearchFacetFilter): SearchFacetFilter | null {
  const out: SearchFacetFilter = {};
  if (f.source) out.source = f.source;
  if (f.fromYear) out.fromYear = f.fromYear;
  if (f.toYear) out.toYear = f.toYear;
  if (f.entity) out.entity = f.entity;
  if (f.hasNotes) out.hasNotes = true;
  return Object.keys(out).length ? out : null;
}

export function createSearchController(deps: SearchDeps) {
  const store: Store<SearchUiState> = createStore<SearchUiState>(initialSearchState);
  const schedule = deps.schedule ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  let following = false;
  let eventsSeen = 0;
  let watching = 0;
  let moreToken = 0;
  let typeToken = 0;

  const searches = createLatestOnly<{ query: string; typing: boolean }, SearchResponse>({
    run: ({ query, typing }) => {
      const options = searchOptions(typing);
      if (!typing && deps.facets) options.facetCounts = true;
      return Object.keys(options).length ? deps.api().search(query, options) : deps.api().search(query);
    },
    onResult({ query, typing }, response) {
      if (!store.get().query.trim()) return;
      store.set((s) => ({
        response,
        responseTyping: typing,
        failure: null,
        loadingMore: false,
        active: s.response?.query === query ? Math.min(s.active, Math.max(0, response.results.length - 1)) : 0,
        facetCounts: response.facets ?? (typing ? s.facetCounts : null),
      }));
      if (response.status === 'indexing') followStatus();
      // A ready answer proves the index is ready, whatever status event was missed on the way.
      else if (response.status === 'ready' && store.get().engine !== 'ready') reportEngine('ready', null);
    },
    onError(_query, error) {
      if (!store.get().query.trim()) return;
      store.set({ response: null, failure: deps.errorMessage(error), loadingMore: false });
    },
    onBusyChange: (busy) => store.set({ busy }),
  });

  /** Options every search of the session sends: type-ahead, order, and the facets chosen. */
  function searchOptions(typing: boolean): SearchOptions {
    const sort = store.get().sort;
    const facets = activeFacets(deps.facets?.() ?? {});
    return { ...(typing ? { typing: true } : {}), ...(sort === 'date' ? { sort } : {}), ...(facets ? { facets } : {}) };
  }

  const documentHits = createLatestOnly<{ documentId: string; query: string }, DocumentHitsResponse>({
    run: ({ documentId, query }) => deps.api().getDocumentHits(documentId, query),
    onResult({ documentId, query }, response) {
      const usable = response.status === 'ready' && !response.error;
      store.set((s) => ({
        docHits: { documentId, query, hits: usable ? response.hits : [], titleHits: usable ? response.titleHits : [], matches: !usable || response.matches },
        current: 0,
        nonce: s.nonce + 1,
      }));
    },
    onError({ documentId, query }) {
      // The results list already says what went wrong; the reader just shows no hits.
      store.set({ docHits: { documentId, query, hits: [], titleHits: [], matches: true }, current: 0 });
    },
  });

  function reportEngine(state: SearchState | 'unknown', message: string | null) {
    store.set({ engine: state, engineMessage: message });
    if (state === 'indexing') deps.setStatusTask(STATUS_TASK, 'Indexing…');
    else if (state === 'failed') deps.setStatusTask(STATUS_TASK, `Search unavailable${message ? `: ${message}` : ''}`);
    else deps.setStatusTask(STATUS_TASK, null);
  }

  function applyStatus(status: SearchStatus) {
    reportEngine(status.state, status.state === 'failed' ? status.message : null);
    if (status.state !== 'ready') return;
    const s = store.get();
    if (s.query.trim() && (!s.response || s.response.status === 'indexing')) searches.request({ query: s.query, typing: false });
  }

  /**
   * Listens for the host's searchStatus events (no polling), then asks once for the current
   * state in case the index was ready before we listened. An event that arrives while that
   * answer is on its way is newer, so the answer is dropped.
   */
  function followStatus() {
    if (following) return;
    following = true;
    deps.onStatus((status) => {
      eventsSeen++;
      applyStatus(status);
    });
    const seenBefore = eventsSeen;
    Promise.resolve()
      .then(() => deps.api().getSearchStatus())
      .then(
        (status) => {
          if (eventsSeen === seenBefore) applyStatus(status);
        },
        (error: unknown) => {
          if (eventsSeen === seenBefore) reportEngine('failed', deps.errorMessage(error));
        },
      );
  }

  /** Tells the history about a query the user acted on, unless it cannot be read (it would only fail again). */
  function used(query: string) {
    const s = store.get();
    if (!query.trim() || query.length > MAX_QUERY_IPC_LENGTH) return;
    if (s.response?.query === query && s.response.error) return;
    deps.onQueryUsed?.(query);
  }

  return {
    store,

    setQuery(query: string) {
      // A page of "show more" still coming belongs to the old query.
      moreToken++;
      store.set({ query, loadingMore: false });
      if (!query.trim()) {
        typeToken++;
        searches.cancel();
        documentHits.cancel();
        store.set({ response: null, responseTyping: false, failure: null, docHits: null, active: 0, current: 0, loadingMore: false, facetCounts: null });
        return;
      }
      if (query.length > MAX_QUERY_IPC_LENGTH) {
        searches.cancel();
        store.set({
          response: null,
          failure: `A search query is at most ${MAX_QUERY_IPC_LENGTH.toLocaleString('en')} characters; this one has ${query.length.toLocaleString('en')}.`,
        });
        return;
      }
      const token = ++typeToken;
      if (!isTypingQuery(query)) {
        searches.request({ query, typing: false });
        return;
      }
      searches.request({ query, typing: true });
      schedule(() => {
        if (token === typeToken) searches.request({ query, typing: false });
      }, FINAL_QUERY_PAUSE_MS);
    },

    /** Orders the results by relevance or date, and searches again. */
    setSort(sort: 'relevance' | 'date') {
      if (store.get().sort === sort) return;
      moreToken++;
      typeToken++;
      store.set({ sort, loadingMore: false });
      const q = store.get().query;
      if (q.trim()) searches.request({ query: q, typing: false });
    },

    /** The facets changed: search the query again, narrowed by them. */
    refilter() {
      moreToken++;
      typeToken++;
      store.set({ loadingMore: false, active: 0 });
      const q = store.get().query;
      if (q.trim()) searches.request({ query: q, typing: false });
    },

    /**
     * Runs a query as given (a saved search, a history entry): in the box, in `sort` order,
     * with its final semantics at once (no type-ahead step), and recorded in the history.
     */
    runQuery(query: string, sort: 'relevance' | 'date' = store.get().sort) {
      moreToken++;
      typeToken++;
      store.set({ sort, query, loadingMore: false, active: 0 });
      if (!query.trim()) {
        this.setQuery('');
        return;
      }
      searches.request({ query, typing: false });
      used(query);
    },

    /** Enter: search the query with its final semantics now, without waiting for the pause. */
    commit() {
      const s = store.get();
      used(s.query);
      if (!s.query.trim() || !isTypingQuery(s.query)) return;
      typeToken++;
      if (s.responseTyping || s.response?.query !== s.query) searches.request({ query: s.query, typing: false });
    },

    clear() {
      this.setQuery('');
    },

    /** Starts watching the index state (status bar "Indexing…"); returns a stop function. */
    watchStatus(): () => void {
      watching++;
      if (watching === 1) followStatus();
      return () => {
        watching--;
      };
    },

    /** The reader has `documentId` open: fetch the applied query's hits in it (or drop them). */
    showHitsFor(documentId: string | null, query: string | null) {
      if (!documentId || !query) {
        documentHits.cancel();
        if (store.get().docHits) store.set({ docHits: null, current: 0 });
        return;
      }
      const known = store.get().docHits;
      if (known && known.documentId === documentId && known.query === query) return;
      documentHits.request({ documentId, query });
    },

    setActive(index: number) {
      const count = store.get().response?.results.length ?? 0;
      if (count === 0) return;
      store.set({ active: Math.max(0, Math.min(count - 1, index)) });
    },

    moveActive(delta: number) {
      this.setActive(store.get().active + delta);
    },

    /** Opens a result in the reader, scrolled to its first hit. */
    openResult(index: number) {
      const result = store.get().response?.results[index];
      if (!result) return;
      store.set({ active: index });
      used(store.get().query);
      if (deps.currentDocumentId() === result.documentId) store.set((s) => ({ current: 0, nonce: s.nonce + 1 }));
      else void deps.openDocument(result.documentId);
    },

    /** Next (1) or previous (-1) hit in the open document, wrapping; true if there was one. */
    stepHit(delta: number): boolean {
      const { docHits, current } = store.get();
      const count = docHits?.hits.length ?? 0;
      if (count === 0) return false;
      store.set((s) => ({ current: stepHit(current, count, delta), nonce: s.nonce + 1 }));
      return true;
    },

    /** Fetches the next page of results for the same query and appends it. */
    loadMore() {
      const s = store.get();
      const response = s.response;
      if (!response || s.loadingMore || response.results.length >= response.total) return;
      const token = ++moreToken;
      const offset = response.offset + response.results.length;
      store.set({ loadingMore: true });
      deps
        .api()
        .search(response.query, { offset, ...searchOptions(s.responseTyping) })
        .then(
          (page) => {
            const now = store.get().response;
            if (token !== moreToken || now !== response) return;
            store.set({ response: { ...response, results: [...response.results, ...page.results], total: page.total }, loadingMore: false });
          },
          (error: unknown) => {
            if (token === moreToken) store.set({ loadingMore: false, failure: deps.errorMessage(error) });
          },
        );
    },
  };
}
