import type { EntityType } from '../../../../shared/corpus';

export type TabId = 'overview' | 'people' | 'organisations' | 'places' | 'quotes' | 'timeline' | 'notes';

export interface TabDef {
  id: TabId;
  label: string;
  /** Entity tabs list one type of entity. */
  entityType?: EntityType;
}

export const TABS: readonly TabDef[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'people', label: 'People', entityType: 'person' },
  { id: 'organisations', label: 'Organisations', entityType: 'organization' },
  { id: 'places', label: 'Places', entityType: 'place' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'notes', label: 'Notes' },
];

/**
 * Where a key press in the tab list moves focus (WAI-ARIA tabs pattern, horizontal):
 * arrows wrap, Home/End jump to the ends; null for keys the tab list does not handle.
 */
export function tabIndexForKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Whether an entity's highlighted mentions stay drawn while `tab` is showing: only on the
 * tab listing that type of entity, where the "2 of 5" navigator and its Clear button are.
 * Elsewhere they would linger in the text with nothing to say what they are or to clear them.
 */
export function keepsEntityHighlights(tab: TabId, type: EntityType): boolean {
  return TABS.find((t) => t.id === tab)?.entityType === type;
}
