// Search feature entry points used by the app shell. PLACEHOLDERS until the search UI lands (issue 4).
import type { ProcessedDocument } from '../../../../shared/corpus';
import type { Decoration } from '../reader/decorations';

/** The search box in the header (Ctrl/Cmd+F and / focus it). */
export function SearchBox() {
  return null;
}

/** Results list shown in the left column while a query is active; null otherwise. */
export function SearchResults() {
  return null;
}

/** "3 of 12" with previous/next, above the reader, while the open document has hits. */
export function HitNavigator() {
  return null;
}

/** Whether a query is active (the left column then shows results instead of the library). */
export function useSearchActive(): boolean {
  return false;
}

export function useSearchDecorations(_doc: ProcessedDocument | null): Decoration[] {
  return [];
}
