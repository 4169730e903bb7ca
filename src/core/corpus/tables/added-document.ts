/**
 * What one of the analyst's added documents gives the corpus tables (issue 11), taken from it
 * once per version so that a change of the library reads only the documents it changes
 * (library-tables.ts keeps these). It is what buildCorpusTables' two passes take from a
 * document, before any corpus-wide numbering: the name groups by id, each entity's mentions,
 * first mention and surface forms, each event with the groups of its paragraph, each figure
 * with its claim subject. regroup.ts joins them to a build's tables.
 */
import type { ProcessedDocument } from '../../../shared/corpus';
import { claimOf } from './claims';
import { earlierMention, entityId, nameKey, surfaceForm, type MentionAt } from './entity-names';
import { snippetWindow } from './snippet-window';
import type { ClaimRow, EventRow } from './tables-format';

export interface AddedEntity {
  /** The entity's name group (entity-names.ts), as buildCorpusTables' pass 1 keys it. */
  group: string;
  type: ProcessedDocument['entities'][number]['type'];
  key: string;
  name: string;
  mentions: number;
  /** The first mention (paragraph index, offsets) with its snippet; null for an entity with no mentions. */
  first: { p: number; start: number; end: number; paragraphId: string; snippet: string; snippetStart: number } | null;
  /** Each written form of its mentions (a person's title included) with how often. */
  surfaces: [string, number][];
}

export interface AddedDocument {
  id: string;
  /** The document's entities in its order (pass 2 picks names and first mentions by it). */
  entities: AddedEntity[];
  /** Events in document order; `row` has document 0 and no entities, `groups` the paragraph's groups in the order first mentioned. */
  events: { row: EventRow; groups: string[] }[];
  /** Figures with a subject, in document order; rows have document 0. */
  claims: [string, ClaimRow][];
}

export function addedDocument(doc: ProcessedDocument): AddedDocument {
  const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const textOf = (paragraphId: string) => doc.paragraphs[paragraphIndex.get(paragraphId) ?? -1]?.text ?? '';
  const paragraphGroups = new Map<string, Set<string>>();
  const entities = doc.entities.map((entity): AddedEntity => {
    const key = nameKey(entity.type, entity.name);
    const group = entityId(entity.type, key);
    const surfaces = new Map<string, number>();
    let first: MentionAt | null = null;
    for (const m of entity.mentions) {
      const text = textOf(m.paragraphId);
      const form = surfaceForm(entity.type, text, m.start, m.end);
      surfaces.set(form, (surfaces.get(form) ?? 0) + 1);
      const p = paragraphIndex.get(m.paragraphId) ?? 0;
      first = earlierMention(first, { p, start: m.start, end: m.end, paragraphId: m.paragraphId });
      let set = paragraphGroups.get(m.paragraphId);
      if (!set) paragraphGroups.set(m.paragraphId, (set = new Set()));
      set.add(group);
    }
    const window = first ? snippetWindow(textOf(first.paragraphId), first.start, first.end) : null;
    return {
      group,
      type: entity.type,
      key,
      name: entity.name,
      mentions: entity.mentions.length,
      first: first && window ? { ...first, snippet: window.snippet, snippetStart: window.snippetStart } : null,
      surfaces: [...surfaces],
    };
  });
  const events = doc.events.map((ev) => {
    const { snippet, snippetStart } = snippetWindow(textOf(ev.paragraphId), ev.start, ev.end, 160);
    const row: EventRow = [0, ev.date, ev.endDate ?? null, ev.text, ev.paragraphId, ev.start, ev.end, snippetStart, snippet, []];
    return { row, groups: [...(paragraphGroups.get(ev.paragraphId) ?? [])] };
  });
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p.text]));
  const claims: [string, ClaimRow][] = [];
  for (const f of doc.figures) {
    const claim = claimOf(f, 0, paragraphs);
    if (claim) claims.push(claim);
  }
  return { id: doc.id, entities, events, claims };
}
