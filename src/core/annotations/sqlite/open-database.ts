import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { AnnotationStoreStatus } from '../../../shared/api/annotations';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, NewerSchemaError, runMigrations, schemaVersion } from '../migrations';
import { copyBeforeOpen, mergeSnapshot, newestSnapshot, snapshot } from './backups';
import { inspectWal } from './inspect-wal';
import { readKnownCount } from './known-count';
import { isCorruption, sqliteCode, SQLITE } from './storage-error';

export interface OpenOptions {
  /** The database file, e.g. <userData>/annotations.sqlite. */
  path: string;
  /** Open without write access: every change is refused with a 'storage' error. */
  readOnly?: boolean;
  /** Clock for the moved-aside and backup file names (tests). */
  now?: () => Date;
  /** How long to wait for another program's lock at open before reporting it (default 1 s). */
  lockWaitMs?: number;
}

export interface OpenedDatabase {
  db: DatabaseSync;
  status: AnnotationStoreStatus;
  /** Removes temporary files (the copy a read-only database is read from); call after db.close(). */
  cleanup?: () => void;
}

/** The file is not a usable database; `db` is still open so the files can be moved first. */
class DamagedError extends Error {
  constructor(
    message: string,
    readonly db: DatabaseSync | null = null,
  ) {
    super(message);
  }
}

/** Another program holds the database locked (SQLITE_BUSY at open). */
class LockedError extends Error {}

/**
 * Opens (creating and migrating) the annotations database so that the app always starts,
 * and nothing the user wrote is destroyed by opening it:
 * - a WAL still present is copied aside with the file before SQLite may drop frames of it;
 * - a damaged or foreign file (or a folder at the path) is moved aside with a timestamp and
 *   a new database started from the newest backup (status.recovered says where both are);
 * - a database that opens with fewer annotations than the newest backup is reported
 *   (status.backupOffer), and one that opens empty is refilled from that backup;
 * - a file or folder we cannot write is read through a temporary copy (status.readOnly);
 * - a database locked by another program is reported (status.locked) for a later retry.
 */
export function openAnnotationDatabase(options: OpenOptions): OpenedDatabase {
  const { path } = options;
  const now = options.now ?? (() => new Date());
  const lockWait = options.lockWaitMs ?? 1000;
  if (options.readOnly) return openReadOnly(path, 'Dossier was started with annotations read-only.');
  let copied: string | null = null;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const wal = ignoreFailure(() => inspectWal(`${path}-wal`));
    copied = ignoreFailure(() => copyBeforeOpen(path, now()));
    if (existsSync(path) && statSync(path).isFile() && statSync(path).size === 0 && (wal !== null || newestSnapshot(path) !== null)) {
      // SQLite would take an empty file for a new database and reset the log: it is damage here.
      throw new DamagedError('the file is empty (0 bytes)');
    }
    const db = openWritable(path, now, lockWait);
    const warning = wal?.problem
      ? `Changes made before Dossier last stopped may be missing: ${wal.problem}.` +
        (copied ? ` A byte-for-byte copy of the database and its log was kept at ${copied}.` : '')
      : null;
    return checkAgainstBackup(db, path, now, { path, recovered: null, readOnly: null, copiedBeforeOpen: copied, warning });
  } catch (error) {
    if (error instanceof NewerSchemaError) {
      return openReadOnly(path, `${error.message} Changes are disabled so it is not damaged; update Dossier.`);
    }
    if (error instanceof LockedError) return lockedDatabase(path);
    if (error instanceof DamagedError) return replaceDamaged(path, error, now, lockWait, copied);
    if (sqliteCode(error) === SQLITE.FULL || sqliteCode(error) === SQLITE.IOERR) {
      return openReadOnly(path, `The disk is full or failing (${describe(error)}): the annotations database could not be prepared. Changes cannot be saved.`);
    }
    if (isPermissionProblem(error)) {
      return openReadOnly(path, `The annotations folder or file is read-only (${describe(error)}). Changes cannot be saved.`);
    }
    throw error;
  }
}

function replaceDamaged(path: string, error: DamagedError, now: () => Date, lockWait: number, copied: string | null): OpenedDatabase {
  const reason = `The annotations database could not be read (${error.message}).`;
  let movedTo: string;
  try {
    movedTo = moveAside(path, now());
  } catch (moveError) {
    error.db?.close();
    return openReadOnly(path, `${reason} It could not be moved aside either (${describe(moveError)}).`);
  }
  // Closed only after the move: SQLite deletes "<path>-wal" on close, which could hold the last commits.
  error.db?.close();
  const backup = newestSnapshot(path);
  if (backup) {
    try {
      copyFileSync(backup.path, path);
      const db = openWritable(path, now, lockWait);
      return withBackups(db, path, now, { path, recovered: { movedTo, reason, restoredFrom: backup }, readOnly: null, copiedBeforeOpen: copied });
    } catch {
      // The backup is unusable too: it stays where it is; start empty below.
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    }
  }
  const db = openWritable(path, now, lockWait);
  return withBackups(db, path, now, { path, recovered: { movedTo, reason, restoredFrom: null }, readOnly: null, copiedBeforeOpen: copied });
}

/**
 * A damaged WAL loses commits without any error, so the count is checked against the one
 * the store last committed (known-count.ts). An empty database is refilled from the newest
 * backup (nothing can be lost by that); a smaller one is reported with the backup offered.
 */
function checkAgainstBackup(db: DatabaseSync, path: string, now: () => Date, status: AnnotationStoreStatus): OpenedDatabase {
  const known = readKnownCount(path);
  const { n } = db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number };
  if (known === null || n >= known) return withBackups(db, path, now, status);
  const backup = ignoreFailure(() => newestSnapshot(path));
  const copy = status.copiedBeforeOpen ? ` A copy of the database and its log as they were before opening is at ${status.copiedBeforeOpen}.` : '';
  if (n === 0 && backup && backup.annotations > 0) {
    mergeSnapshot(db, backup.path);
    const reason =
      `The annotations database opened empty, but ${known} annotations were saved in it ` +
      `(the file was truncated or its write-ahead log damaged). The backup of ${when(backup.created)} was restored.${copy}`;
    return withBackups(db, path, now, { ...status, recovered: { movedTo: status.copiedBeforeOpen ?? backup.path, reason, restoredFrom: backup } });
  }
  const reason = `The annotations database has ${n} annotations, but ${known} were saved in it: some changes were lost (a damaged write-ahead log?).${copy}`;
  // No start-up snapshot now: it would begin rotating the fuller backups out.
  if (backup && backup.annotations > n) {
    return { db, status: { ...status, backupOffer: { reason: `${reason} The backup of ${when(backup.created)} has ${backup.annotations}.`, backup }, lastBackup: backup } };
  }
  return { db, status: { ...status, warning: [status.warning, reason].filter(Boolean).join(' '), lastBackup: backup } };
}

const when = (iso: string) => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

function withBackups(db: DatabaseSync, path: string, now: () => Date, status: AnnotationStoreStatus): OpenedDatabase {
  ignoreFailure(() => snapshot(db, path, 'start', now()));
  return { db, status: { ...status, lastBackup: ignoreFailure(() => newestSnapshot(path)) } };
}

const COLUMNS = ['id', 'document_id', 'paragraph_id', 'quote_exact', 'quote_prefix', 'quote_suffix', 'position_start', 'position_end', 'note', 'colour', 'created', 'modified'];

function openWritable(path: string, now: () => Date, lockWaitMs: number): DatabaseSync {
  if (existsSync(path) && statSync(path).isDirectory()) throw new DamagedError('the path is a folder, not a database file');
  checkHeader(path);
  const db = new DatabaseSync(path);
  try {
    db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(lockWaitMs))}`);
    // Checked before anything writes to the file (switching to WAL rewrites the header).
    checkIntegrity(db);
    const version = schemaVersion(db);
    if (version < 0) throw new DamagedError(`its schema version is ${version}, which no Dossier writes`);
    if (version === 0) {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
      if (tables.length > 0) throw new DamagedError(`it is another program's database (tables ${tables.map((t) => t.name).slice(0, 5).join(', ')})`);
    } else if (version <= LATEST_SCHEMA_VERSION) {
      checkShape(db);
    }
    const mode = db.prepare('PRAGMA journal_mode = WAL').get() as { journal_mode: string };
    if (mode.journal_mode !== 'wal') throw new Error(`Could not switch the annotations database to WAL (${mode.journal_mode}).`);
    // FULL: a commit survives power loss, not only a crash; annotation writes are rare.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    if (version > 0 && version < LATEST_SCHEMA_VERSION) {
      ignoreFailure(() => snapshot(db, path, `before-migration-${version + 1}`, now()));
    }
    runMigrations(db, MIGRATIONS);
    db.exec('PRAGMA busy_timeout = 5000');
    return db;
  } catch (error) {
    if (sqliteCode(error) === SQLITE.BUSY || sqliteCode(error) === SQLITE.LOCKED) {
      db.close();
      throw new LockedError(describe(error));
    }
    if (error instanceof DamagedError || isCorruption(error) || /unsupported file format|malformed/iu.test(describe(error))) {
      throw new DamagedError(describe(error), db);
    }
    if (error instanceof NewerSchemaError) {
      db.close();
      throw error;
    }
    db.close();
    throw error;
  }
}

/** The tables must be ours: another program's file can carry a user_version that matches one of ours. */
function checkShape(db: DatabaseSync): void {
  const columns = new Set((db.prepare('PRAGMA table_info(annotations)').all() as { name: string }[]).map((c) => c.name));
  const tags = new Set((db.prepare('PRAGMA table_info(annotation_tags)').all() as { name: string }[]).map((c) => c.name));
  const missing = COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0 || !['annotation_id', 'position', 'tag'].every((c) => tags.has(c))) {
    throw new DamagedError(`it is not a Dossier annotations database (missing ${missing.slice(0, 3).join(', ') || 'tag columns'})`);
  }
}

const MAGIC = 'SQLite format 3\0';

/**
 * Refuses a non-empty file that is not SQLite (or a SQLite format this build cannot read)
 * before SQLite opens it: on close SQLite would otherwise delete the file's -wal, the one
 * place recent changes may still be.
 */
function checkHeader(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new DamagedError('file is not a database');
  // Schema format number, bytes 44-47 (https://www.sqlite.org/fileformat2.html#schemaformat): 1 to 4,
  // or 0 while the file itself holds no schema yet (everything still in the WAL).
  const format = read >= 48 ? header.readUInt32BE(44) : 0;
  if (read >= 100 && format > 4) throw new DamagedError(`unsupported file format (schema format ${format})`);
}

function lockedDatabase(path: string): OpenedDatabase {
  const reason =
    'The annotations database is locked by another program (another Dossier, a backup or sync tool?). ' +
    'Your annotations are safe but cannot be shown until it lets go; Dossier tries again when you retry.';
  return { db: memoryDatabase(), status: { path, recovered: null, readOnly: reason, locked: reason } };
}

function memoryDatabase(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  runMigrations(db, MIGRATIONS);
  return db;
}

/**
 * Reads a database we must not write through a private copy: a WAL database cannot be
 * opened read-only in a folder where SQLite cannot create its "-shm" file, and the copy
 * also replays a WAL left by a crash, so everything committed is shown.
 */
function openReadOnly(path: string, reason: string): OpenedDatabase {
  const status: AnnotationStoreStatus = { path, recovered: null, readOnly: reason };
  if (existsSync(path) && statSync(path).isFile()) {
    let temp: string | null = null;
    let db: DatabaseSync | null = null;
    try {
      temp = mkdtempSync(join(tmpdir(), 'dossier-readonly-'));
      const copy = join(temp, basename(path));
      copyFileSync(path, copy);
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
      db = new DatabaseSync(copy);
      checkIntegrity(db);
      const version = schemaVersion(db);
      if (version >= 1) {
        if (version < LATEST_SCHEMA_VERSION) runMigrations(db, MIGRATIONS);
        const dir = temp;
        return { db, status, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
      }
    } catch {
      // Unreadable as well: fall through to an empty in-memory store so the app still opens.
    }
    db?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
  return { db: memoryDatabase(), status };
}

/** quick_check: the O(n) subset of integrity_check; the file is small, start-up stays fast. */
function checkIntegrity(db: DatabaseSync): void {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new DamagedError(rows.map((r) => r.quick_check).slice(0, 3).join('; '));
  }
}

/** annotations.sqlite → annotations.corrupt-2026-01-02T03-04-05-678Z.sqlite (+ its -wal/-shm). */
function moveAside(path: string, when: Date): string {
  const ext = extname(path);
  const stem = basename(path, ext);
  const stamp = when.toISOString().replace(/[:.]/gu, '-');
  let target = join(dirname(path), `${stem}.corrupt-${stamp}${ext}`);
  for (let n = 2; existsSync(target); n++) target = join(dirname(path), `${stem}.corrupt-${stamp}-${n}${ext}`);
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}

function isPermissionProblem(error: unknown): boolean {
  const code = sqliteCode(error);
  if (code === SQLITE.READONLY || code === SQLITE.PERM || code === SQLITE.CANTOPEN) return true;
  const errno = (error as { code?: unknown } | null)?.code;
  return errno === 'EACCES' || errno === 'EROFS' || errno === 'EPERM';
}

function ignoreFailure<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

export function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { errstr?: unknown }).errstr === 'string') {
    return (error as { errstr: string }).errstr;
  }
  return error instanceof Error ? error.message : String(error);
}
