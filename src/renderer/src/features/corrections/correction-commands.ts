import type { CorrectionsApi } from '../../../../shared/api';
import { storedCorrection, type Correction, type CorrectionInput } from '../../../../shared/corrections';
import type { Command } from '../annotations/undo-stack';

/**
 * Corrections as undoable commands on the notes' undo stack (one Ctrl+Z for both), after the
 * recipe in src/shared/api/corrections.ts. `changed` refreshes what shows the corpus.
 */
export function addCorrectionCommand(api: CorrectionsApi, input: CorrectionInput, label: string, changed: () => Promise<void>): Command {
  let added: Correction | null = null;
  let replaced: Correction | null = null;
  return {
    label,
    async run() {
      const change = await api.addCorrection(input);
      added = change.correction;
      replaced = change.replaced;
      await changed();
    },
    async undo() {
      if (added) await api.removeCorrection(added.id);
      if (replaced) await api.restoreCorrection(replaced);
      await changed();
    },
    async redo() {
      if (added) await api.restoreCorrection(added);
      await changed();
    },
  };
}

/**
 * Takes a correction back; undo puts it back whole (same id and date). A correction from the
 * list carries its status beside it (applies, document…): undo restores the stored fields only.
 */
export function removeCorrectionCommand(api: CorrectionsApi, listed: Correction, label: string, changed: () => Promise<void>): Command {
  const correction = storedCorrection(listed);
  return {
    label,
    async run() {
      await api.removeCorrection(correction.id);
      await changed();
    },
    async undo() {
      await api.restoreCorrection(correction);
      await changed();
    },
  };
}
