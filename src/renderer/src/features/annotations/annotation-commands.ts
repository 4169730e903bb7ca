import type { Annotation, AnnotationPatch, AnchoredAnnotation, NewAnnotation } from '../../../../shared/annotations';
import type { AnnotationsApi } from '../../../../shared/api/annotations';
import type { ExportApi, ImportReport } from '../../../../shared/api/export';
import type { Command } from './undo-stack';

type Api = Pick<AnnotationsApi, 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation' | 'restoreAnnotation'>;

/**
 * The three changes as undoable commands, after the recipe in src/shared/api/annotations.ts:
 * create ↔ delete/restore, update ↔ update with the old values, delete ↔ restore.
 * `onCreated` hands the new annotation to the UI (to open it for editing).
 */
export function createCommand(api: Api, input: NewAnnotation, onCreated?: (a: AnchoredAnnotation) => void): Command {
  let removed: Annotation | null = null;
  let id: string | null = null;
  return {
    label: 'Add highlight',
    async run() {
      const created = await api.createAnnotation(input);
      id = created.id;
      onCreated?.(created);
    },
    async undo() {
      removed = await api.deleteAnnotation(id!);
    },
    async redo() {
      await api.restoreAnnotation(removed!);
    },
  };
}

/** The fields of `before` a patch changes, so undo puts exactly those back. */
export function inversePatch(before: Pick<Annotation, 'note' | 'tags' | 'colour'>, patch: AnnotationPatch): AnnotationPatch {
  const inverse: AnnotationPatch = {};
  if (patch.note !== undefined) inverse.note = before.note;
  if (patch.tags !== undefined) inverse.tags = [...before.tags];
  if (patch.colour !== undefined) inverse.colour = before.colour;
  return inverse;
}

/** Only what differs from the annotation; empty when nothing changed. */
export function patchBetween(before: Pick<Annotation, 'note' | 'tags' | 'colour'>, after: Pick<Annotation, 'note' | 'tags' | 'colour'>): AnnotationPatch {
  const patch: AnnotationPatch = {};
  if (after.note !== before.note) patch.note = after.note;
  if (after.tags.length !== before.tags.length || after.tags.some((t, i) => t !== before.tags[i])) patch.tags = [...after.tags];
  if (after.colour !== before.colour) patch.colour = after.colour;
  return patch;
}

export function updateCommand(api: Api, before: Annotation, patch: AnnotationPatch): Command {
  const inverse = inversePatch(before, patch);
  return {
    label: 'Edit annotation',
    run: async () => void (await api.updateAnnotation(before.id, patch)),
    undo: async () => void (await api.updateAnnotation(before.id, inverse)),
  };
}

/** Deletes one or several annotations; undo restores each exactly (same id, dates, note). */
export function deleteCommand(api: Api, ids: readonly string[]): Command {
  let removed: Annotation[] = [];
  return {
    label: ids.length === 1 ? 'Delete annotation' : `Delete ${ids.length} annotations`,
    async run() {
      removed = [];
      try {
        for (const id of ids) removed.push(await api.deleteAnnotation(id));
      } catch (error) {
        // Half done: put back what was deleted so the command stays all-or-nothing.
        for (const a of removed.reverse()) await api.restoreAnnotation(a).catch(() => undefined);
        removed = [];
        throw error;
      }
    },
    async undo() {
      for (const a of removed) await api.restoreAnnotation(a);
    },
  };
}

/**
 * An import already made, as an undoable command: undo deletes what it added and puts back
 * what it replaced; redo imports the same file again (newer wins, so it lands the same way).
 */
export function importCommand(api: Api & Pick<ExportApi, 'importAnnotations'>, fileText: string, report: ImportReport, fileName: string): Command {
  let changes = report.changes;
  return {
    label: `Import ${fileName}`,
    run: async () => {
      changes = (await api.importAnnotations(fileText)).changes;
    },
    async undo() {
      for (const id of changes.added) await api.deleteAnnotation(id);
      for (const previous of changes.replaced) {
        await api.deleteAnnotation(previous.id);
        await api.restoreAnnotation(previous);
      }
    },
  };
}
