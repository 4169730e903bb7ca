import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAnnotationStore, type SqliteStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import { createCorrectionStore, type CorrectionStore } from '../../../../src/core/corrections/correction-store';
import { tempDir } from '../annotations/fixtures/seed';

let dir: ReturnType<typeof tempDir>;
let store: SqliteStore;
let corrections: CorrectionStore;
let clock: number;
let ids: number;

const path = () => join(dir.dir, 'annotations.sqlite');

beforeEach(() => {
  dir = tempDir();
  clock = Date.parse('2026-01-01T00:00:00.000Z');
  ids = 0;
  store = openAnnotationStore({ path: path() });
  corrections = createCorrectionStore(store.database, {
    now: () => new Date(clock++),
    randomId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
});
afterEach(() => {
  store.close();
  dir.cleanup();
});

describe('corrections store', () => {
  it('adds, lists newest first and keeps them across reopening the database', () => {
    corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
    corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' });
    store.close();
    store = openAnnotationStore({ path: path() });
    const again = createCorrectionStore(store.database);
    expect(again.list()).toMatchObject([
      { kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' },
      { kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' },
    ]);
  });

  it('a second correction of the same kind and target replaces the first and hands it back', () => {
    const first = corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' });
    expect(first.replaced).toBeNull();
    const second = corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'organization', label: 'Kursk' });
    expect(second.replaced).toEqual(first.correction);
    expect(corrections.list()).toEqual([second.correction]);
  });

  it('undo of an add (remove, restore the replaced one) and redo (restore) give back exactly what was there', () => {
    const first = corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'place', label: 'Kursk' });
    const second = corrections.add({ kind: 'retype-entity', target: 'person:kursk', type: 'organization', label: 'Kursk' });
    expect(corrections.remove(second.correction.id)).toEqual(second.correction);
    corrections.restore(second.replaced!);
    expect(corrections.list()).toEqual([first.correction]);
    expect(corrections.restore(second.correction)).toEqual({ correction: second.correction, replaced: first.correction });
    expect(corrections.list()).toEqual([second.correction]);
    expect(() => corrections.restore(second.correction)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('refuses what the contract refuses, and an unknown id, changing nothing', () => {
    expect(() => corrections.add({ kind: 'reject-entity', target: 'chelsea', label: 'Chelsea' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => corrections.add({ kind: 'retype-entity', target: 'person:x', label: 'x' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => corrections.add({ kind: 'reject-entity', target: 'person:a\u0000b', label: 'x' })).toThrow(/NUL/u);
    expect(() => corrections.remove('00000000-0000-4000-8000-000000000999')).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(corrections.list()).toEqual([]);
  });

  it('import adds only corrections whose target is not corrected yet', () => {
    const mine = corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' }).correction;
    const added = corrections.merge([
      { ...mine, id: '11111111-0000-4000-8000-000000000001' },
      { id: '11111111-0000-4000-8000-000000000002', kind: 'reject-entity', target: 'person:arsenal', label: 'Arsenal', created: '2025-01-01T00:00:00.000Z' },
    ]);
    expect(added).toBe(1);
    expect(corrections.list().map((c) => c.target)).toEqual(['person:chelsea', 'person:arsenal']);
  });

  it('tells its listeners after each committed change, not after a refused one', () => {
    let calls = 0;
    corrections.onChange(() => (calls += 1));
    const { correction } = corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
    expect(() => corrections.remove('00000000-0000-4000-8000-000000000999')).toThrow();
    corrections.remove(correction.id);
    expect(calls).toBe(2);
  });

  it('keeps a row of a kind a newer Dossier wrote, without reading it as one it knows', () => {
    const raw = new DatabaseSync(path());
    raw.prepare("INSERT INTO corrections VALUES ('22222222-0000-4000-8000-000000000001', 'event-date', 'doc#p-1@4', '2004', 'in May', '2026-01-01T00:00:00.000Z')").run();
    raw.close();
    expect(corrections.list()).toEqual([]);
    corrections.add({ kind: 'reject-entity', target: 'person:blair', label: 'Blair' });
    expect(corrections.list()).toHaveLength(1);
  });

  it('keeps merges, splits, speakers and claimants (set and cleared) with what each needs, across reopening', () => {
    corrections.add({ kind: 'merge-entity', target: 'person:bush', other: 'person:george w bush', label: 'Bush' });
    corrections.add({ kind: 'split-alias', target: 'person:blair', other: 'person:tony blair', label: 'Blair' });
    corrections.add({ kind: 'quote-speaker', target: 'story#p-1@12', attribution: 'Angela Merkel', label: '“We will”' });
    corrections.add({ kind: 'figure-claimant', target: 'story#p-2@0', attribution: null, label: '3,000 jobs' });
    store.close();
    store = openAnnotationStore({ path: path() });
    expect(createCorrectionStore(store.database).list()).toMatchObject([
      { kind: 'figure-claimant', target: 'story#p-2@0', attribution: null },
      { kind: 'quote-speaker', target: 'story#p-1@12', attribution: 'Angela Merkel' },
      { kind: 'split-alias', target: 'person:blair', other: 'person:tony blair' },
      { kind: 'merge-entity', target: 'person:bush', other: 'person:george w bush' },
    ]);
  });

  it('one speaker per quote: a second replaces the first, so undo gives the first back', () => {
    const first = corrections.add({ kind: 'quote-speaker', target: 'story#p-1@12', attribution: 'Angela Merkel', label: 'q' });
    const second = corrections.add({ kind: 'quote-speaker', target: 'story#p-1@12', attribution: null, label: 'q' });
    expect(second.replaced).toEqual(first.correction);
    expect(corrections.list()).toEqual([second.correction]);
  });

  it('refuses a merge into itself, a quote target that is not document#paragraph@offset, and a blank name', () => {
    expect(() => corrections.add({ kind: 'merge-entity', target: 'person:bush', other: 'person:bush', label: 'Bush' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => corrections.add({ kind: 'quote-speaker', target: 'person:bush', attribution: 'x', label: 'q' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => corrections.add({ kind: 'figure-claimant', target: 'd#p@1', attribution: '  ', label: 'q' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => corrections.add({ kind: 'merge-entity', target: 'person:bush', label: 'Bush' })).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
    expect(corrections.list()).toEqual([]);
  });
});
