import type { CorpusViewApi } from '../../shared/api';
import type { CorpusTablesService } from '../corpus/tables/corpus-tables-service';

export function createCorpusViewHandlers(tables: CorpusTablesService): CorpusViewApi {
  return {
    listCorpusEntities: async (query) => tables.entities(query),
    getCorpusEntity: async (id) => tables.entity(id),
    getCorpusEntityDocumentIds: async (id) => tables.documentIdsOf(id),
    getCorpusTimeline: async (query) => tables.timeline(query),
    getCorpusClaims: async (query) => tables.claims(query),
  };
}
