import type { EntityType, ProcessedDocument } from '../../shared/corpus';
import type { Correction } from '../../shared/corrections';

/** Corrections indexed for applying: which entities are rejected, which retyped. */
export interface CorrectionView {
  rejected: ReadonlySet<string>;
  retyped: ReadonlyMap<string, EntityType>;
}

export const NO_CORRECTIONS: CorrectionView = { rejected: new Set(), retyped: new Map() };

/**
 * `resolve` maps a stored target to the entity it names in the current corpus: itself, the
 * entity a rebuild merged it into, or null when it has gone (then it applies to nothing, and
 * the list of corrections says so).
 */
export function correctionView(corrections: readonly Correction[], resolve: (id: string) => string | null = (id) => id): CorrectionView {
  if (corrections.length === 0) return NO_CORRECTIONS;
  const rejected = new Set<string>();
  const retyped = new Map<string, EntityType>();
  for (const c of corrections) {
    const id = resolve(c.target);
    if (id === null) continue;
    if (c.kind === 'reject-entity') rejected.add(id);
    else if (c.kind === 'retype-entity' && c.type) retyped.set(id, c.type);
  }
  return { rejected, retyped };
}

/**
 * The document as the analyst corrected it: rejected entities gone from its briefing, retyped
 * ones under their new type. `idOf` maps a document's own entity to its corpus entity id.
 */
export function correctDocument(doc: ProcessedDocument, view: CorrectionView, idOf: (type: EntityType, name: string) => string | null): ProcessedDocument {
  if (view.rejected.size === 0 && view.retyped.size === 0) return doc;
  let changed = false;
  const entities = doc.entities.flatMap((e) => {
    const id = idOf(e.type, e.name);
    if (id === null) return [e];
    if (view.rejected.has(id)) {
      changed = true;
      return [];
    }
    const type = view.retyped.get(id);
    if (type && type !== e.type) {
      changed = true;
      return [{ ...e, type }];
    }
    return [e];
  });
  return changed ? { ...doc, entities } : doc;
}
