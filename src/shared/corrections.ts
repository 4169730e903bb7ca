/**
 * Corrections the analyst makes to extraction. Each names its target by a stable id that a
 * corpus rebuild reproduces (CorpusEntity.id), and is re-applied on top of fresh enrichment.
 */
import type { EntityType } from './corpus';

export type CorrectionKind = 'reject-entity' | 'retype-entity';

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
  id: string;
  created: string;
}

export interface CorrectionStatus extends Correction {
  /** False when the target is no longer in the corpus (the correction is kept, not dropped). */
  applies: boolean;
}
