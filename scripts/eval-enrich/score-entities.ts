/**
 * Entity scores against AnnotatedDocs. Document level: per document and type, the set of unique
 * names (case, accents and punctuation folded, a leading "the" dropped) the text gives gold vs
 * the set of names at the mentions we found. Mention level: exact spans with the right type.
 */
import type { EntityType } from '../../src/shared/corpus';
import type { Enrichment } from '../../src/core/corpus/enrich';
import type { AnnotatedDoc } from './annotated-doc';

export const TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

export interface Counts {
  correct: number;
  found: number;
  gold: number;
}

export type TypeCounts = Record<EntityType, Counts>;

export const emptyCounts = (): TypeCounts => ({
  person: { correct: 0, found: 0, gold: 0 },
  organization: { correct: 0, found: 0, gold: 0 },
  place: { correct: 0, found: 0, gold: 0 },
});

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function addSets(into: Counts, gold: Set<string>, found: Set<string>): void {
  into.gold += gold.size;
  into.found += found.size;
  for (const f of found) if (gold.has(f)) into.correct += 1;
}

export function scoreDocEntities(doc: AnnotatedDoc, result: Enrichment, docLevel: TypeCounts, mentionLevel: TypeCounts): void {
  const paragraphIndex = new Map(doc.paragraphs.map((p, i) => [p.id, i]));
  const textAt = (paragraph: number, start: number, end: number): string => doc.paragraphs[paragraph]?.text.slice(start, end) ?? '';
  for (const type of TYPES) {
    const gold = doc.entities.filter((e) => e.type === type);
    const found = result.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => ({ paragraph: paragraphIndex.get(m.paragraphId) ?? -1, start: m.start, end: m.end })));
    const goldNames = new Set(gold.map((g) => foldName(textAt(g.paragraph, g.start, g.end))).filter(Boolean));
    const foundNames = new Set(found.map((f) => foldName(textAt(f.paragraph, f.start, f.end))).filter(Boolean));
    addSets(docLevel[type], goldNames, foundNames);
    const goldSpans = new Set(gold.map((g) => `${g.paragraph}:${g.start}:${g.end}`));
    const foundSpans = new Set(found.map((f) => `${f.paragraph}:${f.start}:${f.end}`));
    addSets(mentionLevel[type], goldSpans, foundSpans);
  }
}

/** Document-level sets for a fixture gold file, which lists canonical names per type. */
export function scoreNamedSets(goldNames: Record<EntityType, readonly string[]>, result: Enrichment, docLevel: TypeCounts): void {
  for (const type of TYPES) {
    addSets(docLevel[type], new Set(goldNames[type].map(foldName)), new Set(result.entities.filter((e) => e.type === type).map((e) => foldName(e.name))));
  }
}

export const precision = (c: Counts): number => (c.found === 0 ? 0 : c.correct / c.found);
export const recall = (c: Counts): number => (c.gold === 0 ? 0 : c.correct / c.gold);
export const f1 = (c: Counts): number => {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
