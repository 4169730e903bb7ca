import type { Correction } from '../../shared/corrections';
import type { CorpusTablesService } from '../corpus/tables/corpus-tables-service';
import type { EntityCorrection } from '../search/entity-corrections';
import type { CorrectionView } from './correction-view';

type Tables = Pick<CorpusTablesService, 'resolveEntity' | 'describe' | 'keysOf'>;

/**
 * The corrections as search applies them (entity-corrections.ts): every name key of each
 * corrected entity, with its new type or null (rejected).
 *
 * A merge makes one entity of two, so search treats the merged entity's names as one set:
 * after "merge X into Y", every document naming any of its forms — Y's, X's, and the aliases
 * the rules had folded into either ("Mr Blair" into "Tony Blair") — answers to Y's name and to
 * X's. person:"Y" then finds the stories that only said "Mr X", and person:"X" finds Y's
 * stories too, as it would for any other name of one person. A split name is no longer one of
 * the entity's keys (the tables say so), so it is left out.
 */
export function searchCorrections(list: readonly Correction[], view: CorrectionView, tables: Tables): EntityCorrection[] {
  const byKey = new Map<string, EntityCorrection>();
  // The merged entity (as it resolves now) → the names it answers to: its own and each one merged in.
  const names = new Map<string, Set<string>>();
  // The list is newest first: the oldest merge's names come first.
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i]!;
    if (c.kind !== 'merge-entity' || !c.other) continue;
    const root = tables.resolveEntity(c.target);
    // Not applied (the target is gone or was split off again): search is left as extracted.
    if (root === null || root !== tables.resolveEntity(c.other)) continue;
    const into = tables.describe(root);
    if (!into) continue;
    const set = names.get(root) ?? new Set([into.name]);
    set.add(c.label);
    names.set(root, set);
  }
  for (const [root, set] of names) {
    const type = tables.describe(root)!.type;
    const alsoNamed = [...set];
    for (const key of tables.keysOf(root)) byKey.set(key, { key, type, alsoNamed });
  }
  for (const [id, type] of view.retyped) for (const key of tables.keysOf(id)) byKey.set(key, { ...byKey.get(key), key, type });
  for (const id of view.rejected) for (const key of tables.keysOf(id)) byKey.set(key, { key, type: null });
  return [...byKey.values()];
}
