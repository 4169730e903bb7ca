import { describe, expect, it } from 'vitest';
import type { SavedSearch, SearchHistoryEntry, SearchMemoryApi } from '../../../../../src/shared/api/search-memory';
import { DossierError } from '../../../../../src/shared/result';
import { createSearchMemoryController } from '../../../../../src/renderer/src/features/search/search-memory-controller';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** An in-memory stand-in for the store behind the bridge. */
function setup(options: { readOnly?: boolean } = {}) {
  let saved: SavedSearch[] = [];
  let history: SearchHistoryEntry[] = [];
  const writes: string[] = [];
  const ran: [string, string][] = [];
  let n = 0;
  const refuse = () => {
    if (options.readOnly) throw new DossierError('storage', 'Could not save the search: read-only. Nothing was changed.');
  };
  const api: SearchMemoryApi = {
    listSavedSearches: async () => saved,
    listSearchHistory: async () => history,
    saveSearch: async ({ name, query, sort }) => {
      refuse();
      const s: SavedSearch = { id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, name, query, sort: sort ?? 'relevance', created: 'c', modified: 'm' };
      saved = [...saved.filter((x) => x.name.toLowerCase() !== name.toLowerCase()), s];
      return s;
    },
    deleteSavedSearch: async (id) => {
      const s = saved.find((x) => x.id === id);
      if (!s) throw new DossierError('not-found', 'gone');
      saved = saved.filter((x) => x.id !== id);
      return s;
    },
    recordSearch: async (query) => {
      refuse();
      writes.push(query);
      history = [{ query, lastRun: 't', runs: 1 }, ...history.filter((h) => h.query !== query)];
      return history;
    },
    deleteSearchHistoryEntry: async (query) => (history = history.filter((h) => h.query !== query)),
    clearSearchHistory: async () => {
      const count = history.length;
      history = [];
      return count;
    },
  };
  const memory = createSearchMemoryController({
    api: () => api,
    errorMessage: (e) => (e instanceof Error ? e.message : String(e)),
    runQuery: (query, sort) => ran.push([query, sort]),
  });
  return { memory, state: () => memory.store.get(), writes, ran };
}

describe('search memory (renderer)', () => {
  it('records a used query once while it stays on top, newest first', async () => {
    const t = setup();
    t.memory.record('korea ');
    t.memory.record('korea');
    t.memory.record('US');
    await tick();
    expect(t.writes).toEqual(['korea', 'US']);
    expect(t.state().history.map((h) => h.query)).toEqual(['US', 'korea']);
  });

  it('runs a saved search with its sort in one call and closes the dialog', async () => {
    const t = setup();
    t.memory.open('save');
    await t.memory.save({ name: 'Kursk', query: '+kursk -zelensky', sort: 'date' });
    expect(t.state().notice).toBe('Saved “Kursk”.');
    const [entry] = t.state().saved;
    t.memory.run(entry!);
    expect(t.ran).toEqual([['+kursk -zelensky', 'date']]);
    expect(t.state().dialog).toBe('closed');
  });

  it('delete, then undo puts the saved search back', async () => {
    const t = setup();
    await t.memory.save({ name: 'Grain', query: 'grain' });
    await t.memory.remove(t.state().saved[0]!.id);
    expect(t.state().saved).toEqual([]);
    expect(t.state().lastDeleted?.name).toBe('Grain');
    await t.memory.undoRemove();
    expect(t.state().saved.map((s) => s.name)).toEqual(['Grain']);
    expect(t.state().notice).toBe('Restored “Grain”.');
  });

  it('a read-only store: saving says why and keeps nothing; recording never gets in the way', async () => {
    const t = setup({ readOnly: true });
    expect(await t.memory.save({ name: 'x', query: 'y' })).toBe(false);
    expect(t.state().failure).toMatch(/Nothing was changed/u);
    expect(t.state().saved).toEqual([]);
    t.memory.record('korea');
    await tick();
    expect(t.state().failure).toMatch(/Nothing was changed/u);
  });

  it('clears the history', async () => {
    const t = setup();
    t.memory.record('a');
    await tick();
    await t.memory.clearHistory();
    expect(t.state().history).toEqual([]);
    await t.memory.load(true);
    expect(t.state().history).toEqual([]);
  });
});
