import { createExportService, type ExportService } from '../../../../src/core/export/export-service';
import type { PlatformServices } from '../../../../src/core/platform';
import type { AnnotationStore } from '../../../../src/core/annotations/store';
import type { Annotation } from '../../../../src/shared/annotations';
import { FIXED_NOW, fixedIds, fixtureCorpus, FIXTURE_ANNOTATIONS, LOST_DOC_ANNOTATION } from './fixtures';
import { createMemoryStore } from './memory-store';

/** The export service over the fixture corpus, a memory store and fixed clock/ids. */
export function fixtureService(
  options: { annotations?: readonly Annotation[]; store?: AnnotationStore; platform?: PlatformServices } = {},
): { service: ExportService; store: AnnotationStore } {
  const store = options.store ?? createMemoryStore(options.annotations ?? [...FIXTURE_ANNOTATIONS, LOST_DOC_ANNOTATION]);
  const service = createExportService({
    corpus: fixtureCorpus(),
    store,
    platform: options.platform ?? { name: 'web' },
    now: () => FIXED_NOW,
    randomId: fixedIds(),
  });
  return { service, store };
}
