import type { EntityType } from '../../../../shared/corpus';
import { createStore } from '../../app/store';
import { revealParagraph } from '../reader/reader-store';
import { keepsEntityHighlights, type TabId } from './tabs';

/** The entity whose mentions are highlighted, and which mention the user is on. */
export interface EntitySelection {
  documentId: string;
  type: EntityType;
  name: string;
  index: number;
}

export interface BriefingState {
  tab: TabId;
  selection: EntitySelection | null;
}

export const briefingStore = createStore<BriefingState>({ tab: 'overview', selection: null });

/** Shows a tab; leaving an entity's tab clears its highlighted mentions from the text. */
export function selectTab(tab: TabId): void {
  briefingStore.set((s) => ({ tab, selection: s.selection && keepsEntityHighlights(tab, s.selection.type) ? s.selection : null }));
}

export function selectEntity(documentId: string, type: EntityType, name: string): void {
  const current = briefingStore.get().selection;
  const same = current && current.documentId === documentId && current.type === type && current.name === name;
  briefingStore.set({ selection: same ? null : { documentId, type, name, index: 0 } });
}

export function clearEntitySelection(): void {
  briefingStore.set({ selection: null });
}

/** Moves to mention `index` (already wrapped by the caller) and flashes its paragraph. */
export function goToMention(index: number, paragraphId: string | undefined): void {
  const selection = briefingStore.get().selection;
  if (!selection) return;
  briefingStore.set({ selection: { ...selection, index } });
  if (paragraphId) revealParagraph(paragraphId);
}
