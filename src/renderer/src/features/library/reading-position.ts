/** Where the user was in each document: the first paragraph in view, per document id (localStorage). */
const PREFIX = 'dossier:reading-position:';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function loadReadingPosition(storage: KeyValueStore, documentId: string): string | null {
  try {
    return storage.getItem(PREFIX + documentId);
  } catch {
    return null;
  }
}

/** null forgets the position (the user is back at the top). */
export function saveReadingPosition(storage: KeyValueStore, documentId: string, paragraphId: string | null): void {
  try {
    if (paragraphId === null) storage.removeItem(PREFIX + documentId);
    else storage.setItem(PREFIX + documentId, paragraphId);
  } catch {
    // Storage full or disabled: losing the reading position is harmless.
  }
}

/**
 * The first paragraph still visible below `viewportTop`, given paragraphs' bottoms in
 * document order (ascending): binary search, so long documents cost nothing per scroll.
 */
export function firstInView<T extends { bottom: number }>(paragraphs: readonly T[], viewportTop: number): T | null {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.bottom <= viewportTop) lo = mid + 1;
    else hi = mid;
  }
  return paragraphs[lo] ?? null;
}
