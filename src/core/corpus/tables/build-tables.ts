/**
 * Computes the corpus tables (tables-format.ts) from processed documents, once per build:
 * entities merged across documents (merge-aliases.ts) with their counts, aliases, per-document
 * first mention and co-occurring entities; dated events; figures grouped into claims.
 * Cost is linear in mentions plus co-occurring pairs (capped per document). A copy of another
 * document (duplicates.ts) counts once, through its group's representative, so a story filed
 * three times does not triple its entities' document counts.
 */
import type { Entity, ProcessedDocument } from '../../../shared/corpus';
import type { NameOverrides } from '../../corrections/correction-view';
import type { DuplicateInfo } from '../duplicates';
import { earlierMention, entityId, nameKey, surfaceForm, type MentionAt } from './entity-names';
import { claimSubjects, groupRows as claimGroupRows } from './claims';
import { displayName, mergeAliases, newGroup, rootOf, type NameGroup } from './merge-aliases';
import { snippetWindow } from './snippet-window';
import { REGROUP_FORMAT, TABLES_FORMAT, type CorpusTables, type EntityRow, type EventRow, type GroupRow, type MentionRow } from './tables-format';

/** Co-occurring entities kept per entity. */
export const CO_OCCURRING_KEPT = 15;
/** Entities of one document that count for co-occurrence (most mentioned first): bounds pairs per document. */
export const CO_OCCURRENCE_PER_DOCUMENT = 40;
export const MAX_ALIASES = 12;

interface Local {
  group: NameGroup;
  entity: Entity;
}

/** `overrides`: the analyst's merges and splits (corrections), applied when the names are grouped. */
export function buildCorpusTables(
  docs: readonly ProcessedDocument[],
  duplicates: ReadonlyMap<string, DuplicateInfo> = new Map(),
  overrides?: NameOverrides,
): CorpusTables {
  const isCopy = (doc: ProcessedDocument) => {
    const group = duplicates.get(doc.id)?.group;
    return group !== undefined && group !== doc.id;
  };
  // Pass 1: one name group per (type, key); documents and display forms counted per group.
  const groups = new Map<string, NameGroup>();
  const groupIndex = new Map<NameGroup, number>();
  const lastDoc = new Map<NameGroup, number>();
  const locals: Local[][] = docs.map((doc, di) =>
    (isCopy(doc) ? [] : doc.entities).map((entity) => {
      const key = nameKey(entity.type, entity.name);
      const gid = entityId(entity.type, key);
      let group = groups.get(gid);
      if (!group) {
        groups.set(gid, (group = newGroup(entity.type, key)));
        groupIndex.set(group, groupIndex.size);
      }
      if (lastDoc.get(group) !== di) {
        lastDoc.set(group, di);
        group.documentCount += 1;
        group.names.set(entity.name, (group.names.get(entity.name) ?? 0) + 1);
      }
      return { group, entity };
    }),
  );
  const roots = mergeAliases([...groups.values()], overrides).sort((a, b) => b.documentCount - a.documentCount || a.key.localeCompare(b.key));
  const rootIndex = new Map(roots.map((g, i) => [g, i]));
  const rows: EntityRow[] = roots.map((g) => ({
    id: entityId(g.type, g.key),
    name: displayName(g),
    type: g.type,
    documentCount: 0,
    mentionCount: 0,
    aliases: [],
    coOccurring: [],
  }));
  const groupList = [...groups.values()];
  const groupRoot = groupList.map((g) => rootIndex.get(rootOf(g)) as number);
  // Entities of several groups: their groups' own rows are kept for regrouping (regroup.ts).
  const members = new Array<number>(roots.length).fill(0);
  for (const r of groupRoot) members[r] = (members[r] as number) + 1;
  const groupRows: (MentionRow[] | null)[] = groupRoot.map((r) => ((members[r] as number) > 1 ? [] : null));
  /** Surface forms per group; an entity's are its groups' together. */
  const surfaces: Map<string, number>[] = groupList.map(() => new Map());
  const docEntities: number[][] = docs.map(() => []);
  const byEntity: MentionRow[][] = roots.map(() => []);
  const pairs = new Map<number, number>();
  const events: [EventRow, number[]][] = [];
  const R = roots.length;

  docs.forEach((doc, di) => {
    if (isCopy(doc)) return;
    const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
    const textOf = (paragraphId: string) => doc.paragraphs[paragraphIndex.get(paragraphId) ?? -1]?.text ?? '';
    // Pass 2: this document's entities by corpus entity (two local names may share one).
    const perRoot = new Map<number, Seen>();
    const paragraphRoots = new Map<string, Set<number>>();
    const paragraphGroups = new Map<string, Set<number>>();
    const perGroup = new Map<number, Seen>();
    const listed = docEntities[di] as number[];
    for (const { group, entity } of locals[di] as Local[]) {
      const gi = groupIndex.get(group) as number;
      const r = groupRoot[gi] as number;
      const surface = surfaces[gi] as Map<string, number>;
      let first: MentionAt | null = null;
      for (const m of entity.mentions) {
        const text = textOf(m.paragraphId);
        const form = surfaceForm(entity.type, text, m.start, m.end);
        surface.set(form, (surface.get(form) ?? 0) + 1);
        const p = paragraphIndex.get(m.paragraphId) ?? 0;
        first = earlierMention(first, { p, start: m.start, end: m.end, paragraphId: m.paragraphId });
        let set = paragraphRoots.get(m.paragraphId);
        if (!set) paragraphRoots.set(m.paragraphId, (set = new Set()));
        set.add(r);
        let gset = paragraphGroups.get(m.paragraphId);
        if (!gset) paragraphGroups.set(m.paragraphId, (gset = new Set()));
        gset.add(gi);
      }
      if (!first) continue;
      listed.push(gi, entity.mentions.length, first.p, first.start);
      addLocal(perRoot, r, entity, first);
      if (groupRows[gi]) addLocal(perGroup, gi, entity, first);
    }
    const rowOf = (s: { mentions: number; local: Entity; first: { start: number; end: number; paragraphId: string } }): MentionRow => {
      const { snippet, snippetStart } = snippetWindow(textOf(s.first.paragraphId), s.first.start, s.first.end);
      return [di, s.mentions, s.local.name, s.first.paragraphId, s.first.start, s.first.end, snippetStart, snippet];
    };
    for (const [r, s] of perRoot) {
      const row = rows[r] as EntityRow;
      row.documentCount += 1;
      row.mentionCount += s.mentions;
      (byEntity[r] as MentionRow[]).push(rowOf(s));
    }
    for (const [gi, s] of perGroup) (groupRows[gi] as MentionRow[]).push(rowOf(s));
    const present = presentInDocument([...perRoot].map(([r, x]) => [r, x.mentions]));
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = present[i] as number;
        const b = present[j] as number;
        const k = a < b ? a * R + b : b * R + a;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    }
    for (const ev of doc.events) {
      const text = textOf(ev.paragraphId);
      const { snippet, snippetStart } = snippetWindow(text, ev.start, ev.end, 160);
      events.push([
        [di, ev.date, ev.endDate ?? null, ev.text, ev.paragraphId, ev.start, ev.end, snippetStart, snippet, [...(paragraphRoots.get(ev.paragraphId) ?? [])]],
        [...(paragraphGroups.get(ev.paragraphId) ?? [])],
      ]);
    }
  });

  keepTopPairs(pairs, R, rows);
  const rootSurfaces: Map<string, number>[] = roots.map(() => new Map());
  groupRoot.forEach((r, gi) => {
    const into = rootSurfaces[r] as Map<string, number>;
    for (const [form, n] of surfaces[gi] as Map<string, number>) into.set(form, (into.get(form) ?? 0) + n);
  });
  rows.forEach((row, r) => {
    row.aliases = aliasesOf(row.name, rootSurfaces[r] as Map<string, number>);
  });
  for (const list of byEntity) list.sort(byMentions);
  for (const list of groupRows) list?.sort(byMentions);
  events.sort(([a], [b]) => compareEvents(a, b));

  const subjects = claimSubjects(docs, isCopy);
  const claims = claimGroupRows(subjects);
  const listed = new Set(claims.map((g) => g.subject));
  const merged: Record<string, number> = {};
  for (const g of groups.values()) if (g.mergedInto) merged[entityId(g.type, g.key)] = rootIndex.get(rootOf(g)) as number;
  return {
    entities: { format: TABLES_FORMAT, documentIds: docs.map((d) => d.id), entities: rows, merged },
    mentions: { format: TABLES_FORMAT, byEntity },
    timeline: { format: TABLES_FORMAT, events: events.map(([e]) => e), claims },
    regroup: {
      table: {
        format: REGROUP_FORMAT,
        rootGroups: roots.map((g) => groupIndex.get(g) as number),
        groups: groupList.map((g, gi): GroupRow => [g.key, g.type, g.documentCount, [...g.names].flat(), [...(surfaces[gi] as Map<string, number>)].flat(), groupRoot[gi] as number]),
        docEntities,
        eventGroups: events.map(([, g]) => g),
        claimSubjects: [...subjects].map(([subject, g]): [string, number, number[]] => [subject, g.docs.size, [...g.values]]),
      },
      groupRows,
      claimRows: [...subjects].map(([subject, g]) => (listed.has(subject) ? null : g.claims)),
    },
  };
}

type Seen = { mentions: number; local: Entity; localMentions: number; first: { p: number; start: number; end: number; paragraphId: string } };

/** One more of a document's entities in an entity (or group): mentions summed, the most mentioned name and the first mention kept (earlier wins a tie). */
function addLocal<K>(into: Map<K, Seen>, k: K, entity: Entity, first: Seen['first']): void {
  const seen = into.get(k);
  if (!seen) into.set(k, { mentions: entity.mentions.length, local: entity, localMentions: entity.mentions.length, first });
  else {
    seen.mentions += entity.mentions.length;
    if (entity.mentions.length > seen.localMentions) {
      seen.local = entity;
      seen.localMentions = entity.mentions.length;
    }
    if (first.p < seen.first.p || (first.p === seen.first.p && first.start < seen.first.start)) seen.first = first;
  }
}

/** An entity's documents: most mentions first, then document order. */
export const byMentions = (a: MentionRow, b: MentionRow): number => b[1] - a[1] || a[0] - b[0];

export const compareEvents = (a: EventRow, b: EventRow): number =>
  a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0] || a[4].localeCompare(b[4]) || a[5] - b[5];

/** The surface forms other than the name, most used first. */
export function aliasesOf(name: string, surfaces: ReadonlyMap<string, number>): string[] {
  const lower = name.toLowerCase();
  return [...surfaces]
    .filter(([form]) => form.toLowerCase() !== lower)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_ALIASES)
    .map(([form]) => form);
}

/**
 * Co-occurrence pairs of one document: its entities (by index) with mentions, in the order first
 * met, most mentioned first (a stable sort, so ties keep that order), the first CO_OCCURRENCE_PER_DOCUMENT.
 */
export function presentInDocument(perEntity: [number, number][]): number[] {
  return perEntity.sort((a, b) => b[1] - a[1]).slice(0, CO_OCCURRENCE_PER_DOCUMENT).map(([r]) => r);
}

/** The CO_OCCURRING_KEPT partners with most shared documents (then lower index), flat. */
export function topPartners(list: [number, number][]): number[] {
  list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return list.slice(0, CO_OCCURRING_KEPT).flat();
}

/** Each entity keeps its CO_OCCURRING_KEPT partners with most shared documents. */
function keepTopPairs(pairs: Map<number, number>, R: number, rows: EntityRow[]): void {
  const lists: [number, number][][] = rows.map(() => []);
  for (const [k, n] of pairs) {
    const a = Math.floor(k / R);
    const b = k - a * R;
    (lists[a] as [number, number][]).push([b, n]);
    (lists[b] as [number, number][]).push([a, n]);
  }
  lists.forEach((list, r) => {
    (rows[r] as EntityRow).coOccurring = topPartners(list);
  });
}
