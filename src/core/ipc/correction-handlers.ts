import type { CorrectionsApi } from '../../shared/api';
import type { Correction, CorrectionStatus } from '../../shared/corrections';
import type { CorrectionStore } from '../corrections/correction-store';

export interface CorrectionHandlerDeps {
  /** What the list says of each correction beside itself: whether it applies now, the other entity's name. */
  status: (correction: Correction) => Omit<CorrectionStatus, keyof Correction>;
  /** The entity a name group is part of now (CorpusTablesService.resolveEntity); default: itself. */
  entityOf?: (id: string) => string | null;
}

/**
 * Corrections (issue 10); payloads arrive parsed by dispatch (correctionsArgs). A reject or
 * retype is stored under the entity its target is part of: the briefing names an entity by its
 * own name group ("person:blair" in a story that only says "Mr Blair") when no correction needs
 * the tables yet, and one entity must have one correction of a kind, not one per alias.
 */
export function createCorrectionHandlers(store: CorrectionStore, deps: CorrectionHandlerDeps): CorrectionsApi {
  const canonical = (input: Parameters<CorrectionsApi['addCorrection']>[0]) => {
    if (input.kind !== 'reject-entity' && input.kind !== 'retype-entity') return input;
    const id = deps.entityOf?.(input.target) ?? null;
    return id === null || id === input.target ? input : { ...input, target: id };
  };
  return {
    listCorrections: async () => store.list().map((c) => ({ ...c, ...deps.status(c) })),
    addCorrection: async (input) => store.add(canonical(input)),
    removeCorrection: async (id) => store.remove(id),
    restoreCorrection: async (correction) => store.restore(correction),
  };
}
