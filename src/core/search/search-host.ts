import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DocumentHitsResponse, SearchOptions } from '../../shared/api/search';
import type { ProcessedDocument } from '../../shared/corpus';
import { AHEAD_FILE } from './ahead-file';
import { DEFAULT_LIMIT, SearchEngine, type Budget, type EngineSearch } from './engine';
import { buildIndexData } from './index-data';
import { loadIndexFile } from './index-file';
import { searchAll, UserIndex } from './merged-search';
import type { EntityCorrection } from './entity-corrections';
import type { FacetRequest } from './facets';

/**
 * The engine's side of the search service: the same code runs inside the worker thread
 * (search-worker.ts) and in-process for unit tests. Messages are plain data (structured clone).
 */

export type IndexSource =
  | { kind: 'file'; path: string; expectedIds: string[] | null }
  | { kind: 'documents'; documents: readonly ProcessedDocument[] };

export type HostRequest =
  /** control: Int32Array over a SharedArrayBuffer; slot 0 holds the id of the newest search request. */
  | { type: 'init'; source: IndexSource; control?: SharedArrayBuffer }
  | { type: 'search'; id: number; query: string; options: SearchOptions; facets?: FacetRequest }
  | { type: 'documentHits'; id: number; documentId: string; query: string }
  /** The user's documents (issue 11): processed documents, or paths of their JSON files to read here. */
  | { type: 'user'; add: (ProcessedDocument | string)[]; remove: string[] }
  /** The analyst's entity corrections (issue 10), replacing those sent before; applied to every index. */
  | { type: 'corrections'; corrections: EntityCorrection[] }
  /** Name keys merged into another corpus entity ([key, entity id]), for the entity facet. */
  | { type: 'aliases'; aliases: [string, string][] };

export type HostReply =
  | { type: 'ready'; documentCount: number; how: string }
  | { type: 'stale'; reason: string }
  | { type: 'failed'; message: string }
  | { type: 'search'; id: number; value: EngineSearch; tookMs: number }
  | { type: 'documentHits'; id: number; value: Omit<DocumentHitsResponse, 'status'> | null }
  | { type: 'error'; id: number; message: string }
  | { type: 'user'; documentCount: number; failed: string[] };

export function loadEngine(source: IndexSource): { engine: SearchEngine; how: string } | { stale: string } {
  if (source.kind === 'documents') return { engine: new SearchEngine(buildIndexData(source.documents)), how: 'built from the corpus documents' };
  const data = loadIndexFile(source.path);
  if (source.expectedIds) {
    const ids = data.docs.columns.ids;
    const expected = source.expectedIds;
    // Compared in the table's code units: no string per document at load.
    if (ids.length !== expected.length || expected.some((id, i) => ids.compare(i, id) !== 0)) {
      return { stale: 'the search index does not list the same documents as the corpus' };
    }
  }
  const engine = new SearchEngine(data);
  // The heavy queries' results ranked when the corpus was built, read in warm-up's first slice.
  engine.useAheadFile(join(dirname(source.path), AHEAD_FILE));
  return { engine, how: 'loaded from the corpus build' };
}

/** Quiet time after the last user-document change before the user index is compacted. */
const COMPACT_AFTER_MS = 3000;
/** Stream tokens of phrase positions built per turn after ready (a few tens of ms at most). */
const WARM_SLICE = 2_000_000;

/** Longest a search may run before it is stopped with a message (issue 16: no query may hang search). */
export const SEARCH_BUDGET_MS = 2000;

class SearchStopped extends Error {
  constructor(readonly why: 'superseded' | 'budget') {
    super(why);
  }
}

export class SearchHost {
  private engine: SearchEngine | null = null;
  private control: Int32Array | null = null;
  private readonly user = new UserIndex();
  private compactTimer: ReturnType<typeof setTimeout> | null = null;
  private corrections: EntityCorrection[] = [];
  private aliases: ReadonlyMap<string, string> = new Map();

  constructor(
    private readonly reply: (message: HostReply) => void,
    private readonly budgetMs = SEARCH_BUDGET_MS,
  ) {}

  /**
   * The running search stops when its time is up, or as soon as a newer search request has been
   * sent (the service writes its id into shared memory before posting it), so a new query
   * cancels the old one even though the worker handles one message at a time.
   */
  private budget(id: number): Budget {
    const deadline = performance.now() + this.budgetMs;
    const control = this.control;
    return () => {
      if (control && Atomics.load(control, 0) !== id) throw new SearchStopped('superseded');
      if (performance.now() > deadline) throw new SearchStopped('budget');
    };
  }

  /** The engine whose warm-up slices are scheduled, if any. */
  private warming: SearchEngine | null = null;

  /**
   * Warm-up after ready is reported (phrase positions, the heavy queries ranked ahead), a slice
   * per turn, so queries that arrive meanwhile are answered between slices (one that needs
   * phrases finishes it). Runs until the engine has nothing left it can do now.
   */
  private warm(): void {
    const engine = this.engine;
    if (!engine || this.warming === engine) return;
    this.warming = engine;
    const step = () => {
      if (this.engine === engine && !engine.warmStep(WARM_SLICE)) setImmediate(step);
      else if (this.warming === engine) this.warming = null;
    };
    setImmediate(step);
  }

  handle(message: HostRequest): void {
    if (message.type === 'init') {
      if (message.control) this.control = new Int32Array(message.control);
      try {
        const loaded = loadEngine(message.source);
        if ('stale' in loaded) return this.reply({ type: 'stale', reason: loaded.stale });
        this.engine = loaded.engine;
        if (this.corrections.length) this.engine.setCorrections(this.corrections);
        this.reply({ type: 'ready', documentCount: loaded.engine.documentCount, how: loaded.how });
        this.warm();
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        if (message.source.kind === 'file') this.reply({ type: 'stale', reason: `the search index could not be read (${why})` });
        else this.reply({ type: 'failed', message: `Search could not index the corpus: ${why}` });
      }
      return;
    }
    if (message.type === 'user') return this.updateUser(message.add, message.remove);
    if (message.type === 'aliases') {
      this.aliases = new Map(message.aliases);
      return;
    }
    if (message.type === 'corrections') {
      this.corrections = message.corrections;
      this.engine?.setCorrections(this.corrections);
      this.user.setCorrections(this.corrections);
      // Ranking ahead waits while corrections apply; taken back, it goes on where it stopped.
      this.warm();
      return;
    }
    const engine = this.engine;
    try {
      if (!engine) throw new Error('search engine not ready');
      if (message.type === 'search') {
        const started = performance.now();
        let value: EngineSearch;
        try {
          value = searchAll([engine, ...this.user.engines], message.query, message.options.limit ?? DEFAULT_LIMIT, message.options.offset ?? 0, {
            typing: message.options.typing,
            sort: message.options.sort,
            budget: this.budget(message.id),
            ...(message.facets ? { facets: message.facets, aliases: this.aliases } : {}),
          });
        } catch (error) {
          if (!(error instanceof SearchStopped)) throw error;
          const seconds = (this.budgetMs / 1000).toLocaleString('en');
          value = {
            error: error.why === 'budget' ? { message: `This search took longer than ${seconds} s and was stopped. Narrow it: fewer wildcards or fuzzy words, or longer words before a *.`, start: null, end: null } : null,
            notices: error.why === 'superseded' ? ['Replaced by a newer search.'] : [],
            total: 0,
            results: [],
          };
        }
        this.reply({ type: 'search', id: message.id, value, tookMs: performance.now() - started });
      } else {
        const value = engine.documentHits(message.documentId, message.query) ?? this.user.documentHits(message.documentId, message.query);
        this.reply({ type: 'documentHits', id: message.id, value });
      }
    } catch (error) {
      this.reply({ type: 'error', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private updateUser(add: readonly (ProcessedDocument | string)[], remove: string[]): void {
    const docs: ProcessedDocument[] = [];
    const failed: string[] = [];
    for (const item of add) {
      if (typeof item !== 'string') docs.push(item);
      else {
        try {
          docs.push(JSON.parse(readFileSync(item, 'utf8')) as ProcessedDocument);
        } catch {
          failed.push(item); // a damaged file: the library reports it when the document is opened
        }
      }
    }
    this.user.update(docs, remove);
    this.reply({ type: 'user', documentCount: this.user.documentCount, failed });
    // Once adding pauses, fold the segments into one (searches then touch one extra index).
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = setTimeout(() => this.user.compact(), COMPACT_AFTER_MS);
    this.compactTimer.unref?.();
  }
}
