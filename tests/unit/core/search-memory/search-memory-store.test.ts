import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAnnotationStore, type SqliteStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import { createSearchMemoryStore, type SearchMemoryStore } from '../../../../src/core/search-memory/search-memory-store';
import { createSearchMemoryHandlers } from '../../../../src/core/ipc/search-memory-handlers';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import type { HandlerTable } from '../../../../src/shared/api';
import { SEARCH_MEMORY_LIMITS } from '../../../../src/shared/api/search-memory';
import { tempDir } from '../annotations/fixtures/seed';

let dir: ReturnType<typeof tempDir>;
let store: SqliteStore;
let memory: SearchMemoryStore;
let clock: number;

beforeEach(() => {
  dir = tempDir();
  clock = Date.parse('2026-01-01T00:00:00.000Z');
  store = openAnnotationStore({ path: join(dir.dir, 'annotations.sqlite') });
  memory = createSearchMemoryStore(store.database, { now: () => new Date(clock++), historyLimit: 5 });
});
afterEach(() => {
  store.close();
  dir.cleanup();
});

describe('saved searches', () => {
  it('saves, lists by name and deletes; the deleted search comes back whole', () => {
    const b = memory.save({ name: 'grain', query: 'grain exports' });
    const a = memory.save({ name: 'Kursk incursion', query: '+kursk -zelensky', sort: 'date' });
    expect(memory.listSaved().map((s) => s.name)).toEqual(['grain', 'Kursk incursion']);
    expect(a).toMatchObject({ name: 'Kursk incursion', query: '+kursk -zelensky', sort: 'date' });
    expect(b.sort).toBe('relevance');
    expect(memory.deleteSaved(a.id)).toEqual(a);
    expect(memory.listSaved()).toEqual([b]);
    expect(() => memory.deleteSaved(a.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('saving under a name already used (any case) replaces that search, keeping its id and creation date', () => {
    const first = memory.save({ name: 'Ukraine', query: 'ukraine' });
    const second = memory.save({ name: '  UKRAINE ', query: 'ukraine~1 kyiv', sort: 'date' });
    expect(second.id).toBe(first.id);
    expect(second.created).toBe(first.created);
    expect(second.modified > first.modified).toBe(true);
    expect(memory.listSaved()).toEqual([{ ...second, name: 'UKRAINE', query: 'ukraine~1 kyiv', sort: 'date' }]);
    // Beyond ASCII too: "Österreich" and "österreich" are one name.
    memory.save({ name: 'Österreich', query: 'austria' });
    memory.save({ name: 'österreich', query: 'vienna' });
    expect(memory.listSaved().filter((s) => s.name.toLowerCase() === 'österreich')).toHaveLength(1);
  });

  it('refuses what could not be read back as written, and bounded lengths, saving nothing', () => {
    const refusals: [unknown, RegExp][] = [
      [{ name: 'x\u0000y', query: 'korea' }, /NUL character .* position 2/u],
      [{ name: 'ok', query: 'korea \ud800' }, /unpaired UTF-16 surrogate/u],
      [{ name: '   ', query: 'korea' }, /Give the search a name/u],
      [{ name: 'empty', query: ' \t ' }, /query is empty/u],
      [{ name: 'n'.repeat(SEARCH_MEMORY_LIMITS.nameChars + 1), query: 'korea' }, /at most 200 characters/u],
      [{ name: 'long', query: 'q'.repeat(SEARCH_MEMORY_LIMITS.queryChars + 1) }, /at most 2,000 characters/u],
      [{ name: 'sort', query: 'korea', sort: 'alphabetical' }, /relevance' or 'date/u],
    ];
    for (const [input, message] of refusals) {
      expect(() => memory.save(input as never), JSON.stringify(input).slice(0, 60)).toThrow(message);
    }
    expect(memory.listSaved()).toEqual([]);
    // A pair of surrogates is a real character (emoji) and is kept.
    expect(memory.save({ name: 'flag 🇺🇦', query: 'ukraine' }).name).toBe('flag 🇺🇦');
  });

  it('a read-only database lists what it has and refuses changes with a storage error', () => {
    memory.save({ name: 'kept', query: 'korea' });
    store.close();
    store = openAnnotationStore({ path: join(dir.dir, 'annotations.sqlite'), readOnly: true });
    memory = createSearchMemoryStore(store.database);
    expect(memory.listSaved().map((s) => s.name)).toEqual(['kept']);
    expect(() => memory.save({ name: 'new', query: 'x' })).toThrow(expect.objectContaining({ code: 'storage' }));
    expect(() => memory.record('x')).toThrow(/Nothing was changed/u);
  });
});

describe('query history', () => {
  it('newest first, one entry per query (spacing folded, case kept), counting runs', () => {
    memory.record('korea');
    memory.record('US');
    memory.record('us');
    const history = memory.record('  korea   ');
    expect(history.map((h) => h.query)).toEqual(['korea', 'us', 'US']);
    expect(history[0]).toMatchObject({ runs: 2 });
    expect(history[2]).toMatchObject({ runs: 1 });
    expect(history[0]!.lastRun > history[1]!.lastRun).toBe(true);
  });

  it('keeps only the newest entries past the cap', () => {
    for (const q of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']) memory.record(q);
    memory.record('a3');
    expect(memory.history().map((h) => h.query)).toEqual(['a3', 'a7', 'a6', 'a5', 'a4']);
  });

  it('forgets one entry or all of them', () => {
    for (const q of ['one', 'two', 'three']) memory.record(q);
    expect(memory.forget('two').map((h) => h.query)).toEqual(['three', 'one']);
    expect(memory.forget('never run').map((h) => h.query)).toEqual(['three', 'one']);
    expect(memory.clearHistory()).toBe(2);
    expect(memory.history()).toEqual([]);
  });

  it('the history does not touch annotations or saved searches', () => {
    memory.save({ name: 'kept', query: 'korea' });
    memory.record('korea');
    memory.clearHistory();
    expect(memory.listSaved()).toHaveLength(1);
    expect(store.list()).toEqual([]);
  });
});

describe('through the contract', () => {
  it('dispatch refuses bad payloads before the store and runs good ones', async () => {
    const table = createSearchMemoryHandlers(memory) as unknown as HandlerTable;
    const bad = await dispatch(table, 'saveSearch', [{ name: 'x', query: 'y', extra: 1 }]);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const nul = await dispatch(table, 'recordSearch', ['a\u0000']);
    expect(nul).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/NUL/u) } });
    const notId = await dispatch(table, 'deleteSavedSearch', ['../etc']);
    expect(notId).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const saved = await dispatch(table, 'saveSearch', [{ name: 'Kursk', query: 'kursk' }]);
    expect(saved).toMatchObject({ ok: true, value: { name: 'Kursk', query: 'kursk' } });
    expect(await dispatch(table, 'listSavedSearches', [])).toMatchObject({ ok: true, value: [{ name: 'Kursk' }] });
  });
});
