import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAnnotationStore } from '../../../../src/core/annotations/sqlite/sqlite-store';
import type { AnnotationStore } from '../../../../src/core/annotations/store';
import { makeDocument, newAnnotationFor, seedParagraphTexts, tempDir } from './fixtures/seed';

/**
 * Damage an adversarial review found to lose notes or stop the app (issue 16): every case
 * must open, tell the user, and keep every byte of what was there.
 */
const doc = makeDocument('seed', seedParagraphTexts());
const quotes = ['North Korean troops', 'Ukraine', 'Russia'];

let dir: string;
let path: string;
let cleanup: () => void;
const open: AnnotationStore[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir('dossier-damage-'));
  path = join(dir, 'annotations.sqlite');
});
afterEach(() => {
  open.splice(0).forEach((s) => s.close());
  cleanup();
});

function openStore(p = path, extra: Partial<Parameters<typeof openAnnotationStore>[0]> = {}): AnnotationStore {
  const store = openAnnotationStore({ path: p, ...extra });
  open.push(store);
  return store;
}

function createNotes(store: AnnotationStore, n: number, from = 0): void {
  for (let i = from; i < from + n; i++) store.create(newAnnotationFor(doc, quotes[i % 3] as string, { note: `note ${i}`, tags: [`t${i % 4}`] }));
}

/** `closed` annotations checkpointed and backed up at a clean close, then `inWal` more left in a hot WAL (as after a kill), at `target`. */
function killedState(target: string, closed: number, inWal: number): void {
  const first = openAnnotationStore({ path });
  createNotes(first, closed);
  first.close();
  const second = openAnnotationStore({ path });
  createNotes(second, inWal, closed);
  mkdirSync(join(target, '..'), { recursive: true });
  copyFileSync(path, target);
  copyFileSync(`${path}-wal`, `${target}-wal`);
  cpSync(join(dir, 'annotations-backups'), join(target, '..', `${'annotations'}-backups`), { recursive: true });
  second.close();
}

describe('text SQLite cannot keep is refused before anything is written', () => {
  const invalid = expect.objectContaining({ code: 'invalid-argument', message: expect.stringMatching(/NUL character|unpaired UTF-16 surrogate/u) });

  it('refuses a NUL or a lone surrogate in notes and tags on create, update, restore; import skips it with the reason', () => {
    const store = openStore();
    expect(() => store.create(newAnnotationFor(doc, 'Ukraine', { note: 'keep this\0 and this' }))).toThrow(invalid);
    expect(() => store.create(newAnnotationFor(doc, 'Ukraine', { tags: ['a\0x', 'a\0y'] }))).toThrow(invalid);
    expect(() => store.create(newAnnotationFor(doc, 'Ukraine', { tags: ['\ud800', '\udfff'] }))).toThrow(invalid);
    expect(store.list()).toEqual([]);
    const a = store.create(newAnnotationFor(doc, 'Ukraine', { note: 'kept' }));
    expect(() => store.update(a.id, { note: '\u0000my note' })).toThrow(invalid);
    expect(() => store.update(a.id, { note: 'emoji split \ud83d' })).toThrow(invalid);
    expect(store.get(a.id)).toEqual(a);
    store.delete(a.id);
    expect(() => store.restore({ ...a, note: 'x\0y' })).toThrow(invalid);
    const report = store.merge([{ ...a, note: '\u0000my note' }]);
    expect(report.added).toBe(0);
    expect(report.skipped[0]?.reason).toMatch(/NUL character \(U\+0000\) at position 1/u);
    expect(store.list()).toEqual([]);
  });

  it('keeps valid astral characters, RTL marks and combining marks byte for byte', () => {
    const store = openStore();
    const note = '🇺🇦 \u200f\u202eRTL\u202c e\u0301 \ud83d\ude00 \ufeff';
    const a = store.create(newAnnotationFor(doc, 'Ukraine', { note, tags: ['😀', '\u200fתג'] }));
    expect(a.note).toBe(note);
    expect(openStore().get(a.id)).toEqual(a);
  });
});

describe('the app starts whatever the database', () => {
  function expectMovedAside(store: AnnotationStore, original: Buffer | 'folder', reason: RegExp): void {
    const { recovered, readOnly } = store.status();
    expect(readOnly).toBeNull();
    expect(recovered?.reason).toMatch(reason);
    const moved = recovered?.movedTo as string;
    if (original === 'folder') expect(statSync(moved).isDirectory()).toBe(true);
    else expect(readFileSync(moved).equals(original)).toBe(true);
    // The new database works.
    const a = store.create(newAnnotationFor(doc, 'Ukraine'));
    expect(store.get(a.id)).toEqual(a);
  }

  function seeded(): Buffer {
    const s = openAnnotationStore({ path });
    createNotes(s, 3);
    s.close();
    return readFileSync(path);
  }

  it('header byte 47 set to 5 ("unsupported file format"): moved aside, restored from the backup', () => {
    const bytes = seeded();
    bytes[47] = 5;
    writeFileSync(path, bytes);
    const store = openStore();
    expectMovedAside(store, bytes, /unsupported file format/u);
    expect(store.status().recovered?.restoredFrom?.annotations).toBe(3);
    expect(store.list()).toHaveLength(4);
  });

  it('a negative schema version (header byte 60): moved aside', () => {
    const bytes = seeded();
    bytes[60] = 0xff;
    writeFileSync(path, bytes);
    expectMovedAside(openStore(), bytes, /schema version is -/u);
  });

  it("another application's SQLite file with an annotations table: moved aside, not migrated over", () => {
    const foreign = new DatabaseSync(path);
    foreign.exec("CREATE TABLE annotations (page INTEGER, comment TEXT); INSERT INTO annotations VALUES (1, 'theirs')");
    foreign.close();
    const bytes = readFileSync(path);
    expectMovedAside(openStore(), bytes, /another program's database/u);

    const other = join(dir, 'other.sqlite');
    const claimsOurs = new DatabaseSync(other);
    claimsOurs.exec("CREATE TABLE annotations (page INTEGER); CREATE TABLE annotation_tags (x); PRAGMA user_version = 2");
    claimsOurs.close();
    const theirs = readFileSync(other);
    expectMovedAside(openStore(other), theirs, /not a Dossier annotations database/u);
  });

  it('the database path being a folder: the folder is moved aside with its contents', () => {
    mkdirSync(path);
    writeFileSync(join(path, 'keep.txt'), 'mine');
    const store = openStore();
    expectMovedAside(store, 'folder', /folder/u);
    expect(readFileSync(join(store.status().recovered?.movedTo as string, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('another process holding an exclusive lock: a clear message, nothing moved, and a retry that shows the notes', async () => {
    seeded();
    const holder = await holdExclusiveLock(path);
    try {
      const store = openStore(path, { lockWaitMs: 50 });
      const status = store.status();
      expect(status.locked).toMatch(/locked by another program.*safe/u);
      expect(status.recovered).toBeNull();
      expect(() => store.create(newAnnotationFor(doc, 'Ukraine'))).toThrow(expect.objectContaining({ code: 'storage' }));
      expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toEqual([]);
      holder.kill('SIGKILL');
      await new Promise((r) => holder.once('close', r));
      await new Promise((r) => setTimeout(r, 1100));
      expect(store.status().locked ?? null).toBeNull();
      expect(store.list()).toHaveLength(3);
      store.create(newAnnotationFor(doc, 'Ukraine'));
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

function holdExclusiveLock(dbPath: string): Promise<ChildProcess> {
  const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(${JSON.stringify(dbPath)});
    db.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (x); COMMIT; SELECT count(*) FROM annotations;');
    process.stdout.write('LOCKED\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--no-warnings', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.once('data', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

describe('a damaged write-ahead log', () => {
  let killed: string;
  beforeEach(() => {
    killed = join(dir, 'killed', 'annotations.sqlite');
    killedState(killed, 40, 10);
  });

  it('replays intact, and the start-up check finds all 50 (the baseline the damage cases differ from)', () => {
    const store = openStore(killed);
    expect(store.list()).toHaveLength(50);
    expect(store.status().warning ?? null).toBeNull();
    expect(existsSync(store.status().copiedBeforeOpen as string)).toBe(true);
  });

  it('with flipped bytes: the user is told, and the database and log are kept byte for byte before SQLite drops frames', () => {
    const wal = readFileSync(`${killed}-wal`);
    const pageSize = wal.readUInt32BE(8);
    for (let i = 32 + (24 + pageSize) * 2 + 100; i < 32 + (24 + pageSize) * 2 + 140; i++) wal[i] = (wal[i] as number) ^ 0x5a;
    writeFileSync(`${killed}-wal`, wal);
    const store = openStore(killed);
    const status = store.status();
    expect(status.warning).toMatch(/write-ahead log is damaged: \d+ committed changes? in it cannot be verified.*copy/u);
    expect(readFileSync(`${status.copiedBeforeOpen as string}-wal`).equals(wal)).toBe(true);
    expect(store.list().length).toBeGreaterThanOrEqual(40);
  });

  it('truncated mid-frame (the last commit cut off): the user is told and the copy is kept', () => {
    truncateSync(`${killed}-wal`, statSync(`${killed}-wal`).size - 1000);
    const store = openStore(killed);
    expect(store.list()).toHaveLength(49);
    expect(store.status().warning).toMatch(/has 49 annotations, but 50 were saved in it: some changes were lost/u);
    expect(existsSync(`${store.status().copiedBeforeOpen as string}-wal`)).toBe(true);
  });

  it('a main file truncated to 0 bytes with a hot WAL: moved aside with its log, annotations restored from the backup', () => {
    const wal = readFileSync(`${killed}-wal`);
    truncateSync(killed, 0);
    const store = openStore(killed);
    const { recovered } = store.status();
    expect(recovered?.reason).toMatch(/empty \(0 bytes\)/u);
    expect(readFileSync(`${recovered?.movedTo as string}-wal`).equals(wal)).toBe(true);
    expect(recovered?.restoredFrom?.annotations).toBe(40);
    expect(store.list()).toHaveLength(40);
  });

  it('a main file truncated to 0 bytes without a WAL: the user is told and the backup restored', () => {
    const clean = openAnnotationStore({ path: killed });
    clean.close();
    truncateSync(killed, 0);
    const store = openStore(killed);
    expect(store.status().recovered?.reason).toMatch(/empty/u);
    expect(store.list()).toHaveLength(50);
  });

  it('fewer annotations than were saved (commits lost without an error): the backup is offered, not forced', () => {
    const store = openAnnotationStore({ path: killed });
    store.close(); // clean close: a 50-annotation backup
    const db = new DatabaseSync(killed);
    db.exec("DELETE FROM annotations WHERE rowid IN (SELECT rowid FROM annotations LIMIT 7)");
    db.close();
    const reopened = openStore(killed);
    const { backupOffer } = reopened.status();
    expect(backupOffer?.backup.annotations).toBe(50);
    expect(backupOffer?.reason).toMatch(/has 43 annotations, but 50 were saved in it.*backup of .* has 50/u);
    expect(reopened.list()).toHaveLength(43);
  });

  it('"Restore this backup": the database is copied aside first, then the lost notes come back; nothing else is touched', () => {
    const store = openAnnotationStore({ path: killed });
    store.close();
    const db = new DatabaseSync(killed);
    const lost = (db.prepare('SELECT id FROM annotations ORDER BY id LIMIT 7').all() as { id: string }[]).map((r) => r.id);
    db.exec('DELETE FROM annotations WHERE id IN (SELECT id FROM annotations ORDER BY id LIMIT 7)');
    db.close();
    const reopened = openStore(killed);
    const kept = reopened.list()[0];
    if (!kept) throw new Error('no annotation');
    const edited = reopened.update(kept.id, { note: 'edited after the loss' });
    const made = reopened.create(newAnnotationFor(doc, 'Russia', { note: 'made after the loss' }));
    const offer = reopened.status().backupOffer;
    if (!offer) throw new Error('no backup offered');

    const status = reopened.restoreBackup(offer.backup.path);
    expect(status.backupOffer ?? null).toBeNull();
    expect(status.restoredBackup).toMatchObject({ restored: 7, backup: { annotations: 50 } });
    const all = reopened.list();
    expect(all).toHaveLength(51);
    expect(lost.every((id) => all.some((a) => a.id === id && a.note.startsWith('note ') && a.tags.length === 1))).toBe(true);
    // Newer here than in the backup: kept as it is here.
    expect(reopened.get(edited.id)?.note).toBe('edited after the loss');
    expect(reopened.get(made.id)?.note).toBe('made after the loss');
    // The database as it was before the restore is kept, whole, and is not one of the offered backups.
    const before = new DatabaseSync(status.restoredBackup?.previousCopy as string, { readOnly: true });
    expect((before.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n).toBe(44);
    before.close();
    expect(status.restoredBackup?.previousCopy).toMatch(/before-restore/u);
    expect(status.lastBackup?.path).not.toBe(status.restoredBackup?.previousCopy);

    // The next start sees nothing lost.
    reopened.close();
    open.splice(open.indexOf(reopened), 1);
    const next = openStore(killed);
    expect(next.list()).toHaveLength(51);
    expect(next.status().backupOffer ?? null).toBeNull();
    expect(next.status().warning ?? null).toBeNull();
  });

  it('restores only the database\'s own backups, and nothing while read-only', () => {
    const store = openStore(killed);
    const other = join(dir, 'elsewhere.sqlite');
    copyFileSync(store.status().lastBackup?.path as string, other);
    expect(() => store.restoreBackup(other)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => store.restoreBackup(`${join(dir, 'annotations-backups')}/../killed/annotations.sqlite`)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    const readOnly = openStore(killed, { readOnly: true });
    expect(() => readOnly.restoreBackup(store.status().lastBackup?.path as string)).toThrow(expect.objectContaining({ code: 'storage' }));
    expect(store.list()).toHaveLength(50);
  });
});

describe('backups', () => {
  it('are made at start-up and close, skipped when nothing changed, and only the newest five kept', () => {
    let t = Date.parse('2026-01-01T00:00:00Z');
    const now = () => new Date((t += 60_000));
    for (let i = 0; i < 8; i++) {
      const s = openAnnotationStore({ path, now });
      createNotes(s, 1, i);
      s.close();
    }
    const s = openAnnotationStore({ path, now });
    s.close(); // unchanged: no new copy
    const backups = readdirSync(join(dir, 'annotations-backups')).filter((f) => f.endsWith('.sqlite'));
    expect(backups).toHaveLength(5);
    expect(openStore().status().lastBackup?.annotations).toBe(8);
  });

  it('a migration is preceded by a backup of the old version', () => {
    const v1 = new DatabaseSync(path);
    v1.exec(
      `CREATE TABLE annotations (id TEXT PRIMARY KEY NOT NULL, document_id TEXT NOT NULL, paragraph_id TEXT NOT NULL,
        quote_exact TEXT NOT NULL, quote_prefix TEXT NOT NULL, quote_suffix TEXT NOT NULL, position_start INTEGER NOT NULL,
        position_end INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL) STRICT;
       CREATE TABLE annotation_tags (annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
        position INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (annotation_id, position)) STRICT;
       INSERT INTO annotations VALUES ('00000000-0000-4000-8000-000000000001', 'seed', 'p', 'x', '', '', 0, 1, 'old', 'yellow', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
       PRAGMA user_version = 1;`,
    );
    v1.close();
    openStore();
    const files = readdirSync(join(dir, 'annotations-backups'));
    expect(files.some((f) => /before-migration-2\.sqlite$/u.test(f))).toBe(true);
  });
});

describe('a read-only folder', () => {
  /** Root ignores chmod; an immutable folder (chattr +i) stops root too. */
  function makeReadOnly(folder: string): () => void {
    if (process.getuid?.() !== 0) {
      chmodSync(folder, 0o555);
      return () => chmodSync(folder, 0o755);
    }
    execFileSync('chattr', ['+i', folder]);
    return () => execFileSync('chattr', ['-i', folder]);
  }
  let canChattr = process.getuid?.() !== 0;
  if (!canChattr) {
    const probe = tempDir('dossier-chattr-');
    try {
      execFileSync('chattr', ['+i', probe.dir], { stdio: 'ignore' });
      execFileSync('chattr', ['-i', probe.dir], { stdio: 'ignore' });
      canChattr = true;
    } catch {
      canChattr = false;
    }
    probe.cleanup();
  }
  if (!canChattr) console.log('[annotations] skipping the read-only folder case: running as root without chattr.');

  it.skipIf(!canChattr)('opens read-only and shows every annotation, including those only in a hot WAL', () => {
    const killed = join(dir, 'killed', 'annotations.sqlite');
    killedState(killed, 40, 10);
    const restore = makeReadOnly(join(dir, 'killed'));
    try {
      const store = openAnnotationStore({ path: killed });
      expect(store.status().readOnly).toMatch(/read-only/u);
      expect(store.list()).toHaveLength(50);
      expect(() => store.create(newAnnotationFor(doc, 'Ukraine'))).toThrow(expect.objectContaining({ code: 'storage' }));
      store.close();
    } finally {
      restore();
    }
  });
});
