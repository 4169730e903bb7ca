import type { DocumentSummary } from '../../../../shared/corpus';

/**
 * Facets on the library: source, a range of publication years, an entity (its documents, from
 * the corpus tables) and "has my notes". Each facet's counts are taken over the documents the
 * other facets (and the text filter) leave, so a count says what choosing that value would show.
 */
export interface LibraryFacets {
  source: string | null;
  /** Inclusive years ("2004"); an undated document is outside any range. */
  fromYear: string | null;
  toYear: string | null;
  entity: { id: string; name: string; documentIds: ReadonlySet<string> } | null;
  hasNotes: boolean;
}

export const NO_FACETS: LibraryFacets = { source: null, fromYear: null, toYear: null, entity: null, hasNotes: false };

export interface FacetValue {
  value: string;
  count: number;
}

export interface FacetCounts {
  sources: FacetValue[];
  years: FacetValue[];
  /** Documents with notes among those the other facets leave. */
  noted: number;
}

type Test = (d: DocumentSummary) => boolean;

function tests(facets: LibraryFacets, noted: ReadonlySet<string>): Record<'source' | 'years' | 'entity' | 'notes', Test> {
  return {
    source: (d) => !facets.source || d.source === facets.source,
    years: (d) => {
      if (!facets.fromYear && !facets.toYear) return true;
      const year = d.published?.slice(0, 4);
      if (!year) return false;
      return (!facets.fromYear || year >= facets.fromYear) && (!facets.toYear || year <= facets.toYear);
    },
    entity: (d) => !facets.entity || facets.entity.documentIds.has(d.id),
    notes: (d) => !facets.hasNotes || noted.has(d.id),
  };
}

export function applyFacets(documents: readonly DocumentSummary[], facets: LibraryFacets, noted: ReadonlySet<string>): DocumentSummary[] {
  const t = Object.values(tests(facets, noted));
  return documents.filter((d) => t.every((test) => test(d)));
}

export function facetCounts(documents: readonly DocumentSummary[], facets: LibraryFacets, noted: ReadonlySet<string>): FacetCounts {
  const t = tests(facets, noted);
  const sources = new Map<string, number>();
  const years = new Map<string, number>();
  let notedCount = 0;
  for (const d of documents) {
    const entity = t.entity(d);
    if (!entity) continue;
    const source = t.source(d);
    const inYears = t.years(d);
    const notes = t.notes(d);
    if (inYears && notes && d.source) sources.set(d.source, (sources.get(d.source) ?? 0) + 1);
    const year = d.published?.slice(0, 4);
    if (source && notes && year) years.set(year, (years.get(year) ?? 0) + 1);
    if (source && inYears && noted.has(d.id)) notedCount += 1;
  }
  const sorted = (m: Map<string, number>, byValue: boolean) =>
    [...m].map(([value, count]) => ({ value, count })).sort((a, b) => (byValue ? (a.value < b.value ? -1 : 1) : b.count - a.count || a.value.localeCompare(b.value)));
  return { sources: sorted(sources, false), years: sorted(years, true), noted: notedCount };
}

/**
 * One row per group of copies (duplicates.ts): the first member the list reaches stands for
 * the group, with how many others there are; everything else is listed as is.
 */
export function groupCopies(documents: readonly DocumentSummary[]): { doc: DocumentSummary; otherCopies: number }[] {
  const seen = new Set<string>();
  const out: { doc: DocumentSummary; otherCopies: number }[] = [];
  for (const doc of documents) {
    const group = doc.duplicateGroup;
    if (group) {
      if (seen.has(group)) continue;
      seen.add(group);
    }
    out.push({ doc, otherCopies: group ? Math.max(0, (doc.copies ?? 1) - 1) : 0 });
  }
  return out;
}
