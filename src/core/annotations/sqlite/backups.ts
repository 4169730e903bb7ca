import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { AnnotationBackup } from '../../../shared/api/annotations';

/**
 * Backups of the annotations database, kept next to it in "<stem>-backups/":
 * - snapshots (`VACUUM INTO`, a consistent single file) at start-up, before each migration
 *   and at close; the newest KEEP_SNAPSHOTS are kept, and one identical to the newest is
 *   not made again, so restarting the app does not rotate good copies out;
 * - raw copies of the file and its `-wal` taken before SQLite opens a database whose WAL is
 *   still present: SQLite silently drops WAL frames it cannot verify and deletes the WAL on
 *   close, so this copy is the only place those bytes survive.
 * Files are written under a ".partial" name and renamed, so a kill mid-copy never leaves a
 * half file that looks like a backup.
 */
export const KEEP_SNAPSHOTS = 5;
export const KEEP_RAW_COPIES = 3;

const SNAPSHOT = /\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.(start|close|before-migration-\d+)\.sqlite$/u;
const RAW = /\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.before-open\.sqlite$/u;

export function backupFolder(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}-backups`);
}

function stampOf(when: Date): string {
  return when.toISOString().replace(/[:.]/gu, '-');
}

/** A free file name in the backup folder for `label` at `when`. */
function freshName(path: string, when: Date, label: string): string {
  const folder = backupFolder(path);
  const ext = extname(path) || '.sqlite';
  const stem = basename(path, extname(path));
  let target = join(folder, `${stem}.${stampOf(when)}.${label}${ext}`);
  for (let n = 2; existsSync(target); n++) target = join(folder, `${stem}.${stampOf(when)}-${n}.${label}${ext}`);
  return target;
}

/** Snapshot files, newest first (the name carries the time; mtime breaks ties). */
export function listSnapshots(path: string): string[] {
  const folder = backupFolder(path);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => SNAPSHOT.test(f))
    .map((f) => join(folder, f))
    .sort((a, b) => stampFromName(b).localeCompare(stampFromName(a)) || statSync(b).mtimeMs - statSync(a).mtimeMs);
}

function stampFromName(file: string): string {
  return SNAPSHOT.exec(file)?.[1] ?? RAW.exec(file)?.[1] ?? '';
}

/** What a snapshot holds, or null when it cannot be read (then it is not offered). */
export function describeSnapshot(file: string): AnnotationBackup | null {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    const { n } = db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number };
    const stamp = stampFromName(file).replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/u, 'T$1:$2:$3.$4Z');
    return { path: file, created: stamp, annotations: n };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** The newest snapshot that can be read, if any. */
export function newestSnapshot(path: string): AnnotationBackup | null {
  for (const file of listSnapshots(path)) {
    const info = describeSnapshot(file);
    if (info) return info;
  }
  return null;
}

/** Identifies the content closely enough to skip a snapshot identical to the last one. */
function fingerprint(db: DatabaseSync): string {
  const row = db
    .prepare(`SELECT count(*) AS n, coalesce(max(modified), '') AS m, total(length(note)) AS l FROM annotations`)
    .get() as { n: number; m: string; l: number };
  const tags = db.prepare(`SELECT count(*) AS t FROM annotation_tags`).get() as { t: number };
  return `${row.n}|${row.m}|${row.l}|${tags.t}`;
}

function sameAsNewest(db: DatabaseSync, path: string): boolean {
  const newest = listSnapshots(path)[0];
  if (!newest) return false;
  let other: DatabaseSync | null = null;
  try {
    other = new DatabaseSync(newest, { readOnly: true });
    return fingerprint(other) === fingerprint(db);
  } catch {
    return false;
  } finally {
    other?.close();
  }
}

/**
 * Writes a consistent copy of the open database (VACUUM INTO reads through the WAL) and
 * prunes old ones. Returns the new file, or null when it was identical to the newest.
 * A backup failing (disk full) never stops the app: the caller ignores errors.
 */
export function snapshot(db: DatabaseSync, path: string, label: string, when: Date): string | null {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'annotations'").get();
  // An empty database needs no copy; nothing to protect, and it would only rotate a fuller one out.
  if (hasTable && (db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n === 0) return null;
  if (hasTable && sameAsNewest(db, path)) return null;
  const target = vacuumInto(db, path, label, when);
  prune(path, SNAPSHOT, KEEP_SNAPSHOTS);
  return target;
}

function vacuumInto(db: DatabaseSync, path: string, label: string, when: Date): string {
  mkdirSync(backupFolder(path), { recursive: true });
  const target = freshName(path, when, label);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, target);
  return target;
}

/**
 * A consistent copy of the open database as it is now, kept for good: its label is not a
 * snapshot's, so it is never rotated out nor offered as "the backup". Taken before a
 * restore changes the database; throws when it cannot be written (then nothing is changed).
 */
export function copyAside(db: DatabaseSync, path: string, label: 'before-restore', when: Date): string {
  return vacuumInto(db, path, label, when);
}

/** The snapshot at `file` if it is one of this database's readable snapshots; never any other file. */
export function findSnapshot(path: string, file: string): AnnotationBackup | null {
  const wanted = resolve(file);
  const match = listSnapshots(path).find((f) => resolve(f) === wanted);
  return match === undefined ? null : describeSnapshot(match);
}

/**
 * Before SQLite opens a database with a non-empty WAL: copies the file and the WAL aside
 * byte for byte. Returns the copy of the main file, or null when there was no WAL.
 */
export function copyBeforeOpen(path: string, when: Date): string | null {
  const wal = `${path}-wal`;
  if (!existsSync(wal) || statSync(wal).size === 0 || !existsSync(path) || statSync(path).isDirectory()) return null;
  mkdirSync(backupFolder(path), { recursive: true });
  const target = freshName(path, when, 'before-open');
  // The WAL first: if we are killed between the two, the main file's absence marks the copy incomplete.
  copyFileSync(wal, `${target}-wal.partial`);
  copyFileSync(path, `${target}.partial`);
  renameSync(`${target}-wal.partial`, `${target}-wal`);
  renameSync(`${target}.partial`, target);
  prune(path, RAW, KEEP_RAW_COPIES);
  return target;
}

function prune(path: string, pattern: RegExp, keep: number): void {
  const folder = backupFolder(path);
  const files = readdirSync(folder)
    .filter((f) => pattern.test(f))
    .sort((a, b) => stampFromName(b).localeCompare(stampFromName(a)) || b.localeCompare(a));
  for (const f of files.slice(keep)) {
    for (const suffix of ['', '-wal']) rmSync(join(folder, f + suffix), { force: true });
  }
  // Leftovers of a copy that was killed half-way.
  for (const f of readdirSync(folder)) if (f.endsWith('.partial')) rmSync(join(folder, f), { force: true });
}

/**
 * Puts back annotations a snapshot holds that the open database lacks (or holds in an
 * older version): nothing in the database is deleted or overwritten by an older copy.
 * Returns how many annotations were added or updated.
 */
export function mergeSnapshot(db: DatabaseSync, file: string): number {
  db.prepare('ATTACH DATABASE ? AS backup').run(file);
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const stale = db
        .prepare(
          `SELECT b.id FROM backup.annotations b LEFT JOIN main.annotations m ON m.id = b.id
           WHERE m.id IS NULL OR m.modified < b.modified`,
        )
        .all() as { id: string }[];
      const del = db.prepare('DELETE FROM main.annotations WHERE id = ?');
      const put = db.prepare(
        `INSERT INTO main.annotations (id, document_id, paragraph_id, quote_exact, quote_prefix, quote_suffix,
           position_start, position_end, note, colour, created, modified)
         SELECT id, document_id, paragraph_id, quote_exact, quote_prefix, quote_suffix,
           position_start, position_end, note, colour, created, modified FROM backup.annotations WHERE id = ?`,
      );
      const tags = db.prepare(
        'INSERT INTO main.annotation_tags (annotation_id, position, tag) SELECT annotation_id, position, tag FROM backup.annotation_tags WHERE annotation_id = ?',
      );
      for (const { id } of stale) {
        del.run(id);
        put.run(id);
        tags.run(id);
      }
      db.exec('COMMIT');
      return stale.length;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.exec('DETACH DATABASE backup');
  }
}
