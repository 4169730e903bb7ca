/**
 * Which side panes sit beside the reader and how wide, for a given window: pure, so the
 * rule "the reader keeps its measure, panes give way first" is tested without a browser.
 */

export type PaneSide = 'start' | 'end';

export interface PaneSpec {
  id: string;
  /** Shown on its toggle and separator: "Library", "Briefing". */
  label: string;
  side: PaneSide;
  defaultSize: number;
  minSize: number;
  maxSize: number;
  /** Lower docks first when the window is too narrow for every pane. */
  priority: number;
}

/** What the user chose for a pane (remembered between sessions). */
export interface PaneChoice {
  size: number;
  collapsed: boolean;
}

export type PaneMode = 'docked' | 'overlay' | 'hidden';

export interface PanePlacement {
  mode: PaneMode;
  /** Width drawn: the chosen size, shrunk (never below minSize) when the window needs it. */
  width: number;
  /** Largest size the separator may reach now without squeezing the reader. */
  maxNow: number;
}

export interface LayoutInput {
  workspaceWidth: number;
  /** Narrowest reader column that still keeps a readable measure. */
  readerMinWidth: number;
  panes: readonly PaneSpec[];
  choices: Readonly<Record<string, PaneChoice | undefined>>;
  /** The pane the user opened over the reader because it did not fit beside it. */
  overlay: string | null;
  focusMode: boolean;
}

export function clampSize(spec: PaneSpec, size: number): number {
  if (!Number.isFinite(size)) return spec.defaultSize;
  return Math.round(Math.min(spec.maxSize, Math.max(spec.minSize, size)));
}

export function choiceFor(spec: PaneSpec, choices: LayoutInput['choices']): PaneChoice {
  const choice = choices[spec.id];
  return { size: clampSize(spec, choice?.size ?? spec.defaultSize), collapsed: choice?.collapsed ?? false };
}

/** An overlay over the reader leaves this much of the window uncovered, so it reads as "on top". */
export const OVERLAY_MARGIN = 48;

/**
 * Docks panes in priority order while the reader keeps `readerMinWidth`; a pane that does
 * not fit at its size is shrunk towards its minimum, and below that it is hidden (reachable
 * from its toggle as an overlay). Focus mode hides every pane.
 */
export function placePanes(input: LayoutInput): Record<string, PanePlacement> {
  const { workspaceWidth, readerMinWidth, panes, choices, overlay, focusMode } = input;
  const placements: Record<string, PanePlacement> = {};
  let free = Math.max(0, workspaceWidth - readerMinWidth);
  const ordered = [...panes].sort((a, b) => a.priority - b.priority);
  for (const spec of ordered) {
    const { size, collapsed } = choiceFor(spec, choices);
    const overlayWidth = Math.max(0, Math.min(size, workspaceWidth - OVERLAY_MARGIN));
    if (focusMode) {
      placements[spec.id] = { mode: 'hidden', width: 0, maxNow: spec.maxSize };
    } else if (!collapsed && free >= spec.minSize) {
      const width = Math.min(size, free);
      free -= width;
      placements[spec.id] = { mode: 'docked', width, maxNow: spec.maxSize };
    } else if (overlay === spec.id) {
      placements[spec.id] = { mode: 'overlay', width: overlayWidth, maxNow: Math.max(spec.minSize, Math.min(spec.maxSize, workspaceWidth - OVERLAY_MARGIN)) };
    } else {
      placements[spec.id] = { mode: 'hidden', width: 0, maxNow: spec.maxSize };
    }
  }
  // A docked pane may grow into what is left over, never into the reader's minimum.
  for (const spec of ordered) {
    const placed = placements[spec.id]!;
    if (placed.mode === 'docked') placed.maxNow = Math.max(spec.minSize, Math.min(spec.maxSize, placed.width + free));
  }
  return placements;
}

/** Whether a pane would dock if the user un-collapsed it now (else its toggle opens an overlay). */
export function wouldDock(input: LayoutInput, paneId: string): boolean {
  const choices = { ...input.choices, [paneId]: { ...choiceFor(input.panes.find((p) => p.id === paneId)!, input.choices), collapsed: false } };
  return placePanes({ ...input, choices, overlay: null, focusMode: false })[paneId]?.mode === 'docked';
}

export const RESIZE_STEP = 16;

/**
 * A separator's key press as the new size (WAI-ARIA window splitter): arrows move the edge
 * by a step (Shift: four), Home/End go to the limits; null for other keys. For a pane on the
 * end side the edge grows leftwards, so the arrows are mirrored; in right-to-left layouts
 * `start` is on the right and the mirroring flips again.
 */
export function sizeForKey(key: string, shift: boolean, side: PaneSide, size: number, min: number, max: number, rtl = false): number | null {
  const step = shift ? RESIZE_STEP * 4 : RESIZE_STEP;
  const growsRight = (side === 'start') !== rtl;
  switch (key) {
    case 'ArrowRight':
      return Math.min(max, Math.max(min, size + (growsRight ? step : -step)));
    case 'ArrowLeft':
      return Math.min(max, Math.max(min, size + (growsRight ? -step : step)));
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}

/** Average width of a character of running text, from the width of a sample line of it. */
export function readerMinWidth(sampleWidth: number, sampleChars: number, chars: number, padding: number): number {
  if (sampleChars <= 0 || !(sampleWidth > 0)) return 0;
  return Math.ceil((sampleWidth / sampleChars) * chars + padding);
}
