import type { NewSavedSearch, SavedSearch, SearchHistoryEntry, SearchMemoryApi, SearchSort } from '../../../../shared/api/search-memory';
import { createStore, type Store } from '../../app/store';

export interface SearchMemoryState {
  saved: SavedSearch[];
  history: SearchHistoryEntry[];
  /** The lists were read from the store at least once. */
  loaded: boolean;
  /** The Saved searches dialog: closed, listing, or with the name field ready to save the current query. */
  dialog: 'closed' | 'list' | 'save';
  /** Why the last change or read failed, to show in the dialog. */
  failure: string | null;
  /** The saved search just deleted, for Undo. */
  lastDeleted: SavedSearch | null;
  /** What the last save did, announced in the dialog. */
  notice: string | null;
}

export interface SearchMemoryDeps {
  api(): SearchMemoryApi;
  errorMessage(error: unknown): string;
  /** Puts a query in the search box and runs it (search controller's runQuery). */
  runQuery(query: string, sort: SearchSort): void;
}

export const initialSearchMemoryState: SearchMemoryState = {
  saved: [],
  history: [],
  loaded: false,
  dialog: 'closed',
  failure: null,
  lastDeleted: null,
  notice: null,
};

/** The form the store compares queries in (shared/api/search-memory normalizeQuery, without zod). */
const normalized = (query: string) => query.trim().replace(/\s+/gu, ' ');

export type SearchMemoryController = ReturnType<typeof createSearchMemoryController>;

/** Saved searches and the query history, as the renderer keeps them (state mirrors the database). */
export function createSearchMemoryController(deps: SearchMemoryDeps) {
  const store: Store<SearchMemoryState> = createStore<SearchMemoryState>(initialSearchMemoryState);
  let loading: Promise<void> | null = null;
  // Bumped by every change, so a list read before it does not overwrite what it did.
  let changes = 0;

  const fail = (error: unknown) => store.set({ failure: deps.errorMessage(error) });
  const change = (patch: Parameters<typeof store.set>[0]) => {
    changes++;
    store.set(patch);
  };

  async function load(): Promise<void> {
    const before = changes;
    try {
      const [saved, history] = await Promise.all([deps.api().listSavedSearches(), deps.api().listSearchHistory()]);
      if (changes === before) store.set({ saved, history, loaded: true });
      else store.set({ loaded: true });
    } catch (error) {
      fail(error);
    }
  }

  return {
    store,

    /** Reads both lists (once; later calls wait for the same read unless `again`). */
    load(again = false): Promise<void> {
      if (!loading || again) loading = load();
      return loading;
    },

    open(mode: 'list' | 'save') {
      store.set({ dialog: mode, failure: null, notice: null, lastDeleted: null });
      void this.load(true);
    },

    close() {
      store.set({ dialog: 'closed', notice: null, lastDeleted: null });
    },

    /** Saves `query` under `name`; resolves true when saved (a name already used is replaced). */
    async save(input: NewSavedSearch): Promise<boolean> {
      const replacing = store.get().saved.some((s) => s.name.toLowerCase() === input.name.trim().replace(/\s+/gu, ' ').toLowerCase());
      try {
        const saved = await deps.api().saveSearch(input);
        change((s) => ({
          saved: [...s.saved.filter((x) => x.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })),
          failure: null,
          lastDeleted: null,
          notice: replacing ? `Replaced “${saved.name}”.` : `Saved “${saved.name}”.`,
        }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    async remove(id: string): Promise<void> {
      try {
        const deleted = await deps.api().deleteSavedSearch(id);
        change((s) => ({ saved: s.saved.filter((x) => x.id !== id), lastDeleted: deleted, failure: null, notice: null }));
      } catch (error) {
        fail(error);
      }
    },

    /** Puts back the saved search just deleted (same name, query and order; a new id). */
    async undoRemove(): Promise<void> {
      const deleted = store.get().lastDeleted;
      if (!deleted) return;
      if (await this.save({ name: deleted.name, query: deleted.query, sort: deleted.sort })) store.set({ lastDeleted: null, notice: `Restored “${deleted.name}”.` });
    },

    /** Runs a saved search or a history entry: one click. */
    run(entry: { query: string; sort?: SearchSort }) {
      this.close();
      deps.runQuery(entry.query, entry.sort ?? 'relevance');
    },

    /**
     * The user acted on a query: move it to the top of the history. A query already on top
     * is not written again (Enter then opening a result is one use).
     */
    record(query: string) {
      const q = normalized(query);
      if (!q || store.get().history[0]?.query === q) return;
      // Shown at once; the store's answer (capped, deduplicated) replaces it.
      change((s) => ({ history: [{ query: q, lastRun: new Date().toISOString(), runs: 1 }, ...s.history.filter((h) => h.query !== q)] }));
      deps
        .api()
        .recordSearch(q)
        .then(
          (history) => change({ history }),
          // A history that cannot be written (read-only store) must not get in the way of searching.
          () => undefined,
        );
    },

    async forget(query: string): Promise<void> {
      try {
        const history = await deps.api().deleteSearchHistoryEntry(query);
        change({ history, failure: null });
      } catch (error) {
        fail(error);
      }
    },

    async clearHistory(): Promise<void> {
      try {
        await deps.api().clearSearchHistory();
        change({ history: [], failure: null });
      } catch (error) {
        fail(error);
      }
    },
  };
}
