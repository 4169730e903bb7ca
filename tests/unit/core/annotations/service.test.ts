import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotationService, type AnnotationService } from '../../../../src/core/annotations/annotation-service';
import { openAnnotationStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import { dispatch } from '../../../../src/core/ipc/dispatch';
import { createAnnotationHandlers } from '../../../../src/core/ipc/annotation-handlers';
import { createCoreServices, createHandlers } from '../../../../src/core/services';
import type { HandlerTable } from '../../../../src/shared/api';
import { DossierError } from '../../../../src/shared/result';
import { makeCorpus, makeDocument, newAnnotationFor, seedParagraphTexts, tempDir } from './fixtures/seed';

const seed = makeDocument('seed', seedParagraphTexts());
const other = makeDocument('other', ['Second document, first paragraph.', 'It mentions Kim Jong Un once.']);

let service: AnnotationService;
let cleanup: () => void;
let dir: string;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  service = createAnnotationService(openAnnotationStore({ path: `${dir}/annotations.sqlite` }), makeCorpus([seed, other]));
});
afterEach(() => {
  service.close();
  cleanup();
});

describe('annotation service', () => {
  it('lists the notes of a document damaged in the built corpus as not placed, and the others as usual', () => {
    const onSeed = service.create(newAnnotationFor(seed, 'North Korean troops'));
    const onOther = service.create(newAnnotationFor(other, 'Kim Jong Un'));
    service.close();
    const healthy = makeCorpus([seed, other]);
    const damaged = {
      ...healthy,
      get(id: string) {
        if (id === 'other') throw new DossierError('unavailable', 'Document "other" is damaged in the built corpus.');
        return healthy.get(id);
      },
    };
    service = createAnnotationService(openAnnotationStore({ path: `${dir}/annotations.sqlite` }), damaged);
    const listed = service.list();
    expect(listed.find((a) => a.id === onSeed.id)?.anchor).not.toBeNull();
    expect(listed.find((a) => a.id === onOther.id)).toMatchObject({ anchor: null, note: onOther.note });
  });

  it('returns created annotations anchored, with the full 32-character context recomputed', () => {
    const input = newAnnotationFor(seed, 'North Korean troops');
    input.target.quote.prefix = '';
    input.target.quote.suffix = '';
    const a = service.create(input);
    expect(a.anchor).toEqual({ start: input.target.position.start, end: input.target.position.end, method: 'position' });
    expect(a.target.quote.prefix).toHaveLength(32);
    expect(a.target.quote.suffix).toHaveLength(32);
  });

  it('refuses targets that do not describe the current document', () => {
    const good = newAnnotationFor(seed, 'North Korean troops');
    const bad = (change: (t: typeof good.target) => void) => {
      const input = structuredClone(good);
      change(input.target);
      return () => service.create(input);
    };
    expect(bad((t) => (t.documentId = 'missing'))).toThrow(expect.objectContaining({ code: 'invalid-argument', message: expect.stringMatching(/not in this corpus/u) }));
    expect(bad((t) => ((t.position.start += 1), (t.position.end += 1)))).toThrow(/does not match the document/u);
    expect(bad((t) => (t.paragraphId = 'seed-p0'))).toThrow(/does not start in paragraph/u);
    expect(bad((t) => (t.position.end += 5))).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(service.list()).toEqual([]);
  });

  it('lists one document in reading order with orphans last, and all documents grouped in corpus order', () => {
    const late = service.create(newAnnotationFor(seed, 'Pyongyang'));
    const early = service.create(newAnnotationFor(seed, 'North Korea has been readying'));
    const inOther = service.create(newAnnotationFor(other, 'Kim Jong Un'));
    // An annotation whose text is no longer in its document (restored from an older export).
    const orphan = service.restore({
      ...early,
      id: '44444444-4444-4444-8444-444444444444',
      target: { ...early.target, quote: { type: 'TextQuoteSelector', exact: 'a sentence that was removed from the article later', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 50 } },
    });
    expect(orphan.anchor).toBeNull();
    expect(service.list({ documentId: 'seed' }).map((a) => a.id)).toEqual([early.id, late.id, orphan.id]);
    expect(service.list().map((a) => a.id)).toEqual([early.id, late.id, orphan.id, inOther.id]);
    expect(service.list({ documentId: 'other' }).map((a) => a.id)).toEqual([inOther.id]);
  });

  it('supports undo and redo of create, update and delete with the documented calls', () => {
    const created = service.create(newAnnotationFor(seed, 'Pyongyang', { note: 'v1', tags: ['a'] }));
    // undo create / redo create
    const removed = service.delete(created.id);
    expect(service.list()).toEqual([]);
    expect(service.restore(removed)).toEqual(created);
    // update, undo update, redo update
    const updated = service.update(created.id, { note: 'v2', tags: ['b'], colour: 'blue' });
    const undone = service.update(created.id, { note: created.note, tags: created.tags, colour: created.colour });
    expect(undone).toMatchObject({ note: 'v1', tags: ['a'], colour: 'yellow' });
    expect(service.update(created.id, { note: updated.note, tags: updated.tags, colour: updated.colour })).toMatchObject({ note: 'v2', tags: ['b'], colour: 'blue' });
    // delete, undo delete restores same id and dates
    const gone = service.delete(created.id);
    const back = service.restore(gone);
    expect(back.id).toBe(created.id);
    expect(back.created).toBe(created.created);
    expect(back.modified).toBe(gone.modified);
  });
});

describe('annotations over IPC', () => {
  const call = (channel: string, ...args: unknown[]) =>
    dispatch(createAnnotationHandlers(service) as unknown as HandlerTable, channel, args, () => {});

  it('validates sizes at the boundary with a clear message', async () => {
    const input = newAnnotationFor(seed, 'Pyongyang', { note: 'x'.repeat(100_001) });
    expect(await call('createAnnotation', input)).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/at most 100,000 characters; this one has 100,001/u) },
    });
    const tooManyTags = newAnnotationFor(seed, 'Pyongyang', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) });
    expect(await call('createAnnotation', tooManyTags)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/At most 50 tags/u) } });
    expect(await call('updateAnnotation', 'not-a-uuid', {})).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await call('listAnnotations')).toEqual({ ok: true, value: [] });
  });

  it('creates, lists tags with counts and reports store status', async () => {
    const res = await call('createAnnotation', newAnnotationFor(seed, 'Pyongyang', { tags: [' Russia', 'russia', 'DPRK'] }));
    expect(res).toMatchObject({ ok: true, value: { tags: ['Russia', 'DPRK'] } });
    expect(await call('listTags')).toEqual({ ok: true, value: [{ tag: 'DPRK', count: 1 }, { tag: 'Russia', count: 1 }] });
    expect(await call('getAnnotationStoreStatus')).toEqual({
      ok: true,
      value: { path: `${dir}/annotations.sqlite`, recovered: null, readOnly: null, copiedBeforeOpen: null, warning: null, lastBackup: null },
    });
    expect(await call('getAnnotation', '00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('core services wiring', () => {
  it('opens annotations.sqlite in the user-data folder, exposes the channels, and close() closes it', async () => {
    const resourcesDir = `${dir}/resources`;
    mkdirSync(`${resourcesDir}/corpus`, { recursive: true });
    writeFileSync(`${resourcesDir}/corpus/tiny.txt`, 'A tiny document.\n\nWith two paragraphs.\n');
    const services = await createCoreServices({ resourcesDir, userDataDir: `${dir}/user`, platform: { name: 'web' } });
    const table = createHandlers(services);
    expect(await table.getAnnotationStoreStatus()).toMatchObject({ path: `${dir}/user/annotations.sqlite`, recovered: null });
    expect(await table.listAnnotations({})).toEqual([]);
    services.close();
    expect(() => services.annotations.store.list()).toThrow(expect.objectContaining({ code: 'unavailable' }));
  });
});
