/**
 * The corpus tables with the analyst's merges and splits applied, from a build's tables and its
 * regroup table (tables-format.ts RegroupTable), without reading a document. The result is what
 * buildCorpusTables(docs, duplicates, overrides) gives, computed only where it differs:
 *
 * - The groups are regrouped as the build did (its alias rules' result, then the overrides as
 *   merge-aliases.ts applies them), and the entities ordered by their root group as there.
 * - An entity whose groups are the same as in the build ("unchanged") keeps the build's row and
 *   mention rows. A changed one is re-aggregated from its groups' rows: one document's rows of
 *   two groups are summed, its name and first mention taken from the group whose entity wins
 *   in the document's entity list (docEntities), as the build's pass 2 picks them.
 * - Co-occurrence is computed per entity when it is asked for: an unchanged entity none of
 *   whose documents names a changed one keeps the build's partners (re-indexed; the new order
 *   of unchanged entities is the old one, so ties break alike); any other is counted again over
 *   its documents from the documents' entity lists.
 * - Timeline events name entities through their paragraph's groups (eventGroups).
 *
 * Invariant relied on: the alias rules merge a group only into a root (a full name or a long
 * organisation name, which the rules never merge), so the build's root of a group is its
 * `mergedInto`. Cost: linear in the name groups, plus the rows of the changed entities.
 */
import type { NameOverrides } from '../../corrections/correction-view';
import { aliasesOf, byMentions, presentInDocument, topPartners } from './build-tables';
import type { TablesSource } from './corpus-tables-service';
import { entityId } from './entity-names';
import { displayName, newGroup } from './merge-aliases';
import type { ClaimRow, EntityRow, EntityTable, GroupRow, MentionRow, RegroupTable, TimelineTable } from './tables-format';

/** A source of the build's tables that can also give its regroup table and each group's own rows. */
export interface RegroupBase extends TablesSource {
  regroup(): RegroupTable | null;
  /** Rows of a group of a several-group build entity; null for a group alone in its build entity (its rows are the entity's). */
  groupMentionsOf(group: number): MentionRow[] | null;
  /** The first claims of a claim subject (RegroupTable.claimSubjects) the timeline table leaves out; null for one it lists. */
  claimRowsOf(subject: number): ClaimRow[] | null;
}

/** The tables with `overrides` applied, or null when the build has no regroup table. */
export function regroupedSource(base: RegroupBase, overrides: NameOverrides): TablesSource | null {
  const data = base.regroup();
  if (!data) return null;
  const built = base.entities();
  const G = data.groups.length;
  const parent = parentsWith(data, overrides);
  const roots = rootOrder(data, parent);
  const rootIndex = new Int32Array(G).fill(-1);
  roots.forEach((gi, n) => (rootIndex[gi] = n));
  const newRoot = new Int32Array(G);
  for (let gi = 0; gi < G; gi++) {
    let r = gi;
    while ((parent[r] as number) >= 0) r = parent[r] as number;
    newRoot[gi] = rootIndex[r] as number;
  }
  // Plain loops: Int32Array.from with a function is several times slower at 40,000 groups.
  const oldRoot = new Int32Array(G);
  for (let gi = 0; gi < G; gi++) oldRoot[gi] = (data.groups[gi] as GroupRow)[5];
  const oldToNew = new Int32Array(data.rootGroups.length);
  for (let o = 0; o < oldToNew.length; o++) oldToNew[o] = rootIndex[data.rootGroups[o] as number] as number;

  // An entity is changed when one of its groups was in another build entity, or one of its build groups left.
  const changed = new Uint8Array(roots.length);
  for (let gi = 0; gi < G; gi++) {
    const n = newRoot[gi] as number;
    const o = oldToNew[oldRoot[gi] as number] as number;
    if (o !== n) {
      changed[n] = 1;
      if (o >= 0) changed[o] = 1;
    }
  }
  const newToOld = new Int32Array(roots.length).fill(-1);
  for (let o = 0; o < oldToNew.length; o++) {
    const n = oldToNew[o] as number;
    if (n >= 0 && !changed[n]) newToOld[n] = o;
  }
  const members = new Map<number, number[]>();
  for (let gi = 0; gi < G; gi++) {
    const n = newRoot[gi] as number;
    if (!changed[n]) continue;
    const list = members.get(n);
    if (list) list.push(gi);
    else members.set(n, [gi]);
  }

  const rowsOfGroup = (gi: number): MentionRow[] => base.groupMentionsOf(gi) ?? base.mentionsOf(oldRoot[gi] as number);
  const changedRows = new Map<number, MentionRow[]>();
  const affectedDocs = new Set<number>();
  for (const [n, list] of members) {
    const rows = mergeGroupRows(list, rowsOfGroup, data.docEntities);
    changedRows.set(n, rows);
    for (const row of rows) affectedDocs.add(row[0]);
  }

  const entities: EntityRow[] = roots.map((gi, n) => {
    const o = newToOld[n] as number;
    // The build's row as it is: its coOccurring (old indices) is never read, coOccurringOf answers.
    if (o >= 0) return built.entities[o] as EntityRow;
    const [key, type, documentCount, names] = data.groups[gi] as GroupRow;
    const g = newGroup(type, key);
    g.documentCount = documentCount;
    for (let k = 0; k < names.length; k += 2) g.names.set(names[k] as string, names[k + 1] as number);
    const rows = changedRows.get(n) as MentionRow[];
    const surfaces = new Map<string, number>();
    for (const gi of members.get(n) as number[]) {
      const flat = (data.groups[gi] as GroupRow)[4];
      for (let k = 0; k < flat.length; k += 2) surfaces.set(flat[k] as string, (surfaces.get(flat[k] as string) ?? 0) + (flat[k + 1] as number));
    }
    const name = displayName(g);
    return {
      id: entityId(g.type, g.key),
      name,
      type: g.type,
      documentCount: rows.length,
      mentionCount: rows.reduce((sum, r) => sum + r[1], 0),
      aliases: aliasesOf(name, surfaces),
      coOccurring: [],
    };
  });
  const merged: Record<string, number> = {};
  for (let gi = 0; gi < G; gi++) {
    if ((parent[gi] as number) < 0) continue;
    const [key, type] = data.groups[gi] as GroupRow;
    merged[entityId(type, key)] = newRoot[gi] as number;
  }
  const table: EntityTable = { format: built.format, documentIds: built.documentIds, entities, merged };
  const mentionsOf = (n: number): MentionRow[] => changedRows.get(n) ?? (newToOld[n] !== undefined && (newToOld[n] as number) >= 0 ? base.mentionsOf(newToOld[n] as number) : []);

  const present = new Map<number, number[]>();
  const presentIn = (d: number): number[] => {
    let list = present.get(d);
    if (!list) {
      const flat = data.docEntities[d] ?? [];
      const perEntity = new Map<number, number>();
      for (let k = 0; k < flat.length; k += 4) {
        const n = newRoot[flat[k] as number] as number;
        perEntity.set(n, (perEntity.get(n) ?? 0) + (flat[k + 1] as number));
      }
      present.set(d, (list = presentInDocument([...perEntity])));
    }
    return list;
  };
  const coOccurring = new Map<number, number[]>();
  const coOccurringOf = (n: number): number[] => {
    const known = coOccurring.get(n);
    if (known) return known;
    const rows = mentionsOf(n);
    const o = newToOld[n] as number;
    let out: number[] | null = null;
    if (o >= 0 && !rows.some((r) => affectedDocs.has(r[0]))) {
      const old = (built.entities[o] as EntityRow).coOccurring;
      out = old.map((x, k) => (k % 2 ? x : (oldToNew[x] as number)));
      if (out.some((x) => x < 0)) out = null;
    }
    if (!out) {
      const shared = new Map<number, number>();
      for (const [d] of rows) {
        const list = presentIn(d);
        if (!list.includes(n)) continue;
        for (const other of list) if (other !== n) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
      out = topPartners([...shared]);
    }
    coOccurring.set(n, out);
    return out;
  };

  let timeline: TimelineTable | null = null;
  return {
    entities: () => table,
    mentionsOf,
    coOccurringOf,
    timeline() {
      if (timeline) return timeline;
      const t = base.timeline();
      const events = t.events.map((e, i): typeof e => {
        const inParagraph: number[] = [];
        for (const gi of data.eventGroups[i] ?? []) {
          const n = newRoot[gi] as number;
          if (!inParagraph.includes(n)) inParagraph.push(n);
        }
        return [e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], inParagraph];
      });
      return (timeline = { ...t, events });
    },
  };
}

/**
 * Each group's parent (-1 for a root) after the overrides: the build's grouping (a group's
 * build root, see the file comment), then splits, then merges oldest first, skipping a merge
 * of two groups already in one entity or naming a group this corpus lacks — as
 * merge-aliases.ts applyOverrides does to NameGroups.
 */
function parentsWith(data: RegroupTable, { merges, splits }: NameOverrides): Int32Array {
  const G = data.groups.length;
  const parent = new Int32Array(G);
  for (let gi = 0; gi < G; gi++) {
    const root = data.rootGroups[(data.groups[gi] as GroupRow)[5]] as number;
    parent[gi] = root === gi ? -1 : root;
  }
  // Only the groups the overrides name are looked up by id.
  const wanted = new Map<string, number>();
  for (const id of [...splits, ...merges.flat()]) wanted.set(id, -1);
  const byKey = new Set([...wanted.keys()].map((id) => id.slice(id.indexOf(':') + 1)));
  if (byKey.size > 0) {
    for (let gi = 0; gi < G; gi++) {
      const [key, type] = data.groups[gi] as GroupRow;
      if (byKey.has(key) && wanted.has(entityId(type, key))) wanted.set(entityId(type, key), gi);
    }
  }
  const find = (id: string) => wanted.get(id) ?? -1;
  const root = (gi: number) => {
    let r = gi;
    while ((parent[r] as number) >= 0) r = parent[r] as number;
    return r;
  };
  for (const id of splits) {
    const gi = find(id);
    if (gi >= 0) parent[gi] = -1;
  }
  for (const [from, into] of merges) {
    const a = find(from);
    const b = find(into);
    if (a < 0 || b < 0 || root(a) === root(b)) continue;
    parent[a] = b;
  }
  return parent;
}

/** The order buildCorpusTables sorts roots in (most documents, key, then the order groups were met: its sort is stable). */
function compareRoots(data: RegroupTable, a: number, b: number): number {
  const ga = data.groups[a] as GroupRow;
  const gb = data.groups[b] as GroupRow;
  return gb[2] - ga[2] || ga[0].localeCompare(gb[0]) || a - b;
}

/**
 * The root groups in the build's order, without sorting them all again: the build's roots that
 * still are keep their order, and each new one (a name split off) goes where the sort would put it.
 */
function rootOrder(data: RegroupTable, parent: Int32Array): number[] {
  const wasRoot = new Uint8Array(parent.length);
  for (const gi of data.rootGroups) wasRoot[gi] = 1;
  const kept: number[] = [];
  for (const gi of data.rootGroups) if (parent[gi] === -1) kept.push(gi);
  const added: number[] = [];
  for (let gi = 0; gi < parent.length; gi++) if (parent[gi] === -1 && !wasRoot[gi]) added.push(gi);
  if (added.length === 0) return kept;
  added.sort((a, b) => compareRoots(data, a, b));
  const out: number[] = [];
  let k = 0;
  for (const g of added) {
    let lo = k;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRoots(data, kept[mid] as number, g) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; k < lo; k++) out.push(kept[k] as number);
    out.push(g);
  }
  for (; k < kept.length; k++) out.push(kept[k] as number);
  return out;
}

/**
 * One entity's rows from its groups' rows. A document named by one group keeps that row; one
 * named by several sums their mentions and takes the name and first mention of the group whose
 * entity the build would pick (most mentions, else earlier; first mention, else earlier entity).
 */
function mergeGroupRows(list: readonly number[], rowsOfGroup: (gi: number) => MentionRow[], docEntities: readonly number[][]): MentionRow[] {
  if (list.length === 1) return [...rowsOfGroup(list[0] as number)];
  const inEntity = new Set(list);
  const byDoc = new Map<number, Map<number, MentionRow>>();
  for (const gi of list) {
    for (const row of rowsOfGroup(gi)) {
      let at = byDoc.get(row[0]);
      if (!at) byDoc.set(row[0], (at = new Map()));
      at.set(gi, row);
    }
  }
  const out: MentionRow[] = [];
  for (const [d, at] of byDoc) {
    if (at.size === 1) {
      out.push(at.values().next().value as MentionRow);
      continue;
    }
    const flat = docEntities[d] ?? [];
    let mentions = 0;
    let local = -1;
    let localMentions = -1;
    let first = -1;
    let firstP = 0;
    let firstStart = 0;
    for (let k = 0; k < flat.length; k += 4) {
      const gi = flat[k] as number;
      if (!inEntity.has(gi)) continue;
      const m = flat[k + 1] as number;
      const p = flat[k + 2] as number;
      const start = flat[k + 3] as number;
      mentions += m;
      if (m > localMentions) {
        local = gi;
        localMentions = m;
      }
      if (first < 0 || p < firstP || (p === firstP && start < firstStart)) {
        first = gi;
        firstP = p;
        firstStart = start;
      }
    }
    const name = (at.get(local) as MentionRow)[2];
    const [, , , paragraphId, s, e, snippetStart, snippet] = at.get(first) as MentionRow;
    out.push([d, mentions, name, paragraphId, s, e, snippetStart, snippet]);
  }
  return out.sort(byMentions);
}
