import type { DatabaseSync } from 'node:sqlite';
import { DossierError } from '../../../shared/result';
import type { Migration } from './migration';

/** The file was written by a newer Dossier: we must not touch (or "repair") its schema. */
export class NewerSchemaError extends DossierError {
  constructor(readonly found: number, readonly supported: number) {
    super('storage', `The annotations database has schema version ${found}; this Dossier understands up to ${supported}.`);
  }
}

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Brings the database to the latest version. Each step and its user_version bump commit
 * together (PRAGMA user_version is transactional), so a crash mid-upgrade leaves the
 * previous version intact and the step runs again next time.
 */
export function runMigrations(db: DatabaseSync, migrations: readonly Migration[]): { from: number; to: number } {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} is numbered ${m.version}, expected ${i + 1}.`);
  });
  const from = schemaVersion(db);
  if (from > migrations.length) throw new NewerSchemaError(from, migrations.length);
  for (const m of migrations.slice(from)) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.up);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
  return { from, to: Math.max(from, migrations.length) };
}
