import { randomUUID } from 'node:crypto';
import type { Annotation, AnnotationPatch, NewAnnotation } from '../../../../src/shared/annotations';
import { DossierError } from '../../../../src/shared/result';
import type { AnnotationStore, MergeReport } from '../../../../src/core/annotations/store';

/**
 * Minimal in-memory AnnotationStore for the writers' unit tests (no disk). The import and
 * round-trip tests use the real SQLite store instead.
 */
export function createMemoryStore(initial: readonly Annotation[] = []): AnnotationStore {
  const rows = new Map<string, Annotation>(initial.map((a) => [a.id, structuredClone(a)]));
  const copy = (a: Annotation) => structuredClone(a);
  const get = (id: string) => {
    const a = rows.get(id);
    if (!a) throw new DossierError('not-found', `No annotation ${id}.`);
    return a;
  };
  return {
    list: (filter = {}) =>
      [...rows.values()]
        .filter((a) => filter.documentId === undefined || a.target.documentId === filter.documentId)
        .map(copy),
    get: (id) => (rows.has(id) ? copy(get(id)) : undefined),
    create(input: NewAnnotation) {
      const now = new Date().toISOString();
      const a: Annotation = { id: randomUUID(), created: now, modified: now, target: input.target, note: input.note ?? '', tags: input.tags ?? [], colour: input.colour };
      rows.set(a.id, a);
      return copy(a);
    },
    update(id: string, patch: AnnotationPatch) {
      const a = { ...get(id), ...patch, modified: new Date().toISOString() };
      rows.set(id, a);
      return copy(a);
    },
    delete(id) {
      const a = get(id);
      rows.delete(id);
      return a;
    },
    restore(a) {
      if (rows.has(a.id)) throw new DossierError('conflict', 'exists');
      rows.set(a.id, copy(a));
      return copy(a);
    },
    merge(list): MergeReport {
      const report: MergeReport = { added: 0, updated: 0, skipped: [] };
      for (const a of list) {
        const stored = rows.get(a.id);
        if (!stored) report.added++;
        else if (Date.parse(a.modified) > Date.parse(stored.modified)) report.updated++;
        else {
          report.skipped.push({ id: a.id, reason: 'The stored copy is as new or newer.' });
          continue;
        }
        rows.set(a.id, copy(a));
      }
      return report;
    },
    tags: () => [...new Set([...rows.values()].flatMap((a) => a.tags))].sort(),
    tagCounts: () => [],
    status: () => ({}) as ReturnType<AnnotationStore['status']>,
    restoreBackup: () => {
      throw new Error('The in-memory store keeps no backups.');
    },
    close() {},
  };
}
