import type { AnnotationsApi } from '../../shared/api';
import type { AnnotationService } from '../annotations/annotation-service';

/** Payloads arrive parsed by dispatch (annotationsArgs); the service re-checks what IPC cannot know. */
export function createAnnotationHandlers(annotations: AnnotationService): AnnotationsApi {
  return {
    listAnnotations: async (filter) => annotations.list(filter),
    getAnnotation: async (id) => annotations.get(id),
    createAnnotation: async (input) => annotations.create(input),
    updateAnnotation: async (id, patch) => annotations.update(id, patch),
    deleteAnnotation: async (id) => annotations.delete(id),
    restoreAnnotation: async (annotation) => annotations.restore(annotation),
    listTags: async () => annotations.tagCounts(),
    getAnnotationStoreStatus: async () => annotations.status(),
    restoreAnnotationBackup: async (backupPath) => annotations.restoreBackup(backupPath),
  };
}
