import type { CorpusTablesService } from '../../../../../src/core/corpus/tables/corpus-tables-service';

/** Everything the view shows of every entity, as a user would see it. */
export function everything(service: CorpusTablesService, groupIds: string[]) {
  const { entities, total } = service.entities({ limit: 1e6 });
  return {
    total,
    entities,
    byMentions: service.entities({ sort: 'mentions', limit: 1e6 }).entities.map((e) => e.id),
    filtered: service.entities({ filter: 'blair' }),
    aliases: service.aliases().sort(),
    resolved: groupIds.map((id) => service.resolveEntity(id)),
    details: entities.map((e) => ({ detail: service.entity(e.id), documents: service.documentIdsOf(e.id), keys: service.keysOf(e.id), timeline: service.timeline({ entityId: e.id }) })),
    timeline: service.timeline({}),
    timelineBySource: service.timeline({ source: 'Wire', from: '2012', to: '2015' }),
    claims: service.claims({ limit: 1e6 }),
    filteredClaims: service.claims({ filter: 'soldier' }),
  };
}

