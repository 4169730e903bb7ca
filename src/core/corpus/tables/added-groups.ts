/**
 * A build's name groups (RegroupTable.groups) with added documents counted in (issue 11), as
 * buildCorpusTables' pass 1 would count them over the bundled documents followed by the added
 * ones: the build's groups keep their indices, a group only added documents name comes after
 * them in the order first met, and a group an added document names ("touched") gets its
 * documents, display forms and surface forms added. Nothing is copied for the others.
 */
import type { EntityType } from '../../../shared/corpus';
import type { AddedDocument } from './added-document';
import { entityId } from './entity-names';
import type { GroupRow, RegroupTable } from './tables-format';

interface Counted {
  count: number;
  names: Map<string, number>;
  /** Forms the added documents write; a build group's own are joined to them when first asked for. */
  surfaces: Map<string, number>;
  joined?: Map<string, number>;
}

export interface GroupView {
  /** Number of groups: the build's, then the new ones. */
  size: number;
  key(gi: number): string;
  type(gi: number): EntityType;
  id(gi: number): string;
  /** Documents naming the group (copies count once), added ones included. */
  count(gi: number): number;
  /** Display forms with their documents, in the order first met (merge-aliases.ts displayName breaks ties by it). */
  names(gi: number): Map<string, number>;
  surfaces(gi: number): Map<string, number>;
  /** 1 for a group an added document names (new groups included). */
  touched: Uint8Array;
  touchedList: number[];
  /** Per added document: each of its entities' group. */
  docGroups: number[][];
}

const indexByTable = new WeakMap<RegroupTable, Map<string, number>>();

/** The build's group index by id, made once per table (~30,000 groups at 4x). */
export function groupIndex(data: RegroupTable): Map<string, number> {
  let index = indexByTable.get(data);
  if (!index) {
    index = new Map();
    data.groups.forEach(([key, type], gi) => (index as Map<string, number>).set(entityId(type, key), gi));
    indexByTable.set(data, index);
  }
  return index;
}

const pairs = (flat: readonly (string | number)[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (let k = 0; k < flat.length; k += 2) out.set(flat[k] as string, flat[k + 1] as number);
  return out;
};

export function extendGroups(data: RegroupTable, added: readonly AddedDocument[]): GroupView {
  const G0 = data.groups.length;
  const index = added.length ? groupIndex(data) : new Map<string, number>();
  const touchedRows = new Map<number, Counted>();
  const fresh: (Counted & { key: string; type: EntityType; id: string })[] = [];
  const freshIndex = new Map<string, number>();
  const touchedList: number[] = [];
  const counted = (gi: number): Counted => {
    if (gi >= G0) return fresh[gi - G0] as Counted;
    let row = touchedRows.get(gi);
    if (!row) {
      const [, , count, names] = data.groups[gi] as GroupRow;
      touchedRows.set(gi, (row = { count, names: pairs(names), surfaces: new Map() }));
      touchedList.push(gi);
    }
    return row;
  };
  const docGroups = added.map((doc) => {
    const seen = new Set<number>();
    return doc.entities.map((e) => {
      let gi = index.get(e.group) ?? freshIndex.get(e.group);
      if (gi === undefined) {
        gi = G0 + fresh.length;
        freshIndex.set(e.group, gi);
        fresh.push({ key: e.key, type: e.type, id: e.group, count: 0, names: new Map(), surfaces: new Map() });
        touchedList.push(gi);
      }
      const row = counted(gi);
      // Pass 1 counts a group once per document, with the name of its first entity there.
      if (!seen.has(gi)) {
        seen.add(gi);
        row.count += 1;
        row.names.set(e.name, (row.names.get(e.name) ?? 0) + 1);
      }
      for (const [form, n] of e.surfaces) row.surfaces.set(form, (row.surfaces.get(form) ?? 0) + n);
      return gi;
    });
  });
  const size = G0 + fresh.length;
  const touched = new Uint8Array(size);
  for (const gi of touchedList) touched[gi] = 1;
  const row = (gi: number) => data.groups[gi] as GroupRow;
  return {
    size,
    key: (gi) => (gi < G0 ? row(gi)[0] : (fresh[gi - G0] as { key: string }).key),
    type: (gi) => (gi < G0 ? row(gi)[1] : (fresh[gi - G0] as { type: EntityType }).type),
    id: (gi) => (gi < G0 ? entityId(row(gi)[1], row(gi)[0]) : (fresh[gi - G0] as { id: string }).id),
    count: (gi) => (touched[gi] ? counted(gi).count : row(gi)[2]),
    names: (gi) => (touched[gi] ? counted(gi).names : pairs(row(gi)[3])),
    surfaces: (gi) => {
      if (!touched[gi]) return pairs(row(gi)[4]);
      const c = counted(gi);
      if (gi >= G0) return c.surfaces;
      if (!c.joined) {
        c.joined = pairs(row(gi)[4]);
        for (const [form, n] of c.surfaces) c.joined.set(form, (c.joined.get(form) ?? 0) + n);
      }
      return c.joined;
    },
    touched,
    touchedList,
    docGroups,
  };
}
