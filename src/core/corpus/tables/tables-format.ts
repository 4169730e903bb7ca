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
}
