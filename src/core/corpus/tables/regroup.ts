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
import type { AddedDocument, AddedEntity } from './added-document';
import { extendGroups, groupIndex, type GroupView } from './added-groups';
import { aliasesOf, byMentions, compareEvents, presentInDocument, topPartners } from './build-tables';
import type { TablesSource } from './corpus-tables-service';
import { entityId } from './entity-names';
import { displayName, newGroup } from './merge-aliases';
import { joinClaims, subjectIndex } from './regroup-claims';
import { ruleIndex, ruleParents } from './regroup-rules';
import type { ClaimRow, EntityRow, EntityTable, EventRow, GroupRow, MentionRow, RegroupTable, TimelineTable } from './tables-format';

/** A source of the build's tables that can also give its regroup table and each group's own rows. */
export interface RegroupBase extends TablesSource {
  regroup(): RegroupTable | null;
  /** Rows of a group of a several-group build entity; null for a group alone in its build entity (its rows are the entity's). */
  groupMentionsOf(group: number): MentionRow[] | null;
  /** The first claims of a claim subject (RegroupTable.claimSubjects) the timeline table leaves out; null for one it lists. */
  claimRowsOf(subject: number): ClaimRow[] | null;
}

/** Makes the lookups joining added documents needs (by group id, by rule candidates, by claim subject), ahead of the first. */
export function prepareRegroup(data: RegroupTable): void {
  groupIndex(data);
  ruleIndex(data);
  subjectIndex(data);
}

/**
 * The tables with `overrides` applied and `added` documents joined after the bundled ones, or
 * null when the build has no regroup table (or, with added documents, none with claim subjects).
 */
export function regroupedSource(base: RegroupBase, overrides: NameOverrides, added: readonly AddedDocument[] = []): TablesSource | null {
  const data = base.regroup();
  if (!data || (added.length > 0 && !data.claimSubjects)) return null;
  const built = base.entities();
  const G0 = data.groups.length;
  const D0 = built.documentIds.length;
  const { view, rules } = groupsWith(data, added);
  const G = view.size;
  const parent = parentsWith(view, rules.slice(), overrides);
  const roots = rootOrder(data, view, parent);
  const rootIndex = new Int32Array(G).fill(-1);
  roots.forEach((gi, n) => (rootIndex[gi] = n));
  const newRoot = new Int32Array(G);
  for (let gi = 0; gi < G; gi++) {
    let r = gi;
    while ((parent[r] as number) >= 0) r = parent[r] as number;
    newRoot[gi] = rootIndex[r] as number;
  }
  // Plain loops: Int32Array.from with a function is several times slower at 40,000 groups.
  const oldRoot = new Int32Array(G).fill(-1);
  for (let gi = 0; gi < G0; gi++) oldRoot[gi] = (data.groups[gi] as GroupRow)[5];
  const oldToNew = new Int32Array(data.rootGroups.length);
  for (let o = 0; o < oldToNew.length; o++) oldToNew[o] = rootIndex[data.rootGroups[o] as number] as number;

  // An entity is changed when one of its groups was in another build entity (or none: a new
  // group), or one of its build groups left; touched when an added document names one of its groups.
  const changed = new Uint8Array(roots.length);
  const touched = new Uint8Array(roots.length);
  for (let gi = 0; gi < G; gi++) {
    const n = newRoot[gi] as number;
    const o = gi < G0 ? (oldToNew[oldRoot[gi] as number] as number) : -1;
    if (o !== n) {
      changed[n] = 1;
      if (o >= 0) changed[o] = 1;
    }
    if (view.touched[gi]) touched[n] = 1;
  }
  const newToOld = new Int32Array(roots.length).fill(-1);
  for (let o = 0; o < oldToNew.length; o++) {
    const n = oldToNew[o] as number;
    if (n >= 0 && !changed[n]) newToOld[n] = o;
  }
  const members = new Map<number, number[]>();
  for (let gi = 0; gi < G; gi++) {
    const n = newRoot[gi] as number;
    if (!changed[n] && !touched[n]) continue;
    const list = members.get(n);
    if (list) list.push(gi);
    else members.set(n, [gi]);
  }
  const extra = addedRows(added, view.docGroups, newRoot, D0);

  const rowsOfGroup = (gi: number): MentionRow[] => base.groupMentionsOf(gi) ?? base.mentionsOf(oldRoot[gi] as number);
  const changedRows = new Map<number, MentionRow[]>();
  const affectedDocs = new Set<number>();
  for (const [n, list] of members) {
    if (!changed[n]) continue;
    const bundled = list.filter((gi) => gi < G0);
    const rows = bundled.length ? mergeGroupRows(bundled, rowsOfGroup, data.docEntities) : [];
    for (const row of rows) affectedDocs.add(row[0]);
    const more = extra.rows.get(n);
    changedRows.set(n, more ? [...rows, ...more].sort(byMentions) : rows);
  }

  const entities: EntityRow[] = roots.map((gi, n) => {
    const o = newToOld[n] as number;
    // The build's row as it is: its coOccurring (old indices) is never read, coOccurringOf answers.
    if (o >= 0 && !touched[n]) return built.entities[o] as EntityRow;
    const g = newGroup(view.type(gi), view.key(gi));
    g.names = view.names(gi);
    const list = members.get(n) as number[];
    const name = displayName(g);
    let documentCount: number;
    let mentionCount: number;
    if (o >= 0) {
      // Touched only: the build's documents and those added documents that name it.
      const more = extra.rows.get(n) ?? [];
      const row = built.entities[o] as EntityRow;
      documentCount = row.documentCount + more.length;
      mentionCount = more.reduce((sum, r) => sum + r[1], row.mentionCount);
    } else {
      const rows = changedRows.get(n) as MentionRow[];
      documentCount = rows.length;
      mentionCount = rows.reduce((sum, r) => sum + r[1], 0);
    }
    return new PatchedRow(entityId(g.type, g.key), name, g.type, documentCount, mentionCount, () => surfacesOf(view, list));
  });
  const merged: Record<string, number> = {};
  for (let gi = 0; gi < G; gi++) if ((parent[gi] as number) >= 0) merged[view.id(gi)] = newRoot[gi] as number;
  const documentIds = added.length ? [...built.documentIds, ...added.map((d) => d.id)] : built.documentIds;
  const table: EntityTable = { format: built.format, documentIds, entities, merged };
  const touchedRows = new Map<number, MentionRow[]>();
  const mentionsOf = (n: number): MentionRow[] => {
    const rows = changedRows.get(n) ?? touchedRows.get(n);
    if (rows) return rows;
    const o = newToOld[n];
    if (o === undefined || o < 0) return [];
    if (!touched[n]) return base.mentionsOf(o);
    const joined = [...base.mentionsOf(o), ...(extra.rows.get(n) ?? [])].sort(byMentions);
    touchedRows.set(n, joined);
    return joined;
  };

  // The build's partners of an entity hold when its documents are as they were and the
  // entities keep their order (so ties break alike and the cut keeps the same ones).
  let monotonic = true;
  for (let n = 0, last = -1; n < roots.length && monotonic; n++) {
    const o = newToOld[n] as number;
    if (o < 0) continue;
    monotonic = o > last;
    last = o;
  }
  const present = new Map<number, number[]>();
  const presentIn = (d: number): number[] => {
    let list = present.get(d);
    if (!list) {
      const flat = d < D0 ? (data.docEntities[d] ?? []) : (extra.docEntities[d - D0] ?? []);
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
    if (monotonic && o >= 0 && !touched[n] && !rows.some((r) => affectedDocs.has(r[0]))) {
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
      const inParagraph = (groups: readonly number[]): number[] => {
        const out: number[] = [];
        for (const gi of groups) {
          const n = newRoot[gi] as number;
          if (!out.includes(n)) out.push(n);
        }
        return out;
      };
      const events = t.events.map((e, i): EventRow => [e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], inParagraph(data.eventGroups[i] ?? [])]);
      const more = extra.events.map(([e, groups]): EventRow => [e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], inParagraph(groups)]);
      const claims = joinClaims(data, t.claims, (k) => base.claimRowsOf(k), added, D0);
      return (timeline = { ...t, events: more.length ? mergeSorted(events, more) : events, claims });
    },
  };
}

/**
 * An entity row made by the patch, its aliases worked out when first read: the page shown or
 * the filter's haystack (corpus-tables-service.ts), not thousands of touched rows at each change.
 */
class PatchedRow implements EntityRow {
  readonly coOccurring: number[] = [];
  #aliases: string[] | null = null;
  constructor(
    readonly id: string,
    readonly name: string,
    readonly type: EntityRow['type'],
    readonly documentCount: number,
    readonly mentionCount: number,
    private readonly surfaces: () => ReadonlyMap<string, number>,
  ) {}
  get aliases(): string[] {
    return (this.#aliases ??= aliasesOf(this.name, this.surfaces()));
  }
}

/** An entity's surface forms: its groups' together. */
function surfacesOf(view: GroupView, list: readonly number[]): ReadonlyMap<string, number> {
  if (list.length === 1) return view.surfaces(list[0] as number);
  const surfaces = new Map(view.surfaces(list[0] as number));
  for (const m of list.slice(1)) for (const [form, k] of view.surfaces(m)) surfaces.set(form, (surfaces.get(form) ?? 0) + k);
  return surfaces;
}

const counted = new WeakMap<readonly AddedDocument[], { data: RegroupTable; view: GroupView; rules: Int32Array }>();

/** The groups with `added` counted in and the alias rules' result over them; the same list again (a merge or split while the library is as it was) reuses them. */
function groupsWith(data: RegroupTable, added: readonly AddedDocument[]): { view: GroupView; rules: Int32Array } {
  const known = counted.get(added);
  if (known?.data === data) return known;
  const view = extendGroups(data, added);
  const out = { data, view, rules: ruleParents(data, view) };
  counted.set(added, out);
  return out;
}

/** What the added documents add per entity (pass 2 over them, under the new grouping): rows, entity lists, events. */
function addedRows(added: readonly AddedDocument[], docGroups: readonly number[][], newRoot: Int32Array, D0: number) {
  const rows = new Map<number, MentionRow[]>();
  const docEntities: number[][] = [];
  const events: [EventRow, number[]][] = [];
  added.forEach((doc, k) => {
    const di = D0 + k;
    const groups = docGroups[k] as number[];
    const byId = new Map<string, number>();
    const listed: number[] = [];
    const perRoot = new Map<number, { mentions: number; local: AddedEntity; first: NonNullable<AddedEntity['first']> }>();
    doc.entities.forEach((e, i) => {
      const gi = groups[i] as number;
      byId.set(e.group, gi);
      const first = e.first;
      if (!first) return;
      listed.push(gi, e.mentions, first.p, first.start);
      const r = newRoot[gi] as number;
      const seen = perRoot.get(r);
      if (!seen) perRoot.set(r, { mentions: e.mentions, local: e, first });
      else {
        // As build-tables.ts addLocal: the most mentioned name (earlier on a tie), the first mention.
        seen.mentions += e.mentions;
        if (e.mentions > seen.local.mentions) seen.local = e;
        if (first.p < seen.first.p || (first.p === seen.first.p && first.start < seen.first.start)) seen.first = first;
      }
    });
    docEntities.push(listed);
    for (const [r, s] of perRoot) {
      const row: MentionRow = [di, s.mentions, s.local.name, s.first.paragraphId, s.first.start, s.first.end, s.first.snippetStart, s.first.snippet];
      const list = rows.get(r);
      if (list) list.push(row);
      else rows.set(r, [row]);
    }
    for (const { row, groups: ids } of doc.events) {
      const e: EventRow = [di, row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], []];
      events.push([e, ids.map((id) => byId.get(id) as number)]);
    }
  });
  return { rows, docEntities, events: events.sort(([a], [b]) => compareEvents(a, b)) };
}

/** Two lists each sorted by compareEvents, as one (the first's rows first on a tie, as a stable sort of both would). */
function mergeSorted(a: EventRow[], b: EventRow[]): EventRow[] {
  const out: EventRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareEvents(b[j] as EventRow, a[i] as EventRow) < 0 ? (b[j++] as EventRow) : (a[i++] as EventRow));
  while (i < a.length) out.push(a[i++] as EventRow);
  while (j < b.length) out.push(b[j++] as EventRow);
  return out;
}

/**
 * Each group's parent (-1 for a root) after the overrides: the alias rules' result (`rules`,
 * regroup-rules.ts: a group's root, see the file comment), then splits, then merges oldest
 * first, skipping a merge of two groups already in one entity or naming a group this corpus
 * lacks — as merge-aliases.ts applyOverrides does to NameGroups.
 */
function parentsWith(view: GroupView, rules: Int32Array, { merges, splits }: NameOverrides): Int32Array {
  const parent = rules;
  // Only the groups the overrides name are looked up by id.
  const wanted = new Map<string, number>();
  for (const id of [...splits, ...merges.flat()]) wanted.set(id, -1);
  const byKey = new Set([...wanted.keys()].map((id) => id.slice(id.indexOf(':') + 1)));
  if (byKey.size > 0) {
    for (let gi = 0; gi < view.size; gi++) {
      if (byKey.has(view.key(gi)) && wanted.has(view.id(gi))) wanted.set(view.id(gi), gi);
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

/** localeCompare without arguments, as the build sorts keys (ECMA-402: a default Collator's compare). */
const collate = new Intl.Collator().compare;
const PLAIN = /^[a-z0-9 ]*$/u;

/**
 * The order buildCorpusTables sorts roots in (most documents, key, then the order groups were
 * met: its sort is stable). Keys compare by code points when both are lower-case letters,
 * digits and spaces (most keys): there ICU's root collation orders them as Unicode does (space,
 * digits, letters), and a collation costs ~0.5 µs, which thousands of roots to place add up to.
 */
function rootComparator(view: GroupView): (a: number, b: number) => number {
  const plain = new Int8Array(view.size);
  const isPlain = (gi: number) => (plain[gi] ||= PLAIN.test(view.key(gi)) ? 1 : 2) === 1;
  return (a, b) => {
    const byCount = view.count(b) - view.count(a);
    if (byCount) return byCount;
    const ka = view.key(a);
    const kb = view.key(b);
    const byKey = isPlain(a) && isPlain(b) ? (ka < kb ? -1 : ka > kb ? 1 : 0) : collate(ka, kb);
    return byKey || a - b;
  };
}

/**
 * The root groups in the build's order, without sorting them all again: the build's roots that
 * still are, with the documents they had, keep their order, and each other one (a name split
 * off, one an added document names) goes where the sort would put it.
 */
function rootOrder(data: RegroupTable, view: GroupView, parent: Int32Array): number[] {
  const wasRoot = new Uint8Array(parent.length);
  for (const gi of data.rootGroups) wasRoot[gi] = 1;
  const kept: number[] = [];
  for (const gi of data.rootGroups) if (parent[gi] === -1 && !view.touched[gi]) kept.push(gi);
  const added: number[] = [];
  for (let gi = 0; gi < parent.length; gi++) if (parent[gi] === -1 && (!wasRoot[gi] || view.touched[gi])) added.push(gi);
  if (added.length === 0) return kept;
  const compareRoots = rootComparator(view);
  added.sort(compareRoots);
  // Both sorted: a few placed by binary search, many by one merge of the two.
  const out: number[] = [];
  const few = added.length * 16 < kept.length;
  let k = 0;
  for (const g of added) {
    let lo = k;
    let hi = kept.length;
    while (few && lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareRoots(kept[mid] as number, g) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; k < lo; k++) out.push(kept[k] as number);
    while (!few && k < kept.length && compareRoots(kept[k] as number, g) < 0) out.push(kept[k++] as number);
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
