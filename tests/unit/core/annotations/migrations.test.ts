import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, runMigrations, schemaVersion } from '../../../../src/core/annotations/migrations';
import { openAnnotationStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import { createSearchMemoryStore } from '../../../../src/core/search-memory/search-memory-store';
import { createCorrectionStore } from '../../../../src/core/corrections/correction-store';
import { tempDir } from './fixtures/seed';

let cleanup = () => {};
afterEach(() => cleanup());

function dbAtVersion(version: number): { db: DatabaseSync; path: string } {
  const t = tempDir();
  cleanup = t.cleanup;
  const path = `${t.dir}/annotations.sqlite`;
  const db = new DatabaseSync(path);
  runMigrations(db, MIGRATIONS.slice(0, version));
  return { db, path };
}

const row = {
  id: '0b6f6c3e-1f43-4a53-9a3c-1d2b3c4d5e6f',
  document_id: 'doc',
  paragraph_id: 'p1',
  quote_exact: 'North Korea',
  quote_prefix: 'that ',
  quote_suffix: ' has',
  position_start: 5,
  position_end: 16,
  note: 'kept across upgrades',
  colour: 'green',
  created: '2024-10-25T10:00:00.000Z',
  modified: '2024-10-25T11:00:00.000Z',
};

describe('annotation migrations', () => {
  it('numbers migrations consecutively from 1 and records the version in user_version', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const { db } = dbAtVersion(LATEST_SCHEMA_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('0001 creates the annotations and tags tables on an empty database', () => {
    const { db } = dbAtVersion(0);
    expect(schemaVersion(db)).toBe(0);
    expect(runMigrations(db, MIGRATIONS.slice(0, 1))).toEqual({ from: 0, to: 1 });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => t.name)).toEqual(['annotation_tags', 'annotations']);
    db.close();
  });

  it('0002 migrates a version-1 database with data: rows and tags survive, tag index added', () => {
    const { db, path } = dbAtVersion(1);
    db.prepare(`INSERT INTO annotations VALUES (:id, :document_id, :paragraph_id, :quote_exact, :quote_prefix,
      :quote_suffix, :position_start, :position_end, :note, :colour, :created, :modified)`).run(row);
    db.prepare('INSERT INTO annotation_tags VALUES (?, 0, ?), (?, 1, ?)').run(row.id, 'Russia', row.id, 'troops');
    db.close();

    const store = openAnnotationStore({ path });
    const [a] = store.list();
    expect(a?.note).toBe('kept across upgrades');
    expect(a?.tags).toEqual(['Russia', 'troops']);
    expect(a?.modified).toBe(row.modified);
    store.close();

    const check = new DatabaseSync(path);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION);
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'annotation_tags'").all();
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['annotation_tags_by_tag', 'annotation_tags_unique']));
    check.close();
  });

  it('0003 migrates a version-2 database with notes: every note and tag kept, saved searches and history usable', () => {
    const { db, path } = dbAtVersion(2);
    const insert = db.prepare(`INSERT INTO annotations VALUES (:id, :document_id, :paragraph_id, :quote_exact, :quote_prefix,
      :quote_suffix, :position_start, :position_end, :note, :colour, :created, :modified)`);
    const ids = Array.from({ length: 25 }, (_, i) => `${row.id.slice(0, -2)}${String(i).padStart(2, '0')}`);
    ids.forEach((id, i) => insert.run({ ...row, id, note: `note ${i} — “kept” ✓`, position_start: i, position_end: i + 11 }));
    db.prepare('INSERT INTO annotation_tags VALUES (?, 0, ?), (?, 1, ?)').run(ids[0]!, 'Russia', ids[0]!, 'troops');
    db.close();

    const store = openAnnotationStore({ path });
    const notes = store.list();
    expect(notes.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(notes.find((a) => a.id === ids[7])?.note).toBe('note 7 — “kept” ✓');
    expect(notes.find((a) => a.id === ids[0])?.tags).toEqual(['Russia', 'troops']);
    expect(store.status().readOnly).toBeNull();
    const memory = createSearchMemoryStore(store.database);
    expect(memory.listSaved()).toEqual([]);
    expect(memory.history()).toEqual([]);
    memory.save({ name: 'Kursk', query: '+kursk -zelensky' });
    memory.record('korea');
    store.close();

    const check = new DatabaseSync(path);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION);
    const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'annotation_tags', 'saved_searches', 'search_history']));
    expect(check.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 25 });
    expect(check.prepare('SELECT name, query FROM saved_searches').all()).toEqual([{ name: 'Kursk', query: '+kursk -zelensky' }]);
    check.close();
  });

  it('0004 migrates a version-3 database with notes and saved searches: all kept, corrections usable', () => {
    const { db, path } = dbAtVersion(3);
    db.prepare(`INSERT INTO annotations VALUES (:id, :document_id, :paragraph_id, :quote_exact, :quote_prefix,
      :quote_suffix, :position_start, :position_end, :note, :colour, :created, :modified)`).run(row);
    db.prepare('INSERT INTO annotation_tags VALUES (?, 0, ?)').run(row.id, 'Russia');
    db.prepare("INSERT INTO saved_searches VALUES ('a7b1c2d3-0000-4000-8000-000000000001', 'Kursk', 'kursk', 'kursk', 'date', ?, ?)").run(row.created, row.created);
    db.prepare("INSERT INTO search_history VALUES ('korea', 1, ?, 3)").run(row.created);
    db.close();

    const store = openAnnotationStore({ path });
    expect(store.list()).toMatchObject([{ id: row.id, note: 'kept across upgrades', tags: ['Russia'] }]);
    const memory = createSearchMemoryStore(store.database);
    expect(memory.listSaved()).toMatchObject([{ name: 'Kursk', sort: 'date' }]);
    expect(memory.history()).toMatchObject([{ query: 'korea', runs: 3 }]);
    const corrections = createCorrectionStore(store.database);
    expect(corrections.list()).toEqual([]);
    corrections.add({ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' });
    store.close();

    const check = new DatabaseSync(path);
    expect(schemaVersion(check)).toBe(4);
    expect(check.prepare('SELECT kind, target, label FROM corrections').all()).toEqual([{ kind: 'reject-entity', target: 'person:chelsea', label: 'Chelsea' }]);
    check.close();
  });

  it('a fresh database gets every step, 0003 included, and keeps saved searches across reopening', () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const path = `${t.dir}/fresh/annotations.sqlite`;
    const store = openAnnotationStore({ path });
    const memory = createSearchMemoryStore(store.database);
    memory.save({ name: 'Grain', query: 'grain  exports', sort: 'date' });
    memory.record('US');
    store.close();

    const again = openAnnotationStore({ path });
    const reopened = createSearchMemoryStore(again.database);
    expect(reopened.listSaved()).toMatchObject([{ name: 'Grain', query: 'grain exports', sort: 'date' }]);
    expect(reopened.history().map((h) => h.query)).toEqual(['US']);
    again.close();
    const check = new DatabaseSync(path);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION);
    check.close();
  });

  it('a failing step leaves the previous version intact', () => {
    const { db } = dbAtVersion(1);
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', up: 'CREATE INDEX x ON nowhere (y);' }];
    expect(() => runMigrations(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('a database from a newer Dossier is opened read-only, not migrated or moved aside', () => {
    const { db, path } = dbAtVersion(LATEST_SCHEMA_VERSION);
    db.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const store = openAnnotationStore({ path });
    expect(store.status().recovered).toBeNull();
    expect(store.status().readOnly).toMatch(new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 1}`, 'u'));
    expect(() => store.create({ colour: 'blue', target: { documentId: 'd', paragraphId: 'p', quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } } })).toThrow(/Nothing was changed/u);
    store.close();
    const check = new DatabaseSync(path);
    expect(schemaVersion(check)).toBe(LATEST_SCHEMA_VERSION + 1);
    check.close();
  });
});
