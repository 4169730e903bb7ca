import type { DocumentSummary, ProcessedDocument } from '../../shared/corpus';
import type { CorpusService } from '../corpus/corpus-service';
import { buildCorpusTables } from '../corpus/tables/build-tables';
import { createCorpusTablesService, memoryTablesSource, type CorpusTablesService } from '../corpus/tables/corpus-tables-service';
import { regroupedSource, type RegroupBase } from '../corpus/tables/regroup';
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
  /** The analyst's merges and splits: with any, the tables are computed with them (they change the rows). */
  overrides?: () => NameOverrides;
}

/**
 * The corpus view (entities, timeline, claims) over the bundled corpus and the analyst's own
 * documents (issue 11). With no documents added it is the build's tables, read as before. Once
 * the library has documents, the tables are computed in memory over both by the build's own code
 * (buildCorpusTables), on the first corpus-view request after each change of the library, so
 * added documents count in every entity, date and claim exactly as bundled ones do.
 *
 * The analyst's merges and splits change which entities there are, so the same in-memory
 * computation runs when there are any (with them applied as names are grouped), on the first
 * request after they change; rejects, retypes and attributions apply on top of either. With no
 * documents added and a build that has a regroup table, the merges and splits patch the build's
 * tables instead (regroup.ts: the same result, without reading a document).
 */
export function createLibraryTables(deps: LibraryTablesDeps): CorpusTablesService {
  let cached: { key: string; tables: CorpusTablesService } | null = null;
  const current = (): CorpusTablesService => {
    const active = deps.library.active();
    const overrides = deps.overrides?.() ?? NO_OVERRIDES;
    if (active.length === 0 && overrides === NO_OVERRIDES) return deps.bundledTables;
    const key = `${overridesKey(overrides)}\n${active.map((e) => `${e.id}:${e.textSha256}`).join('\n')}`;
    if (cached?.key === key) return cached.tables;
    const regrouped = active.length === 0 && deps.bundledSource ? regroupedSource(deps.bundledSource, overrides) : null;
    if (regrouped) {
      cached = { key, tables: createCorpusTablesService(regrouped, deps.summaries, deps.corrections) };
      return cached.tables;
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
      // Read ahead of the analyst's first merge or split, so it regroups without reading a file.
      deps.bundledSource?.regroup();
    },
  };
}
