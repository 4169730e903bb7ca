/**
 * A document's unique entity names per type, gold and found, read from the text at each span and
 * folded as the document-level score folds them: what the error listings (dev-errors.ts on the
 * dev split, cv-errors.ts under cross-validation) compare.
 */
import type { EntityType, ProcessedDocument } from '../../src/shared/corpus';
import type { AnnotatedDoc } from './annotated-doc';
import { TYPES, foldName } from './score-entities';

export interface NameSets {
  gold: Map<EntityType, Set<string>>;
  found: Map<EntityType, Set<string>>;
}

export function nameSets(doc: AnnotatedDoc, result: Pick<ProcessedDocument, 'entities'>): NameSets {
  const pIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const textAt = (p: number, s: number, e: number): string => doc.paragraphs[p]?.text.slice(s, e) ?? '';
  const gold = new Map<EntityType, Set<string>>();
  const found = new Map<EntityType, Set<string>>();
  for (const t of TYPES) {
    gold.set(t, new Set(doc.entities.filter((e) => e.type === t).map((e) => foldName(textAt(e.paragraph, e.start, e.end))).filter(Boolean)));
    found.set(t, new Set(result.entities.filter((e) => e.type === t).flatMap((e) => e.mentions.map((m) => foldName(textAt(pIndex.get(m.paragraphId) ?? -1, m.start, m.end)))).filter(Boolean)));
  }
  return { gold, found };
}

/** Another name of the set that contains `name` or is contained in it: a partial match. */
export const sharedName = (name: string, names: ReadonlySet<string>): string | undefined => [...names].find((b) => b !== name && (b.includes(name) || name.includes(b)));
