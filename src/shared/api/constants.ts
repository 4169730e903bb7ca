/**
 * Values of the contract the renderer needs at run time. Kept free of zod: the schema
 * modules beside it build schemas at load time, which no bundler can tree-shake, so a
 * renderer import from them would ship all of zod to the page.
 */
export const EXPORT_FORMATS = ['markdown', 'jsonld', 'csv', 'html', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** IPC guard only: longer queries than the engine's 2,000-character limit still get an inline explanation up to here. */
export const MAX_QUERY_IPC_LENGTH = 10_000;

/** Saved searches and the query history (issue 15): what the store keeps, and how much. */
export const SEARCH_MEMORY_LIMITS = {
  nameChars: 200,
  /** The engine reads queries up to this length (core/search/query-parse.ts MAX_QUERY_LENGTH). */
  queryChars: 2_000,
  savedSearches: 1_000,
  /** The history keeps this many distinct queries, newest first; older ones drop off. */
  historyEntries: 50,
} as const;

/** Search result export (issue 15): formats, and the most results one file holds (the best, in list order). */
export const SEARCH_EXPORT_FORMATS = ['csv', 'markdown'] as const;
export type SearchExportFormat = (typeof SEARCH_EXPORT_FORMATS)[number];
export const SEARCH_EXPORT_MAX_RESULTS = 1_000;
