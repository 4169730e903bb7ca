import type { Migration } from './migration';

/**
 * The first schema: one row per annotation (W3C Web Annotation target flattened into
 * columns so selectors can be queried), tags in their own table in the order the user
 * gave them. STRICT tables so a wrong type is an error, not a silent coercion.
 */
export const migration0001: Migration = {
  version: 1,
  name: '0001-annotations',
  up: `
    CREATE TABLE annotations (
      id             TEXT PRIMARY KEY NOT NULL,
      document_id    TEXT NOT NULL,
      paragraph_id   TEXT NOT NULL,
      quote_exact    TEXT NOT NULL,
      quote_prefix   TEXT NOT NULL,
      quote_suffix   TEXT NOT NULL,
      position_start INTEGER NOT NULL CHECK (position_start >= 0),
      position_end   INTEGER NOT NULL CHECK (position_end >= position_start),
      note           TEXT NOT NULL DEFAULT '',
      colour         TEXT NOT NULL,
      created        TEXT NOT NULL,
      modified       TEXT NOT NULL
    ) STRICT;
    CREATE INDEX annotations_by_document ON annotations (document_id, position_start);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
      position      INTEGER NOT NULL,
      tag           TEXT NOT NULL,
      PRIMARY KEY (annotation_id, position)
    ) STRICT;
  `,
};
