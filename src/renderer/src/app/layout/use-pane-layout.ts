import { useMemo } from 'react';
import { useStore } from '../store';
import { layoutStore, openOverlay, PANES, paneSpec, setFocusMode, setPaneChoice, type LayoutState } from './layout-store';
import { placePanes, wouldDock, type LayoutInput, type PanePlacement } from './pane-layout';

function inputOf(s: LayoutState): LayoutInput {
  return { workspaceWidth: s.workspaceWidth, readerMinWidth: s.readerMinWidth, panes: PANES, choices: s.choices, overlay: s.overlay, focusMode: s.focusMode };
}

/** Before the first measurement every pane is docked at its size (what a wide window shows). */
function place(s: LayoutState): Record<string, PanePlacement> {
  if (s.workspaceWidth === 0) return placePanes({ ...inputOf(s), workspaceWidth: Number.MAX_SAFE_INTEGER });
  return placePanes(inputOf(s));
}

export function usePlacements(): Record<string, PanePlacement> {
  const state = useStore(layoutStore, (s) => s);
  return useMemo(() => place(state), [state]);
}

export function usePlacement(id: string): PanePlacement {
  return usePlacements()[id]!;
}

export function paneDomId(id: string): string {
  return `pane-${id}`;
}

export function paneToggleId(id: string): string {
  return `pane-toggle-${id}`;
}

/**
 * The pane's toggle (header button or shortcut): a shown pane hides (docked: collapsed and
 * remembered; overlay: closed); a hidden one docks when the window has room, else opens over
 * the reader. Leaving focus mode comes first.
 */
export function togglePane(id: string): PanePlacement['mode'] {
  const s = layoutStore.get();
  if (s.focusMode) {
    setFocusMode(false);
    if (!layoutStore.get().choices[id]?.collapsed) return place(layoutStore.get())[id]!.mode;
  }
  const mode = place(layoutStore.get())[id]!.mode;
  if (mode === 'docked') {
    setPaneChoice(id, { collapsed: true });
    return 'hidden';
  }
  if (mode === 'overlay') {
    openOverlay(null);
    return 'hidden';
  }
  paneSpec(id);
  if (wouldDock(inputOf(layoutStore.get()), id)) {
    setPaneChoice(id, { collapsed: false });
    openOverlay(null);
    return 'docked';
  }
  openOverlay(id);
  return 'overlay';
}

/** Makes sure a pane is on screen (docked, or as an overlay), e.g. when a search starts. */
export function showPane(id: string): void {
  const s = layoutStore.get();
  if (s.focusMode) return;
  if (place(s)[id]!.mode === 'hidden') openOverlay(id);
}
