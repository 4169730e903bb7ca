import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { argSchemas } from '../../../../src/shared/api';
import type { CorpusInfo, ProcessedDocument } from '../../../../src/shared/corpus';
import { summarize } from '../../../../src/core/corpus/corpus-service';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import { createSearchHandlers } from '../../../../src/core/ipc/search-handlers';
import { INDEX_FILE } from '../../../../src/core/search/index-file';
import { AHEAD_FILE } from '../../../../src/core/search/ahead-file';
import { createSearchService, type SearchService } from '../../../../src/core/search/search-service';
import { writeSearchIndex } from '../../../../src/core/search/write-index';
import { seedDocument, trickyDocuments } from './fixtures';

function corpusOf(docs: ProcessedDocument[], status: CorpusInfo['status']) {
  return { info: () => ({ status }) as CorpusInfo, list: () => docs.map((d) => summarize(d)), loadAll: () => docs, has: (id: string) => docs.some((d) => d.id === id) };
}

const open: SearchService[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'dossier-search-'));
  dirs.push(d);
  return d;
}

describe('search service', () => {
  it('answers "indexing" at once, then loads the built index in a worker thread', async () => {
    const docs = [seedDocument(), ...trickyDocuments()];
    const dir = tempDir();
    const written = await writeSearchIndex(dir, docs);
    expect(written.files).toEqual([INDEX_FILE, AHEAD_FILE]);
    const service = createSearchService({ buildDir: dir, corpus: corpusOf(docs, 'ready') });
    open.push(service);
    const early = await service.search('kursk');
    expect(early.status).toBe('indexing');
    expect(early.results).toEqual([]);
    const status = await service.ready();
    expect(status).toMatchObject({ state: 'ready', documentCount: docs.length });
    expect(status.message).toMatch(/loaded/u);
    const r = await service.search('kursk');
    expect(r).toMatchObject({ status: 'ready', total: 1, error: null });
    expect(r.results[0]!.documentId).toBe('seed');
    const hits = await service.documentHits('seed', 'kursk');
    expect(hits.hits.length).toBe(r.results[0]!.hitCount);
  });

  it('indexes the documents when the build has no index, or a stale one', async () => {
    const docs = trickyDocuments();
    const dir = tempDir();
    await writeSearchIndex(dir, docs.slice(0, 1));
    const stale = createSearchService({ buildDir: dir, corpus: corpusOf(docs, 'ready'), worker: 'in-process' });
    open.push(stale);
    expect((await stale.ready()).message).toMatch(/built from the corpus documents/u);
    expect((await stale.search('cafe')).total).toBe(1);

    writeFileSync(join(dir, INDEX_FILE), 'garbage');
    const corrupt = createSearchService({ buildDir: dir, corpus: corpusOf(docs, 'ready'), worker: 'in-process' });
    open.push(corrupt);
    expect((await corrupt.ready()).state).toBe('ready');

    const fallback = createSearchService({ buildDir: tempDir(), corpus: corpusOf(docs, 'fallback'), worker: 'in-process' });
    open.push(fallback);
    expect((await fallback.ready()).state).toBe('ready');
    expect((await fallback.search('"in the end"')).results.map((x) => x.documentId)).toEqual(['kim']);
  });

  it('over IPC: bad queries resolve with an explanation; limits and unknown ids are clear errors', async () => {
    const docs = trickyDocuments();
    const service = createSearchService({ buildDir: tempDir(), corpus: corpusOf(docs, 'fallback'), worker: 'in-process' });
    open.push(service);
    await service.ready();
    const table = createSearchHandlers(service) as never;
    const bad = await dispatch(table, 'search', ['title:']);
    expect(bad).toMatchObject({ ok: true, value: { status: 'ready', error: { start: 0 }, results: [] } });
    const long = await dispatch(table, 'search', ['x'.repeat(2500)]);
    expect(long).toMatchObject({ ok: true, value: { error: { message: expect.stringContaining('limit is 2,000') } } });
    const huge = await dispatch(table, 'search', ['x'.repeat(20_000)]);
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(table, 'search', ['cafe', { limit: 0 }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await dispatch(table, 'search', ['cafe', { limit: 5 }])).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await dispatch(table, 'getDocumentHits', ['nope', 'cafe'])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(table, 'getSearchStatus', [])).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(Object.keys(argSchemas)).toEqual(expect.arrayContaining(['search', 'getDocumentHits', 'getSearchStatus']));
  });
});
