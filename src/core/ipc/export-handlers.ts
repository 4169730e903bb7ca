import type { ExportApi } from '../../shared/api';
import type { AnnotationStore } from '../annotations/store';
import type { CorpusService } from '../corpus/corpus-service';
import { createExportService, type ExportServiceDeps } from '../export/export-service';
import type { PlatformServices } from '../platform';

/** Export/import calls (issue 6); payloads were already parsed with exportArgs by dispatch. */
export function createExportHandlers(
  corpus: CorpusService,
  store: AnnotationStore,
  platform: PlatformServices,
  options: Pick<ExportServiceDeps, 'now' | 'randomId' | 'corrections'> = {},
): ExportApi {
  const service = createExportService({ corpus, store, platform, ...options });
  return {
    exportAnnotations: (request) => service.exportFile(request),
    saveExport: (request) => service.save(request),
    getExportCapabilities: async () => service.capabilities(),
    importAnnotations: async (fileText) => service.importText(fileText),
  };
}
