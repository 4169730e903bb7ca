import { migration0001 } from './0001-annotations';
import { migration0002 } from './0002-tag-lookup';
import type { Migration } from './migration';

/** Every migration in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export type { Migration };
export { runMigrations, schemaVersion, NewerSchemaError } from './run-migrations';
