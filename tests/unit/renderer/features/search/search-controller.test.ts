import { describe, expect, it } from 'vitest';
import type { DocumentHitsResponse, SearchApi, SearchResponse, SearchStatus } from '../../../../../src/shared/api/search';
import { appliedQuery, createSearchController, isSearchActive } from '../../../../../src/renderer/src/features/search/search-controller';

const tick = () => new Promise((r) => setTimeout(r, 0));

function response(query: string, over: Partial<SearchResponse> = {}): SearchResponse {
  return {
    status: 'ready',
    query,
    error: null,
    notices: [],
    total: 2,
    offset: 0,
    facets: null,
    results: ['doc-a', 'doc-b'].map((documentId) => ({
      documentId,
      title: documentId,
      source: null,
      published: null,
      score: 1,
      hitCount: 2,
      titleHighlights: [],
      snippet: null,
      copies: [],
    })),
    tookMs: 1,
    ...over,
  };
}

function hitsFor(documentId: string, query: string, n: number): DocumentHitsResponse {
  return {
    status: 'ready',
    query,
    documentId,
    error: null,
    matches: n > 0,
    titleHits: [],
    hits: Array.from({ length: n }, (_, i) => ({ paragraphId: `p${i}`, start: 0, end: 5 })),
  };
}

/** A fake bridge whose search calls the test answers by hand. */
function setup(status: SearchStatus['state'] = 'ready') {
  const pending: { query: string; typing: boolean; sort?: string; resolve(r: SearchResponse): void }[] = [];
  const tasks: Record<string, string | null> = {};
  const opened: string[] = [];
  let engineState = status;
  let currentId: string | null = 'doc-a';
  const api: SearchApi = {
    getSearchStatus: async () => ({ state: engineState, documentCount: 2, message: null, readyMs: null }),
    search: (query, options) => new Promise((resolve) => pending.push({ query, typing: options?.typing === true, sort: options?.sort, resolve })),
    getDocumentHits: async (documentId, query) => hitsFor(documentId, query, 3),
  };
  const statusListeners: ((status: SearchStatus) => void)[] = [];
  const timers: (() => void)[] = [];
  const used: string[] = [];
  const controller = createSearchController({
    onQueryUsed: (query) => used.push(query),
    api: () => api,
    openDocument: (id) => {
      opened.push(id);
      currentId = id;
    },
    currentDocumentId: () => currentId,
    setStatusTask: (key, message) => {
      tasks[key] = message;
    },
    errorMessage: (e) => (e instanceof Error ? e.message : 'failed'),
    onStatus: (listener) => {
      statusListeners.push(listener);
      return () => statusListeners.splice(statusListeners.indexOf(listener), 1);
    },
    schedule: (run) => timers.push(run),
  });
  return {
    controller,
    used,
    pending,
    tasks,
    opened,
    timers,
    /** The host pushes a searchStatus event. */
    emitStatus: (s: SearchStatus['state']) => {
      engineState = s;
      for (const l of statusListeners) l({ state: s, documentCount: 2, message: null, readyMs: 1 });
    },
    statusListeners,
    setEngine: (s: SearchStatus['state']) => (engineState = s),
    state: () => controller.store.get(),
  };
}

describe('search controller', () => {
  it('runQuery puts a saved query in the box and searches it exactly at once, in its sort; used queries go to the history', async () => {
    const t = setup();
    t.controller.setQuery('kor');
    t.pending[0]!.resolve(response('kor'));
    await tick();
    expect(t.used).toEqual([]);
    t.controller.runQuery('+kursk -zelensky', 'date');
    expect(t.state().query).toBe('+kursk -zelensky');
    expect(t.state().sort).toBe('date');
    expect(t.pending.at(-1)).toMatchObject({ query: '+kursk -zelensky', typing: false, sort: 'date' });
    expect(t.used).toEqual(['+kursk -zelensky']);
    t.pending.at(-1)!.resolve(response('+kursk -zelensky'));
    await tick();
    t.controller.openResult(1);
    expect(t.used).toEqual(['+kursk -zelensky', '+kursk -zelensky']);
    // A query that cannot be read is not remembered.
    t.controller.setQuery('title:');
    t.pending.at(-1)!.resolve(response('title:', { error: { message: 'bad', start: 0, end: 6 }, results: [], total: 0 }));
    await tick();
    t.controller.commit();
    expect(t.used).toHaveLength(2);
  });

  it('shows the newest answer and never lets an older query overwrite it', async () => {
    const t = setup();
    t.controller.setQuery('k');
    t.controller.setQuery('ku');
    t.controller.setQuery('kursk');
    expect(t.pending.map((p) => p.query)).toEqual(['k']);
    t.pending[0]!.resolve(response('k'));
    await tick();
    expect(t.state().response?.query).toBe('k');
    expect(t.pending.map((p) => p.query)).toEqual(['k', 'kursk']);
    t.pending[1]!.resolve(response('kursk'));
    await tick();
    expect(t.state().response?.query).toBe('kursk');
    // A type-ahead answer is listed but not applied to the reader until the final query answers.
    expect(appliedQuery(t.state())).toBeNull();
    t.timers.splice(0).forEach((run) => run());
    expect(t.pending.map((p) => [p.query, p.typing])).toEqual([['k', true], ['kursk', true], ['kursk', false]]);
    t.pending[2]!.resolve(response('kursk'));
    await tick();
    expect(appliedQuery(t.state())).toBe('kursk');
  });

  it('type-ahead: the last word is a prefix while typing; a pause or Enter sends the final query', async () => {
    const t = setup();
    t.controller.setQuery('parl');
    expect(t.pending.map((p) => [p.query, p.typing])).toEqual([['parl', true]]);
    t.pending[0]!.resolve(response('parl'));
    await tick();
    t.controller.commit();
    expect(t.pending.map((p) => [p.query, p.typing])).toEqual([['parl', true], ['parl', false]]);
    // The pause timer of the committed query does nothing more.
    t.timers.splice(0).forEach((run) => run());
    expect(t.pending).toHaveLength(2);
    // A trailing space or an open phrase: nothing is being typed, the query is final at once.
    t.controller.setQuery('parliament ');
    t.controller.setQuery('"north kor');
    await tick();
    expect(t.pending.slice(2).every((p) => !p.typing)).toBe(true);
  });

  it('clearing the box closes results and ignores the answer still in flight', async () => {
    const t = setup();
    t.controller.setQuery('kursk');
    t.controller.setQuery('');
    t.pending[0]!.resolve(response('kursk'));
    await tick();
    expect(t.state().response).toBeNull();
    expect(isSearchActive(t.state())).toBe(false);
  });

  it('does not send a query longer than the bridge accepts, and says why', () => {
    const t = setup();
    t.controller.setQuery('a'.repeat(10_001));
    expect(t.pending).toEqual([]);
    expect(t.state().failure).toMatch(/at most 10,000 characters/u);
  });

  it('applies no hits for a query the engine cannot read', async () => {
    const t = setup();
    t.controller.setQuery('title:');
    t.pending[0]!.resolve(response('title:', { error: { message: 'Add a word after title:', start: 0, end: 6 }, results: [], total: 0 }));
    await tick();
    expect(appliedQuery(t.state())).toBeNull();
  });

  it('walks the open document’s hits in order and wraps, with F3 semantics', async () => {
    const t = setup();
    t.controller.setQuery('kursk ');
    t.pending[0]!.resolve(response('kursk '));
    await tick();
    t.controller.showHitsFor('doc-a', appliedQuery(t.state()));
    await tick();
    expect(t.state().docHits?.hits).toHaveLength(3);
    expect(t.state().current).toBe(0);
    const seen = [0];
    for (let i = 0; i < 3; i++) {
      t.controller.stepHit(1);
      seen.push(t.state().current);
    }
    expect(seen).toEqual([0, 1, 2, 0]);
    t.controller.stepHit(-1);
    expect(t.state().current).toBe(2);
  });

  it('stepping with no hits reports false (Enter then opens the highlighted result)', () => {
    const t = setup();
    expect(t.controller.stepHit(1)).toBe(false);
  });

  it('opening a result opens its document; reopening the open one goes back to its first hit', async () => {
    const t = setup();
    t.controller.setQuery('kursk');
    t.pending[0]!.resolve(response('kursk'));
    await tick();
    t.controller.showHitsFor('doc-a', 'kursk');
    await tick();
    t.controller.stepHit(1);
    const nonce = t.state().nonce;
    t.controller.openResult(0);
    expect(t.opened).toEqual([]);
    expect(t.state().current).toBe(0);
    expect(t.state().nonce).toBeGreaterThan(nonce);
    t.controller.openResult(1);
    expect(t.opened).toEqual(['doc-b']);
    expect(t.state().active).toBe(1);
  });

  it('keeps the active option inside the list', async () => {
    const t = setup();
    t.controller.setQuery('kursk');
    t.pending[0]!.resolve(response('kursk'));
    await tick();
    t.controller.moveActive(5);
    expect(t.state().active).toBe(1);
    t.controller.moveActive(-5);
    expect(t.state().active).toBe(0);
  });

  it('reports "Indexing…" to the status bar until the index is ready, then re-runs the waiting query', async () => {
    const t = setup('indexing');
    const stop = t.controller.watchStatus();
    await tick();
    expect(t.tasks.search).toBe('Indexing…');
    t.controller.setQuery('kursk');
    t.pending[0]!.resolve(response('kursk', { status: 'indexing', results: [], total: 0 }));
    await tick();
    t.emitStatus('ready');
    await tick();
    expect(t.tasks.search).toBeNull();
    expect(t.pending.map((p) => p.query)).toEqual(['kursk', 'kursk']);
    expect(t.statusListeners).toHaveLength(1);
    stop();
  });

  it('an event that arrives while the first status answer is on its way wins over that answer', async () => {
    const t = setup('indexing');
    t.controller.watchStatus();
    t.emitStatus('ready');
    t.setEngine('indexing'); // the answer to the earlier getSearchStatus is older than the event
    await tick();
    expect(t.state().engine).toBe('ready');
    expect(t.tasks.search).toBeNull();
  });

  it('shows a rejected call inline instead of throwing', async () => {
    const t = setup();
    const failing = createSearchController({
      api: () => ({
        getSearchStatus: () => Promise.reject(new Error('no index')),
        search: () => Promise.reject(new Error('The search service failed.')),
        getDocumentHits: () => Promise.reject(new Error('x')),
      }),
      openDocument: () => {},
      currentDocumentId: () => null,
      setStatusTask: (k, m) => (t.tasks[k] = m),
      errorMessage: (e) => (e as Error).message,
      onStatus: () => () => {},
    });
    failing.setQuery('kursk');
    failing.watchStatus();
    await tick();
    expect(failing.store.get().failure).toBe('The search service failed.');
    expect(failing.store.get().engine).toBe('failed');
    expect(t.tasks.search).toMatch(/Search unavailable/u);
  });
});

describe('show more', () => {
  it('appends the next page for the same query, and drops it if the query changed meanwhile', async () => {
    const t = setup();
    t.controller.setQuery('korea');
    t.pending[0]!.resolve(response('korea', { total: 3 }));
    await tick();
    t.controller.loadMore();
    expect(t.state().loadingMore).toBe(true);
    const page = t.pending[1]!;
    expect(page.query).toBe('korea');
    page.resolve(response('korea', { total: 3, offset: 2, results: [{ ...response('x').results[0]!, documentId: 'doc-c' }] }));
    await tick();
    expect(t.state().response?.results.map((r) => r.documentId)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    expect(t.state().loadingMore).toBe(false);

    t.controller.setQuery('kursk');
    t.pending[2]!.resolve(response('kursk', { total: 3 }));
    await tick();
    t.controller.loadMore();
    t.controller.setQuery('other');
    t.pending[3]!.resolve(response('kursk', { total: 3, offset: 2 }));
    await tick();
    expect(t.state().response?.query).toBe('kursk');
    expect(t.state().response?.results).toHaveLength(2);
  });
});

describe('search controller: order and engine state', () => {
  it('sorting by date searches again with sort=date; back to best match drops it', async () => {
    const t = setup();
    t.controller.setQuery('kursk ');
    t.pending[0]!.resolve(response('kursk '));
    await tick();
    t.controller.setSort('date');
    expect(t.state().sort).toBe('date');
    expect(t.pending.map((p) => [p.query, p.sort])).toEqual([['kursk ', undefined], ['kursk ', 'date']]);
    t.pending[1]!.resolve(response('kursk '));
    await tick();
    t.controller.setSort('relevance');
    expect(t.pending.at(-1)!.sort).toBeUndefined();
  });

  it('a ready answer marks the engine ready even if its status event was missed', async () => {
    const t = setup();
    t.controller.setQuery('kursk ');
    t.pending[0]!.resolve(response('kursk '));
    await tick();
    expect(t.state().engine).toBe('ready');
  });
});

describe('search controller with facets', () => {
  it('every search and page is narrowed by the chosen facets, final ones ask for counts, and a change of facets searches again', async () => {
    const calls: { query: string; options: Parameters<SearchApi['search']>[1] }[] = [];
    const answers: ((r: SearchResponse) => void)[] = [];
    let chosen: { source: string | null; hasNotes: boolean } = { source: null, hasNotes: false };
    const controller = createSearchController({
      api: () => ({
        getSearchStatus: async () => ({ state: 'ready', documentCount: 2, message: null, readyMs: null }),
        search: (query, options) => new Promise((resolve) => (calls.push({ query, options }), answers.push(resolve))),
        getDocumentHits: async (documentId, query) => hitsFor(documentId, query, 1),
      }),
      openDocument: () => {},
      currentDocumentId: () => null,
      setStatusTask: () => {},
      errorMessage: () => 'failed',
      onStatus: () => () => {},
      schedule: () => {},
      facets: () => chosen,
    });
    const counts = { sources: [{ value: 'Wire', count: 2 }], years: [], entities: [], noted: 0 };
    controller.setQuery('trade ');
    expect(calls[0]).toEqual({ query: 'trade ', options: { facetCounts: true } });
    answers[0]!(response('trade ', { facets: counts, total: 5 }));
    await tick();
    expect(controller.store.get().facetCounts).toEqual(counts);

    chosen = { source: 'Wire', hasNotes: true };
    controller.refilter();
    expect(calls[1]).toEqual({ query: 'trade ', options: { facets: { source: 'Wire', hasNotes: true }, facetCounts: true } });
    answers[1]!(response('trade ', { facets: counts, total: 5 }));
    await tick();
    // "Show more" keeps the facets: the next page is of the same narrowed list.
    controller.loadMore();
    expect(calls[2]!.options).toEqual({ offset: 2, facets: { source: 'Wire', hasNotes: true } });

    // A type-ahead answer has no counts: the last ones stay on screen.
    controller.setQuery('trad');
    expect(calls[3]!.options).toEqual({ typing: true, facets: { source: 'Wire', hasNotes: true } });
    answers[3]!(response('trad', { facets: null }));
    await tick();
    expect(controller.store.get().facetCounts).toEqual(counts);
  });
});
