/**
 * Corrections the analyst makes to extraction. Each names its target by a stable id that a
 * corpus rebuild reproduces, and is re-applied on top of fresh enrichment:
 * - entity kinds name a corpus entity or name group (CorpusEntity.id, "person:tony blair");
 * - quote and figure kinds name the item by where it starts (itemTarget: document, paragraph
 *   id, offset), all three stable while the paragraph's text is unchanged.
 * They are kept in the annotation database (migration 0004-corrections), at most one of a
 * kind per target: a second retype of the same entity replaces the first.
 */
import type { EntityType } from './corpus';

export type CorrectionKind = 'reject-entity' | 'retype-entity' | 'merge-entity' | 'split-alias' | 'quote-speaker' | 'figure-claimant';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['reject-entity', 'retype-entity', 'merge-entity', 'split-alias', 'quote-speaker', 'figure-claimant'];

/** Kinds whose target is an entity id (the others name a quote or a figure). */
export const ENTITY_KINDS: readonly CorrectionKind[] = ['reject-entity', 'retype-entity', 'merge-entity', 'split-alias'];

export interface CorrectionInput {
  kind: CorrectionKind;
  /**
   * reject, retype, merge: the entity (CorpusEntity.id). split-alias: the name group split off
   * ("person:blair", one of the entity's merged names). quote-speaker, figure-claimant: itemTarget().
   */
  target: string;
  /** The new type, for 'retype-entity'. */
  type?: EntityType;
  /** 'merge-entity': the entity the target joins. 'split-alias': the entity it is split from. */
  other?: string;
  /** 'quote-speaker': the speaker; 'figure-claimant': the claimant. null: unattributed. */
  attribution?: string | null;
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
  /** For merge and split: how `other` is listed now ("George W Bush"), when it is in the corpus. */
  otherName?: string;
  /** Quotes and figures: the document they are in, when it is in the corpus (the list opens it there). */
  document?: { id: string; title: string };
  /** Quotes and figures: the speaker or claimant extraction gave (null: none), when the item is found. */
  extracted?: string | null;
  /** Entity kinds: the entity the target is (part of) now, as listed, when it is listed. */
  entity?: { id: string; name: string; type: EntityType };
}

/**
 * The correction itself, without what the list says beside it: restoring one (Undo of a Take
 * back) sends exactly the stored fields, which the contract's strict schema checks.
 */
export function storedCorrection(c: Correction): Correction {
  const { id, created, kind, target, label, type, other, attribution } = c;
  return {
    id,
    created,
    kind,
    target,
    label,
    ...(type !== undefined ? { type } : {}),
    ...(other !== undefined ? { other } : {}),
    ...(attribution !== undefined ? { attribution } : {}),
  };
}

/** What adding or restoring a correction did: the one it put in, and the one of the same kind and target it replaced. */
export interface CorrectionChange {
  correction: Correction;
  replaced: Correction | null;
}

/** Most corrections one database keeps (far beyond an analyst's; bounds an import). */
export const MAX_CORRECTIONS = 20_000;

/** A quote's or figure's stable target: "documentId#paragraphId@start". */
export function itemTarget(documentId: string, paragraphId: string, start: number): string {
  return `${documentId}#${paragraphId}@${start}`;
}

/** The parts of an itemTarget, or null. Document ids may hold '#', so the last one separates. */
export function parseItemTarget(target: string): { documentId: string; paragraphId: string; start: number } | null {
  const at = target.lastIndexOf('@');
  const hash = target.lastIndexOf('#', at);
  if (hash <= 0 || at <= hash + 1 || !/^\d+$/u.test(target.slice(at + 1))) return null;
  return { documentId: target.slice(0, hash), paragraphId: target.slice(hash + 1, at), start: Number(target.slice(at + 1)) };
}

const TYPE_WORD: Record<EntityType, string> = { person: 'person', organization: 'organisation', place: 'place' };

/**
 * What a correction does, in words, for the list of corrections and the exports: "Merged into
 * George W Bush". `otherName` is how the other entity is listed now; without it, its id's name part.
 */
export function describeCorrection(c: Pick<CorrectionStatus, 'kind' | 'type' | 'other' | 'attribution'> & { otherName?: string }): string {
  const other = c.otherName ?? (c.other ? c.other.slice(c.other.indexOf(':') + 1) : '?');
  switch (c.kind) {
    case 'reject-entity':
      return 'Rejected: not an entity';
    case 'retype-entity':
      return `Type changed to ${c.type ? TYPE_WORD[c.type] : '?'}`;
    case 'merge-entity':
      return `Merged into ${other}`;
    case 'split-alias':
      return `Split off ${other}`;
    case 'quote-speaker':
      return c.attribution ? `Quote said by ${c.attribution}` : 'Quote left unattributed';
    case 'figure-claimant':
      return c.attribution ? `Figure claimed by ${c.attribution}` : 'Figure left unattributed';
  }
}
