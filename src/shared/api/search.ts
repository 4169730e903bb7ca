import { z } from 'zod';
import { documentIdSchema } from './corpus';
import type { EntityType } from '../corpus';
import { MAX_QUERY_IPC_LENGTH } from './constants';
import type { ArgSchemas } from './contract';

export { MAX_QUERY_IPC_LENGTH };

/**
 * Search API (issue 4). Query language (lunr's, plus phrases):
 *   words          ranked, stemmed, case- and diacritic-insensitive ("cafe" finds "Café")
 *   korea*         prefix (any * is a wildcard; at least two letters)
 *   ukrane~1       fuzzy, 1 or 2 edits
 *   +word -word    required / excluded (without +, words are "any of")
 *   title: body: person: org: place:   field terms (person/org/place = extracted entity names)
 *   "in the end"   exact phrase, in order, stop words included; may take +/-/field: prefixes
 * A query that cannot be read never rejects: the response carries `error` with a position.
 */

export interface TextRange {
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

export interface HitRange extends TextRange {
  /** Paragraph the offsets count in (Paragraph.text). */
  paragraphId: string;
}

export interface QueryError {
  /** What is wrong and how to fix it, written for the reader. */
  message: string;
  /** Range in the query string the message is about (UTF-16), when there is one. */
  start: number | null;
  end: number | null;
}

export type SearchState = 'indexing' | 'ready' | 'failed';

export interface SearchStatus {
  state: SearchState;
  documentCount: number;
  /** Why indexing failed, or how the index was obtained ("loaded", "built from documents"). */
  message: string | null;
  /** Milliseconds from service start to ready. */
  readyMs: number | null;
}

export interface SearchSnippet {
  paragraphId: string;
  /** A window of the best-matching paragraph: add "…" before/after when truncated. */
  text: string;
  /** Offset of `text` in the paragraph, so highlights map back to HitRange offsets. */
  start: number;
  /** Matched words as written in the text, relative to `text`. */
  highlights: TextRange[];
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

export interface SearchResult {
  documentId: string;
  title: string;
  source: string | null;
  published: string | null;
  /** lunr relevance score (higher first); 0 for queries with only exclusions/stop-word phrases. */
  score: number;
  /** Hits in the title and paragraphs: the same count getDocumentHits returns. */
  hitCount: number;
  titleHighlights: TextRange[];
  /** Null when only the title or metadata matched. */
  snippet: SearchSnippet | null;
  /**
   * Other matching documents that are copies of this one (exact or near duplicates found at
   * corpus build time), best first; the list shows them as one result ("+2 copies").
   */
  copies: string[];
}

/** A facet value with the number of matching results (groups of copies count once) choosing it would leave. */
export interface SearchFacetValue {
  value: string;
  count: number;
}

export interface SearchEntityFacetValue {
  /** CorpusEntity.id, as the corpus view names it (aliases merged, corrections applied). */
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/**
 * Counts beside each facet value, over every match of the query (not just the page). Each
 * facet's counts are taken over the results the other facets leave, as the library's are.
 */
export interface SearchFacets {
  sources: SearchFacetValue[];
  /** Publication years ("2004"), ascending. */
  years: SearchFacetValue[];
  /** The entities most results mention, most results first. */
  entities: SearchEntityFacetValue[];
  /** Results with at least one of the analyst's notes. */
  noted: number;
}

/** Facets narrowing the results; every one set must hold. */
export interface SearchFacetFilter {
  source?: string | null;
  /** Inclusive years ("2004"); an undated document is outside any range. */
  fromYear?: string | null;
  toYear?: string | null;
  /** A CorpusEntity.id: results that mention it. */
  entity?: string | null;
  /** Only results with one of the analyst's notes. */
  hasNotes?: boolean;
}

export interface SearchResponse {
  /** 'indexing': the index is not ready yet, ask again; results are empty. */
  status: SearchState;
  query: string;
  /** Set when the query cannot be read; results are then empty. */
  error: QueryError | null;
  /** Hints that are not errors, e.g. a stop word searched on its own. */
  notices: string[];
  /** Matching documents in all (results holds at most `limit` of them, from `offset`). */
  total: number;
  offset: number;
  results: SearchResult[];
  /** Counts per facet value, when asked for (SearchOptions.facetCounts) and the query was final; else null. */
  facets: SearchFacets | null;
  tookMs: number;
}

export interface DocumentHitsResponse {
  status: SearchState;
  query: string;
  documentId: string;
  error: QueryError | null;
  /** Whether the query matches this document at all; when it does not, there are no hits to mark. */
  matches: boolean;
  titleHits: TextRange[];
  /** Every hit in the document's paragraphs, in reading order. */
  hits: HitRange[];
}

export interface SearchOptions {
  /**
   * The query is still being typed: its last word also matches as a prefix, so counts shrink
   * smoothly letter by letter. Send the final query (Enter, a pause) without it.
   */
  typing?: boolean;
  /** 'relevance' (default): best match first; 'date': newest first, undated last, ties by relevance. */
  sort?: 'relevance' | 'date';
  /** Results per page: 1–200, default 50. */
  limit?: number;
  /** Results to skip, for "show more": 0–10,000, default 0. */
  offset?: number;
  /** Only results these facets allow (total counts them alone). */
  facets?: SearchFacetFilter;
  /** Also count each facet's values (SearchResponse.facets); ignored while typing. */
  facetCounts?: boolean;
}

export interface SearchApi {
  /** Whether the index is ready; the window polls this (or just searches) while it says 'indexing'. */
  getSearchStatus(): Promise<SearchStatus>;
  /** Ranked results with snippets for the top hits, plus the total match count. Bad queries resolve with `error`. */
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Every hit of `query` in one document, title first then paragraphs in reading order; `not-found` for an unknown id. */
  getDocumentHits(documentId: string, query: string): Promise<DocumentHitsResponse>;
}

const querySchema = z.string().max(MAX_QUERY_IPC_LENGTH, `A search query is at most ${MAX_QUERY_IPC_LENGTH.toLocaleString('en')} characters.`);

const year = z.string().regex(/^\d{4}$/u, 'A year is four digits, as in 2004.').nullable().optional();

export const searchOptionsSchema = z
  .object({
    limit: z.number().int().min(1, 'limit is at least 1.').max(200, 'limit is at most 200.').optional(),
    offset: z.number().int().min(0, 'offset is at least 0.').max(10_000, 'offset is at most 10,000.').optional(),
    typing: z.boolean().optional(),
    sort: z.enum(['relevance', 'date']).optional(),
    facets: z
      .object({
        source: z.string().max(500, 'A source is at most 500 characters.').nullable().optional(),
        fromYear: year,
        toYear: year,
        entity: z.string().max(600, 'An entity id is at most 600 characters.').nullable().optional(),
        hasNotes: z.boolean().optional(),
      })
      .strict()
      .optional(),
    facetCounts: z.boolean().optional(),
  })
  .strict();

export const searchArgs = {
  getSearchStatus: z.tuple([]),
  search: z.union([z.tuple([querySchema]), z.tuple([querySchema, searchOptionsSchema])]),
  getDocumentHits: z.tuple([documentIdSchema, querySchema]),
} satisfies ArgSchemas<SearchApi>;
