import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_FILE } from '../../../../src/core/search/index-file';
import { loadEngine, SearchHost, type HostReply } from '../../../../src/core/search/search-host';
import { writeSearchIndex } from '../../../../src/core/search/write-index';
import { commonWordsCorpus, doc } from './fixtures';

const documents = [doc('long', 'Long word', [`${'a'.repeat(40)} is a long word, and so is ${'a'.repeat(39)}b.`]), doc('other', 'Other', ['Nothing here.'])];

function host(budgetMs?: number) {
  const replies: HostReply[] = [];
  const control = new SharedArrayBuffer(4);
  const h = new SearchHost((r) => replies.push(r), budgetMs);
  h.handle({ type: 'init', source: { kind: 'documents', documents }, control });
  return { h, replies, latest: new Int32Array(control) };
}
const search = (t: ReturnType<typeof host>, id: number, query: string) => {
  t.h.handle({ type: 'search', id, query, options: {} });
  return t.replies.at(-1) as Extract<HostReply, { type: 'search' }>;
};

describe('search time budget and cancellation', () => {
  it('a search over its time budget stops with a message that says how to narrow it', () => {
    const t = host(-1);
    Atomics.store(t.latest, 0, 1);
    const r = search(t, 1, 'a*a*a*a*b');
    expect(r.value.results).toEqual([]);
    expect(r.value.error?.message).toMatch(/took longer than .* and was stopped/u);
  });

  it('a newer search request stops the one running', () => {
    const t = host();
    Atomics.store(t.latest, 0, 2); // request 2 was sent while 1 was still waiting
    const stale = search(t, 1, 'long');
    expect(stale.value.results).toEqual([]);
    expect(stale.value.notices).toEqual(['Replaced by a newer search.']);
    const fresh = search(t, 2, 'long');
    expect(fresh.value.results.map((x) => x.documentId)).toEqual(['long']);
  });

  it('within its budget a search answers normally', () => {
    const t = host();
    Atomics.store(t.latest, 0, 7);
    expect(search(t, 7, 'a*a*a*a*a*a*a*a*a*a*a*a*b').value.results.map((x) => x.documentId)).toEqual(['long']);
  });
});

describe('loading a corpus build', () => {
  it('reads the heavy queries ranked in the build from beside the index, instead of ranking them again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-host-'));
    try {
      const docs = commonWordsCorpus(600);
      await writeSearchIndex(dir, docs);
      const loaded = loadEngine({ kind: 'file', path: join(dir, INDEX_FILE), expectedIds: docs.map((d) => d.id) });
      if (!('engine' in loaded)) throw new Error(loaded.stale);
      loaded.engine.warm();
      expect(loaded.engine.rankedAheadFromFile).toBe(true);
      expect(loaded.engine.rankedAhead).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
