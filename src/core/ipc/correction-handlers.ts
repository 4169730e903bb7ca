import type { CorrectionsApi } from '../../shared/api';
import type { CorrectionStore } from '../corrections/correction-store';

/** Corrections (issue 10); payloads arrive parsed by dispatch (correctionsArgs). */
export function createCorrectionHandlers(store: CorrectionStore, applies: (target: string) => boolean): CorrectionsApi {
  return {
    listCorrections: async () => store.list().map((c) => ({ ...c, applies: applies(c.target) })),
    addCorrection: async (input) => store.add(input),
    removeCorrection: async (id) => store.remove(id),
    restoreCorrection: async (correction) => store.restore(correction),
  };
}
