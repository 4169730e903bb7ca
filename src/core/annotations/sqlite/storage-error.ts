import { DossierError } from '../../../shared/result';

/** SQLite primary result codes (https://www.sqlite.org/rescode.html) we tell users about. */
export const SQLITE = {
  PERM: 3,
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  CORRUPT: 11,
  FULL: 13,
  CANTOPEN: 14,
  NOTADB: 26,
} as const;

/** The primary SQLite code of an error thrown by node:sqlite, or null for anything else. */
export function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const errcode = (error as { errcode?: unknown }).errcode;
  return typeof errcode === 'number' ? errcode & 0xff : null;
}

export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === SQLITE.CORRUPT || code === SQLITE.NOTADB;
}

/**
 * Turns a SQLite failure during `action` into a message the user can act on. The caller
 * has rolled back, so "nothing was saved" is true. Errors that are not storage conditions
 * (bugs) are returned unchanged and end up as 'internal'.
 */
export function toStorageError(error: unknown, action: string): unknown {
  const code = sqliteCode(error);
  const nothing = 'Nothing was changed.';
  switch (code) {
    case SQLITE.FULL:
      return new DossierError('storage', `The disk is full: Dossier could not ${action}. ${nothing} Free some space and try again.`);
    case SQLITE.READONLY:
    case SQLITE.PERM:
    case SQLITE.CANTOPEN:
      return new DossierError(
        'storage',
        `The annotations file or its folder is read-only: Dossier could not ${action}. ${nothing}`,
      );
    case SQLITE.BUSY:
    case SQLITE.LOCKED:
      return new DossierError('storage', `The annotations database is busy (another Dossier open?): could not ${action}. ${nothing}`);
    case SQLITE.IOERR:
      return new DossierError('storage', `A disk error stopped Dossier from being able to ${action}. ${nothing}`);
    case SQLITE.CORRUPT:
    case SQLITE.NOTADB:
      return new DossierError(
        'storage',
        `The annotations database is damaged: could not ${action}. Restart Dossier: it keeps the damaged file aside and starts a new one.`,
      );
    default:
      return error;
  }
}
