import { join } from 'node:path';
import type { HandlerTable } from '../shared/api';
import type { EntityType } from '../shared/corpus';
import { entityId, nameKey } from './corpus/tables/entity-names';
import {
  annotationsDatabasePath,
  createAnnotationService,
  type AnnotationService,
} from './annotations/annotation-service';
import { openAnnotationStore } from './annotations/sqlite/sqlite-store';
import type { CorpusService } from './corpus/corpus-service';
import { combineCorpus } from './library/combined-corpus';
import { createAddDocumentsHandlers, createLibraryService, type LibraryService } from './library/library-service';
import { createLibraryTables } from './library/library-tables';
import { libraryDir, UserLibrary } from './library/user-library';
import { loadCorpus } from './corpus/load-corpus';
import { createEventHub, type EventHub } from './events';
import { createAppLog, type AppLog } from './log/app-log';
import { createAnnotationHandlers } from './ipc/annotation-handlers';
import { createCorpusHandlers } from './ipc/corpus-handlers';
import { createCorpusViewHandlers } from './ipc/corpus-view-handlers';
import { createCorpusTablesService, tablesSource, type CorpusTablesService } from './corpus/tables/corpus-tables-service';
import { createExportHandlers } from './ipc/export-handlers';
import { createSearchHandlers } from './ipc/search-handlers';
import { createSearchExportHandlers } from './ipc/search-export-handlers';
import { createLinkHandlers } from './ipc/link-handlers';
import type { PlatformServices } from './platform';
import { createSearchService, type SearchService, type WorkerEntry } from './search/search-service';
import { createSearchMemoryStore, type SearchMemoryStore } from './search-memory/search-memory-store';
import { createSearchMemoryHandlers } from './ipc/search-memory-handlers';
import { createCorrectionStore, type CorrectionStore } from './corrections/correction-store';
import { correctDocument, correctionView, nameOverrides, NO_CORRECTIONS, NO_OVERRIDES, type CorrectionView, type NameOverrides } from './corrections/correction-view';
import { parseItemTarget, type Correction, type CorrectionStatus } from '../shared/corrections';
import { createCorrectionHandlers } from './ipc/correction-handlers';
import type { EntityCorrection } from './search/entity-corrections';
import { searchCorrections } from './corrections/search-corrections';

export interface CoreOptions {
  /** The app's resources folder (bundled corpus sources and build). */
  resourcesDir: string;
  /** Per-user writable folder (annotations database). */
  userDataDir: string;
  platform: PlatformServices;
  /** The persistent log (default: logs/dossier.log in userDataDir); hosts create it first to log their own start-up. */
  log?: AppLog;
  /** Search worker entry (the Electron host passes out/main/search-worker.js); default: detected; 'in-process' for tests. */
  searchWorker?: WorkerEntry | 'in-process';
}

/** Everything the handler table runs on. Each feature adds its service here. */
export interface CoreServices {
  corpus: CorpusService;
  annotations: AnnotationService;
  search: SearchService;
  corpusTables: CorpusTablesService;
  /** Saved searches and the query history, in the annotation database. */
  searchMemory: SearchMemoryStore;
  /** The analyst's added documents and the queue that adds them (issue 11). */
  library: LibraryService;
  /** The analyst's corrections to extraction (issue 10), in the annotation database. */
  corrections: CorrectionStore;
  /** The corrections as they apply to the corpus now (targets resolved against its tables). */
  correctionView(): CorrectionView;
  platform: PlatformServices;
  /** Events for the renderer (shared/api/events.ts); hosts forward them. */
  events: EventHub;
  log: AppLog;
  close(): void;
}

export function corpusPaths(resourcesDir: string) {
  return { sourceDir: join(resourcesDir, 'corpus'), buildDir: join(resourcesDir, 'corpus-build') };
}

export async function createCoreServices(options: CoreOptions): Promise<CoreServices> {
  const bundled = loadCorpus(corpusPaths(options.resourcesDir));
  const userLibrary = new UserLibrary(libraryDir(options.userDataDir));
  const corpus = combineCorpus(bundled, userLibrary);
  // Starts loading the index in its worker now; the window does not wait for it. The bundled
  // index is loaded as built; the user's documents get their own index beside it.
  const search = createSearchService({
    buildDir: corpusPaths(options.resourcesDir).buildDir,
    corpus: { info: () => bundled.info(), list: () => bundled.list(), loadAll: () => bundled.loadAll(), has: (id) => corpus.has(id) },
    worker: options.searchWorker,
    entityCorrections: () => entityCorrections(),
    entityAliases: () => corpusTables.aliases(),
    describeEntity: (id) => corpusTables.describe(id),
    notedDocuments: () => [...new Set(annotations.store.list().map((a) => a.target.documentId))],
  });
  search.updateUserDocuments(userLibrary.documentPaths(), []);
  const log = options.log ?? createAppLog(options.userDataDir);
  const events = createEventHub((error) => log.error('an event sink failed', error));
  void search.ready().then((status) => events.emit('searchStatus', status));
  const store = openAnnotationStore({ path: annotationsDatabasePath(options.userDataDir) });
  const annotations = createAnnotationService(store, corpus);
  const searchMemory = createSearchMemoryStore(store.database);
  const corrections = createCorrectionStore(store.database);
  // Read once and again after each change; resolved against the tables on every use, so a
  // rebuild (or an added document) that moves or removes an entity is seen at once.
  let correctionList: { list: Correction[]; overrides: NameOverrides } | null = null;
  corrections.onChange(() => {
    correctionList = null;
    search.correctionsChanged();
  });
  const readCorrections = () => {
    if (!correctionList) {
      const list = corrections.list();
      correctionList = { list, overrides: nameOverrides(list) };
    }
    return correctionList;
  };
  const currentOverrides = (): NameOverrides => {
    try {
      return readCorrections().overrides;
    } catch {
      return NO_OVERRIDES;
    }
  };
  const currentCorrections = (): CorrectionView => {
    let list: Correction[];
    try {
      list = readCorrections().list;
    } catch {
      // The database cannot be read: the corpus shows as extracted; the notes banner says why.
      return NO_CORRECTIONS;
    }
    return list.length === 0 ? NO_CORRECTIONS : correctionView(list, (id) => corpusTables.resolveEntity(id));
  };
  const entityCorrections = (): EntityCorrection[] => {
    let list: Correction[];
    try {
      list = readCorrections().list;
    } catch {
      return [];
    }
    return searchCorrections(list, currentCorrections(), corpusTables);
  };
  const { buildDir } = corpusPaths(options.resourcesDir);
  const bundledSource = tablesSource(buildDir, bundled);
  const corpusTables = createLibraryTables({
    bundledTables: createCorpusTablesService(bundledSource, () => corpus.list(), currentCorrections),
    bundledSource,
    bundled,
    library: userLibrary,
    summaries: () => corpus.list(),
    corrections: currentCorrections,
    overrides: currentOverrides,
  });
  const library = createLibraryService({ library: userLibrary, search, annotations, changed: (status) => {
      // Added documents can move an entity's names (new merges): search resolves the corrections again.
      search.correctionsChanged();
      events.emit('addStatus', status);
    },
  });
  // The corpus view's tables are read once the window is up, so opening the view does not wait for them.
  const warmTables = setTimeout(() => {
    try {
      corpusTables.warm();
    } catch {
      // Reported by the first corpus-view call instead.
    }
  }, 1500);
  warmTables.unref?.();
  return {
    corpus,
    corpusTables,
    annotations,
    search,
    searchMemory,
    library,
    corrections,
    correctionView: currentCorrections,
    platform: options.platform,
    events,
    log,
    close() {
      clearTimeout(warmTables);
      void library.close();
      annotations.close();
      void search.close();
    },
  };
}

/**
 * What the list of corrections says beside each one: whether its target is in the corpus as it
 * is now (the list shows the others apart), and where that target is — the document of a quote
 * or figure with what extraction gave it, the entity an entity correction is about.
 */
function correctionStatus(services: CoreServices, c: Correction): Omit<CorrectionStatus, keyof Correction> {
  const tables = services.corpusTables;
  const other = c.other ? tables.resolveEntity(c.other) : null;
  const otherName = other === null ? undefined : tables.describe(other)?.name;
  const named = otherName ? { otherName } : {};
  if (c.kind !== 'quote-speaker' && c.kind !== 'figure-claimant') {
    const id = tables.resolveEntity(c.target);
    const entity = id === null ? null : tables.describe(id);
    return { applies: tables.applies(c), ...named, ...(id !== null && entity ? { entity: { id, ...entity } } : {}) };
  }
  const at = parseItemTarget(c.target);
  if (!at || !services.corpus.has(at.documentId)) return { applies: false };
  try {
    const doc = services.corpus.get(at.documentId);
    const document = { id: doc.id, title: doc.title };
    const item =
      c.kind === 'quote-speaker'
        ? doc.quotes.find((q) => q.paragraphId === at.paragraphId && q.start === at.start)
        : doc.figures.find((f) => f.paragraphId === at.paragraphId && f.start === at.start);
    if (!item) return { applies: false, document };
    return { applies: true, document, extracted: 'speaker' in item ? item.speaker : item.claimant };
  } catch {
    return { applies: false };
  }
}

/** The one handler table both hosts bind: Electron's ipcMain and the web host's binding. */
export function createHandlers(services: CoreServices): HandlerTable {
  const corpusHandlers = createCorpusHandlers(services.corpus);
  return {
    ...corpusHandlers,
    // The briefing shows the document as corrected: rejected entities gone, retyped ones moved,
    // merged ones listed once, speakers and claimants as the analyst set them.
    getDocument: async (id) => {
      const doc = await corpusHandlers.getDocument(id);
      const view = services.correctionView();
      // With no entity corrections the corpus tables are not needed (so the first document a
      // window opens does not wait for them): a name's own group id stands for its entity, and
      // a correction made from it is stored under the entity that group is part of (addCorrection).
      const tables = view.rejected.size > 0 || view.retyped.size > 0 || view.merged.size > 0;
      // Ids from the types extraction gave: a retyped entity keeps the id it is corrected by.
      const idOf = (type: EntityType, name: string) => (tables ? services.corpusTables.entityIdFor(type, name) : entityId(type, nameKey(type, name)));
      const entities = doc.entities.map((e) => ({ ...e, corpusId: idOf(e.type, e.name) ?? undefined }));
      return correctDocument({ ...doc, entities }, view);
    },
    ...createAnnotationHandlers(services.annotations),
    ...createExportHandlers(services.corpus, services.annotations.store, services.platform, { corrections: services.corrections }),
    ...createSearchHandlers(services.search),
    ...createSearchExportHandlers(services.search, services.platform),
    ...createLinkHandlers(services.platform),
    ...createCorpusViewHandlers(services.corpusTables),
    ...createSearchMemoryHandlers(services.searchMemory),
    ...createAddDocumentsHandlers(services.library, services.platform),
    ...createCorrectionHandlers(services.corrections, {
      status: (c) => correctionStatus(services, c),
      entityOf: (id) => services.corpusTables.resolveEntity(id),
    }),
  };
}
