import type { EntityType } from '../../../../shared/corpus';
import { briefingStore, goToMention, selectTab } from '../briefing/briefing-store';
import { mentionsInReadingOrder } from '../briefing/entities';
import type { TabId } from '../briefing/tabs';
import { libraryStore, openDocument } from '../library/library-store';
import { revealParagraph } from '../reader/reader-store';
import { showView } from './view-store';

const TAB_OF: Record<EntityType, TabId> = { person: 'people', organization: 'organisations', place: 'places' };

export interface MentionTarget {
  documentId: string;
  type: EntityType;
  /** The entity's name in that document's briefing. */
  localName: string;
  paragraphId: string;
  start: number;
}

/**
 * Opens a document at one mention of an entity: the reader shows it, the briefing's entity tab
 * highlights every mention of it, and [ / ] walk them from this one, like search hits.
 */
export async function openAtMention(target: MentionTarget): Promise<void> {
  showView('reader');
  await openDocument(target.documentId);
  const doc = libraryStore.get().current;
  if (!doc || doc.id !== target.documentId) return;
  selectTab(TAB_OF[target.type]);
  const entity = doc.entities.find((e) => e.type === target.type && e.name === target.localName);
  if (!entity) {
    revealParagraph(target.paragraphId);
    return;
  }
  const mentions = mentionsInReadingOrder(doc, entity.mentions);
  const index = Math.max(0, mentions.findIndex((m) => m.paragraphId === target.paragraphId && m.start === target.start));
  briefingStore.set({ selection: { documentId: doc.id, type: target.type, name: entity.name, index } });
  goToMention(index, mentions[index]?.paragraphId ?? target.paragraphId);
}

/** Opens a document at a paragraph (timeline events, claims) and flashes it. */
export async function openAtParagraph(documentId: string, paragraphId: string): Promise<void> {
  showView('reader');
  await openDocument(documentId);
  if (libraryStore.get().current?.id === documentId) revealParagraph(paragraphId);
}
