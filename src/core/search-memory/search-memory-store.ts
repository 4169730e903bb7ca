import { randomUUID } from 'node:crypto';
import {
  newSavedSearchSchema,
  savedQuerySchema,
  savedSearchIdSchema,
  SEARCH_MEMORY_LIMITS,
  type NewSavedSearch,
  type SavedSearch,
  type SearchHistoryEntry,
  type SearchSort,
} from '../../shared/api/search-memory';
import { DossierError } from '../../shared/result';
import { parseInput } from '../annotations/parse-input';
import type { StoreDatabase } from '../annotations/store';

/**
 * Saved searches and the query history, in the annotation database (migration 0003).
 * Input is parsed with the contract's schemas here too, so direct callers (tests, scripts)
 * get the same refusals as IPC: bounded lengths, no NUL or broken characters.
 */
export interface SearchMemoryStore {
  listSaved(): SavedSearch[];
  /** A name saved already (case-insensitively) is replaced, keeping its id and `created`. */
  save(input: NewSavedSearch): SavedSearch;
  deleteSaved(id: string): SavedSearch;
  /** Newest first, at most SEARCH_MEMORY_LIMITS.historyEntries. */
  history(): SearchHistoryEntry[];
  record(query: string): SearchHistoryEntry[];
  forget(query: string): SearchHistoryEntry[];
  clearHistory(): number;
}

export interface SearchMemoryOptions {
  now?: () => Date;
  randomId?: () => string;
  /** How many distinct queries the history keeps (default SEARCH_MEMORY_LIMITS.historyEntries). */
  historyLimit?: number;
}

interface SavedRow {
  id: string;
  name: string;
  query: string;
  sort: string;
  created: string;
  modified: string;
}

interface HistoryRow {
  query: string;
  last_run: string;
  runs: number;
}

const fromSaved = (row: SavedRow): SavedSearch => ({
  id: row.id,
  name: row.name,
  query: row.query,
  sort: row.sort === 'date' ? 'date' : 'relevance',
  created: row.created,
  modified: row.modified,
});

const fromHistory = (row: HistoryRow): SearchHistoryEntry => ({ query: row.query, lastRun: row.last_run, runs: row.runs });

/** The key names are compared by: lower case beyond ASCII (SQLite's NOCASE folds only A-Z). */
export const nameKey = (name: string) => name.toLowerCase();

export function createSearchMemoryStore(db: StoreDatabase, options: SearchMemoryOptions = {}): SearchMemoryStore {
  const now = options.now ?? (() => new Date());
  const randomId = options.randomId ?? randomUUID;
  const historyLimit = Math.max(1, Math.floor(options.historyLimit ?? SEARCH_MEMORY_LIMITS.historyEntries));

  const readHistory = (sql: Parameters<Parameters<StoreDatabase['read']>[1]>[0]) =>
    (sql('SELECT query, last_run, runs FROM search_history ORDER BY seq DESC LIMIT ?').all(historyLimit) as unknown as HistoryRow[]).map(
      fromHistory,
    );

  return {
    listSaved() {
      const rows = db.read('list saved searches', (sql) => sql('SELECT * FROM saved_searches').all() as unknown as SavedRow[]);
      return rows
        .map(fromSaved)
        .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },

    save(input) {
      const valid = parseInput(newSavedSearchSchema, input);
      const sort: SearchSort = valid.sort ?? 'relevance';
      const stamp = now().toISOString();
      return db.write('save the search', (sql) => {
        const key = nameKey(valid.name);
        const existing = sql('SELECT id FROM saved_searches WHERE name_key = ?').get(key);
        if (!existing) {
          const { n } = sql('SELECT count(*) AS n FROM saved_searches').get() as { n: number };
          if (n >= SEARCH_MEMORY_LIMITS.savedSearches) {
            throw new DossierError(
              'too-large',
              `At most ${SEARCH_MEMORY_LIMITS.savedSearches.toLocaleString('en')} saved searches; delete some first. Nothing was saved.`,
            );
          }
        }
        const row = sql(
          `INSERT INTO saved_searches (id, name, name_key, query, sort, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, query = excluded.query, sort = excluded.sort, modified = excluded.modified
           RETURNING *`,
        ).get(randomId(), valid.name, key, valid.query, sort, stamp, stamp) as unknown as SavedRow;
        return fromSaved(row);
      });
    },

    deleteSaved(id) {
      const valid = parseInput(savedSearchIdSchema, id);
      return db.write('delete the saved search', (sql) => {
        const row = sql('DELETE FROM saved_searches WHERE id = ? RETURNING *').get(valid) as unknown as SavedRow | undefined;
        if (!row) throw new DossierError('not-found', 'This saved search no longer exists.');
        return fromSaved(row);
      });
    },

    history() {
      return db.read('read the search history', readHistory);
    },

    record(query) {
      const valid = parseInput(savedQuerySchema, query);
      const stamp = now().toISOString();
      return db.write('record the search', (sql) => {
        sql(
          `INSERT INTO search_history (query, seq, last_run, runs)
           VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM search_history), ?, 1)
           ON CONFLICT (query) DO UPDATE SET seq = excluded.seq, last_run = excluded.last_run, runs = runs + 1`,
        ).run(valid, stamp);
        // Capped: what falls past the limit is forgotten, oldest first.
        sql(
          `DELETE FROM search_history WHERE seq <= (SELECT seq FROM search_history ORDER BY seq DESC LIMIT 1 OFFSET ?)`,
        ).run(historyLimit);
        return readHistory(sql);
      });
    },

    forget(query) {
      const valid = parseInput(savedQuerySchema, query);
      return db.write('remove the search from the history', (sql) => {
        sql('DELETE FROM search_history WHERE query = ?').run(valid);
        return readHistory(sql);
      });
    },

    clearHistory() {
      return db.write('clear the search history', (sql) => Number(sql('DELETE FROM search_history').run().changes));
    },
  };
}
