import { createStore } from '../../app/store';
import type { ScrollRequest } from './Reader';

/** Ask the reader to move keyboard focus to the mark drawing decoration `key`; `nonce` repeats the request. */
export interface FocusRequest {
  key: string;
  nonce: number;
}

/** Cross-feature reader requests: any panel can ask the reader to show a paragraph or focus a mark. */
export const readerStore = createStore<{ scrollRequest: ScrollRequest | null; focusRequest: FocusRequest | null }>({
  scrollRequest: null,
  focusRequest: null,
});

let nonce = 0;

/** Scrolls the open document to a paragraph and flashes it (briefing items, notes, hits). */
export function revealParagraph(paragraphId: string): void {
  readerStore.set({ scrollRequest: { paragraphId, nonce: ++nonce } });
}

/**
 * Focuses (and scrolls to) the mark of one decoration, e.g. a highlight reached from the
 * keyboard. Only that mark becomes focusable (tabindex -1): marks are never Tab stops.
 */
export function focusDecoration(key: string): void {
  readerStore.set({ focusRequest: { key, nonce: ++nonce } });
}
