// Annotation feature entry points used by the app shell (issues 5 and 6).
import { useEffect, useMemo } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import { useStore } from '../../app/store';
import type { Decoration } from '../reader/decorations';
import { annotationDecorations, annotationIdsFromKeys } from './annotation-decorations';
import { annotationsStore, setAnnotationDocument, showNotice } from './annotations-store';
import { readSelection, rectOf } from './selection-dom';
import { selectionTarget } from './selection-target';

export { AnnotationLayer } from './AnnotationLayer';
export { ConnectedStoreStatusBanners } from './StoreStatusBanners';
export { NotesSidebar } from './NotesSidebar';

const NONE: Decoration[] = [];

/** Highlights of the open document's placed annotations (loads them when the document changes). */
export function useAnnotationDecorations(doc: ProcessedDocument | null): Decoration[] {
  useEffect(() => setAnnotationDocument(doc), [doc]);
  const items = useStore(annotationsStore, (s) => s.items);
  const itemsFor = useStore(annotationsStore, (s) => s.itemsFor);
  return useMemo(() => (doc && itemsFor === doc.id ? annotationDecorations(doc, items) : NONE), [doc, items, itemsFor]);
}

/** Reader finished a selection (mouse-up / key-up inside the article): show the toolbar. */
export function onReaderSelection(article: HTMLElement): void {
  const { doc, editor } = annotationsStore.get();
  if (!doc || editor) return;
  const selection = readSelection(article);
  if (!selection) {
    if (annotationsStore.get().pending) annotationsStore.set({ pending: null, toolbarError: null });
    return;
  }
  const result = selectionTarget(doc, selection.start, selection.end);
  if (!result.ok) {
    annotationsStore.set({ pending: null });
    if (result.reason === 'too-long') showNotice({ kind: 'alert', text: result.message });
    return;
  }
  annotationsStore.set({ pending: { target: result.target, rect: selection.rect }, toolbarError: null });
}

/** A click (or Enter on a focused mark) landed on decorations (keys): open the annotation under it, if any. */
export function onDecorationClick(keys: string[], mark: HTMLElement, via: 'pointer' | 'keyboard'): void {
  if (via === 'pointer') {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // the end of a drag, not a click
  }
  const id = annotationIdsFromKeys(keys)[0];
  if (!id) return;
  annotationsStore.set({ pending: null, cursor: id, editor: { mode: 'edit', id, rect: rectOf(mark), focus: 'note' } });
}
