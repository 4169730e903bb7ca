import type { DocumentHitsResponse } from '../../shared/api/search';
import type { ProcessedDocument } from '../../shared/corpus';
import { DEFAULT_LIMIT, SearchEngine, type CorpusStats, type EngineSearch } from './engine';
import { buildIndexData, FIELDS } from './index-data';
import { parseQuery } from './query-parse';

/**
 * Several indexes searched as one (issue 11): the bundled corpus's, loaded from its build and
 * never rebuilt, and small ones over the analyst's added documents. Every index scores with the
 * statistics of all of them together (document count, document frequency of each term, average
 * field lengths, the query vector over every index's expansions), so a score means the same in
 * each and the lists merge by score into one ranking, as if the documents shared one index.
 */

export function corpusStats(engines: readonly SearchEngine[], weights: Map<string, number>[][]): CorpusStats {
  const docCount = engines.reduce((n, e) => n + e.documentCount, 0);
  const cache = new Map<string, number>();
  const avg = FIELDS.map((_, f) => {
    let total = 0;
    for (const e of engines) total += e.data.postings[f]!.avgLength * e.documentCount;
    return docCount > 0 ? total / docCount : 0;
  });
  const magnitude = FIELDS.map((_, f) => {
    const union = new Map<string, number>();
    for (const w of weights) for (const [term, q] of w[f]!) union.set(term, Math.max(q, union.get(term) ?? 0));
    let m = 0;
    for (const q of union.values()) m += q * q;
    return Math.sqrt(m);
  });
  return {
    docCount,
    magnitude,
    avgLength: (f) => avg[f]!,
    docFreq(term) {
      let df = cache.get(term);
      if (df === undefined) {
        df = 0;
        for (const e of engines) df += e.docFreq(term);
        cache.set(term, df);
      }
      return df;
    },
  };
}

/** One ranked list over several engines; with one engine, exactly that engine's search. */
export function searchAll(engines: readonly SearchEngine[], query: string, limit = DEFAULT_LIMIT, offset = 0): EngineSearch {
  const [first] = engines;
  if (!first) return { error: null, notices: [], total: 0, results: [] };
  if (engines.length === 1) return first.search(query, limit, offset);
  const parsed = parseQuery(query);
  if (!parsed.ok || !parsed.plan) return first.search(query, limit, offset);
  const plan = parsed.plan;
  const stats = corpusStats(engines, engines.map((e) => e.queryWeights(plan)));
  const parts = engines.map((e) => e.search(query, offset + limit, 0, stats));
  // Equal scores keep the bundled corpus first, then each index's own order (a stable sort).
  const results = parts.flatMap((p) => p.results).sort((a, b) => b.score - a.score);
  return {
    error: null,
    notices: parts[0]!.notices,
    total: parts.reduce((n, p) => n + p.total, 0),
    results: results.slice(offset, offset + limit),
  };
}

/** Segments merge into one once there are more than this many (each add makes a segment). */
const MAX_SEGMENTS = 8;

/**
 * The index over the user's documents, kept in small segments so adding a document indexes only
 * it (searchable at once) rather than rebuilding the lot; removing or replacing one rebuilds.
 */
export class UserIndex {
  private readonly docs = new Map<string, ProcessedDocument>();
  private segments: { engine: SearchEngine; ids: Set<string> }[] = [];

  get documentCount(): number {
    return this.docs.size;
  }

  get engines(): SearchEngine[] {
    return this.segments.map((s) => s.engine);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds documents (replacing any with the same id) and removes `removeIds`. */
  update(add: readonly ProcessedDocument[], removeIds: readonly string[] = []): void {
    const replaced = add.some((d) => this.docs.has(d.id)) || removeIds.some((id) => this.docs.has(id));
    for (const id of removeIds) this.docs.delete(id);
    for (const d of add) this.docs.set(d.id, d);
    if (replaced || this.segments.length >= MAX_SEGMENTS) this.rebuild();
    else if (add.length > 0) this.segments.push(segment(add));
  }

  documentHits(documentId: string, query: string): Omit<DocumentHitsResponse, 'status'> | null {
    const s = this.segments.find((x) => x.ids.has(documentId));
    return s ? s.engine.documentHits(documentId, query) : null;
  }

  private rebuild(): void {
    this.segments = this.docs.size > 0 ? [segment([...this.docs.values()])] : [];
  }
}

function segment(docs: readonly ProcessedDocument[]) {
  const engine = new SearchEngine(buildIndexData(docs));
  return { engine, ids: new Set(docs.map((d) => d.id)) };
}
