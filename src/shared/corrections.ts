/**
 * Corrections the analyst makes to extraction. Each names its target by a stable id that a
 * corpus rebuild reproduces (CorpusEntity.id), and is re-applied on top of fresh enrichment.
 * They are kept in the annotation database (migration 0004-corrections), at most one of a
 * kind per target: a second retype of the same entity replaces the first.
 */
import type { EntityType } from './corpus';

export type CorrectionKind = 'reject-entity' | 'retype-entity';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['reject-entity', 'retype-entity'];

export interface CorrectionInput {
  kind: CorrectionKind;
  /** CorpusEntity.id. */
  target: string;
  /** The new type, for 'retype-entity'. */
  type?: EntityType;
  /** What the target was called when corrected, to list it even once it has gone. */
  label: string;
}

export interface Correction extends CorrectionInput {
  /** UUID. */
  id: string;
  /** ISO 8601 UTC. */
  created: string;
}

export interface CorrectionStatus extends Correction {
  /** False when the target is no longer in the corpus (the correction is kept, not dropped). */
  applies: boolean;
}

/** What adding or restoring a correction did: the one it put in, and the one of the same kind and target it replaced. */
export interface CorrectionChange {
  correction: Correction;
  replaced: Correction | null;
}

/** Most corrections one database keeps (far beyond an analyst's; bounds an import). */
export const MAX_CORRECTIONS = 20_000;
