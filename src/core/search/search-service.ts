import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentHitsResponse, SearchFacets, SearchOptions, SearchResponse, SearchStatus } from '../../shared/api/search';
import type { EntityType, ProcessedDocument } from '../../shared/corpus';
import { DossierError } from '../../shared/result';
import type { CorpusService } from '../corpus/corpus-service';
import { INDEX_FILE } from './index-file';
import { SearchHost, type HostReply, type HostRequest, type IndexSource } from './search-host';
import { findWorkerEntry, type WorkerEntry } from '../worker-entry';
import type { EntityCorrection } from './entity-corrections';
import type { FacetCounts, FacetRequest } from './facets';

export type { WorkerEntry } from '../worker-entry';

/**
 * The main-process face of search. The index loads (or is built) in a worker thread as soon as
 * the service is created; until it is ready, search answers status 'indexing' instead of waiting.
 */

export interface SearchServiceOptions {
  /** Corpus build folder holding search-index.bin (resources/corpus-build). */
  buildDir: string;
  corpus: Pick<CorpusService, 'info' | 'list' | 'has' | 'loadAll'>;
  /** Where the worker lives; 'in-process' runs the engine on this thread (unit tests). Default: detected. */
  worker?: WorkerEntry | 'in-process';
  /**
   * The analyst's entity corrections as search applies them (person:/org:/place:). Asked for
   * before the first search and again after correctionsChanged(), never at start-up, so an
   * analyst who searches nothing never has them resolved.
   */
  entityCorrections?: () => EntityCorrection[];
  /**
   * For the entity facet: name keys merged into another corpus entity ([key, entity id]), asked
   * for with the first search that uses facets (and again after correctionsChanged()).
   */
  entityAliases?: () => [string, string][];
  /** Documents with at least one of the analyst's notes ("has my notes"). */
  notedDocuments?: () => string[];
  /** An entity's name and type as the corpus view shows them (corrections applied), or null (unknown, rejected). */
  describeEntity?: (id: string) => { name: string; type: EntityType } | null;
}

/** Entities listed in the entity facet. */
export const ENTITY_FACET_VALUES = 12;

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

/**
 * The entities the facet lists: the most frequent (then by id) that `describe` knows. A common
 * word matches nearly every entity of the corpus (11,000 in the BBC articles), and sorting them
 * all took 5–30 ms a query; only those whose count can reach the top are sorted, a wider cut
 * when `describe` turns too many of them down.
 */
function topEntities(entities: readonly [string, number][], describe: (id: string) => { name: string; type: EntityType } | null): SearchFacets['entities'] {
  const counts = Int32Array.from(entities, ([, n]) => n).sort();
  for (let want = ENTITY_FACET_VALUES * 4; ; want *= 4) {
    // Every entity counted at least as often as the want-th most frequent: a prefix of the full order.
    const cut = want >= counts.length ? -Infinity : counts[counts.length - want]!;
    const pool = entities.filter(([, n]) => n >= cut).sort(byCount);
    const out: SearchFacets['entities'] = [];
    for (const [id, count] of pool) {
      const known = describe(id);
      if (known) out.push({ id, ...known, count });
      if (out.length >= ENTITY_FACET_VALUES) return out;
    }
    if (pool.length === entities.length) return out;
  }
}

/** The engine's counts as the contract gives them: sources by count, years in order, the top entities named. */
export function facetsResponse(counts: FacetCounts, describe: (id: string) => { name: string; type: EntityType } | null): SearchFacets {
  return {
    sources: [...counts.sources].sort(byCount).map(([value, count]) => ({ value, count })),
    years: [...counts.years].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([value, count]) => ({ value, count })),
    entities: topEntities(counts.entities, describe),
    noted: counts.noted,
  };
}

export interface SearchService {
  status(): SearchStatus;
  /** Resolves once the index is ready or has failed. */
  ready(): Promise<SearchStatus>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Throws DossierError not-found for an unknown document. */
  documentHits(documentId: string, query: string): Promise<DocumentHitsResponse>;
  /** The user's documents (issue 11): index these (documents, or paths of their JSON files), drop `remove`. */
  updateUserDocuments(add: (ProcessedDocument | string)[], remove: string[]): void;
  /** The corrections (or what their targets resolve to) changed: the next search sends them again. */
  correctionsChanged(): void;
  /** Stops the worker. */
  close(): Promise<void>;
}

/** The worker next to this module: bundled .js (Electron main), else the .ts source run through tsx. */
export function defaultWorkerEntry(): WorkerEntry | null {
  return findWorkerEntry(import.meta.url, 'search-worker');
}

interface Transport {
  send(message: HostRequest): void;
  close(): Promise<void>;
}

function workerTransport(entry: WorkerEntry, onReply: (r: HostReply) => void, onCrash: (why: string) => void): Transport {
  const worker = new Worker(entry.path, { execArgv: entry.execArgv ?? [] });
  worker.on('message', onReply);
  worker.on('error', (error) => onCrash(error.message));
  worker.on('exit', (code) => onCrash(`the search worker stopped (exit code ${code})`));
  return {
    send: (m) => worker.postMessage(m),
    close: async () => {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

function inProcessTransport(onReply: (r: HostReply) => void): Transport {
  const host = new SearchHost(onReply);
  // Asynchronous like the worker, so callers see 'indexing' first in both modes.
  return { send: (m) => setImmediate(() => host.handle(m)), close: async () => {} };
}

export function createSearchService(options: SearchServiceOptions): SearchService {
  const started = performance.now();
  let status: SearchStatus = { state: 'indexing', documentCount: 0, message: null, readyMs: null };
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: HostReply) => void; reject: (e: Error) => void }>();
  let settle: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (settle = resolve));

  const finish = (next: SearchStatus) => {
    status = next;
    settle();
  };
  // Why the built index was not used, said in the ready message rather than swallowed.
  let staleReason: string | null = null;
  const onReply = (r: HostReply) => {
    if (r.type === 'ready') finish({ state: 'ready', documentCount: r.documentCount, message: `Index ${r.how}${staleReason ? ` because ${staleReason}` : ''}.`, readyMs: performance.now() - started });
    else if (r.type === 'failed') finish({ state: 'failed', documentCount: 0, message: r.message, readyMs: null });
    else if (r.type === 'stale') {
      staleReason = r.reason;
      transport.send({ type: 'init', source: { kind: 'documents', documents: options.corpus.loadAll() }, control });
    } else if (r.type === 'user') return;
    else {
      const call = pending.get(r.id);
      pending.delete(r.id);
      call?.resolve(r);
    }
  };
  const onCrash = (why: string) => {
    if (status.state === 'indexing') finish({ state: 'failed', documentCount: 0, message: `Search is unavailable: ${why}.`, readyMs: null });
    else status = { ...status, state: 'failed', message: `Search is unavailable: ${why}.` };
    for (const call of pending.values()) call.reject(new DossierError('unavailable', 'Search stopped working; restart Dossier to search again.'));
    pending.clear();
  };

  const entry = options.worker === 'in-process' ? null : (options.worker ?? defaultWorkerEntry());
  const transport = entry ? workerTransport(entry, onReply, onCrash) : inProcessTransport(onReply);

  const indexPath = join(options.buildDir, INDEX_FILE);
  const source: IndexSource =
    options.corpus.info().status === 'ready' && existsSync(indexPath)
      ? { kind: 'file', path: indexPath, expectedIds: options.corpus.list().map((d) => d.id) }
      : { kind: 'documents', documents: options.corpus.loadAll() };
  // Slot 0: id of the newest search request; the worker stops an older search that sees it change.
  const control = new SharedArrayBuffer(4);
  const latest = new Int32Array(control);
  transport.send({ type: 'init', source, control });

  let aliasesSent = false;
  const sendAliases = () => {
    if (aliasesSent || !options.entityAliases) return;
    aliasesSent = true;
    let aliases: [string, string][] = [];
    try {
      aliases = options.entityAliases();
    } catch {
      // The corpus tables cannot be read: each name counts as its own entity.
      aliasesSent = false;
    }
    transport.send({ type: 'aliases', aliases });
  };
  /** What the worker needs to apply facets, or null when the search uses none. */
  const facetRequest = (o: SearchOptions): FacetRequest | null => {
    const f = o.facets ?? {};
    const counts = o.facetCounts === true && o.typing !== true;
    if (!counts && !f.source && !f.fromYear && !f.toYear && !f.entity && !f.hasNotes) return null;
    if (counts || f.entity) sendAliases();
    let noted: string[] = [];
    if (counts || f.hasNotes) {
      try {
        noted = options.notedDocuments?.() ?? [];
      } catch {
        // The notes cannot be read (the notes banner says why): none count as noted.
      }
    }
    return { source: f.source ?? null, fromYear: f.fromYear ?? null, toYear: f.toYear ?? null, entity: f.entity ?? null, hasNotes: f.hasNotes === true, noted, counts };
  };
  let correctionsSent = false;
  const sendCorrections = () => {
    if (correctionsSent || !options.entityCorrections) return;
    correctionsSent = true;
    let corrections: EntityCorrection[] = [];
    try {
      corrections = options.entityCorrections();
    } catch {
      // The corrections cannot be read (the notes banner says why): search as extracted.
      correctionsSent = false;
    }
    transport.send({ type: 'corrections', corrections });
  };
  const call = (make: (id: number) => HostRequest): Promise<HostReply> =>
    new Promise((resolve, reject) => {
      sendCorrections();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      transport.send(make(id));
    });
  const unwrap = <T extends HostReply['type']>(r: HostReply, type: T): Extract<HostReply, { type: T }> => {
    if (r.type === type) return r as Extract<HostReply, { type: T }>;
    throw new Error(r.type === 'error' ? r.message : `unexpected reply ${r.type}`);
  };

  return {
    status: () => status,
    ready: async () => {
      await readyPromise;
      return status;
    },
    async search(query, searchOptions = {}) {
      const base = { query, error: null, notices: [] as string[], total: 0, offset: searchOptions.offset ?? 0, results: [], facets: null, tookMs: 0 };
      if (status.state !== 'ready') return { ...base, status: status.state, notices: status.message && status.state === 'failed' ? [status.message] : [] };
      const facets = facetRequest(searchOptions);
      const r = unwrap(
        await call((id) => {
          Atomics.store(latest, 0, id);
          return { type: 'search', id, query, options: searchOptions, ...(facets ? { facets } : {}) };
        }),
        'search',
      );
      const counts = r.value.facets ? facetsResponse(r.value.facets, options.describeEntity ?? (() => null)) : null;
      return { ...base, ...r.value, facets: counts, status: 'ready', tookMs: r.tookMs };
    },
    async documentHits(documentId, query) {
      if (!options.corpus.has(documentId)) throw new DossierError('not-found', `No document with id "${documentId}" in this corpus.`);
      if (status.state !== 'ready') return { status: status.state, query, documentId, error: null, matches: false, titleHits: [], hits: [] };
      const r = unwrap(await call((id) => ({ type: 'documentHits', id, documentId, query })), 'documentHits');
      if (!r.value) throw new DossierError('not-found', `No document with id "${documentId}" in the search index.`);
      return { ...r.value, status: 'ready' };
    },
    updateUserDocuments: (add, remove) => transport.send({ type: 'user', add, remove }),
    correctionsChanged: () => {
      correctionsSent = false;
      aliasesSent = false;
    },
    close: () => transport.close(),
  };
}
