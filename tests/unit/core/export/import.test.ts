import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAnnotationStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import type { AnnotationStore } from '../../../../src/core/annotations/store';
import { dossierIdFor } from '../../../../src/core/export/import-annotations';
import { jsonNestingDepth } from '../../../../src/core/export/import-guards';
import { createExportHandlers } from '../../../../src/core/ipc/export-handlers';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import type { HandlerTable } from '../../../../src/shared/api';
import { documentUrn } from '../../../../src/shared/corpus';
import { isDossierError } from '../../../../src/shared/result';
import { FIXED_NOW, fixedIds, fixtureCorpus, FIXTURE_ANNOTATIONS, SECOND_DOC, targetFor, TRICKY_DOC } from './fixtures';
import { fixtureService } from './service-fixture';

let dir: string;
let store: AnnotationStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
  store = openAnnotationStore({ path: join(dir, 'annotations.sqlite') });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function service() {
  return fixtureService({ store }).service;
}

async function exportAll(): Promise<string> {
  return (await service().exportFile({ format: 'jsonld', scope: { all: true } })).data;
}

async function refused(text: string): Promise<{ code: string; message: string }> {
  try {
    service().importText(text);
  } catch (error) {
    if (isDossierError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('the import was not refused');
}

describe('JSON-LD import into the SQLite store', () => {
  it('round-trips: export all, wipe, import, export again gives identical content; re-import duplicates nothing', async () => {
    expect(store.merge(FIXTURE_ANNOTATIONS)).toMatchObject({ added: FIXTURE_ANNOTATIONS.length, skipped: [] });
    const first = await exportAll();
    const before = store.list();
    store.close();
    rmSync(dir, { recursive: true, force: true });
    store = openAnnotationStore({ path: join(dir, 'annotations.sqlite') });
    expect(store.list()).toEqual([]);

    const report = service().importText(first);
    expect(report).toMatchObject({ added: FIXTURE_ANNOTATIONS.length, updated: 0, skipped: [] });
    expect(report.summary).toBe(`${FIXTURE_ANNOTATIONS.length} added, 0 updated, 0 skipped`);
    expect(store.list()).toEqual(before);
    expect(await exportAll()).toBe(first);

    const again = service().importText(first);
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect(again.skipped).toHaveLength(FIXTURE_ANNOTATIONS.length);
    expect(again.summary).toMatch(/^0 added, 0 updated, 7 skipped: The stored copy is as new or newer \(7\)$/u);
    expect(store.list()).toHaveLength(FIXTURE_ANNOTATIONS.length);
  });

  it('newer modified wins, older does not', async () => {
    store.merge(FIXTURE_ANNOTATIONS);
    const file = JSON.parse(await exportAll()) as { first: { items: Record<string, unknown>[] } };
    const [a, b] = file.first.items;
    a!.modified = '2030-01-01T00:00:00.000Z';
    a!.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'Edited elsewhere', format: 'text/markdown' }];
    b!.modified = '2000-01-01T00:00:00.000Z';
    b!.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'Stale edit' }];
    const report = service().importText(JSON.stringify(file));
    expect(report).toMatchObject({ added: 0, updated: 1 });
    expect(store.get(dossierIdFor(String(a!.id)))?.note).toBe('Edited elsewhere');
    expect(store.get(dossierIdFor(String(b!.id)))?.note).not.toBe('Stale edit');
  });

  it('reports what it changed, so the import can be undone: ids added and the versions replaced', async () => {
    const [kept, ...rest] = FIXTURE_ANNOTATIONS;
    store.merge([kept!]);
    const original = store.get(kept!.id)!;
    store.merge(rest);
    const file = JSON.parse(await exportAll()) as { first: { items: Record<string, unknown>[] } };
    store.close();
    rmSync(dir, { recursive: true, force: true });
    store = openAnnotationStore({ path: join(dir, 'annotations.sqlite') });
    store.merge([kept!]);
    const edited = file.first.items.find((i) => dossierIdFor(String(i.id)) === kept!.id)!;
    edited.modified = '2030-01-01T00:00:00.000Z';

    const report = service().importText(JSON.stringify(file));
    expect(report.changes.replaced).toEqual([original]);
    expect(report.changes.added.sort()).toEqual(rest.map((a) => a.id).sort());
    // A re-import that changes nothing has nothing to undo.
    expect(service().importText(JSON.stringify(file)).changes).toEqual({ added: [], replaced: [] });
  });

  it('imports another tool\'s annotation of our document (bare id source, quote only, single body) with a stable id', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'From elsewhere <script>alert(1)</script>' },
      target: { source: SECOND_DOC.id, selector: { type: 'TextQuoteSelector', exact: 'Nothing else happened.' } },
    };
    const report = service().importText(JSON.stringify(foreign));
    expect(report).toMatchObject({ added: 1, updated: 0, skipped: [] });
    const stored = store.get(dossierIdFor(foreign.id))!;
    expect(stored.note).toBe('From elsewhere <script>alert(1)</script>'); // kept as text; every view escapes it
    expect(stored.target).toEqual({ ...targetFor(SECOND_DOC, 'Nothing else happened.') });
    expect(stored.colour).toBe('yellow');
    expect(service().importText(JSON.stringify(foreign)).skipped[0]?.reason).toMatch(/no modification date/u);
    expect(store.list()).toHaveLength(1);
  });

  it('skips annotations of unknown documents and says why, importing the rest', async () => {
    store.merge(FIXTURE_ANNOTATIONS.slice(0, 2));
    const file = JSON.parse(await exportAll()) as { first: { items: { id: string; target: { source: string } }[] } };
    store.close();
    rmSync(dir, { recursive: true, force: true });
    store = openAnnotationStore({ path: join(dir, 'annotations.sqlite') });
    file.first.items[0]!.target.source = documentUrn('not-in-corpus');
    const report = service().importText(JSON.stringify(file));
    expect(report.added).toBe(1);
    expect(report.skipped).toEqual([{ id: file.first.items[0]!.id, reason: 'unknown document "urn:dossier:doc:not-in-corpus"' }]);
    expect(report.summary).toBe('1 added, 0 updated, 1 skipped: unknown document "urn:dossier:doc:not-in-corpus"');
  });

  it('skips an annotation over the limits (note, tags, quote) with the reason', async () => {
    store.merge(FIXTURE_ANNOTATIONS.slice(0, 3));
    const file = JSON.parse(await exportAll()) as { first: { items: Record<string, unknown>[] } };
    store.close();
    rmSync(dir, { recursive: true, force: true });
    store = openAnnotationStore({ path: join(dir, 'annotations.sqlite') });
    file.first.items[0]!.body = [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(100_001) }];
    file.first.items[1]!.body = Array.from({ length: 51 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` }));
    (file.first.items[2]!.target as { selector: { exact?: string }[] }).selector[0]!.exact = 'y'.repeat(20_001);
    const report = service().importText(JSON.stringify(file));
    expect(report.added).toBe(0);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/note is longer than 100000/u),
      expect.stringMatching(/more than 50 tags/u),
      expect.stringMatching(/quote is longer than 20000/u),
    ]);
    expect(store.list()).toEqual([]);
  });

  describe('refuses a malformed or hostile file, changing nothing', () => {
    beforeEach(() => {
      store.merge(FIXTURE_ANNOTATIONS);
    });
    afterEach(() => {
      expect(store.list()).toHaveLength(FIXTURE_ANNOTATIONS.length);
    });

    it('not JSON', async () => {
      expect(await refused('{"type": "AnnotationCollection", ')).toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/not valid JSON/u) });
    });

    it('bigger than 20 MB, before parsing', async () => {
      const big = `{"type":"AnnotationPage","items":[],"pad":"${'x'.repeat(21 * 1024 * 1024)}"}`;
      expect(await refused(big)).toMatchObject({ code: 'too-large', message: expect.stringMatching(/20 MB/u) });
      // Characters under the limit but bytes over it (multi-byte UTF-8) are refused too.
      expect(await refused(`"${'é'.repeat(11 * 1024 * 1024)}"`)).toMatchObject({ code: 'too-large' });
    });

    it('nested deeper than any annotation file (checked before JSON.parse)', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      expect(await refused(deep)).toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/levels deep/u) });
      expect(jsonNestingDepth('{"a":"[[[[{{{{","b":[1,[2]]}')).toBe(3);
    });

    it('not an annotation file', async () => {
      expect(await refused('{"hello": "world"}')).toMatchObject({ code: 'invalid-argument', message: expect.stringMatching(/not a W3C Web Annotation file/u) });
      expect(await refused('42')).toMatchObject({ code: 'invalid-argument' });
      expect(await refused('{"type":"AnnotationCollection","first":"https://example.org/page1"}')).toMatchObject({ message: expect.stringMatching(/by address/u) });
      expect(await refused('{"type":"AnnotationPage","items":"nope"}')).toMatchObject({ code: 'invalid-argument' });
    });

    it('too many annotations', async () => {
      expect(await refused(`[${'{},'.repeat(100_000)}{}]`)).toMatchObject({ code: 'too-large' });
    });
  });

  it('through IPC: the string size limit is in the schema, and the report comes back in an envelope', async () => {
    const handlers = createExportHandlers(fixtureCorpus(), store, { name: 'web' }, { now: () => FIXED_NOW, randomId: fixedIds() }) as unknown as HandlerTable;
    const tooBig = await dispatch(handlers, 'importAnnotations', ['x'.repeat(20_000_001)]);
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/20 MB/u) } });
    expect(await dispatch(handlers, 'importAnnotations', [42])).toMatchObject({ ok: false });
    const page = { type: 'AnnotationPage', items: [{ id: 'urn:x:1', type: 'Annotation', target: { source: TRICKY_DOC.id, selector: { type: 'TextPositionSelector', start: 0, end: 5 } } }] };
    const ok = await dispatch(handlers, 'importAnnotations', [JSON.stringify(page)]);
    expect(ok).toMatchObject({ ok: true, value: { added: 1, updated: 0, skipped: [], summary: '1 added, 0 updated, 0 skipped', changes: { replaced: [] } } });
    expect(store.get(dossierIdFor('urn:x:1'))?.target.quote.exact).toBe('Plain');
  });
});
