import { createStore } from '../../app/store';

/** Which place the workspace shows: the reader (library, document, briefing) or the corpus view. */
export type AppView = 'reader' | 'corpus';

export const viewStore = createStore<{ view: AppView }>({ view: 'reader' });

export function showView(view: AppView): void {
  viewStore.set({ view });
}
