/**
 * Cross-document tables computed when the corpus is built (src/core/corpus/tables/) and served
 * to the corpus view: an entity index with aliases merged across documents, co-occurrence,
 * a timeline and claims. Nothing here is computed by scanning documents when the view opens.
 */
import type { EntityType } from './corpus';

/** Stable across rebuilds while the entity's canonical name does not change: "person:tony blair". */
export type CorpusEntityId = string;

export interface CorpusEntity {
  id: CorpusEntityId;
  name: string;
  type: EntityType;
  documentCount: number;
  mentionCount: number;
  /** Other forms merged into this entity, most frequent first ("Blair", "Mr Blair"). */
  aliases: string[];
}

/** Where an entity is first mentioned in one document. */
export interface EntityDocument {
  documentId: string;
  title: string;
  source: string | null;
  published: string | null;
  mentionCount: number;
  /** The name the document's own briefing uses (to highlight and walk its mentions). */
  localName: string;
  paragraphId: string;
  start: number;
  end: number;
  /** Text around the first mention; `snippetStart` is its offset in the paragraph. */
  snippet: string;
  snippetStart: number;
}

export interface CoOccurrence {
  entity: CorpusEntity;
  sharedDocuments: number;
}

/** A name group that counts as part of another entity: merged by the alias rules or by a correction. */
export interface MergedName {
  /** The group's own id ("person:blair"): what a split-alias correction names. */
  id: CorpusEntityId;
  /** How it is written ("Blair"). */
  name: string;
}

export interface CorpusEntityDetail {
  entity: CorpusEntity;
  /** The names merged into it, each of which can be split off. */
  mergedNames: MergedName[];
  documents: EntityDocument[];
  /** Documents beyond `documents` (the list is capped). */
  moreDocuments: number;
  coOccurring: CoOccurrence[];
}

export type EntitySort = 'documents' | 'mentions' | 'name';

export interface EntityQuery {
  type?: EntityType | null;
  /** Matches name or any alias, case- and accent-insensitive. */
  filter?: string;
  sort?: EntitySort;
  limit?: number;
}

export interface EntityPage {
  total: number;
  entities: CorpusEntity[];
}

export interface TimelineEvent {
  documentId: string;
  title: string;
  source: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  endDate: string | null;
  text: string;
  paragraphId: string;
  start: number;
  end: number;
  snippet: string;
  snippetStart: number;
}

export interface TimelineQuery {
  entityId?: CorpusEntityId | null;
  source?: string | null;
  /** Inclusive bounds on the event's date (any precision, compared as prefixes). */
  from?: string | null;
  to?: string | null;
  limit?: number;
}

export interface TimelineBucket {
  /** Year ("2004") or month ("2004-03"). */
  key: string;
  count: number;
}

export interface TimelinePage {
  total: number;
  events: TimelineEvent[];
  /** Events per year over the filtered set (before from/to), for the chart's overview. */
  histogram: TimelineBucket[];
  /** Events per month, of events dated to a month or day, over the same set. */
  months: TimelineBucket[];
  sources: string[];
}

export interface Claim {
  documentId: string;
  title: string;
  source: string | null;
  published: string | null;
  text: string;
  value: number;
  claimant: string | null;
  paragraphId: string;
  start: number;
  end: number;
  snippet: string;
  snippetStart: number;
}

/** Figures about the same subject from two or more documents. */
export interface ClaimGroup {
  subject: string;
  documentCount: number;
  /** Distinct values claimed: more than one means the sources disagree. */
  distinctValues: number;
  claims: Claim[];
}

export interface ClaimQuery {
  filter?: string;
  limit?: number;
}

export interface ClaimPage {
  total: number;
  groups: ClaimGroup[];
}
