import type { DocumentSummary, ProcessedDocument } from '../../shared/corpus';
import type { CorpusService } from '../corpus/corpus-service';
import { buildCorpusTables } from '../corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource, type CorpusTablesService } from '../corpus/tables/corpus-tables-service';
import { addedDocument, type AddedDocument } from '../corpus/tables/added-document';
import { prepareRegroup, regroupedSource, type RegroupBase } from '../corpus/tables/regroup';
import type { LibraryEntry } from './library-files';
import type { UserLibrary } from './user-library';
import { NO_OVERRIDES, overridesKey, type CorrectionView, type NameOverrides } from '../corrections/correction-view';

export interface LibraryTablesDeps {
  /** The corpus view over the bundled corpus alone: its tables as the build wrote them. */
  bundledTables: CorpusTablesService;
  /** Where bundledTables reads from: with its regroup table, merges and splits patch the build's tables (regroup.ts). */
  bundledSource?: RegroupBase;
  bundled: Pick<CorpusService, 'list' | 'loadAll'>;
  library: Pick<UserLibrary, 'active' | 'get'>;
  /** Every document's summary, the added ones included. */
  summaries: () => readonly DocumentSummary[];
  /** The analyst's corrections, applied to the tables computed over both as to the build's. */
  corrections?: () => CorrectionView;
  /** The analyst's merges and splits: with any, the tables are regrouped by them (they change the rows). */
  overrides?: () => NameOverrides;
}

/**
 * The corpus view (entities, timeline, claims) over the bundled corpus and the analyst's own
 * documents (issue 11). With no documents added and no merges or splits it is the build's
 * tables, read as before. Otherwise, on the first corpus-view request after each change of the
 * library or of the merges and splits, the build's tables are patched (regroup.ts): names
 * regrouped, added documents joined after the bundled ones from what each gives the tables
 * (added-document.ts, taken once per version of a document, so a change reads only the
 * documents it adds or replaces), never reading a bundled document. The result is what
 * buildCorpusTables over both gives, so added documents count in every entity, date and claim
 * exactly as bundled ones do.
 *
 * A build without a regroup table (or, with added documents, without its claim subjects) has
 * the tables computed in memory over both by buildCorpusTables instead. Rejects, retypes and
 * attributions apply on top of either.
 */
export function createLibraryTables(deps: LibraryTablesDeps): CorpusTablesService {
  let cached: { key: string; tables: CorpusTablesService } | null = null;
  /** Each added document's part of the tables, by id and text: a change reads only new versions. */
  let parts = new Map<string, AddedDocument | null>();
  let list: { key: string; parts: AddedDocument[] } | null = null;
  const addedParts = (active: readonly LibraryEntry[], key: string): AddedDocument[] => {
    // The same list while the library is unchanged: regroup.ts keeps what it counted from it.
    if (list?.key === key) return list.parts;
    const next = new Map<string, AddedDocument | null>();
    for (const e of active) {
      const key = `${e.id}:${e.textSha256}`;
      let part = parts.get(key);
      if (part === undefined) {
        try {
          part = addedDocument(deps.library.get(e.id));
        } catch {
          // A damaged document file: the library reports it when the document is opened.
          part = null;
        }
      }
      next.set(key, part);
    }
    parts = next;
    list = { key, parts: [...next.values()].filter((p): p is AddedDocument => p !== null) };
    return list.parts;
  };
  const current = (): CorpusTablesService => {
    const active = deps.library.active();
    const overrides = deps.overrides?.() ?? NO_OVERRIDES;
    if (active.length === 0 && overrides === NO_OVERRIDES) return deps.bundledTables;
    const library = active.map((e) => `${e.id}:${e.textSha256}`).join('\n');
    const key = `${overridesKey(overrides)}\n${library}`;
    if (cached?.key === key) return cached.tables;
    const regroupable = deps.bundledSource?.regroup();
    if (deps.bundledSource && regroupable && (active.length === 0 || regroupable.claimSubjects)) {
      const regrouped = regroupedSource(deps.bundledSource, overrides, addedParts(active, library));
      if (regrouped) {
        cached = { key, tables: createCorpusTablesService(regrouped, deps.summaries, deps.corrections) };
        return cached.tables;
      }
    }
    const added: ProcessedDocument[] = [];
    for (const e of active) {
      try {
        added.push(deps.library.get(e.id));
      } catch {
        // A damaged document file: the library reports it when the document is opened.
      }
    }
    const duplicates = new Map(
      deps.bundled
        .list()
        .filter((s) => s.duplicateGroup)
        .map((s) => [s.id, { group: s.duplicateGroup as string, copies: s.copies ?? 2, kind: s.duplicateKind ?? 'exact' }] as const),
    );
    const tables = buildCorpusTables([...deps.bundled.loadAll(), ...added], duplicates, overrides);
    cached = { key, tables: createCorpusTablesService(memoryTablesSource(tables), deps.summaries, deps.corrections) };
    return cached.tables;
  };
  return {
    entities: (query) => current().entities(query),
    entity: (id) => current().entity(id),
    documentIdsOf: (id) => current().documentIdsOf(id),
    timeline: (query) => current().timeline(query),
    claims: (query) => current().claims(query),
    entityIdFor: (type, name) => current().entityIdFor(type, name),
    hasEntity: (id) => current().hasEntity(id),
    resolveEntity: (id) => current().resolveEntity(id),
    keysOf: (id) => current().keysOf(id),
    aliases: () => current().aliases(),
    describe: (id) => current().describe(id),
    applies: (correction) => current().applies(correction),
    warm: () => {
      current().warm();
      // Read ahead of the analyst's first merge, split or added document, so it regroups without reading a file.
      const data = deps.bundledSource?.regroup();
      if (data?.claimSubjects) prepareRegroup(data);
    },
  };
}
