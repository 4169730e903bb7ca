import type { Migration } from './migration';

/**
 * The analyst's corrections to extraction (issue 10), kept with the annotations so they back up,
 * restore and export with them. `target` is a stable id from the corpus build (an entity's
 * "person:tony blair"), never a row number, so a rebuild re-applies them; one correction of a
 * kind per target. `value` holds what the kind needs (the new type of a retype). `kind` has no
 * CHECK: new kinds are added by the contract's schema without rebuilding the table.
 */
export const migration0004: Migration = {
  version: 4,
  name: '0004-corrections',
  up: `
    CREATE TABLE corrections (
      id      TEXT PRIMARY KEY NOT NULL,
      kind    TEXT NOT NULL,
      target  TEXT NOT NULL,
      value   TEXT,
      label   TEXT NOT NULL,
      created TEXT NOT NULL,
      UNIQUE (kind, target)
    ) STRICT;
    CREATE INDEX corrections_by_target ON corrections (target);
  `,
};
