import { z } from 'zod';
import { storable } from './annotations';
import { SEARCH_MEMORY_LIMITS } from './constants';
import type { ArgSchemas } from './contract';

export { SEARCH_MEMORY_LIMITS };

/**
 * Saved searches and the query history (issue 15), kept in the annotation database so they
 * survive restarts and travel with its backups. Every change is one committed transaction
 * when its promise resolves; `storage` if it could not be saved (read-only or full disk).
 *
 * Queries are stored trimmed with runs of white space made one space, so "korea " and
 * "korea" are one history entry; case is kept ("US" finds the acronym, "us" does not).
 */
export interface SearchMemoryApi {
  /** Saved searches, by name (case-insensitive, then as written). */
  listSavedSearches(): Promise<SavedSearch[]>;
  /**
   * Saves a query under a name. A name already saved (compared case-insensitively) is
   * replaced: same id and `created`, new query, sort and `modified`. `too-large` past
   * SEARCH_MEMORY_LIMITS.savedSearches.
   */
  saveSearch(input: NewSavedSearch): Promise<SavedSearch>;
  /** Deletes one saved search and returns it; `not-found` if the id is unknown. */
  deleteSavedSearch(id: string): Promise<SavedSearch>;
  /** Distinct queries run, newest first, at most SEARCH_MEMORY_LIMITS.historyEntries. */
  listSearchHistory(): Promise<SearchHistoryEntry[]>;
  /** Records that a query was run (moves it to the top, counts the run) and returns the history. */
  recordSearch(query: string): Promise<SearchHistoryEntry[]>;
  /** Forgets one query (as stored, i.e. normalised) and returns the history. */
  deleteSearchHistoryEntry(query: string): Promise<SearchHistoryEntry[]>;
  /** Forgets every query; returns how many there were. */
  clearSearchHistory(): Promise<number>;
}

export type SearchSort = 'relevance' | 'date';

export interface SavedSearch {
  /** UUID. */
  id: string;
  name: string;
  query: string;
  sort: SearchSort;
  /** ISO 8601 UTC. */
  created: string;
  modified: string;
}

export interface NewSavedSearch {
  name: string;
  query: string;
  /** Default 'relevance'. */
  sort?: SearchSort;
}

export interface SearchHistoryEntry {
  query: string;
  /** ISO 8601 UTC of the newest run. */
  lastRun: string;
  /** How many times it was run. */
  runs: number;
}

/** Trimmed, white-space runs made one space: the form stored and compared. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/gu, ' ');
}

const count = (n: number) => n.toLocaleString('en-US');

export const savedQuerySchema = z
  .string()
  // Checked before normalising, so a huge paste is refused without being copied first.
  .max(SEARCH_MEMORY_LIMITS.queryChars * 4, `A saved query is at most ${count(SEARCH_MEMORY_LIMITS.queryChars)} characters.`)
  .refine(...storable('The query'))
  .transform(normalizeQuery)
  .pipe(
    z
      .string()
      .min(1, 'The query is empty; type a search first.')
      .max(SEARCH_MEMORY_LIMITS.queryChars, {
        error: (issue) =>
          `A saved query is at most ${count(SEARCH_MEMORY_LIMITS.queryChars)} characters; this one has ${count(String(issue.input).length)}.`,
      }),
  );

export const savedSearchNameSchema = z
  .string()
  .max(SEARCH_MEMORY_LIMITS.nameChars * 4, `A name is at most ${SEARCH_MEMORY_LIMITS.nameChars} characters.`)
  .refine(...storable('The name'))
  .transform((name) => name.trim().replace(/\s+/gu, ' '))
  .pipe(
    z
      .string()
      .min(1, 'Give the search a name.')
      .max(SEARCH_MEMORY_LIMITS.nameChars, {
        error: (issue) => `A name is at most ${SEARCH_MEMORY_LIMITS.nameChars} characters; this one has ${count(String(issue.input).length)}.`,
      }),
  );

export const searchSortSchema = z.enum(['relevance', 'date'], "The sort is 'relevance' or 'date'.");

export const newSavedSearchSchema = z
  .object({ name: savedSearchNameSchema, query: savedQuerySchema, sort: searchSortSchema.optional() })
  .strict();

export const savedSearchIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu, 'A saved search id is a UUID.');

export const searchMemoryArgs = {
  listSavedSearches: z.tuple([]),
  saveSearch: z.tuple([newSavedSearchSchema]),
  deleteSavedSearch: z.tuple([savedSearchIdSchema]),
  listSearchHistory: z.tuple([]),
  recordSearch: z.tuple([savedQuerySchema]),
  deleteSearchHistoryEntry: z.tuple([savedQuerySchema]),
  clearSearchHistory: z.tuple([]),
} satisfies ArgSchemas<SearchMemoryApi>;
