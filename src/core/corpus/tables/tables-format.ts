/**
 * The corpus tables as written into the build folder. Rows are tuples, not objects: at
 * 10,000 documents the mention table has ~200,000 rows and keys would double its size.
 * Documents are numbered by their position in documents-index.json.
 */
import type { EntityType } from '../../../shared/corpus';

/** 2: the mention table is one line per entity, read by byte range (EntityTable.mentionRanges). */
export const TABLES_FORMAT = 2;
export const ENTITY_TABLE_FILE = 'corpus-entities.json';
export const MENTION_TABLE_FILE = 'corpus-mentions.jsonl';
export const TIMELINE_TABLE_FILE = 'corpus-timeline.json';

export interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  documentCount: number;
  mentionCount: number;
  aliases: string[];
  /** Flat pairs [entity index, shared documents, ...], most shared first. */
  coOccurring: number[];
}

export interface EntityTable {
  format: number;
  documentIds: string[];
  entities: EntityRow[];
  /** Name groups merged into another entity (merge-aliases.ts): group id ("person:blair") to the entity's index. */
  merged: Record<string, number>;
  /** Flat [byte offset, byte length, ...] of each entity's line in the mention file; set when written. */
  mentionRanges?: number[];
}

/** [document, mentions, local name, paragraph id, start, end, snippet start, snippet] */
export type MentionRow = [number, number, string, string, number, number, number, string];

/** In memory; written as one JSON array of rows per line (corpus-mentions.jsonl), so a selection reads one line. */
export interface MentionTable {
  format: number;
  /** One list per entity (same order as EntityTable.entities), most mentions first. */
  byEntity: MentionRow[][];
}

/** [document, date, end date, text, paragraph id, start, end, snippet start, snippet, entity indices in the paragraph] */
export type EventRow = [number, string, string | null, string, string, number, number, number, string, number[]];

/** [document, text, value, claimant, paragraph id, start, end, snippet start, snippet] */
export type ClaimRow = [number, string, number, string | null, string, number, number, number, string];

export interface ClaimGroupRow {
  subject: string;
  documentCount: number;
  distinctValues: number;
  claims: ClaimRow[];
}

export interface TimelineTable {
  format: number;
  /** Sorted by date, then document. */
  events: EventRow[];
  claims: ClaimGroupRow[];
}

export interface CorpusTables {
  entities: EntityTable;
  mentions: MentionTable;
  timeline: TimelineTable;
  /** What merges and splits need (regroup.ts); absent when read from a build without it. */
  regroup?: RegroupData;
}

/**
 * What regrouping names needs without the documents (regroup.ts): the analyst's merges and
 * splits change which entities there are, and with this table the tables are patched for them
 * in place of a recompute. Optional: a build without it (or of another REGROUP_FORMAT) falls
 * back to computing the tables from its documents when there are merges or splits.
 */
export const REGROUP_FORMAT = 1;
export const REGROUP_TABLE_FILE = 'corpus-regroup.json';
/** One line per name group of a build entity made of several groups (the others' rows are their entity's line). */
export const REGROUP_MENTION_FILE = 'corpus-regroup-mentions.jsonl';
/** One line per claim subject the timeline table leaves out (one document, or past the cut): its first claims. */
export const REGROUP_CLAIM_FILE = 'corpus-regroup-claims.jsonl';

/**
 * A name group before merging (merge-aliases.ts NameGroup), in the order the build met them:
 * [key, type, documents, flat [display name, documents, ...], flat [surface form, mentions, ...], build entity index].
 */
export type GroupRow = [string, EntityType, number, (string | number)[], (string | number)[], number];

export interface RegroupTable {
  format: number;
  groups: GroupRow[];
  /** Per entity (EntityTable.entities order): the group that is its root. */
  rootGroups: number[];
  /** Per document (documentIds order): flat [group, mentions, first paragraph index, first start, ...], entities with mentions in document order. */
  docEntities: number[][];
  /** Per timeline event (TimelineTable.events order): the groups mentioned in its paragraph. */
  eventGroups: number[][];
  /** Flat [byte offset, byte length, ...] per group of its line in REGROUP_MENTION_FILE; -1, -1 for a group alone in its entity. */
  groupRanges?: number[];
  /**
   * Every claim subject (claims.ts) before the cut, in the order first met: [subject, documents,
   * distinct values]. What added documents need to join claims without the bundled documents
   * (added-documents.ts); a build without it computes the tables from all documents instead.
   */
  claimSubjects?: [string, number, number[]][];
  /** Flat [offset, length, ...] per claim subject of its line in REGROUP_CLAIM_FILE; -1, -1 for one the timeline table lists (its claims are there). */
  claimRanges?: number[];
}

/** In memory: the rows of each group of a several-group entity (null for the others), same shape as MentionRow. */
export interface RegroupData {
  table: RegroupTable;
  groupRows: (MentionRow[] | null)[];
  /** Per claim subject (RegroupTable.claimSubjects): its first claims, or null for one the timeline table lists. */
  claimRows: (ClaimRow[] | null)[];
}
