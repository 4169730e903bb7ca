import { z } from 'zod';
import type { Correction, CorrectionChange, CorrectionInput, CorrectionStatus } from '../corrections';
import { storable } from './annotations';
import type { ArgSchemas } from './contract';

/**
 * Corrections to extraction (issue 10): reject an entity, change its type, merge it into
 * another, split a merged name off it, reassign a quote's speaker, set or clear a figure's
 * claimant. Stored in the annotation database; every change is one committed transaction when its promise resolves
 * (`storage` if it could not be saved). They apply to every answer about the corpus (the
 * briefing, the corpus view, person:/org:/place: search, exports) and survive a rebuild:
 * targets are stable ids (entities; quotes and figures by document, paragraph and offset),
 * and one whose target has gone is listed with `applies: false`, never dropped.
 *
 * Undo, as for annotations: undo an add by removing what it added and restoring what it
 * replaced; redo it, or undo a removal, by restoring the correction (same id and date).
 */
export interface CorrectionsApi {
  /** Every correction, newest first, each saying whether its target is still in the corpus. */
  listCorrections(): Promise<CorrectionStatus[]>;
  /** Adds one; a correction of the same kind and target is replaced (and returned, for undo). */
  addCorrection(input: CorrectionInput): Promise<CorrectionChange>;
  /** Removes one and returns it whole; `not-found` for an unknown id. */
  removeCorrection(id: string): Promise<Correction>;
  /** Puts a correction back exactly (undo of remove, redo of add), replacing one of the same kind and target. */
  restoreCorrection(correction: Correction): Promise<CorrectionChange>;
}

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu, 'A correction id is a UUID.');

/** Entity ids are "type:folded name" (core/corpus/tables/entity-names.ts). */
const entityTarget = z
  .string()
  .min(3, 'A correction names its target.')
  .max(600, 'A correction target is at most 600 characters.')
  .regex(/^(?:person|organization|place):./u, 'A correction target is an entity id ("person:…", "organization:…", "place:…").')
  .refine(...storable('The target'));

/** A quote or figure: "documentId#paragraphId@start" (shared/corrections.ts itemTarget). */
const itemTarget = z
  .string()
  .max(1200, 'A correction target is at most 1,200 characters.')
  .regex(/^.+#[^#@]+@\d{1,9}$/u, 'A quote or figure is named "document#paragraph@offset".')
  .refine(...storable('The target'));

const label = z
  .string()
  .max(300, 'A correction label is at most 300 characters.')
  .refine(...storable('The label'));

/** A speaker or claimant as the analyst writes it; null: unattributed. */
const attribution = z
  .string()
  .trim()
  .min(1, 'A name is needed; clear it to leave the item unattributed.')
  .max(200, 'A name is at most 200 characters.')
  .refine(...storable('The name'))
  .nullable();

const entityType = z.enum(['person', 'organization', 'place'], 'The type is person, organization or place.');

const reject = z.strictObject({ kind: z.literal('reject-entity'), target: entityTarget, label });
const retype = z.strictObject({ kind: z.literal('retype-entity'), target: entityTarget, type: entityType, label });
// Merging an entity into itself is refused by the store (a refinement here would stop .extend).
const merge = z.strictObject({ kind: z.literal('merge-entity'), target: entityTarget, other: entityTarget, label });
const split = z.strictObject({ kind: z.literal('split-alias'), target: entityTarget, other: entityTarget, label });
const speaker = z.strictObject({ kind: z.literal('quote-speaker'), target: itemTarget, attribution, label });
const claimant = z.strictObject({ kind: z.literal('figure-claimant'), target: itemTarget, attribution, label });
const KINDS_MESSAGE = 'A correction is reject-entity, retype-entity, merge-entity, split-alias, quote-speaker or figure-claimant.';

export const correctionInputSchema: z.ZodType<CorrectionInput> = z.discriminatedUnion('kind', [reject, retype, merge, split, speaker, claimant], {
  error: KINDS_MESSAGE,
});

const created = z.iso.datetime({ message: 'created is an ISO 8601 UTC date.' });
const stored = { id: uuid, created };

export const correctionSchema: z.ZodType<Correction> = z.discriminatedUnion(
  'kind',
  [reject.extend(stored), retype.extend(stored), merge.extend(stored), split.extend(stored), speaker.extend(stored), claimant.extend(stored)],
  { error: KINDS_MESSAGE },
);

export const correctionIdSchema = uuid;

export const correctionsArgs = {
  listCorrections: z.tuple([]),
  addCorrection: z.tuple([correctionInputSchema]),
  removeCorrection: z.tuple([correctionIdSchema]),
  restoreCorrection: z.tuple([correctionSchema]),
} satisfies ArgSchemas<CorrectionsApi>;
