import type { EntityType } from '../../shared/corpus';
import { entityId, nameKey } from '../corpus/tables/entity-names';
import type { FieldName } from './index-data';

/**
 * Facets on search results (issue 10): source, a range of publication years, an entity and
 * "has my notes", narrowing the matches of a query, with counts beside each value taken over
 * every match (not one page). As in the library, a facet's counts are taken over the matches
 * the other facets leave, so a count says what choosing that value would show; and a group of
 * copies counts once, as the result list shows it once.
 */
export interface FacetRequest {
  source: string | null;
  fromYear: string | null;
  toYear: string | null;
  /** A corpus entity id. */
  entity: string | null;
  hasNotes: boolean;
  /** Documents with at least one note (the core reads them from the annotation database). */
  noted: readonly string[];
  /** Count the values too (else only filter). */
  counts: boolean;
}

/** Counts as plain arrays (they cross to the core by structured clone); summed over indexes by mergeFacetCounts. */
export interface FacetCounts {
  sources: [string, number][];
  years: [string, number][];
  /** Corpus entity id → results mentioning it; every entity, the core keeps the top ones. */
  entities: [string, number][];
  noted: number;
}

/** A document entity's name key → the corpus entity it belongs to, when a build merged it into another. */
export type EntityAliases = ReadonlyMap<string, string>;

const TYPE_OF_FIELD: Record<string, EntityType> = { person: 'person', org: 'organization', place: 'place' };

/** Per index: the key of each stored entity, computed once per name. */
export class EntityKeys {
  private readonly cache = new Map<string, string>();
  of(field: FieldName, name: string, given?: string): string {
    if (given) return given;
    const k = `${field}\u0000${name}`;
    let key = this.cache.get(k);
    if (key === undefined) {
      const type = TYPE_OF_FIELD[field]!;
      key = entityId(type, nameKey(type, name));
      this.cache.set(k, key);
    }
    return key;
  }
}

/** Counts of several indexes searched together (bundled and added documents) as one. */
export function mergeFacetCounts(parts: readonly (FacetCounts | null)[]): FacetCounts | null {
  const present = parts.filter((p): p is FacetCounts => p !== null);
  if (present.length <= 1) return present[0] ?? null;
  const sum = (pick: (p: FacetCounts) => [string, number][]) => {
    const m = new Map<string, number>();
    for (const p of present) for (const [v, n] of pick(p)) m.set(v, (m.get(v) ?? 0) + n);
    return [...m];
  };
  return { sources: sum((p) => p.sources), years: sum((p) => p.years), entities: sum((p) => p.entities), noted: present.reduce((n, p) => n + p.noted, 0) };
}
