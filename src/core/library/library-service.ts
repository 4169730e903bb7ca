import { availableParallelism } from 'node:os';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AddDocumentsApi, AddFileInput, AddOptions, AddStatus, RemovedDocument, UserDocumentInfo } from '../../shared/api/add-documents';
import { DossierError } from '../../shared/result';
import type { AnnotationService } from '../annotations/annotation-service';
import { DocumentWorkerPool } from '../corpus/worker-pool';
import type { PlatformServices } from '../platform';
import type { SearchService } from '../search/search-service';
import { AddQueue, type QueuedFile } from './add-queue';
import type { UserLibrary } from './user-library';

/** One pathological file may take this long before it fails and the queue moves on. */
export const DOCUMENT_TIME_LIMIT_MS = 60_000;

export interface LibraryService {
  queue: AddQueue;
  library: UserLibrary;
  addFiles(files: AddFileInput[], options: AddOptions): AddStatus;
  addPaths(paths: string[], options: AddOptions): AddStatus;
  listUserDocuments(): UserDocumentInfo[];
  remove(id: string): RemovedDocument;
  restore(id: string): UserDocumentInfo;
  close(): Promise<void>;
}

export interface LibraryServiceDeps {
  library: UserLibrary;
  search: Pick<SearchService, 'updateUserDocuments'>;
  annotations: Pick<AnnotationService, 'list'>;
  /** Status changes, for the addStatus event. */
  changed?: (status: AddStatus) => void;
  /** Per-document time limit (tests shorten it). */
  timeLimitMs?: number;
}

export function createLibraryService(deps: LibraryServiceDeps): LibraryService {
  const { library } = deps;
  // Heavy files (a 100 MB PDF) get a roomy heap, but a runaway one dies alone, not the app.
  const pool = new DocumentWorkerPool({
    workerCount: Math.min(2, Math.max(1, availableParallelism() - 1)),
    documentTimeLimitMs: deps.timeLimitMs ?? DOCUMENT_TIME_LIMIT_MS,
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  const queue = new AddQueue({
    library,
    process: (raw, onOcrPage) => pool.process(raw, onOcrPage),
    interrupt: (message) => pool.interrupt(message),
    indexed: (doc) => deps.search.updateUserDocuments([doc], []),
    unplacedNotes: (documentId) =>
      deps.annotations
        .list({ documentId })
        .filter((a) => a.anchor === null)
        .map((a) => ({ id: a.id, quote: a.target.quote.exact })),
    changed: deps.changed,
  });
  const notes = (id: string) => deps.annotations.list({ documentId: id }).length;

  return {
    queue,
    library,
    addFiles(files, options) {
      const queued: QueuedFile[] = files.map((f) => ({
        name: f.name,
        size: f.size,
        bytes: f.dataBase64 === null ? null : () => Buffer.from(f.dataBase64!, 'base64'),
        path: null,
        keepCopy: true,
      }));
      void options;
      return queue.add(queued);
    },
    addPaths(paths, options) {
      const files = paths.flatMap((path) => filesUnder(path));
      return queue.add(files.map((path) => ({ name: basename(path), size: 0, bytes: null, path, keepCopy: options.keepCopies })));
    },
    listUserDocuments: () => library.active().map((e) => library.info(e)),
    remove(id) {
      const entry = library.entry(id);
      if (!entry || entry.removedAt !== null) throw new DossierError('not-found', 'This document is not in your library (it may have been removed already).');
      const annotationCount = notes(id);
      library.setRemoved(id, true);
      deps.search.updateUserDocuments([], [id]);
      queue.touch();
      return { id, title: entry.title, annotationCount };
    },
    restore(id) {
      const entry = library.entry(id);
      if (!entry) throw new DossierError('not-found', 'This document is not in your library.');
      const restored = library.setRemoved(id, false);
      deps.search.updateUserDocuments([library.get(id)], []);
      queue.touch();
      return library.info(restored);
    },
    close: () => pool.close(),
  };
}

/** A chosen path, or every file under a chosen folder (hidden entries skipped), sorted. */
function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(p);
    }
  };
  walk(path);
  return out;
}

export function createAddDocumentsHandlers(service: LibraryService, platform: PlatformServices): { [K in keyof AddDocumentsApi]: (...args: Parameters<AddDocumentsApi[K]>) => Awaited<ReturnType<AddDocumentsApi[K]>> | ReturnType<AddDocumentsApi[K]> } {
  return {
    addDocuments: (files, options) => service.addFiles(files, options),
    async chooseDocumentsToAdd(options) {
      if (!platform.chooseFiles) throw new DossierError('unavailable', 'This host has no file dialog; use the file picker or drop files on the window.');
      const paths = await platform.chooseFiles();
      return paths.length ? service.addPaths(paths, options) : service.queue.status();
    },
    getAddStatus: () => service.queue.status(),
    cancelAdding: () => service.queue.cancel(),
    listUserDocuments: () => service.listUserDocuments(),
    removeUserDocument: (id) => service.remove(id),
    restoreUserDocument: (id) => service.restore(id),
  };
}
