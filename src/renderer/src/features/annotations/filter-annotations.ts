import type { AnchoredAnnotation, Colour } from '../../../../shared/annotations';

export interface NotesFilter {
  colour: Colour | null;
  tag: string | null;
  text: string;
}

export const NO_FILTER: NotesFilter = { colour: null, tag: null, text: '' };

export function isFiltering(filter: NotesFilter): boolean {
  return filter.colour !== null || filter.tag !== null || filter.text.trim() !== '';
}

/** Colour, tag (case-insensitive) and words (every word in quote, note or tags), keeping order. */
export function filterAnnotations(items: readonly AnchoredAnnotation[], filter: NotesFilter): AnchoredAnnotation[] {
  const words = filter.text.toLowerCase().split(/\s+/u).filter(Boolean);
  const tag = filter.tag?.toLowerCase() ?? null;
  return items.filter((a) => {
    if (filter.colour && a.colour !== filter.colour) return false;
    if (tag && !a.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (words.length === 0) return true;
    const haystack = `${a.target.quote.exact}\n${a.note}\n${a.tags.join('\n')}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export interface DocumentGroup {
  documentId: string;
  placed: AnchoredAnnotation[];
  orphans: AnchoredAnnotation[];
}

/** Groups a list (already in reading order) by document, keeping first-seen document order; orphans apart. */
export function groupByDocument(items: readonly AnchoredAnnotation[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const a of items) {
    let group = groups.get(a.target.documentId);
    if (!group) groups.set(a.target.documentId, (group = { documentId: a.target.documentId, placed: [], orphans: [] }));
    (a.anchor ? group.placed : group.orphans).push(a);
  }
  return [...groups.values()];
}

/** Tags typed in one field: split on commas, trimmed, deduplicated case-insensitively. */
export function parseTagInput(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}
