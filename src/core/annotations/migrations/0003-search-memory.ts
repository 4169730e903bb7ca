import type { Migration } from './migration';

/**
 * Saved searches and the query history (issue 15), kept with the annotations so they move,
 * back up and restore with them. `name_key` is the name folded for comparison (JavaScript's
 * toLowerCase, beyond NOCASE's ASCII): one saved search per name, saving again replaces it.
 * History is one row per distinct query (case kept: "US" and "us" search differently);
 * `seq` orders it, newest highest, since two runs can share a millisecond.
 */
export const migration0003: Migration = {
  version: 3,
  name: '0003-search-memory',
  up: `
    CREATE TABLE saved_searches (
      id       TEXT PRIMARY KEY NOT NULL,
      name     TEXT NOT NULL,
      name_key TEXT NOT NULL UNIQUE,
      query    TEXT NOT NULL,
      sort     TEXT NOT NULL DEFAULT 'relevance' CHECK (sort IN ('relevance', 'date')),
      created  TEXT NOT NULL,
      modified TEXT NOT NULL
    ) STRICT;

    CREATE TABLE search_history (
      query    TEXT PRIMARY KEY NOT NULL,
      seq      INTEGER NOT NULL UNIQUE,
      last_run TEXT NOT NULL,
      runs     INTEGER NOT NULL DEFAULT 1 CHECK (runs >= 1)
    ) STRICT;
  `,
};
