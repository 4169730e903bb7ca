import { useEffect, useMemo } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import type { Decoration } from '../reader/decorations';
import { hitDecorations, titleHitDecorations } from './hit-navigation';
import { appliedQuery } from './search-controller';
import { search, searchStore } from './search-store';

const NONE: Decoration[] = [];

/** The applied query's hits in the open document, as reader decorations (current one distinct). */
export function useSearchDecorations(doc: ProcessedDocument | null): Decoration[] {
  const query = useStore(searchStore, appliedQuery);
  const docHits = useStore(searchStore, (s) => s.docHits);
  const current = useStore(searchStore, (s) => s.current);
  const nonce = useStore(searchStore, (s) => s.nonce);
  const documentId = doc?.id ?? null;

  useEffect(() => {
    search.showHitsFor(documentId, query);
  }, [documentId, query]);

  return useMemo(() => {
    if (!docHits || !query || docHits.documentId !== documentId || docHits.query !== query) return NONE;
    return hitDecorations(docHits.hits, current, nonce);
  }, [docHits, query, documentId, current, nonce]);
}

/** The applied query's hits in the open document's title, for the reader's heading. */
export function useSearchTitleDecorations(doc: ProcessedDocument | null): Decoration[] {
  const query = useStore(searchStore, appliedQuery);
  const docHits = useStore(searchStore, (s) => s.docHits);
  const documentId = doc?.id ?? null;
  return useMemo(() => {
    if (!docHits || !query || docHits.documentId !== documentId || docHits.query !== query) return NONE;
    return titleHitDecorations(docHits.titleHits);
  }, [docHits, query, documentId]);
}

export function useSearchActive(): boolean {
  return useStore(searchStore, (s) => s.query.trim().length > 0);
}
