// Briefing feature entry points used by the app shell. PLACEHOLDERS until the briefing view lands (issue 7).
import type { ProcessedDocument } from '../../../../shared/corpus';
import type { Decoration } from '../reader/decorations';

/** The tabbed panel beside the reader: Overview, People, Organisations, Places, Quotes, Timeline, Notes. */
export function BriefingPanel() {
  return null;
}

/** Mentions of the selected entity, drawn in the reader. */
export function useEntityDecorations(_doc: ProcessedDocument | null): Decoration[] {
  return [];
}
