import type { DocumentSummary } from '../../../../shared/corpus';

export type LibrarySort = 'date-desc' | 'date-asc' | 'title';

export const SORTS: { value: LibrarySort; label: string }[] = [
  { value: 'date-desc', label: 'Newest first' },
  { value: 'date-asc', label: 'Oldest first' },
  { value: 'title', label: 'Title A–Z' },
];

/** Lower case without accents or curly quotes, so "Zelenskyy’s" matches "zelenskyys". */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'‘]/gu, '')
    .toLowerCase();
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Documents whose title, source or date contain every word of `query` (any order), sorted;
 * undated documents sort after dated ones either way; ties keep corpus order.
 */
export function filterAndSortDocuments(documents: readonly DocumentSummary[], query: string, sort: LibrarySort): DocumentSummary[] {
  const words = foldForMatch(query).split(/\s+/u).filter(Boolean);
  const matching = words.length
    ? documents.filter((d) => {
        const haystack = foldForMatch(`${d.title} ${d.source ?? ''} ${d.published ?? ''}`);
        return words.every((w) => haystack.includes(w));
      })
    : [...documents];
  const byDate = (a: DocumentSummary, b: DocumentSummary, direction: 1 | -1) => {
    if (a.published === b.published) return 0;
    if (!a.published) return 1;
    if (!b.published) return -1;
    return a.published < b.published ? -direction : direction;
  };
  switch (sort) {
    case 'date-desc':
      return matching.sort((a, b) => byDate(a, b, -1));
    case 'date-asc':
      return matching.sort((a, b) => byDate(a, b, 1));
    case 'title':
      return matching.sort((a, b) => titleCollator.compare(a.title, b.title));
  }
}
