import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAnnotationStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import type { AnnotationStore } from '../../../../src/core/annotations/store';
import type { Annotation, NewAnnotation } from '../../../../src/shared/annotations';
import { makeDocument, newAnnotationFor, seedParagraphTexts, tempDir } from './fixtures/seed';

const doc = makeDocument('seed', seedParagraphTexts());
const input = (quote: string, extra: Partial<NewAnnotation> = {}) => newAnnotationFor(doc, quote, extra);

let store: AnnotationStore;
let path: string;
let cleanup: () => void;
let clock: number;

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  path = `${t.dir}/annotations.sqlite`;
  clock = Date.parse('2026-03-01T09:00:00.000Z');
  store = openAnnotationStore({ path, now: () => new Date(clock) });
});
afterEach(() => {
  store.close();
  cleanup();
});

describe('annotation store', () => {
  it('creates a W3C-shaped annotation with a UUID and UTC dates, and keeps it after reopening', () => {
    const a = store.create(input('North Korean troops', { note: '**why** it matters', tags: ['Russia'], colour: 'green' }));
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(a.created).toBe('2026-03-01T09:00:00.000Z');
    expect(a.modified).toBe(a.created);
    store.close();
    store = openAnnotationStore({ path });
    expect(store.get(a.id)).toEqual(a);
    expect(store.list({ documentId: 'seed' })).toEqual([a]);
    expect(store.list({ documentId: 'other' })).toEqual([]);
  });

  it('updates note, tags and colour, bumping modified; an unchanged patch writes nothing', () => {
    const a = store.create(input('North Korean troops'));
    clock += 1000;
    const b = store.update(a.id, { note: 'new note', tags: ['x'] });
    expect(b).toMatchObject({ note: 'new note', tags: ['x'], colour: 'yellow', created: a.created });
    expect(b.modified).toBe('2026-03-01T09:00:01.000Z');
    clock += 1000;
    expect(store.update(a.id, { note: 'new note' })).toEqual(b);
    expect(store.get(a.id)).toEqual(b);
  });

  it('keeps modified strictly increasing even when the clock does not move', () => {
    const a = store.create(input('North Korean troops'));
    const b = store.update(a.id, { note: '1' });
    const c = store.update(a.id, { note: '2' });
    expect(Date.parse(b.modified)).toBeGreaterThan(Date.parse(a.modified));
    expect(Date.parse(c.modified)).toBeGreaterThan(Date.parse(b.modified));
  });

  it('delete returns the whole annotation and restore puts it back identically (undo)', () => {
    const a = store.create(input('North Korean troops', { note: 'n', tags: ['a', 'b'] }));
    const deleted = store.delete(a.id);
    expect(deleted).toEqual(a);
    expect(store.get(a.id)).toBeUndefined();
    expect(store.tags()).toEqual([]);
    expect(store.restore(deleted)).toEqual(a);
    expect(store.get(a.id)).toEqual(a);
    expect(() => store.restore(deleted)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('reports unknown ids as not-found', () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect(() => store.update(id, { note: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => store.delete(id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('trims tags and deduplicates them case-insensitively, keeping order and first spelling', () => {
    const a = store.create(input('North Korean troops', { tags: ['  Russia ', 'russia', 'DPRK', '', ' ', 'Ünïcode', 'üNÏCODE'] }));
    expect(a.tags).toEqual(['Russia', 'DPRK', 'Ünïcode']);
    expect(store.get(a.id)?.tags).toEqual(['Russia', 'DPRK', 'Ünïcode']);
  });

  it('counts tags across annotations for completion, most used first', () => {
    store.create(input('North Korean troops', { tags: ['russia', 'troops'] }));
    store.create(input('South Korea', { tags: ['Russia'] }));
    store.create(input('Ukraine', { tags: ['Russia', 'summit'] }));
    expect(store.tagCounts()).toEqual([
      { tag: 'Russia', count: 3 },
      { tag: 'summit', count: 1 },
      { tag: 'troops', count: 1 },
    ]);
    expect(store.tags()).toEqual(['Russia', 'summit', 'troops']);
  });

  it('refuses (does not truncate) a note over 100,000 characters, too many or too long tags', () => {
    const a = store.create(input('North Korean troops', { note: 'n'.repeat(100_000) }));
    expect(store.get(a.id)?.note).toHaveLength(100_000);
    expect(() => store.update(a.id, { note: 'n'.repeat(100_001) })).toThrow(/at most 100,000 characters; this one has 100,001/u);
    expect(() => store.update(a.id, { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).toThrow(/At most 50 tags/u);
    expect(() => store.update(a.id, { tags: ['x'.repeat(101)] })).toThrow(
      expect.objectContaining({ code: 'too-large', message: expect.stringMatching(/at most 100 characters/u) }),
    );
    expect(store.get(a.id)?.note).toHaveLength(100_000);
    expect(store.update(a.id, { tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }).tags).toHaveLength(50);
  });

  it('merge inserts new ids, replaces older copies, skips same-or-newer ones with a reason', () => {
    const mine = store.create(input('North Korean troops', { note: 'mine' }));
    const stale = store.create(input('South Korea', { note: 'stale' }));
    const incomingNew: Annotation = { ...mine, id: '11111111-1111-4111-8111-111111111111', note: 'theirs' };
    const newerCopy: Annotation = { ...stale, note: 'fresher', modified: '2027-01-01T00:00:00.000Z' };
    const olderCopy: Annotation = { ...mine, note: 'older', modified: '2020-01-01T00:00:00.000Z' };
    const broken = { ...mine, id: '22222222-2222-4222-8222-222222222222', note: 'x'.repeat(100_001) };
    const report = store.merge([incomingNew, newerCopy, olderCopy, broken]);
    expect(report.added).toBe(1);
    expect(report.updated).toBe(1);
    expect(report.skipped.map((s) => s.id)).toEqual([mine.id, broken.id]);
    expect(report.skipped[0]?.reason).toMatch(/as new or newer/u);
    expect(report.skipped[1]?.reason).toMatch(/100,000/u);
    expect(store.get(mine.id)?.note).toBe('mine');
    expect(store.get(stale.id)?.note).toBe('fresher');
    expect(store.get(incomingNew.id)?.note).toBe('theirs');
  });

  it('merge is one transaction: a storage failure part-way leaves nothing imported', () => {
    store.close();
    const probe = openAnnotationStore({ path });
    probe.close();
    const db = new DatabaseSync(path);
    const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    db.close();
    store = openAnnotationStore({ path, maxPageCount: pages + 2 });
    const base = newAnnotationFor(doc, 'Ukraine');
    const many: Annotation[] = Array.from({ length: 40 }, (_, i) => ({
      ...base,
      note: 'x'.repeat(3000),
      tags: [],
      id: `33333333-3333-4333-8333-${String(i).padStart(12, '0')}`,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    }));
    expect(() => store.merge(many)).toThrow(expect.objectContaining({ code: 'storage', message: expect.stringMatching(/disk is full/u) }));
    expect(store.list()).toEqual([]);
  });
});
