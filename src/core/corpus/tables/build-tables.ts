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
import { entityId, nameKey, titleBefore } from './entity-names';
import { groupClaims } from './claims';
import { displayName, mergeAliases, newGroup, rootOf, type NameGroup } from './merge-aliases';
import { snippetWindow } from './snippet-window';
import { TABLES_FORMAT, type CorpusTables, type EntityRow, type EventRow, type MentionRow } from './tables-format';

/** Co-occurring entities kept per entity. */
export const CO_OCCURRING_KEPT = 15;
/** Entities of one document that count for co-occurrence (most mentioned first): bounds pairs per document. */
const CO_OCCURRENCE_PER_DOCUMENT = 40;
const MAX_ALIASES = 12;

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
  const lastDoc = new Map<NameGroup, number>();
  const locals: Local[][] = docs.map((doc, di) =>
    (isCopy(doc) ? [] : doc.entities).map((entity) => {
      const key = nameKey(entity.type, entity.name);
      const gid = entityId(entity.type, key);
      let group = groups.get(gid);
      if (!group) groups.set(gid, (group = newGroup(entity.type, key)));
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
  const surfaces: Map<string, number>[] = roots.map(() => new Map());
  const byEntity: MentionRow[][] = roots.map(() => []);
  const pairs = new Map<number, number>();
  const events: EventRow[] = [];
  const R = roots.length;

  docs.forEach((doc, di) => {
    if (isCopy(doc)) return;
    const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
    const textOf = (paragraphId: string) => doc.paragraphs[paragraphIndex.get(paragraphId) ?? -1]?.text ?? '';
    // Pass 2: this document's entities by corpus entity (two local names may share one).
    const perRoot = new Map<number, { mentions: number; local: Entity; localMentions: number; first: { p: number; start: number; end: number; paragraphId: string } }>();
    const paragraphRoots = new Map<string, Set<number>>();
    for (const { group, entity } of locals[di] as Local[]) {
      const r = rootIndex.get(rootOf(group)) as number;
      const surface = surfaces[r] as Map<string, number>;
      let first: { p: number; start: number; end: number; paragraphId: string } | null = null;
      for (const m of entity.mentions) {
        const text = textOf(m.paragraphId);
        const form = (entity.type === 'person' ? titleBefore(text, m.start) : '') + text.slice(m.start, m.end).replace(/\s+/gu, ' ');
        surface.set(form, (surface.get(form) ?? 0) + 1);
        const p = paragraphIndex.get(m.paragraphId) ?? 0;
        if (!first || p < first.p || (p === first.p && m.start < first.start)) first = { p, start: m.start, end: m.end, paragraphId: m.paragraphId };
        let set = paragraphRoots.get(m.paragraphId);
        if (!set) paragraphRoots.set(m.paragraphId, (set = new Set()));
        set.add(r);
      }
      if (!first) continue;
      const seen = perRoot.get(r);
      if (!seen) perRoot.set(r, { mentions: entity.mentions.length, local: entity, localMentions: entity.mentions.length, first });
      else {
        seen.mentions += entity.mentions.length;
        if (entity.mentions.length > seen.localMentions) {
          seen.local = entity;
          seen.localMentions = entity.mentions.length;
        }
        if (first.p < seen.first.p || (first.p === seen.first.p && first.start < seen.first.start)) seen.first = first;
      }
    }
    for (const [r, s] of perRoot) {
      const row = rows[r] as EntityRow;
      row.documentCount += 1;
      row.mentionCount += s.mentions;
      const { snippet, snippetStart } = snippetWindow(textOf(s.first.paragraphId), s.first.start, s.first.end);
      (byEntity[r] as MentionRow[]).push([di, s.mentions, s.local.name, s.first.paragraphId, s.first.start, s.first.end, snippetStart, snippet]);
    }
    const present = [...perRoot.entries()].sort((a, b) => b[1].mentions - a[1].mentions).slice(0, CO_OCCURRENCE_PER_DOCUMENT).map(([r]) => r);
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
      events.push([di, ev.date, ev.endDate ?? null, ev.text, ev.paragraphId, ev.start, ev.end, snippetStart, snippet, [...(paragraphRoots.get(ev.paragraphId) ?? [])]]);
    }
  });

  keepTopPairs(pairs, R, rows);
  rows.forEach((row, r) => {
    const lower = row.name.toLowerCase();
    row.aliases = [...(surfaces[r] as Map<string, number>)]
      .filter(([form]) => form.toLowerCase() !== lower)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_ALIASES)
      .map(([form]) => form);
  });
  for (const list of byEntity) list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  events.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0] || a[4].localeCompare(b[4]) || a[5] - b[5]));

  const merged: Record<string, number> = {};
  for (const g of groups.values()) if (g.mergedInto) merged[entityId(g.type, g.key)] = rootIndex.get(rootOf(g)) as number;
  return {
    entities: { format: TABLES_FORMAT, documentIds: docs.map((d) => d.id), entities: rows, merged },
    mentions: { format: TABLES_FORMAT, byEntity },
    timeline: { format: TABLES_FORMAT, events, claims: groupClaims(docs, isCopy) },
  };
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
    list.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    (rows[r] as EntityRow).coOccurring = list.slice(0, CO_OCCURRING_KEPT).flat();
  });
}
