// Annotation feature entry points used by the app shell. PLACEHOLDERS until the annotations UI lands (issue 5).
import type { MouseEvent } from 'react';
import type { ProcessedDocument } from '../../../../shared/corpus';
import type { Decoration } from '../reader/decorations';

export function useAnnotationDecorations(_doc: ProcessedDocument | null): Decoration[] {
  return [];
}

/** Reader finished a selection (mouse-up / key-up inside the article): show the toolbar. */
export function onReaderSelection(_article: HTMLElement): void {}

/** A click landed on decorations (keys): open the annotation under it, if any. */
export function onDecorationClick(_keys: string[], _event: MouseEvent): void {}

/** Floating toolbar and editor popover over the reader. */
export function AnnotationLayer() {
  return null;
}

/** The notes sidebar (hosted by the briefing panel's Notes tab). */
export function NotesSidebar() {
  return null;
}
