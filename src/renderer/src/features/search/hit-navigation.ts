import type { HitRange, TextRange } from '../../../../shared/api/search';
import type { Decoration } from '../reader/decorations';

/** The hit after (delta 1) or before (delta -1) `index`, wrapping at both ends like a browser's find. */
export function stepHit(index: number, count: number, delta: number): number {
  if (count <= 0) return 0;
  return (((index + delta) % count) + count) % count;
}

/** "3 of 12", or why there is nothing to walk. */
export function hitCounterText(index: number, count: number, titleHits = 0): string {
  if (count > 0) return `${index + 1} of ${count}`;
  if (titleHits > 0) return 'Only the title matches';
  return 'No hits in this document';
}

/**
 * Hits as reader decorations, the current one marked. The current hit's key carries
 * `nonce` so asking for it again (F3 with a single hit) makes the reader scroll back to it.
 */
export function hitDecorations(hits: readonly HitRange[], current: number, nonce: number): Decoration[] {
  return hits.map((hit, i) => ({
    key: i === current ? `search-hit-${i}-${nonce}` : `search-hit-${i}`,
    kind: 'search-hit',
    paragraphId: hit.paragraphId,
    start: hit.start,
    end: hit.end,
    current: i === current,
    label: `Search hit ${i + 1} of ${hits.length}`,
  }));
}

/**
 * Hits in the document title, drawn in the reader's heading. They count in the results list's
 * "N hits" but are not walked by the counter, which steps through paragraph hits only.
 */
export function titleHitDecorations(titleHits: readonly TextRange[]): Decoration[] {
  return titleHits.map((hit, i) => ({
    key: `title-hit-${i}`,
    kind: 'search-hit',
    paragraphId: '',
    start: hit.start,
    end: hit.end,
    label: 'Search hit in the title',
  }));
}

/** The note beside the counter when the title matches as well as the text (the counter walks the text). */
export function titleHitNote(paragraphHits: number, titleHits: number): string | null {
  return paragraphHits > 0 && titleHits > 0 ? 'also in the title' : null;
}

/** "1 hit", "12 hits". */
export function hitCountText(count: number): string {
  return `${count.toLocaleString('en')} hit${count === 1 ? '' : 's'}`;
}
