import { migration0001 } from './0001-annotations';
import { migration0002 } from './0002-tag-lookup';
import { migration0003 } from './0003-search-memory';
import { migration0004 } from './0004-corrections';
import type { Migration } from './migration';

/** Every migration in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export type { Migration };
export { runMigrations, schemaVersion, NewerSchemaError } from './run-migrations';
