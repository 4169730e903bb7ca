import { useMemo } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import type { Decoration } from '../reader/decorations';
import { briefingStore } from './briefing-store';
import { mentionDecorations, mentionsInReadingOrder, wrapIndex } from './entities';

const NONE: Decoration[] = [];

/** Mentions of the entity selected in the briefing, as 'entity' decorations for the reader. */
export function useEntityDecorations(doc: ProcessedDocument | null): Decoration[] {
  const selection = useStore(briefingStore, (s) => s.selection);
  return useMemo(() => {
    if (!doc || !selection || selection.documentId !== doc.id) return NONE;
    const entity = doc.entities.find((e) => e.type === selection.type && e.name === selection.name);
    if (!entity) return NONE;
    const mentions = mentionsInReadingOrder(doc, entity.mentions);
    return mentionDecorations(entity, mentions, wrapIndex(selection.index, mentions.length));
  }, [doc, selection]);
}
