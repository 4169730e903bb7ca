import { z } from 'zod';
import type {
  ClaimPage,
  ClaimQuery,
  CorpusEntityDetail,
  EntityPage,
  EntityQuery,
  TimelinePage,
  TimelineQuery,
} from '../corpus-tables';
import type { ArgSchemas } from './contract';

/** The corpus view (issue 10): answered from tables computed when the corpus was built. */
export interface CorpusViewApi {
  /** Entities across documents, most documents first unless `sort` says otherwise. */
  listCorpusEntities(query: EntityQuery): Promise<EntityPage>;
  /** One entity: its documents with the first mention, and who appears with it. `not-found` for an unknown id. */
  getCorpusEntity(id: string): Promise<CorpusEntityDetail>;
  /** Every document that mentions an entity (for the library's entity facet), in corpus order. */
  getCorpusEntityDocumentIds(id: string): Promise<string[]>;
  /** Dated events on one axis, filtered by entity, source and date range. */
  getCorpusTimeline(query: TimelineQuery): Promise<TimelinePage>;
  /** Figures about the same subject from several documents, side by side. */
  getCorpusClaims(query: ClaimQuery): Promise<ClaimPage>;
}

const entityIdSchema = z.string().min(1, 'An entity id is required.').max(600, 'An entity id is at most 600 characters.');
const shortText = z.string().max(200, 'At most 200 characters.');
const dateBound = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'A date bound is YYYY, YYYY-MM or YYYY-MM-DD.')
  .nullable()
  .optional();
const limit = (max: number) => z.number().int().min(1, 'limit is at least 1.').max(max, `limit is at most ${max}.`).optional();

const entityQuery = z.strictObject({
  type: z.enum(['person', 'organization', 'place']).nullable().optional(),
  filter: shortText.optional(),
  sort: z.enum(['documents', 'mentions', 'name']).optional(),
  limit: limit(2000),
});
const timelineQuery = z.strictObject({
  entityId: entityIdSchema.nullable().optional(),
  source: shortText.nullable().optional(),
  from: dateBound,
  to: dateBound,
  limit: limit(2000),
});
const claimQuery = z.strictObject({ filter: shortText.optional(), limit: limit(500) });

export const corpusViewArgs = {
  listCorpusEntities: z.tuple([entityQuery]),
  getCorpusEntity: z.tuple([entityIdSchema]),
  getCorpusEntityDocumentIds: z.tuple([entityIdSchema]),
  getCorpusTimeline: z.tuple([timelineQuery]),
  getCorpusClaims: z.tuple([claimQuery]),
} satisfies ArgSchemas<CorpusViewApi>;
