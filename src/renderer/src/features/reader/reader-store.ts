import { createStore } from '../../app/store';
import type { ScrollRequest } from './Reader';

/** Cross-feature reader requests: any panel can ask the reader to show a paragraph. */
export const readerStore = createStore<{ scrollRequest: ScrollRequest | null }>({ scrollRequest: null });

let nonce = 0;

/** Scrolls the open document to a paragraph and flashes it (briefing items, notes, hits). */
export function revealParagraph(paragraphId: string): void {
  readerStore.set({ scrollRequest: { paragraphId, nonce: ++nonce } });
}
