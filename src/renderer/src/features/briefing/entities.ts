import { isUncertain, type Entity, type EntityType, type Mention, type ProcessedDocument } from '../../../../shared/corpus';
import type { Decoration } from '../reader/decorations';

/** Entities of one type, most mentioned first, then by name; uncertain ones only when asked for. */
export function entitiesOfType(entities: readonly Entity[], type: EntityType, showUncertain = true): Entity[] {
  return entities
    .filter((e) => e.type === type && (showUncertain || !isUncertain(e)))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Mentions in reading order (paragraph order, then offset), whatever order the corpus stored. */
export function mentionsInReadingOrder(doc: Pick<ProcessedDocument, 'paragraphs'>, mentions: readonly Mention[]): Mention[] {
  const order = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  return mentions
    .filter((m) => order.has(m.paragraphId))
    .sort((a, b) => order.get(a.paragraphId)! - order.get(b.paragraphId)! || a.start - b.start);
}

/** Wraps an index into 0..count-1 so next/previous cycle like search hits. */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}

/** One 'entity' decoration per mention; the current one is drawn distinct and scrolled to. */
export function mentionDecorations(entity: Entity, mentions: readonly Mention[], current: number): Decoration[] {
  return mentions.map((m, i) => ({
    key: `entity-${i}`,
    kind: 'entity',
    paragraphId: m.paragraphId,
    start: m.start,
    end: m.end,
    current: i === current,
    label: `${entity.name}, mention ${i + 1} of ${mentions.length}`,
  }));
}
