import { join } from 'node:path';
import type { HandlerTable } from '../shared/api';
import {
  annotationsDatabasePath,
  createAnnotationService,
  type AnnotationService,
} from './annotations/annotation-service';
import { openAnnotationStore } from './annotations/sqlite/sqlite-store';
import type { CorpusService } from './corpus/corpus-service';
import { loadCorpus } from './corpus/load-corpus';
import { createAnnotationHandlers } from './ipc/annotation-handlers';
import { createCorpusHandlers } from './ipc/corpus-handlers';
import { createExportHandlers } from './ipc/export-handlers';
import type { PlatformServices } from './platform';

export interface CoreOptions {
  /** The app's resources folder (bundled corpus sources and build). */
  resourcesDir: string;
  /** Per-user writable folder (annotations database). */
  userDataDir: string;
  platform: PlatformServices;
}

/** Everything the handler table runs on. Each feature adds its service here. */
export interface CoreServices {
  corpus: CorpusService;
  annotations: AnnotationService;
  platform: PlatformServices;
  close(): void;
}

export function corpusPaths(resourcesDir: string) {
  return { sourceDir: join(resourcesDir, 'corpus'), buildDir: join(resourcesDir, 'corpus-build') };
}

export async function createCoreServices(options: CoreOptions): Promise<CoreServices> {
  const corpus = loadCorpus(corpusPaths(options.resourcesDir));
  const annotations = createAnnotationService(
    openAnnotationStore({ path: annotationsDatabasePath(options.userDataDir) }),
    corpus,
  );
  return {
    corpus,
    annotations,
    platform: options.platform,
    close() {
      annotations.close();
    },
  };
}

/** The one handler table both hosts bind: Electron's ipcMain and the web host's binding. */
export function createHandlers(services: CoreServices): HandlerTable {
  return {
    ...createCorpusHandlers(services.corpus),
    ...createAnnotationHandlers(services.annotations),
    ...createExportHandlers(services.corpus, services.annotations.store, services.platform),
  };
}
