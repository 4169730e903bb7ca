/**
 * Answers the corpus view from the tables written at build time (tables-format.ts). Each table
 * file is read on first use and kept; every query is a scan or lookup over in-memory rows,
 * never over documents. A corpus without tables (an older build, or the in-memory fallback)
 * gets them computed once from its documents instead.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary } from '../../../shared/corpus';
import type {
  Claim,
  ClaimPage,
  ClaimQuery,
  CorpusEntity,
  CorpusEntityDetail,
  EntityPage,
  EntityQuery,
  TimelineEvent,
  TimelinePage,
  TimelineQuery,
} from '../../../shared/corpus-tables';
import { DossierError } from '../../../shared/result';
import type { EntityType } from '../../../shared/corpus';
import { itemTarget, type Correction } from '../../../shared/corrections';
import { NO_CORRECTIONS, type CorrectionView } from '../../corrections/correction-view';
import type { CorpusService } from '../corpus-service';
import { isFileRecord, MANIFEST_FILE, type CorpusManifest } from '../manifest';
import { buildCorpusTables } from './build-tables';
import { entityId, foldName, nameKey } from './entity-names';
import {
  ENTITY_TABLE_FILE,
  MENTION_TABLE_FILE,
  REGROUP_CLAIM_FILE,
  REGROUP_FORMAT,
  REGROUP_MENTION_FILE,
  REGROUP_TABLE_FILE,
  TABLES_FORMAT,
  TIMELINE_TABLE_FILE,
  type ClaimRow,
  type CorpusTables,
  type EntityRow,
  type EntityTable,
  type EventRow,
  type MentionRow,
  type RegroupTable,
  type TimelineTable,
} from './tables-format';
import type { RegroupBase } from './regroup';

export const DEFAULT_ENTITY_LIMIT = 300;
export const DOCUMENTS_PER_ENTITY = 500;
export const DEFAULT_EVENT_LIMIT = 400;
export const DEFAULT_CLAIM_LIMIT = 100;

export interface CorpusTablesService {
  entities(query: EntityQuery): EntityPage;
  entity(id: string): CorpusEntityDetail;
  documentIdsOf(id: string): string[];
  timeline(query: TimelineQuery): TimelinePage;
  claims(query: ClaimQuery): ClaimPage;
  /** The corpus entity a document's own entity belongs to, or null (not in the tables). */
  entityIdFor(type: EntityType, name: string): string | null;
  /** Whether an entity id is in the tables (a correction's target may have gone). */
  hasEntity(id: string): boolean;
  /** The entity an id names now: itself, the entity a build merged it into, or null (gone). */
  resolveEntity(id: string): string | null;
  /**
   * Every document-level name key that makes up an entity: its own id and those of the name
   * groups merged into it ("person:blair" in "person:tony blair"); search applies corrections by them.
   */
  keysOf(id: string): string[];
  /** Every name key merged into another entity, with that entity's id: the search facet counts by them. */
  aliases(): [string, string][];
  /** An entity's name and type as listed (corrections applied), or null when unknown or rejected. */
  describe(id: string): { name: string; type: EntityType } | null;
  /** Whether a correction does something to the corpus as it is now (the list shows the others apart). */
  applies(correction: Correction): boolean;
  /** Reads the entity and timeline tables and folds names for filtering, ahead of the first request. */
  warm(): void;
}

/** Where the three tables come from: files of a build, or documents in memory. */
export interface TablesSource {
  entities(): EntityTable;
  /** Rows of one entity (by index), most mentions first. */
  mentionsOf(index: number): MentionRow[];
  timeline(): TimelineTable;
  /** An entity's co-occurring entities when the source computes them on demand (regroup.ts); else the row's. */
  coOccurringOf?(index: number): number[];
}

function readTable<T extends { format: number }>(buildDir: string, file: string, bytes: number, format = TABLES_FORMAT): T | null {
  const path = join(buildDir, file);
  if (!existsSync(path)) return null;
  const data = readFileSync(path);
  if (data.length !== bytes) return null;
  try {
    const value = JSON.parse(data.toString('utf8')) as T;
    return value && value.format === format ? value : null;
  } catch {
    return null;
  }
}

/** One line of a JSONL file by byte range, parsed as an array, or null (unreadable or damaged). */
function readLine(path: string, offset: number, length: number): unknown[] | null {
  const bytes = Buffer.allocUnsafe(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, bytes, 0, length, offset);
  } finally {
    closeSync(fd);
  }
  try {
    const rows = JSON.parse(bytes.toString('utf8')) as unknown;
    return Array.isArray(rows) ? rows : null;
  } catch {
    return null;
  }
}

/**
 * Tables from the build folder when its manifest lists them intact; computed from documents
 * otherwise. `regroup()` is the build's regroup table, or null when it has none intact (merges
 * and splits are then computed from the documents, library-tables.ts).
 */
export function tablesSource(buildDir: string, corpus: CorpusService): RegroupBase {
  let computed: CorpusTables | null = null;
  const compute = (): CorpusTables => {
    if (computed) return computed;
    const duplicates = new Map(
      corpus
        .list()
        .filter((s) => s.duplicateGroup)
        .map((s) => [s.id, { group: s.duplicateGroup as string, copies: s.copies ?? 2, kind: s.duplicateKind ?? 'exact' }] as const),
    );
    return (computed = buildCorpusTables(corpus.loadAll(), duplicates));
  };
  let records: Map<string, number> | null = null;
  if (corpus.info().status === 'ready') {
    try {
      const manifest = JSON.parse(readFileSync(join(buildDir, MANIFEST_FILE), 'utf8')) as CorpusManifest;
      if (Array.isArray(manifest.tables)) records = new Map(manifest.tables.filter(isFileRecord).map((r) => [r.file, r.bytes]));
    } catch {
      records = null;
    }
  }
  const cache = new Map<string, unknown>();
  const load = <T extends { format: number }>(file: string, part: keyof CorpusTables): T => {
    if (cache.has(file)) return cache.get(file) as T;
    const bytes = records?.get(file);
    const table = (bytes !== undefined ? readTable<T>(buildDir, file, bytes) : null) ?? (compute()[part] as unknown as T);
    cache.set(file, table);
    return table;
  };
  const entities = () => load<EntityTable>(ENTITY_TABLE_FILE, 'entities');
  let mentionFile: string | null | undefined;
  let regroup: RegroupTable | null | undefined;
  /** The mention file when it is the size the manifest says and the entity table has its ranges. */
  const mentionPath = () => {
    if (mentionFile !== undefined) return mentionFile;
    const path = join(buildDir, MENTION_TABLE_FILE);
    const bytes = records?.get(MENTION_TABLE_FILE);
    mentionFile = bytes !== undefined && entities().mentionRanges && existsSync(path) && statSync(path).size === bytes ? path : null;
    return mentionFile;
  };
  return {
    entities,
    mentionsOf(index) {
      const path = mentionPath();
      const ranges = entities().mentionRanges;
      if (!path || !ranges) return compute().mentions.byEntity[index] ?? [];
      const offset = ranges[index * 2];
      const length = ranges[index * 2 + 1];
      if (offset === undefined || length === undefined) return [];
      // A damaged line: the rows computed from the documents.
      return (readLine(path, offset, length) as MentionRow[] | null) ?? compute().mentions.byEntity[index] ?? [];
    },
    timeline: () => load<TimelineTable>(TIMELINE_TABLE_FILE, 'timeline'),
    regroup() {
      if (regroup !== undefined) return regroup;
      const bytes = records?.get(REGROUP_TABLE_FILE);
      const lines = records?.get(REGROUP_MENTION_FILE);
      const path = join(buildDir, REGROUP_MENTION_FILE);
      const table = bytes !== undefined && lines !== undefined ? readTable<RegroupTable>(buildDir, REGROUP_TABLE_FILE, bytes, REGROUP_FORMAT) : null;
      const intact = table?.groupRanges && existsSync(path) && statSync(path).size === lines && table.docEntities.length === entities().documentIds.length;
      if (!intact) return (regroup = null);
      // Without its claim file the table still regroups names; added documents are then computed from all documents.
      const claimBytes = records?.get(REGROUP_CLAIM_FILE);
      const claimPath = join(buildDir, REGROUP_CLAIM_FILE);
      const claimsIntact = table.claimSubjects && table.claimRanges && claimBytes !== undefined && existsSync(claimPath) && statSync(claimPath).size === claimBytes;
      if (!claimsIntact) delete table.claimSubjects;
      return (regroup = table);
    },
    claimRowsOf(subject) {
      const offset = regroup?.claimRanges?.[subject * 2];
      const length = regroup?.claimRanges?.[subject * 2 + 1];
      if (offset === undefined || length === undefined || offset < 0) return null;
      // A damaged line: the subject's claims computed from the documents, as for the mention file.
      const rows = readLine(join(buildDir, REGROUP_CLAIM_FILE), offset, length) ?? compute().regroup?.claimRows[subject];
      if (!rows) throw new DossierError('unavailable', 'The corpus build is damaged: rebuild the corpus.');
      return rows as ClaimRow[];
    },
    groupMentionsOf(group) {
      const ranges = regroup?.groupRanges;
      const offset = ranges?.[group * 2];
      const length = ranges?.[group * 2 + 1];
      if (offset === undefined || length === undefined || offset < 0) return null;
      // A damaged line: the group's rows computed from the documents (the build's own code, so
      // the same groups in the same order), as for the mention file.
      const rows = readLine(join(buildDir, REGROUP_MENTION_FILE), offset, length) ?? compute().regroup?.groupRows[group];
      if (!rows) throw new DossierError('unavailable', 'The corpus build is damaged: rebuild the corpus.');
      return rows as MentionRow[];
    },
  };
}

export function memoryTablesSource(tables: CorpusTables): RegroupBase {
  return {
    entities: () => tables.entities,
    mentionsOf: (i) => tables.mentions.byEntity[i] ?? [],
    timeline: () => tables.timeline,
    regroup: () => tables.regroup?.table ?? null,
    groupMentionsOf: (g) => tables.regroup?.groupRows[g] ?? null,
    claimRowsOf: (k) => tables.regroup?.claimRows[k] ?? null,
  };
}

export function createCorpusTablesService(
  source: TablesSource,
  summaries: () => readonly DocumentSummary[],
  corrections: () => CorrectionView = () => NO_CORRECTIONS,
): CorpusTablesService {
  /** The entity as corrected: rejected ones are left out by callers, retyped ones carry the new type. */
  const toEntity = ({ id, name, type, documentCount, mentionCount, aliases }: EntityRow, view: CorrectionView): CorpusEntity => ({
    id,
    name,
    type: view.retyped.get(id) ?? type,
    documentCount,
    mentionCount,
    aliases,
  });
  let indexById: Map<string, number> | null = null;
  let folded: string[] | null = null;
  let summaryByIndex: (DocumentSummary | undefined)[] | null = null;
  let mergedByRoot: Map<number, string[]> | null = null;
  const table = () => source.entities();
  const byId = () => (indexById ??= new Map(table().entities.map((e, i) => [e.id, i])));
  /** Name and aliases folded once, joined by a separator no filter contains. */
  const haystacks = () => (folded ??= table().entities.map((e) => [e.name, ...e.aliases].map(foldName).join('\u0001')));
  const docs = () => {
    if (!summaryByIndex) {
      const byDocId = new Map(summaries().map((s) => [s.id, s]));
      summaryByIndex = table().documentIds.map((id) => byDocId.get(id));
    }
    return summaryByIndex;
  };
  const indexOf = (id: string): number => {
    const i = byId().get(id);
    if (i === undefined) throw new DossierError('not-found', `No entity "${id}" in this corpus.`);
    return i;
  };

  /** The entity an id names now: itself, the entity a build merged it into, or null (gone). */
  const resolveEntity = (id: string): string | null => {
    if (byId().has(id)) return id;
    const root = table().merged?.[id];
    return root === undefined ? null : (table().entities[root]?.id ?? null);
  };

  const keysOf = (id: string): string[] => {
    const i = byId().get(id);
    if (i === undefined) return [];
    if (!mergedByRoot) {
      mergedByRoot = new Map();
      for (const [key, root] of Object.entries(table().merged ?? {})) {
        const list = mergedByRoot.get(root);
        if (list) list.push(key);
        else mergedByRoot.set(root, [key]);
      }
    }
    return [id, ...(mergedByRoot.get(i) ?? [])];
  };

  return {
    entities({ type = null, filter = '', sort = 'documents', limit = DEFAULT_ENTITY_LIMIT }) {
      const rows = table().entities;
      const needle = foldName(filter);
      const hay = needle ? haystacks() : null;
      const view = corrections();
      const { rejected, retyped } = view;
      const picked: EntityRow[] = [];
      rows.forEach((e, i) => {
        if (rejected.has(e.id)) return;
        if (type && (retyped.get(e.id) ?? e.type) !== type) return;
        if (hay && !(hay[i] as string).includes(needle)) return;
        picked.push(e);
      });
      // Rows are stored most documents first, so that sort needs no work.
      if (sort === 'mentions') picked.sort((a, b) => b.mentionCount - a.mentionCount || b.documentCount - a.documentCount);
      else if (sort === 'name') picked.sort((a, b) => a.name.localeCompare(b.name));
      return { total: picked.length, entities: picked.slice(0, limit).map((e) => toEntity(e, view)) };
    },

    entity(id) {
      const i = indexOf(id);
      const rows = table().entities;
      const row = rows[i] as EntityRow;
      const summary = docs();
      const list = source.mentionsOf(i);
      const documents = list.slice(0, DOCUMENTS_PER_ENTITY).flatMap(([d, mentionCount, localName, paragraphId, start, end, snippetStart, snippet]) => {
        const s = summary[d];
        return s ? [{ documentId: s.id, title: s.title, source: s.source, published: s.published, mentionCount, localName, paragraphId, start, end, snippet, snippetStart }] : [];
      });
      const coOccurring = [];
      const view = corrections();
      const partners = source.coOccurringOf?.(i) ?? row.coOccurring;
      for (let k = 0; k < partners.length; k += 2) {
        const other = rows[partners[k] as number];
        if (other && !view.rejected.has(other.id)) coOccurring.push({ entity: toEntity(other, view), sharedDocuments: partners[k + 1] as number });
      }
      const mergedNames = keysOf(id)
        .slice(1)
        .map((key) => ({ id: key, name: writtenAs(key, row) }));
      return { entity: toEntity(row, view), mergedNames, documents, moreDocuments: Math.max(0, list.length - DOCUMENTS_PER_ENTITY), coOccurring };
    },

    timeline({ entityId = null, source: wantSource = null, from = null, to = null, limit = DEFAULT_EVENT_LIMIT }) {
      const summary = docs();
      const entityIndex = entityId ? indexOf(entityId) : -1;
      const histogram = new Map<string, number>();
      const months = new Map<string, number>();
      const sources = new Set<string>();
      const events: TimelineEvent[] = [];
      let total = 0;
      for (const row of source.timeline().events) {
        const s = summary[row[0]];
        if (!s) continue;
        if (s.source) sources.add(s.source);
        if (wantSource && s.source !== wantSource) continue;
        if (entityIndex >= 0 && !row[9].includes(entityIndex)) continue;
        const year = row[1].slice(0, 4);
        histogram.set(year, (histogram.get(year) ?? 0) + 1);
        if (row[1].length >= 7) {
          const month = row[1].slice(0, 7);
          months.set(month, (months.get(month) ?? 0) + 1);
        }
        if (from && row[1].slice(0, from.length) < from) continue;
        if (to && row[1].slice(0, to.length) > to) continue;
        total += 1;
        if (events.length < limit) events.push(toEvent(row, s));
      }
      return {
        total,
        events,
        histogram: buckets(histogram),
        months: buckets(months),
        sources: [...sources].sort(),
      };
    },

    documentIdsOf(id) {
      const ids = table().documentIds;
      return source
        .mentionsOf(indexOf(id))
        .map((row) => row[0])
        .sort((a, b) => a - b)
        .map((d) => ids[d] as string);
    },

    entityIdFor: (type, name) => resolveEntity(entityId(type, nameKey(type, name))),

    hasEntity: (id) => byId().has(id),

    aliases() {
      const rows = table().entities;
      return Object.entries(table().merged ?? {}).flatMap(([key, root]) => (rows[root] ? [[key, rows[root].id] as [string, string]] : []));
    },

    describe(id) {
      const i = byId().get(id);
      const row = i === undefined ? undefined : table().entities[i];
      const view = corrections();
      if (!row || view.rejected.has(id)) return null;
      return { name: row.name, type: view.retyped.get(id) ?? row.type };
    },

    keysOf,

    resolveEntity,

    applies(c) {
      switch (c.kind) {
        case 'reject-entity':
        case 'retype-entity':
          return resolveEntity(c.target) !== null;
        case 'merge-entity': {
          // Applied: the target is no longer an entity of its own but part of the other's.
          const into = c.other ? resolveEntity(c.other) : null;
          return into !== null && !byId().has(c.target) && resolveEntity(c.target) === into;
        }
        case 'split-alias':
          return byId().has(c.target);
        default:
          // Quotes and figures are checked against their document by the caller.
          return true;
      }
    },

    warm() {
      haystacks();
      byId();
      source.timeline();
    },

    claims({ filter = '', limit = DEFAULT_CLAIM_LIMIT }) {
      const summary = docs();
      const { claimants } = corrections();
      const needle = foldName(filter);
      const groups = source.timeline().claims.filter((g) => !needle || g.subject.includes(needle));
      return {
        total: groups.length,
        groups: groups.slice(0, limit).map((g) => ({
          subject: g.subject,
          documentCount: g.documentCount,
          distinctValues: g.distinctValues,
          claims: g.claims.flatMap((c) => (summary[c[0]] ? [toClaim(c, summary[c[0]] as DocumentSummary, claimants)] : [])),
        })),
      };
    },
  };
}

const buckets = (counts: Map<string, number>) => [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, count]) => ({ key, count }));

function toEvent(row: EventRow, s: DocumentSummary): TimelineEvent {
  const [, date, endDate, text, paragraphId, start, end, snippetStart, snippet] = row;
  return { documentId: s.id, title: s.title, source: s.source, date, endDate, text, paragraphId, start, end, snippet, snippetStart };
}

/** A claim as corrected: the analyst's claimant, when they set or cleared one, over extraction's. */
function toClaim(row: ClaimRow, s: DocumentSummary, claimants: ReadonlyMap<string, string | null>): Claim {
  const [, text, value, extracted, paragraphId, start, end, snippetStart, snippet] = row;
  const set = claimants.size ? claimants.get(itemTarget(s.id, paragraphId, start)) : undefined;
  const claimant = set === undefined ? extracted : set;
  return { documentId: s.id, title: s.title, source: s.source, published: s.published, text, value, claimant, paragraphId, start, end, snippet, snippetStart };
}

/** How a merged name group is written: the entity's alias that is that name, else one with its key, else the key. */
function writtenAs(key: string, row: EntityRow): string {
  const type = key.slice(0, key.indexOf(':')) as EntityType;
  const name = key.slice(key.indexOf(':') + 1);
  return row.aliases.find((a) => foldName(a) === name) ?? row.aliases.find((a) => nameKey(type, a) === name) ?? name;
}
