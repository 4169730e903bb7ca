import type { DocumentHitsResponse } from '../../shared/api/search';
import type { ProcessedDocument } from '../../shared/corpus';
import { DEFAULT_LIMIT, ignoredWordNotices, matchFacets, SearchEngine, type CorpusStats, type EngineSearch, type EngineSearchOptions } from './engine';
import { buildIndexData, FIELDS } from './index-data';
import { parseQuery } from './query-parse';
import type { EntityCorrection } from './entity-corrections';
import { mergeFacetCounts } from './facets';

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
export function searchAll(engines: readonly SearchEngine[], query: string, limit = DEFAULT_LIMIT, offset = 0, options: EngineSearchOptions = {}): EngineSearch {
  const [first] = engines;
  if (!first) return { error: null, notices: [], total: 0, results: [] };
  if (engines.length === 1) return first.search(query, limit, offset, options);
  const parsed = parseQuery(query, { typing: options.typing });
  if (!parsed.ok || !parsed.plan) return first.search(query, limit, offset, options);
  const plan = parsed.plan;
  // Each engine resolves the query once: its weights make the corpus-wide statistics, and its
  // resolved clauses then go to its match.
  const prepared = engines.map((e) => e.prepare(plan, options.budget));
  const stats = corpusStats(engines, prepared.map((p) => p.weights));
  const facets = matchFacets(options);
  const parts = engines.map((engine, i) => ({ engine, m: engine.match(plan, offset + limit, options.budget, options.sort, stats, facets, prepared[i]!.query) }));
  // Each part is already in its own order; equal keys keep the bundled corpus first (a stable sort).
  const merged = parts.flatMap(({ engine, m }, part) => m.ranked.map((d) => ({ part, d, score: m.scoreOf(d), published: engine.data.docs.published(d) ?? '' })));
  const byDate = options.sort === 'date';
  merged.sort((a, b) => (byDate && a.published !== b.published ? (a.published < b.published ? 1 : -1) : b.score - a.score || a.part - b.part));
  // Only the page shown is shaped (snippets, hit counts): the rest is never looked at.
  const results = merged.slice(offset, offset + limit).map(({ part, d, score }) => {
    const { engine, m } = parts[part]!;
    return { ...engine.result(d, score, m.ctx), copies: (m.copies.get(d) ?? []).map((c) => engine.data.docs.id(c)) };
  });
  const counts = facets ? mergeFacetCounts(parts.map((p) => p.m.facets)) : null;
  return { error: null, notices: ignoredWordNotices(plan), total: parts.reduce((n, p) => n + p.m.total, 0), results, facets: counts };
}

/** Never more segments than this: past it the two newest merge whatever their sizes. */
const MAX_SEGMENTS = 12;

interface Segment {
  engine: SearchEngine;
  docs: ProcessedDocument[];
  ids: Set<string>;
}

/**
 * The index over the user's documents, kept in segments so adding a document indexes only it
 * (searchable at once) rather than rebuilding the lot. The newest segment merges into the one
 * before while it is as large (a binary counter: at most log2(n) segments, each document
 * re-indexed at most log2(n) times in all); removing or replacing one rebuilds.
 */
export class UserIndex {
  private readonly docs = new Map<string, ProcessedDocument>();
  private segments: Segment[] = [];
  private corrections: readonly EntityCorrection[] = [];

  /** The analyst's entity corrections, applied to every segment now and to those made later. */
  setCorrections(corrections: readonly EntityCorrection[]): void {
    this.corrections = corrections;
    for (const s of this.segments) s.engine.setCorrections(corrections);
  }

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
    if (replaced) {
      this.segments = this.docs.size > 0 ? [this.segment([...this.docs.values()])] : [];
      return;
    }
    if (add.length === 0) return;
    this.segments.push(this.segment(add));
    for (;;) {
      const n = this.segments.length;
      if (n < 2) break;
      const last = this.segments[n - 1]!;
      const previous = this.segments[n - 2]!;
      if (last.docs.length < previous.docs.length && n <= MAX_SEGMENTS) break;
      this.segments.splice(n - 2, 2, this.segment([...previous.docs, ...last.docs]));
    }
  }

  /** One segment for everything: run when adding has paused, so searches touch one extra index. */
  compact(): void {
    if (this.segments.length > 1) this.segments = [this.segment([...this.docs.values()])];
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  documentHits(documentId: string, query: string): Omit<DocumentHitsResponse, 'status'> | null {
    const s = this.segments.find((x) => x.ids.has(documentId));
    return s ? s.engine.documentHits(documentId, query) : null;
  }

  private segment(docs: readonly ProcessedDocument[]): Segment {
    const engine = new SearchEngine(buildIndexData(docs));
    if (this.corrections.length) engine.setCorrections(this.corrections);
    return { engine, docs: [...docs], ids: new Set(docs.map((d) => d.id)) };
  }
}
