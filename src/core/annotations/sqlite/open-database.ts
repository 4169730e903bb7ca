import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { AnnotationStoreStatus } from '../../../shared/api/annotations';
import { MIGRATIONS, NewerSchemaError, runMigrations, schemaVersion } from '../migrations';
import { isCorruption, sqliteCode, SQLITE } from './storage-error';

export interface OpenOptions {
  /** The database file, e.g. <userData>/annotations.sqlite. */
  path: string;
  /** Open without write access: every change is refused with a 'storage' error. */
  readOnly?: boolean;
  /** Clock for the moved-aside file name (tests). */
  now?: () => Date;
}

export interface OpenedDatabase {
  db: DatabaseSync;
  status: AnnotationStoreStatus;
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

/**
 * Opens (creating and migrating) the annotations database so that the app always starts:
 * a damaged file is moved aside with a timestamp and a new one started (status.recovered
 * tells the user where the old one is); a file or folder we cannot write is opened
 * read-only (status.readOnly says why) — never deleted, never silently replaced.
 */
export function openAnnotationDatabase(options: OpenOptions): OpenedDatabase {
  const { path } = options;
  const now = options.now ?? (() => new Date());
  if (options.readOnly) return openReadOnly(path, 'Dossier was started with annotations read-only.');
  try {
    mkdirSync(dirname(path), { recursive: true });
    return { db: openWritable(path), status: { path, recovered: null, readOnly: null } };
  } catch (error) {
    if (error instanceof NewerSchemaError) {
      return openReadOnly(path, `${error.message} Changes are disabled so it is not damaged; update Dossier.`);
    }
    if (error instanceof DamagedError) {
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
      return { db: openWritable(path), status: { path, recovered: { movedTo, reason }, readOnly: null } };
    }
    if (sqliteCode(error) === SQLITE.FULL || sqliteCode(error) === SQLITE.IOERR) {
      return openReadOnly(path, `The disk is full or failing (${describe(error)}): the annotations database could not be prepared. Changes cannot be saved.`);
    }
    if (isPermissionProblem(error)) {
      return openReadOnly(path, `The annotations folder or file is read-only (${describe(error)}). Changes cannot be saved.`);
    }
    throw error;
  }
}

function openWritable(path: string): DatabaseSync {
  checkHeader(path);
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    const mode = db.prepare('PRAGMA journal_mode = WAL').get() as { journal_mode: string };
    if (mode.journal_mode !== 'wal') throw new Error(`Could not switch the annotations database to WAL (${mode.journal_mode}).`);
    // FULL: a commit survives power loss, not only a crash; annotation writes are rare.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    checkIntegrity(db);
    runMigrations(db, MIGRATIONS);
    return db;
  } catch (error) {
    if (error instanceof DamagedError || isCorruption(error)) throw new DamagedError(describe(error), db);
    db.close();
    throw error;
  }
}

const MAGIC = 'SQLite format 3\0';

/**
 * Refuses a non-empty file that is not SQLite before SQLite opens it: on close SQLite
 * would otherwise delete the file's -wal, the one place recent changes may still be.
 */
function checkHeader(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const header = Buffer.alloc(MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== MAGIC) throw new DamagedError('file is not a database');
}

function openReadOnly(path: string, reason: string): OpenedDatabase {
  const status: AnnotationStoreStatus = { path, recovered: null, readOnly: reason };
  if (existsSync(path)) {
    let db: DatabaseSync | null = null;
    try {
      db = new DatabaseSync(path, { readOnly: true });
      checkIntegrity(db);
      if (schemaVersion(db) >= 1) return { db, status };
    } catch {
      // Unreadable as well: fall through to an empty in-memory store so the app still opens.
    }
    db?.close();
  }
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  runMigrations(db, MIGRATIONS);
  return { db, status };
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

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { errstr?: unknown }).errstr === 'string') {
    return (error as { errstr: string }).errstr;
  }
  return error instanceof Error ? error.message : String(error);
}
